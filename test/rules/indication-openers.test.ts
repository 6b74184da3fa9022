import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { extractIndications } from '../../src/extract/indications/index.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { decree, rulesOfText, summary } from './load.js';

const indicationsOf = (text: string) => {
  const doc = buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(text))));
  return extractIndications(doc, new DiagnosticSink(doc)).map((i) => ({ codes: i.codes.map((g) => g.join('-')), labels: i.items.map((x) => x.label) }));
};

/**
 * The cases a prestation is paid in, opened by words other than `indications` / `situations` (2008022210, 2013022020):
 * `ne peut être effectuée que dans les circonstances suivantes :`, `… que dans les conditions suivantes :`, `Le
 * remboursement … est seulement prévu :`. A limit stated inside an item is a rule on the list's prestation.
 */
describe('indication lists opened by circumstances, conditions it is done in, or what reimbursement is provided for', () => {
  const text = decree(
    "**Article 1er.** A l'article 24 de l'annexe, la prestation suivante est insérée :",
    '',
    '" 556570-556581 Détection du virus X par amplification génique . . . B 2500',
    '',
    'Cette détection ne peut être effectuée que dans les circonstances suivantes :',
    '',
    "1. Suspicion d'infection chez un nouveau-né. Dans cette indication la détection ne peut être portée en compte qu'une seule fois.",
    '',
    '2. Suivi d’un traitement antiviral. ".',
  );

  it('`que dans les circonstances suivantes :` opens an indication list on the prestation above', () => {
    expect(indicationsOf(text)).toEqual([{ codes: ['556570-556581'], labels: ['1.', '2.'] }]);
  });

  it('a limit inside an item is a rule on that prestation', () => {
    expect(summary(rulesOfText(text).filter((r) => r.type === 'frequency'))).toEqual([['frequency', '556570-556581']]);
  });

  it('`… que dans les conditions suivantes :` and `Le remboursement … est seulement prévu :` open one too', () => {
    const conditions = decree("**Article 1er.** A l'article 24 de l'annexe, la prestation suivante est insérée :", '', '" 556592-556603 Typage du virus Y . . . B 3000', '', 'Cette prestation ne peut être effectuée que dans les conditions suivantes :', '', '1. Avant un traitement;', '', '2. Après douze semaines de traitement. ".');
    expect(indicationsOf(conditions)).toEqual([{ codes: ['556592-556603'], labels: ['1.', '2.'] }]);
    const provided = decree("**Article 1er.** A l'article 14 de l'annexe, la prestation suivante est insérée :", '', '" 431970-431981 Vulvoscopie . . . K 30', '', "Le remboursement de la vulvoscopie est seulement prévu :", '', 'a) après une biopsie anormale;', '', "b) pour le suivi d'une lésion traitée. \".");
    expect(indicationsOf(provided)).toEqual([{ codes: ['431970-431981'], labels: ['a)', 'b)'] }]);
  });

  it('`… est soumis aux conditions suivantes :` lists rules to meet, not cases', () => {
    const rules = decree("**Article 1er.** A l'article 14 de l'annexe, la prestation suivante est insérée :", '', '" 431992-432003 Hystéroscopie . . . K 60', '', 'Le remboursement de cette prestation est soumis aux conditions suivantes :', '', 'a) elle est pratiquée par un médecin spécialiste en gynécologie-obstétrique;', '', "b) elle n'est attestée qu'une fois par année civile. \".");
    expect(indicationsOf(rules)).toEqual([]);
  });
});
