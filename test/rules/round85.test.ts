import { describe, expect, it } from 'vitest';
import { rulesOfQuote, rulesOfText, decree, summary, typeSentenceLimits } from './load.js';

/**
 * Misses of synthetic round 85 (scored blind first: test/rules/gold-synthetic/round85/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 85 (tuned)', () => {
  it('the fee a prestation is billed in supplement of is a condition, not the rule’s prestation', () => {
    const rules = rulesOfQuote(
      [
        '593213-593224 Dialyse péritonéale continue K 55',
        '',
        '593246-593250 Supplément pour dialyse de nuit K 20',
        '',
        'La prestation 593246-593250 ne peut être attestée qu’en supplément de la prestation 593213-593224, et au maximum une fois par jour.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '593246-593250']]);
  });

  it('an item `5° la prestation X …` opens on its subject as `a) la prestation X …` does', () => {
    const rules = rulesOfQuote(
      [
        '593213-593224 Dialyse péritonéale continue K 55',
        '',
        '593246-593250 Supplément pour dialyse de nuit K 20',
        '',
        '593272-593283 Pose d’un cathéter de dialyse K 150',
        '',
        '5° la prestation 593246-593250 ne peut être portée en compte qu’en supplément de la prestation 593213-593224 et n’est jamais cumulable avec la prestation 593272-593283.',
      ].join('\n'),
    );
    const bar = rules.filter((r) => r.type === 'nonCumulation');
    expect(summary(bar)).toEqual([['nonCumulation', '593246-593250']]);
    expect(bar[0].with?.codes).toEqual([['593272', '593283']]);
  });

  it('`Le remplacement du X …` is the prestation labelled `Remplacement du X …` when there is one', () => {
    const rules = rulesOfQuote(
      [
        '593305-593316 Stimulateur cardiaque implantable, y compris les sondes U 5000',
        '',
        '593331-593342 Remplacement du stimulateur cardiaque implantable en cas d’épuisement de la pile U 4000',
        '',
        'Le remplacement du stimulateur cardiaque ne peut être remboursé qu’une fois par période de cinq ans.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '593331-593342']]);
  });

  it('a numbered diagnostic rule that names no code is on the prestations whose label refers to it', () => {
    const rules = rulesOfText(
      decree(
        '**Article 1er.** A l’article 24, § 1er, de l’annexe à l’arrêté royal du 14 septembre 1984, les modifications suivantes sont apportées :',
        '',
        '1. dans la rubrique 1/CHIMIE, l’intitulé 2/Sang est complété comme suit :',
        '',
        '" 593364-593375',
        '',
        'Dosage de la protéine A . . . . . B 900',
        '',
        '(maximum 1) (Règle diagnostique 141)',
        '',
        '593390-593401',
        '',
        'Dosage de la protéine B . . . . . B 1100',
        '',
        '(maximum 1) (Règle diagnostique 142) ";',
        '',
        '2. la rubrique Règles diagnostiques est complétée comme suit :',
        '',
        '" 141',
        '',
        'La prestation 593364-593375 ne peut être portée en compte que dans le cadre du suivi d’une tumeur. Dans ce cas, elle peut être attestée au maximum quatre fois par année civile.',
        '',
        '142',
        '',
        'Ce test ne peut être porté en compte que s’il est prescrit par un médecin spécialiste en endocrinologie. Il n’est jamais remboursé plus d’une fois par période de 12 mois. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([
      ['frequency', '593364-593375'],
      ['frequency', '593390-593401'],
    ]);
  });

  it('a rate after a count, `…, à raison de deux séances par semaine au plus`, is a second limit, the count keeping its own span', () => {
    expect(typeSentenceLimits('Pour chaque accord, au maximum cinquante séances individuelles sont remboursées, à raison de trois séances par semaine au plus.')).toEqual([
      [50, null],
      [3, { count: 1, unit: 'week' }],
    ]);
    expect(typeSentenceLimits('Par période de six mois, trente séances au maximum peuvent être attestées, à raison d’une séance par jour.')).toEqual([
      [30, { count: 6, unit: 'month' }],
      [1, { count: 1, unit: 'day' }],
    ]);
  });
});
