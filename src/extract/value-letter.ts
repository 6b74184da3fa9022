import type { RelativeValue } from '../schema/document.js';
import type { DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { findRelativeValues } from './values.js';

/**
 * `est portée à .......... 400`: the key letter is not written. Take it from
 * the same prestation's value elsewhere in the text (`sameCode`), else from
 * the other values of the same decree article when they all use one letter;
 * say which and why. Mutates `v` (the value read from the text).
 */
export function inferValueLetter(
  doc: DocumentStructure,
  sink: DiagnosticSink,
  v: RelativeValue,
  codes: readonly string[],
  span: { start: number; end: number },
  sameCode: RelativeValue | null = null,
): void {
  if (v.terms[0]?.letter !== null) return;
  let letter: string | null = null;
  let why = '';
  if (sameCode?.letter) {
    letter = sameCode.letter;
    why = `the value of the same prestation ${codes.join(' - ')} elsewhere in this text`;
  } else {
    const art = doc.articles.find((a) => span.start >= a.start && span.start < a.end);
    const where = art ? `article ${art.number}` : 'this text';
    const letters = lettersOf(doc, art ?? null);
    const distinct = [...new Set(letters)];
    if (distinct.length === 1) {
      letter = distinct[0];
      why = `every other relative value in ${where} (${letters.length}) uses ${letter}`;
    } else if (distinct.length > 1) {
      why = `the values around it use several letters (${distinct.join(', ')})`;
    } else {
      why = 'no other relative value in the text gives one';
    }
  }
  const written = `${v.coefficient}`;
  if (letter) {
    v.terms[0].letter = letter;
    v.letter = letter;
    v.letterInferred = true;
    sink.report('warning', 'value/missing-letter', `relative value "${written}" of ${codes.join(' - ')} has no key letter; took ${letter}: ${why}`, span);
  } else {
    sink.report('warning', 'value/missing-letter', `relative value "${written}" of ${codes.join(' - ')} has no key letter and none can be inferred: ${why}`, span);
  }
}

/** The key letters of an article's values, read once per document and article (a text can hold thousands of letterless values). */
const LETTERS = new WeakMap<DocumentStructure, Map<number, string[]>>();
function lettersOf(doc: DocumentStructure, art: { start: number; end: number } | null): string[] {
  let perDoc = LETTERS.get(doc);
  if (!perDoc) LETTERS.set(doc, (perDoc = new Map()));
  const key = art ? art.start : -1;
  let letters = perDoc.get(key);
  if (!letters) {
    const text = doc.ingested.text.text;
    letters = findRelativeValues(text, art ? art.start : 0, art ? art.end : text.length)
      .filter((x) => x.value.letter !== null)
      .map((x) => x.value.letter!);
    perDoc.set(key, letters);
  }
  return letters;
}
