import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { amendmentsWithPayloads } from '../extract/amendments/index.js';
import { extractIndications } from '../extract/indications/index.js';
import { extractRulesWithCandidates } from '../extract/rules/index.js';
import { relabelledPrestations } from '../extract/rules/relabelled.js';
import type { Indication, Rule } from '../schema/rules.js';
import { RuleType } from '../schema/rules.js';
import { makeSourceFile } from '../source/decode.js';
import { ingestText } from '../source/ingest.js';
import { buildStructure } from '../structure/build.js';
import { DiagnosticSink } from '../structure/provenance.js';
import { addTally, matchItems, scores, type Scores, type Tally } from './metrics.js';

/**
 * Rules metric: gold rules (test/rules/gold/*.json, hand-checked) against
 * extracted ones, matched on type + governed codes + the key parameters the
 * gold states; indications on codes + top-level labels; and the share of
 * rule sentences typed or kept as `other` (none may be lost).
 */

const GoldRule = z.object({
  type: RuleType,
  codes: z.array(z.array(z.string())),
  with: z.object({ codes: z.array(z.array(z.string())).optional(), articles: z.array(z.string()).optional(), mutual: z.boolean().optional() }).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  note: z.string().optional(),
});
const GoldIndication = z.object({ codes: z.array(z.array(z.string())), labels: z.array(z.string()) });
export const GoldRulesFile = z.object({
  /** path relative to the repository root (`corpus/000_….txt`, `../shared/corpus/2014022132.md`). */
  source: z.string(),
  rules: z.array(GoldRule),
  indications: z.array(GoldIndication),
});
type GoldRule = z.infer<typeof GoldRule>;
type GoldIndication = z.infer<typeof GoldIndication>;

export interface RulesReport {
  files: number;
  perType: Record<string, Scores>;
  typed: Scores;
  indications: Scores;
  /** rule sentences found and how many became typed rules, `other`, or indication intros. */
  sentences: { candidates: number; typed: number; other: number; indication: number };
  misses: string[];
}

const key = (gs: readonly (readonly string[])[]) => gs.map((g) => g.join('-')).sort().join(' ');

function sameRule(g: GoldRule, f: Rule): boolean {
  if (g.type !== f.type || key(g.codes) !== key(f.codes)) return false;
  if (g.with) {
    const w = f.with;
    if (!w) return false;
    if (g.with.codes && key(g.with.codes) !== key(w.codes)) return false;
    if (g.with.articles && g.with.articles.join(',') !== w.articles.join(',')) return false;
    if (g.with.mutual !== undefined && g.with.mutual !== w.mutual) return false;
  }
  for (const [k, v] of Object.entries(g.params ?? {})) {
    if (JSON.stringify((f.params as Record<string, unknown>)[k]) !== JSON.stringify(v)) return false;
  }
  return true;
}

function sameIndication(g: GoldIndication, f: Indication): boolean {
  return key(g.codes) === key(f.codes) && g.labels.join(',') === f.items.map((i) => i.label ?? '').join(',');
}

export function evaluateRules(repoRoot: string, goldDir = join(repoRoot, 'test/rules/gold')): RulesReport {
  const tallies = new Map<string, Tally>();
  const typedTally: Tally = { gold: 0, found: 0, tp: 0 };
  const indTally: Tally = { gold: 0, found: 0, tp: 0 };
  const sentences = { candidates: 0, typed: 0, other: 0, indication: 0 };
  const misses: string[] = [];
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const gold = GoldRulesFile.parse(JSON.parse(readFileSync(join(goldDir, file), 'utf8')));
    const path = resolve(repoRoot, gold.source);
    const doc = buildStructure(ingestText(makeSourceFile(path, readFileSync(path))));
    // (as the pipeline does: new annex text printed without quote marks, found by the amendments extractor, is read too)
    const { amendments, unquoted } = amendmentsWithPayloads(doc);
    const ex = extractRulesWithCandidates(doc, new DiagnosticSink(doc), undefined, unquoted, relabelledPrestations(amendments));
    const inds = extractIndications(doc, new DiagnosticSink(doc));
    for (const c of ex.candidates) {
      sentences.candidates++;
      sentences[c.outcome]++;
    }
    for (const t of RuleType.options) {
      if (t === 'other') continue;
      const g = gold.rules.filter((r) => r.type === t);
      const f = ex.rules.filter((r) => r.type === t);
      const m = matchItems(g, f, sameRule);
      addTally(tallies.get(t) ?? tallies.set(t, { gold: 0, found: 0, tp: 0 }).get(t)!, m);
      addTally(typedTally, m);
      for (const x of m.fn) misses.push(`${file}: missed ${x.type} ${key(x.codes)}`);
      for (const x of m.fp) misses.push(`${file}: extra ${x.type} ${key(x.codes)} "${x.text.slice(0, 80)}"`);
    }
    const mi = matchItems(gold.indications, inds, sameIndication);
    addTally(indTally, mi);
    for (const x of mi.fn) misses.push(`${file}: missed indication ${key(x.codes)} [${x.labels.join(',')}]`);
  }
  const perType: Record<string, Scores> = {};
  for (const [t, tally] of [...tallies].sort()) perType[t] = scores(tally.gold, tally.found, tally.tp);
  return { files: files.length, perType, typed: scores(typedTally.gold, typedTally.found, typedTally.tp), indications: scores(indTally.gold, indTally.found, indTally.tp), sentences, misses };
}

export function formatRulesReport(r: RulesReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%';
  const lines = [`rules (${r.files} gold files)`];
  for (const [t, s] of Object.entries(r.perType)) lines.push(`  ${t.padEnd(18)} gold ${String(s.gold).padStart(3)} found ${String(s.found).padStart(3)}  P ${pct(s.precision)}  R ${pct(s.recall)}`);
  lines.push(`  ${'typed (all)'.padEnd(18)} gold ${String(r.typed.gold).padStart(3)} found ${String(r.typed.found).padStart(3)}  P ${pct(r.typed.precision)}  R ${pct(r.typed.recall)}`);
  lines.push(`  ${'indications'.padEnd(18)} gold ${String(r.indications.gold).padStart(3)} found ${String(r.indications.found).padStart(3)}  P ${pct(r.indications.precision)}  R ${pct(r.indications.recall)}`);
  const s = r.sentences;
  lines.push(`  rule sentences: ${s.candidates}, typed ${s.typed}, other ${s.other}, indication ${s.indication} (${s.candidates ? pct((s.typed + s.other + s.indication) / s.candidates) : '100%'} accounted for)`);
  return lines.join('\n');
}
