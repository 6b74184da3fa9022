import { expect, it } from 'vitest';
import { joinRuns, type PdfLine } from '../../src/source/pdf/lines.js';
import type { TextRun } from '../../src/source/pdf/load.js';
import { mergeWrappedRows } from '../../src/source/pdf/tables.js';

// Runs as pdf.js reports them for 2012022429's table typeset by Chromium in a
// Moniteur column (scripts/pdf-fixtures/chromium.ts): every cell wraps in its box.
const line = (y: number, cells: [string, number, number][]): PdfLine =>
  joinRuns(1, cells.map(([str, a, b]): TextRun => ({ str, x: a, y, width: b - a, size: 7.5, mono: false })), 39)!;

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
