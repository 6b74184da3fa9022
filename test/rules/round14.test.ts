import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfText } from './load.js';

/**
 * Forms the fourteenth synthetic round showed missing (test/rules/gold-synthetic/round14/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */
const types = (s: string) => typeSentence(s).map((t) => t.type);
const paramsOf = (s: string, type: string) => typeSentence(s).find((t) => t.type === type)?.params;

describe('limits', () => {
  it('`n’est renouvelée que tous les N ans`', () => {
    expect(paramsOf("L'appareil n'est renouvelé que tous les 5 ans.", 'frequency')).toMatchObject({ max: 1, period: { count: 5, unit: 'year' } });
  });

  it('`Une seule des prestations suivantes … par traitement`; `Pas plus d’une prestation par épisode`', () => {
    expect(paramsOf('Une seule des prestations suivantes peut être attestée par traitement : 471100 et 471122.', 'frequency')).toMatchObject({ max: 1, period: null });
    expect(isNormative('Pas plus de deux examens par épisode aigu.')).toBe(true);
    expect(paramsOf('Pas plus de deux examens par épisode aigu.', 'frequency')).toMatchObject({ max: 2, period: null });
  });

  it('`N things au plus sont remboursées par période …`, and with the span opening the sentence', () => {
    expect(paramsOf('Deux dosages au plus sont remboursés par période de 6 mois.', 'frequency')).toMatchObject({ max: 2, period: { count: 6, unit: 'month' } });
    expect(paramsOf('Par année civile, dix séances de rééducation au maximum peuvent être attestées.', 'frequency')).toMatchObject({ max: 10, period: { count: 1, unit: 'calendarYear' } });
  });

  it('`Par jour, l’assurance ne rembourse qu’une prestation de …`', () => {
    expect(paramsOf("Par semaine et par patient, l'assurance ne rembourse qu'une prestation de l'article 22.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'week' } });
  });

  it('spans: `sur une durée ne dépassant pas N mois`, `par période de 24 heures`', () => {
    expect(paramsOf('La prestation est attestable au maximum 30 fois, sur une durée ne dépassant pas six mois.', 'frequency')).toMatchObject({ max: 30, period: { count: 6, unit: 'month' } });
    expect(paramsOf("Elle n'est jamais attestée plus de trois fois par période de 48 heures.", 'frequency')).toMatchObject({ max: 3, period: { count: 2, unit: 'day' } });
  });
});

describe('relations', () => {
  it('`elles ne sont jamais cumulées le même jour avec`, `ne sont jamais attestés en même temps que`', () => {
    expect(typeSentence("Elles ne sont jamais cumulées le même jour avec les prestations de l'article 7.").find((t) => t.type === 'nonCumulation')?.params).toEqual({ scope: 'sameDay' });
    expect(paramsOf('Les soins ne sont jamais attestés en même temps que la consultation 471100.', 'nonCumulation')).toEqual({ scope: 'sameSession' });
  });
});

describe('documents, coverage, approvals, settings', () => {
  it('documents: sent to the prescriber first named, going with a prescription, joined to a request, kept for years, asked by a specialist', () => {
    for (const s of [
      'Le laboratoire envoie au médecin prescripteur, pour chaque analyse, un compte rendu détaillé.',
      'Les conclusions de l’examen sont communiquées par écrit au prescripteur.'.replace('’', "'"),
      'La prescription est toujours accompagnée du résultat du test.',
      "A la demande d'accord est jointe une prescription médicale.",
      'Le dossier du patient est gardé pendant dix ans.',
      "Cette analyse ne peut être portée en compte que si elle est demandée par un médecin spécialiste.",
    ])
      expect(types(s)).toEqual(['documentation']);
  });

  it('`inclut`: what a fee includes', () => {
    expect(types("Le forfait inclut l'ensemble du matériel à usage unique.")).toContain('coverage');
  });

  it('`Le médecin-conseil n’autorise …`, `l’avis préalable d’une concertation multidisciplinaire`, `l’indication est posée lors d’une concertation`', () => {
    expect(paramsOf("Le médecin-conseil n'autorise la prolongation que sur la base d'un rapport.", 'priorApproval')).toEqual({ by: 'advisingPhysician' });
    expect(paramsOf("Le remboursement est subordonné à l'avis préalable d'une concertation multidisciplinaire.", 'priorApproval')).toEqual({ by: 'multidisciplinaryConsultation' });
    expect(isNormative("2° l'indication est posée lors d'une concertation pluridisciplinaire;")).toBe(true);
  });

  it('not paid when the patient is hospitalised: ambulatory; when he stays in a hospital: outside it; `que chez le patient hospitalisé`', () => {
    expect(paramsOf('Les prestations ne sont pas remboursées lorsque le patient est hospitalisé.', 'setting')).toEqual({ setting: 'ambulatory' });
    expect(paramsOf("L'analyse n'est pas remboursée chez les patients hospitalisés.", 'setting')).toEqual({ setting: 'ambulatory' });
    expect(paramsOf('Les séances ne sont pas remboursées lorsque le bénéficiaire séjourne dans un hôpital.', 'setting')).toEqual({ setting: 'outsideHospital' });
    expect(paramsOf("Ce supplément n'est remboursable que chez le patient hospitalisé.", 'setting')).toEqual({ setting: 'hospitalised' });
  });
});

describe('prestations named by the paragraph at hand or an item of it', () => {
  const text = decree(
    "**Art. 1.** A l'article 28 de l'annexe, le § 4 est remplacé par ce qui suit :",
    '',
    '" § 4. 1° Orthèses de repos',
    '',
    '471100 Orthèse de repos pour la main V 100',
    '',
    '471122 Orthèse de repos pour le pied V 120',
    '',
    '2° Orthèses de marche',
    '',
    '471144 Orthèse de marche courte V 200',
    '',
    '471166 Orthèse de marche longue V 300',
    '',
    'Les prestations visées au 2° ne sont pas cumulables entre elles.',
    '',
    'Les prestations du présent paragraphe ne sont remboursées que sur prescription d\'un médecin spécialiste. "',
  );

  it('`visées au 2°`: the item’s; `du présent paragraphe`: the whole paragraph’s', () => {
    const rules = rulesOfText(text);
    const codes = (type: string) => rules.filter((r) => r.type === type).map((r) => r.codes.flat().sort());
    expect(codes('nonCumulation')).toEqual([['471144', '471166']]);
    expect(codes('documentation')).toEqual([['471100', '471122', '471144', '471166']]);
  });
});
