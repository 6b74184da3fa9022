import { describe, expect, it } from 'vitest';
import { rulesOfText, decree } from './load.js';

/**
 * Misses of synthetic round 55 (scored blind first: test/rules/gold-synthetic/round55/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 55 (tuned)', () => {
  it('a list led by its subject alone (`Les prestations X à Y :`), the verb in each item, governs those prestations', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 20 de l'annexe, le § 9 suivant est inséré :",
        '',
        '" § 9. 475012 - 475023 Examen A N 40',
        '',
        '475034 - 475045 Examen B N 50',
        '',
        'Les prestations 475012 - 475023 et 475034 - 475045 :',
        '',
        "- ne peuvent être effectuées qu'en milieu hospitalier;",
        '',
        "- ne sont pas cumulables entre elles au cours d'une même séance. \"",
      ),
    );
    const groups = [['475012', '475023'], ['475034', '475045']];
    expect(rules.find((r) => r.type === 'setting')).toMatchObject({ codes: groups, params: { setting: 'hospital' } });
    expect(rules.find((r) => r.type === 'nonCumulation')).toMatchObject({ codes: groups, params: { scope: 'sameSession' } });
  });
});
