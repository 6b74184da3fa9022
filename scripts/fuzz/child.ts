/**
 * One long-lived fuzz worker process, for one family: it receives the base
 * inputs once, then case numbers (IPC, advanced serialization), makes each
 * case itself (families are deterministic, so the parent makes the bytes
 * again only for a case it must save) and answers how it went, with the
 * process' peak RSS so far. The parent watches its CPU time and memory and
 * kills it on a hang or a memory overrun; a case that kills it is a crash.
 */
import { parseBytes } from '../../src/pipeline/parse.js';
import { NomenclatureDocument } from '../../src/schema/document.js';
import { SourceError } from '../../src/source/types.js';
import { makeCase, type Bases } from './families.js';

export interface Outcome {
  outcome: 'ok' | 'refused' | 'crash' | 'schema-fail';
  code: string;
  detail: string;
  /** wall time of the parse, ms */
  ms: number;
  /** CPU time of the parse (all threads of this process), ms */
  cpuMs: number;
  droppedFacts: number;
}

export type ToChild = { bases: Bases } | { id: number; family: string; seed: number };
export type FromChild = { ready: true } | ({ id: number; maxRssKb: number } & Outcome);

async function run(name: string, bytes: Uint8Array): Promise<Omit<Outcome, 'ms' | 'cpuMs'>> {
  try {
    // the PDF reader's wall-clock limit is lifted: under load it would refuse a slow case
    // (pdf-timeout) before the parent's CPU watchdog could call it a hang
    const doc = await parseBytes(name, bytes, { pdf: { timeoutMs: 3_600_000 } });
    const ok = NomenclatureDocument.safeParse(JSON.parse(JSON.stringify(doc))).success;
    const dropped = doc.diagnostics.filter((d) => d.code === 'schema/dropped-fact').length;
    return { outcome: ok ? 'ok' : 'schema-fail', code: ok ? 'ok' : 'schema', detail: '', droppedFacts: dropped };
  } catch (e) {
    if (e instanceof SourceError && e.code !== 'internal') return { outcome: 'refused', code: e.code, detail: '', droppedFacts: 0 };
    const detail = e instanceof Error ? `${e.message}\n${e.stack ?? ''}`.slice(0, 2000) : String(e);
    return { outcome: 'crash', code: e instanceof SourceError ? e.code : 'exception', detail, droppedFacts: 0 };
  }
}

let bases: Bases | null = null;
const send = (m: FromChild) => process.send!(m);

process.on('message', async (m: ToChild) => {
  if ('bases' in m) {
    bases = m.bases;
    send({ ready: true });
    return;
  }
  const c = makeCase(m.family, m.seed, bases!);
  const t = Date.now();
  const cpu = process.cpuUsage();
  const result = await run(c.name, c.bytes);
  const used = process.cpuUsage(cpu);
  send({ id: m.id, ...result, ms: Date.now() - t, cpuMs: Math.round((used.user + used.system) / 1000), maxRssKb: process.resourceUsage().maxRSS });
});
