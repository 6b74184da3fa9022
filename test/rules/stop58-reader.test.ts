/**
 * The second reader of ea2ee97 and 8ef943a (stop 58): forms those changes misread or nearly took, in the reader's words, each
 * failing on 8ef943a (mended in the commit that adds this file).
 */
import { describe, expect, it } from 'vitest';
import { decree, rulesOfText, summary, typesOf, paramsOf } from './load.js';

const quote = (instruction: string, lines: string[]) => rulesOfText(decree(`**Article 1er.** ${instruction}`, '', lines.join('\n\n') + ' "'));

const sessionsAndBilan = (...rules: string[]) =>
  quote("A l'article 7 de l'annexe, le § 14, 5°, B, g) est remplacé par ce qui suit :", [
    '" g) Syndrome douloureux régional complexe de type I :',
    '502036',
    "Séance individuelle de kinésithérapie au cabinet du kinésithérapeute, d'une durée globale d'au moins 30 minutes . . . . . M 24",
    '502051',
    "Séance individuelle de kinésithérapie au domicile du bénéficiaire, d'une durée globale d'au moins 30 minutes . . . . . M 26",
    '502073',
    "Séance individuelle de kinésithérapie dans un hôpital, d'une durée globale d'au moins 30 minutes . . . . . M 20",
    '502095',
    "Bilan fonctionnel écrit, réalisé par le kinésithérapeute au moyen d'une échelle validée . . . . . M 30",
    ...rules,
  ]);

const sessionAndReport = (...rules: string[]) =>
  quote("A l'article 7 de l'annexe, le § 14, 5°, B, h) est remplacé par ce qui suit :", [
    '" 562903',
    "Séance individuelle de kinésithérapie d'une durée d'au moins trente minutes . . . . . M 24",
    '562914',
    'Même prestation, effectuée au domicile du bénéficiaire . . . . . M 26',
    '562936',
    'Rapport écrit . . . . . M 10',
    ...rules,
  ]);

const consultationsAndVisits = (...rules: string[]) =>
  quote("A l'article 2 de l'annexe, le A est remplacé par ce qui suit :", [
    '" A. Consultations et visites :',
    '101010',
    'Consultation au cabinet du médecin spécialiste en psychiatrie . . . . . N 30',
    '101032',
    'Visite au domicile du bénéficiaire par le médecin spécialiste en psychiatrie . . . . . N 35',
    '101054',
    'Rapport de synthèse adressé au médecin traitant . . . . . N 10',
    ...rules,
  ]);

const stimulator = (...rules: string[]) =>
  quote("A l'article 35bis de l'annexe, le § 10quinquies est remplacé par ce qui suit :", [
    '" Neurostimulation médullaire :',
    '690723-690734',
    'Electrode percutanée cylindrique pour stimulation médullaire, à quatre contacts ou plus . . . . . U 290',
    '690745-690756',
    'Electrode chirurgicale en palette pour stimulation médullaire . . . . . U 515',
    '690782-690793',
    'Neurostimulateur implantable non rechargeable . . . . . U 1200',
    ...rules,
  ]);

describe('acts of one kind (countedKindOf, KIND_ANAPHOR, onlyOfKind)', () => {
  it('a count of séances in an opening adverbial is no subject: the bilan / the report stays the subject', () => {
    // `Après 20 séances, le bilan …` and `Le rapport écrit, établi à l'issue de chaque séance, …` are about the bilan / report (fd72bc2 had them)
    expect(summary(sessionsAndBilan('Après 20 séances, le bilan fonctionnel doit être transmis au médecin-conseil.'))).toEqual([['documentation', '502095']]);
    expect(summary(sessionAndReport("Le rapport écrit, établi à l'issue de chaque séance, doit être conservé dans le dossier du bénéficiaire."))).toEqual([['documentation', '562936']]);
  });

  it('`ces séances` outside the subject does not narrow `Ces prestations`', () => {
    // the subject is `Ces prestations` (all four rows); `ces séances` is only in the condition (fd72bc2 had all four)
    const rules = sessionsAndBilan('Ces prestations ne sont remboursées que si le kinésithérapeute note la date de ces séances dans le dossier.');
    expect(summary(rules)).toEqual([['documentation', '502036 502051 502073 502095']]);
  });

  it('two kinds named together take both kinds, not the first one', () => {
    // `Ces consultations et ces visites` / `Le nombre total de consultations et de visites` cover the consultation AND the visit
    expect(summary(consultationsAndVisits("Ces consultations et ces visites ne peuvent être attestées qu'une fois par jour."))).toEqual([['frequency', '101010 101032']]);
    expect(summary(consultationsAndVisits('Le nombre total de consultations et de visites est limité à vingt par année civile.'))).toEqual([['frequency', '101010 101032']]);
  });

  it('`Ces visites` are the visits, not a supplement whose label merely mentions a visit', () => {
    // a `Supplément pour la visite effectuée la nuit` is a supplement, not one of `ces visites`
    const rules = quote("A l'article 2 de l'annexe, le B est remplacé par ce qui suit :", [
      '" B. Visites :',
      '104112',
      'Visite au domicile du bénéficiaire par le médecin généraliste . . . . . N 20',
      '104134',
      'Visite au domicile du bénéficiaire par le médecin généraliste accrédité . . . . . N 22',
      '104156',
      'Supplément pour la visite effectuée la nuit, entre 21 heures et 8 heures . . . . . N 15',
      "Ces visites ne sont pas cumulables entre elles au cours d'une même journée.",
    ]);
    expect(summary(rules)).toEqual([['nonCumulation', '104112 104134']]);
  });
});

describe('renewals as subjects (RENEWAL_SUBJECT, renewedThingOf)', () => {
  it('`Le remplacement du neurostimulateur` is the stimulator, not the electrodes the earlier rule was on', () => {
    // the thing renewed is named and defined in the quote; nomen puts the approval on the other rows (ruleInQuote fallback)
    const rules = stimulator(
      "Les prestations 690723-690734 et 690745-690756 ne sont remboursées que si l'implantation est réalisée par un médecin spécialiste en neurochirurgie.",
      "Le remplacement du neurostimulateur requiert l'accord préalable du médecin-conseil.",
    );
    expect(summary(rules.filter((r) => r.type === 'priorApproval'))).toEqual([['priorApproval', '690782-690793']]);
  });

  it('`Le remplacement prématuré d\'une obturation …` is the replacement prestation, not `Obturation provisoire …`', () => {
    // `prématuré` breaks the label-opening match of the renewal, and the fallback word `obturation` picks the wrong row
    const rules = quote("A l'article 5 de l'annexe, la rubrique \" Soins conservateurs \" est complétée par ce qui suit :", [
      '" 258226-258230',
      "** Obturation provisoire d'une cavité profonde, par dent . . . . . L 15",
      '258263-258274',
      "** Remplacement d'une obturation défectueuse sur une dent définitive, par dent . . . . . L 25",
      "Les prestations 258226-258230 et 258263-258274 ne peuvent être cumulées entre elles au cours d'une même séance.",
      "Le remplacement prématuré d'une obturation défectueuse n'est remboursé qu'une fois tous les 3 ans.",
    ]);
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '258263-258274']]);
  });

  it('not an extension of time worded `d\'une durée maximale de six mois`', () => {
    // same meaning as the guarded `Une prolongation d'un an au maximum …`: the approval's span, no frequency of the devices
    const rules = stimulator(
      "Les prestations 690723-690734 à 690782-690793 ne sont remboursées qu'après accord du médecin-conseil pour une période de six mois.",
      "Une prolongation d'une durée maximale de six mois peut être accordée une seule fois.",
    );
    expect(rules.filter((r) => r.type === 'frequency')).toEqual([]);
  });

  it('`Tout renouvellement anticipé requiert …` is read as `Le renouvellement anticipé …`', () => {
    // `Tout` is the usual determiner of such a rule; nomen keeps the approval with no codes
    const rules = stimulator(
      "Les prestations 690723-690734 à 690782-690793 ne sont remboursées que si l'implantation est réalisée par un médecin spécialiste en neurochirurgie.",
      "Tout renouvellement anticipé requiert l'accord préalable du médecin-conseil.",
    );
    expect(summary(rules.filter((r) => r.type === 'priorApproval'))).toEqual([['priorApproval', '690723-690734 690745-690756 690782-690793']]);
  });
});

describe('limits stated as a rhythm or a delay (isNormative)', () => {
  it('near variants of the new forms are rules too (the typer already reads them as frequency)', () => {
    // `remboursables à raison de`, `délai minimum de`, `à l'issue d'un délai` say the same as the forms taken
    for (const [s, max] of [
      ['Les prestations 532814 - 532825 et 532873 - 532884 sont remboursables à raison de trois séances par semaine au plus.', 3],
      ["La prestation 683384-683395 ne donne lieu à une nouvelle intervention de l'assurance qu'au terme d'un délai minimum de quatre ans.", 1],
      ["La prestation 683384-683395 ne donne lieu à une nouvelle intervention de l'assurance qu'à l'issue d'un délai de quatre ans.", 1],
    ] as const) {
      const rules = rulesOfText(decree("**Article 1er.** A l'article 22 de l'annexe, l'alinéa suivant est inséré :", '', `" ${s} "`));
      expect(rules.map((r) => [r.type, (r.params as { max?: number }).max]), s).toEqual([['frequency', max]]);
    }
  });
});

describe('`présent article` (PRESENT_ARTICLE)', () => {
  it('a `présent article` qualifying an exception is no party', () => {
    // `sauf dans les cas prévus au présent article` says where the exceptions are; the party is a consultation / each other (fd72bc2 had no article)
    const art = (s: string) => rulesOfText(decree("**Article 1er.** A l'article 25, § 1er, de l'annexe, la règle d'application suivante est insérée après la prestation 182534 :", '', `" ${s} "`));
    expect(art('La prestation 182512 n\'est pas cumulable avec une consultation, sauf dans les conditions fixées par le présent article.').map((r) => r.with?.articles)).toEqual([[]]);
    expect(art('Les prestations 182512 et 182534 ne sont pas cumulables entre elles, sauf dans les cas prévus au présent article.').map((r) => r.with?.articles)).toEqual([[]]);
  });
});

describe('typers: near variants of the new forms', () => {
  it('`… au cours d\'une même séance que …` bars a cumulation as `au cours de la même séance` does', () => {
    // the indefinite `d'une même séance` is the commoner wording of the same bar
    const s = "La prestation 683384-683395 ne peut être portée en compte lorsqu'elle est effectuée au cours d'une même séance que la prestation 683406-683410.";
    expect(typesOf(s)).toEqual(['nonCumulation']);
    expect(paramsOf(s, 'nonCumulation')).toMatchObject({ scope: 'sameSession' });
  });

  it('hospitalised or admitted to a `fonction reconnue de soins urgents spécialisés`: in a hospital', () => {
    // the legal name of the emergency ward (as real decrees word it) is the same place as `service des urgences`
    expect(paramsOf("La prestation 683384-683395 n'est remboursée que pour des bénéficiaires hospitalisés ou admis dans une fonction reconnue de soins urgents spécialisés.", 'setting')).toEqual({ setting: 'hospital' });
  });
});
