import { expect, it } from 'vitest';
import { bandRows, findBandedGutter, findGutter, layoutPage } from '../../src/source/pdf/columns.js';
import { baselines } from '../../src/source/pdf/lines.js';
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

it('finds the gutter of a page whose columns are cut by a block across the page too long for the usual 8 % of crossing lines', () => {
  const runs: TextRun[] = [];
  let y = 780;
  for (let i = 0; i < 8; i++, y -= 10) runs.push(run(`gauche haut ${i} texte du décret`, 40, y), run(`droite haut ${i} texte du décret`, 310, y));
  for (let i = 0; i < 5; i++, y -= 9) runs.push(run(`Ligne ${i} du tableau imprimé sur toute la largeur de la page ... K 1${i}`, 40, y, 500));
  for (let i = 0; i < 8; i++, y -= 10) runs.push(run(`gauche bas ${i} texte du décret`, 40, y), run(`droite bas ${i} texte du décret`, 310, y));
  const p: PageText = { number: 1, width: 595, height: 842, runs };
  expect(findGutter(baselines(runs), 595)).toBeNull();
  const layout = layoutPage(p, new Set());
  expect(layout.gutter).not.toBeNull();
  const order = layout.bands.flatMap((b) => [...b.spanning, ...b.columns.flatMap((c) => c.lines)]).map((l) => l.text.split(' ').slice(0, 2).join(' '));
  expect(order.indexOf('droite haut')).toBeLessThan(order.indexOf('Ligne 0'));
  expect(order.indexOf('Ligne 4')).toBeLessThan(order.indexOf('gauche bas'));
  // prose over one column crosses the middle on nearly every line: no gutter
  const prose = Array.from({ length: 20 }, (_, i) => run(`une ligne de prose ${i} qui court sur toute la largeur de la page du Moniteur`, 40, 780 - 10 * i, 500));
  expect(findBandedGutter(baselines(prose), 595)).toBeNull();
});

it('keeps a fixed-width line whose own spaces run over the gutter on one line across the page, and a line padded with spaces beside a column of its own apart', () => {
  const mono = (str: string, x: number, y: number, width: number): TextRun => ({ str, x, y, width, size: 7, mono: true });
  const base = page();
  // 1999022423 in two newspaper columns: `a un beneficiaire ............. N 4,2 +` set across the page
  const across = { ...base, runs: [...base.runs.filter((r) => !r.str.startsWith('Clip')), mono('a un beneficiaire', 47, 694, 70), mono(' ', 117, 694, 290), mono('N 4,2 +', 330, 694, 28)] };
  expect(layoutPage(across, new Set()).spanning.map((l) => l.text.trim().replace(/\s+/g, ' '))).toEqual(['a un beneficiaire N 4,2 +']);
  // French and Dutch blocks side by side, the French line padded with spaces up to the gutter
  const beside = { ...base, runs: [...base.runs.filter((r) => !r.str.startsWith('Clip')), mono('421993', 44, 694, 14), mono(' ', 58, 694, 240), mono('421993', 320, 694, 14)] };
  expect(layoutPage(beside, new Set()).spanning).toEqual([]);
});

it('keeps a table printed across two columns together when some of its rows leave the gutter free (2023040652 in newspaper columns: a column of OUI / NON at the gutter)', () => {
  expect(bandRows([false, true, false, false, true, false, false, false, false, true])).toEqual([false, true, true, true, true, false, false, false, false, true]);
  const runs: TextRun[] = [];
  let y = 780;
  for (let i = 0; i < 10; i++, y -= 10) runs.push(run(`gauche haut ${i} texte justifié du décret`, 40, y, 248), run(`droite haut ${i} texte justifié du décret`, 306, y, 249));
  for (let i = 0; i < 12; i++, y -= 9) {
    runs.push(run(`Spécialité ${i}`, 93, y, 60));
    // OUI / NON right at the gutter on most rows; the others leave it free
    if (i % 2 === 0) runs.push(run('OUI', 290, y, 11));
    else if (i % 4 === 1) runs.push(run('NON', 290, y, 14));
    runs.push(run(`NON ${i}`, 420, y, 20));
  }
  for (let i = 0; i < 10; i++, y -= 10) runs.push(run(`gauche bas ${i} texte justifié du décret`, 40, y, 248), run(`droite bas ${i} texte justifié du décret`, 306, y, 249));
  const layout = layoutPage({ number: 1, width: 595, height: 842, runs }, new Set());
  expect(layout.gutter).not.toBeNull();
  const table = layout.bands.flatMap((b) => b.spanning).map((l) => l.text.split(' ').slice(0, 2).join(' '));
  // the strip crossed by the fewest rows is right of OUI: the NON rows (1, 5, 9) cross
  // it, and every row between them, crossing or not, stays in the band
  expect(table).toEqual(['Spécialité 1', 'Spécialité 2', 'Spécialité 3', 'Spécialité 4', 'Spécialité 5', 'Spécialité 6', 'Spécialité 7', 'Spécialité 8', 'Spécialité 9']);
});
