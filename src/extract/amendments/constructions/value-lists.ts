import type { Prestation, RelativeValue } from '../../../schema/document.js';
import type { DocumentStructure, Quote } from '../../../structure/types.js';
import type { CodeGroup } from '../../codes.js';
import { lineEndTest } from '../../prestations.js';
import { findRelativeValues, type ValueMatch } from '../../values.js';
import type { Construction } from './types.js';

/**
 * A value change that gives each prestation its own new value: `les valeurs
 * relatives des prestations suivantes sont remplacées comme suit :` followed
 * by code lines with their values, or a table (`| 262113 | 262124 | N 180 |
 * N 210 |`, the new value in the last column). One substitution/relativeValue
 * per row, each with its value (the replay needs each); the rows are not
 * prestations defined by the text (test/gold/README.md).
 */
export const valueLists: Construction = {
  id: 'value-lists',
  summary: 'a list or table of codes with their new values after a value change → one substitution/relativeValue per row',
  examples: [
    {
      // first synthetic blind set: no real corpus decree words a revaluation this way
      from: 'synthetic set C, 2021093845',
      text: '2° les valeurs relatives des prestations suivantes sont remplacées comme suit :\n\n"475075-475086 . . . . . K 26\n\n475090-475101 . . . . . K 34\n\n475112-475123 . . . . . K 52";',
      reads: ['substitution/relativeValue 475075-475086', 'substitution/relativeValue 475090-475101', 'substitution/relativeValue 475112-475123'],
      never: ['substitution/relativeValue 475075-475086,475090-475101'],
    },
    {
      from: 'synthetic set C, 2013093729',
      text: '1. les valeurs relatives des prestations ci-après sont remplacées conformément au tableau suivant :\n\n| Numéro d\'ordre ambulant | Numéro d\'ordre hospitalisé | Ancienne valeur | Nouvelle valeur |\n| --- | --- | --- | --- |\n| 262113 | 262124 | N 180 | N 210 |\n| 262135 | 262146 | N 240 | N 275 |',
      reads: ['substitution/relativeValue 262113-262124', 'substitution/relativeValue 262135-262146'],
    },
    {
      // third synthetic blind set (H 2014098733, G 2005097381): dash items, `fixées comme suit`, and the next point is not a row
      from: 'synthetic sets G and H',
      text: '1. les valeurs relatives des prestations reprises ci-dessous sont remplacées comme suit :\n\n- 540735-540746 : B 90;\n\n- 540750-540761 : B 110;\n\n2. les valeurs relatives des prestations reprises ci-après sont fixées comme suit :\n\n687713-687724 : U 150;\n\n687735-687746 : U 210;\n\n3. la prestation suivante est introduite après la prestation 687735-687746 :\n\n" 687772-687783\n\nCanule artérielle . . . . . U 40 ".',
      reads: ['substitution/relativeValue 540735-540746', 'substitution/relativeValue 540750-540761', 'substitution/relativeValue 687713-687724', 'substitution/relativeValue 687735-687746', 'insertion/prestation 687772-687783'],
      never: ['substitution/relativeValue 687772-687783'],
    },
    {
      // ninth synthetic blind round (T 2002093954): a fixed-width table of the current and the new value; each row
      // changes its code's value to the last column's (no corpus decree writes one)
      from: 'synthetic round 9, T 2002093954',
      text: '1° les valeurs relatives des prestations figurant au tableau ci-après sont remplacées comme suit :\n\n```\n  Numero de la      Valeur relative      Nouvelle valeur\n  prestation        actuelle             relative\n  598614            C 28                 C 30\n  598636            C 21                 C 22,5\n  598673            C  7,5               C  8\n```',
      reads: ['substitution/relativeValue 598614', 'substitution/relativeValue 598636', 'substitution/relativeValue 598673'],
      never: ['substitution/relativeValue 598614,'],
    },
  ],
};

export interface ValueRow {
  group: CodeGroup;
  value: RelativeValue;
  /** end of the row (normalised offset): the row is the amendment's own source snippet */
  end: number;
}

/**
 * The payload's rows when each leading code group has its own value (the
 * last one of its row: a table's new value follows the old); null unless
 * every row of two or more has one.
 */
export function valueList(doc: DocumentStructure, payload: readonly Quote[], leading: readonly CodeGroup[], defined: readonly Prestation[]): ValueRow[] | null {
  if (leading.length < 2 || payload.length === 0) return null;
  const raw = doc.ingested.text.text;
  const end = payload[payload.length - 1].innerEnd;
  const rows: ValueRow[] = [];
  for (let i = 0; i < leading.length; i++) {
    const g = leading[i];
    // (a blank line before the payload's end, looked for up to there: not through the rest of the text, once a list)
    const blank = i + 1 < leading.length ? -1 : raw.slice(0, end + 1).indexOf('\n\n', g.end);
    const rowEnd = i + 1 < leading.length ? leading[i + 1].start : blank < 0 ? end : Math.min(end, blank);
    // in running text a value is told by its cell or line end; the code-line reader saw the fixed-width lines
    const values = findRelativeValues(raw, g.end, Math.max(g.end, rowEnd));
    // `598614   C 28   C 30`: a fixed-width row of the old and the new value, the new one in the last column
    const last = values.length && values[values.length - 1].value.terms.length === 1 ? values[values.length - 1] : (lastColumn(doc, g.end, Math.max(g.end, rowEnd)) ?? values[values.length - 1]);
    const value = last?.value ?? defined.find((p) => p.codes.join() === g.codes.join())?.value ?? null;
    if (!value || value.letter === null) return null;
    // (the row without the separators and list marks before the next one)
    let rowText = Math.max(g.end, rowEnd);
    while (rowText > g.end && /[\s;,|"«»-]/u.test(raw[rowText - 1])) rowText--;
    rows.push({ group: g, value, end: rowText });
  }
  return rows;
}

/** The value in the last fixed-width column of a row (after a run of 3+ blanks in the source), alone at its line end. */
function lastColumn(doc: DocumentStructure, from: number, to: number): ValueMatch | null {
  const nt = doc.ingested.text;
  const raw = nt.text.slice(from, to);
  const term = [...raw.matchAll(/(?<![\p{L}\d])[A-Z]{1,2}[ \t]*\d/gu)].pop();
  if (term?.index === undefined) return null;
  const start = from + term.index;
  const o = nt.originalOffset(start);
  if (!/[ \t]{3}$/u.test(nt.original.slice(Math.max(0, o - 3), o))) return null;
  return findRelativeValues(nt.text, start, to, { atLineEnd: lineEndTest(doc) })[0] ?? null;
}
