import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfText } from './load.js';

/**
 * Forms the twelfth synthetic round showed missing (test/rules/gold-synthetic/round12/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */
const typed = (s: string) => typeSentence(s).map((t) => [t.type, t.params] as const);
const paramsOf = (s: string, type: string) => typeSentence(s).find((t) => t.type === type)?.params;
const freq = (s: string) => typeSentence(s).filter((t) => t.type === 'frequency').map((t) => t.params);

describe('limits', () => {
  it('a span the sentence opens with: `Par séance opératoire, … qu’une seule fois`, `Un même jour, … qu’une seule des prestations`', () => {
    expect(paramsOf("Par séance opératoire, la prestation 471100 n'est attestable qu'une seule fois.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' } });
    expect(paramsOf("Un même jour, il ne peut être attesté, par patient, qu'une seule des prestations visées au § 2.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('`N fois le même jour`, allowed by way of exception, is still the most', () => {
    expect(paramsOf('Par exception, la prestation 471100 peut être attestée trois fois le même jour si le patient le requiert.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'day' } });
    expect(paramsOf('Le patient est vu au moins deux fois le même jour.', 'frequency')).toBeUndefined();
  });

  it('a second limit in times: `une fois par semaine et dix fois par année civile`', () => {
    expect(freq('La prestation 471100 est attestable au maximum une fois par semaine et dix fois par année civile.')).toMatchObject([
      { max: 1, period: { count: 1, unit: 'week' } },
      { max: 10, period: { count: 1, unit: 'calendarYear' } },
    ]);
  });

  it('once for the same beneficiary: a lifetime', () => {
    expect(paramsOf("Elle ne peut être attestée qu'une seule fois pour un même patient.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
  });

  it('`peut être renouvelée tous les N ans au plus`', () => {
    expect(paramsOf('La prothèse peut être renouvelée tous les cinq ans au plus.', 'frequency')).toMatchObject({ max: 1, period: { count: 5, unit: 'year' } });
  });

  it('counts of prestations: `au plus 30 prestations`, `vingt prestations 471100 ou 471122 au plus`, `deux de ces prestations au maximum`', () => {
    expect(paramsOf('Le kinésithérapeute peut porter en compte au plus 30 prestations par année civile.', 'frequency')).toMatchObject({ max: 30, period: { count: 1, unit: 'calendarYear' } });
    expect(paramsOf('Vingt prestations 471100, 471122 ou 471144 au plus sont remboursées par période de six mois.', 'frequency')).toMatchObject({ max: 20, period: { count: 6, unit: 'month' } });
    expect(paramsOf('Deux de ces prestations au maximum peuvent être attestées par semaine.', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'week' } });
  });

  it('`l’assurance n’intervient que pour N prestations`', () => {
    expect(paramsOf("Par période de 24 mois, l'assurance n'intervient que pour deux prestations 471100.", 'frequency')).toMatchObject({ max: 2, period: { count: 24, unit: 'month' } });
    expect(paramsOf("Pour chaque accord, l'assurance n'intervient que dans 30 séances au maximum.", 'frequency')).toEqual({ max: 30, period: null, per: 'patient', unless: null });
  });

  it('`que pour deux sites au plus par intervention`: units per intervention', () => {
    expect(paramsOf('La prestation 471100 ne peut être attestée que pour trois greffons au plus par intervention.', 'quantity')).toMatchObject({ max: 3, scope: 'intervention' });
  });
});

describe('relations', () => {
  it('`ne se cumulent ni avec …`', () => {
    expect(typed("Elles ne se cumulent ni avec une échographie ni avec une radiographie.")).toContainEqual(['nonCumulation', { scope: 'any' }]);
  });

  it('`Le jour où X est attestée, les prestations de l’article 2 ne peuvent pas être portées en compte`', () => {
    expect(typed("Le jour où la prestation 471100 est attestée, les consultations de l'article 2 ne peuvent pas être attestées.")).toContainEqual(['nonCumulation', { scope: 'sameDay' }]);
    expect(typed("Le jour où la prestation 471100 est effectuée, aucune visite ne peut être portée en compte.")).toContainEqual(['nonCumulation', { scope: 'sameDay' }]);
  });

  it('`ensemble pour une même intervention`', () => {
    expect(typed('Les prestations 471100 et 471122 ne peuvent jamais être attestées ensemble pour une même intervention.')).toContainEqual(['nonCumulation', { scope: 'sameIntervention' }]);
  });
});

describe('approvals, documents, who and where', () => {
  it('paid only once the advising physician has received a report: approval and documentation', () => {
    expect(typed("La prestation n'est remboursée qu'après réception par le médecin-conseil d'un rapport du spécialiste.").map(([type]) => type).sort()).toEqual(['documentation', 'priorApproval']);
  });

  it('a favourable decision of a multidisciplinary consultation', () => {
    expect(paramsOf("Le remboursement est subordonné à une décision favorable d'une concertation multidisciplinaire.", 'priorApproval')).toEqual({ by: 'multidisciplinaryConsultation' });
  });

  it('requests sent to the College are its approval, reports sent to a physician are documentation', () => {
    expect(typed('Les demandes doivent être adressées au Collège des médecins-directeurs au moyen du formulaire.').map(([type]) => type)).toEqual(['priorApproval']);
    expect(typed('Le compte rendu doit être adressé au médecin traitant.').map(([type]) => type)).toEqual(['documentation']);
  });

  it('documents: `reprend au moins les données`, `rédigée par écrit et jointe au dossier`, `adresse son avis écrit`, `joint … un bref rapport`', () => {
    for (const s of [
      'Le dossier de soins reprend au moins les données suivantes :',
      'La demande du médecin traitant est rédigée par écrit et jointe au dossier.',
      'Le spécialiste adresse son avis écrit au médecin traitant dans les huit jours.',
      'Le médecin traitant joint à la prescription un bref rapport médical.',
    ])
      expect(typed(s).map(([type]) => type)).toEqual(['documentation']);
  });

  it('`doit être agréé comme médecin spécialiste en …`', () => {
    expect(paramsOf('Le médecin doit être agréé comme médecin spécialiste en gériatrie.', 'qualification')).toMatchObject({ specialties: ['gériatrie'] });
  });

  it('`que pour des séances dispensées au domicile du patient`', () => {
    expect(paramsOf('Ces prestations ne peuvent être attestées que pour des soins dispensés au domicile du patient.', 'setting')).toEqual({ setting: 'outsideHospital' });
  });

  it('`englobent`: what prestations include', () => {
    expect(isNormative("Les prestations 471100 à 471144 englobent l'examen du côté opposé.")).toBe(true);
    expect(typed("Les prestations 471100 à 471144 englobent l'examen du côté opposé.").map(([type]) => type)).toEqual(['coverage']);
  });
});

describe('ranges', () => {
  it('`X à Y` over prestations of a fixed-width block: every prestation between its ends', () => {
    const text = decree(
      "**Art. 1.** Dans l'article 34 de l'annexe, les prestations suivantes sont insérées :",
      '',
      '```',
      '  " 471100 - 471111',
      '  Premier acte percutané                                       I 1800',
      '  471122 - 471133',
      '  Deuxième acte percutané                                      I 1200',
      '  471144 - 471155',
      '  Troisième acte percutané                                     I  800',
      '```',
      '',
      'Les prestations 471100 - 471111 à 471144 - 471155 ne sont pas cumulables avec les prestations de l\'article 17. "',
    );
    const rules = rulesOfText(text).filter((r) => r.type === 'nonCumulation');
    expect(rules.map((r) => r.codes.map((g) => g.join('-')))).toEqual([['471100-471111', '471122-471133', '471144-471155']]);
  });
});

describe('limits in brackets closing a list item (rules set5, 2002022476)', () => {
  const withItems = (items: string[], lead: string) =>
    decree(
      "**Art. 1.** Dans l'article 17 de l'annexe, la prestation suivante est insérée :",
      '',
      '" 471100 - 471111',
      '',
      "Répétition dans l'année de l'examen pour l'un des cas repris ci-dessous. N 100",
      '',
      lead,
      '',
      ...items.flatMap((i) => [i, '']),
      '".',
    );

  it('each item with its limit is a frequency rule on the prestation above (`max.`, `max`, the misprint `maximun` read as `maximum`)', () => {
    const rules = rulesOfText(
      withItems(['F1. première pathologie (une seule fois)', 'F2. deuxième pathologie (max. 3 fois par an)', 'F3. troisième pathologie (maximun 2 fois par grossesse)', 'F4. quatrième pathologie'], 'Réévaluation dans l’année des pathologies suivantes :'),
    ).filter((r) => r.type === 'frequency');
    expect(rules.map((r) => [r.codes.map((g) => g.join('-')).join(' '), r.params])).toMatchObject([
      ['471100-471111', { max: 1, period: null }],
      ['471100-471111', { max: 3, period: { count: 1, unit: 'year' } }],
      ['471100-471111', { max: 2, period: null }],
    ]);
  });

  it('in a list of indications too, on the codes of the list', () => {
    const text = decree(
      "**Art. 1.** Dans l'article 17 de l'annexe, la règle suivante est insérée :",
      '',
      '" La prestation 471100 - 471111 ne peut être attestée que pour les indications suivantes :',
      '',
      '1° une première situation clinique (maximum 2 fois par an);',
      '',
      '2° une deuxième situation clinique. "',
    );
    const rules = rulesOfText(text).filter((r) => r.type === 'frequency');
    expect(rules.map((r) => [r.codes.map((g) => g.join('-')).join(' '), r.params])).toMatchObject([['471100-471111', { max: 2, period: { count: 1, unit: 'year' } }]]);
  });
});
