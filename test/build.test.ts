import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, command as build } from '../src/commands/build.js';
import type { CommandIO } from '../src/commands/types.js';
import { BuildIndex, DiagnosticsSummary } from '../src/schema/build.js';
import { writeJsonAtomic } from '../src/output/write.js';

const repo = resolve(import.meta.dirname, '..');
const corpus = join(repo, 'corpus');
const seeds = readdirSync(corpus).sort();
const tmp = mkdtempSync(join(tmpdir(), 'nomen-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakeIO(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** Every file under `dir` (relative path → bytes), the cache left out. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.cache') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('nomen build of the embedded corpus', () => {
  const out = join(tmp, 'out');
  let first: Map<string, string>;

  it('writes one document per source, the index, diagnostics and errors', async () => {
    const f = fakeIO();
    expect(await build.run([corpus, '--out', out], f.io)).toBe(0);
    expect(f.err()).toBe('');
    const index = BuildIndex.parse(readJson(join(out, 'index.json')));
    expect(index.files).toBe(seeds.length);
    expect(index.failed).toBe(0);
    expect(index.documents.map((d) => d.source.path)).toEqual(seeds);
    expect(readJson(join(out, 'errors.json'))).toEqual({ errors: [] });
    for (const entry of index.documents) {
      const doc = readJson(join(out, entry.file));
      expect(doc.document.id).toBe(entry.id);
      expect(doc.document.source.path).toBe(entry.source.path);
      expect(entry.counts.prestations).toBe(doc.prestations.length);
      expect(entry.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(readdirSync(join(out, 'documents')).length).toBe(seeds.length);
    const summary = DiagnosticsSummary.parse(readJson(join(out, 'diagnostics.json')));
    const perDoc = summary.documents.reduce((n, d) => n + d.diagnostics, 0);
    expect(summary.total.diagnostics).toBe(perDoc);
    const { error, warning, info } = summary.total.bySeverity;
    expect(error + warning + info).toBe(perDoc);
    expect(Object.values(summary.total.byCode).reduce((a, b) => a + b, 0)).toBe(perDoc);
    expect(Object.keys(summary.total.byCode)).toEqual(Object.keys(summary.total.byCode).sort());
    first = snapshot(out);
  });

  it('is byte-identical when run again (from the cache) and without the cache', async () => {
    const again = await buildCorpus({ dir: corpus, out, io: fakeIO().io });
    expect(again.cacheHits).toBe(seeds.length);
    expect(snapshot(out)).toEqual(first);

    const fresh = join(tmp, 'fresh');
    const f = fakeIO();
    expect(await build.run([corpus, '--out', fresh, '--no-cache'], f.io)).toBe(0);
    expect(snapshot(fresh)).toEqual(first);
  });

  it('does not depend on where the corpus or the output live (no absolute paths)', async () => {
    const elsewhere = join(tmp, 'elsewhere', 'deep', 'corpus');
    cpSync(corpus, elsewhere, { recursive: true });
    const out2 = join(tmp, 'elsewhere', 'result');
    expect(await build.run([elsewhere, '--out', out2], fakeIO().io)).toBe(0);
    const second = snapshot(out2);
    expect(second).toEqual(first);
    for (const text of second.values()) expect(text).not.toContain(tmp);
  });

  it('ignores a corrupt cache entry and still writes the same bytes', async () => {
    const cacheDir = join(out, '.cache', 'parse');
    readdirSync(cacheDir).forEach((name, i) => writeFileSync(join(cacheDir, name), ['{"document": {', '{}', '{"failure": null}', '[]', 'null'][i % 5]));
    const run = await buildCorpus({ dir: corpus, out, io: fakeIO().io });
    expect(run.cacheHits).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });
});

describe('nomen build of a changing directory', () => {
  it('removes documents of sources that are gone, leaves unchanged files untouched', async () => {
    const dir = join(tmp, 'changing');
    const out = join(tmp, 'changing-out');
    mkdirSync(dir);
    cpSync(join(corpus, seeds[1]), join(dir, seeds[1]));
    cpSync(join(corpus, seeds[2]), join(dir, seeds[2]));
    expect(await build.run([dir, '--out', out], fakeIO().io)).toBe(0);
    const index = BuildIndex.parse(readJson(join(out, 'index.json')));
    expect(index.documents).toHaveLength(2);
    const kept = join(out, index.documents[0].file);
    const mtime = statSync(kept).mtimeMs;

    rmSync(join(dir, seeds[2]));
    expect(await build.run([dir, '--out', out], fakeIO().io)).toBe(0);
    expect(readdirSync(join(out, 'documents'))).toEqual([index.documents[0].file.replace('documents/', '')]);
    expect(statSync(kept).mtimeMs).toBe(mtime);
    expect(BuildIndex.parse(readJson(join(out, 'index.json'))).documents.map((d) => d.source.path)).toEqual([seeds[1]]);
  });

  it('walks subdirectories in path order, skips hidden files, reads any extension by content', async () => {
    const dir = join(tmp, 'tree');
    mkdirSync(join(dir, 'b', 'nested'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    cpSync(join(corpus, seeds[1]), join(dir, 'b', 'nested', 'decree.dat'));
    cpSync(join(corpus, seeds[0]), join(dir, 'a.text'));
    cpSync(join(corpus, seeds[2]), join(dir, '.hidden', 'x.md'));
    cpSync(join(corpus, seeds[2]), join(dir, '.dotfile.md'));
    const out = join(dir, 'out'); // inside the input: must not be read back as input
    expect(await build.run([dir, '--out', out], fakeIO().io)).toBe(0);
    expect(await build.run([dir, '--out', out], fakeIO().io)).toBe(0);
    const index = BuildIndex.parse(readJson(join(out, 'index.json')));
    expect(index.files).toBe(2);
    expect(index.documents.map((d) => [d.source.path, d.source.format])).toEqual([
      ['a.text', 'pdf-text'],
      ['b/nested/decree.dat', 'justel-markdown'],
    ]);
  });

  it('reads a PDF whatever its name, through the same build', async () => {
    const dir = join(tmp, 'with-pdf');
    mkdirSync(dir);
    const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(Date.UTC(2020, 0, 1)) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((res) => doc.on('end', () => res()));
    doc.text('Article 1er. A l\'article 34 de l\'annexe, la prestation 589676 - 589680 est supprimée.');
    doc.text('Art. 2. Le présent arrêté entre en vigueur le 1er janvier 2020.');
    doc.end();
    await done;
    writeFileSync(join(dir, 'scan'), Buffer.concat(chunks));
    const out = join(tmp, 'with-pdf-out');
    const f = fakeIO();
    expect(await build.run([dir, '--out', out], f.io), f.err()).toBe(0);
    const [entry] = BuildIndex.parse(readJson(join(out, 'index.json'))).documents;
    expect(entry.source).toMatchObject({ path: 'scan', format: 'pdf' });
    expect(readJson(join(out, entry.file)).codes.map((c: { code: string }) => c.code)).toEqual(['589676', '589680']);
  });

  it('keeps both documents when two sources share a file-stem id, and warns', async () => {
    const dir = join(tmp, 'dupes');
    mkdirSync(join(dir, 'x'), { recursive: true });
    mkdirSync(join(dir, 'y'));
    // seed 000 is PDF text: no NUMAC, its id is the file stem
    const stemmed = seeds.find((s) => s.startsWith('000_'))!;
    cpSync(join(corpus, stemmed), join(dir, 'x', 'same.txt'));
    cpSync(join(corpus, stemmed), join(dir, 'y', 'same.txt'));
    const out = join(tmp, 'dupes-out');
    const f = fakeIO();
    expect(await build.run([dir, '--out', out], f.io)).toBe(0);
    const index = BuildIndex.parse(readJson(join(out, 'index.json')));
    const [a, b] = index.documents;
    expect(a.id).toBe(b.id);
    expect([a.file, b.file]).toEqual([`documents/${a.id}.json`, `documents/${a.id}--2.json`]);
    expect(f.err()).toContain(`2 sources have the id '${a.id}'`);
    expect(f.err()).toContain('x/same.txt, y/same.txt');
    const notices = DiagnosticsSummary.parse(readJson(join(out, 'diagnostics.json'))).build;
    expect(notices).toEqual([expect.objectContaining({ code: 'build/duplicate-id', paths: ['x/same.txt', 'y/same.txt'] })]);
  });

  it('keeps one document per NUMAC: a decree given twice is built once and the other source reported', async () => {
    const dir = join(tmp, 'dupes-numac');
    mkdirSync(join(dir, 'x'), { recursive: true });
    mkdirSync(join(dir, 'y'));
    cpSync(join(corpus, seeds[1]), join(dir, 'x', 'same.md'));
    cpSync(join(corpus, seeds[1]), join(dir, 'y', 'same.md'));
    const out = join(tmp, 'dupes-numac-out');
    const f = fakeIO();
    expect(await build.run([dir, '--out', out], f.io)).toBe(0);
    const index = BuildIndex.parse(readJson(join(out, 'index.json')));
    expect(index.documents).toHaveLength(1);
    expect(index.documents[0].source.path).toBe('x/same.md');
    const notices = DiagnosticsSummary.parse(readJson(join(out, 'diagnostics.json'))).build;
    expect(notices).toEqual([expect.objectContaining({ code: 'build/duplicate-numac', paths: ['x/same.md', 'y/same.md'] })]);
  });

  it('shows progress on a terminal only, as one rewritten line', async () => {
    const tty = fakeIO(true);
    await buildCorpus({ dir: corpus, out: join(tmp, 'tty-out'), io: tty.io });
    expect(tty.err()).toContain(`\r\x1b[2K[0/${seeds.length}] ${seeds[0]}`);
    expect(tty.err()).not.toContain('\n');
    expect(tty.err().endsWith('\r\x1b[2K')).toBe(true);
    const pipe = fakeIO(false);
    await buildCorpus({ dir: corpus, out: join(tmp, 'pipe-out'), io: pipe.io });
    expect(pipe.err()).toBe('');
  });

  it('refuses a missing input directory and an output that contains the input', async () => {
    const missing = fakeIO();
    expect(await build.run([join(tmp, 'nope')], missing.io)).toBe(2);
    expect(missing.err()).toContain('does not exist');
    const around = fakeIO();
    expect(await build.run([corpus, '--out', repo], around.io)).toBe(2);
    expect(around.err()).toContain('must not be the input directory or contain it');
  });
});

describe('writeJsonAtomic', () => {
  it('replaces the file whole, in the one JSON layout, leaving no temporary file', async () => {
    const dir = join(tmp, 'atomic', 'new-dir');
    const file = join(dir, 'x.json');
    await writeJsonAtomic(file, { b: 1, a: [1, 2] });
    await writeJsonAtomic(file, { b: 2, a: ['é'] });
    expect(readFileSync(file, 'utf8')).toBe('{\n  "b": 2,\n  "a": [\n    "é"\n  ]\n}\n');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });
});
