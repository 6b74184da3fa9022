import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { extractMeta } from '../../src/extract/meta.js';
import { DocumentMeta } from '../../src/schema/document.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');

function metaOf(text: string, file: string) {
  const doc = buildStructure(ingestText(makeSourceFile(file, new TextEncoder().encode(text))));
  const sink = new DiagnosticSink(doc);
  const meta = extractMeta(doc, sink);
  expect(DocumentMeta.safeParse(meta).success).toBe(true);
  return { meta, sink };
}
const seed = (name: string) => metaOf(readFileSync(path.join(seeds, name), 'utf8'), path.join('corpus', name));

describe('extractMeta on the seeds', () => {
  it('seed 004: NUMAC id, ELI, royal decree, dates from front matter (YAML Dates read in UTC, DD-MM-YYYY starts)', () => {
    const { meta } = seed('004_454269a9a45fdbff.txt');
    expect(meta).toMatchObject({
      id: '2003023116',
      eli: 'https://www.ejustice.just.fgov.be/eli/arrete/2003/12/09/2003023116/justel',
      kind: 'arrete-royal',
      signed: '2003-12-09',
      published: '2003-12-24',
      entryIntoForce: { date: '2004-02-01', basis: 'front-matter' },
    });
    expect(meta.title).toMatch(/^Arrêté royal modifiant l'arrêté royal du 14 septembre 1984/);
    expect(meta.source.format).toBe('justel-markdown');
  });
  it('seed 001: entry into force from the formula', () => {
    const { meta } = seed('001_45d16e9a2e138ba7.txt');
    expect(meta).toMatchObject({ id: '2001022296', signed: '2001-04-19', published: '2001-04-28', entryIntoForce: { date: '2001-06-01', basis: 'formula' } });
  });
  it('seed 003: an INAMI convention from PDF text, id from the file stem, title from the heading lines (hyphenation joined)', () => {
    const { meta } = seed('003_03aa16b1e0318a25.txt');
    expect(meta.id).toBe('003_03aa16b1e0318a25');
    expect(meta.kind).toBe('convention');
    expect(meta.eli).toBeNull();
    expect(meta.title).toMatch(/^CONVENTION ENTRE LE COMITÉ .* TUMEURS RÉNALES, HÉPATIQUES, PULMONAIRES ET OSSEUSES$/);
    expect(meta.entryIntoForce).toMatchObject({ date: '2024-11-01', basis: 'date-in-text' });
  });
  it('seed 000: a bare annex extract', () => {
    const { meta } = seed('000_38b4d671bf116aa2.txt');
    expect(meta.kind).toBe('nomenclature-extract');
    expect(meta.title).toBe('Article 34 - PRESTATIONS INTERVENTIONNELLES');
    expect(meta.entryIntoForce).toMatchObject({ date: null, basis: 'unknown' });
  });
});

describe('extractMeta on front matter variants', () => {
  const body = "\n**Article 1er.** A l'article 14 de l'annexe, les mots \"a\" sont remplacés par \"b\".\n\n**Art. 2.** Le présent arrêté entre en vigueur le premier jour du mois qui suit celui de sa publication au Moniteur belge.\n\nDonné à Bruxelles, le 18 octobre 2002.\n";
  it('falls back to the signature line when date is absent, reads DD-MM-YYYY publication', () => {
    const { meta } = metaOf(`---\ntitle-fr: "Arrêté ministériel modifiant …"\nnumber: 2002022862\npublication: 26-10-2002\n---\n${body}`, 'a/b/2002022862.md');
    expect(meta).toMatchObject({ kind: 'arrete-ministeriel', signed: '2002-10-18', published: '2002-10-26', entryIntoForce: { date: '2002-11-01', basis: 'formula' } });
  });
  it('reports a date field holding junk and does not trust it', () => {
    const { meta, sink } = metaOf(`---\ntitle-fr: "Loi portant …"\ndate: "(ART. (11))"\npublication: 2002-10-26\n---\n${body}`, 'dir/some-file.md');
    expect(meta.id).toBe('some-file');
    expect(meta.kind).toBe('loi');
    expect(meta.signed).toBe('2002-10-18'); // from `Donné à Bruxelles, le 18 octobre 2002.`
    expect(sink.items.map((d) => d.code)).toContain('meta/date');
  });
});
