import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as build } from '../src/commands/build.js';
import { command as parse } from '../src/commands/parse.js';
import type { CommandIO } from '../src/commands/types.js';
import { BuildErrors, BuildIndex } from '../src/schema/build.js';

const repo = resolve(import.meta.dirname, '..');
const GOOD = '001_45d16e9a2e138ba7.txt';
const tmp = mkdtempSync(join(tmpdir(), 'nomen-bad-'));
const dir = join(tmp, 'in');
const out = join(tmp, 'out');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function pdfBytes(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(Date.UTC(2020, 0, 1)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res) => doc.on('end', () => res(Buffer.concat(chunks))));
  for (let i = 0; i < 40; i++) doc.text(`Art. ${i + 1}. La prestation 589676 - 589680 est remplacée par la disposition suivante.`);
  doc.end();
  return done;
}

const good = readFileSync(join(repo, 'corpus', GOOD), 'utf8');
const frontMatterEnd = good.indexOf('\n---\n', 4) + 5;

/** Each bad input, the error code the pipeline must give, and what the reason must say. */
const cases: { name: string; bytes: () => Promise<Uint8Array> | Uint8Array; code: RegExp; reason: RegExp }[] = [
  { name: 'empty.md', bytes: () => new Uint8Array(0), code: /^empty$/, reason: /empty/ },
  { name: 'blank.txt', bytes: () => Buffer.from(' \n\n\t\n'), code: /^empty$/, reason: /white space|empty/ },
  { name: 'image.md', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]), code: /^binary$/, reason: /binary/ },
  { name: 'latin1.md', bytes: () => Buffer.from(good.slice(frontMatterEnd), 'latin1'), code: /^encoding$/, reason: /UTF-8/ },
  { name: 'broken-front-matter.md', bytes: () => Buffer.from(`---\ntitle-fr: "unterminated\nnumber: [1, 2\n---\n\n**Article 1er.** Texte.\n`), code: /^front-matter$/, reason: /front matter/ },
  { name: 'unclosed-front-matter.md', bytes: () => Buffer.from(`---\ntitle-fr: Arrêté\n\n**Article 1er.** Texte.\n`), code: /^front-matter$/, reason: /never closed/ },
  { name: 'no-article.md', bytes: () => Buffer.from(good.slice(0, frontMatterEnd) + '\nCe texte ne contient **aucun** article, seulement une phrase.\n'), code: /^no-article$/, reason: /no article/ },
  { name: 'truncated.pdf', bytes: async () => (await pdfBytes()).subarray(0, 1500), code: /^pdf-/, reason: /./ },
  { name: 'garbage.pdf', bytes: () => Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), Buffer.alloc(2000, 0x8f)]), code: /^pdf-/, reason: /./ },
];

describe('bad input in a batch', () => {
  const f = fakeIO();
  let status: number;
  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    cpSync(join(repo, 'corpus', GOOD), join(dir, GOOD));
    for (const c of cases) writeFileSync(join(dir, c.name), await c.bytes());
    status = await build.run([dir, '--out', out], f.io);
  }, 60_000);

  it('still builds the good file, and exits 1', () => {
    expect(status).toBe(1);
    const index = BuildIndex.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(index.documents.map((d) => d.source.path)).toEqual([GOOD]);
    expect(index.files).toBe(cases.length + 1);
    expect(index.failed).toBe(cases.length);
    expect(readdirSync(join(out, 'documents'))).toHaveLength(1);
  });

  for (const c of cases) {
    it(`reports ${c.name} in errors.json and on stderr`, () => {
      const { errors } = BuildErrors.parse(JSON.parse(readFileSync(join(out, 'errors.json'), 'utf8')));
      const e = errors.find((x) => x.path === c.name);
      expect(e, `${c.name} missing from errors.json`).toBeDefined();
      expect(e!.code).toMatch(c.code);
      expect(e!.reason).toMatch(c.reason);
      expect(e!.reason).not.toContain(tmp); // no absolute path in the data
      expect(f.err()).toContain(`nomen build: ${c.name}: ${e!.reason} [${e!.code}]\n`);
    });
  }

  it('lists errors in path order', () => {
    const { errors } = BuildErrors.parse(JSON.parse(readFileSync(join(out, 'errors.json'), 'utf8')));
    expect(errors.map((e) => e.path)).toEqual(cases.map((c) => c.name).sort());
  });

  it('gives the same errors from the cache on a second run', async () => {
    const before = readFileSync(join(out, 'errors.json'), 'utf8');
    const again = fakeIO();
    expect(await build.run([dir, '--out', out], again.io)).toBe(1);
    expect(readFileSync(join(out, 'errors.json'), 'utf8')).toBe(before);
    expect(again.err()).toBe(f.err());
  });

  it('makes `nomen parse` name each bad file with its reason and exit 1', async () => {
    for (const c of cases) {
      const p = fakeIO();
      expect(await parse.run([join(dir, c.name)], p.io)).toBe(1);
      expect(p.err()).toContain(`nomen parse: ${join(dir, c.name)}: `);
      expect(p.out()).toBe('');
    }
  });
});
