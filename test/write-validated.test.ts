import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { parseFile } from '../src/pipeline/parse.js';
import { formatJson, writeValidatedFileSync } from '../src/output/write.js';
import { WrittenFiles } from '../src/output/written.js';
import { replay } from '../src/replay/replay.js';
import { ChangeSet } from '../src/schema/replay.js';

const dir = mkdtempSync(join(tmpdir(), 'nomen-validated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeds = resolve(import.meta.dirname, '../../shared/seeds');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A previous build's file, vouched for as its record would (sha256, size and identity). */
function vouchedFile(name: string, text: string): { path: string; written: WrittenFiles } {
  const path = join(dir, 'prev', name);
  mkdirSync(join(dir, 'prev'), { recursive: true });
  writeFileSync(path, text);
  const s = statSync(path);
  const written = new WrittenFiles();
  written.vouch(path, sha(text), Buffer.byteLength(text), { ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs });
  return { path, written };
}

describe('writeValidatedFileSync', () => {
  const Thing = z.object({ a: z.number(), b: z.array(z.string()) });
  const spied = () => ({ parse: vi.fn((v: unknown) => Thing.parse(v)) });

  it('links a vouched previous file with the very bytes, without validating again', () => {
    const value = { a: 1, b: ['x'] };
    const { path: previous, written } = vouchedFile('same.json', formatJson(value));
    const schema = spied();
    const target = join(dir, 'new', 'same.json');
    writeValidatedFileSync(target, value, schema, previous, written);
    expect(schema.parse).not.toHaveBeenCalled();
    expect(statSync(target).ino).toBe(statSync(previous).ino);
    expect(written.sha256Of(target)).toBe(sha(formatJson(value)));
  });

  it('validates what differs from the previous file, or has no vouched previous file, and writes the schema’s value', () => {
    const { path: previous, written } = vouchedFile('other.json', formatJson({ a: 1, b: ['x'] }));
    for (const [name, value, prev, w] of [
      ['differs.json', { a: 2, b: ['x'] }, previous, written],
      // same size, other bytes: hashed, not taken
      ['same-size.json', { a: 1, b: ['y'] }, previous, written],
      ['unvouched.json', { a: 1, b: ['x'] }, previous, new WrittenFiles()],
      ['first.json', { a: 1, b: ['x'] }, undefined, written],
      // a member the schema does not know is dropped, as formatJson(schema.parse(value)) drops it
      ['extra.json', { a: 1, b: ['x'], c: 3 }, previous, written],
    ] as const) {
      const schema = spied();
      const target = join(dir, 'new', name);
      writeValidatedFileSync(target, value, schema, prev, w);
      expect(schema.parse).toHaveBeenCalledTimes(1);
      expect(readFileSync(target, 'utf8')).toBe(formatJson(Thing.parse(value)));
    }
    // an invalid value is refused, never written
    expect(() => writeValidatedFileSync(join(dir, 'new', 'bad.json'), { a: 'x', b: [] }, Thing, previous, written)).toThrow();
    expect(readdirSync(join(dir, 'new')).filter((n) => n.startsWith('bad') || n.endsWith('.tmp'))).toEqual([]);
  });

  it('a value the extra member made differ from the vouched file is validated, not linked', () => {
    const { path: previous, written } = vouchedFile('extra-prev.json', formatJson({ a: 1, b: ['x'] }));
    const schema = spied();
    const target = join(dir, 'new', 'extra-again.json');
    writeValidatedFileSync(target, { a: 1, b: ['x'], c: 3 }, schema, previous, written);
    expect(schema.parse).toHaveBeenCalledTimes(1);
    // the schema's bytes are the previous file's: linked after validating
    expect(statSync(target).ino).toBe(statSync(previous).ino);
  });
});

/**
 * The shortcut is taken only where a change set as the replay builds it is laid out as its schema lays it out
 * (members in the schema's order, none unknown): true of every change set of the seeds, so that a rebuild that
 * changes nothing in them validates none of them again.
 */
it('every change set of the seeds is laid out as ChangeSet.parse lays it out', async () => {
  const docs = await Promise.all(readdirSync(seeds).sort().map((f) => parseFile(join(seeds, f))));
  const { changeSets } = replay(docs);
  expect(changeSets.length).toBe(docs.length);
  for (const cs of changeSets) expect(formatJson(cs)).toBe(formatJson(ChangeSet.parse(cs)));
});
