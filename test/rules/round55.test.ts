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

  it('a qualification intro kept in one unit with the headings under it still gives the prestations it introduces', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 17 de l'annexe, il est inséré un § 3bis rédigé comme suit :",
        '',
        '" § 3bis. Sont considérées comme prestations qui requièrent la qualification de médecin spécialiste en rhumatologie :',
        '',
        '1. Echographie articulaire.',
        '',
        'Echographie bidimensionnelle avec protocole écrit :',
        '',
        '462990 - 463001',
        '',
        'Du coude N 40',
        '',
        '2. Echographie des tissus mous.',
        '',
        '463012 - 463023',
        '',
        'D\'un muscle N 35 "',
      ),
    );
    expect(rules.find((r) => r.type === 'qualification')).toMatchObject({ codes: [['462990', '463001'], ['463012', '463023']] });
  });

  it('`les prestations du § 1erbis` named from another quote that is that paragraph, inserted with no place named', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 17 de l'annexe sont apportées les modifications suivantes :",
        '',
        'A. il est inséré un § 1erbis rédigé comme suit :',
        '',
        '" § 1erbis. Echographies articulaires :',
        '',
        '463034 - 463045 Echographie du coude N 40',
        '',
        '463056 - 463060 Echographie du poignet N 40 "',
        '',
        'B. il est inséré un § 2bis rédigé comme suit :',
        '',
        '" § 2bis. Les prestations du § 1erbis ne sont pas cumulables entre elles. "',
      ),
    );
    expect(rules.find((r) => r.type === 'nonCumulation')).toMatchObject({ codes: [['463034', '463045'], ['463056', '463060']] });
  });

  it('`Ces trois enregistrements …`, any act counted as the subject: the last prestations, that many', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 20 de l'annexe, le § 4 suivant est inséré :",
        '',
        '" § 4. 478811 - 478822 Enregistrement A N 20',
        '',
        '478833 - 478844 Enregistrement B N 20',
        '',
        '478855 - 478866 Enregistrement C N 20',
        '',
        'Ces deux enregistrements ne sont pas cumulables entre eux. "',
      ),
    );
    expect(rules.find((r) => r.type === 'nonCumulation')).toMatchObject({ codes: [['478833', '478844'], ['478855', '478866']] });
  });

  it('`Dans ce cas, … ne peut pas être cumulée avec …` after a sentence naming the session: the same session', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 17 de l'annexe, le § 5 suivant est inséré :",
        '',
        '" § 5. 462891 - 462902 Echographie A N 40',
        '',
        '462913 - 462924 Elastographie N 20',
        '',
        "L'élastographie peut être réalisée au cours de la même séance que l'échographie. Dans ce cas, la prestation 462913 - 462924 ne peut pas être cumulée avec la prestation 462891 - 462902. \"",
      ),
    );
    expect(rules.find((r) => r.type === 'nonCumulation')).toMatchObject({ codes: [['462913', '462924']], params: { scope: 'sameSession' } });
  });
});
