import { describe, expect, it } from 'vitest';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfText } from './load.js';

/**
 * What a second reader of this stop's rule forms found they read wrong (each sentence his, or in his words): the
 * forms must not fire on negations, conditions, definitions or validity periods.
 */
const types = (s: string) => typeSentence(s).map((t) => t.type);
const paramsOf = (s: string, type: string) => typeSentence(s).find((t) => t.type === type)?.params;
const freq = (s: string) => typeSentence(s).filter((t) => t.type === 'frequency').map((t) => t.params);

describe('limits read right', () => {
  it('`ne peut pas être attestée deux fois le même jour`: once a day', () => {
    expect(paramsOf('La prestation 471100 ne peut pas être attestée deux fois le même jour.', 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('a first limit keeps its own span, not the second limit’s', () => {
    expect(freq('La prestation peut être attestée une fois par an et jamais plus de 2 fois sur une période de 5 ans.')).toMatchObject([
      { max: 1, period: { count: 1, unit: 'year' } },
      { max: 2, period: { count: 5, unit: 'year' } },
    ]);
  });

  it('no limit: a renewed approval (a validity), a count in a condition', () => {
    expect(freq("La demande d'accord doit être renouvelée tous les 12 mois.")).toEqual([]);
    expect(freq("La prestation n'est remboursée que si le bénéficiaire a reçu au plus 10 séances au cours de l'année précédente.")).toEqual([]);
  });

  it('`qu’une seule des prestations …` and `N examens au plus` are counts of prestations, not of units', () => {
    expect(types("Au cours d'une même séance, il ne peut être attesté qu'une seule des prestations 474551, 474562.")).toEqual(['frequency']);
    expect(types('Trois examens au plus par séance peuvent être attestés.')).toEqual(['frequency']);
  });
});

describe('relations, approvals, qualifications, settings read right', () => {
  it('`Le jour où …, la prestation ne peut être attestée que par …`: who, not a non-cumulation', () => {
    expect(types("Le jour où le patient quitte l'hôpital, la prestation 597011 ne peut être attestée que par le médecin traitant.")).not.toContain('nonCumulation');
  });

  it('an opinion of the consultation kept in the file is no approval', () => {
    expect(types("L'avis de la concertation multidisciplinaire est joint au dossier.")).toEqual(['documentation']);
    expect(paramsOf("La prestation n'est remboursée que si l'indication est établie lors d'une concertation oncologique multidisciplinaire.", 'priorApproval')).toEqual({ by: 'multidisciplinaryConsultation' });
  });

  it('no qualification from a condition or a definition', () => {
    expect(types("Lorsque la prestation 422015 est effectuée par une accoucheuse, l'honoraire est réduit de 25 %.")).not.toContain('qualification');
    expect(types('Pour l’application de cet article, on entend par pédiatre le médecin agréé comme médecin spécialiste en pédiatrie.'.replace('’', "'"))).toEqual([]);
  });

  it('settings: no hospital from `… n’est pas effectuée chez un bénéficiaire hospitalisé`, no home from `ainsi qu’au domicile`; a stay in an establishment', () => {
    expect(paramsOf("La prestation n'est remboursée que si elle n'est pas effectuée chez un bénéficiaire hospitalisé.", 'setting')).not.toEqual({ setting: 'hospitalised' });
    expect(paramsOf("La séance ne peut être attestée qu'au cabinet du kinésithérapeute ainsi qu'au domicile du patient.", 'setting')).toBeUndefined();
    expect(paramsOf('La prestation ne peut être attestée que pendant un séjour du bénéficiaire dans un établissement hospitalier.', 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf("Les séances ne sont jamais remboursées lorsque le bénéficiaire est hospitalisé.", 'setting')).toEqual({ setting: 'ambulatory' });
  });

  it('a flat fee per prescription or per file covers what it names; no document duty', () => {
    expect(types('Les honoraires forfaitaires par prescription comprennent la rémunération du laboratoire.')).toEqual(['coverage']);
    expect(types("L'intervention forfaitaire par dossier comprend tous les frais.")).toEqual(['coverage']);
  });
});

describe('limits in brackets of an indication list', () => {
  it('a patient’s history in brackets (`plus de 3 fois par an`) is a criterion, not a limit', () => {
    const text = decree(
      "**Art. 1.** Dans l'article 17 de l'annexe, la règle suivante est insérée :",
      '',
      '" La prestation 471100 - 471111 ne peut être attestée que pour les indications suivantes :',
      '',
      '1° infections urinaires récidivantes (plus de 3 fois par an);',
      '',
      '2° suivi d’une lithiase (maximum 2 fois par an). "'.replace('’', "'"),
    );
    expect(rulesOfText(text).filter((r) => r.type === 'frequency').map((r) => r.params)).toMatchObject([{ max: 2, period: { count: 1, unit: 'year' } }]);
  });
});

describe('forms of round 15 (tuned)', () => {
  it('`le médecin-conseil y a consenti`; `son remboursement est limité à 50 %`; a replacement not paid before N years', () => {
    expect(paramsOf("Des séances supplémentaires ne sont remboursées que si le médecin-conseil y a consenti.", 'priorApproval')).toEqual({ by: 'advisingPhysician' });
    expect(paramsOf('Dans ce cas, son remboursement est limité à 75 % de la base de remboursement.', 'billingPercentage')).toMatchObject({ percentage: 75 });
    expect(paramsOf("Sauf défaillance démontrée, son remplacement n'est pas remboursé avant l'expiration d'un délai de quatre ans.", 'frequency')).toMatchObject({ max: 1, period: { count: 4, unit: 'year' } });
  });

  it('an exception opening the sentence ends at its comma', () => {
    expect(paramsOf("Sauf si le patient est réadmis, la prestation n'est attestable qu'une fois par an.", 'frequency')).toMatchObject({ unless: 'Sauf si le patient est réadmis' });
  });

  it('counts with the codes between: `quatre agrafes 471100 au maximum …`, `vingt séances 471122 au plus donnent lieu à …`', () => {
    expect(paramsOf("Au cours d'une même intervention, trois clips 471100-471111 au maximum donnent lieu à remboursement.", 'quantity')).toMatchObject({ max: 3, scope: 'intervention' });
    expect(paramsOf("Par bénéficiaire et par année civile, quinze séances 471122 au plus donnent lieu à une intervention de l'assurance.", 'frequency')).toMatchObject({ max: 15, period: { count: 1, unit: 'calendarYear' } });
  });

  it('documents pasted in the file or kept for years; a centre where the tests are done', () => {
    expect(types("L'étiquette du dispositif est collée dans le dossier médical du patient.")).toEqual(['documentation']);
    expect(types('Le médecin conserve pendant dix ans les prescriptions relatives à ces prestations.')).toEqual(['documentation']);
    expect(paramsOf("Ces analyses sont exclusivement réalisées dans les laboratoires d'un centre agréé.", 'setting')).toEqual({ setting: 'centre' });
  });
});

it('`les prestations du § 1er` where § 1er opens on its article’s heading line', () => {
  const text = decree(
    "**Art. 1.** Dans l'annexe, il est inséré un article 33ter, rédigé comme suit :",
    '',
    '" Article 33ter. § 1er. Les prestations suivantes sont remboursées :',
    '',
    '| 471100-471111 | Premier test génétique | B 120 |',
    '| 471122-471133 | Second test génétique | B 240 |',
    '',
    '§ 2. Les prestations du § 1er ne sont pas cumulables entre elles. "',
  );
  const rules = rulesOfText(text).filter((r) => r.type === 'nonCumulation');
  expect(rules.map((r) => r.codes.map((g) => g.join('-')))).toEqual([['471100-471111', '471122-471133']]);
});

describe('forms of round 16 (tuned)', () => {
  it('non-cumulations: `ne peuvent pas s’ajouter à`, `… ensemble.`, `pas non plus … le même jour`, `n’est pas attestable lorsque … même champ opératoire`', () => {
    expect(paramsOf("Les honoraires de la prestation 471100 ne peuvent pas s'ajouter à ceux de la prestation 471122.", 'nonCumulation')).toEqual({ scope: 'any' });
    expect(paramsOf('Les prestations 471100 et 471122 ne peuvent pas être attestées ensemble.', 'nonCumulation')).toEqual({ scope: 'any' });
    expect(paramsOf("Elles ne peuvent pas non plus être attestées le même jour qu'une consultation.", 'nonCumulation')).toEqual({ scope: 'sameDay' });
    expect(paramsOf("Elle n'est pas attestable lorsqu'elle est réalisée dans le même champ opératoire qu'une prestation de l'article 14.", 'nonCumulation')).toEqual({ scope: 'sameIntervention' });
  });

  it('limits: `n’intervient que pour une seule de ces prestations`, `n’intervient pas pour plus de N`, `au cours de la vie d’un enfant`, `intervalle de N mois`, `limité à N fois dans les …`', () => {
    expect(paramsOf("L'assurance n'intervient que pour une seule de ces trois prestations par année civile.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'calendarYear' } });
    expect(paramsOf("Par grossesse, l'assurance n'intervient pas pour plus de deux échographies.", 'frequency')).toMatchObject({ max: 2 });
    expect(paramsOf("Elle ne peut être attestée plus de quatre fois au cours de la vie d'un enfant.", 'frequency')).toMatchObject({ max: 4, period: { count: 1, unit: 'lifetime' } });
    expect(paramsOf("Elle ne peut être répétée qu'après un intervalle de trois mois.", 'frequency')).toMatchObject({ max: 1, period: { count: 3, unit: 'month' } });
    expect(paramsOf('Le remplacement du plâtre est limité à deux fois dans les quatre semaines.', 'frequency')).toMatchObject({ max: 2, period: { count: 4, unit: 'week' } });
  });

  it('`qu’à concurrence de 50 %`; `constitue un honoraire forfaitaire`; `n’est pas compris dans les honoraires`', () => {
    expect(paramsOf("Dans ce cas, elle n'est remboursée qu'à concurrence de 75 % de sa valeur.", 'billingPercentage')).toMatchObject({ percentage: 75 });
    expect(types('La prestation 471100 constitue un honoraire forfaitaire par journée.')).toContain('flatFee');
    expect(types("Le matériel à usage unique n'est pas compris dans les honoraires de la prestation 471100.")).toEqual(['coverage']);
  });
});

it('`§ 2. Ces prestations …` after the table of § 1er: the prestations of the paragraph before', () => {
  const text = decree(
    "**Art. 1.** Dans l'annexe, il est inséré un article 33quater, rédigé comme suit :",
    '',
    '" Article 33quater. § 1er. Les prestations suivantes sont remboursées :',
    '',
    '| 471100-471111 | Premier test génétique (Règle de cumul 1) | B 120 |',
    '| 471122-471133 | Second test génétique (Règle de cumul 1) | B 240 |',
    '',
    'Règles de cumul.',
    '',
    '1. La prestation 471100-471111 n’est pas cumulable avec la prestation 471122-471133.'.replace('’', "'"),
    '',
    '2. La prestation 471122-471133 ne peut être attestée qu’une fois par an.'.replace('’', "'"),
    '',
    "§ 2. Ces prestations ne sont remboursées que si elles sont réalisées dans un centre agréé. \"",
  );
  const rules = rulesOfText(text).filter((r) => r.type === 'setting');
  expect(rules.map((r) => r.codes.map((g) => g.join('-')))).toEqual([['471100-471111', '471122-471133']]);
});

describe('forms of round 17 (tuned)', () => {
  it('limits: `N fois au total pour un même bénéficiaire`, `deux au plus des prestations`, `un intervalle d’au moins N semaines doit être respecté`, `ne dépasse pas N`', () => {
    expect(paramsOf('Ce supplément ne peut être attesté que trois fois au total pour un même patient.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'lifetime' } });
    expect(paramsOf('Par patient et par semaine, deux au plus des prestations 471100 à 471144 peuvent être attestées.', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'week' } });
    expect(paramsOf("Entre deux injections, un intervalle d'au moins huit semaines doit être respecté.", 'frequency')).toMatchObject({ max: 1, period: { count: 8, unit: 'week' } });
    expect(paramsOf('Le nombre de séances remboursées ne dépasse pas soixante par période de deux ans.', 'frequency')).toMatchObject({ max: 60, period: { count: 2, unit: 'year' } });
  });

  it('relations: `ne peuvent en aucun cas être cumulées`, `n’est pas attestable le même jour qu’`, `Aucune des prestations … ne donne lieu au supplément …`', () => {
    expect(types('Ces prestations ne peuvent en aucun cas être cumulées avec une consultation.')).toEqual(['nonCumulation']);
    expect(paramsOf("La prestation n'est pas attestable le même jour qu'une prestation de l'article 17.", 'nonCumulation')).toEqual({ scope: 'sameDay' });
    expect(types('Aucune des prestations de ce paragraphe ne donne lieu au supplément pour prestations urgentes.')).toEqual(['nonCumulation']);
  });

  it('documents kept or archived; `ne sont pas compris`; `en traitement ambulatoire`', () => {
    expect(types('Le médecin garde le protocole dans le dossier du patient.')).toEqual(['documentation']);
    expect(types('Les clichés sont archivés dans le dossier du patient.')).toEqual(['documentation']);
    expect(types('Les fils et les aiguilles ne sont pas compris dans les honoraires.')).toEqual(['coverage']);
    expect(paramsOf('Elle ne peut être attestée que pour un patient en traitement ambulatoire.', 'setting')).toEqual({ setting: 'ambulatory' });
  });
});

it('`Dans ce cas, elle …` is the prestation the sentence before had as its subject', () => {
  const text = decree(
    "**Art. 1.** Dans l'article 14 de l'annexe, la règle suivante est insérée :",
    '',
    "\" Lorsque la prestation 471100 - 471111 est effectuée au cours de la même séance opératoire qu'une prestation 471122 - 471133, elle est considérée comme secondaire. Dans ce cas, elle est honorée à 50 % de sa valeur. \"",
  );
  const rules = rulesOfText(text).filter((r) => r.type === 'billingPercentage');
  expect(rules.map((r) => r.codes.map((g) => g.join('-')))).toEqual([['471100-471111']]);
});

it('a patient’s history in brackets closing an item under a prestation is no limit either', () => {
  const text = decree(
    "**Art. 1.** Dans l'article 17 de l'annexe, la prestation suivante est insérée :",
    '',
    '" 471100 - 471111',
    '',
    "Répétition dans l'année de l'examen pour l'un des cas repris ci-dessous. N 100",
    '',
    'Réévaluation dans l’année des pathologies suivantes :'.replace('’', "'"),
    '',
    'F1. infections récidivantes (plus de 3 fois par an)',
    '',
    'F2. suivi d’une lithiase (maximum 2 fois par an) "'.replace('’', "'"),
  );
  expect(rulesOfText(text).filter((r) => r.type === 'frequency').map((r) => r.params)).toMatchObject([{ max: 2, period: { count: 1, unit: 'year' } }]);
});
