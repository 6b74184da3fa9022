import { describe, expect, it } from 'vitest';
import { rulesOfQuote, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 84 (scored blind first: test/rules/gold-synthetic/round84/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 84 (tuned)', () => {
  const table = [
    '593213-593224',
    '',
    'Dialyse péritonéale continue, par journée de traitement K 55',
    '',
    '593246-593250',
    '',
    'Aphérèse leucocytaire thérapeutique, par séance K 95',
    '',
    '593272-593283',
    '',
    'Pose d’un cathéter de dialyse tunnelisé K 150',
    '',
    'Règles d’application :',
    '',
  ];

  it('an item whose subject is an act named by its label is on that act, and so is the sentence after it in the item', () => {
    const rules = rulesOfQuote(
      [
        ...table,
        '1° Les prestations 593213-593224 et 593272-593283 ne sont pas cumulables entre elles.',
        '',
        '2° L’aphérèse leucocytaire ne peut être attestée que 4 fois par période de 60 jours. Au-delà, la poursuite du traitement est subordonnée à l’accord préalable du Collège des médecins-directeurs.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency' || r.type === 'priorApproval'))).toEqual([
      ['frequency', '593246-593250'],
      ['priorApproval', '593246-593250'],
    ]);
  });

  it('a fronted day named by what happens on it bars the same day', () => {
    const rules = rulesOfQuote([...table, 'Le jour de la pose du cathéter, la prestation 593213-593224 ne peut pas être cumulée avec la prestation 593272-593283.'].join('\n'));
    const bar = rules.filter((r) => r.type === 'nonCumulation');
    expect(bar.map((r) => r.params)).toEqual([{ scope: 'sameDay' }]);
  });

  it('an exception that only adds a performer keeps the excepted prestation among those whose performers are limited', () => {
    const rules = rulesOfQuote(
      [
        ...table,
        'Les prestations du présent paragraphe ne peuvent être attestées que par un médecin spécialiste en néphrologie, à l’exception de la prestation 593246-593250, qui peut également être attestée par un médecin spécialiste en hématologie.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '593213-593224 593246-593250 593272-593283']]);
  });

  it('`L’assurance ne rembourse qu’un X par …` is on the prestation labelled X', () => {
    const rules = rulesOfQuote([...table, 'L’assurance ne rembourse qu’une aphérèse leucocytaire thérapeutique par période de six mois et par patient.'].join('\n'));
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '593246-593250']]);
  });

  it('a limit after an indication item’s semicolon, `; pour cette indication, …`, is a rule on the list’s prestation', () => {
    const rules = rulesOfQuote(
      [
        '593305-593316',
        '',
        'Enregistrement polygraphique de nuit K 200',
        '',
        'La prestation 593305-593316 ne peut être attestée que pour les indications suivantes :',
        '',
        '1) suspicion d’apnées centrales chez un patient insuffisant cardiaque ;',
        '',
        '2) contrôle d’un appareillage ventilatoire, lorsque les symptômes persistent ; pour cette indication, la prestation 593305-593316 n’est remboursée qu’une fois par année civile ;',
        '',
        '3) suspicion de narcolepsie.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '593305-593316']]);
    expect(rules.find((r) => r.type === 'frequency')?.params).toMatchObject({ max: 1, period: { count: 1, unit: 'calendarYear' } });
  });

  it('the total value of several prestations of one day capped at a figure is a flat fee', () => {
    expect(typesOf('La valeur totale de plusieurs examens (593331-593342 et 593364-593375) datés du même jour est de K 140.')).toEqual(['flatFee']);
    expect(typesOf('La valeur totale de plusieurs prestations 593390-593401 datées du même jour est limitée à K 90.')).toEqual(['flatFee']);
    // (a value of one prestation stated is no rule)
    expect(typesOf('La valeur de la prestation 593390-593401 est de K 90.')).toEqual([]);
  });

  it('a pronoun after an item’s first sentence stands for that sentence’s prestation, not for the list’s', () => {
    const rules = rulesOfQuote(
      [
        ...table,
        'Les règles suivantes sont d’application aux prestations du présent paragraphe :',
        '',
        'a) les prestations 593213-593224 et 593272-593283 ne peuvent être attestées qu’une fois par jour ;',
        '',
        'b) la prestation 593246-593250 n’est remboursable que pour des bénéficiaires hospitalisés dans un service de soins intensifs. Elle peut être attestée au maximum deux fois par jour.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([
      ['frequency', '593213-593224 593272-593283'],
      ['frequency', '593246-593250'],
    ]);
  });

  it('`ces <things>` stands for the prestations a sentence before defined those things by, rule or not', () => {
    const rules = rulesOfQuote(
      [
        ...table,
        'Les cathéters mentionnés sous les prestations 593213-593224 et 593272-593283 sont considérés comme des cathéters de longue durée à la condition :',
        '',
        '- qu’ils soient tunnelisés ;',
        '',
        '- qu’ils restent en place plus de trente jours.',
        '',
        'Le remboursement de ces cathéters est subordonné à l’accord préalable du médecin-conseil.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'priorApproval'))).toEqual([['priorApproval', '593213-593224 593272-593283']]);
  });
});

describe('a near form the stop-53 second reader left (tuned)', () => {
  it('a specialty ends before the patient it is performed for', () => {
    const rules = rulesOfQuote(
      [
        '593305-593316',
        '',
        'Enregistrement polygraphique de nuit K 200',
        '',
        'La prestation 593305-593316 ne peut être attestée que par un médecin spécialiste en pneumologie pour un patient hospitalisé.',
      ].join('\n'),
    );
    expect(rules.find((r) => r.type === 'qualification')?.params).toMatchObject({ specialties: ['pneumologie'] });
  });
});
