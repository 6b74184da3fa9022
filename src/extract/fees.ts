/**
 * Fee tables: a row gives a key letter's money value, a code pair, the
 * relative value and the amounts (fee, then the interventions for the
 * beneficiary categories):
 *
 *   I = 2,801231  587134 587145 = I 633 1773,18 1773,18 1773,18 1773,18 1773,18
 *
 * The fee is coefficient × letter value, rounded to the cent; every amount
 * is checked against it. The fee is attached to the prestation with those
 * codes, or a prestation is added from the row when none was found.
 */
import type { Prestation } from '../schema/document.js';
import { provenance, type DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';

/** letter = value, amb code, hosp code (dash optional), `= ` optional, letter coefficient, amounts. */
const FEE_ROW =
  /(?<![A-Za-z])([A-Z])\s*=\s*(\d+,\d+)\s+(\d{6})(?:\s*-\s*|\s+)(\d{6})\s+(?:=\s*)?([A-Z])\s*(\d+(?:,\d+)?)((?:\s+(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}(?![\d,]))+)/g;

export interface FeeRow {
  letter: string;
  letterValue: number;
  codes: [string, string];
  valueLetter: string;
  coefficient: number;
  amounts: { value: number; start: number; end: number }[];
  start: number;
  end: number;
}

function num(s: string): number {
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

export function cents(v: number): number {
  return Math.round(v * 100 + 1e-7 * Math.sign(v)) / 100;
}

/** Fee rows in the normalised text, in text order. */
export function findFeeRows(text: string): FeeRow[] {
  const rows: FeeRow[] = [];
  for (const m of text.matchAll(FEE_ROW)) {
    const start = m.index;
    const amountsText = m[7];
    const amountsStart = start + m[0].length - amountsText.length;
    const amounts: FeeRow['amounts'] = [];
    for (const a of amountsText.matchAll(/(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}/g)) {
      amounts.push({ value: num(a[0]), start: amountsStart + a.index, end: amountsStart + a.index + a[0].length });
    }
    rows.push({
      letter: m[1],
      letterValue: num(m[2]),
      codes: [m[3], m[4]],
      valueLetter: m[5],
      coefficient: num(m[6]),
      amounts,
      start,
      end: start + m[0].length,
    });
  }
  return rows;
}

export function extractFees(doc: DocumentStructure, sink: DiagnosticSink, prestations: Prestation[]): Prestation[] {
  const out = prestations.map((p) => ({ ...p }));
  for (const row of findFeeRows(doc.ingested.text.text)) {
    const span = { start: row.start, end: row.end };
    const label = `${row.codes.join('-')}`;
    if (row.valueLetter !== row.letter) {
      sink.report('warning', 'fee/letter-mismatch', `fee row ${label}: the key-letter value is given for ${row.letter} but the relative value is in ${row.valueLetter}; fee not computed`, span);
      continue;
    }
    const computed = cents(row.coefficient * row.letterValue);
    let consistent = true;
    row.amounts.forEach((a, i) => {
      if (Math.abs(a.value - computed) > 0.01 + 1e-9) {
        consistent = false;
        const which = i === 0 ? 'fee' : `amount ${i + 1}`;
        sink.report(
          'warning',
          'fee/mismatch',
          `fee row ${label}: ${which} ${fmt(a.value)} differs from ${row.valueLetter} ${fmt(row.coefficient)} × ${fmt(row.letterValue, 6)} = ${fmt(computed)}`,
          { start: a.start, end: a.end },
        );
      }
    });
    const fee = { letterValue: row.letterValue, computed, amounts: row.amounts.map((a) => a.value), consistent };
    const match = out.find((p) => sameCodes(p.codes, row.codes)) ?? out.find((p) => p.codes.some((c) => row.codes.includes(c)));
    if (match) {
      const v = match.value;
      if (v && v.terms.length === 1 && (v.letter !== row.valueLetter || Math.abs(v.coefficient - row.coefficient) > 1e-9)) {
        sink.report('warning', 'fee/value-mismatch', `fee row ${label} gives ${row.valueLetter} ${fmt(row.coefficient)} but the prestation's value is ${v.letter ?? '?'} ${fmt(v.coefficient)}`, span);
      }
      // every amount checked here, not only the first: this reading wins
      match.fee = fee;
      continue;
    }
    out.push({
      codes: [...row.codes],
      label: null,
      value: { letter: row.valueLetter, coefficient: row.coefficient, terms: [{ letter: row.valueLetter, coefficient: row.coefficient }] },
      fee,
      at: provenance(doc, row.start, row.end),
    });
  }
  return out;
}

function sameCodes(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function fmt(v: number, digits = 2): string {
  const s = Number.isInteger(v) ? String(v) : v.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
  return s.replace('.', ',');
}
