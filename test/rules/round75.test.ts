import { describe, expect, it } from 'vitest';
import { rulesOfQuote } from './load.js';

/**
 * Misses of synthetic round 75 (scored blind first: test/rules/gold-synthetic/round75/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 75 (tuned)', () => {
  it('a limit in each clause, each clause opening on an act named with its code (`La séance de bilan X …; le bilan d’évolution Y, …`)', () => {
    const rules = rulesOfQuote("La séance de bilan 712515 ne peut être attestée qu'une seule fois par trouble; le bilan d'évolution 712530, au maximum une fois par période de six mois.");
    expect(rules.map((r) => [r.type, r.codes, (r.params as { period: unknown }).period])).toEqual([
      ['frequency', [['712515']], null],
      ['frequency', [['712530']], { count: 6, unit: 'month' }],
    ]);
  });
});
