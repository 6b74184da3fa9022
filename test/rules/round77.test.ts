import { describe, expect, it } from 'vitest';
import { rulesOfQuote } from './load.js';

/**
 * Misses of synthetic round 77 (scored blind first: test/rules/gold-synthetic/round77/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 77 (tuned)', () => {
  it('a count per case, then a cap over a span (`au maximum 18 prestations … par nouvelle situation pathologique, avec un maximum de 36 … par an`, 2002023049): two limits', () => {
    const rules = rulesOfQuote(
      "- soit d'attester au maximum 20 prestations 560152, 560174 ou 560196 supplémentaires par nouvelle situation pathologique, avec un maximum de 40 prestations supplémentaires par an, au cours de la période restante de l'année civile en cours;",
    );
    expect(rules.map((r) => [r.type, r.codes.map((g) => g.join('-')).join(' '), (r.params as { max: number }).max, (r.params as { period: unknown }).period])).toEqual([
      ['frequency', '560152 560174 560196', 20, null],
      ['frequency', '560152 560174 560196', 40, { count: 1, unit: 'calendarYear' }],
    ]);
  });
});
