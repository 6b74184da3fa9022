import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/commands/build.js';
import { replayKey } from '../src/output/replay-record.js';
import type { CommandIO } from '../src/commands/types.js';
import { expectSame, snapshot } from './build-files.js';

/**
 * A build gives the same bytes however it is made: parsed in the build's own
 * thread or on worker threads, from scratch or from the cache, at once or
 * incrementally (decrees added to and changed in a built history).
 */
const shared = resolve(import.meta.dirname, '../../shared/corpus');
const all = readdirSync(shared).filter((f) => f.endsWith('.md')).sort();
// every sixth decree across the years, and two that are withdrawn (the replay undoes them)
const picked = [...new Set([...all.filter((_, i) => i % 6 === 5), '1997022272.md', '2011022073.md'])].sort();
const tmp = mkdtempSync(join(tmpdir(), 'nomen-identical-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const io: CommandIO = { stdout: () => {}, stderr: () => {}, isTTY: false };

/**
 * The replay record (.cache/replay.json) lists every replay output with the
 * sha256 of its bytes: the writers hand their hashes over (output/written.ts),
 * and a wrong one would make the next build replay, or trust an edited file.
 */
function expectRecordTrue(out: string): void {
  const text = readFileSync(join(out, '.cache', 'replay.json'), 'utf8');
  const record = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { files: { path: string; size: number; sha256: string }[] };
  expect(record.files.length).toBeGreaterThan(0);
  const actual = record.files.map(({ path }) => {
    const bytes = readFileSync(join(out, path));
    return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  expect(record.files).toEqual(actual);
}

describe.skipIf(all.length === 0)('a build is byte-identical with and without workers, cache and incremental path', () => {
  const input = join(tmp, 'in');
  mkdirSync(input);
  for (const f of picked) cpSync(join(shared, f), join(input, f));
  let reference: Map<string, Buffer>;

  it('in one thread, without cache', async () => {
    const r = await buildCorpus({ dir: input, out: join(tmp, 'one-thread'), io, cache: false, workers: 0 });
    expect(r.documents.length).toBe(picked.length);
    expect(r.failedSteps).toEqual([]);
    reference = snapshot(join(tmp, 'one-thread'));
    expect([...reference.keys()].filter((f) => f.startsWith('changes/'))).toHaveLength(picked.length);
  });

  it('on two workers, without cache, then from the cache', async () => {
    const out = join(tmp, 'workers');
    await buildCorpus({ dir: input, out, io, cache: false, workers: 2 });
    expectSame(snapshot(out), reference);
    expectRecordTrue(out);
    const again = await buildCorpus({ dir: input, out, io, workers: 2 });
    expect(again.cacheHits).toBe(picked.length);
    expect(again.replayReused).toBe(true); // the --no-cache build recorded its replay
    expectSame(snapshot(out), reference);
    expectRecordTrue(out);
  });

  it('the same documents again: the replay outputs are linked, unless one was changed or the record is not trusted', async () => {
    const out = join(tmp, 'reuse');
    const cold = await buildCorpus({ dir: input, out, io });
    expect(cold.replayReused).toBe(false);
    // --no-cache replays whatever the record says
    expect((await buildCorpus({ dir: input, out, io, cache: false })).replayReused).toBe(false);
    const first = await buildCorpus({ dir: input, out, io });
    expect(first.replayReused).toBe(true);
    expectSame(snapshot(out), reference);
    // what the build says is what the replay said: its lines (and one saying it was kept), its error count
    expect(first.summary.slice(0, -1)).toEqual(cold.summary);
    expect(first.replayErrors).toBe(cold.replayErrors);
    const again = await buildCorpus({ dir: input, out, io });
    expect(again).toMatchObject({ replayReused: true, summary: first.summary, replayErrors: first.replayErrors });
    const rebuilt = async () => {
      const r = await buildCorpus({ dir: input, out, io });
      expectSame(snapshot(out), reference);
      expectRecordTrue(out);
      return r.replayReused;
    };
    // an output edited, even to the same size and with its modification time put back, is replayed
    const changeSet = join(out, 'changes', readdirSync(join(out, 'changes'))[0]);
    const { atime, mtime } = statSync(changeSet);
    writeFileSync(changeSet, readFileSync(changeSet, 'utf8').replace('"', "'"));
    utimesSync(changeSet, atime, mtime);
    expect(await rebuilt()).toBe(false);
    writeFileSync(join(out, 'nomenclature.json'), readFileSync(join(out, 'nomenclature.json'), 'utf8') + ' ');
    expect(await rebuilt()).toBe(false);
    rmSync(join(out, 'timeline.json'));
    expect(await rebuilt()).toBe(false);
    // a record edited by hand is not trusted
    const record = join(out, '.cache', 'replay.json');
    writeFileSync(record, readFileSync(record, 'utf8').replace(/"replayErrors":\d+/, '"replayErrors":0 '));
    expect(await rebuilt()).toBe(false);
    expect(await rebuilt()).toBe(true);
    // another base is another replay
    const base = { file: 'base.csv', date: '1980-01-01', rows: [] };
    expect((await buildCorpus({ dir: input, out, io, base })).replayReused).toBe(false);
    expect((await buildCorpus({ dir: input, out, io, base })).replayReused).toBe(true);
    expect((await buildCorpus({ dir: input, out, io })).replayReused).toBe(false);
  });

  it('the replay key covers every input, its cache key, its file name, the base and the parser', () => {
    const inputs = [
      { path: 'a.md', key: 'k1', file: 'documents/a.json' },
      { path: 'b.md', key: 'k2', file: null },
    ];
    const base = { file: 'base.csv', date: '2020-01-01', rows: [] };
    const keyOf = replayKey('fp', undefined, inputs);
    const others = [
      replayKey('fp2', undefined, inputs),
      replayKey('fp', base, inputs),
      replayKey('fp', { ...base, date: '2020-01-02' }, inputs),
      replayKey('fp', undefined, inputs.slice(0, 1)),
      replayKey('fp', undefined, [{ ...inputs[0], key: 'k3' }, inputs[1]]),
      replayKey('fp', undefined, [{ ...inputs[0], file: 'documents/a--2.json' }, inputs[1]]),
      replayKey('fp', undefined, [inputs[0], { ...inputs[1], path: 'c.md' }]),
    ];
    expect(new Set([keyOf, ...others]).size).toBe(others.length + 1);
    expect(replayKey('fp', undefined, inputs)).toBe(keyOf);
  });

  it('incrementally: decrees added to, changed in and removed from a built history', async () => {
    const dir = join(tmp, 'growing');
    const out = join(tmp, 'incremental');
    mkdirSync(dir);
    const [changed, middle] = [picked[3], picked[Math.floor(picked.length / 2)]];
    const latest = picked[picked.length - 1];
    const text = readFileSync(join(input, changed), 'utf8');
    const code = /(?<!\d)\d{6}(?!\d)/.exec(text.slice(text.indexOf('**Art')))![0];
    // a first history: without the latest and a middle decree, one decree reading another code, one extra decree
    for (const f of picked) if (f !== latest && f !== middle) cpSync(join(input, f), join(dir, f));
    writeFileSync(join(dir, changed), text.replace(code, code === '101010' ? '101032' : '101010'));
    cpSync(join(shared, all[0]), join(dir, 'extra.md'));
    await buildCorpus({ dir, out, io, workers: 2 });
    const before = statSync(join(out, 'documents', picked[0].replace('.md', '.json')));

    expectRecordTrue(out);
    cpSync(join(input, latest), join(dir, latest));
    await buildCorpus({ dir, out, io });
    expectRecordTrue(out);
    cpSync(join(input, middle), join(dir, middle));
    cpSync(join(input, changed), join(dir, changed));
    rmSync(join(dir, 'extra.md'));
    const last = await buildCorpus({ dir, out, io });
    expect(last.cacheHits).toBe(picked.length - 2);
    expectSame(snapshot(out), reference);
    expectRecordTrue(out);
    // an unchanged document is the same file, not written again
    expect(statSync(join(out, 'documents', picked[0].replace('.md', '.json'))).mtimeMs).toBe(before.mtimeMs);
  });
});

describe.skipIf(all.length === 0)('a source that changes or goes between its cache lookup and its parse', () => {
  // the build reads a source twice: to look it up in the cache, then when its turn to be parsed comes.
  // The progress line names a source to parse just before it is read again: the hook changes it then.
  const [first, second, third] = picked;
  const inputOf = (name: string, files: Record<string, string>) => {
    const dir = join(tmp, name);
    mkdirSync(dir);
    for (const [f, from] of Object.entries(files)) cpSync(join(shared, from), join(dir, f));
    return dir;
  };
  const hooked = (path: string, act: () => void): CommandIO => {
    let done = false;
    return {
      stdout: () => {},
      stderr: (s) => {
        if (!done && s.includes(`] ${path}`)) {
          done = true;
          act();
        }
      },
      isTTY: true,
    };
  };

  it('a source changed meanwhile is built as it is when parsed, and cached under that content', async () => {
    const dir = inputOf('racing', { [first]: first, [second]: second });
    const expected = inputOf('raced', { [first]: first, [second]: third });
    await buildCorpus({ dir: expected, out: join(tmp, 'raced-out'), io, cache: false, workers: 0 });
    const out = join(tmp, 'racing-out');
    for (const workers of [0, 2]) {
      cpSync(join(shared, second), join(dir, second));
      const r = await buildCorpus({ dir, out, io: hooked(second, () => cpSync(join(shared, third), join(dir, second))), cache: false, workers });
      expect(r.errors).toEqual([]);
      expectSame(snapshot(out), snapshot(join(tmp, 'raced-out')));
      // its cache entry is under the key of what was parsed: the next build finds both
      const again = await buildCorpus({ dir, out, io });
      expect(again.cacheHits).toBe(2);
      expectSame(snapshot(out), snapshot(join(tmp, 'raced-out')));
    }
  });

  it('a source gone meanwhile is an error record naming it; the rest is built', async () => {
    const dir = inputOf('going', { [first]: first, [second]: second });
    const expected = inputOf('gone', { [first]: first });
    await buildCorpus({ dir: expected, out: join(tmp, 'gone-out'), io, cache: false, workers: 0 });
    const out = join(tmp, 'going-out');
    const r = await buildCorpus({ dir, out, io: hooked(second, () => rmSync(join(dir, second))), cache: false, workers: 0 });
    expect(r.errors).toEqual([{ path: second, code: 'unreadable', reason: expect.stringMatching(/^cannot be read: ENOENT/) }]);
    expect(r.errors[0].reason).not.toContain(dir);
    const built = snapshot(out);
    const reference = snapshot(join(tmp, 'gone-out'));
    // the same documents and replay; index.json and errors.json also count and name the file that went
    for (const name of ['index.json', 'errors.json', 'diagnostics.json']) built.delete(name), reference.delete(name);
    expectSame(built, reference);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { files: number; failed: number; documents: unknown[] };
    expect(index).toMatchObject({ files: 2, failed: 1 });
    expect(index.documents).toHaveLength(1);
  });
});
