/**
 * `npm run bench`: throughput of the pipeline on the real decrees of
 * ../shared/corpus and the seeds. A plain script (not a test): it prints
 * numbers, it asserts nothing. Each section is a function in `sections`;
 * add PDF or incremental-rebuild sections there.
 *
 *   BENCH_RUNS=7 npm run bench      (runs per section, default 5; medians are printed)
 */
import { benchIncremental } from './bench-replay.js';
import { benchPdf } from './bench-pdf.js';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../src/commands/build.js';
import { parseSource } from '../src/pipeline/parse.js';
import { makeSourceFile } from '../src/source/decode.js';
import type { SourceFile } from '../src/source/types.js';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const sharedCorpus = resolve(repo, '../shared/corpus');
const seeds = join(repo, 'corpus');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

/** What every section gets: the text inputs, already read into memory. */
interface BenchContext {
  texts: SourceFile[];
  runs: number;
}

interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<string[]>;
}

export const sections: BenchSection[] = [
  { name: 'parse (text formats, in memory)', run: benchParse },
  { name: 'build (cold: no cache, all files, writing out/)', run: benchBuild },
  { name: 'incremental rebuild after adding one decree vs full rebuild', run: () => benchIncremental() },
  { name: 'PDF ingestion (pages/s) next to poppler pdftotext -layout', run: () => benchPdf() },
];

async function benchParse({ texts, runs }: BenchContext): Promise<string[]> {
  const bytes = texts.reduce((n, s) => n + s.bytes.length, 0);
  const times: number[] = [];
  let failed = 0;
  parseAll(texts); // warm-up: JIT, lazy imports
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    failed = parseAll(texts);
    times.push(performance.now() - t0);
  }
  const s = median(times) / 1000;
  return [
    `${texts.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${failed} failed`,
    `median ${fmt(s * 1000)} ms per pass (runs: ${times.map((t) => fmt(t)).join(', ')})`,
    `${fmt(texts.length / s)} documents/s, ${fmt(bytes / 1e6 / s)} MB/s`,
  ];
}

function parseAll(texts: SourceFile[]): number {
  let failed = 0;
  for (const source of texts) {
    try {
      parseSource(source);
    } catch {
      failed++;
    }
  }
  return failed;
}

async function benchBuild({ texts, runs }: BenchContext): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'nomen-bench-'));
  try {
    const input = join(tmp, 'in');
    for (const t of texts) cpSync(t.path, join(input, t.path.startsWith(seeds) ? 'seeds' : 'corpus', t.path.split('/').pop()!));
    const quiet = { stdout: () => {}, stderr: () => {}, isTTY: false };
    const times: number[] = [];
    let result: Awaited<ReturnType<typeof buildCorpus>> | null = null;
    for (let r = 0; r < runs; r++) {
      const out = join(tmp, `out-${r}`);
      const t0 = performance.now();
      result = await buildCorpus({ dir: input, out, io: quiet, cache: false });
      times.push(performance.now() - t0);
    }
    const s = median(times) / 1000;
    return [
      `${result!.files} files → ${result!.documents.length} documents, ${result!.errors.length} failed`,
      `median ${fmt(s * 1000)} ms per build (runs: ${times.map((t) => fmt(t)).join(', ')})`,
      `${fmt(result!.files / s)} files/s`,
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function readTexts(): SourceFile[] {
  const files = [
    ...readdirSync(sharedCorpus).filter((n) => n.endsWith('.md')).sort().map((n) => join(sharedCorpus, n)),
    ...readdirSync(seeds).sort().map((n) => join(seeds, n)),
  ];
  return files.map((p) => makeSourceFile(p, readFileSync(p)));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

async function main(): Promise<void> {
  const ctx: BenchContext = { texts: readTexts(), runs: RUNS };
  console.log(`nomen bench: node ${process.version}, ${RUNS} runs per section`);
  for (const section of sections) {
    console.log(`\n${section.name}`);
    for (const line of await section.run(ctx)) console.log(`  ${line}`);
  }
}

await main();
