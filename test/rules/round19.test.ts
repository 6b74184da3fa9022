import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { extractIndicationsWithSpans } from '../../src/extract/indications/index.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { decree, rulesOfText, summary, typesOf as types, paramsOf } from './load.js';

/**
 * Forms the nineteenth synthetic round showed missing (test/rules/gold-synthetic/round19/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */

describe('relations', () => {
  it('`s’excluent mutuellement`; `ne se cumule pas avec …` names its party after the verb', () => {
    const s = "Lors d'une même séance, les prestations 318011 et 318022 s'excluent mutuellement.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'nonCumulation')).toEqual({ scope: 'sameSession' });
    const text = decree("**Art. 1.** A l'article 20 de l'annexe, la règle suivante est insérée :", '', '" La prestation 474011 - 474022 ne se cumule pas avec la pose d\'une sonde (112011 - 112022). "');
    const [rule] = rulesOfText(text);
    expect([rule.codes, rule.with?.codes]).toEqual([[['474011', '474022']], [['112011', '112022']]]);
  });

  it('`n’est pas remboursée pendant les N mois qui suivent la prestation X`: over that span, X the other party', () => {
    const s = "La prestation 259011-259022 n'est pas remboursée pendant les six mois qui suivent la prestation 259033-259044.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'nonCumulation')).toEqual({ scope: 'samePeriod' });
  });
});

describe('limits', () => {
  it('`un seul de ces deux numéros est attestable par jour`', () => {
    const s = 'Pour un même patient, un seul de ces deux numéros est attestable par jour.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('`que deux fois au cours de la vie du bénéficiaire`', () => {
    expect(paramsOf("Le remboursement de cette prothèse n'est accordé que deux fois au cours de la vie du bénéficiaire.", 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'lifetime' } });
  });

  it('`6° Par période de 30 jours, au maximum vingt honoraires … peuvent être attestés`: a frequency, no quantity', () => {
    const s = '4° Par période de 14 jours, au maximum dix honoraires de surveillance peuvent être attestés.';
    expect(typeSentence(s).map((t) => [t.type, t.params])).toMatchObject([['frequency', { max: 10, period: { count: 14, unit: 'day' } }]]);
  });
});

describe('fees, settings, documents', () => {
  it('`est majorée de 25 %`: billed at 125 %', () => {
    const s = "La valeur relative de la prestation 460011 est majorée de 25 % lorsqu'elle est effectuée chez un enfant.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'billingPercentage')).toMatchObject({ percentage: 125 });
  });

  it('settings: `que s’il est implanté dans un centre`, `qu’en dehors de tout séjour hospitalier`', () => {
    expect(paramsOf("Le stimulateur n'est remboursé que s'il est implanté dans un centre agréé.", 'setting')).toEqual({ setting: 'centre' });
    expect(paramsOf("Ces séances ne sont remboursées qu'en dehors de tout séjour hospitalier.", 'setting')).toEqual({ setting: 'outsideHospital' });
  });

  it('documents: `joint à sa facture une copie`, `suppose une prescription`, `est motivée dans le dossier`', () => {
    for (const s of [
      "Le fournisseur joint à sa facture une copie du certificat de conformité.",
      "Le remboursement de la prestation 558011 suppose une prescription d'un médecin spécialiste.",
      'La nécessité de cette séance supplémentaire est motivée dans le dossier du patient.',
    ])
      expect(types(s)).toEqual(['documentation']);
  });

  it('who may prescribe is a documentation duty, not who may bill', () => {
    expect(types("L'examen ne peut être prescrit que par un médecin spécialiste en cardiologie.")).toEqual(['documentation']);
    expect(types("L'examen peut seulement être prescrit par un médecin spécialiste en cardiologie.")).toEqual(['documentation']);
    expect(types('La prestation ne peut être effectuée que par un médecin spécialiste en cardiologie.')).toEqual(['qualification']);
  });
});

describe('rules among the items of an indication list', () => {
  const text = decree(
    "**Art. 1.** A l'article 17 de l'annexe, la prestation suivante est insérée :",
    '',
    '" 442011-442022 Tomographie par émission de positons N 900',
    '',
    'La prestation 442011-442022 ne peut être attestée que pour les indications suivantes :',
    '',
    'a) suspicion de démence débutante;',
    '',
    "L'examen peut seulement être prescrit par un médecin spécialiste en neurologie.",
    '',
    'Une motivation est consignée dans le dossier médical.',
    '',
    'b) bilan d’un mouvement anormal. "'.replace('’', "'"),
  );

  it('are rules on the list’s prestations, not items', () => {
    expect(summary(rulesOfText(text).filter((r) => r.type === 'documentation'))).toEqual([
      ['documentation', '442011-442022'],
      ['documentation', '442011-442022'],
    ]);
    const doc = buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(text))));
    const [list] = extractIndicationsWithSpans(doc, new DiagnosticSink(doc)).indications;
    expect(list.items.map((i) => i.label)).toEqual(['a)', 'b)']);
  });

  it('an opening that names no prestation gives its rules none', () => {
    const t = decree(
      "**Art. 1.** A l'article 6 de l'annexe, le texte suivant est inséré :",
      '',
      '" 371011 Prothèse complète supérieure L 300',
      '',
      "La condition d'âge ne s'applique pas au bénéficiaire qui se trouve dans une des situations suivantes :",
      '',
      '1) syndrome de malabsorption;',
      '',
      '2) radionécrose des maxillaires.',
      '',
      'La demande doit comporter les éléments qui démontrent la pathologie. "',
    );
    expect(summary(rulesOfText(t).filter((r) => r.type === 'documentation'))).toEqual([['documentation', '']]);
  });
});
