import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { extractEntryIntoForce, readWhen } from '../../src/extract/entry-into-force.js';
import { frontMatterDate } from '../../src/extract/french-dates.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');

function docOf(text: string, file = 'x.md') {
  return buildStructure(ingestText(makeSourceFile(file, new TextEncoder().encode(text))));
}
function decree(body: string, fm: Record<string, string> = {}) {
  const head = Object.entries({ publication: '2001-04-28', ...fm }).map(([k, v]) => `${k}: ${v}`).join('\n');
  return docOf(`---\n${head}\n---\n\n**Article 1er.** A l'article 14 de l'annexe, les mots "a" sont remplacés par "b".\n\n${body}\n`);
}
function eif(doc: ReturnType<typeof docOf>, published: string | null) {
  const sink = new DiagnosticSink(doc);
  return { e: extractEntryIntoForce(doc, published, sink), sink };
}

describe('readWhen: the date phrase after the verb', () => {
  it('computes the first day of the second month after publication', () => {
    expect(readWhen(' le premier jour du deuxième mois qui suit celui au cours duquel il aura été publié au Moniteur belge.', '2001-04-28')).toEqual({ date: '2001-06-01', basis: 'formula' });
  });
  it('computes the first day of the month after publication', () => {
    expect(readWhen(' le premier jour du mois qui suit celui de sa publication au Moniteur belge.', '2002-10-26')).toEqual({ date: '2002-11-01', basis: 'formula' });
  });
  it('handles the third month and a December publication (year rollover)', () => {
    expect(readWhen(' le premier jour du troisième mois qui suit sa publication', '2003-12-24').date).toBe('2004-03-01');
  });
  it('counts days for "le dixième jour qui suit sa publication"', () => {
    expect(readWhen(' le dixième jour qui suit sa publication au Moniteur belge', '2003-12-24')).toEqual({ date: '2004-01-03', basis: 'formula' });
  });
  it('reads a written date, with or without 1er, after le/au', () => {
    expect(readWhen(' le 1 novembre 2024.', null)).toEqual({ date: '2024-11-01', basis: 'date-in-text' });
    expect(readWhen(' le 1er janvier 2003', null).date).toBe('2003-01-01');
    expect(readWhen(' au 1er octobre 2014.', null).date).toBe('2014-10-01');
  });
  it('reads publication day', () => {
    expect(readWhen(' le jour de sa publication au Moniteur belge.', '2010-02-19')).toEqual({ date: '2010-02-19', basis: 'publication' });
  });
  it('says why a formula gives no date when the publication is unknown', () => {
    const w = readWhen(' le premier jour du deuxième mois qui suit celui de sa publication', null);
    expect(w.date).toBeNull();
    expect(w.pending).toMatch(/publication date is unknown/);
  });
});

describe('frontMatterDate', () => {
  it('reads DD-MM-YYYY, ISO and YAML Dates in UTC; rejects junk', () => {
    expect(frontMatterDate('01-11-2002')).toBe('2002-11-01');
    expect(frontMatterDate('2002-11-01')).toBe('2002-11-01');
    expect(frontMatterDate(new Date(Date.UTC(2003, 11, 9)))).toBe('2003-12-09');
    expect(frontMatterDate('(ART. (11))(ART. 10.A.13)')).toBeNull();
    expect(frontMatterDate('31-02-2002')).toBeNull();
  });
});

describe('extractEntryIntoForce', () => {
  it('uses the formula when starts is empty (seed 001 → 2001-06-01)', () => {
    const doc = docOf(readFileSync(path.join(seeds, '001_45d16e9a2e138ba7.txt'), 'utf8'), '001.txt');
    const { e } = eif(doc, '2001-04-28');
    expect(e).toMatchObject({ date: '2001-06-01', basis: 'formula' });
    expect(e.at?.snippet).toMatch(/^Art\. 4\. Le présent arrêté entre en vigueur/);
    expect(e.at?.article).toBe('4');
  });
  it('takes the front matter date and cross-checks it (seed 002 → 2002-11-01, formula agrees)', () => {
    const doc = docOf(readFileSync(path.join(seeds, '002_29c95240c44a6cf6.txt'), 'utf8'), '002.txt');
    const { e, sink } = eif(doc, '2002-10-26');
    expect(e).toMatchObject({ date: '2002-11-01', basis: 'front-matter' });
    expect(sink.items.filter((d) => d.code === 'entry-into-force/mismatch')).toEqual([]);
  });
  it('reads the convention clause (seed 003 → 2024-11-01)', () => {
    const doc = docOf(readFileSync(path.join(seeds, '003_03aa16b1e0318a25.txt'), 'utf8'), '003.txt');
    expect(eif(doc, null).e).toMatchObject({ date: '2024-11-01', basis: 'date-in-text' });
  });
  it('reports a front matter that is not a date and falls back to the text', () => {
    const doc = decree("**Art. 2.** Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui au cours duquel il aura été publié au Moniteur belge.", { starts: "'(ART. (11))(ART. 10.A.13)'" });
    const { e, sink } = eif(doc, '1999-05-27');
    expect(e).toMatchObject({ date: '1999-07-01', basis: 'formula' });
    expect(sink.items.map((d) => d.code)).toContain('entry-into-force/front-matter-not-date');
  });
  it('warns when the front matter and the text disagree', () => {
    const doc = decree('**Art. 2.** Le présent arrêté entre en vigueur le 1er mai 2003.', { starts: '2003-04-01' });
    const { e, sink } = eif(doc, '2003-03-31');
    expect(e.date).toBe('2003-04-01');
    expect(sink.items.find((d) => d.code === 'entry-into-force/mismatch')?.message).toMatch(/2003-05-01/);
  });
  it('keeps parts with other dates as exceptions', () => {
    const doc = decree(
      "**Art. 12.** Le présent arrêté produit ses effets le 1er mai 1999 à l'exception des articles 2, 3, 5, 6, 8 et 10 qui entrent en vigueur le premier jour du deuxième mois qui suit celui au cours duquel il aura été publié au Moniteur belge.",
    );
    const { e } = eif(doc, '1999-07-31');
    expect(e).toMatchObject({ date: '1999-05-01', basis: 'date-in-text' });
    expect(e.exceptions?.map((x) => [x.articles, x.date, x.basis])).toEqual([['articles 2, 3, 5, 6, 8 et 10', '1999-09-01', 'formula']]);
  });
  it('reads a later sentence naming an article (`L\'article 1er produit néanmoins ses effets le …`)', () => {
    const doc = decree("**Art. 3.** Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui au cours duquel il aura été publié au Moniteur belge.\n\nL'article 1er produit néanmoins ses effets le 1er janvier 1998.");
    const { e } = eif(doc, '1999-05-27');
    expect(e.date).toBe('1999-07-01');
    expect(e.exceptions?.map((x) => [x.articles, x.date])).toEqual([['article 1er', '1998-01-01']]);
  });
  it('ignores an entry-into-force sentence inside quoted annex text', () => {
    const doc = decree('**Art. 2.** Le § 3 est remplacé par la disposition suivante : " Cette disposition entre en vigueur le 1er mars 1990. "\n\n**Art. 3.** Le présent arrêté entre en vigueur le 1er juillet 1998.');
    const { e } = eif(doc, '1998-06-19');
    expect(e.date).toBe('1998-07-01');
    expect(e.exceptions).toBeUndefined();
  });
});

describe('corpus: text-derived date agrees with front matter `starts`', () => {
  it('agrees on every corpus decree whose starts is a date', () => {
    const dir = path.resolve(repoRoot, '../shared/corpus');
    const rows = readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
    let compared = 0;
    const disagreements: string[] = [];
    for (const [numac, , publication, starts] of rows) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(starts)) continue;
      const doc = docOf(readFileSync(path.join(dir, `${numac}.md`), 'utf8'), `${numac}.md`);
      const sink = new DiagnosticSink(doc);
      const e = extractEntryIntoForce(doc, publication, sink);
      expect(e.date).toBe(starts);
      compared++;
      for (const d of sink.items) if (d.code === 'entry-into-force/mismatch') disagreements.push(`${numac}: ${d.message}`);
    }
    expect(compared).toBeGreaterThan(70);
    expect(disagreements).toEqual([]);
  });
});
