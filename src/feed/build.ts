import type { DocumentMeta } from '../schema/document.js';
import type { Rule, RuleOf } from '../schema/rules.js';
import type { Feed, FeedSource, LimitRow, NonCumulationRow } from './schema.js';

/**
 * Edit tables from documents' typed rules. Pure: documents in, rows out,
 * in a stable order. Validity: `from` is the document's entry into force
 * and `to` null until replay supplies the date a later text ends the rule
 * (pass `validity` to override per document).
 */

export interface FeedInput {
  document: Pick<DocumentMeta, 'id' | 'entryIntoForce'>;
  rules: readonly Rule[];
}

export interface Validity {
  from: string | null;
  to: string | null;
}

/** The rule types that give feed rows: the others are read past. */
export const FEED_RULE_TYPES: ReadonlySet<Rule['type']> = new Set(['nonCumulation', 'frequency', 'quantity', 'qualification', 'priorApproval', 'setting']);

/** A document's rules as the feed reads them (those of FEED_RULE_TYPES): what a build keeps of them for the next. */
export function feedRules(rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => FEED_RULE_TYPES.has(r.type));
}

/** `validity` returning null leaves the rule out (the replay did not keep it). */
export function buildFeed(docs: readonly FeedInput[], validity?: (doc: FeedInput, rule: Rule) => Validity | null): Feed {
  const feed: Feed = { nonCumulation: [], limits: [], qualifications: [], priorApprovals: [], settings: [] };
  for (const doc of docs) {
    for (const rule of doc.rules) {
      const v = validity ? validity(doc, rule) : { from: doc.document.entryIntoForce.date, to: null };
      if (v === null) continue;
      const source: FeedSource = { document: doc.document.id, article: rule.at.article, line: rule.at.line, text: rule.text };
      switch (rule.type) {
        case 'nonCumulation':
          feed.nonCumulation.push(...pairRows(rule, v, source));
          break;
        case 'frequency':
        case 'quantity':
          feed.limits.push(...limitRows(rule, v, source));
          break;
        case 'qualification':
          for (const code of rule.codes.flat()) feed.qualifications.push({ code, ...rule.params, ...v, source });
          break;
        case 'priorApproval':
          for (const code of rule.codes.flat()) feed.priorApprovals.push({ code, by: rule.params.by, ...v, refusal: '006', source });
          break;
        case 'setting':
          for (const code of rule.codes.flat()) feed.settings.push({ code, setting: rule.params.setting, ...v, refusal: '003', source });
          break;
        default:
          break;
      }
    }
  }
  const bySource = (a: { source: FeedSource }, b: { source: FeedSource }) => cmp(a.source.document, b.source.document) || a.source.line - b.source.line;
  feed.nonCumulation.sort((a, b) => cmp(a.column1, b.column1) || cmp(a.column2 ?? a.column2Scope ?? '', b.column2 ?? b.column2Scope ?? '') || bySource(a, b));
  feed.limits.sort((a, b) => cmp(a.code, b.code) || cmp(a.kind, b.kind) || bySource(a, b));
  feed.qualifications.sort((a, b) => cmp(a.code, b.code) || bySource(a, b));
  feed.priorApprovals.sort((a, b) => cmp(a.code, b.code) || bySource(a, b));
  feed.settings.sort((a, b) => cmp(a.code, b.code) || bySource(a, b));
  return feed;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One row per code combination, as NCCI: each code of the rule's groups
 * against each code of the other party; `entre elles` pairs the rule's own
 * groups with one another (never the two codes of one pair: a patient is
 * ambulatory or hospitalised, not both).
 */
function pairRows(rule: RuleOf<'nonCumulation'>, v: Validity, source: FeedSource): NonCumulationRow[] {
  const rows: NonCumulationRow[] = [];
  const seen = new Set<string>();
  const push = (c1: string, c2: string | null, scopeText: string | null) => {
    const key = `${c1}|${c2 ?? scopeText}`;
    if (seen.has(key) || c1 === c2) return;
    seen.add(key);
    rows.push({ column1: c1, column2: c2, column2Scope: scopeText, scope: rule.params.scope, modifierIndicator: '0', ...v, refusal: '010', source });
  };
  const w = rule.with;
  if (!w) return rows;
  for (const g of rule.codes) {
    for (const c1 of g) {
      for (const og of w.codes) for (const c2 of og) push(c1, c2, null);
      for (const a of w.articles) push(c1, null, `article ${a}`);
      for (const r of w.rubrics) push(c1, null, `rubrique ${r}`);
      if (w.codes.length === 0) for (const l of w.labels) push(c1, null, l);
    }
  }
  if (w.mutual) {
    for (let i = 0; i < rule.codes.length; i++) {
      for (let j = i + 1; j < rule.codes.length; j++) for (const c1 of rule.codes[i]) for (const c2 of rule.codes[j]) push(c1, c2, null);
    }
  }
  return rows;
}

function limitRows(rule: RuleOf<'frequency'> | RuleOf<'quantity'>, v: Validity, source: FeedSource): LimitRow[] {
  const group = rule.codes.flat();
  return group.map((code) => {
    if (rule.type === 'quantity') {
      const p = rule.params;
      return { kind: 'quantity' as const, code, group, max: p.max, period: null, per: p.per, adjudication: p.scope === 'day' ? ('date' as const) : ('line' as const), ...v, refusal: '002' as const, source };
    }
    const p = rule.params;
    const adjudication = p.period && p.period.unit === 'day' && p.period.count === 1 ? ('date' as const) : ('period' as const);
    return { kind: 'frequency' as const, code, group, max: p.max, period: p.period, per: p.per, adjudication, ...v, refusal: '002' as const, source };
  });
}
