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
 * Each family's cases are cut into shards; `--jobs` shards run at a time
 * (default 2: both cores), each in one long-lived child (watched-child.ts)
 * that runs case after case and is replaced only when a case kills it. A
 * case using more than --hang-ms of CPU (default 10 s), or --hang-wall-ms of
 * wall time whatever the load (default 300 s), is a hang (the PDF
 * reader's own wall-clock limit is lifted in the children, so that load
 * cannot turn a slow PDF into a pdf-timeout refusal); a child above
 * --mem-mb of RSS (default 1024) is a memory overrun; either way the child
 * is killed. A child that dies, an `internal` error or any other exception
 * is a crash; a document failing its schema is a schema failure. Prints per
 * family the counts, the refusals by code, the slowest case (CPU) and the
 * peak memory (the highest RSS of its children). Failing inputs are saved
 * under --save (default $TMPDIR/nomen-fuzz). Shards are taken in step across
 * the families, so a run stopped early (SIGINT/SIGTERM: the table so far is
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

/** A run of consecutive cases of one family, for one child. */
interface Shard {
  family: string;
  from: number;
  to: number;
}

/** Rough CPU ms of one case, to size the shards (each about a minute of work). */
const COST_MS: Record<string, number> = { 'deflate-bombs': 1200, 'many-articles': 600, 'deep-nesting': 320, 'operator-floods': 300, 'xref-damage': 140, 'huge-lines': 80, 'byte-flips': 50 };
const SHARD_MS = 60_000;

function shards(): Shard[] {
  const per = Math.floor(runs / families.length);
  const all: (Shard & { at: number })[] = [];
  families.forEach((family, k) => {
    const count = per + (k < runs - per * families.length ? 1 : 0);
    const n = Math.max(1, Math.min(count, Math.ceil((count * (COST_MS[family] ?? 30)) / SHARD_MS)));
    for (let s = 0; s < n; s++) {
      const from = Math.floor((count * s) / n);
      const to = Math.floor((count * (s + 1)) / n);
      // taken in order of how far into its family a shard is: every family advances together
      if (to > from) all.push({ family, from, to, at: (s + 0.5) / n - (COST_MS[family] ?? 30) * 1e-9 });
    }
  });
  return all.sort((a, b) => a.at - b.at);
}

const bases = await loadBases();
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

/** the children at work, killed when the run is stopped */
const live = new Set<WatchedChild>();

async function runShard(s: Shard): Promise<void> {
  const t = results[s.family];
  let child: WatchedChild | null = null;
  for (let i = s.from; i < s.to && !stopping; i++) {
    if (!child) (child = await WatchedChild.start(join(repo, 'scripts/fuzz'), bases)), t.children++, live.add(child);
    const seed = seed0 * 1_000_003 + i;
    const a = await child.run(s.family, seed, watch);
    record(t, s.family, seed, a);
    // a child over the memory budget is replaced too: its peak would be charged to the next cases
    if (child.dead || a.peakKb > watch.memMb * 1024) (child.kill(), live.delete(child), (child = null));
  }
  if (child) (child.kill(), live.delete(child));
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
    for (const c of live) c.kill();
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

const queue = shards();
await Promise.all(
  Array.from({ length: Math.max(1, Number(values.jobs)) }, async () => {
    for (let s = queue.shift(); s && !stopping; s = queue.shift()) await runShard(s);
  }),
);
clearInterval(ticker);
snapshot();
printTable();
process.exit(bad() ? 1 : 0);
