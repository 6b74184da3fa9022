import { describe, expect, it } from 'vitest';
import { decree, paramsOf, rulesOfText, summary } from './load.js';

/**
 * Misses of synthetic round 92 (scored blind first: test/rules/gold-synthetic/round92/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own. Codes 461010-461021, 461032-461043, 461054-461065,
 * 461076-461080 (check digit: first five mod 7).
 */
const quote = (...lines: string[]) => rulesOfText(decree("**Article 1er.** A l'article 35 de l'annexe, le § 9 est remplacé par ce qui suit :", '', `" ${lines.join('\n\n')} "`));

describe('misses of round 92 (tuned)', () => {
  it("`Lorsque les prestations X et Y sont réalisées …, seule la prestation Y est remboursée à 100 %`: on Y", () => {
    const rules = quote('§ 9. Lorsque les prestations 461010 - 461021 et 461032 - 461043 sont réalisées au cours d\'une même intervention, seule la prestation 461032 - 461043 est remboursée à 100 %.');
    expect(summary(rules.filter((r) => r.type === 'billingPercentage'))).toEqual([['billingPercentage', '461032-461043']]);
  });

  it('`Lorsque X est effectuée dans le même temps que Y, chaque prestation est prise en compte à 100 %`: on both', () => {
    const rules = quote('§ 9. Lorsque la prestation 461010 - 461021 est effectuée dans le même temps opératoire que la prestation 461032 - 461043, chaque prestation est prise en compte à 100 %.');
    expect(summary(rules.filter((r) => r.type === 'billingPercentage'))).toEqual([['billingPercentage', '461010-461021 461032-461043']]);
  });

  it('performed by a specialist in a section or service of a hospital, said plainly: the hospital setting', () => {
    expect(paramsOf("Ces séances sont effectuées par le médecin spécialiste en rééducation dans le service de médecine physique d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
    expect(paramsOf("Ces séances sont effectuées par le médecin spécialiste en rééducation dans le service de médecine physique d'un hôpital ou en cabinet privé.", 'setting')).toBeUndefined();
  });

  it('an act excepted by its words, unquoted, up to the comma (`à l\'exception de la séance de bilan, …`)', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 36 de l'annexe, le § 4 est remplacé par ce qui suit :",
        '',
        '" § 4. 1° Prestations',
        '',
        '461010 - 461021',
        '',
        'Séance de bilan du langage, avec rapport écrit . . . . . R 30',
        '',
        '461032 - 461043',
        '',
        'Séance individuelle de rééducation du langage . . . . . R 20',
        '',
        '2° Les prestations visées au 1°, à l\'exception de la séance de bilan, ne peuvent être attestées que par un logopède. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '461032-461043']]);
  });

  it('a rubric named by its title quoted inside a quote: the sentence stays whole, and stands for the prestations under that title', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 25 de l'annexe, au § 1er, la rubrique suivante est insérée :",
        '',
        '" Surveillance par un médecin spécialiste en pédiatrie d\'un nouveau-né hospitalisé',
        '',
        '461010',
        '',
        'les cinq premiers jours, par jour C 20',
        '',
        '461032',
        '',
        'du sixième au trentième jour, par jour C 15 "',
        '',
        "**Art. 2.** A l'article 25 de l'annexe, le § 2 est remplacé par ce qui suit :",
        '',
        '"Les prestations de la rubrique " Surveillance par un médecin spécialiste en pédiatrie " ne sont pas cumulables entre elles."',
      ),
    );
    const bar = rules.find((r) => r.type === 'nonCumulation');
    expect(bar?.text).toContain('ne sont pas cumulables entre elles');
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '461010 461032']]);
  });
});
