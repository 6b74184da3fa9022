import { describe, expect, it } from 'vitest';
import { paramsOf, rulesOfQuote, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 66 (scored blind first: test/rules/gold-synthetic/round66/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 66 (tuned)', () => {
  it("`il ne peut être porté en compte qu'un seul de ces numéros`: once (corpus 2003022340 says it so)", () => {
    expect(paramsOf("Pendant un même traitement, il ne peut être attesté qu'un seul de ces trois numéros.", 'frequency')).toMatchObject({ max: 1, period: null });
    expect(paramsOf("Par bénéficiaire et par année civile, il ne peut être porté en compte qu'un seul de ces codes.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'calendarYear' } });
    // (numbers of something else: no limit)
    expect(typesOf('Chacun de ces numéros est mentionné sur la facture.')).not.toContain('frequency');
  });

  it('a sentence opening on `Une seule des prestations X et Y peut être attestée`: once (per its span, or per person: a lifetime)', () => {
    expect(paramsOf('Une seule des prestations 471015 et 471030 peut être attestée par traitement.', 'frequency')).toMatchObject({ max: 1, period: null });
    expect(paramsOf('2° Une seule des prestations 471015, 471030 ou 471052 est remboursée par bénéficiaire.', 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
    expect(paramsOf('Une seule des prestations 471015 et 471030 peut être attestée par bénéficiaire et par année civile.', 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'calendarYear' } });
    // (one paid at a rate, one in addition to another, one in a condition: no limit of this form)
    for (const s of [
      "Une seule des prestations 471015 et 471030 est remboursée à 100 %, l'autre l'est à 50 %.",
      'Une seule des prestations 471015 et 471030 peut être attestée en plus de la prestation 471052.',
      "Si une seule des prestations 471015 et 471030 est attestée, le supplément n'est pas dû.",
    ])
      expect(typesOf(s)).not.toContain('frequency');
  });

  it('`ne peuvent être attestées que par un centre …`: a centre (not a hospital centre)', () => {
    expect(paramsOf('Les prestations 471015 à 471052 ne peuvent être attestées que par un centre de référence ayant conclu une convention avec le Comité.', 'setting')).toEqual({ setting: 'centre' });
    expect(paramsOf('La prestation 471015 ne peut être attestée que par un centre hospitalier universitaire.', 'setting')).not.toEqual({ setting: 'centre' });
    expect(typesOf('La prestation 471015 ne peut être attestée que par un médecin spécialiste en pédiatrie.')).not.toContain('setting');
  });

  it('`Si/Lorsque X a été attesté(e), les prestations Y et Z ne peuvent pas être attestées …`: Y and Z barred with X', () => {
    const rules = rulesOfQuote(
      "§ 4. Si la prestation 471015 a été portée en compte, les prestations 471030 et 471052 ne peuvent pas être attestées au cours d'une période de deux mois.",
    );
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '471030 471052']]);
    const bar = rules.find((r) => r.type === 'nonCumulation')!;
    expect(bar.with?.codes).toEqual([['471015']]);
    expect(bar.params).toMatchObject({ scope: 'samePeriod' });
    expect(paramsOf("Lorsque la prestation 471015 a déjà été attestée dans le mois qui précède, la prestation 471030 effectuée au cours de la même séance n'est pas remboursée.", 'nonCumulation')).toMatchObject({ scope: 'sameSession' });
    // (X not done is a prerequisite; Y limited, not barred, is another rule)
    for (const s of [
      "Si la prestation 471015 n'a pas été attestée, la prestation 471030 ne peut pas être remboursée.",
      'Si la prestation 471015 est attestée, la prestation 471030 ne peut être remboursée que sur prescription.',
      'Si la prestation 471015 a été attestée, la prestation 471030 ne peut pas être attestée plus de deux fois par an.',
    ])
      expect(typesOf(s)).not.toContain('nonCumulation');
  });
});
