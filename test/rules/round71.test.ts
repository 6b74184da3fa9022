import { describe, expect, it } from 'vitest';
import { paramsOf, rulesOfQuote, typesOf } from './load.js';

/**
 * Misses of synthetic round 71 (scored blind first: test/rules/gold-synthetic/round71/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 71 (tuned)', () => {
  it('a setting in each clause, each on its own prestation', () => {
    const rules = rulesOfQuote("La prestation 567713 ne peut être attestée que pour un bénéficiaire hospitalisé; la prestation 567735 ne peut l'être qu'en dehors de l'hôpital.");
    expect(rules.map((r) => [r.type, r.codes, r.params])).toEqual([
      ['setting', [['567713']], { setting: 'hospitalised' }],
      ['setting', [['567735']], { setting: 'outsideHospital' }],
    ]);
  });

  it('hospitalised or admitted to a day hospital: in a hospital', () => {
    expect(paramsOf("Elle n'est remboursée que si le bénéficiaire est hospitalisé ou admis en hôpital de jour.", 'setting')).toEqual({ setting: 'hospital' });
    expect(paramsOf("Elle n'est remboursée que si le bénéficiaire est hospitalisé.", 'setting')).toEqual({ setting: 'hospitalised' });
  });

  it('a volume per intervention is a quantity, as an area is', () => {
    expect(typesOf('La prestation 703861 est limitée à 20 ml par intervention.')).toEqual(['quantity']);
  });

  it('`Aucune attestation de soins ne peut être établie pour les prestations effectuées par …` (1996022454, 2002023049): who may not', () => {
    expect(paramsOf('Aucune attestation de soins ne peut être établie pour les prestations effectuées par une personne non agréée comme kinésithérapeute qui se substitue à un kinésithérapeute agréé.', 'qualification')).toMatchObject({ excluded: ['personne non agréée comme kinésithérapeute qui se substitue à un kinésithérapeute agréé'] });
    expect(paramsOf("Aucune attestation de soins ne peut être établie pour les prestations du présent paragraphe lorsqu'elles sont effectuées par un kinésithérapeute qui n'a pas suivi la formation.", 'qualification')).toMatchObject({ excluded: ["kinésithérapeute qui n'a pas suivi la formation"] });
  });
});
