import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { paramsOf } from './load.js';

/**
 * Forms the thirty-first synthetic round showed missing (test/rules/gold-synthetic/round31/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 31', () => {
  it('`N séances X, Y ou Z au plus sont remboursables par semaine`: a rule sentence, codes between the things and the limit', () => {
    const s = 'Par patient, deux séances 774951, 774973 ou 774995 au plus sont remboursables par jour.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'day' } });
  });

  it('`Il est interdit de cumuler les prestations X avec la prestation Y`', () => {
    expect(paramsOf('Il est interdit de cumuler la prestation 775010 avec la prestation 775032.', 'nonCumulation')).toBeDefined();
  });

  it('`qu’en faveur d’un bénéficiaire hospitalisé`: the hospitalised', () => {
    expect(paramsOf("Cette prestation n'est remboursable qu'en faveur d'un patient hospitalisé.", 'setting')).toMatchObject({ setting: 'hospitalised' });
  });

  it('`ne peuvent être attestées qu’au sein d’un centre …`', () => {
    expect(paramsOf("Ces séances ne peuvent être attestées qu'au sein d'un centre de revalidation agréé.", 'setting')).toMatchObject({ setting: 'centre' });
  });
});
