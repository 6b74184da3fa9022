/**
 * The closing table: every row of issue 13, measured in this run, next to
 * the starting figure the issue quotes and its goal.
 */
import type { PdfFigures } from '../bench-pdf.js';
import type { BuildFigures } from './builds.js';
import type { ParseFigures } from './parse.js';
import { MiB } from './stats.js';

interface Figures {
  parse?: ParseFigures;
  startup?: { node: number[]; npx: number[] };
  pdf?: PdfFigures;
  builds: BuildFigures[];
}

export function summary(f: Figures, fmt: (n: number) => string, median: (xs: number[]) => number): string[] {
  const rows: [string, string, string, string][] = [];
  const med = (xs: number[]) => median(xs);
  for (const b of f.builds) {
    const n = b.decrees;
    rows.push([
      `cold build, ${n} decrees (parse + replay + all outputs)`,
      `${fmt(med(b.cold.map((x) => x.wallMs / 1000)))} s wall, ${fmt(med(b.cold.map((x) => x.cpuMs / 1000)))} s CPU`,
      n >= 1000 ? '≈ 32–58 s wall, ≈ 31–38 s CPU (1,500)' : '',
      n >= 1000 ? '< 3 s (≤ 6 s first)' : '',
    ]);
    rows.push([`warm build (nothing changed), ${n}`, `${fmt(med(b.warm.map((x) => x.wallMs / 1000)))} s wall`, '', '']);
    rows.push([`add one decree to a built history of ${n} (in force mid-history)`, `${fmt(med(b.addOne.map((x) => x.wallMs / 1000)))} s wall`, n >= 1000 ? '9.3 s (1,500)' : '', '< 0.5 s']);
    rows.push([`add the newest decree to a built history of ${n}`, `${fmt(med(b.addNewest.map((x) => x.wallMs / 1000)))} s wall`, '', '< 0.5 s']);
    rows.push([
      `peak memory, ${n} (cold build)`,
      `${fmt(med(b.cold.map((x) => x.maxRssMiB)))} MiB`,
      n >= 1000 ? '590 MiB (1,500)' : '',
      '< 300 MB, flat in the history size',
    ]);
    rows.push([
      `output written for ${n}`,
      `${fmt(b.outputBytes / MiB)} MiB (${fmt(b.outputBytes / b.inputBytes)}× the input; + ${fmt(b.cacheBytes / MiB)} MiB cache)`,
      n >= 1000 ? '315 MB (27× the input) (1,500)' : '',
      'a few × the input',
    ]);
  }
  // the goal's second half: peak memory at a longer history against the first one measured (1,500 by default)
  const histories = f.builds.filter((b) => b.decrees >= 1000);
  const peak = (b: BuildFigures) => med(b.cold.map((x) => x.maxRssMiB));
  for (const b of histories.slice(1)) {
    const first = histories[0];
    rows.push([
      `peak memory, ${b.decrees} against ${first.decrees} (cold builds)`,
      `${fmt(peak(b))} against ${fmt(peak(first))} MiB: ${peak(b) >= peak(first) ? '+' : ''}${fmt((100 * (peak(b) - peak(first))) / peak(first))} %`,
      '≈ 4 GiB at 15,000 (590 MiB at 1,500)',
      'not more than 20 % higher at 5,000 than at 1,500',
    ]);
  }
  if (f.parse) {
    rows.push([
      'parse throughput (markdown corpus, one core)',
      `${fmt(f.parse.parseMBps)} MB/s of CPU (${fmt(f.parse.parseMBps / f.parse.floorMBps)}× the read + code-regex floor of ${fmt(f.parse.floorMBps)} MB/s)`,
      '0.2–0.5 MB/s',
      '≥ 5 MB/s per core',
    ]);
  }
  if (f.startup) {
    rows.push(['`npx nomen --version`', `${fmt(med(f.startup.npx) / 1000)} s`, '1.0 s', '']);
    rows.push(['`node dist/cli/main.js --version`', `${fmt(med(f.startup.node) / 1000)} s`, '0.42 s', '< 0.15 s for the binary']);
  }
  if (f.pdf) {
    rows.push([
      'PDF ingestion next to `pdftotext -layout`',
      f.pdf.popplerPagesPerS === null ? `${fmt(f.pdf.pagesPerS)} pages/s (pdftotext not installed)` : `${fmt(f.pdf.pagesPerS / f.pdf.popplerPagesPerS)}× its pages/s (wall)`,
      '0.17×',
      '≥ 0.5×',
    ]);
  }
  const head: [string, string, string, string] = ['what', 'measured now', 'starting figure (issue 13)', 'goal'];
  return ['| ' + head.join(' | ') + ' |', '|---|---|---|---|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')];
}
