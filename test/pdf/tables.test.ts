import { expect, it } from 'vitest';
import { joinRuns, type PdfLine } from '../../src/source/pdf/lines.js';
import type { TextRun } from '../../src/source/pdf/load.js';
import { mergeWrappedRows } from '../../src/source/pdf/tables.js';

// Runs as pdf.js reports them for 2012022429's table typeset by Chromium in a
// Moniteur column (scripts/pdf-fixtures/chromium.ts): every cell wraps in its box.
/** A line as pdf.js reports it: its cells' text and left/right edges, at one font size. */
const lineOf =
  (page: number, size: number, left: number) =>
  (y: number, cells: [string, number, number][]): PdfLine =>
    joinRuns(page, cells.map(([str, a, b]): TextRun => ({ str, x: a, y, width: b - a, size, mono: false })), left)!;
const line = lineOf(1, 7.5, 39);

it("rebuilds a row whose code pair and value wrap inside their cells (`565014-` / `565025`, `B` / `289`)", () => {
  const lines = [
    line(320.7, [['565014-', 42, 73], ["Caryotype avec bandes pour le diagnostic d'une", 82, 265], ['B', 272, 277]]),
    line(311.7, [['565025', 42, 70], ['a', 82, 86], ['ff', 86, 92], ['ection constitutionnelle, quel que soit le', 92, 244], ['289', 272, 286]]),
    line(302.7, [['nombre de colorations ou de bandes(Règle', 82, 245]]),
    line(293.7, [['diagnostique 1)', 82, 141]]),
    line(282.4, [['565036-', 42, 73], ['Examen de cytogénétique moléculaire simple', 82, 255], ['B', 272, 277]]),
    line(273.4, [['565040', 42, 70], ['(telle que FISH) pour le diagnostic', 82, 237], ['180', 272, 286]]),
    line(250.0, [['1. Les prestations 565014-565025 sont portées en compte une seule fois', 39, 290]]),
  ];
  const merged = mergeWrappedRows(lines);
  expect(merged.map((l) => l.text)).toEqual([
    "565014-565025  Caryotype avec bandes pour le diagnostic d'une affection constitutionnelle, quel que soit le nombre de colorations ou de bandes(Règle diagnostique 1)  B 289",
    '565036-565040  Examen de cytogénétique moléculaire simple (telle que FISH) pour le diagnostic  B 180',
    '1. Les prestations 565014-565025 sont portées en compte une seule fois',
  ]);
  expect(merged[0].row).toBe(true);
  // the box covers the four lines of the row, for provenance
  expect(merged[0].y).toBeLessThan(294);
  expect(merged[0].y + merged[0].h).toBeGreaterThan(320);
});

it('leaves alone a value of several terms, one per line, and a label that alone wraps in its cell', () => {
  const stacked = [
    line(500, [['104112', 44, 70], ['a un beneficiaire', 82, 150], ['N 4,2 +', 272, 300]]),
    line(491, [['D 3 +', 272, 295]]),
    line(482, [['E 1', 272, 285]]),
  ];
  expect(mergeWrappedRows(stacked)).toEqual(stacked);
  const label = [
    line(500, [['565014-565025', 42, 100], ['Caryotype avec bandes pour le diagnostic', 110, 265], ['B 289', 272, 290]]),
    line(491, [["d'une affection constitutionnelle", 110, 240]]),
  ];
  expect(mergeWrappedRows(label)).toEqual(label);
});

// The same table typeset by LibreOffice Writer (scripts/pdf-fixtures/libreoffice.ts), whose
// cells are centred in their row as HTML's and Word's are by default: the label's first line
// stands above the code, the value between the two halves of the pair.
const lo = lineOf(2, 10, 57);

it('reads a row whose cells are centred: the label begins above the code (2012022429, LibreOffice)', () => {
  const lines = [
    lo(802.8, [["Test génétique moléculaire exécuté en vue d'un diagnostic prénatal en cas", 114, 494]]),
    lo(796.0, [['565191-', 58, 100]]),
    lo(789.1, [["d'antécédents familiaux et/ou de pathologie foetale, sur un prélèvement d'origine", 114, 528], ['B 456', 534, 563]]),
    lo(782.3, [['565202', 58, 96]]),
    lo(775.4, [["foetale, pour l'ensemble des analyses(Règle diagnostique 5, 10, 20)", 114, 457]]),
    lo(758.9, [['565213-', 58, 100], ['Analyse cytogénétique moléculaire en vue de la préparation d’un diagnostic', 114, 500]]),
    lo(752.1, [['B 180', 534, 563]]),
    lo(745.2, [['565224', 58, 96], ['génétique préimplantatoire(Règle diagnostique 15)', 114, 375]]),
    lo(728.7, [['565235-', 58, 100], ['Analyse moléculaire en vue de la préparation d’un diagnostic génétique', 114, 479], ['B', 534, 541]]),
    lo(715.0, [['565246', 58, 96], ['préimplantatoire(Règle diagnostique 16)', 114, 321], ['2000', 534, 559]]),
    lo(698.5, [['Amputations et désarticulations :', 114, 310]]),
  ];
  expect(mergeWrappedRows(lines).map((l) => l.text)).toEqual([
    "565191-565202  Test génétique moléculaire exécuté en vue d'un diagnostic prénatal en cas d'antécédents familiaux et/ou de pathologie foetale, sur un prélèvement d'origine foetale, pour l'ensemble des analyses(Règle diagnostique 5, 10, 20)  B 456",
    '565213-565224  Analyse cytogénétique moléculaire en vue de la préparation d’un diagnostic génétique préimplantatoire(Règle diagnostique 15)  B 180',
    '565235-565246  Analyse moléculaire en vue de la préparation d’un diagnostic génétique préimplantatoire(Règle diagnostique 16)  B 2000',
    // a heading after a wider gap is not the last row's label
    'Amputations et désarticulations :',
  ]);
});

it('leaves the end of a value carried to the top of a page with its own row, not the next one (2013022101, Chromium)', () => {
  const at = lineOf(3, 7.5, 39);
  const lines = [
    at(771.4, [['Q 30', 515, 536]]),
    at(760.2, [['102955', 42, 70], ['Première consultation au cabinet par un médecin spécialiste en médecine interne, avec examen sur la base des', 75, 500], ['N 40', 515, 536]]),
    at(751.2, [['éléments existants dans le dossier médical d’un patient présentant une pathologie complexe sans diagnostic', 75, 488]]),
    at(742.2, [['précis et pour lequel le traitement n’a pas donné de résultats suffisants', 75, 347]]),
  ];
  expect(mergeWrappedRows(lines)).toEqual(lines);
});

it("keeps a value's second row out of the next centred row, and a label's uneven pitch in its row (2013022101, Chromium, cells centred)", () => {
  const at = lineOf(4, 7.5, 39);
  const lines = [
    at(514.2, [['Consultation au cabinet par un médecin spécialiste en médecine interne ou en médecine nucléaire et médecine', 75, 500]]),
    at(505.9, [['102874', 42, 70], ['interne, porteur du titre professionnel particulier en endocrino-diabétologie et accrédité, rapport écrit obligatoire', 75, 510], ['N', 523, 529], ['25', 534, 543], ['+', 548, 554]]),
    at(496.9, [['au médecin traitant inclus', 75, 175]]),
    // the markdown's second row of the value (|  |  | Q | 30 |), an HTML row of its own
    at(484.9, [['Q', 523, 529], ['30', 534, 543]]),
    at(473.7, [['Consultation au cabinet par un médecin spécialiste en médecine interne, porteur du titre professionnel particulier en', 75, 511]]),
    at(469.2, [['102314', 42, 70], ['N', 523, 529], ['25', 534, 543]]),
    at(464.7, [['hématologie clinique, rapport écrit obligatoire au médecin traitant inclus', 75, 350]]),
  ];
  expect(mergeWrappedRows(lines).map((l) => l.text)).toEqual([
    '102874  Consultation au cabinet par un médecin spécialiste en médecine interne ou en médecine nucléaire et médecine interne, porteur du titre professionnel particulier en endocrino-diabétologie et accrédité, rapport écrit obligatoire au médecin traitant inclus  N 25 +',
    'Q 30',
    '102314  Consultation au cabinet par un médecin spécialiste en médecine interne, porteur du titre professionnel particulier en hématologie clinique, rapport écrit obligatoire au médecin traitant inclus  N 25',
  ]);
});
