import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leafBlocks } from '../../src/source/markdown.js';
import { blockSkeleton } from '../../src/source/block-skeleton.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

/** The markdown body as ingestion gives it to remark: the YAML front matter cut off. */
function body(text: string): string {
  const m = /^\s*---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/**
 * remark runs with micromark's inline constructs off (src/source/markdown.ts):
 * the block boundaries it gives must be those of the full parser, on every
 * real decree.
 */
describe('markdown block boundaries with inline constructs off', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).sort() : [];

  it.skipIf(files.length === 0)('are those of the full parser on every corpus decree', () => {
    const differ: string[] = [];
    for (const f of files) {
      const b = body(readFileSync(path.join(corpus, f), 'utf8'));
      if (JSON.stringify(leafBlocks(b)) !== JSON.stringify(leafBlocks(b, { full: true }))) differ.push(f);
    }
    expect(differ).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('are those of the full parser where inline markup abounds', () => {
    const b = [
      '**Art. 2.** A l\'article 14, les mots " *foo* " sont remplacés par `code` et [lien](http://x) <b>gras</b> &amp; \\* :',
      '',
      '" 312174 - 312185 Prestation . . . . . K 11 "',
      '',
      '1. premier point **gras',
      '   suite** du point',
      '',
      '| 565014-565025 | label | B 289 |',
      '| --- | --- | --- |',
      '',
      '    bloc de largeur fixe  149170 - 149181',
      '',
      '```',
      'table',
      '```',
      'Titre',
      '-----',
    ].join('\n');
    expect(leafBlocks(b)).toEqual(leafBlocks(b, { full: true }));
    expect(leafBlocks(b).length).toBeGreaterThan(5);
  });
});

/**
 * remark reads the block skeleton (src/source/block-skeleton.ts): long lines
 * of text with their middle cut out. Generated markdown, built from the line
 * starts that decide CommonMark blocks (container markers, fences, breaks,
 * setext underlines, html, indentation, digits that may be list markers) and
 * long runs of text holding the same characters, must give the same blocks
 * with and without the cut.
 */
describe('the block skeleton', () => {
  const STARTS = ['', '', '', '  ', '    ', '> ', '>> ', '- ', '* ', '+ ', '1. ', '12) ', '123456789. ', '1234567890. ', '- - ', '> - ', '1. > ', '   - ', '\t', '**', '# ', '## ', '```', '~~~', '---', '***', '===', '<div>', '<!--', '|', '"', '(', '[1 ', '\\'];
  const WORDS = ['prestation', '475075-475086', 'K 26', '. . . . .', '"', '«', '»', '*', '**', '_', '`', '```', '-->', '>', '<', ']]>', '?>', '</pre>', '|', '[', ']', '1.', '2)', '#', '---', '===', '\\', '&amp;', '  ', '\t', 'x'];
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  it('gives the blocks of the whole body on generated markdown', () => {
    const next = random(20261203);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const differ: string[] = [];
    let cut = 0;
    for (let doc = 0; doc < 1500; doc++) {
      const lines: string[] = [];
      for (let l = 0, n = 1 + Math.floor(next() * 14); l < n; l++) {
        if (next() < 0.2) {
          lines.push(next() < 0.5 ? '' : '   ');
          continue;
        }
        let line = pick(STARTS) + (next() < 0.3 ? pick(STARTS) : '');
        for (let w = 0, m = Math.floor(next() * 40); w < m; w++) line += (next() < 0.7 ? ' ' : '') + pick(WORDS);
        if (next() < 0.2) line += pick([' ', '  ', '.', '1.', '\t']);
        lines.push(line);
      }
      const b = lines.join('\n');
      const whole = JSON.stringify(leafBlocks(b, { skeleton: false }));
      if (JSON.stringify(leafBlocks(b)) !== whole) differ.push(b);
      if (blockSkeleton(b).text !== b) cut++;
    }
    expect(differ.slice(0, 3)).toEqual([]);
    // the generator must exercise the cut, not only bodies left whole
    expect(cut).toBeGreaterThan(300);
  });

  it('maps every block back to the body: a cut line keeps its first and last characters', () => {
    const line = 'Dans le libellé de la prestation 475075-475086, les mots "de contrôle" sont remplacés par les mots "de suivi".';
    const b = `**Art. 2.** ${line}\n\n- ${line}\n  ${line}\n\n${line}`;
    const s = blockSkeleton(b);
    expect(s.text.length).toBeLessThan(b.length / 2);
    const blocks = leafBlocks(b);
    expect(blocks).toEqual(leafBlocks(b, { full: true }));
    expect(blocks.map((k) => b.slice(k.start, k.end).at(-1))).toEqual(['.', '.', '.']);
  });

  it('cuts a run of lines of running text as one line, their block mapped back whole', () => {
    const line = 'les mots "de contrôle" sont remplacés par les mots "de suivi" dans le libellé de la prestation 475075-475086';
    // a paragraph of three lines, lazy lines after a list item, fenced code lines: each run continues its block
    const b = `**Art. 2.** ${line}\n${line}\n${line}.\n\n- ${line}\n${line}\n${line}.\n\n\`\`\`\n${line}\n${line}\n\`\`\`\n\n${line}  \n${line}.`;
    const s = blockSkeleton(b);
    expect(s.text.split('\n').length).toBeLessThan(b.split('\n').length - 4);
    const blocks = leafBlocks(b);
    expect(blocks).toEqual(leafBlocks(b, { full: true }));
    expect(blocks.map((k) => b.slice(k.start, k.end).split('\n').length)).toEqual([3, 3, 4, 2]);
  });

  it('leaves a body with an html block start or carriage returns whole', () => {
    const long = 'texte '.repeat(20) + 'fin';
    expect(blockSkeleton(`${long}\n<div>\n${long}`).text).toBe(`${long}\n<div>\n${long}`);
    expect(blockSkeleton(`${long}\r\n${long}`).text).toBe(`${long}\r\n${long}`);
    expect(blockSkeleton(`${long}\n\n${long}`).text.length).toBeLessThan(60);
  });
});

/**
 * remark reads a long body in pieces cut at fresh top-level lines
 * (src/source/markdown.ts, freshStarts): the blocks must be those of the
 * body read whole, cut wherever it can be (minPiece 0) or as the parse cuts.
 */
describe('markdown read in pieces', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).sort() : [];

  it.skipIf(files.length === 0)('gives the blocks of the whole body on every corpus decree', () => {
    const differ: string[] = [];
    for (const f of files) {
      const b = body(readFileSync(path.join(corpus, f), 'utf8'));
      const whole = JSON.stringify(leafBlocks(b, { minPiece: Infinity }));
      if (JSON.stringify(leafBlocks(b)) !== whole || JSON.stringify(leafBlocks(b, { minPiece: 0 })) !== whole) differ.push(f);
    }
    expect(differ).toEqual([]);
  });

  it('gives the blocks of the whole body on generated markdown, fenced code left open included', () => {
    const LINES = ['', '', '   ', 'Texte courant', '**Art. 2.** texte', '" 475075-475086 "', '- item', '  suite', '1. point', '> cit', '```', '~~~', '````', '    code', '  ```', '- ```', '> ```', 'x', '6842.', '---', '<div>'];
    let seed = 20261207;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const differ: string[] = [];
    for (let doc = 0; doc < 3000; doc++) {
      const lines: string[] = [];
      for (let l = 0, n = 2 + Math.floor(next() * 30); l < n; l++) lines.push(LINES[Math.floor(next() * (doc % 2 ? LINES.length - 1 : LINES.length))]);
      const b = lines.join('\n');
      if (JSON.stringify(leafBlocks(b, { minPiece: 0 })) !== JSON.stringify(leafBlocks(b, { minPiece: Infinity }))) differ.push(b);
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });
});

/**
 * Sections of paragraphs and list items whose lines open with text are read
 * without remark (src/source/plain-blocks.ts): their blocks must be remark's,
 * on the corpus and on generated markdown mixing plain lines with every line
 * start that makes something else (markers, indents, fences, breaks).
 */
describe('plain sections read without remark', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).sort() : [];

  it.skipIf(files.length === 0)('give the blocks of remark on every corpus decree', () => {
    const differ: string[] = [];
    for (const f of files) {
      const b = body(readFileSync(path.join(corpus, f), 'utf8'));
      if (JSON.stringify(leafBlocks(b)) !== JSON.stringify(leafBlocks(b, { plain: false }))) differ.push(f);
    }
    expect(differ).toEqual([]);
  });

  it('give the blocks of remark on generated markdown', () => {
    const LINES = ['', '', '', '', '   ', 'Texte courant', '**Art. 2.** texte', '" 475075-475086 "', '- item', '  suite', '- - a', '  - sous', '   - trois', '    - quatre', '     cinq',
      '* x', '** x', '*** x', '* * *', '+ p', '+p', '-5 %', '--- x', '= =', '=x', '==', '_ _', '**\u00a0x',
      '1. au § 2', '12) y', '  3. z', '   4) w', '1.  deux espaces', '2.', '6842.', '1.5 %', '_Table:_', '_ x', '__x', '___', '\u00a0nb', 'a  ', '- b \t', '**', '**x**', '* étoile', '+ plus',
      '===', '---', '|a|b|', '| --- |', '\tTab', '- ', '-', '    code', '```', '```', '~~~', '~~~~ info', '```` x', '``` `x`', '```  ', '  ```', '- ```', '> cit', '[a]: b', '# h', '#', '&amp;', '\\*'];
    let seed = 20261207;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const differ: string[] = [];
    for (let doc = 0; doc < 4000; doc++) {
      const lines: string[] = [];
      for (let l = 0, n = 2 + Math.floor(next() * 30); l < n; l++) lines.push(LINES[Math.floor(next() * LINES.length)] + (next() < 0.3 ? ' suite de texte' : ''));
      const b = lines.join('\n');
      if (JSON.stringify(leafBlocks(b)) !== JSON.stringify(leafBlocks(b, { plain: false }))) differ.push(b);
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });
});
