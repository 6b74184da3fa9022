import type { RelativeValue } from '../schema/document.js';
import type { ReplayDocument } from './input.js';
import type { IndicationItem, StateRule, StateValue } from '../schema/replay.js';
import type { Provenance } from '../schema/common.js';

/**
 * Rules and indications are added to NomenclatureDocument by the rules
 * extractor (src/schema/rules.ts). Until every document carries them they
 * are read defensively here, so replay works with and without them.
 */
export interface DocRule {
  type: string;
  codes: string[][];
  text: string;
  params?: unknown;
  at: Provenance | null;
}
export interface DocIndication {
  codes: string[][];
  items: IndicationItem[];
  at: Provenance | null;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** `[[a,h],[s]]` or `[a,h]` or `['a']` → groups of codes. */
function codeGroups(v: unknown): string[][] {
  if (!Array.isArray(v)) return [];
  if (v.every((x) => typeof x === 'string')) return v.length ? [v as string[]] : [];
  return v.filter((g): g is string[] => Array.isArray(g) && g.every((x) => typeof x === 'string') && g.length > 0);
}

export function docRules(doc: ReplayDocument): DocRule[] {
  const raw = (doc as unknown as { rules?: unknown }).rules;
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObj).map((r) => ({
    type: typeof r.type === 'string' ? r.type : 'text',
    codes: codeGroups(r.codes),
    text: typeof r.text === 'string' ? r.text : '',
    ...(r.params !== undefined ? { params: r.params } : {}),
    at: (isObj(r.at) ? r.at : null) as Provenance | null,
  }));
}

/** Indications are validated with the document (src/schema/rules.ts): read them as they are. */
export function docIndications(doc: ReplayDocument): DocIndication[] {
  return doc.indications.map((i) => ({ codes: i.codes, items: i.items, at: i.at }));
}

export function stateValue(v: RelativeValue): StateValue {
  return { letter: v.letter, coefficient: v.coefficient, terms: v.terms.map((t) => ({ letter: t.letter, coefficient: t.coefficient })) };
}

/**
 * An amendment's `old`/`new` for a relative value, in whatever shape the
 * extractor gave it: a RelativeValue object, or the quoted text `K 21,40`.
 */
export function asValue(v: unknown): StateValue | null {
  if (isObj(v) && typeof v.coefficient === 'number') {
    const letter = typeof v.letter === 'string' ? v.letter : null;
    const terms = Array.isArray(v.terms)
      ? v.terms.filter(isObj).map((t) => ({ letter: typeof t.letter === 'string' ? t.letter : null, coefficient: Number(t.coefficient) }))
      : [{ letter, coefficient: v.coefficient }];
    return { letter, coefficient: v.coefficient, terms };
  }
  if (isObj(v) && 'value' in v) return asValue(v.value);
  if (typeof v === 'string') {
    const terms = [...v.matchAll(/\b([A-Z]{1,2})\s*(\d+(?:[.,]\d+)?)/g)].map((m) => ({
      letter: m[1],
      coefficient: Number(m[2].replace(',', '.')),
    }));
    if (terms.length) return { letter: terms[0].letter, coefficient: terms[0].coefficient, terms };
    const bare = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(v);
    if (bare) {
      const coefficient = Number(bare[1].replace(',', '.'));
      return { letter: null, coefficient, terms: [{ letter: null, coefficient }] };
    }
  }
  return null;
}

/** Text of an amendment's `old`/`new` (labels, rules, words). */
export function asText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (isObj(v)) for (const k of ['text', 'label', 'words']) if (typeof v[k] === 'string') return v[k] as string;
  return null;
}

export function stateRule(r: DocRule): StateRule {
  return { type: r.type, text: r.text, ...(r.params !== undefined ? { params: r.params } : {}) };
}

export function formatValue(v: StateValue | null): string | null {
  if (!v) return null;
  const fmt = (n: number) => String(n).replace('.', ',');
  const terms = v.terms.length ? v.terms : [{ letter: v.letter, coefficient: v.coefficient }];
  return terms.map((t) => (t.letter ? `${t.letter} ${fmt(t.coefficient)}` : fmt(t.coefficient))).join(' + ');
}

export function sameValue(a: StateValue | null, b: StateValue | null): boolean {
  if (!a || !b) return a === b;
  // an old value quoted without its letter (`portée de 300 à 400`) agrees on the coefficient
  const la = a.letter ?? b.letter;
  const lb = b.letter ?? a.letter;
  if (a.terms.length > 1 || b.terms.length > 1) return formatValue(a) === formatValue(b);
  return la === lb && Math.abs(a.coefficient - b.coefficient) < 1e-9;
}

/**
 * Compare texts ignoring spacing, quote style and case. Memoised: the replay
 * compares the same labels and rule sentences again for every decree that
 * restates them (a fifth of a replay's time went into the regexes here).
 */
export function normText(s: string): string {
  let n = normMemo.get(s);
  if (n === undefined) {
    n = s
      .replace(/[«»“”„"'’`]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    // bounded: a history's distinct texts fit many times over; past that, start again
    if (normMemo.size >= NORM_MEMO_MAX) normMemo.clear();
    normMemo.set(s, n);
  }
  return n;
}
const NORM_MEMO_MAX = 100_000;
const normMemo = new Map<string, string>();
