import { describe, expect, it } from 'vitest';
import { paramsOf, rulesOfQuote, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 70 (scored blind first: test/rules/gold-synthetic/round70/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 70 (tuned)', () => {
  it('a length of time a label requires is no documentation duty (as 1999022803 and 2002023049 word it)', () => {
    expect(typesOf('567512 Séance individuelle au cabinet, pour laquelle une durée globale moyenne de 30 minutes est exigée M 20')).not.toContain('documentation');
    expect(typesOf('Le protocole détaillé et les tracés sont exigés.')).toContain('documentation');
  });

  it('billed on a prescription stated as a clause of its own: a documentation duty besides the limit', () => {
    expect(typesOf("Ces séances sont remboursées au maximum six fois par année civile, sur prescription d'un médecin spécialiste en pneumologie.")).toEqual(['frequency', 'documentation']);
    expect(paramsOf("Ces séances sont remboursées au maximum six fois par année civile, sur prescription d'un médecin spécialiste en pneumologie.", 'documentation')).toMatchObject({ prerequisite: true });
  });

  it('`qu’au profit de bénéficiaires hospitalisés`: hospitalised', () => {
    expect(paramsOf("Cette prestation n'est attestée qu'au profit de bénéficiaires hospitalisés.", 'setting')).toEqual({ setting: 'hospitalised' });
  });

  it('`§ 3bis Honoraires pour les médecins spécialistes en X :` over prestations is who may bill them (2003022340, set 1’s blind gold)', () => {
    const rules = rulesOfQuote(['§ 3bis Honoraires pour les médecins spécialistes en dermatologie :', '', '532116 Photothérapie sélective, par séance ... K 12', '', '532131 Photochimiothérapie, par séance ... K 15'].join('\n'));
    expect(summary(rules)).toContainEqual(['qualification', '532116 532131']);
  });

  it('a bar after a prestation done within a span, `ne peut être` without `pas`', () => {
    const rules = rulesOfQuote('Si une prestation 247516 - 247520 a été portée en compte endéans les 15 jours qui précèdent, la prestation 247531 - 247542 effectuée sur le même oeil ne peut être portée en compte.');
    expect(rules.map((r) => [r.type, r.codes, r.with?.codes])).toEqual([['nonCumulation', [['247531', '247542']], [['247516', '247520']]]]);
  });

  it('a document kept in the file, the file named first', () => {
    expect(paramsOf('Pour la prestation 247531 - 247542, le prestataire garde en son dossier médical, à disposition du médecin-conseil, le protocole de l’angiographie.', 'documentation')).toMatchObject({ what: 'protocole', keptInFile: true });
  });
});
