import type { DocumentStructure } from '../../structure/types.js';
import { findRelativeValues } from '../values.js';
import { continuesIntoCode } from '../../text/continues.js';
import { groupsIn } from './context.js';

/**
 * A sentence, or a piece of one, in a fixed-width table: an entry opens on
 * its prestation's codes; a piece cut at a `§ 2.` heading or a subheading
 * (`b) preparation a l'accouchement :`) opens a section, where what came
 * before is no antecedent.
 */
export interface TablePiece {
  start: number;
  end: number;
  entry?: string[][];
  opensSection?: true;
}

/**
 * Sentences cut after each prestation entry of a fixed-width table: a
 * relative value that ends its line in the source (`atLineEnd`), with the
 * notes that follow it (`B 600 / (Maximum 1) (Règle de cumul 67) Classe
 * 19.`), ends an entry, and what follows is another entry or a rule
 * (`… le jour de l'accouchement   V21` / `La prestation 422354 peut être
 * attestée au maximum deux fois …`). Ingestion folds a table's lines and
 * its entries have no sentence end: read as one sentence, a table was an
 * `other` rule on every code in it, and its rules were merged with the
 * labels around them. A rule written in an entry's label (`… sont exigés
 * N 104`) stays a rule of its own. `entry`: the codes of the prestation a
 * piece opens on (a code that opens its source line, after a heading and
 * the table's column numbers: `Injections : (2) (3) 421993 Injection   V5`,
 * `Soins prenatals : (2) (3) a) seances prenatales : 422030 Premiere
 * seance …`), which `cette prestation` after it refers to. A value that
 * ends a line in the middle of a sentence (text from a PDF: `… un
 * supplément de N 5` / `et ne peuvent être cumulés …`) ends no entry.
 */
export function atEntryEnds(text: string, sentences: readonly { start: number; end: number }[], atLineEnd: (offset: number) => boolean, atLineStart: (offset: number) => boolean): TablePiece[] {
  const out: TablePiece[] = [];
  // where a piece was cut after an entry's notes on a line holding several entries (see below): an entry may open there
  const flatStarts = new Set<number>();
  // (a piece cut after an entry's value opens a section at a subheading; a sentence keeps what atEntryStarts saw:
  // a list item that opens its paragraph, `a) pour les bénéficiaires …`, is prose's)
  const piece = (s: TablePiece, start: number, end: number, valued = false): TablePiece => {
    const section = start === s.start ? s.opensSection === true : SUBHEADING.test(text.slice(start, start + 90)) && atLineStart(start);
    const plain: TablePiece = section ? { start, end, opensSection: true } : { start, end };
    // (the lead has no digit: the first six digits are where the entry's code must be)
    const digits = FIRST_CODE.exec(text.slice(start, Math.min(end, start + 240)));
    if (!digits || !ENTRY_LEAD.test(text.slice(start, start + digits.index)) || !(atLineStart(start + digits.index) || flatStarts.has(start))) return plain;
    const first = groupsIn(text, start + digits.index, end)[0];
    // (and a label follows: `587193-587204).` that opens a line of a PDF is the end of a list, no entry)
    // (a rubric's rows under its heading open lower-case, `598883` / `par un medecin accredite, … par jour   C 28,5 +`: an
    // entry where the piece runs from its code to a value that ends its line, not `587193` / `et 587204 …`)
    const after = first ? LOWER_LABEL_START.exec(text.slice(first.end, first.end + 8)) : null;
    const opens = first && first.start === start + digits.index && !first.rangeTo && (LABEL_START.test(text.slice(first.end, first.end + 8)) || (valued && after !== null && atLineStart(first.end + after[1].length)));
    return opens ? { ...plain, entry: [first.codes.slice()] } : plain;
  };
  for (const s of atEntryStarts(text, sentences, atLineStart)) {
    let from = s.start;
    // (a letter and a number: no value without them)
    if (VALUE_HINT.test(text.slice(s.start, s.end))) {
      for (const v of findRelativeValues(text, s.start, s.end, { atLineEnd })) {
        if (v.start < from) continue;
        ENTRY_NOTES.lastIndex = v.end;
        const notes = ENTRY_NOTES.exec(text)?.[0].length ?? 0;
        const end = Math.min(s.end, v.end + notes);
        let next = end;
        while (next < s.end && /\s/u.test(text[next])) next++;
        // entries laid out on one line (a Justel `[1 … ]1` bracket folds a whole rubric: `… isolés . . . . . B 600(Maximum 1)
        // Classe 19  549032-549043 Hémoculture …`): the value's notes end the entry where the next code follows them
        const flat = notes > 0 && next < s.end && /^\d{6}/u.test(text.slice(next, next + 6));
        if (!atLineEnd(v.end) && !flat) continue;
        if (flat && !atLineEnd(v.end)) flatStarts.add(next);
        // (the sentence goes on: `… N 5` / `et ne peuvent …`, `… K 30` / `, à l'exception …`; not into `b) seances postnatales :`)
        if (next < s.end && /[\p{Ll},;]/u.test(text[next]) && !SUBHEADING.test(text.slice(next, next + 90))) continue;
        out.push(piece(s, from, end, true));
        from = next;
      }
    }
    if (from < s.end) out.push(piece(s, from, s.end));
  }
  return out;
}

/** Characters after a cut where the code that opens an entry is looked for (a pair with its dash and spaces is under 30; a code cut into 7 digits is joined to the next one across a gap of dashes and commas only within this). */
const OPENING_CODE_WINDOW = 120;

/**
 * Sentences cut before a code, a subheading or a `§ n.` heading that opens
 * its line in the source right after a sentence's end (`… le jour de
 * l'accouchement.` / `422376 Surveillance …`, `… est exigee.` / `§ 2. Soins
 * prenatals :`, `… le même jour.` / `b) preparation a l'accouchement :`): a
 * table's next entry or section, not the sentence's continuation. A table's
 * rule may end without its period (`… au maximum six fois par grossesse` /
 * `§ 3. Surveillance :`): a `§ n.` heading is cut wherever it opens a line
 * after words that do not go on into it (`visées au` / `§ 3.` is a reference).
 */
function atEntryStarts(text: string, sentences: readonly { start: number; end: number }[], atLineStart: (offset: number) => boolean): TablePiece[] {
  const out: TablePiece[] = [];
  let sentenceStart = -1;
  for (const s of sentences) {
    sentenceStart = s.start;
    let from = s.start;
    if (SENTENCE_THEN_ENTRY.test(text.slice(s.start, s.end))) {
      // (on the text up to the sentence's end and a margin for the lookaheads: on the whole text, a sentence with no cut
      // made the search run on to the next one, to the end of the document, quadratic in a document of many sentences)
      const within = text.slice(0, Math.min(text.length, s.end + LOOKAHEAD_MARGIN));
      CUT_BEFORE.lastIndex = s.start;
      for (let m = CUT_BEFORE.exec(within); m && m.index < s.end; m = CUT_BEFORE.exec(within)) {
        const at = m.index + m[0].length;
        if (at <= from || at >= s.end || !atLineStart(at)) continue;
        const afterPeriod = text[m.index] === '.';
        if (!afterPeriod && continuesIntoCode(text.slice(Math.max(from, at - 200), at))) continue;
        // (a list item, `a) Cette prestation ne peut …`, goes on with its intro; a subheading ends with its colon)
        const marker = ITEM_MARK.test(text.slice(at, at + 3));
        if (marker && !SUBHEADING.test(text.slice(at, at + 90))) continue;
        // (only whether a code opens there: read from a short window, not to the sentence's end, which was quadratic in a
        // long run of codes and full stops that never ends a sentence)
        if (!marker && text[at] !== '§' && groupsIn(text, at, Math.min(s.end, at + OPENING_CODE_WINDOW))[0]?.start !== at) continue;
        out.push(cut(from, afterPeriod ? m.index + 1 : m.index));
        from = at;
      }
    }
    out.push(cut(from, s.end));
  }
  return out;
  // (a heading cut from a sentence: at a paragraph's start, `§ 2.` is prose's and keeps its context)
  function cut(start: number, end: number): TablePiece {
    const section = text[start] === '§' || SUBHEADING.test(text.slice(start, start + 90));
    return start !== sentenceStart && section ? { start, end, opensSection: true } : { start, end };
  }
}

/** True when normalised offset `offset` opens its line in the original file (blanks and a quote before it). */
export function lineStartTest(doc: DocumentStructure): (offset: number) => boolean {
  const nt = doc.ingested.text;
  return (offset: number) => {
    const o = nt.originalOffset(offset);
    for (let i = o - 1; i >= 0; i--) {
      const c = nt.original[i];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t' && c !== '"' && c !== '«') return false;
    }
    return true;
  };
}

const VALUE_HINT = /[A-Z]\s*\d/u;
const FIRST_CODE = /\d{6}/u;
const LABEL_START = /^\s+\p{Lu}/u;
/** A lower-case label (not a list going on: `et`, `ou`); group 1, the blanks before it (it must open its source line). */
const LOWER_LABEL_START = /^(\s+)(?!(?:et|ou)\s)\p{Ll}/u;
/** A sentence's end, then a code or a subheading, or a `§`: where atEntryStarts may cut (a cheap test before the code search). */
const SENTENCE_THEN_ENTRY = /\.\s*"?\s*(?:\d{6}|[a-z0-9]\)\s)|§\s*\d/u;
/** More than CUT_BEFORE's lookaheads may read past a sentence's end (at most 53 characters: `§`, 40 blanks or line breaks, `1234quater.` and one more); bounded, so that the slice cannot change what they see. */
const LOOKAHEAD_MARGIN = 200;
const CUT_BEFORE = /\.[\s"]*(?=\d{6}|§\s{0,40}\d|[a-z0-9]\)\s)|\s+(?=§\s{0,40}\d{1,4}(?:bis|ter|quater)?\.(?:\s|$))/gu;
/** A table's subheading, a short line that ends with its colon: `a) seances prenatales :`, `1) dans l'etablissement hospitalier :`. */
const SUBHEADING = /^[a-z0-9]\)\s[^.:\n]{0,80}:/u;
const ITEM_MARK = /^[a-z0-9]\)\s/u;

/** Before an entry's code: nothing, a heading (`Soins postnatals :`), the table's column numbers (`(2) (3)`), a subheading (`a) seances prenatales :`). */
const ENTRY_LEAD = /^(?:[^\d\n]{0,80}:)?(?:\s*\(\d\))*(?:\s*[a-z0-9]\)[^\d\n]{0,80}:)?\s*$/u;
/** What a fixed-width table writes after an entry's value: `(Maximum 1) (Règle de cumul 67) (Règle diagnostique 59), Classe 30.` */
const ENTRY_NOTES = /(?:[ \t\n]*,?[ \t\n]*(?:\((?:Maximum|R[èe]gles?)[^()\n]{0,60}\)|Classe\s+\d+\.?))*/uy;
