import { describe, expect, it } from 'vitest';
import { paramsOf } from './load.js';

/** Forms of Belgian French drafting that the rule reader must read like their French equivalents. */
describe('Belgian forms', () => {
  it('`année calendrier` is a calendar year, like `année civile` (2012022065: `cinq fois par année calendrier`)', () => {
    expect(paramsOf('La prestation 774311 ne peut être remboursée que trois fois par année calendrier.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
    expect(paramsOf('La prestation 774311 est remboursée au maximum deux fois par période de trois années calendrier.', 'frequency')).toMatchObject({ max: 2, period: { count: 3, unit: 'calendarYear' } });
  });
});
