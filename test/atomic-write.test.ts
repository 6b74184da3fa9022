import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicChunkWriter, removeTempFiles, tempPathFor, writeFileAtomicSync } from '../src/output/write.js';
import { WrittenFiles } from '../src/output/written.js';

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

describe('WrittenFiles: the sha256 a writer wrote a file with', () => {
  const at = join(dir, 'written');
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');

  it('is told by writeFileAtomicSync and AtomicChunkWriter, written or linked, and is the sha256 of the bytes', () => {
    const written = new WrittenFiles();
    const data = `{"s": "${'é'.repeat(300)}"}\n`;
    // as in a build: each output linked from its own previous file (a link gives the file a new change time)
    mkdirSync(at, { recursive: true });
    for (const f of ['b.prev', 'c.prev']) writeFileSync(join(at, f), data);
    writeFileAtomicSync(join(at, 'a.json'), data, undefined, written);
    writeFileAtomicSync(join(at, 'b.json'), data, join(at, 'b.prev'), written); // linked
    const chunks = new AtomicChunkWriter(join(at, 'c.json'), join(at, 'c.prev'), written); // linked
    for (const c of [data.slice(0, 7), data.slice(7)]) chunks.write(c);
    chunks.finish();
    for (const f of ['b', 'c']) expect(statSync(join(at, `${f}.json`)).ino).toBe(statSync(join(at, `${f}.prev`)).ino);
    for (const f of ['a.json', 'b.json', 'c.json']) expect(written.sha256Of(join(at, f))).toBe(sha(readFileSync(join(at, f), 'utf8')));
    // a writer given none tells nothing
    writeFileAtomicSync(join(at, 'd.json'), data);
    expect(written.sha256Of(join(at, 'd.json'))).toBeNull();
  });

  it('is forgotten when the file is no longer the one written: replaced, edited, touched, removed', () => {
    const written = new WrittenFiles();
    const files = ['e', 'f', 'g', 'h'].map((n) => join(at, `${n}.json`));
    // whole seconds, so that a time put back is the very time noted (a Date keeps milliseconds only)
    const T = 1_700_000_000;
    const noted = (f: string, text: string) => {
      writeFileAtomicSync(f, text, undefined, written);
      utimesSync(f, T, T);
      written.note(f, sha(text), Buffer.byteLength(text));
      expect(written.sha256Of(f)).toBe(sha(text));
    };
    for (const f of files) noted(f, '{"x": 1}\n');
    // another file of the same size and modification time put in its place (another inode, and change time)
    writeFileSync(`${files[0]}.new`, '{"x": 2}\n');
    utimesSync(`${files[0]}.new`, T, T);
    renameSync(`${files[0]}.new`, files[0]);
    expect(statSync(files[0]).mtimeMs).toBe(T * 1000);
    // edited in place to the same size (a new modification time)
    writeFileSync(files[1], '{"x": 3}\n');
    expect(statSync(files[1]).mtimeMs).not.toBe(T * 1000);
    // edited in place to the same size with its modification time put back, as `touch -r` does (a new change time)
    writeFileSync(files[2], '{"x": 4}\n');
    utimesSync(files[2], T, T);
    expect(statSync(files[2]).mtimeMs).toBe(T * 1000);
    rmSync(files[3]);
    for (const f of files) expect(written.sha256Of(f)).toBeNull();
  });
});
