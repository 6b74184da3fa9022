import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline/parse.js';
import { formatJson } from '../../src/output/write.js';
import { WrittenFiles } from '../../src/output/written.js';
import { replay } from '../../src/replay/replay.js';
import { replayInto } from '../../src/replay/write.js';
import { Timeline } from '../../src/schema/replay.js';

const seeds = resolve(import.meta.dirname, '../../../shared/seeds');

/** timeline.json written entry by entry during the replay is formatJson of the whole timeline, at the edges too. */
describe('timeline.json written as the replay goes', () => {
  async function both(docs: Awaited<ReturnType<typeof parseFile>>[]): Promise<{ written: string; whole: string; left: string[] }> {
    const out = mkdtempSync(join(tmpdir(), 'nomen-timeline-'));
    try {
      await replayInto(docs, out);
      return { written: readFileSync(join(out, 'timeline.json'), 'utf8'), whole: formatJson(Timeline.parse(replay(docs).timeline)), left: readdirSync(out).filter((f) => f.endsWith('.tmp')) };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }

  it('no document: empty lists', async () => {
    const { written, whole, left } = await both([]);
    expect(written).toBe(whole);
    expect(written).toBe('{\n  "entries": [],\n  "articles": []\n}\n');
    expect(left).toEqual([]);
  });

  it('the seeds, one at a time and together', async () => {
    const docs = await Promise.all(readdirSync(seeds).sort().map((f) => parseFile(join(seeds, f))));
    for (const d of docs) {
      const { written, whole } = await both([d]);
      expect(written).toBe(whole);
    }
    const { written, whole } = await both(docs);
    expect(written).toBe(whole);
    expect(JSON.parse(written).entries.length).toBeGreaterThan(0);
  });

  it('a replay that fails midway leaves no timeline.json and no temporary file', async () => {
    const docs = await Promise.all(readdirSync(seeds).sort().map((f) => parseFile(join(seeds, f))));
    const bad = docs.find((d) => d.amendments.length > 0)!;
    // an entry that fails its schema (not a code) stops the replay as it is written
    const broken = { ...bad, amendments: bad.amendments.map((a, i) => (i === 0 ? { ...a, codes: [['not a code']] } : a)) };
    const out = mkdtempSync(join(tmpdir(), 'nomen-timeline-'));
    try {
      await expect(replayInto([broken as typeof bad], out)).rejects.toThrow();
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp') || f === 'timeline.json')).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  /** The seeds replayed into a first directory, then `act` with a second one; both removed after. */
  async function twoBuilds(act: (docs: Awaited<ReturnType<typeof parseFile>>[], first: string, second: string) => Promise<void>): Promise<void> {
    const docs = await Promise.all(readdirSync(seeds).sort().map((f) => parseFile(join(seeds, f))));
    const first = mkdtempSync(join(tmpdir(), 'nomen-timeline-'));
    const second = mkdtempSync(join(tmpdir(), 'nomen-timeline-'));
    try {
      await replayInto(docs, first);
      await act(docs, first, second);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  }

  it('the same bytes as the previous build: linked from it, not written again', () =>
    twoBuilds(async (docs, first, second) => {
      await replayInto(docs, second, { previousDir: first });
      expect(statSync(join(second, 'timeline.json')).ino).toBe(statSync(join(first, 'timeline.json')).ino);
      expect(readdirSync(second).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }));

  it('every file it writes or links is noted with the sha256 of its bytes (the replay record takes them)', () =>
    twoBuilds(async (docs, first, second) => {
      for (const [out, previousDir] of [[first, undefined], [second, first]] as const) {
        const written = new WrittenFiles();
        await replayInto(docs, out, { previousDir, written });
        const files = (readdirSync(out, { recursive: true }) as string[]).filter((f) => statSync(join(out, f)).isFile());
        expect(files.length).toBe(docs.length + 2);
        for (const f of files) expect([f, written.sha256Of(join(out, f))]).toEqual([f, createHash('sha256').update(readFileSync(join(out, f))).digest('hex')]);
      }
    }));
});
