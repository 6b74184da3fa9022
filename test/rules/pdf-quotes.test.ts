import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { unquotedPayloads } from '../../src/extract/amendments/index.js';
import { extractRules } from '../../src/extract/rules/index.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { summary } from './load.js';

/** The rules of text extracted from a PDF (a `.txt` source: the pdf-text route). */
function rulesOfPdfText(text: string) {
  const doc = buildStructure(ingestText(makeSourceFile('decree.txt', Buffer.from(text))));
  expect(doc.ingested.format).toBe('pdf-text');
  return extractRules(doc, new DiagnosticSink(doc), undefined, unquotedPayloads(doc));
}

describe('text from a PDF is cut into its quotes as the markdown is', () => {
  it("a decree's quotes are the new annex text: the words it replaces are no rule, a rule is read in its own quote only", () => {
    const rules = rulesOfPdfText(
      [
        'Article 1er. A l\'article 22 de l\'annexe à l\'arrêté royal du 14 septembre 1984, les modifications suivantes sont apportées :',
        '',
        '1° au § 2, les mots " La prestation 471015 ne peut être attestée qu\'une fois par jour. " sont remplacés par les mots " La prestation 471015 ne peut être attestée qu\'une fois par semaine. ";',
        '',
        '2° le § 3 est remplacé par ce qui suit :',
        '',
        '" § 3. La prestation 471030 n\'est remboursée qu\'après accord du médecin-conseil. "',
        '',
        'Art. 2. Le présent arrêté entre en vigueur le 1er janvier 2020.',
      ].join('\n'),
    );
    expect(summary(rules).sort()).toEqual([
      ['frequency', '471015'],
      ['priorApproval', '471030'],
    ]);
    expect(rules.find((r) => r.type === 'frequency')!.params).toMatchObject({ period: { count: 1, unit: 'week' } });
  });

  it('a text that amends nothing (a convention, an annex extract) is read whole, whatever it quotes', () => {
    const rules = rulesOfPdfText(
      [
        'CONVENTION ENTRE LE COMITÉ DE L\'ASSURANCE ET L\'ÉTABLISSEMENT « nom de l\'établissement hospitalier »',
        '',
        'Article 1er. Le centre « nom du centre » s\'engage à respecter les conditions suivantes.',
        '',
        'Article 2. La prestation 471015 ne peut être attestée qu\'une fois par année civile.',
      ].join('\n'),
    );
    expect(summary(rules)).toEqual([['frequency', '471015']]);
  });

  it("a decree whose new text is its own annex, where the layout hid the annex's heading, is read whole (not only its quotes)", () => {
    const rules = rulesOfPdfText(
      [
        "Article 1er. L'article 2 de l'annexe à l'arrêté royal du 14 septembre 1984, modifié en dernier lieu par l'arrêté royal du 9 février 2011, est remplacé par l'annexe du présent arrêté. \"CHAPITRE II. - CONSULTATIONS, VISITES ET AVIS.",
        '',
        'Art. 2. Le présent arrêté entre en vigueur le 1er janvier 2013.',
        '',
        'Annexe à l’arrêté royal du 21 janvier 2013 - Art. 2. A. Consultations au cabinet',
        '',
        '102771 Supplément pour la gestion du dossier médical global N 8,415',
        '',
        'Le DMG peut être réalisé une fois par année civile.',
      ].join('\n'),
    );
    expect(summary(rules)).toEqual([['frequency', '102771']]);
  });
});
