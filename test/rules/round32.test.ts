import { describe, expect, it } from 'vitest';
import { rulesOfText } from './load.js';

/**
 * Forms the thirty-second synthetic round showed missing (test/rules/gold-synthetic/round32/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 32', () => {
  it('`… des règles d’application qui suivent la prestation X, les mots " A " sont remplacés par les mots " B "`: B is a rule on X (2013022089 too)', () => {
    const rules = rulesOfText(
      '**Article 1er.** A l\'article 14, i), de la même annexe, dans l\'alinéa 2 des règles d\'application qui suivent la prestation 257131-257142, les mots " une fois par année civile " sont remplacés par les mots " au maximum deux fois par période de trente-six mois ".',
    );
    expect(rules.map((r) => ({ type: r.type, codes: r.codes, params: r.params }))).toMatchObject([{ type: 'frequency', codes: [['257131', '257142']], params: { max: 2, period: { count: 36, unit: 'month' } } }]);
    // (not the words going away, nor words that state no rule)
    const none = rulesOfText(
      '**Article 1er.** Dans l\'alinéa 2 des règles d\'application qui suivent la prestation 257131-257142, les mots " médecin spécialiste en chirurgie " sont remplacés par les mots " médecin spécialiste en orthopédie ".',
    );
    expect(none).toEqual([]);
  });
});
