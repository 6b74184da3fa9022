/**
 * `npm run bench`: the figures of issue 13 on this machine, each next to its
 * reference measured in the same run. A plain script (not a test): it
 * prints numbers, it asserts nothing.
 *
 *   npm run bench -- [--history N[,M…]] [--runs K] [--sections parse,startup,pdf,builds,replay]
 *
 * --history N  size of the decree history for the second set of builds
 *              (default 1500): the real decrees of ../shared/corpus, then
 *              copies of them under new NUMACs (scripts/bench/history.ts);
 *              several sizes (`1500,5000`) build each, and the table gives
 *              the growth of peak memory from the first to the others
 * --runs K     runs per figure, medians printed (default 5, or $BENCH_RUNS)
 * --sections   a subset, in any order (default all but replay)
 *
 * Builds run `node dist/cli/main.js build` as a child process per build
 * (peak RSS is the child's own): dist/ must be up to date (`npm run build`);
 * NOMEN_BENCH_DIST=path/to/dist measures another build of nomen instead.
 * The machine's load average is printed before and after: on shared cores
 * wall times are noisy, CPU times less so.
 */
// the in-process figures (parse, replay) run under the CLI's V8 settings, as `nomen` itself does
import '../src/cli/v8-tuning.js';
import { loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchIncremental } from './bench-replay.js';
import { benchPdf, type PdfFigures } from './bench-pdf.js';
import { benchBuilds, type BuildFigures } from './bench/builds.js';
import { cliPath, distIsStale, repo, timeCommand } from './bench/child.js';
import { history, realDecrees } from './bench/history.js';
import { benchParse, type ParseFigures } from './bench/parse.js';
import { fmt, median, spread } from './bench/stats.js';
import { summary } from './bench/summary.js';

const SECTIONS = ['parse', 'startup', 'pdf', 'builds', 'replay'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: { history: { type: 'string' }, runs: { type: 'string' }, sections: { type: 'string' } },
});
const historySizes = String(values.history ?? 1500).split(',').map(Number);
const runs = Math.max(1, Number(values.runs ?? process.env.BENCH_RUNS ?? 5));
const sections = (values.sections?.split(',') ?? SECTIONS.filter((s) => s !== 'replay')) as Section[];
for (const s of sections) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s} (${SECTIONS.join(', ')})`);
if (historySizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--history takes positive numbers of decrees (N or N,M,…)');

const corpusDir = resolve(repo, '../shared/corpus');
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

async function main(): Promise<void> {
  console.log(`nomen bench: node ${process.version}, ${cpus().length} cores, ${runs} runs per figure (medians), load average ${load()}`);
  const stale = distIsStale();
  if (stale && (sections.includes('builds') || sections.includes('startup'))) {
    throw new Error(`${stale}: run \`npm run build\` first (builds and start-up are measured on dist/)`);
  }
  const reals = realDecrees(corpusDir);
  const figures: { parse?: ParseFigures; startup?: { node: number[]; npx: number[] }; pdf?: PdfFigures; builds: BuildFigures[] } = { builds: [] };

  for (const section of sections) {
    if (section === 'parse') {
      console.log('\nparse (in process, one core)');
      const paths = reals.map((d) => join(corpusDir, d.name));
      figures.parse = benchParse(paths, reals.reduce((n, d) => n + Buffer.byteLength(d.text), 0), runs);
      for (const l of figures.parse.lines) console.log(`  ${l}`);
    } else if (section === 'startup') {
      console.log('\nstart-up (`--version`)');
      const node: number[] = [];
      const npx: number[] = [];
      // warm-up: npx's first call in a while fills its own caches
      timeCommand('npx', ['--no-install', 'nomen', '--version']);
      for (let r = 0; r < runs; r++) {
        node.push(timeCommand(process.execPath, [cliPath, '--version']));
        npx.push(timeCommand('npx', ['--no-install', 'nomen', '--version']));
      }
      figures.startup = { node, npx };
      console.log(`  node dist/cli/main.js --version: ms ${spread(node)}`);
      console.log(`  npx nomen --version: ms ${spread(npx)}`);
    } else if (section === 'pdf') {
      console.log('\nPDF ingestion next to poppler pdftotext -layout');
      figures.pdf = await benchPdf(20, runs);
      for (const l of figures.pdf.lines) console.log(`  ${l}`);
    } else if (section === 'builds') {
      for (const size of [...new Set([reals.length, ...historySizes])]) {
        const decrees = history(reals, size);
        console.log(`\nbuilds of ${size === reals.length ? 'the real corpus' : 'a history'} (${size} decrees; child process per build)`);
        // add-one copies are numbered after the history's own
        const b = benchBuilds(decrees, reals, Math.max(1, size - reals.length + 1), runs, (l) => console.log(l));
        figures.builds.push(b);
        for (const l of b.lines) console.log(`  ${l}`);
      }
    } else if (section === 'replay') {
      console.log('\nreplay: incremental after adding one decree vs full (in process)');
      for (const l of await benchIncremental()) console.log(`  ${l}`);
    }
  }

  console.log(`\nload average after: ${load()}`);
  console.log('\n' + summary(figures, fmt, median).join('\n'));
}

await main();
