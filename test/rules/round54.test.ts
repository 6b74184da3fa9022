import { describe, expect, it } from 'vitest';
import { paramsOf } from './load.js';

/**
 * Misses of synthetic round 54 (scored blind first: test/rules/gold-synthetic/round54/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 54 (tuned)', () => {
  it('things counted over a span of time are a frequency; per intervention they stay a quantity', () => {
    const s = 'Par bénéficiaire et par période de douze mois, au maximum trois bandages sont remboursés.';
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 3, period: { count: 12, unit: 'month' } });
    expect(paramsOf(s, 'quantity')).toBeUndefined();
    expect(paramsOf('Au maximum trois vis sont remboursées par intervention.', 'quantity')).toMatchObject({ max: 3 });
    expect(paramsOf('Au maximum trois vis sont remboursées par intervention.', 'frequency')).toBeUndefined();
  });

  it('`ne peut être porté en compte au maximum que N fois dans le délai de …`: N in that span', () => {
    expect(paramsOf("3° Le renouvellement d'une attelle au cours du traitement d'une entorse ne peut être porté en compte au maximum que deux fois dans le délai de 6 semaines à partir du traitement initial.", 'frequency')).toMatchObject({ max: 2, period: { count: 6, unit: 'week' } });
  });

  it('`ne peut être attestée ni le même jour qu\'une prestation de l\'article 17, ni …`: not on the same day', () => {
    expect(paramsOf("La prestation 445292-445303 ne peut être attestée ni le même jour qu'une prestation de l'article 17, ni le même jour qu'une prestation de l'article 17bis.", 'nonCumulation')).toEqual({ scope: 'sameDay' });
  });

  it('only for patients hospitalised or treated in day hospital: in a hospital', () => {
    expect(paramsOf('Ces prestations ne sont remboursées que chez des bénéficiaires hospitalisés ou pris en charge en hôpital de jour.', 'setting')).toEqual({ setting: 'hospital' });
    expect(paramsOf('Ces prestations ne sont remboursées que chez des bénéficiaires hospitalisés.', 'setting')).toEqual({ setting: 'hospitalised' });
  });
});
