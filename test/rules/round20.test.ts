import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfText, summary, typesOf as types, paramsOf } from './load.js';

/**
 * Forms the twentieth synthetic round showed missing (test/rules/gold-synthetic/round20/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */
const frequencies = (s: string) => typeSentence(s).filter((t) => t.type === 'frequency').map((t) => t.params);

describe('limits', () => {
  it('spans: `au cours de la même séance`, `le même jour` after the verb, `Pour chaque semestre civil, …`', () => {
    expect(paramsOf('La prestation 590011 peut être attestée au maximum trois fois au cours de la même séance.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'session' } });
    expect(paramsOf('Pour le bénéficiaire hospitalisé, deux séances au maximum peuvent être attestées le même jour.', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'day' } });
    expect(paramsOf("Pour chaque semestre civil, l'assurance n'intervient qu'une seule fois pour un détartrage.", 'frequency')).toMatchObject({ max: 1, period: { count: 6, unit: 'month' } });
  });

  it('`n’intervient que pour une seule des prestations …` is a rule sentence', () => {
    expect(isNormative("Par période de six mois, l'assurance n'intervient que pour une seule des prestations 474011 ou 474022.")).toBe(true);
  });

  it('`… qu’à l’issue d’un délai de N ans`: once per so long', () => {
    expect(paramsOf("Une nouvelle intervention de l'assurance pour la prothèse n'est possible qu'à l'issue d'un délai de six ans.", 'frequency')).toMatchObject({ max: 1, period: { count: 6, unit: 'year' } });
  });

  it('`…, avec un maximum de N attestations par année civile`: a second limit, no quantity', () => {
    expect(frequencies("Elle ne peut être portée en compte qu'une fois par séance d'irradiation, avec un maximum de 30 attestations par année civile.")).toMatchObject([
      { max: 1, period: { count: 1, unit: 'session' } },
      { max: 30, period: { count: 1, unit: 'calendarYear' } },
    ]);
    expect(types("Elle ne peut être portée en compte qu'une fois par séance d'irradiation, avec un maximum de 30 attestations par année civile.")).not.toContain('quantity');
  });

  it('`une seule manchette X peut être portée en compte` in one intervention: a quantity; not a physician', () => {
    expect(paramsOf("Au cours d'une même intervention, une seule plaque 687011 - 687022 peut être portée en compte.", 'quantity')).toMatchObject({ max: 1 });
    expect(types("Au cours d'une même intervention, un seul médecin peut attester la prestation.")).not.toContain('quantity');
  });
});

describe('fees, approvals, settings, documents', () => {
  it('`est un honoraire forfaitaire qui couvre …`: a flat fee and what it covers', () => {
    expect(types("La prestation 590011 est un honoraire forfaitaire qui couvre l'ensemble des contrôles.")).toEqual(['flatFee', 'coverage']);
  });

  it('`Elle comprend …` after a rule on the prestation: what it covers, on that prestation', () => {
    const text = decree(
      "**Art. 1.** A l'article 20 de l'annexe, les modifications suivantes sont apportées :",
      '',
      'A. la prestation suivante est insérée :',
      '',
      '" 474011 - 474022 Mesure du volume pulmonaire K 40 ";',
      '',
      'B. la règle d\'application suivante est insérée après la prestation 474011 - 474022 :',
      '',
      '" Cette prestation ne peut être attestée que deux fois par année civile. Elle comprend le calcul du volume et un protocole signé. "',
    );
    expect(summary(rulesOfText(text))).toEqual([
      ['frequency', '474011-474022'],
      ['coverage', '474011-474022'],
    ]);
  });

  it('`Ce forfait couvre …` after the prestation’s rules: that prestation', () => {
    const text = decree(
      "**Art. 1.** A l'article 20 de l'annexe, la prestation suivante est insérée :",
      '',
      '" 474033 - 474044 Télésurveillance d’un bénéficiaire ventilé, par mois K 30'.replace('’', "'"),
      '',
      "Cette prestation est un forfait mensuel, qui ne peut être attesté qu'une fois par mois civil.",
      '',
      'Ce forfait couvre la lecture des données transmises. "',
    );
    expect(summary(rulesOfText(text)).filter(([t]) => t === 'coverage')).toEqual([['coverage', '474033-474044']]);
  });

  it('`le médecin-conseil peut autoriser …`: an approval', () => {
    expect(paramsOf('Au-delà de ce nombre, le médecin-conseil peut autoriser des séances supplémentaires.', 'priorApproval')).toEqual({ by: 'advisingPhysician' });
  });

  it('settings: `exécutées uniquement dans le laboratoire d’un centre`, `que si … délivrées à un bénéficiaire qui n’est pas hospitalisé`', () => {
    expect(paramsOf("Ces analyses sont exécutées uniquement dans le laboratoire d'un centre de génétique.", 'setting')).toEqual({ setting: 'centre' });
    expect(paramsOf("Ces aides ne sont remboursées que si elles sont délivrées à un bénéficiaire qui n'est pas hospitalisé.", 'setting')).toEqual({ setting: 'ambulatory' });
  });

  it('documents: who prescribes (`sont prescrites par`, `n’est prescrit que par`, `ne peut émaner que d’un`), a record kept, joined to any request', () => {
    for (const s of [
      'Les prestations 565011 et 565022 sont prescrites par un médecin spécialiste en génétique.',
      "L'examen n'est prescrit que par un médecin spécialiste en rhumatologie.",
      "La prescription initiale ne peut émaner que d'un médecin spécialiste en pédiatrie.",
      'Le centre tient pour chaque bénéficiaire un relevé des réglages effectués.',
      'Le rapport du bilan est joint à toute demande de prolongation.',
    ])
      expect(types(s)).toEqual(['documentation']);
  });
});
