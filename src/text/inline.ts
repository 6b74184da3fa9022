import type { TextBuilder } from './normalized.js';

/**
 * Character-level normalisation shared by every input format.
 * Typographic variants are folded so extractors see one spelling:
 * all double quotes become `"`, apostrophes `'`, dashes `-`, the ellipsis
 * character `...`, non-breaking and other odd spaces a plain space; runs of
 * spaces collapse to one. Each emitted character keeps its original offset.
 */
const FOLD: Record<string, string> = {
  '\u00a0': ' ', '\u202f': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
  '\u00ab': '"', '\u00bb': '"', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '`': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...',
  '\u2264': '≤', '\u2265': '≥',
  '\uf0b7': '•', '\u25cf': '•', '\u25aa': '•', '\u2022': '•',
};
const DROP = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff', '\f', '\r', '\u0000']);

/** Append `s` (which starts at original offset `base`) to `b`, normalised, on one line. */
export function pushInline(b: TextBuilder, s: string, base: number): void {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (DROP.has(ch)) continue;
    let out = FOLD[ch] ?? ch;
    if (ch === '\n') out = ' ';
    // `l'intitulé " Prothèse pour audition réduite'' est complété`: two apostrophes after a word close a double quote
    if (out === "'" && (FOLD[s[i + 1]] ?? s[i + 1]) === "'" && /[\p{L}\d.)]/u.test(b.lastChar() ?? '') && /^(?:[\s,.;:)]|$)/u.test(s[i + 2] ?? '')) {
      b.push('"', base + i, false);
      i++;
      continue;
    }
    if (out === ' ') {
      const last = b.lastChar();
      if (b.length === 0 || last === ' ' || last === '\n') continue;
    }
    b.push(out, base + i, out.length === 1);
  }
}
