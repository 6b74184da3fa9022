/**
 * Sentence spans inside a paragraph of normalised text. A sentence ends at
 * a single `.`, `!` or `?` followed by white space and a capital, quote or
 * end of paragraph — not after leader dots (`..... K 50.` ends only at the
 * last dot, `. . . . . B 600` not at all), abbreviations (`art.`, `M.B.`, `p.`), single capitals (`A.`),
 * or inside numbers (`A1.1`, `2.5`).
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'art', 'arts', 'p', 'pp', 'n', 'no', 'cfr', 'cf', 'ex', 'resp', 'al', 'dr', 'ca', 'vol', 'chap', 'min', 'max', 'etc', 'e.a', 'm.b', 'a.r', 'c.-à-d', 'c-à-d', 'env', 'sect', 'pag', 'mm', 'st',
]);

/** An item's mark opening a sentence, a multi-level one too: `b)`, `1.`, `C.2.`, `1.2.`, `3°` (a regex source). */
export const LEAD_MARK = String.raw`(?:[\p{L}\d°]{1,3}[.)](?:\d{1,2}[.)])*)`;

/** Marker at the start of a list item: `A.`, `a)`, `-`, `•`, `1°`, `o`, `1.`, `a.`, `i)`. */
export const ITEM_MARKER = /^(?:[A-Z]\.|[a-z]\)|[a-z]\.(?=\s)|[ivx]+\)|\d+°|\d+\)|\d+\.(?=\s)(?!\d)|-(?=\s)|•|o(?=\s)|\*(?=\s))\s*/u;

export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  for (let i = s; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (c === '.' && (text[i + 1] === '.' || text[i - 1] === '.')) continue;
    // spaced leader dots (`… isolés . . . . . B 600`): the label goes on into its value
    if (c === '.' && text[i - 1] === ' ' && text[i - 2] === '.') continue;
    const after = text.slice(i + 1, Math.min(end, i + 3));
    const atEnd = i + 1 >= end || /^["\s]*$/.test(text.slice(i + 1, end));
    if (!atEnd && !/^\s+["(]?[A-ZÀ-ÖØ-Þ"]/u.test(text.slice(i + 1, Math.min(end, i + 4)))) continue;
    if (!atEnd && !/^\s/.test(after)) continue;
    if (c === '.' && isAbbreviation(text, i, s)) continue;
    let e = i + 1;
    if (atEnd) e = end;
    out.push({ start: s, end: e });
    s = e;
    while (s < end && /\s/.test(text[s])) s++;
    i = s - 1;
  }
  if (s < end) out.push({ start: s, end });
  return out.filter((x) => x.end > x.start);
}

function isAbbreviation(text: string, dot: number, sentenceStart: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}.\-]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // single capitals (`A.`, `M.`), and digits with a point inside a code-like token
  // (but a capital that ends a reference or a name inside the sentence, before a word that opens one, ends it: `… visées à
  // l'article 2, B. Seul le médecin …`, `… de l'hépatite B. Dans cette indication …`; not an item's mark, `… : A. Les …`, nor a
  // heading named after its letter, `§ 1er, G. Chirurgie thoracique`)
  // (nor a point named by its letter, `… les prestations du point E. Les orthèses …`: read as one sentence, as always)
  if (/^\p{Lu}$/u.test(text.slice(w, dot)))
    return !(/[\p{L}\d,]\s+$/u.test(text.slice(Math.max(sentenceStart, w - 3), w)) && !LOCATOR_BEFORE.test(text.slice(Math.max(sentenceStart, w - 20), w)) && SENTENCE_OPENER.test(text.slice(dot + 1, dot + 40)));
  return false;
}

/** A word that names a part by its letter: `point E`, `rubrique B`, `groupe C`. */
const LOCATOR_BEFORE = /(?<![\p{L}])(?:points?|rubriques?|littera|lettres?|groupes?|catégories?|annexes?|titres?|chapitres?|sections?|sous-sections?|§)\s+$/iu;

/** A word that opens a sentence (an article, a pronoun, a conjunction), never a heading's title. */
const SENTENCE_OPENER = /^\s+(?:(?:Le|La|Les|Ce|Cet|Cette|Ces|Il|Ils|Elle|Elles|Seule?s?|Si|Lorsque|Aucune?|Chaque|Toutefois|Cependant|Dans|En\s+outre|Par\s+dérogation|Une?)(?![\p{L}])|(?:L|Lorsqu)['’](?=\p{L}))/u;
