/**
 * Pages per second of our PDF ingestion (pdf.js → lines → columns →
 * paragraphs) next to poppler's `pdftotext -layout` on the same generated
 * Moniteur PDFs, medians of several runs. poppler is optional (Debian:
 * poppler-utils): without `pdftotext` only our numbers are printed.
 * Both are timed by the wall clock and by CPU (ours: this process with its
 * pdf.js worker thread; poppler: its child processes).
 *
 *   npx tsx scripts/bench-pdf.ts [--files N] [--runs K]
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeSourceFile } from '../src/source/decode.js';
import { ingestPdf } from '../src/source/pdf/index.js';
import { moniteurPdf } from './pdf-fixtures/moniteur.js';
import { childCpuMs, cpuMs, fmt, median, spread } from './bench/stats.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface PdfFigures {
  lines: string[];
  pagesPerS: number;
  /** null without pdftotext */
  popplerPagesPerS: number | null;
}

export async function benchPdf(fileCount = 20, runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))): Promise<PdfFigures> {
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
    await ingestPdf(makeSourceFile(files[0], bytes[0])); // warm-up: pdf.js loaded in its worker
    const ours = { wall: [] as number[], cpu: [] as number[] };
    for (let r = 0; r < runs; r++) {
      pages = 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < files.length; i++) pages += (await ingestPdf(makeSourceFile(files[i], bytes[i]))).layout.pages.length;
      ours.wall.push(performance.now() - t0);
      ours.cpu.push(cpuMs(c0));
    }
    const pagesPerS = pages / (median(ours.wall) / 1000);
    const lines = [
      `${files.length} generated Moniteur PDFs, ${pages} pages`,
      `nomen (pdf.js + layout + paragraphs): ${fmt(pagesPerS)} pages/s wall, ${fmt(pages / (median(ours.cpu) / 1000))} pages/s of CPU; wall ms ${spread(ours.wall)}`,
    ];
    if (!hasPdftotext()) {
      lines.push('pdftotext not found (Debian: apt-get install poppler-utils): no comparison');
      return { lines, pagesPerS, popplerPagesPerS: null };
    }
    const poppler = { wall: [] as number[], cpu: [] as (number | null)[] };
    for (let r = 0; r < runs; r++) {
      const c0 = childCpuMs();
      const t0 = performance.now();
      for (const f of files) execFileSync('pdftotext', ['-layout', f, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
      poppler.wall.push(performance.now() - t0);
      const c1 = childCpuMs();
      poppler.cpu.push(c0 === null || c1 === null ? null : c1 - c0);
    }
    const popplerPagesPerS = pages / (median(poppler.wall) / 1000);
    const popCpu = poppler.cpu.every((c) => c !== null) ? median(poppler.cpu as number[]) : null;
    lines.push(
      `poppler pdftotext -layout (one process per file): ${fmt(popplerPagesPerS)} pages/s wall` +
        (popCpu ? `, ${fmt(pages / (popCpu / 1000))} pages/s of CPU` : '') +
        `; wall ms ${spread(poppler.wall)}`,
    );
    lines.push(
      `nomen / poppler: ${fmt(pagesPerS / popplerPagesPerS)}× by wall` + (popCpu ? `, ${fmt(popCpu / median(ours.cpu))}× by CPU` : ''),
    );
    return { lines, pagesPerS, popplerPagesPerS };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { files: { type: 'string' }, runs: { type: 'string' } } });
  benchPdf(Number(values.files ?? 20), values.runs ? Number(values.runs) : undefined)
    .then((f) => process.stdout.write(f.lines.join('\n') + '\n'))
    .catch((e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    });
}
