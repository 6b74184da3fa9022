import { describe, expect, it } from 'vitest';
import { decree, rulesOfText, summary, typeSentenceLimits } from './load.js';

/**
 * Misses of synthetic round 89 (scored blind first: test/rules/gold-synthetic/round89/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 89 (tuned)', () => {
  it('`la prestation X et sa répétition`: X and the prestation labelled as its repetition', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 17bis de l'annexe, les prestations suivantes sont insérées après la prestation 496101 - 496112 :",
        '',
        '" 496123 - 496134',
        '',
        'Répétition au cours de la même année civile de la prestation 496101 - 496112, pour une des indications ci-dessous . . . . . N 40',
        '',
        'Par bénéficiaire, la prestation 496101 - 496112 et sa répétition ne peuvent être attestées qu’une seule fois par semaine. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '496101-496112 496123-496134']]);
  });

  it('a span said only in an exception after the count is the exception’s: the span said before the count is the limit’s', () => {
    expect(typeSentenceLimits('Par jour et par patient, la prestation 496101 - 496112 ne peut être portée en compte qu’une seule fois, sauf chez le patient greffé au cours des vingt jours qui suivent l’intervention.')).toEqual([[1, { count: 1, unit: 'day' }]]);
    // (and a span said before the exception stays the limit’s)
    expect(typeSentenceLimits('La prestation 496101 - 496112 est remboursée une fois par année civile, sauf au cours des six mois qui suivent une greffe.')).toEqual([[1, { count: 1, unit: 'calendarYear' }]]);
  });
});
