import type { ChangeSet, CodeGroupState, DecreeReview, Diff, IndicationItem, NomenclatureState, ReviewCounts, StateValue } from '../schema/replay.js';
import { Withdrawn } from '../schema/replay.js';
import { formatValue } from '../replay/extras.js';
import { groupKey, versionAt } from '../replay/state.js';
import { compareConditions } from './conditions.js';
import { wordDiff } from './words.js';

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : v === null || v === undefined ? null : JSON.stringify(v));

/** `{label, value}` of an added/restated change (value already formatted by the replay). */
function prestationOf(codes: string[], v: unknown): { codes: string[]; label: string | null; value: string | null } {
  const o = (v ?? {}) as { label?: unknown; value?: unknown };
  return { codes, label: typeof o.label === 'string' ? o.label : null, value: typeof o.value === 'string' ? o.value : null };
}

/** The state's rule type of a rule text a decree set or closed in a group. */
function ruleType(g: CodeGroupState | undefined, ruleText: string | null): string {
  return g?.rules.find((r) => r.value.text === ruleText)?.value.type ?? 'rule';
}

function flat(items: IndicationItem[], prefix = '', out = new Map<string, IndicationItem>()): Map<string, IndicationItem> {
  items.forEach((it, i) => {
    let path = `${prefix}${prefix ? '/' : ''}${(it.label ?? '').trim() || `#${i + 1}`}`;
    while (out.has(path)) path += "'";
    out.set(path, it);
    flat(it.items, path, out);
  });
  return out;
}

/**
 * What one decree does, read from its change set (out/changes/ID.json): every
 * change is listed once under its kind, so the review's counts are the change
 * set's. Repealed prestations show what they were the day before (from the
 * state); a value whose old one only the decree quotes is marked `oldQuoted`.
 */
export function decreeReview(cs: ChangeSet, state: NomenclatureState): Diff {
  const id = cs.document.id;
  const date = cs.document.date;
  const groups = new Map(state.groups.map((g) => [g.key, g]));
  const find = (codes: string[]) => groups.get(groupKey(codes)) ?? state.groups.find((g) => codes.every((c) => g.codes.includes(c)));
  const d: Diff = { from: date ? dayBefore(date) : '(unknown date)', to: `${id} (${date ?? 'no date'})`, added: [], removed: [], values: [], labels: [], rules: [], indications: [], text: null };
  const review: DecreeReview = { document: id, date, counts: countChanges(cs), restated: [], words: [], provisions: [], gaps: [], withdrawn: [], diagnostics: [] };
  for (const c of cs.changes) {
    switch (c.kind) {
      case 'added':
        d.added.push(prestationOf(c.codes, c.new));
        break;
      case 'restated':
        review.restated.push(prestationOf(c.codes, c.new));
        break;
      case 'removed': {
        const g = find(c.codes);
        const day = date ? dayBefore(date) : null;
        const label = g && day ? (versionAt(g.label, day)?.value ?? null) : null;
        const value = g && day ? ((versionAt(g.value, day)?.value ?? null) as StateValue | null) : null;
        d.removed.push({ codes: c.codes, label, value: formatValue(value) });
        break;
      }
      case 'value':
        d.values.push({ codes: c.codes, old: text(c.old), new: text(c.new), ...(c.oldQuoted ? { oldQuoted: true } : {}) });
        break;
      case 'label':
        d.labels.push({ codes: c.codes, old: text(c.old), new: text(c.new), words: wordDiff(text(c.old) ?? '', text(c.new) ?? '') });
        break;
      case 'words':
        review.words.push({ codes: c.codes, article: c.article, path: c.path, old: text(c.old), new: text(c.new) });
        break;
      case 'rule-added':
      case 'rule-removed': {
        const t = text(c.kind === 'rule-added' ? c.new : c.old);
        const type = ruleType(find(c.codes), t);
        d.rules.push({ codes: c.codes, type, change: c.kind === 'rule-added' ? 'added' : 'removed', old: c.kind === 'rule-removed' ? t : null, new: c.kind === 'rule-added' ? t : null, words: [] });
        break;
      }
      case 'indications': {
        const a = flat(Array.isArray(c.old) ? (c.old as IndicationItem[]) : []);
        const b = flat(Array.isArray(c.new) ? (c.new as IndicationItem[]) : []);
        for (const path of new Set([...a.keys(), ...b.keys()])) {
          const x = a.get(path);
          const y = b.get(path);
          const conditions = compareConditions(x?.conditions ?? [], y?.conditions ?? []);
          const words = x && y && x.text !== y.text ? wordDiff(x.text, y.text) : [];
          if (x && y && conditions.length === 0 && words.length === 0) continue;
          d.indications.push({ codes: c.codes, path, change: !x ? 'added' : !y ? 'removed' : 'changed', conditions, words });
        }
        break;
      }
      case 'provision':
        review.provisions.push({ article: c.article, path: c.path, snippet: c.at?.snippet ?? null });
        break;
      case 'gap':
        review.gaps.push({ article: c.article, path: c.path, snippet: c.at?.snippet ?? null });
        break;
      case 'withdrawn':
        review.withdrawn.push(Withdrawn.parse(c.new));
        break;
    }
  }
  pairRuleChanges(d);
  review.diagnostics = cs.diagnostics.filter((x) => x.severity !== 'info' || x.code === 'replay/withdrawn').map((x) => ({ severity: x.severity, code: x.code, message: x.message }));
  d.decree = review;
  return d;
}

/**
 * A rule removed and a rule added for the same codes and type are one rule
 * changed (word diff): each stands for one removal and one addition of the
 * change set.
 */
function pairRuleChanges(d: Diff): void {
  const out: Diff['rules'] = [];
  const added = d.rules.filter((r) => r.change === 'added');
  for (const r of d.rules) {
    if (r.change !== 'removed') continue;
    // the closest added text of the same codes and type, if close enough to be the same rule reworded
    let i = -1;
    let best = 0.5;
    added.forEach((a, k) => {
      if (a.type !== r.type || groupKey(a.codes) !== groupKey(r.codes)) return;
      const sim = similarity(r.old ?? '', a.new ?? '');
      if (sim >= best) [i, best] = [k, sim];
    });
    if (i < 0) {
      out.push(r);
      continue;
    }
    const [a] = added.splice(i, 1);
    out.push({ codes: r.codes, type: r.type, change: 'changed', old: r.old, new: a.new, words: wordDiff(r.old ?? '', a.new ?? '') });
  }
  d.rules = [...out, ...added];
}

/** Share of words two texts have in common (Dice coefficient over word sets). */
function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean));
  const x = words(a);
  const y = words(b);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return x.size + y.size === 0 ? 0 : (2 * common) / (x.size + y.size);
}

/** The number of changes of each kind in a change set. */
export function countChanges(cs: ChangeSet): ReviewCounts {
  const n = (k: string) => cs.changes.filter((c) => c.kind === k).length;
  return {
    added: n('added'),
    removed: n('removed'),
    restated: n('restated'),
    values: n('value'),
    labels: n('label'),
    words: n('words'),
    rulesAdded: n('rule-added'),
    rulesRemoved: n('rule-removed'),
    indications: n('indications'),
    provisions: n('provision'),
    gaps: n('gap'),
    withdrawn: n('withdrawn'),
  };
}
