/**
 * npm run fuzz -- [--runs N] [--family NAME[,NAME]] [--seed S] [--jobs J]
 *   [--hang-ms MS] [--hang-wall-ms MS] [--mem-mb MB] [--save DIR] [--json]
 *   [--snapshot FILE] [--progress-s S]
 *
 * Fuzzes the whole pipeline (parseBytes: ingest → structure → extract →
 * schema) with the families of scripts/fuzz/families.ts, over the decrees of
 * ../shared/corpus and PDFs rendered from them. N cases are spread over the
 * families; case i of a family is the same input for the same --seed.
 *
 * Each family has one long-lived child (watched-child.ts) that runs case
 * after case and is replaced only when a case kills it; `--jobs` families
 * run at a time (default 2: both cores), by chunks of 10 cases, each job
 * taking next the free family furthest behind. A
 * case using more than --hang-ms of CPU (default 10 s), or --hang-wall-ms of
 * wall time whatever the load (default 300 s), is a hang (the PDF
 * reader's own wall-clock limit is lifted in the children, so that load
 * cannot turn a slow PDF into a pdf-timeout refusal); a child above
 * --mem-mb of RSS (default 1024) is a memory overrun; either way the child
 * is killed. A child that dies, an `internal` error or any other exception
 * is a crash; a document failing its schema is a schema failure. Prints per
 * family the counts, the refusals by code, the slowest case (CPU) and the
 * peak memory (the highest RSS of its children). Failing inputs are saved
 * under --save (default $TMPDIR/nomen-fuzz). Families advance together, so a run
 * stopped early (SIGINT/SIGTERM: the table so far is
 * printed) has covered every family in proportion; --snapshot writes the
 * table as JSON every --progress-s seconds. Exit 1 when anything crashed,
 * hung, overran memory or failed its schema.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAMILIES, makeCase, type Bases } from './fuzz/families.js';
import { WatchedChild, type Answer, type Watch } from './fuzz/watched-child.js';
import { moniteurPdf } from './pdf-fixtures/moniteur.js';
import { manyPagesPdf } from './pdf-fixtures/bad.js';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1100' },
    family: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'hang-ms': { type: 'string', default: '10000' },
    'hang-wall-ms': { type: 'string', default: '300000' },
    'mem-mb': { type: 'string', default: '1024' },
    save: { type: 'string', default: join(tmpdir(), 'nomen-fuzz') },
    json: { type: 'boolean', default: false },
    jobs: { type: 'string', default: '2' },
    snapshot: { type: 'string' },
    'progress-s': { type: 'string', default: '60' },
  },
});
const runs = Number(values.runs);
const seed0 = Number(values.seed);
const watch: Watch = { hangCpuMs: Number(values['hang-ms']), hangWallMs: Number(values['hang-wall-ms']), memMb: Number(values['mem-mb']) };
const families = values.family ? values.family.split(',') : Object.keys(FAMILIES);
for (const f of families) if (!FAMILIES[f]) throw new Error(`unknown family ${f}; families: ${Object.keys(FAMILIES).join(', ')}`);

async function loadBases(): Promise<Bases> {
  const dir = resolve(repo, '../shared/corpus');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => join(dir, n));
  } catch {
    files = readdirSync(join(repo, 'corpus')).map((n) => join(repo, 'corpus', n));
  }
  const texts = files.map((f) => readFileSync(f));
  const decrees = texts.filter((t) => /\*\*(?:Article|Art\.)\s/.test(t.toString('utf8')));
  const pdfs: Buffer[] = [await manyPagesPdf(2)];
  for (const t of [decrees[0], decrees[Math.floor(decrees.length / 2)], decrees[decrees.length - 1]]) if (t) pdfs.push(await moniteurPdf(t.toString('utf8')));
  return { texts, pdfs };
}

interface Tally {
  cases: number;
  ok: number;
  refused: Record<string, number>;
  crash: number;
  hang: number;
  /** RSS over --mem-mb */
  memory: number;
  schemaFail: number;
  droppedFacts: number;
  /** CPU ms of all its cases */
  cpuMs: number;
  slowestMs: number;
  slowestCase: string;
  peakRssMb: number;
  /** children started */
  children: number;
}

const tally = (): Tally => ({ cases: 0, ok: 0, refused: {}, crash: 0, hang: 0, memory: 0, schemaFail: 0, droppedFacts: 0, cpuMs: 0, slowestMs: 0, slowestCase: '', peakRssMb: 0, children: 0 });

/** One family's progress and its long-lived child (at most one chunk of a family runs at a time). */
interface Lane {
  family: string;
  next: number;
  count: number;
  child: WatchedChild | null;
  busy: boolean;
}

/** Cases a job runs of one family before it looks again for the family furthest behind. */
const CHUNK = 10;

function lanes(): Lane[] {
  const per = Math.floor(runs / families.length);
  return families.map((family, k) => ({ family, next: 0, count: per + (k < runs - per * families.length ? 1 : 0), child: null, busy: false }));
}

const bases = await loadBases();
const work = lanes();
const results: Record<string, Tally> = Object.fromEntries(families.map((f) => [f, tally()]));
const started = Date.now();
const seconds = () => Math.round((Date.now() - started) / 1000);

function save(family: string, seed: number, why: string, detail = ''): void {
  const c = makeCase(family, seed, bases);
  mkdirSync(values.save!, { recursive: true });
  writeFileSync(join(values.save!, `${why}-${c.name}`), c.bytes);
  if (detail) writeFileSync(join(values.save!, `${why}-${c.name}.txt`), detail);
}

function record(t: Tally, family: string, seed: number, a: Answer): void {
  t.cases++;
  t.peakRssMb = Math.max(t.peakRssMb, Math.round(a.peakKb / 1024));
  if (a.kind === 'hang') {
    t.hang++;
    t.cpuMs += a.cpuMs;
    save(family, seed, 'hang', `killed after ${Math.round(a.cpuMs)} ms CPU, ${a.wallMs} ms wall`);
  } else if (a.kind === 'memory') {
    t.memory++;
    save(family, seed, 'memory', `killed at ${Math.round(a.rssKb / 1024)} MB RSS`);
  } else if (a.kind === 'crash') {
    t.crash++;
    save(family, seed, 'crash', a.why);
  } else {
    const o = a.outcome;
    t.cpuMs += o.cpuMs;
    if (o.cpuMs > t.slowestMs) (t.slowestMs = o.cpuMs), (t.slowestCase = `${family}-${seed}`);
    t.droppedFacts += o.droppedFacts;
    if (a.peakKb > watch.memMb * 1024) (t.memory++, save(family, seed, 'memory', `peak RSS ${Math.round(a.peakKb / 1024)} MB`));
    if (o.outcome === 'ok') t.ok++;
    else if (o.outcome === 'refused') t.refused[o.code] = (t.refused[o.code] ?? 0) + 1;
    else if (o.outcome === 'crash') (t.crash++, save(family, seed, 'crash', o.detail));
    else (t.schemaFail++, save(family, seed, 'schema', o.detail));
  }
}

/** The free lane furthest behind (as a share of its cases), so that every family advances together. */
function pick(all: Lane[]): Lane | null {
  let best: Lane | null = null;
  for (const l of all) if (!l.busy && l.next < l.count && (!best || l.next / l.count < best.next / best.count)) best = l;
  return best;
}

/** Run the next chunk of a lane in its child, started (again) when it has none. */
async function runChunk(l: Lane): Promise<void> {
  const t = results[l.family];
  const end = Math.min(l.count, l.next + CHUNK);
  for (; l.next < end && !stopping; l.next++) {
    if (!l.child) (l.child = await WatchedChild.start(join(repo, 'scripts/fuzz'), bases)), t.children++;
    const seed = seed0 * 1_000_003 + l.next;
    const a = await l.child.run(l.family, seed, watch);
    record(t, l.family, seed, a);
    // a child over the memory budget is replaced too: its peak would be charged to the next cases
    if (l.child.dead || a.peakKb > watch.memMb * 1024) (l.child.kill(), (l.child = null));
  }
  if (l.next >= l.count) (l.child?.kill(), (l.child = null));
}

const bad = () => Object.values(results).reduce((n, r) => n + r.crash + r.hang + r.memory + r.schemaFail, 0);
const total = () => Object.values(results).reduce((n, r) => n + r.cases, 0);
const report = () => ({ total: total(), bad: bad(), seconds: seconds(), casesPerSecond: Number((total() / Math.max(1, (Date.now() - started) / 1000)).toFixed(2)), families: results });

function snapshot(): void {
  if (!values.snapshot) return;
  writeFileSync(`${values.snapshot}.tmp`, JSON.stringify(report(), null, 1));
  renameSync(`${values.snapshot}.tmp`, values.snapshot);
}

function printTable(): void {
  const r = report();
  if (values.json) return void console.log(JSON.stringify(r));
  for (const [f, t] of Object.entries(results)) {
    const refused = Object.entries(t.refused).map(([c, n]) => `${c} ${n}`).join(', ') || '-';
    const mean = t.cases ? Math.round(t.cpuMs / t.cases) : 0;
    console.log(`${f.padEnd(16)} cases ${String(t.cases).padStart(6)}  ok ${String(t.ok).padStart(6)}  crash ${t.crash}  hang ${t.hang}  memory ${t.memory}  schema ${t.schemaFail}  dropped-facts ${t.droppedFacts}  cpu mean ${mean} ms  slowest ${t.slowestMs} ms  peak ${t.peakRssMb} MB  children ${t.children}  refused: ${refused}`);
  }
  console.log(`${r.total} cases in ${r.seconds} s (${r.casesPerSecond} cases/s): ${r.bad} crashes, hangs, memory overruns or schema failures${r.bad ? ` (inputs in ${values.save})` : ''}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    for (const l of work) l.child?.kill();
    console.log(`stopped by ${signal} after ${total()} of ${runs} cases`);
    snapshot();
    printTable();
    process.exit(bad() ? 1 : 3);
  });
}
const ticker = setInterval(() => {
  snapshot();
  if (!values.json) process.stderr.write(`fuzz: ${total()} of ${runs} cases, ${seconds()} s, ${bad()} bad\n`);
}, Number(values['progress-s']) * 1000);

await Promise.all(
  Array.from({ length: Math.max(1, Number(values.jobs)) }, async () => {
    for (let l = pick(work); l && !stopping; l = pick(work)) {
      l.busy = true;
      await runChunk(l);
      l.busy = false;
    }
  }),
);
clearInterval(ticker);
snapshot();
printTable();
process.exit(bad() ? 1 : 0);
