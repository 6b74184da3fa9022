/**
 * Compares one gold file with the pipeline's NomenclatureDocument, field by
 * field. Pure: the caller passes the source text (only used to show where a
 * missed fact stands).
 */
import type { Amendment, NomenclatureDocument, RelativeValue } from '../schema/document.js';
import type { GoldAmendment, GoldFile, GoldPrestation, GoldTerm } from './gold.js';
import { matchItems, matchKeys, type Match } from './metrics.js';

/** One fact shown in a verbose report. */
export interface Shown {
  key: string;
  /** `line N: text` where the fact stands, when known. */
  where: string | null;
}

export interface FieldResult {
  field: string;
  tp: number;
  fn: Shown[];
  fp: Shown[];
}

export const AMENDMENT_SUBJECTS = ['prestation', 'relativeValue', 'label', 'rule', 'words', 'provision'] as const;

/** `K 11`, `N 14 + P 8`, `null`: canonical text of a value. */
export function termsKey(terms: readonly GoldTerm[]): string {
  if (terms.length === 0) return 'null';
  return terms.map(([l, c]) => (l === null ? String(c) : `${l} ${c}`)).join(' + ');
}

export function goldPrestationKey(p: GoldPrestation): string {
  return `${p.codes.join('-')} = ${p.letter ?? '?'}/${p.coefficient ?? '?'} [${termsKey(p.terms)}]`;
}

export function valueKey(v: RelativeValue | null): string {
  if (v === null) return '?/? [null]';
  const terms: GoldTerm[] = v.terms.map((t) => [t.letter, t.coefficient]);
  return `${v.letter ?? '?'}/${v.coefficient} [${termsKey(terms)}]`;
}

function flatCodes(groups: readonly (readonly string[])[]): string {
  return [...new Set(groups.flat())].sort().join(',');
}

export function goldAmendmentKey(a: GoldAmendment): string {
  return `${a.type}/${a.subject} [${flatCodes(a.codes)}]${a.anchor ? ` after ${a.anchor}` : ''}`;
}

export function foundAmendmentKey(a: Amendment): string {
  return `${a.type}/${a.subject} [${flatCodes(a.codes)}]${a.target.anchor ? ` after ${a.target.anchor}` : ''}`;
}

/**
 * Type, subject and codes must agree; the anchor too when gold names one.
 * An amendment gold locates by a prestation without codes of its own (a
 * rule inserted after X, words in the heading before X) is identified by
 * that place: output that gives X as its anchor, or X's group as its only
 * codes, matches whatever other codes it attaches (which prestations such
 * a rule "concerns" is a convention, not a fact of the text).
 */
export function amendmentMatches(g: GoldAmendment, f: Amendment): boolean {
  if (g.type !== f.type || g.subject !== f.subject) return false;
  const gc = flatCodes(g.codes);
  const fc = flatCodes(f.codes);
  if (g.anchor === null) return gc === fc;
  if (gc !== '') return gc === fc && f.target.anchor === g.anchor;
  return f.target.anchor === g.anchor || (f.codes.length === 1 && f.codes[0][0] === g.anchor);
}

/** `line N: …context…` around the first occurrence of `needle` in text. */
export function locate(text: string | null, needle: string): string | null {
  if (text === null || needle === '') return null;
  const i = text.indexOf(needle);
  if (i < 0) return null;
  const line = text.slice(0, i).split('\n').length;
  const from = Math.max(0, i - 40);
  const to = Math.min(text.length, i + needle.length + 60);
  return `line ${line}: ${text.slice(from, to).replace(/\s+/g, ' ').trim()}`;
}

function at(a: { line: number; snippet: string } | null | undefined): string | null {
  return a ? `line ${a.line}: ${a.snippet.replace(/\s+/g, ' ').slice(0, 120)}` : null;
}

function result<G, F>(field: string, m: Match<G, F>, showGold: (g: G) => Shown, showFound: (f: F) => Shown): FieldResult {
  return { field, tp: m.tp.length, fn: m.fn.map(showGold), fp: m.fp.map(showFound) };
}

/** Where each code first occurs in the output, for verbose lines. */
function codeWhere(doc: NomenclatureDocument): Map<string, string | null> {
  const m = new Map<string, string | null>();
  for (const o of doc.codes) if (!m.has(o.code)) m.set(o.code, at(o.at));
  return m;
}

export function compareDocument(gold: GoldFile, doc: NomenclatureDocument, sourceText: string | null): FieldResult[] {
  const out: FieldResult[] = [];
  const where = codeWhere(doc);
  const keyShown = (lookup: (k: string) => string) => (k: string): Shown => ({ key: k, where: locate(sourceText, lookup(k)) });
  const foundShown = (lookup: (k: string) => string) => (k: string): Shown => ({ key: k, where: where.get(lookup(k)) ?? null });
  const firstCode = (k: string) => k.slice(0, 6);

  // Distinct codes as written.
  out.push(result('codes', matchKeys(gold.codes, doc.codes.map((o) => o.code)), keyShown(firstCode), foundShown(firstCode)));

  // Codes breaking a rule (valid: false), and the suggestions made for them.
  const invalid = gold.invalidCodes ?? {};
  const flagged = doc.codes.filter((o) => !o.valid);
  out.push(result('invalidCodes', matchKeys(Object.keys(invalid), flagged.map((o) => o.code)), keyShown(firstCode), foundShown(firstCode)));
  const goldSuggestions = Object.entries(invalid).flatMap(([c, s]) => (s === null ? [] : [`${c} -> ${s}`]));
  const foundSuggestions = doc.codes.flatMap((o) => (o.suggestion === null ? [] : [`${o.code} -> ${o.suggestion}`]));
  out.push(result('suggestions', matchKeys(goldSuggestions, foundSuggestions), keyShown(firstCode), foundShown(firstCode)));

  // Ambulatory/hospitalised pairs, whichever side the output records them on.
  const foundPairs = doc.codes.flatMap((o) => {
    if (o.pairedWith === null) return [];
    return o.role === 'hospitalised' ? [`${o.pairedWith}-${o.code}`] : [`${o.code}-${o.pairedWith}`];
  });
  out.push(result('pairs', matchKeys(gold.pairs.map(([a, b]) => `${a}-${b}`), foundPairs), keyShown(firstCode), foundShown(firstCode)));

  // Prestations: first which are defined, then with their values.
  const prestationWhere = new Map<string, string | null>();
  for (const p of doc.prestations) {
    const k = `${p.codes.join('-')} = ${valueKey(p.value)}`;
    if (!prestationWhere.has(k)) prestationWhere.set(k, at(p.at));
    if (!prestationWhere.has(p.codes.join('-'))) prestationWhere.set(p.codes.join('-'), at(p.at));
  }
  const fromMap = (k: string): Shown => ({ key: k, where: prestationWhere.get(k) ?? null });
  out.push(
    result(
      'prestationCodes',
      matchKeys(gold.prestations.map((p) => p.codes.join('-')), doc.prestations.map((p) => p.codes.join('-'))),
      keyShown(firstCode),
      fromMap,
    ),
  );
  out.push(
    result(
      'prestations',
      matchKeys(gold.prestations.map(goldPrestationKey), doc.prestations.map((p) => `${p.codes.join('-')} = ${valueKey(p.value)}`)),
      keyShown(firstCode),
      fromMap,
    ),
  );

  // Amendments, all together and per subject. Gold with an anchor first:
  // it is the more specific predicate.
  const goldAm = [...gold.amendments].sort((a, b) => Number(b.anchor !== null) - Number(a.anchor !== null));
  const showGoldAm = (g: GoldAmendment): Shown => ({
    key: goldAmendmentKey(g),
    where: locate(sourceText, g.quote ?? g.anchor ?? g.codes[0]?.[0] ?? '') ?? (g.quote ? `quote: ${g.quote}` : null),
  });
  const showFoundAm = (f: Amendment): Shown => ({ key: foundAmendmentKey(f), where: at(f.at) });
  out.push(result('amendments', matchItems(goldAm, doc.amendments, amendmentMatches), showGoldAm, showFoundAm));
  for (const s of AMENDMENT_SUBJECTS) {
    const m = matchItems(
      goldAm.filter((a) => a.subject === s),
      doc.amendments.filter((a) => a.subject === s),
      amendmentMatches,
    );
    out.push(result(`amendments/${s}`, m, showGoldAm, showFoundAm));
  }
  // What a replay acts on most: prestations put in and taken out of the annex.
  for (const [field, type] of [['amendments/inserted', 'insertion'], ['amendments/repealed', 'repeal']] as const) {
    const m = matchItems(
      goldAm.filter((a) => a.subject === 'prestation' && a.type === type),
      doc.amendments.filter((a) => a.subject === 'prestation' && a.type === type),
      amendmentMatches,
    );
    out.push(result(field, m, showGoldAm, showFoundAm));
  }

  // Entry into force: one date per document, null when none is known.
  const gd = gold.entryIntoForce;
  const fd = doc.document.entryIntoForce.date;
  const eif: Match<string, string> = { tp: [], fn: [], fp: [] };
  if (gd !== null && gd === fd) eif.tp.push({ gold: gd, found: gd });
  else {
    if (gd !== null) eif.fn.push(gd);
    if (fd !== null) eif.fp.push(fd);
  }
  out.push(
    result(
      'entryIntoForce',
      eif,
      (k) => ({ key: k, where: null }),
      (k) => ({ key: `${k} (${doc.document.entryIntoForce.basis})`, where: at(doc.document.entryIntoForce.at) }),
    ),
  );
  return out;
}
