import { describe, expect, it } from 'vitest';
import { rulesOfQuote, summary } from './load.js';

/**
 * Misses of synthetic round 83 (scored blind first: test/rules/gold-synthetic/round83/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 83 (tuned)', () => {
  it('`Les prestations suivantes requièrent la qualification de … :` is on every prestation listed after it', () => {
    // (as `Sont considérées comme prestations qui requièrent la qualification de … :` already was)
    const rules = rulesOfQuote(
      [
        'Les prestations suivantes requièrent la qualification de spécialiste en biologie clinique :',
        '',
        '§ 1er. Tests moléculaires :',
        '',
        '542010-542021 Détection d’un premier agent : B 1800',
        '',
        'Maximum deux prestations par semaine.',
        '',
        '542043-542054 Détection d’un second agent : B 1500',
        '',
        '§ 2. Chacune des prestations visées au § 1er comprend l’extraction du matériel génétique.',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '542010-542021 542043-542054']]);
  });

  it('a subject named by reference is never the party the sentence names by code', () => {
    const rules = rulesOfQuote(
      [
        '542076-542080 Examen de réévaluation . . . . . B 900',
        '',
        'Si la prestation 542076-542080 est attestée, aucune des prestations visées aux points 1 et 2 ne peut être portée en compte au cours d’une période de trente jours.',
      ].join('\n'),
    );
    const bar = rules.filter((r) => r.type === 'nonCumulation');
    expect(bar).toHaveLength(1);
    expect(bar[0].codes).not.toContainEqual(['542076', '542080']);
    expect(bar[0].with?.codes).toEqual([['542076', '542080']]);
  });
});
