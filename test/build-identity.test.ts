import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/commands/build.js';
import type { CommandIO } from '../src/commands/types.js';
import { SETTLED_MS } from '../src/output/identity.js';
import { expectSame, snapshot } from './build-files.js';

/**
 * A build trusts a file the previous build recorded by its identity (inode,
 * size, modification and change times: output/identity.ts) instead of
 * reading it, and never trusts one that changed, even to the same size with
 * its modification time put back: the outputs are always those of a build
 * that reads everything.
 */
const shared = resolve(import.meta.dirname, '../../shared/corpus');
const all = readdirSync(shared).filter((f) => f.endsWith('.md')).sort();
const picked = ['1996022453.md', '2003022335.md', '2009022482.md', '2017040353.md'].filter((f) => all.includes(f));
const tmp = mkdtempSync(join(tmpdir(), 'nomen-identity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const io: CommandIO = { stdout: () => {}, stderr: () => {}, isTTY: false };
const anHourAgo = () => new Date(Date.now() - 3600_000);

/** Make the files the build wrote look old (as they are a while after it), its documents/ and records left alone. */
function age(out: string): void {
  for (const p of readdirSync(out, { recursive: true }) as string[]) {
    const path = join(out, p);
    if (p.startsWith('documents') || /^\.cache[/\\][^/\\]+\.json$/.test(p) || !statSync(path).isFile()) continue;
    utimesSync(path, anHourAgo(), anHourAgo());
  }
}

/** Rewrite a file in place (same inode) to the same size, its modification time put back. */
function editInPlace(path: string, edit: (text: string) => string): void {
  const { atime, mtime, size } = statSync(path);
  const before = readFileSync(path, 'utf8');
  const text = edit(before);
  expect(text).not.toBe(before);
  expect(Buffer.byteLength(text)).toBe(size);
  writeFileSync(path, text);
  utimesSync(path, atime, mtime);
}

describe.skipIf(picked.length < 4)('files the previous build recorded are trusted by their identity, never when changed', () => {
  const input = join(tmp, 'in');
  const out = join(tmp, 'out');
  mkdirSync(input);
  for (const f of picked) {
    cpSync(join(shared, f), join(input, f));
    utimesSync(join(input, f), anHourAgo(), anHourAgo());
  }
  let reference: Map<string, Buffer>;

  it('reads nothing it can trust, and builds the same bytes', async () => {
    // (an input is remembered once its change time too is SETTLED_MS old: the copies above were just made)
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 100));
    await buildCorpus({ dir: input, out: join(tmp, 'reference'), io, cache: false, workers: 0 });
    reference = snapshot(join(tmp, 'reference'));
    const cold = await buildCorpus({ dir: input, out, io, workers: 0 });
    expect(cold.trusted).toEqual({ inputs: 0, entries: 0, outputs: 0 });
    // the cache entries and outputs were written just now: not remembered (an edit in the same clock tick could keep their times)
    age(out);
    const second = await buildCorpus({ dir: input, out, io });
    expect(second).toMatchObject({ replayReused: true, trusted: { inputs: picked.length, entries: 0, outputs: 0 } });
    expectSame(snapshot(out), reference);
    const third = await buildCorpus({ dir: input, out, io });
    expect(third.replayReused).toBe(true);
    expect(third.trusted.inputs).toBe(picked.length);
    expect(third.trusted.entries).toBe(picked.length);
    expect(third.trusted.outputs).toBeGreaterThan(picked.length); // change sets, nomenclature.json, timeline, feed, diagnostics
    expectSame(snapshot(out), reference);
    // --no-cache trusts nothing
    expect((await buildCorpus({ dir: input, out, io, cache: false })).trusted).toEqual({ inputs: 0, entries: 0, outputs: 0 });
  });

  it('an input changed in place, to the same size and with its modification time put back, is read again', { timeout: 20_000 }, async () => {
    age(out);
    await buildCorpus({ dir: input, out, io });
    const before = await buildCorpus({ dir: input, out, io });
    expect(before.trusted.inputs).toBe(picked.length);
    const path = join(input, picked[1]);
    editInPlace(path, (t) => t.replace(/(?<!\d)(\d{5})(\d)(?!\d)/, (_, a: string, d: string) => a + String((Number(d) + 1) % 10)));
    const after = await buildCorpus({ dir: input, out, io });
    expect(after.trusted.inputs).toBe(picked.length - 1);
    expect(after.cacheHits).toBe(picked.length - 1);
    await buildCorpus({ dir: input, out: join(tmp, 'edited-reference'), io, cache: false, workers: 0 });
    expectSame(snapshot(out), snapshot(join(tmp, 'edited-reference')));
    cpSync(join(shared, picked[1]), path);
    utimesSync(path, anHourAgo(), anHourAgo());
    await buildCorpus({ dir: input, out, io });
    expectSame(snapshot(out), reference);
  });

  it('a cache entry or an output changed in place is not trusted; nor is a record edited by hand', async () => {
    age(out);
    await buildCorpus({ dir: input, out, io });
    expect((await buildCorpus({ dir: input, out, io })).trusted.entries).toBe(picked.length);
    // an entry's rest edited: its digest fails, the source is parsed again
    const entries = readdirSync(join(out, '.cache', 'parse')).sort();
    editInPlace(join(out, '.cache', 'parse', entries[0]), (t) => {
      // a digit of the rest (the third line: what the replay reads, not the head the lookup reads)
      const rest = t.indexOf('\n', t.indexOf('\n') + 1) + 1;
      const at = rest + t.slice(rest).search(/\d/);
      return t.slice(0, at) + String((Number(t[at]) + 1) % 10) + t.slice(at + 1);
    });
    const afterEntry = await buildCorpus({ dir: input, out, io });
    expect(afterEntry.trusted.entries).toBe(picked.length - 1);
    expect(afterEntry.cacheHits).toBe(picked.length - 1);
    expectSame(snapshot(out), reference);
    // an output edited: the replay runs again
    age(out);
    await buildCorpus({ dir: input, out, io });
    const changeSet = join(out, 'changes', readdirSync(join(out, 'changes')).sort()[0]);
    editInPlace(changeSet, (t) => t.replace('"', "'"));
    expect((await buildCorpus({ dir: input, out, io })).replayReused).toBe(false);
    expectSame(snapshot(out), reference);
    // a record edited by hand: nothing is trusted
    age(out);
    await buildCorpus({ dir: input, out, io });
    const record = join(out, '.cache', 'identity.json');
    writeFileSync(record, readFileSync(record, 'utf8').replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${'0'.repeat(64)}"`));
    const untrusting = await buildCorpus({ dir: input, out, io });
    expect(untrusting.trusted).toEqual({ inputs: 0, entries: 0, outputs: 0 });
    expect(untrusting.cacheHits).toBe(picked.length);
    expectSame(snapshot(out), reference);
  });

  it('a file modified less than SETTLED_MS before its identity is taken is not remembered', async () => {
    const fresh = join(input, 'fresh.md');
    cpSync(join(shared, picked[0]), fresh);
    // (an input written again with its modification time set back: its change time is new, right before the build)
    const again = join(input, picked[1]);
    const { atime, mtime } = statSync(again);
    writeFileSync(again, readFileSync(again));
    utimesSync(again, atime, mtime);
    await buildCorpus({ dir: input, out, io });
    const text = readFileSync(join(out, '.cache', 'identity.json'), 'utf8');
    const record = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { inputs: Record<string, unknown> };
    // (nor the input written again with its modification time set back: its change time is new)
    expect(Object.keys(record.inputs).sort()).toEqual(picked.filter((f) => f !== picked[1]).sort());
    expect(SETTLED_MS).toBeGreaterThanOrEqual(2000); // a FAT clock's tick
    rmSync(fresh);
  });
});

describe.skipIf(picked.length < 4)('a replay that runs again compares with the previous outputs by their recorded hash, never a changed one', () => {
  const input = join(tmp, 'in-vouch');
  const out = join(tmp, 'out-vouch');
  mkdirSync(input);
  for (const f of picked.slice(0, 3)) {
    cpSync(join(shared, f), join(input, f));
    utimesSync(join(input, f), anHourAgo(), anHourAgo());
  }
  const fourth = join(input, picked[3]);

  it('adding a decree: the outputs are those of a build that reads everything', { timeout: 30_000 }, async () => {
    await buildCorpus({ dir: input, out, io, workers: 0 });
    age(out);
    // (the identities are recorded by a build after the files settled)
    await buildCorpus({ dir: input, out, io });
    cpSync(join(shared, picked[3]), fourth);
    const added = await buildCorpus({ dir: input, out, io });
    expect(added.replayReused).toBe(false);
    expect(added.vouchedOutputs).toBeGreaterThan(3); // change sets, nomenclature.json, timeline, feed, diagnostics
    await buildCorpus({ dir: input, out: join(tmp, 'vouch-reference-4'), io, cache: false, workers: 0 });
    expectSame(snapshot(out), snapshot(join(tmp, 'vouch-reference-4')));
  });

  it('a previous output changed in place (same size, modification time put back) is not vouched for: its bytes are written anew', { timeout: 30_000 }, async () => {
    age(out);
    await buildCorpus({ dir: input, out, io });
    // a change set the removal of the fourth decree leaves as it is: its new bytes are the ones the record holds
    const kept = readdirSync(join(out, 'changes')).sort()[0];
    editInPlace(join(out, 'changes', kept), (t) => t.replace('"', "'"));
    rmSync(fourth);
    const removed = await buildCorpus({ dir: input, out, io });
    expect(removed.replayReused).toBe(false);
    await buildCorpus({ dir: input, out: join(tmp, 'vouch-reference-3'), io, cache: false, workers: 0 });
    expectSame(snapshot(out), snapshot(join(tmp, 'vouch-reference-3')));
  });
});
