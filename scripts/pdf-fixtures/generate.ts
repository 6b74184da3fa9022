/**
 * Fixture PDFs made by a real layout engine (pdfkit), deterministically.
 *
 *   npx tsx scripts/pdf-fixtures/generate.ts --out DIR [files…]
 *
 * Each Justel markdown decree becomes a bilingual two-column Moniteur PDF;
 * each text extracted from an INAMI PDF (no front matter, e.g. seed 003)
 * becomes a single-column convention with its fee tables. Without files, a
 * default set is written: a few corpus decrees, seed 003, a Dutch-left page,
 * a scanned page and the bad PDFs (corrupt, truncated, encrypted, zero pages,
 * a page tree claiming a million pages).
 */
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { moniteurPdf } from './moniteur.js';
import { conventionPdf } from './convention.js';
import { corruptPdf, encryptedPdf, hugeCountPdf, scannedPdf, truncatedPdf, zeroPagesPdf } from './bad.js';

export { moniteurPdf } from './moniteur.js';
export { conventionPdf, conventionBlocks, feeRowCells } from './convention.js';
export * from './bad.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');

/** Markdown (front matter or `**Art.` lead-ins) gives a Moniteur page, other text a convention. */
export async function renderFile(file: string, opts: { dutchLeft?: boolean } = {}): Promise<Buffer> {
  const text = await readFile(file, 'utf8');
  const isMarkdown = /^\s*---\r?\n/.test(text) || /^\*\*(Article|Art\.)\s/m.test(text);
  return isMarkdown ? moniteurPdf(text, opts) : conventionPdf(text, path.basename(file));
}

async function writeAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** The default set; returns the paths written. */
export async function generateDefaults(out: string, corpusCount = 5): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  const put = async (name: string, data: Buffer) => {
    const file = path.join(out, name);
    await writeAtomic(file, data);
    written.push(file);
  };
  const decrees = (await readdir(corpusDir)).filter((f) => f.endsWith('.md')).sort().slice(0, corpusCount);
  for (const d of decrees) await put(d.replace(/\.md$/, '.pdf'), await renderFile(path.join(corpusDir, d)));
  if (decrees[0]) await put(`dutch-left-${decrees[0].replace(/\.md$/, '.pdf')}`, await renderFile(path.join(corpusDir, decrees[0]), { dutchLeft: true }));
  const seed003 = (await readdir(seedsDir)).find((f) => f.startsWith('003'));
  if (seed003) {
    const conv = await renderFile(path.join(seedsDir, seed003));
    await put('convention-003.pdf', conv);
    await put('bad-truncated.pdf', truncatedPdf(conv));
  }
  await put('scanned.pdf', await scannedPdf());
  await put('bad-corrupt.pdf', corruptPdf());
  await put('bad-encrypted.pdf', await encryptedPdf());
  await put('bad-zero-pages.pdf', zeroPagesPdf());
  await put('bad-huge-count.pdf', hugeCountPdf());
  return written;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, 'dutch-left': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help || !values.out) {
    process.stdout.write('usage: npx tsx scripts/pdf-fixtures/generate.ts --out DIR [--dutch-left] [files…]\n');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const out = path.resolve(values.out);
  if (positionals.length === 0) {
    for (const f of await generateDefaults(out)) process.stdout.write(`${f}\n`);
    return;
  }
  await mkdir(out, { recursive: true });
  for (const f of positionals) {
    const target = path.join(out, path.basename(f).replace(/\.(md|txt)$/, '') + '.pdf');
    await writeAtomic(target, await renderFile(f, { dutchLeft: values['dutch-left'] }));
    process.stdout.write(`${target}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
