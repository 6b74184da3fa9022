import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leafBlocks } from '../../src/source/markdown.js';

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
