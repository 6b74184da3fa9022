import type { NormalizedText } from '../text/normalized.js';

/*
 * Normalisation folds every double quote into `"`, so a quote's own marks and the marks of words quoted inside it
 * look alike. Where the source printed them in another style (`" 5. Dans le cadre de la fonction « soins urgents »,
 * … "`; the Moniteur's `« … “ … ” … »`), their glyphs say which is which: a `«` (or `“`) that its `»` (`”`) closes
 * later in the same paragraph, inside a quote opened in another style, quotes words; it neither closes nor opens.
 */

type Style = 'straight' | 'guillemet' | 'curly';

const STYLE: Readonly<Record<string, Style>> = { '«': 'guillemet', '»': 'guillemet', '“': 'curly', '”': 'curly', '„': 'curly' };
const OPENERS = new Set(['«', '“', '„']);
const CLOSER: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '”' };
const MAX_QUOTED_WORDS = 2000;

/** The source glyph of the normalised `"` at `i`. */
function glyph(nt: NormalizedText, i: number): string {
  return nt.original[nt.originalOffset(i)] ?? '"';
}

/** The style of the mark at `i`: the glyph the source printed (`"` and anything else: straight). */
function markStyle(nt: NormalizedText, i: number): Style {
  return STYLE[glyph(nt, i)] ?? 'straight';
}

/**
 * Where the pair of marks opening at `i` closes, when it is words quoted inside the quote opened at `open` in another
 * style: `i` opens by its glyph, the next mark of the paragraph closing by its glyph (with no opener of the same glyph
 * between) is its partner. Null otherwise, and always for a text printed with straight marks only.
 */
export function innerStyledPair(nt: NormalizedText, open: number, i: number, paraEnd: number): number | null {
  const g = glyph(nt, i);
  if (!OPENERS.has(g) || markStyle(nt, open) === STYLE[g]) return null;
  const text = nt.text;
  // (quoted words are short: a mark with no partner near it is no pair, and a paragraph of lone openers is read in linear time)
  const to = Math.min(paraEnd, i + MAX_QUOTED_WORDS);
  for (let j = text.indexOf('"', i + 1); j >= 0 && j < to; j = text.indexOf('"', j + 1)) {
    const h = glyph(nt, j);
    if (h === CLOSER[g]) return j;
    if (h === g) return null;
  }
  return null;
}

/** Whether the source printed the mark at `i` as a closing one (`»`, `”`), an opening one (`«`, `“`, `„`) or straight. */
export function closingGlyph(nt: NormalizedText, i: number): 'close' | 'open' | 'straight' {
  const g = glyph(nt, i);
  return g === '»' || g === '”' ? 'close' : OPENERS.has(g) ? 'open' : 'straight';
}
