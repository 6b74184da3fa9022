import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { anaphorOf } from '../../src/extract/rules/refs.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { paramsOf, rulesOfText } from './load.js';

/**
 * Forms the thirtieth synthetic round showed missing (test/rules/gold-synthetic/round30/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('limits: a lifetime said with a possessive, `limitée à un … tous les N ans`', () => {
  it('`qu’une seule fois au cours de sa vie`: once in a lifetime', () => {
    expect(paramsOf("Un même patient ne peut recevoir cet implant qu'une seule fois au cours de sa vie.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
    expect(paramsOf("Ce bilan n'est remboursé qu'une fois au cours de leur vie aux bénéficiaires visés au 2°.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
  });

  it('`est limitée à un <objet> tous les N ans`', () => {
    expect(paramsOf("Pour la prestation 774413, l'intervention de l'assurance est limitée à une paire tous les 3 ans.", 'frequency')).toMatchObject({ max: 1, period: { count: 3, unit: 'year' } });
  });
});

describe('non-cumulation: `n’est pas remboursée lorsque la prestation Y a été attestée le même jour`', () => {
  it('is a rule on X, with Y the other party, on the same day', () => {
    const s = 'La prestation 774435 n\'est pas remboursée lorsque la prestation 774450 a été attestée le même jour.';
    expect(isNormative(s)).toBe(true);
    const rules = rulesOfText(`**Article 1er.** Au § 3, il est inséré l'alinéa suivant : "${s}"`).filter((r) => r.type === 'nonCumulation');
    expect(rules.map((r) => ({ codes: r.codes, with: r.with?.codes, scope: (r.params as { scope: string }).scope }))).toEqual([{ codes: [['774435']], with: [['774450']], scope: 'sameDay' }]);
  });
});

describe('setting, coverage, approval, documentation in forms the round wrote', () => {
  it('`ne peut être effectuée qu’au sein d’un hôpital`', () => {
    expect(paramsOf("La prestation 774472 ne peut être effectuée qu'au sein d'un hôpital disposant d'un service de néonatologie.", 'setting')).toMatchObject({ setting: 'hospital' });
  });

  it('`fait partie de la prestation` (without `intégrante`)', () => {
    const s = "L'échographie de contrôle fait partie de la prestation, sauf lorsque le patient a été transféré.";
    expect(isNormative(s)).toBe(true);
    expect(typeSentence(s).map((t) => t.type)).toContain('coverage');
  });

  it('`Les prestations X et Y incluent …`: admitted as a rule sentence', () => {
    expect(isNormative('Les prestations 774494-774505 et 774516-774520 incluent les clichés réalisés pendant la même séance.')).toBe(true);
  });

  it('`le médecin-conseil peut autoriser …`: an approval', () => {
    const s = 'Lorsque ce nombre ne suffit pas, le médecin-conseil peut autoriser des séances supplémentaires.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'priorApproval')).toMatchObject({ by: 'advisingPhysician' });
  });

  it('`au vu d’un rapport …`: the report is a documentation duty', () => {
    expect(typeSentence("L'accord est donné au vu d'un rapport motivé rédigé par le médecin traitant.").map((t) => t.type)).toContain('documentation');
  });
});

describe('attribution and scope', () => {
  it('`cette dernière`: the last of the prestations the sentence before named', () => {
    const rules = rulesOfText(
      `**Article 1er.** Au § 4, il est inséré l'alinéa suivant : "Il arrive que l'examen 774531 soit suivi, au cours de la même séance, d'une biopsie 774553. Dans ce cas, cette dernière n'est honorée qu'à 50 % de sa valeur."`,
    ).filter((r) => r.type === 'billingPercentage');
    expect(rules.map((r) => r.codes)).toEqual([[['774553']]]);
  });

  it('`ne peuvent être attestées ensemble` (a negation without `pas`), scoped by `Pour une même intervention`', () => {
    const s = 'Pour une même intervention, les prestations 774575 et 774590 ne peuvent être attestées ensemble.';
    expect(paramsOf(s, 'nonCumulation')).toMatchObject({ scope: 'sameIntervention' });
  });

  it('`au cours d’une même consultation`: the same session', () => {
    expect(paramsOf('Les prestations 774612 et 774634 ne sont pas cumulables entre elles, ni avec la prestation 774656 au cours d’une même consultation.'.replace('’', "'"), 'nonCumulation')).toMatchObject({ scope: 'sameSession' });
  });

  it('`l’assurance intervient pour N <objets> au maximum par …`: a frequency', () => {
    const s = "L'assurance intervient pour trois livraisons au maximum par bénéficiaire et par année civile.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
  });
});

describe('who and where, in forms the round wrote', () => {
  it('`Un médecin agréé comme médecin spécialiste en X peut lui aussi porter cette prestation en compte`', () => {
    const s = 'Un médecin agréé comme médecin spécialiste en dermatologie peut lui aussi porter cette prestation en compte.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['dermatologie'], additional: true });
  });

  it('`… que par un dispensateur habilité en tant que spécialiste en X`', () => {
    expect(paramsOf('Les prestations suivantes ne peuvent être attestées que par un dispensateur habilité en tant que spécialiste en anatomie pathologique :', 'qualification')).toMatchObject({ specialties: ['anatomie pathologique'] });
  });

  it('`… sont exécutées dans le laboratoire d’un centre agréé`', () => {
    const s = "Ces analyses sont exécutées dans le laboratoire d'un centre agréé de génétique humaine.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'setting')).toMatchObject({ setting: 'centre' });
  });
});

describe('what these forms leave alone (the second reader’s counter-examples, in wordings of our own)', () => {
  it('`ce dernier` (mostly a physician) and `cette dernière condition` stand for no prestation', () => {
    const rules = rulesOfText(
      `**Article 1er.** Au § 2, il est inséré l'alinéa suivant : "Les prestations 774671 et 774693 sont remboursées sur prescription. Le médecin traitant envoie un rapport au médecin-conseil; ce dernier peut autoriser une séance supplémentaire."`,
    );
    for (const r of rules) expect(r.codes, r.type).not.toEqual([['774693']]);
    expect(anaphorOf('Lorsque cette dernière condition est remplie, la prestation 774671 peut être attestée deux fois.')).not.toBe('latter');
    expect(anaphorOf("Dans ce cas, cette dernière n'est honorée qu'à 50 % de sa valeur.")).toBe('latter');
  });

  it('`intervient pour 50 euros au maximum par séance` is an amount, not a frequency', () => {
    expect(paramsOf("L'assurance intervient pour 50 euros au maximum par séance.", 'frequency')).toBeUndefined();
  });

  it('`fait partie des prestations visées à l’article 3` is a class, not what a fee covers', () => {
    const s = "La prestation 774715 fait partie des prestations visées à l'article 3.";
    expect(typeSentence(s).map((t) => t.type)).not.toContain('coverage');
  });

  it('`n’est pas remboursée si la prestation a été effectuée le même jour que l’admission`: no other prestation named', () => {
    expect(typeSentence("La prestation 774730 n'est pas remboursée si la prestation a été effectuée le même jour que l'admission.").map((t) => t.type)).not.toContain('nonCumulation');
  });

  it('`Il est entendu qu’au sein d’un hôpital, …` is no setting', () => {
    expect(paramsOf("Il est entendu qu'au sein d'un hôpital, le médecin responsable tient le registre à jour.", 'setting')).toBeUndefined();
  });
});

describe('a percentage heading an instruction completes (implants: `- 20 % pour les prestations`)', () => {
  it('the prestations put under the heading it names are billed at its percentage', () => {
    const rules = rulesOfText(
      [
        `**Art. 2.** A l'article 35bis, § 17, de la même annexe, sont apportées les modifications suivantes :`,
        ``,
        `a) à l'intitulé " -20% pour les prestations ", l'intitulé "B. Chirurgie vasculaire :" est complété comme suit :`,
        ``,
        `" 774811-774822 Prothèse vasculaire ... U 300 "`,
        ``,
        `b) Les prestations suivantes sont insérées avant l'intitulé "- 100 % pour les prestations :" :`,
        ``,
        `" 774833-774844 Endoprothèse ... U 400 "`,
      ].join('\n'),
    ).filter((r) => r.type === 'billingPercentage');
    expect(rules.map((r) => [r.codes, (r.params as { percentage: number }).percentage])).toEqual([[[['774811', '774822']], 20]]);
  });

  it('… and those its lettered sub-items give (`les modifications suivantes sont apportées :`), not those they delete', () => {
    const rules = rulesOfText(
      [
        `**Art. 2.** A l'article 35, § 17, de la même annexe, sont apportées les modifications suivantes :`,
        '',
        `1. Au § 17, intitulé "- 20 % pour les prestations", intitulé "A. Orthopédie", les modifications suivantes sont apportées :`,
        '',
        `   a) A l'intitulé "Hanche", la prestation 774914-774925 est supprimée;`,
        '',
        `   b) L'intitulé "Coude" est complété par les prestations 774936-774940 et 774951-774962;`,
        '',
        `2. Au § 18, la prestation 774973-774984 est ajoutée à la liste.`,
      ].join('\n'),
    ).filter((r) => r.type === 'billingPercentage');
    expect(rules.map((r) => [r.codes.map((g) => g.join('-')).join(' '), (r.params as { percentage: number }).percentage])).toEqual([['774936-774940 774951-774962', 20]]);
  });

  it('… and `la prestation X est introduite après la prestation Y` under it: X, not the place Y', () => {
    const rules = rulesOfText(
      [`**Art. 2.** A l'article 35 de la même annexe, sont apportées les modifications suivantes :`, '', `1. Au § 6, intitulé "- 40 % pour les prestations :", intitulé "- Catégorie 1 :", la prestation 775054 est introduite après la prestation 775076;`].join('\n'),
    ).filter((r) => r.type === 'billingPercentage');
    expect(rules.map((r) => [r.codes, (r.params as { percentage: number }).percentage])).toEqual([[[['775054']], 40]]);
  });

  it('never past the instruction, nor for a heading that is a new name, nor for the next heading on the line (second reader)', () => {
    const percentages = (...lines: string[]) =>
      rulesOfText([`**Art. 2.** A l'article 35, § 17, de la même annexe, sont apportées les modifications suivantes :`, '', ...lines].join('\n'))
        .filter((r) => r.type === 'billingPercentage')
        .map((r) => [r.codes.map((g) => g.join('-')).join(' '), (r.params as { percentage: number }).percentage]);
    // a deletion under the heading, then another item inserting elsewhere
    expect(percentages(`1. Au § 17, intitulé "- 30 % pour les prestations", la prestation 774870-774881 est supprimée;`, '', `2. Au § 1er, la prestation suivante est insérée après la prestation 774892 :`, '', `" 774811-774822 Prothèse ... U 300 "`)).toEqual([]);
    // the heading as the new name of another
    expect(percentages(`a) l'intitulé "- 10 % pour les prestations" est remplacé par l'intitulé "- 20 % pour les prestations";`, '', `b) au § 1er, la prestation suivante est insérée :`, '', `" 774811-774822 Prothèse ... U 300 "`)).toEqual([]);
    // two headings on one line: each its own
    expect(percentages(`1. Au § 17, intitulé "- 10 % pour les prestations", la prestation 774870-774881 est supprimée et, à l'intitulé "- 20 % pour les prestations", l'intitulé "Hanche" est complété par la prestation 774811-774822;`)).toEqual([['774811-774822', 20]]);
    // a heading named as the place, after the one completed
    expect(percentages(`e) A l'intitulé "- 100 % pour les prestations :", les intitulés et prestations suivants sont insérés avant l'intitulé "- 110 % pour les prestations :" :`, '', `" Hanche :`, '', `774833-774844 Prothèse ... U 500 "`)).toEqual([['774833-774844', 100]]);
  });

  it('… and those the instruction gives in its own words', () => {
    const rules = rulesOfText(
      [
        `**Art. 2.** A l'article 35, § 17, de la même annexe, sont apportées les modifications suivantes :`,
        ``,
        `1. Au § 17, intitulé "- 15 % pour les prestations", intitulé "A. Orthopédie", l'intitulé "Genou" est complété par la prestation 774855-774866;`,
        ``,
        `2. Au § 17, intitulé "- 30 % pour les prestations", intitulé "A. Orthopédie", la prestation 774870-774881 est supprimée;`,
      ].join('\n'),
    ).filter((r) => r.type === 'billingPercentage');
    expect(rules.map((r) => [r.codes, (r.params as { percentage: number }).percentage])).toEqual([[[['774855', '774866']], 15]]);
  });
});
