import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicChunkWriter, removeTempFiles, tempPathFor } from '../src/output/write.js';

const dir = mkdtempSync(join(tmpdir(), 'nomen-temp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('removeTempFiles removes what an interrupted atomic write leaves, and nothing else', async () => {
  // what a parse worker killed between write and rename leaves beside a cache entry
  const left = basename(tempPathFor(join(dir, 'a'.repeat(64) + '.json')));
  const kept = ['a'.repeat(64) + '.json', '.hidden.json', 'x.tmp', '.x.tmp', '.x.json.12.zzzzzzzz.tmp'];
  for (const name of [left, ...kept]) writeFileSync(join(dir, name), '{');
  await removeTempFiles(dir);
  expect(readdirSync(dir).sort()).toEqual([...kept].sort());
  // a directory that is not there is nothing to clean
  await expect(removeTempFiles(join(dir, 'absent'))).resolves.toBeUndefined();
});

describe('AtomicChunkWriter', () => {
  const at = join(dir, 'writer');
  const write = (name: string, chunks: string[], previous?: string) => {
    const out = new AtomicChunkWriter(join(at, name), previous && join(at, previous));
    for (const c of chunks) out.write(c);
    out.finish();
    return statSync(join(at, name));
  };
  // pieces past 1 MB are flushed (and compared) in batches: make the files span several
  const big = Array.from({ length: 3000 }, (_, i) => `{"i": ${i}, "s": "${'é'.repeat(400)}"},\n`);

  it('links the previous file when every byte is the same, written in other pieces', () => {
    const before = write('prev.json', big);
    const again = write('same.json', [big.join('')], 'prev.json');
    expect(again.ino).toBe(before.ino);
    expect(readdirSync(at).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a new file when the bytes differ anywhere, or the previous one is longer or absent', () => {
    const before = write('base.json', big);
    const variants: [string, string[]][] = [
      // the same length, so that the bytes are compared, not only the sizes
      ['first byte', ['X' + big[0].slice(1), ...big.slice(1)]],
      ['middle', [...big.slice(0, 1500), big[1500].replace('"i"', '"j"'), ...big.slice(1501)]],
      ['last byte', [...big.slice(0, -1), big[big.length - 1].slice(0, -1) + ' ']],
      ['shorter', big.slice(0, -1)],
      ['longer', [...big, '\n']],
    ];
    for (const [name, chunks] of variants) {
      const s = write(`${name}.json`, chunks, 'base.json');
      expect(s.ino, name).not.toBe(before.ino);
      if (!['shorter', 'longer'].includes(name)) expect(s.size, name).toBe(before.size);
      expect(readFileSync(join(at, `${name}.json`), 'utf8'), name).toBe(chunks.join(''));
    }
    expect(write('fresh.json', big, 'absent.json').ino).not.toBe(before.ino);
    expect(readFileSync(join(at, 'base.json'), 'utf8')).toBe(big.join(''));
  });
});
