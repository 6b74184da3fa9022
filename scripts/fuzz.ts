/**
 * npm run fuzz -- [--runs N] [--family NAME[,NAME]] [--seed S] [--hang-ms MS] [--save DIR] [--json]
 *
 * Fuzzes the whole pipeline (parseBytes: ingest → structure → extract →
 * schema) with the families of scripts/fuzz/families.ts, over the decrees of
 * ../shared/corpus and PDFs rendered from them. N cases are spread over the
 * families. Each family runs in fresh child processes: a case not answered
 * within --hang-ms (default 10 s) is a hang (the child is killed), a child
 * that dies is a crash, an `internal` error or any other exception is a
 * crash, a document failing its schema is a schema failure. Prints per
 * family the counts, the refusals by code, the slowest case and the peak
 * memory (maxRSS of its children). Failing inputs are saved under --save
 * (default $TMPDIR/nomen-fuzz). Exit 1 when anything crashed, hung or failed
 * its schema.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAMILIES, makeCase, type Bases } from './fuzz/families.js';
import type { Outcome } from './fuzz/child.js';
import { moniteurPdf } from './pdf-fixtures/moniteur.js';
import { manyPagesPdf } from './pdf-fixtures/bad.js';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1100' },
    family: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'hang-ms': { type: 'string', default: '10000' },
    save: { type: 'string', default: join(tmpdir(), 'nomen-fuzz') },
    json: { type: 'boolean', default: false },
    jobs: { type: 'string', default: '2' },
  },
});
const runs = Number(values.runs);
const seed0 = Number(values.seed);
const hangMs = Number(values['hang-ms']);
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
  schemaFail: number;
  droppedFacts: number;
  slowestMs: number;
  peakRssMb: number;
}

class Child {
  private proc: ChildProcess;
  private ready: Promise<void>;
  private pending = new Map<number, (m: Record<string, unknown>) => void>();
  private next = 1;
  dead: string | null = null;

  constructor() {
    this.proc = fork(join(repo, 'scripts/fuzz/child.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.proc.stderr?.resume();
    this.ready = new Promise((r) => this.proc.once('message', () => r()));
    this.proc.on('message', (m: Record<string, unknown>) => {
      const cb = this.pending.get(m.id as number);
      if (cb) {
        this.pending.delete(m.id as number);
        cb(m);
      }
    });
    this.proc.on('exit', (code, signal) => {
      this.dead = `child exited (${signal ?? code})`;
      for (const cb of this.pending.values()) cb({ dead: this.dead });
      this.pending.clear();
    });
  }

  async ask(msg: Record<string, unknown>, timeoutMs: number): Promise<Record<string, unknown> | 'timeout'> {
    await this.ready;
    if (this.dead) return { dead: this.dead };
    const id = this.next++;
    return new Promise((resolveAnswer) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolveAnswer('timeout');
      }, timeoutMs);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        resolveAnswer(m);
      });
      this.proc.send({ id, ...msg });
    });
  }

  kill(): void {
    this.proc.kill('SIGKILL');
  }
}

async function fuzzFamily(family: string, count: number, bases: Bases, bombCache: Map<string, Buffer>): Promise<Tally> {
  const t: Tally = { cases: 0, ok: 0, refused: {}, crash: 0, hang: 0, schemaFail: 0, droppedFacts: 0, slowestMs: 0, peakRssMb: 0 };
  let child = new Child();
  const retire = async (c: Child) => {
    const m = await c.ask({ done: true }, 5000);
    if (m !== 'timeout' && typeof m.maxRssKb === 'number') t.peakRssMb = Math.max(t.peakRssMb, Math.round(m.maxRssKb / 1024));
    c.kill();
  };
  for (let i = 0; i < count; i++) {
    const seed = seed0 * 1_000_003 + i;
    // bombs are expensive to make and few: made once per seed class
    const c = makeCached(family, seed, bases, bombCache);
    const answer = await child.ask({ name: c.name, bytes: c.bytes }, hangMs);
    t.cases++;
    const save = (why: string, detail = '') => {
      mkdirSync(values.save!, { recursive: true });
      writeFileSync(join(values.save!, `${why}-${c.name}`), c.bytes);
      if (detail) writeFileSync(join(values.save!, `${why}-${c.name}.txt`), detail);
    };
    if (answer === 'timeout' || 'dead' in answer) {
      if (answer === 'timeout') t.hang++;
      else t.crash++;
      save(answer === 'timeout' ? 'hang' : 'crash', answer === 'timeout' ? '' : String(answer.dead));
      child.kill();
      child = new Child();
      continue;
    }
    const o = answer as unknown as Outcome;
    t.slowestMs = Math.max(t.slowestMs, o.ms);
    t.droppedFacts += o.droppedFacts;
    if (o.outcome === 'ok') t.ok++;
    else if (o.outcome === 'refused') t.refused[o.code] = (t.refused[o.code] ?? 0) + 1;
    else if (o.outcome === 'crash') (t.crash++, save('crash', o.detail));
    else (t.schemaFail++, save('schema', o.detail));
  }
  await retire(child);
  return t;
}

function makeCached(family: string, seed: number, bases: Bases, cache: Map<string, Buffer>) {
  if (family !== 'deflate-bombs') return makeCase(family, seed, bases);
  const c = makeCase(family, seed % 12, bases); // 12 distinct bombs, reused
  const key = c.name;
  if (!cache.has(key)) cache.set(key, c.bytes);
  return { name: `${family}-${seed}.pdf`, bytes: cache.get(key)! };
}

const bases = await loadBases();
const per = Math.max(1, Math.floor(runs / families.length));
const results: Record<string, Tally> = {};
const started = Date.now();
// families run side by side, `--jobs` at a time, each in its own children
const queue = [...families.entries()];
await Promise.all(
  Array.from({ length: Math.max(1, Number(values.jobs)) }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [k, f] = item;
      const count = per + (k < runs - per * families.length ? 1 : 0);
      results[f] = await fuzzFamily(f, count, bases, new Map());
      if (!values.json) {
        const r = results[f];
        const refused = Object.entries(r.refused).map(([c, n]) => `${c} ${n}`).join(', ') || '-';
        console.log(`${f.padEnd(16)} cases ${String(r.cases).padStart(6)}  ok ${String(r.ok).padStart(6)}  crash ${r.crash}  hang ${r.hang}  schema ${r.schemaFail}  dropped-facts ${r.droppedFacts}  slowest ${r.slowestMs} ms  peak ${r.peakRssMb} MB  refused: ${refused}`);
      }
    }
  }),
);
const total = Object.values(results).reduce((n, r) => n + r.cases, 0);
const bad = Object.values(results).reduce((n, r) => n + r.crash + r.hang + r.schemaFail, 0);
if (values.json) console.log(JSON.stringify({ total, bad, seconds: Math.round((Date.now() - started) / 1000), families: results }));
else console.log(`${total} cases in ${Math.round((Date.now() - started) / 1000)} s: ${bad} crashes, hangs or schema failures${bad ? ` (inputs in ${values.save})` : ''}`);
process.exit(bad ? 1 : 0);
