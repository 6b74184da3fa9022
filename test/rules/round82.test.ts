import { describe, expect, it } from 'vitest';
import { rulesOfQuote, summary } from './load.js';

/**
 * Misses of synthetic round 82 (scored blind first: test/rules/gold-synthetic/round82/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 82 (tuned)', () => {
  it('a condition after a subject named by its codes names other prestations: they are not the rule’s', () => {
    // (the form of 1999022423, `La prestation X ne peut être portée en compte à l'AMI que si la prestation Y donne un
    // résultat positif`, and of 2013022038, `… que lorsque la colle a été utilisée durant une des prestations suivantes : …`)
    const rules = rulesOfQuote(
      [
        '541811 - 541822 Dosage de contrôle . . . . . B 300',
        '',
        '541833 - 541844 Dosage de dépistage . . . . . B 200',
        '',
        'La prestation 541811 - 541822 ne peut être portée en compte que si la prestation 541833 - 541844 a donné un résultat anormal.',
        '',
        "La prestation 541855 - 541866 est remboursée à 50 % lorsqu'elle est effectuée le même jour qu'une des prestations 541811 - 541822 ou 541833 - 541844.",
      ].join('\n'),
    );
    const conditioned = rules.filter((r) => /que si la prestation|lorsqu'elle est effectuée/u.test(r.text));
    expect(summary(conditioned)).toEqual([
      ['other', '541811-541822'],
      ['billingPercentage', '541855-541866'],
    ]);
  });

  it('codes named before the condition, or in a clause after it, stay the rule’s', () => {
    const rules = rulesOfQuote(
      [
        '541811 - 541822 Dosage de contrôle . . . . . B 300',
        '',
        'Les prestations 541811 - 541822 et 541855 - 541866 ne sont remboursées que si le bénéficiaire est hospitalisé.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'setting'))).toEqual([['setting', '541811-541822 541855-541866']]);
  });

  it('an adverb between `ne peut` and `être cumulée` still forbids the cumulation', () => {
    const rules = rulesOfQuote(
      [
        '541811 - 541822 Dosage de contrôle . . . . . B 300',
        '',
        'La prestation 541811 - 541822 ne peut en outre être cumulée avec les prestations de l’article 24bis effectuées le même jour.',
        '',
        'La prestation 541833 - 541844 ne peut par ailleurs pas être cumulée avec la prestation 541811 - 541822.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([
      ['nonCumulation', '541811-541822'],
      ['nonCumulation', '541833-541844'],
    ]);
  });

  it('a refusal when performed by a physician who is not approved as the specialist names who may', () => {
    const rules = rulesOfQuote(
      [
        '541811 - 541822 Bloc nerveux . . . . . K 30',
        '',
        "La prestation 541811 - 541822 n'est pas honorée lorsqu'elle est exécutée par un médecin qui n'est pas agréé comme médecin spécialiste en anesthésiologie.",
      ].join('\n'),
    );
    const q = rules.filter((r) => r.type === 'qualification');
    expect(summary(q)).toEqual([['qualification', '541811-541822']]);
    expect(q[0].params).toMatchObject({ specialties: ['anesthésiologie'], excluded: [] });
  });
});
