import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline/parse.js';
import { formatJson } from '../../src/output/write.js';
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
});
