import { describe, expect, it } from 'vitest';
import { paramsOf } from './load.js';

/**
 * Misses of synthetic round 53 (scored blind first: test/rules/gold-synthetic/round53/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 53 (tuned): periods, units per act, settings', () => {
  it('a count opened by `Par bénéficiaire,` with no span named is over a lifetime; `une seule fois par oeil` too', () => {
    expect(paramsOf("Par bénéficiaire, la prestation 471711 - 471722 n'est remboursable que deux fois au maximum.", 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'lifetime' } });
    expect(paramsOf("La prestation 248713 n'est remboursée qu'une seule fois par oeil, sauf si une récidive est démontrée.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
    // (a span named wins: not a lifetime)
    expect(paramsOf("Par bénéficiaire, la prestation 471711 - 471722 n'est remboursable que deux fois au maximum par année civile.", 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'calendarYear' } });
  });

  it('units limited per session or endoscopy are a quantity, billing word or not', () => {
    expect(paramsOf('Le supplément 471753 - 471764 est limité à trois biopsies par séance de bronchoscopie.', 'quantity')).toMatchObject({ max: 3 });
    expect(paramsOf('Le supplément 471753 - 471764 est limité à trois biopsies par séance de bronchoscopie.', 'frequency')).toBeUndefined();
    expect(paramsOf("Au cours d'une même gastroscopie, la prestation 476814 - 476825 ne peut être attestée que pour deux polypes au maximum.", 'quantity')).toMatchObject({ max: 2 });
  });

  it('`Le nombre de <things> remboursables est limité à N par … et par période de 12 mois` is a frequency, not a quantity', () => {
    const s = 'Le nombre de gants remboursables (prestations 641115-641126 et 641130-641141) est limité à quatre par bénéficiaire et par période de 12 mois.';
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 4, period: { count: 12, unit: 'month' } });
    expect(paramsOf(s, 'quantity')).toBeUndefined();
    // (per intervention it stays a quantity)
    expect(paramsOf("Le nombre d'ancres remboursables est limité à quatre par intervention.", 'quantity')).toMatchObject({ max: 4 });
  });

  it('settings: not during a hospital stay; done by a specialist, in a hospital, in day or classic hospitalisation', () => {
    expect(paramsOf('Les prestations 733832 et 733854 ne sont pas remboursées pendant un séjour hospitalier du bénéficiaire.', 'setting')).toEqual({ setting: 'outsideHospital' });
    expect(paramsOf('3. le traitement est effectué par un médecin spécialiste en dermatologie, dans un hôpital, en hospitalisation de jour ou en hospitalisation classique;', 'setting')).toEqual({ setting: 'hospital' });
    // (another place offered: no setting)
    expect(paramsOf('3. le traitement est effectué par un médecin spécialiste en dermatologie, dans un hôpital ou en cabinet privé;', 'setting')).toBeUndefined();
    expect(paramsOf("b) La pose n'est remboursée que si elle est effectuée par un médecin spécialiste en chirurgie, dans un hôpital disposant d'un service de chirurgie agréé.", 'setting')).toEqual({ setting: 'hospital' });
  });
});
