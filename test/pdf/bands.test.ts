import { expect, it } from 'vitest';
import { layoutPage } from '../../src/source/pdf/columns.js';
import type { PageText, TextRun } from '../../src/source/pdf/load.js';

// A page of two newspaper columns of French with a table printed across both
// columns in the middle (2004022699 as Chromium lays it out with
// `column-span: all`): the lines across the page come between the text
// above them and the text below them, each part read left column first.
const run = (str: string, x: number, y: number, width = str.length * 4): TextRun => ({ str, x, y, width, size: 8.5, mono: false });

function page(): PageText {
  const runs: TextRun[] = [];
  let y = 780;
  for (let i = 0; i < 8; i++, y -= 10) {
    runs.push(run(`gauche haut ${i} texte du décret`, 40, y), run(`droite haut ${i} texte du décret`, 310, y));
  }
  runs.push(run('Clip utilisé en combinaison avec la prestation 688472 et une colonne large ... U 80', 40, y - 4, 500));
  y -= 18;
  for (let i = 0; i < 8; i++, y -= 10) {
    runs.push(run(`gauche bas ${i} texte du décret`, 40, y), run(`droite bas ${i} texte du décret`, 310, y));
  }
  return { number: 1, width: 595, height: 842, runs };
}

it('reads a page band by band: columns above a line across the page, that line, then the columns below it', () => {
  const layout = layoutPage(page(), new Set());
  expect(layout.gutter).not.toBeNull();
  const order = layout.bands.flatMap((b) => [...b.spanning, ...b.columns.flatMap((c) => c.lines)]).map((l) => l.text.split(' ').slice(0, 2).join(' '));
  const first = (s: string) => order.indexOf(s);
  expect(first('gauche haut')).toBeLessThan(first('droite haut'));
  expect(first('droite haut')).toBeLessThan(first('Clip utilisé'));
  expect(first('Clip utilisé')).toBeLessThan(first('gauche bas'));
  expect(first('gauche bas')).toBeLessThan(first('droite bas'));
  // each side's lines over the whole page still decide its language
  expect(layout.columns[0].lines).toHaveLength(16);
  expect(layout.spanning).toHaveLength(1);
});

it('keeps a title across the top of the page before the columns (one band)', () => {
  const p = page();
  p.runs = p.runs.filter((r) => !r.str.startsWith('Clip'));
  p.runs.push(run('SERVICE PUBLIC FEDERAL SECURITE SOCIALE — un titre sur toute la largeur', 40, 800, 500));
  const layout = layoutPage(p, new Set());
  expect(layout.bands).toHaveLength(1);
  expect(layout.bands[0].spanning.map((l) => l.text)).toEqual(['SERVICE PUBLIC FEDERAL SECURITE SOCIALE — un titre sur toute la largeur']);
});
