import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/commands/build.js';
import type { CommandIO } from '../src/commands/types.js';
import { expectSame, snapshot } from './build-files.js';

/**
 * Adding the newest decree to a built history: the build goes on from the
 * previous build's replay (its tail: replay/write.ts) instead of replaying
 * every decree, and writes the very bytes a build from scratch writes. When
 * it cannot (a decree dated before the last, a tail or an output not as that
 * build left it), it replays whole, with the same bytes.
 */
const shared = resolve(import.meta.dirname, '../../shared/corpus');
const all = readdirSync(shared).filter((f) => f.endsWith('.md')).sort();
// every seventh decree across the years, and one withdrawn then repealed (the replay undoes it on a date)
const picked = [...new Set([...all.filter((_, i) => i % 7 === 3), '2011022073.md', '2013022102.md'])].sort();
const tmp = mkdtempSync(join(tmpdir(), 'nomen-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const io: CommandIO = { stdout: () => {}, stderr: () => {}, isTTY: false };

const wentOn = (summary: string[]) => summary.find((l) => l.includes('went on from the previous build'))?.match(/after its (\d+) documents/)?.[1];

/** A copy of a decree under a new NUMAC (same text and dates), as a later decree of the same day. */
function copyOf(name: string, serial: number): [string, string] {
  const numac = name.slice(0, 10);
  const fresh = numac.slice(0, 4) + String(990_000 + serial);
  return [`${fresh}.md`, readFileSync(join(shared, name), 'utf8').split(numac).join(fresh)];
}

describe.skipIf(all.length === 0)('adding the newest decree goes on from the previous build, with the same bytes', () => {
  const dir = join(tmp, 'in');
  const out = join(tmp, 'out');
  mkdirSync(dir);
  /** a build from scratch of what `dir` holds now */
  const scratch = async () => {
    const o = join(tmp, 'scratch');
    rmSync(o, { recursive: true, force: true });
    await buildCorpus({ dir, out: o, io, cache: false, workers: 0 });
    return snapshot(o);
  };
  const build = async () => {
    const r = await buildCorpus({ dir, out, io, workers: 0 });
    expect(r.failedSteps).toEqual([]);
    expectSame(snapshot(out), await scratch());
    return r;
  };
  let newest: string;

  it('the newest decree added: only it is applied; then copies of it, one at a time', async () => {
    for (const f of picked) cpSync(join(shared, f), join(dir, f));
    await scratch();
    const order = (JSON.parse(readFileSync(join(tmp, 'scratch', 'nomenclature.json'), 'utf8')) as { documents: { id: string }[] }).documents.map((d) => d.id);
    newest = `${order[order.length - 1]}.md`;
    rmSync(join(dir, newest));
    expect(wentOn((await build()).summary)).toBeUndefined();
    cpSync(join(shared, newest), join(dir, newest));
    const added = await build();
    expect(wentOn(added.summary)).toBe(String(picked.length - 1));
    expect(added.summary).toContain(`replay: 1 change sets validated, ${picked.length - 1} kept from the previous build`);
    for (const serial of [1, 2]) {
      writeFileSync(join(dir, copyOf(newest, serial)[0]), copyOf(newest, serial)[1]);
      expect(wentOn((await build()).summary)).toBe(String(picked.length + serial - 1));
    }
    // the same documents again (the replay outputs are linked): the tail goes with them
    expect((await build()).replayReused).toBe(true);
    writeFileSync(join(dir, copyOf(newest, 3)[0]), copyOf(newest, 3)[1]);
    expect(wentOn((await build()).summary)).toBe(String(picked.length + 2));
  }, 120_000);

  it('replays whole when a decree comes before the last, or the tail or a kept output is not as the previous build left it', async () => {
    // dated before the newest
    const earlier = all.find((f) => !picked.includes(f) && f.startsWith('2005'))!;
    cpSync(join(shared, earlier), join(dir, earlier));
    expect(wentOn((await build()).summary)).toBeUndefined();
    writeFileSync(join(dir, copyOf(newest, 4)[0]), copyOf(newest, 4)[1]);
    expect(wentOn((await build()).summary)).toBeDefined();
    // a tail edited
    const tail = join(out, '.cache', 'replay-tail.bin');
    const bytes = readFileSync(tail);
    bytes[bytes.length - 10] ^= 1;
    writeFileSync(tail, bytes);
    writeFileSync(join(dir, copyOf(newest, 5)[0]), copyOf(newest, 5)[1]);
    expect(wentOn((await build()).summary)).toBeUndefined();
    // a kept change set edited to the same size, its modification time put back
    const changeSet = join(out, 'changes', readdirSync(join(out, 'changes')).sort()[0]);
    const { atime, mtime } = statSync(changeSet);
    writeFileSync(changeSet, readFileSync(changeSet, 'utf8').replace('"', "'"));
    utimesSync(changeSet, atime, mtime);
    writeFileSync(join(dir, copyOf(newest, 6)[0]), copyOf(newest, 6)[1]);
    expect(wentOn((await build()).summary)).toBeUndefined();
    // --no-cache trusts nothing the previous build kept
    writeFileSync(join(dir, copyOf(newest, 7)[0]), copyOf(newest, 7)[1]);
    const uncached = await buildCorpus({ dir, out, io, workers: 0, cache: false });
    expect(wentOn(uncached.summary)).toBeUndefined();
    expectSame(snapshot(out), await scratch());
    // timeline.json gone
    rmSync(join(out, 'timeline.json'));
    writeFileSync(join(dir, copyOf(newest, 8)[0]), copyOf(newest, 8)[1]);
    expect(wentOn((await build()).summary)).toBeUndefined();
    // and after those, it goes on again
    writeFileSync(join(dir, copyOf(newest, 9)[0]), copyOf(newest, 9)[1]);
    expect(wentOn((await build()).summary)).toBeDefined();
  }, 180_000);
});
