import { describe, expect, it } from 'vitest';
import { withoutExceptedLabels } from '../../src/extract/rules/refs.js';
import { extractRules } from '../../src/extract/rules/index.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { decree, loadDoc, rulesOfText, summary, typesOf } from './load.js';

/**
 * Forms the forty-seventh synthetic round showed missing (test/rules/gold-synthetic/round47/SCORE-BLIND.txt, scored
 * before any of these changes), each met in a real decree too (corpus 2002023049), in wordings of our own.
 */
describe('round 47: the paragraph before, a prescribing doctor, an exception by label', () => {
  const table = [
    '**Article 1er.** L\'article 7 de l\'annexe est remplacé par la disposition suivante :',
    '',
    '" § 1er. Prestations',
    '',
    '```',
    '   799105   Séance de drainage lymphatique, durée 30 minutes            M  20',
    '   799120   Séance de drainage lymphatique, durée 45 minutes            M  28',
    '   799142   Rapport écrit adressé au médecin prescripteur                M  10',
    '```',
    '',
    '§ 2. Les prestations définies au paragraphe précédent ne font l\'objet d\'une intervention de l\'assurance que lorsqu\'elles sont prescrites par un docteur en médecine. "',
  ];

  it('`§ 2. Les prestations définies au paragraphe précédent …`: the prestations of § 1er, read from its table', () => {
    const rules = rulesOfText(decree(...table)).filter((r) => r.type === 'documentation');
    expect(summary(rules)).toEqual([['documentation', '799105 799120 799142']]);
  });

  it('corpus 2002023049, § 2: the prestations of § 1er\'s table but the written reports it excepts by label', () => {
    const doc = loadDoc('2002023049');
    const rule = extractRules(doc, new DiagnosticSink(doc)).find((r) => r.type === 'documentation' && r.text.includes('paragraphe précédent'));
    const codes = rule!.codes.map((g) => g[0]);
    expect(codes).toContain('560011');
    expect(codes).toContain('564196');
    // (`sauf la prestation " rapport écrit "`)
    expect(codes).not.toContain('560711');
    expect(codes).toHaveLength(122);
  });

  it('`prescrites par un docteur en médecine`: a prescription is required, as `par un médecin`', () => {
    expect(typesOf("Ces prestations ne font l'objet d'une intervention de l'assurance que lorsqu'elles sont prescrites par un docteur en médecine.")).toContain('documentation');
  });

  it('an exception by label leaves out the prestations whose label opens with it, and only those', () => {
    const labels = [
      { codes: [['799105']], label: 'Séance de drainage', start: 0 },
      { codes: [['799142']], label: 'Rapport écrit au médecin', start: 0 },
    ];
    const codes = [['799105'], ['799142']];
    expect(withoutExceptedLabels('Les prestations …, sauf la prestation " rapport écrit ", …', codes, labels)).toEqual([['799105']]);
    expect(withoutExceptedLabels("Les prestations …, à l'exception de la prestation \"Séance de drainage\".", codes, labels)).toEqual([['799142']]);
    // (no quoted label, or one that names none of them: all of them)
    expect(withoutExceptedLabels('Les prestations …, sauf la prestation 799142.', codes, labels)).toEqual(codes);
    expect(withoutExceptedLabels('Les prestations …, sauf la prestation " bilan final ".', codes, labels)).toEqual(codes);
  });
});
