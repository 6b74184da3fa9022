import type { TextBuilder } from './normalized.js';

/**
 * Character-level normalisation shared by every input format.
 * Typographic variants are folded so extractors see one spelling:
 * all double quotes become `"`, apostrophes `'`, dashes `-`, the ellipsis
 * character `...`, non-breaking and other odd spaces a plain space; runs of
 * spaces collapse to one. Text extracted from PDFs by other tools brings
 * typesetting forms the decrees' words never have: ligatures (`modiﬁé`) are
 * spelled out, and a letter followed by combining accents (`modifie\u0301`,
 * decomposed Unicode) is composed into one letter, so every extractor's
 * `modifié` matches. Each emitted character keeps its original offset.
 */
const FOLD: Record<string, string> = {
  '\u00a0': ' ', '\u202f': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
  '\u00ab': '"', '\u00bb': '"', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '`': "'", '\u02bc': "'",
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
  '\u2024': '.', '\u2015': '-',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...',
  '\u2264': '≤', '\u2265': '≥',
  '\uf0b7': '•', '\u25cf': '•', '\u25aa': '•', '\u2022': '•',
};
const DROP = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff', '\f', '\r', '\u0000']);

/** Append `s` (which starts at original offset `base`) to `b`, normalised, on one line. */
export function pushInline(b: TextBuilder, s: string, base: number): void {
  for (let i = 0; i < s.length; i++) {
    // a run of characters that stay as they are goes in as one piece (one push per character made
    // millions of one-character pieces); the first character that needs a decision is read below
    // (a single space after such a character is kept as is too: the decision below would push it, and a piece per word
    // was most of the pieces)
    let plain = i;
    for (let c = s.charCodeAt(plain); plain < s.length && (c < 128 ? PLAIN_ASCII[c] === 1 || (c === 32 && plain > i && s.charCodeAt(plain - 1) !== 32) : isPlain(s[plain])); c = s.charCodeAt(++plain));
    // the letter a combining accent belongs to is composed with it below
    if (plain > i && plain < s.length && isCombining(s.charCodeAt(plain))) plain--;
    if (plain > i) {
      b.push(s.slice(i, plain), base + i);
      i = plain;
      if (i >= s.length) break;
    }
    const ch = s[i];
    if (DROP.has(ch)) continue;
    let marks = i + 1;
    while (marks < s.length && isCombining(s.charCodeAt(marks))) marks++;
    if (marks > i + 1) {
      const composed = s.slice(i, marks).normalize('NFC');
      // one letter for the whole sequence, attributed to the base letter's offset; a mark that does
      // not compose (or follows no letter) is kept as written
      if (composed.length === 1 && FOLD[ch] === undefined && !DROP.has(ch) && ch !== ' ' && ch !== '\n') {
        b.push(composed, base + i);
        i = marks - 1;
        continue;
      }
    }
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

/** Kept as is, whatever precedes or follows it: not dropped, not folded, not a space, a line break, an apostrophe or an accent to compose. */
function isPlain(ch: string): boolean {
  return FOLD[ch] === undefined && !DROP.has(ch) && ch !== ' ' && ch !== '\n' && ch !== "'" && !isCombining(ch.charCodeAt(0));
}

/** A combining diacritical mark (U+0300-U+036F): decomposed text writes `é` as `e` + U+0301. */
function isCombining(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** isPlain of each ASCII character, looked up by code (most of the text). */
const PLAIN_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (isPlain(String.fromCharCode(c)) ? 1 : 0));
