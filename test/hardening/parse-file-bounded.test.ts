/**
 * `nomen parse` and `nomen diff` parse each file in a worker bounded in time and heap (src/output/parse-file-bounded.ts):
 * the document is the one a parse in this thread gives, and an input past the time or heap fails with a SourceError
 * naming the file (`parse-timeout`, `too-complex`), as the build's parse workers do. A 1 ms limit makes every parse run
 * past it (starting a worker alone takes longer); a 2 MB heap is too small for any decree; no time is measured.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseFileBounded } from '../../src/output/parse-file-bounded.js';
import { formatJson } from '../../src/output/write.js';
import { parseFile } from '../../src/pipeline/parse.js';
import { SourceError } from '../../src/source/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'nomen-bounded-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// a seed (text extracted from a PDF) and the corpus's largest Justel decree
const seeds = [resolve(import.meta.dirname, '../../corpus/002_29c95240c44a6cf6.txt'), resolve(import.meta.dirname, '../../../shared/corpus/2013022530.md')];

it('gives the very document a parse in this thread gives, byte for byte once written', async () => {
  for (const seed of seeds) expect(formatJson(await parseFileBounded(seed))).toBe(formatJson(await parseFile(seed)));
}, 120_000);

it('fails an input past its time with parse-timeout, naming the file', async () => {
  const err = await parseFileBounded(seeds[0], { timeoutMs: 1 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SourceError);
  expect(err).toMatchObject({ code: 'parse-timeout', path: seeds[0], message: `${seeds[0]}: parsing took more than 0.001 s: stopped` });
}, 60_000);

it('fails an input that needs more heap than the worker has with too-complex', async () => {
  const err = await parseFileBounded(seeds[1], { heapMb: 2 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SourceError);
  expect(err).toMatchObject({ code: 'too-complex', path: seeds[1] });
}, 60_000);

it('hands back the parser refusal of bad input as the same SourceError', async () => {
  const empty = join(tmp, 'empty.md');
  writeFileSync(empty, '');
  const inThread = await parseFile(empty).catch((e: unknown) => e);
  const bounded = await parseFileBounded(empty).catch((e: unknown) => e);
  expect(bounded).toBeInstanceOf(SourceError);
  expect(bounded).toMatchObject({ code: (inThread as SourceError).code, path: empty, message: (inThread as SourceError).message });
}, 60_000);
