import { describe, expect, it } from 'vitest';
import { rulesOfQuote, summary } from './load.js';

/**
 * Misses of synthetic round 86 (scored blind first: test/rules/gold-synthetic/round86/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 86 (tuned)', () => {
  it('a prestation named in an exception of time (`sauf au cours de l’année qui suit une prestation Y`) is a condition, not the rule’s', () => {
    const rules = rulesOfQuote(
      [
        '593213-593224 Bilan initial K 55',
        '',
        '593246-593250 Bilan de contrôle K 30',
        '',
        'La prestation 593246-593250 ne peut être attestée plus de deux fois par période de 12 mois, sauf au cours de l’année qui suit une prestation 593213-593224.',
        '',
        'La prestation 593213-593224 ne peut être attestée qu’une fois par année civile, sauf dans les trois mois qui suivent une prestation 593246-593250.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([
      ['frequency', '593246-593250'],
      ['frequency', '593213-593224'],
    ]);
  });
});
