import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { paramsOf } from './load.js';

/**
 * Forms the twenty-fourth synthetic round showed missing (test/rules/gold-synthetic/round24/SCORE-BLIND.txt, scored on
 * the stop's final rule code), each in wordings of our own: the general form, not the gold's sentence.
 */
describe('one of them per span, units with their codes, who alone may bill', () => {
  it('`l’une seulement de ces prestations`, `une seule de ces séances` over the span the sentence opens with', () => {
    expect(paramsOf("Au cours d'une même séance, l'une seulement de ces prestations peut être attestée.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' } });
    expect(paramsOf("Au cours d'une même journée, une seule de ces séances collectives peut être attestée.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('`au maximum deux électrodes 614011 sont remboursées par intervention` is a rule sentence', () => {
    const s = '3° au maximum trois sondes 614011 - 614022 sont remboursées par intervention;';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'quantity')).toMatchObject({ max: 3 });
  });

  it('`Seuls les médecins spécialistes en … peuvent porter ces prestations en compte` is a rule sentence', () => {
    expect(isNormative('Seuls les médecins spécialistes en pneumologie peuvent porter ces prestations en compte.')).toBe(true);
  });
});
