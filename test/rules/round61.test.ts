import { describe, expect, it } from 'vitest';
import { decree, rulesOfText, summary } from './load.js';

/**
 * Misses of synthetic round 61 (scored blind first: test/rules/gold-synthetic/round61/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own. (`qu'à deux reprises au total` is in round60.test.ts.)
 */
describe('misses of round 61 (tuned)', () => {
  it('`c) Les implants X et Y … . d) Trois implants au plus …`: the things a count names, by the noun a rule of the quote named them with', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 35 de l'annexe, le 14° est remplacé par ce qui suit :",
        '',
        '" 14° Implants dentaires :',
        '',
        '771013-771024 Implant endo-osseux . . . . . U 300',
        '',
        '771035-771046 Pilier implantaire . . . . . U 100',
        '',
        'a) Les implants 771013-771024 et 771035-771046 ne sont pas cumulables avec la prestation 771050-771061.',
        '',
        'b) Trois implants au plus peuvent être portés en compte par intervention. "',
      ),
    );
    expect(summary(rules)).toEqual([
      ['nonCumulation', '771013-771024 771035-771046'],
      ['quantity', '771013-771024 771035-771046'],
    ]);
  });
});
