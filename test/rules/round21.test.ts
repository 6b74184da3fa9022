import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfQuote, rulesOfText, summary, typesOf as types, paramsOf } from './load.js';

/**
 * Forms the twenty-first synthetic round showed missing (test/rules/gold-synthetic/round21/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */

describe('limits', () => {
  it('`l’assurance n’intervient que pour une seule canule …` over a span the sentence opens with', () => {
    expect(paramsOf("Par période de douze mois, l'assurance n'intervient que pour une seule orthèse visée à la prestation 735011.", 'frequency')).toMatchObject({ max: 1, period: { count: 12, unit: 'month' } });
  });

  it('`sont limitées à quarante-cinq séances, réparties sur une période de neuf mois`', () => {
    expect(paramsOf('Les prestations 558011 et 558022 sont limitées à trente séances, réparties sur une période de six mois.', 'frequency')).toMatchObject({ max: 30, period: { count: 6, unit: 'month' } });
  });

  it('quantities: `limitée à trois pièces à la fois`, `que pour un seul nerf au cours d’une même intervention`', () => {
    expect(paramsOf('Pour la prestation 735011, la délivrance est limitée à deux pièces à la fois.', 'quantity')).toMatchObject({ max: 2 });
    expect(paramsOf("La prestation 300011 ne peut être portée en compte que pour un seul tendon au cours d'une même intervention.", 'quantity')).toMatchObject({ max: 1 });
  });
});

describe('settings and qualifications', () => {
  it('`n’est pas remboursée lorsque le bénéficiaire est hospitalisé` is a rule sentence', () => {
    const s = "La prestation 532011 n'est pas remboursée lorsque le bénéficiaire est hospitalisé.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'setting')).toEqual({ setting: 'ambulatory' });
  });

  it('`qu’en dehors d’un séjour à l’hôpital`, `que si la bénéficiaire séjourne à l’hôpital`', () => {
    expect(paramsOf("Ce matériel n'est remboursé qu'en dehors d'un séjour à l'hôpital.", 'setting')).toEqual({ setting: 'outsideHospital' });
    expect(paramsOf("La prestation 428011 n'est attestable que si la bénéficiaire séjourne à l'hôpital.", 'setting')).toEqual({ setting: 'hospitalised' });
  });

  it('`l’électrode est implantée par un médecin spécialiste en …`; `Seul le médecin spécialiste … peut porter ces prestations en compte`', () => {
    expect(types("2° l'électrode est implantée par un médecin spécialiste en neurochirurgie.")).toEqual(['qualification']);
    expect(types('Seul le médecin spécialiste en rhumatologie qui suit le traitement peut porter ces prestations en compte.')).toEqual(['qualification']);
  });
});

describe('documents', () => {
  it('written into the file far from the verb, sent within a delay, prescribed by, kept for a minimal period', () => {
    for (const s of [
      "Le médecin qui dirige le traitement consigne le plan de traitement et le compte rendu des réunions d'équipe dans le dossier de rééducation.",
      'Un rapport de la consultation est adressé dans les quinze jours au médecin généraliste.',
      "L'intervention de l'assurance n'est accordée que si celles-ci ont été prescrites par un médecin spécialiste.",
      'Chaque sage-femme garde le dossier de la bénéficiaire durant une période minimale de sept ans.',
    ])
      expect(types(s)).toEqual(['documentation']);
  });
});

describe('limits in clauses, demonstrative subjects', () => {
  it('a limit in each clause, of different counts: `…; en aucun cas …`, `…, et au maximum …`', () => {
    const counts = (s: string) => typeSentence(s).filter((t) => t.type === 'frequency').map((t) => (t.params as { max: number }).max);
    expect(counts("Dans le cadre d'un même accord, le bilan 701011 n'est attesté qu'une seule fois; en aucun cas il ne peut l'être plus de deux fois par année civile.")).toEqual([1, 2]);
    expect(counts("Seule l'une de ces deux prestations peut être attestée par jour, et au maximum quatre fois par année civile.")).toEqual([1, 4]);
    expect(counts('Elles sont attestées au maximum 6 fois par an la première année, au maximum 4 fois par an ensuite, et au maximum 1 fois par an après la 5e année.').sort()).toEqual([1, 4, 6]);
    // (a clause naming codes of its own is theirs, not the sentence's subject's: each limit on its clause's codes)
    expect(rulesOfQuote("La prestation 477011 est attestée au maximum dix fois par période de 12 mois; le bilan 477022 n'est remboursé qu'une seule fois tous les deux ans.").map((r) => [r.codes, (r.params as { max: number }).max])).toEqual([
      [[['477011']], 10],
      [[['477022']], 1],
    ]);
  });

  it('`Ces implants ne sont remboursés que …` after rules on one of them: the implants defined above', () => {
    const text = decree(
      "**Art. 1.** A l'article 28 de l'annexe, le texte suivant est inséré :",
      '',
      '" 693011',
      '',
      'Prothèse totale de cheville U 1150',
      '',
      '693022',
      '',
      'Insert mobile en polyéthylène U 240',
      '',
      "La prestation 693022 n'est pas remboursée lorsqu'elle est attestée au cours de la même intervention que la prestation 693011.",
      '',
      "Ces implants ne sont remboursés que s'ils ont été placés chez un bénéficiaire hospitalisé. \"",
    );
    expect(summary(rulesOfText(text).filter((r) => r.type === 'setting'))).toEqual([['setting', '693011 693022']]);
  });
});

describe('items by letter, `ne donne lieu à une intervention … que`', () => {
  it('`Les prestations visées au a) ne donnent lieu à une intervention de l’assurance que …`: those of item a)', () => {
    expect(isNormative("Les prestations visées au a) ne donnent lieu à une intervention de l'assurance que chez des bénéficiaires hospitalisés.")).toBe(true);
    const text = decree(
      "**Art. 1.** A l'article 28, § 8, de l'annexe, le 22° est remplacé par ce qui suit :",
      '',
      '" 22° Matériel de fixation :',
      '',
      'a) Prestations :',
      '',
      '688011 - 688022',
      '',
      'Vis pédiculaire, par niveau U 190',
      '',
      '688033 - 688044',
      '',
      'Cage intersomatique, par niveau U 310',
      '',
      "b) Règles d'application :",
      '',
      "Les prestations visées au a) ne donnent lieu à une intervention de l'assurance que chez des bénéficiaires hospitalisés. \"",
    );
    expect(summary(rulesOfText(text).filter((r) => r.type === 'setting'))).toEqual([['setting', '688011-688022 688033-688044']]);
  });
});
