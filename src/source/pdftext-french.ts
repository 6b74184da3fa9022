import { detectLanguage, languageScore, type Lang } from './pdf/language.js';

/** One physical line of text extracted from a PDF. */
export interface Line {
  text: string;
  /** offset of `text` (trimmed) in the original */
  start: number;
  indent: number;
  page: number;
  /** a table's value cell that src/source/pdftext-rows.ts put back on its row (`24` after `M`): not a page number */
  valueCell?: true;
}

/**
 * The French text of a bilingual Moniteur page that a tool extracted without its geometry.
 * pdftotext gives each column's blocks in turn (reading order), or both columns on each line
 * (`-layout`): the Dutch column is left out, its lines becoming blank lines (offsets hold).
 * A French-only text comes back as it was. How many lines lost their Dutch text is returned, so that
 * the document can say it (nothing is left out silently).
 */
export function frenchLines(lines: Line[], isFurniture: (text: string) => boolean): { lines: Line[]; leftOut: number } {
  const out = blankDutchBlocks(splitSideBySide(lines, isFurniture));
  // a line left out, or shortened to its French side, is counted: the document reports it
  const leftOut = out.filter((l, i) => l.text.length < lines[i].text.length).length;
  return { lines: out, leftOut };
}

const blank = (l: Line): Line => ({ ...l, text: '', indent: 0 });

/**
 * Blocks (runs of lines between blank lines) told by their stop words. When enough blocks read
 * as Dutch, every Dutch block is blanked: a block with too few stop words to tell leans by those it
 * has, one with none (code lines) takes the language of the block before. A French text quoting a
 * Dutch label now and then has too few Dutch blocks for this.
 */
function blankDutchBlocks(lines: Line[]): Line[] {
  const blocks: { from: number; to: number; lang: Lang; lean: Lang }[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i].text === '') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].text !== '') j++;
    const text = lines.slice(i, j).map((l) => l.text).join(' ');
    const { fr, nl } = languageScore(text);
    blocks.push({ from: i, to: j, lang: detectLanguage(text), lean: nl > fr ? 'nl' : fr > nl ? 'fr' : 'unknown' });
    i = j;
  }
  const nl = blocks.filter((b) => b.lang === 'nl').length;
  const fr = blocks.filter((b) => b.lang === 'fr').length;
  if (nl < 2 || nl < 0.25 * (nl + fr)) return lines;
  const out = lines.slice();
  let last: Lang = 'fr';
  for (const b of blocks) {
    if (b.lean !== 'unknown') last = b.lean;
    if (last === 'nl') for (let k = b.from; k < b.to; k++) out[k] = blank(lines[k]);
  }
  return out;
}

/**
 * `pdftotext -layout` of a two-column page writes both columns on each line, a run of spaces at
 * the same place between them: the gutter. Per page, the column of spaces crossed by most lines
 * (between a quarter and three quarters of the width) is the gutter when at least six lines and
 * 60 % of those long enough to reach it have it, and one side reads French and the other Dutch.
 * Each line keeps its French side; a line whose text runs over the gutter (a title) stays whole.
 */
function splitSideBySide(lines: Line[], isFurniture: (text: string) => boolean): Line[] {
  const out = lines.slice();
  const pages = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.text === '' || isFurniture(l.text)) return;
    const page = pages.get(l.page);
    if (page) page.push(i);
    else pages.set(l.page, [i]);
  });
  for (const idx of pages.values()) {
    const full = idx.map((i) => ' '.repeat(lines[i].indent) + lines[i].text);
    const gutter = findGutter(full);
    if (gutter === null) continue;
    let left = { fr: 0, nl: 0 };
    let right = { fr: 0, nl: 0 };
    for (const f of full) {
      const a = languageScore(f.slice(0, gutter));
      const b = languageScore(f.slice(gutter));
      left = { fr: left.fr + a.fr, nl: left.nl + a.nl };
      right = { fr: right.fr + b.fr, nl: right.nl + b.nl };
    }
    const frenchLeft = left.fr > 1.5 * left.nl && right.nl > 1.5 * right.fr;
    const frenchRight = right.fr > 1.5 * right.nl && left.nl > 1.5 * left.fr;
    if (!frenchLeft && !frenchRight) continue;
    idx.forEach((i, k) => {
      const f = full[k];
      if (f.length > gutter && f.slice(gutter - 1, gutter + 1).trim() !== '') return; // runs over the gutter
      const [from, to] = frenchLeft ? [0, gutter] : [gutter, f.length];
      const side = f.slice(from, to);
      const lead = side.length - side.trimStart().length;
      const text = side.trim();
      if (text === '') out[i] = blank(lines[i]);
      else out[i] = { ...lines[i], text, start: lines[i].start - lines[i].indent + from + lead, indent: lead };
    });
  }
  return out;
}

/** Linear in the page's characters: each line's first and last ink are found once. */
function findGutter(full: string[]): number | null {
  const width = full.reduce((w, f) => Math.max(w, f.length), 0);
  if (full.length < 6 || width < 40) return null;
  const first = full.map((f) => f.search(/\S/));
  const last = full.map((f) => f.trimEnd().length - 1);
  let best: number | null = null;
  let bestScore = 0;
  for (let c = Math.max(1, Math.floor(width / 4)); c <= Math.floor((3 * width) / 4); c++) {
    let reach = 0;
    let gap = 0;
    for (let k = 0; k < full.length; k++) {
      const f = full[k];
      if (f.length <= c + 1) continue;
      reach++;
      if (f[c - 1] === ' ' && f[c] === ' ' && f[c + 1] === ' ' && first[k] < c - 1 && last[k] > c + 1) gap++;
    }
    if (gap >= 6 && gap >= 0.6 * reach && gap > bestScore) {
      best = c;
      bestScore = gap;
    }
  }
  return best;
}
