import { describe, expect, it } from 'vitest';
import { rulesOfQuote } from './load.js';

/**
 * Misses of synthetic round 72 (scored blind first: test/rules/gold-synthetic/round72/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 72 (tuned)', () => {
  it('a limit in each clause, each clause on a prestation of its own: each limit on its clause’s codes', () => {
    const rules = rulesOfQuote('La prestation 103350 est octroyée une seule fois par période de 12 mois; la prestation 103372 au maximum 3 fois par année civile.');
    expect(rules.map((r) => [r.type, r.codes, (r.params as { max: number }).max])).toEqual([
      ['frequency', [['103350']], 1],
      ['frequency', [['103372']], 3],
    ]);
  });
});
