/**
 * One fuzz worker process: parses the cases its parent sends (IPC, advanced
 * serialization) and answers how each went. The parent times each case and
 * kills this process on a hang; its peak memory is this process' maxRSS.
 */
import { parseBytes } from '../../src/pipeline/parse.js';
import { NomenclatureDocument } from '../../src/schema/document.js';
import { SourceError } from '../../src/source/types.js';

export interface Outcome {
  outcome: 'ok' | 'refused' | 'crash' | 'schema-fail';
  code: string;
  detail: string;
  ms: number;
  droppedFacts: number;
}

async function run(name: string, bytes: Uint8Array): Promise<Outcome> {
  const t = Date.now();
  try {
    const doc = await parseBytes(name, bytes);
    const ok = NomenclatureDocument.safeParse(JSON.parse(JSON.stringify(doc))).success;
    const dropped = doc.diagnostics.filter((d) => d.code === 'schema/dropped-fact').length;
    return { outcome: ok ? 'ok' : 'schema-fail', code: ok ? 'ok' : 'schema', detail: '', ms: Date.now() - t, droppedFacts: dropped };
  } catch (e) {
    const ms = Date.now() - t;
    if (e instanceof SourceError && e.code !== 'internal') return { outcome: 'refused', code: e.code, detail: '', ms, droppedFacts: 0 };
    const detail = e instanceof Error ? `${e.message}\n${e.stack ?? ''}`.slice(0, 2000) : String(e);
    return { outcome: 'crash', code: e instanceof SourceError ? e.code : 'exception', detail, ms, droppedFacts: 0 };
  }
}

process.on('message', async (m: { id: number; name: string; bytes: Uint8Array } | { id: number; done: true }) => {
  if ('done' in m) {
    process.send!({ id: m.id, maxRssKb: process.resourceUsage().maxRSS });
    return;
  }
  const result = await run(m.name, m.bytes);
  process.send!({ id: m.id, ...result });
});
process.send!({ ready: true });
