/**
 * Pages per second of our PDF ingestion (pdf.js → lines → columns →
 * paragraphs) next to poppler's `pdftotext -layout` on the same generated
 * Moniteur PDFs. poppler is optional: without `pdftotext` only our numbers
 * are printed.
 *
 *   npx tsx scripts/bench-pdf.ts [--files N]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { makeSourceFile } from '../src/source/decode.js';
import { ingestPdf } from '../src/source/pdf/index.js';
import { moniteurPdf } from './pdf-fixtures/moniteur.js';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

async function hasPdftotext(): Promise<boolean> {
  try {
    await run('pdftotext', ['-v']);
    return true;
  } catch {
    return false;
  }
}

export async function benchPdf(fileCount = 20): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nomen-bench-pdf-'));
  try {
    const decrees = (await readdir(corpusDir)).filter((f) => f.endsWith('.md')).sort();
    const step = Math.max(1, decrees.length / fileCount);
    const files: string[] = [];
    for (let i = 0; files.length < Math.min(fileCount, decrees.length); i++) {
      const name = decrees[Math.floor(i * step)];
      const out = path.join(dir, name.replace(/\.md$/, '.pdf'));
      await writeFile(out, await moniteurPdf(await readFile(path.join(corpusDir, name), 'utf8')));
      files.push(out);
    }
    const bytes = await Promise.all(files.map((f) => readFile(f)));
    let pages = 0;
    const t0 = performance.now();
    for (let i = 0; i < files.length; i++) pages += (await ingestPdf(makeSourceFile(files[i], bytes[i]))).layout.pages.length;
    const ours = (performance.now() - t0) / 1000;
    const lines = [`PDF ingestion: ${files.length} generated Moniteur PDFs, ${pages} pages`];
    lines.push(`  nomen (pdf.js + layout + paragraphs)  ${(pages / ours).toFixed(1)} pages/s  (${ours.toFixed(2)} s)`);
    if (!(await hasPdftotext())) {
      lines.push('  pdftotext not found (apt-get install poppler-utils): no comparison');
      return lines;
    }
    const t1 = performance.now();
    for (const f of files) await run('pdftotext', ['-layout', f, '-']);
    const poppler = (performance.now() - t1) / 1000;
    lines.push(`  poppler pdftotext -layout              ${(pages / poppler).toFixed(1)} pages/s  (${poppler.toFixed(2)} s, one process per file)`);
    lines.push(`  ratio nomen / poppler                  ${(poppler / ours).toFixed(2)}`);
    return lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--files');
  benchPdf(i > 0 ? Number(process.argv[i + 1]) : 20)
    .then((lines) => process.stdout.write(lines.join('\n') + '\n'))
    .catch((e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    });
}
