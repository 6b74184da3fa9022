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

  it('devices named by where the annex puts them (`Les orthèses visées au § 1er, G., 2., 4°`), and a renewal `accordé par le médecin-conseil`', () => {
    const rules = rulesOfQuote(
      "4° Orthèses du coude\n\n658420 Orthèse statique du coude . . . . . T 50\n\n658442 Orthèse dynamique du coude . . . . . T 90\n\n5° Les orthèses visées au 4° ne peuvent être renouvelées qu'une fois tous les trois ans. Un renouvellement anticipé peut toutefois être accordé par le médecin-conseil.",
      "A l'article 29, § 1er, G., 2., de l'annexe, le point suivant est inséré",
    );
    expect(rules.filter((r) => r.type === 'frequency' || r.type === 'priorApproval').map((r) => [r.type, r.codes.map((g) => g.join('-'))])).toEqual([
      ['frequency', ['658420', '658442']],
      ['priorApproval', ['658420', '658442']],
    ]);
  });
});
