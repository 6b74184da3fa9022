import { describe, expect, it } from 'vitest';
import { paramsOf } from './load.js';

/** Forms of the decrees' drafting the rule reader missed in real decrees (Belgian French, punctuation). */
describe('Belgian forms', () => {
  it('`année calendrier` is a calendar year, like `année civile` (2012022065: `cinq fois par année calendrier`)', () => {
    expect(paramsOf('La prestation 774311 ne peut être remboursée que trois fois par année calendrier.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
    expect(paramsOf('La prestation 774311 est remboursée au maximum deux fois par période de trois années calendrier.', 'frequency')).toMatchObject({ max: 2, period: { count: 3, unit: 'calendarYear' } });
  });
});

describe('coverage with a comma after the verb', () => {
  it('`X couvre, outre …, …` states what the fee covers (2013022101)', () => {
    expect(paramsOf("Le bilan gériatrique couvre, outre l'examen clinique complet, la rédaction d'un plan de soins.", 'coverage')).toMatchObject({ includes: "outre l'examen clinique complet, la rédaction d'un plan de soins" });
  });
});
