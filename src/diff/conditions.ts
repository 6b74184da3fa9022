import type { ConditionChange, IndicationCondition, WordPart } from '../schema/replay.js';

/**
 * Measured conditions written in running text (`plus de 8 semaines`,
 * `période de 4 mois`, `< -2.5`, `≤ -1`, `entre 20 % et 60 %`). Used to say
 * which conditions a text change touches when no indications were extracted.
 */
interface Mention {
  start: number;
  end: number;
  text: string;
  quantity: string;
}

const UNIT = '%|semaines?|jours?|mois|ans|années?|heures?|minutes?|mg|g|ml|cm|mm|kg';
const NUM = String.raw`-?\d+(?:[.,]\d+)?`;
const MENTION = new RegExp(
  String.raw`entre\s+${NUM}\s*(?:${UNIT})?\s+et\s+${NUM}(?:\s*(?:${UNIT})\b|\s*%)?|` +
  String.raw`(?:(?:plus de|moins de|au moins|au minimum|au maximum|endéans|pendant|durant|période de|entre|jusqu'à)\s+)?` +
    String.raw`(?:[<>≤≥]=?\s*)?-?\d+(?:[.,]\d+)?(?:\s*(?:${UNIT})\b|\s*%)?(?:\s+au (?:minimum|maximum))?`,
  'gu',
);
const DURATION = /semaine|jour|mois|\ban|année|heure|minute/;

/** What a mention measures: its unit's dimension, or the term compared (`T-score`). */
function quantityOf(text: string, before: string): string | null {
  if (DURATION.test(text)) return 'durée';
  if (/%/.test(text)) return 'pourcentage';
  if (/\b(?:mg|g|ml|kg)\b/.test(text)) return 'dose';
  if (/\b(?:cm|mm)\b/.test(text)) return 'taille';
  if (!/[<>≤≥]/.test(text)) return null; // a bare number is not a condition (A1.2, L1-L4)
  const sentence = before.slice(-160).split(/[;:.]\s/).pop() ?? '';
  const terms = [...sentence.matchAll(/\b[A-Za-z]+-[a-z]+\b|\b[A-Z]{2,}\w*/g)];
  return terms.length ? terms[terms.length - 1][0] : 'valeur';
}

export function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const t = m[0].trim();
    const start = m.index!;
    // not part of a word or code: `A1.1`, `L1-L4`, `T5`
    if (/[\p{L}\d.]/u.test(text[start - 1] ?? ' ') && /^[-\d]/.test(t)) continue;
    if (/^\d/.test(text.slice(start + m[0].length, start + m[0].length + 1))) continue;
    const q = quantityOf(t, text.slice(0, start));
    if (q) out.push({ start, end: start + m[0].length, text: t, quantity: q });
  }
  return out;
}

/**
 * Conditions changed by a word diff: per hunk of changed words, the
 * mentions of the old text it removes and of the new text it adds, paired
 * by quantity in order (an unpaired one is a condition removed or added).
 */
export function conditionChanges(parts: WordPart[]): ConditionChange[] {
  const oldText = parts.filter((p) => p.op !== '+').map((p) => p.text).join('');
  const newText = parts.filter((p) => p.op !== '-').map((p) => p.text).join('');
  const om = mentions(oldText);
  const nm = mentions(newText);
  // changed regions of both texts; regions split by a few unchanged words are one change
  const regions: { o1: number; o2: number; n1: number; n2: number }[] = [];
  let o = 0;
  let n = 0;
  for (const p of parts) {
    const [o1, n1] = [o, n];
    if (p.op !== '+') o += p.text.length;
    if (p.op !== '-') n += p.text.length;
    if (p.op === '=') continue;
    const last = regions[regions.length - 1];
    if (last && o1 - last.o2 <= MERGE_GAP && n1 - last.n2 <= MERGE_GAP) {
      last.o2 = o;
      last.n2 = n;
    } else regions.push({ o1, o2: o, n1, n2: n });
  }
  const out: ConditionChange[] = [];
  const usedOld = new Set<Mention>();
  const usedNew = new Set<Mention>();
  for (const r of regions) {
    const olds = om.filter((m) => !usedOld.has(m) && m.start < r.o2 && m.end > r.o1 && r.o2 > r.o1);
    const news = nm.filter((m) => !usedNew.has(m) && m.start < r.n2 && m.end > r.n1 && r.n2 > r.n1);
    olds.forEach((m) => usedOld.add(m));
    news.forEach((m) => usedNew.add(m));
    const paired = new Set<Mention>();
    for (const a of olds) {
      const b = news.find((x) => !paired.has(x) && x.quantity === a.quantity);
      if (b) paired.add(b);
      out.push({ quantity: a.quantity, old: a.text, new: b?.text ?? null });
    }
    for (const b of news) if (!paired.has(b)) out.push({ quantity: b.quantity, old: null, new: b.text });
  }
  return out;
}

/** Unchanged text shorter than this between two changes does not separate them. */
const MERGE_GAP = 40;

/** The comparable part of a condition: comparator, bound(s), unit. */
export function formatCondition(c: IndicationCondition): string {
  const v = typeof c.value === 'object' && c.value !== null ? JSON.stringify(c.value) : String(c.value);
  const bound = c.max !== undefined ? `${v}..${c.max}` : v;
  return [c.quantity ?? '', c.comparator, bound, c.unit ?? ''].filter(Boolean).join(' ');
}

/** What a condition measures: its quantity, else its unit's dimension. */
function dimension(c: IndicationCondition): string {
  if (c.quantity) return c.quantity;
  const u = `${c.unit ?? ''} ${c.text ?? ''}`;
  return quantityOf(u, '') ?? c.unit ?? 'valeur';
}

/** Structured conditions of one indication item, matched by quantity (or dimension) in order. */
export function compareConditions(a: IndicationCondition[], b: IndicationCondition[]): ConditionChange[] {
  const out: ConditionChange[] = [];
  const used = new Set<number>();
  const show = (c: IndicationCondition) => c.text ?? formatCondition(c);
  for (const c of a) {
    const exact = b.findIndex((x, k) => !used.has(k) && formatCondition(x) === formatCondition(c));
    const j = exact >= 0 ? exact : b.findIndex((x, k) => !used.has(k) && dimension(x) === dimension(c));
    if (j >= 0) used.add(j);
    const d = j >= 0 ? b[j] : null;
    if (!d || formatCondition(c) !== formatCondition(d)) out.push({ quantity: dimension(c), old: show(c), new: d ? show(d) : null });
  }
  b.forEach((d, k) => {
    if (!used.has(k)) out.push({ quantity: dimension(d), old: null, new: show(d) });
  });
  return out;
}
