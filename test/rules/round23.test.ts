import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, paramsOf, rulesOfText, summary, typesOf as types } from './load.js';

/**
 * Forms the twenty-third synthetic round showed missing (test/rules/gold-synthetic/round23/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */
describe('limits and quantities', () => {
  it('`qu’à deux reprises` is `que deux fois`', () => {
    expect(paramsOf("La prestation 471011 n'est remboursable qu'à trois reprises sur une période de 12 mois.", 'frequency')).toMatchObject({ max: 3, period: { count: 12, unit: 'month' } });
  });

  it('`le nombre de séances … est limité, par bénéficiaire, à soixante par année civile`; `ne dépasse jamais trente`', () => {
    expect(paramsOf('Le nombre de séances remboursables est limité, par bénéficiaire, à quarante par année civile.', 'frequency')).toMatchObject({ max: 40, period: { count: 1, unit: 'calendarYear' } });
    const s = 'Pour cette affection, le nombre de séances ne dépasse jamais vingt par période de 12 mois.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 20, period: { count: 12, unit: 'month' } });
  });

  it('`est limitée à deux exemplaires par bénéficiaire et par année civile`', () => {
    expect(paramsOf('La prestation 648011 est limitée à trois exemplaires par bénéficiaire et par année civile.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
  });

  it('quantities: `l’intervention de l’assurance est limitée à trois cathéters par intervention`, `pas plus de trois articulations`', () => {
    expect(paramsOf("Pour la prestation 687011, l'intervention de l'assurance est limitée à deux sondes par intervention.", 'quantity')).toMatchObject({ max: 2 });
    expect(paramsOf('Par séance, pas plus de quatre articulations ne peuvent être portées en compte sous la prestation 468011.', 'quantity')).toMatchObject({ max: 4 });
    // (not a condition: `… n'est due que si au maximum un seul remplacement a donné lieu à une intervention de l'assurance …`)
    expect(types("L'intervention de l'assurance n'est due que si au maximum un seul remplacement a donné lieu à une intervention de l'assurance durant les six années précédentes.")).not.toContain('quantity');
  });
});

describe('fees, settings, documents', () => {
  it('`revêt un caractère forfaitaire`', () => {
    expect(isNormative('Le remboursement de ces prestations revêt un caractère forfaitaire.')).toBe(true);
    expect(types('Le remboursement de ces prestations revêt un caractère forfaitaire.')).toEqual(['flatFee']);
  });

  it('`est réalisée au sein d’un centre multidisciplinaire`: in a centre, stated as a fact', () => {
    const s = "La prestation 102011 est réalisée au sein d'un centre multidisciplinaire de traitement de la douleur.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'setting')).toEqual({ setting: 'centre' });
  });

  it('`La prescription … est établie / rédigée par un médecin spécialiste`', () => {
    expect(types('La prescription initiale des séances est établie par un médecin spécialiste en neurologie.')).toEqual(['documentation']);
    expect(typeSentence('C.1. La prescription est rédigée par un médecin spécialiste en dermatologie.').map((t) => t.type)).toEqual(['documentation']);
  });
});

describe('`Dans ce cas, …` with no pronoun', () => {
  it('is on the prestations the sentence before names', () => {
    const text = decree(
      "**Art. 1.** A l'article 29 de l'annexe, la règle suivante est insérée :",
      '',
      '" 4° Le renouvellement anticipé de la prestation 658011 peut être demandé pour les bénéficiaires de moins de 18 ans. Dans ce cas, l\'accord préalable du médecin-conseil est requis. "',
    );
    expect(summary(rulesOfText(text))).toEqual([['priorApproval', '658011']]);
  });
});
