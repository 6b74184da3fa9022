import type { NomenclatureDocument } from '../schema/document.js';
import type { CodeGroupState, Diff, IndicationItem, NomenclatureState, StateValue } from '../schema/replay.js';
import { docIndications, docRules, formatValue, normText, stateValue } from '../replay/extras.js';
import { groupKey, versionAt } from '../replay/state.js';
import { compareConditions, conditionChanges } from './conditions.js';
import { hasChanges, wordDiff } from './words.js';

/** What a diff compares on each side: prestations, rules and indications per code group. */
export interface Side {
  name: string;
  prestations: Map<string, { codes: string[]; label: string | null; value: StateValue | null }>;
  rules: { codes: string[]; type: string; text: string }[];
  indications: Map<string, { codes: string[]; items: IndicationItem[] }>;
  /** the whole text, for the word-level fallback when no indications were extracted. */
  text: string | null;
}

function byCodes(a: { codes: string[] }, b: { codes: string[] }): number {
  const x = groupKey(a.codes);
  const y = groupKey(b.codes);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function documentSide(doc: NomenclatureDocument, text: string | null = null): Side {
  const prestations: Side['prestations'] = new Map();
  for (const p of doc.prestations) {
    const k = groupKey(p.codes);
    const prev = prestations.get(k);
    // the same code written twice: keep what says most
    if (!prev || (!prev.value && p.value) || (!prev.label && p.label))
      prestations.set(k, { codes: p.codes, label: p.label ?? prev?.label ?? null, value: p.value ? stateValue(p.value) : (prev?.value ?? null) });
  }
  const rules = docRules(doc).flatMap((r) => r.codes.map((codes) => ({ codes, type: r.type, text: r.text })));
  const indications: Side['indications'] = new Map();
  for (const i of docIndications(doc)) for (const codes of i.codes) indications.set(groupKey(codes), { codes, items: i.items });
  return { name: doc.document.id, prestations, rules, indications, text };
}

/** The replayed state in force on `date`, restricted to `only` groups when given. */
export function stateSide(state: NomenclatureState, date: string, name: string, only?: Set<string>): Side {
  const side: Side = { name, prestations: new Map(), rules: [], indications: new Map(), text: null };
  for (const g of state.groups) {
    if (only && !only.has(g.key)) continue;
    const st = versionAt(g.status, date);
    if (st?.value !== 'in-force') continue;
    side.prestations.set(g.key, { codes: g.codes, label: versionAt(g.label, date)?.value ?? null, value: versionAt(g.value, date)?.value ?? null });
    for (const r of g.rules) if (r.from !== null && r.from <= date && (r.to === null || r.to > date)) side.rules.push({ codes: g.codes, type: r.value.type, text: r.value.text });
    const ind = versionAt(g.indications, date);
    if (ind) side.indications.set(g.key, { codes: g.codes, items: ind.value });
  }
  return side;
}

/** Groups a decree touched: versions it set or closed. */
export function groupsOf(state: NomenclatureState, id: string): Set<string> {
  const out = new Set<string>();
  const hit = (g: CodeGroupState) =>
    [g.status, g.label, g.value, g.rules, g.indications].some((h) =>
      (h as { source: { document: string }; closedBy: { document: string } | null }[]).some((v) => v.source.document === id || v.closedBy?.document === id),
    );
  for (const g of state.groups) if (hit(g)) out.add(g.key);
  return out;
}

/** Indication items flattened to paths `A/a)`, `B/-2`. */
function flatten(items: IndicationItem[], prefix = ''): Map<string, IndicationItem> {
  const out = new Map<string, IndicationItem>();
  items.forEach((it, i) => {
    const label = (it.label ?? '').trim() || `#${i + 1}`;
    let path = prefix ? `${prefix}/${label}` : label;
    while (out.has(path)) path += "'";
    out.set(path, it);
    for (const [k, v] of flatten(it.items, path)) out.set(k, v);
  });
  return out;
}

export function compareSides(a: Side, b: Side): Diff {
  const d: Diff = { from: a.name, to: b.name, added: [], removed: [], values: [], labels: [], rules: [], indications: [], text: null };
  const show = (p: { codes: string[]; label: string | null; value: StateValue | null }) => ({ codes: p.codes, label: p.label, value: formatValue(p.value) });
  for (const [k, p] of a.prestations) if (!b.prestations.has(k)) d.removed.push(show(p));
  for (const [k, q] of b.prestations) {
    const p = a.prestations.get(k);
    if (!p) {
      d.added.push(show(q));
      continue;
    }
    const [ov, nv] = [formatValue(p.value), formatValue(q.value)];
    if (ov !== nv) d.values.push({ codes: q.codes, old: ov, new: nv });
    if ((p.label ?? '') !== (q.label ?? '') && normText(p.label ?? '') !== normText(q.label ?? ''))
      d.labels.push({ codes: q.codes, old: p.label, new: q.label, words: wordDiff(p.label ?? '', q.label ?? '') });
  }
  compareRules(a, b, d);
  compareIndications(a, b, d);
  if (a.indications.size === 0 && b.indications.size === 0 && a.text !== null && b.text !== null) {
    const words = wordDiff(a.text, b.text);
    if (hasChanges(words)) d.text = { conditions: conditionChanges(words), words };
  }
  for (const list of [d.added, d.removed, d.values, d.labels]) list.sort(byCodes);
  return d;
}

/** Rules matched by type + codes; when several share both, by closest text. */
function compareRules(a: Side, b: Side, d: Diff): void {
  const key = (r: { codes: string[]; type: string }) => `${r.type}|${groupKey(r.codes)}`;
  const keys = [...new Set([...a.rules, ...b.rules].map(key))].sort();
  for (const k of keys) {
    const olds = a.rules.filter((r) => key(r) === k);
    const news = b.rules.filter((r) => key(r) === k);
    const same = (x: { text: string }, y: { text: string }) => normText(x.text) === normText(y.text);
    const o = olds.filter((x) => !news.some((y) => same(x, y)));
    const n = news.filter((y) => !olds.some((x) => same(x, y)));
    const m = Math.min(o.length, n.length);
    for (let i = 0; i < m; i++)
      d.rules.push({ codes: n[i].codes, type: n[i].type, change: 'changed', old: o[i].text, new: n[i].text, words: wordDiff(o[i].text, n[i].text) });
    for (const r of o.slice(m)) d.rules.push({ codes: r.codes, type: r.type, change: 'removed', old: r.text, new: null, words: [] });
    for (const r of n.slice(m)) d.rules.push({ codes: r.codes, type: r.type, change: 'added', old: null, new: r.text, words: [] });
  }
}

/** Indications matched by codes, then item path; conditions compared one by one. */
function compareIndications(a: Side, b: Side, d: Diff): void {
  const keys = [...new Set([...a.indications.keys(), ...b.indications.keys()])].sort();
  for (const k of keys) {
    const codes = (b.indications.get(k) ?? a.indications.get(k))!.codes;
    const fa = flatten(a.indications.get(k)?.items ?? []);
    const fb = flatten(b.indications.get(k)?.items ?? []);
    for (const path of new Set([...fa.keys(), ...fb.keys()])) {
      const x = fa.get(path);
      const y = fb.get(path);
      const change = !x ? 'added' : !y ? 'removed' : 'changed';
      const conditions = compareConditions(x?.conditions ?? [], y?.conditions ?? []);
      const words = x && y && normText(x.text) !== normText(y.text) ? wordDiff(x.text, y.text) : [];
      if (change === 'changed' && conditions.length === 0 && words.length === 0) continue;
      d.indications.push({ codes, path, change, conditions, words });
    }
  }
}
