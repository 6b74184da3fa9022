import type { Rule } from '../../schema/rules.js';
import { provenance } from '../../structure/provenance.js';
import type { DocumentStructure } from '../../structure/types.js';
import type { Piece } from './context.js';
import { markerClass } from './forms.js';
import { isNormative } from './normative.js';
import { splitSentences } from './sentences.js';
import { typeSentence } from './typers.js';

/**
 * Limits written inside indication lists: an item closed by its limit in brackets, or a limit stated as a
 * sentence of its own between items. Indication items are conditions, not rules; these limits are the
 * exception, and they govern the list's prestations.
 */

/** A patient's history in brackets, `(plus de 3 fois par an)`, `(≥ 2 fois par semaine)`: a criterion, not a limit. */
const PATIENT_HISTORY = /plus\s+de|au\s+moins|≥|>|récidiv|recidiv/iu;

/** A list item closed by its limit in brackets (`E4. dilatation de l'aorte ascendante (maximum 2 fois par an)`): a rule on the prestation above. */
const BRACKET_LIMIT_END = /\(([^()]{0,200}?(?<!\w)fois\b[^()]{0,200}?)\)[\s.;]*$/iu;

export function closesWithLimit(s: string): boolean {
  const m = BRACKET_LIMIT_END.exec(s);
  return m !== null && !PATIENT_HISTORY.test(m[1]);
}

/** How often an indication item may be billed, in brackets: `(une seule fois)`, `(max. 2 fois par an)`. */
const BRACKET_LIMIT = /\(([^()]{0,200}?(?<!\w)fois\b[^()]{0,200}?)\)/giu;

/** BRACKET_LIMIT for a test (not global: no state between calls). */
const HAS_BRACKET_LIMIT = new RegExp(BRACKET_LIMIT.source, 'iu');

/** A patient's history in a sentence of an indication item: `… ayant présenté au maximum deux rejets par an`. */
const ITEM_HISTORY = /(?<!\w)(?:ayant|présent(?:ant|é)|souffrant|atteint)(?![\p{L}])/iu;

/** A limit stated as a sentence of its own in an indication list: `Maximum 4 fois par période de 12 mois.` */
const ITEM_LIMIT_WORDS = /(?<!\w)fois\b|(?<!\w)(?:au\s+)?maximum\b|(?<!\w)au\s+plus\b|(?<!\w)qu'une?\s+seule?\b/iu;

/** A clause after a semicolon about the item's indication: `; pour cette indication, la prestation … n'est remboursée qu'une fois …`, `; dans ce cas, …`. */
const LIMIT_AFTER_SEMICOLON = /;\s*((?:(?:pour|dans)\s+(?:cette|ces)\s+indications?|dans\s+ce\s+cas)\s*,?[^;]+)/giu;

/**
 * The frequency limits of an indication item, on the codes of its list: in brackets (`(max. 2 fois par an)`), or
 * a sentence of its own after the item's criterion or between items (`1. Bénéficiaire transplanté … . Au maximum
 * trois prestations par épisode.`, `Dans cette indication, la prestation est remboursée au maximum une fois par
 * semaine.`). An item's first sentence is its criterion, never a limit (`1. Patient ayant fait plus de deux
 * crises par mois`).
 */
export function bracketLimits(doc: DocumentStructure, piece: Piece, codes: string[][]): Rule[] {
  const text = doc.ingested.text.text;
  const out: Rule[] = [];
  if (codes.length === 0 || !ITEM_LIMIT_WORDS.test(text.slice(piece.start, piece.end))) return out;
  const sentences = splitSentences(text, piece.start, piece.end);
  const marked = markerClass(text.slice(piece.start, piece.end)) !== null;
  // (an unmarked piece opening in lower case goes on with the item above, a line the PDF cut: its criterion still)
  const continues = !marked && /^[\s"]*\p{Ll}/u.test(text.slice(piece.start, piece.end));
  // the frequencies `read` types, each a rule on `on` whose text is `shown`, at start…end
  const limits = (read: string, shown: string, on: string[][], start: number, end: number) => {
    for (const t of typeSentence(read))
      if (t.type === 'frequency') out.push({ type: t.type, codes: on.map((g) => g.slice()), with: null, params: t.params, text: shown, refusal: t.refusal, at: provenance(doc, start, end) } as Rule);
  };
  for (let k = marked || continues ? 1 : 0; k < sentences.length; k++) {
    const { start, end } = sentences[k];
    const s = text.slice(start, end);
    // (a limit in brackets is read below, once; a patient's history is no limit)
    if (!ITEM_LIMIT_WORDS.test(s) || !isNormative(s) || HAS_BRACKET_LIMIT.test(s) || ITEM_HISTORY.test(s)) continue;
    limits(s, s, codes, start, end);
  }
  // (a limit after the criterion's semicolon, on that indication: `2) distinction entre … ; pour cette indication, la prestation X n'est
  // remboursée qu'une fois par année civile ;`)
  if (marked || continues)
    for (const m of text.slice(sentences[0].start, sentences[0].end).matchAll(LIMIT_AFTER_SEMICOLON)) {
      const start = sentences[0].start + m.index + m[0].length - m[1].length;
      const end = start + m[1].length;
      if (!ITEM_LIMIT_WORDS.test(m[1]) || !isNormative(m[1]) || HAS_BRACKET_LIMIT.test(m[1])) continue;
      // (on the prestations of the list it names, if it names any: `; pour cette indication, la prestation X …` is X's)
      const named = codes.filter((g) => m[1].includes(g[0]));
      limits(m[1], m[1], named.length ? named : codes, start, end);
    }
  if (!/(?<!\w)fois\b/iu.test(text.slice(piece.start, piece.end))) return out;
  for (const m of text.slice(piece.start, piece.end).matchAll(BRACKET_LIMIT)) {
    if (PATIENT_HISTORY.test(m[1])) continue;
    const start = piece.start + m.index;
    const end = start + m[0].length;
    // (typeSentence reads `max.` as `maximum`)
    limits(m[1], m[0], codes, start, end);
  }
  return out;
}
