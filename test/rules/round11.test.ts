import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';

/**
 * Forms the eleventh synthetic round showed missing once tuned on (test/rules/gold-synthetic/round11/SCORE-BLIND.txt),
 * each in wordings of our own: the general form, not the gold's sentence.
 */
const typed = (s: string) => typeSentence(s).map((t) => [t.type, t.params] as const);
const paramsOf = (s: string, type: string) => typeSentence(s).find((t) => t.type === type)?.params;

describe('limits', () => {
  it('`par procédure`, `par opération`: per intervention', () => {
    expect(paramsOf("La prestation 471100 n'est remboursable qu'une fois par procédure de cathétérisme.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'intervention' } });
    expect(paramsOf('Elle ne peut être attestée qu’une seule fois par opération.'.replace('’', "'"), 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'intervention' } });
  });

  it('a new intervention, a replacement: only once the delay has run', () => {
    expect(paramsOf("La prestation 471100 ne donne lieu à une nouvelle intervention de l'assurance qu'au terme d'un délai de cinq ans.", 'frequency')).toMatchObject({ max: 1, period: { count: 5, unit: 'year' } });
    expect(paramsOf("Le remplacement de la pompe n'est remboursé qu'à l'expiration d'un délai de 36 mois.", 'frequency')).toMatchObject({ max: 1, period: { count: 36, unit: 'month' } });
    // a delay that bounds no new one is no limit
    expect(paramsOf("La demande n'est recevable qu'après un délai de trois mois.", 'frequency')).toBeUndefined();
  });

  it('so many sessions or examinations per episode: a count with no span of time', () => {
    expect(paramsOf('Le dépistage est limité à une seule analyse par grossesse.', 'frequency')).toBeUndefined();
    expect(paramsOf('Le dépistage est limité à un seul examen par grossesse.', 'frequency')).toEqual({ max: 1, period: null, per: 'patient', unless: null });
    expect(paramsOf('Quatre séances au plus par traitement.', 'frequency')).toEqual({ max: 4, period: null, per: 'patient', unless: null });
    expect(isNormative('Quatre séances au plus par traitement.')).toBe(true);
    // with a span of time, the span
    expect(paramsOf('Deux consultations au maximum par semaine peuvent être attestées.', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'week' } });
  });

  it('`ne … jamais … plus d’une séance par jour`: sessions counted as times', () => {
    expect(paramsOf("Il ne peut jamais être attesté plus d'une visite de suivi par jour.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
    expect(paramsOf('La prestation ne peut être remboursée pour plus de deux examens par année civile.', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'calendarYear' } });
    // a condition on the patient's past, not a limit
    expect(paramsOf("Elle n'est attestable que si le patient a subi plus de deux examens par an.", 'frequency')).toBeUndefined();
  });
});

describe('relations', () => {
  it('`n’est cumulable avec … que si …`: not cumulable, unless', () => {
    expect(typed("La séance n'est cumulable le même jour avec la prestation 471100 que si les soins sont donnés lors de visites distinctes.")).toContainEqual(['nonCumulation', { scope: 'sameDay' }]);
    // only with X is another rule (ONLY_WITH): still a non-cumulation
    expect(typed("La séance n'est cumulable qu'avec la prestation 471100.")).toContainEqual(['nonCumulation', { scope: 'any' }]);
  });

  it('`aucune autre prestation … ne peut être attestée le même jour`', () => {
    const t = typed("Elle n'est attestable qu'une fois par jour et aucune autre prestation de l'article 7 ne peut être attestée le même jour.");
    expect(t.map(([type]) => type).sort()).toEqual(['frequency', 'nonCumulation']);
  });

  it('what a prestation includes, then its limit after a semicolon: both', () => {
    const t = typed("Cette prestation comprend le prélèvement et l'analyse; elle ne peut pas être attestée le même jour que la prestation 471100.");
    expect(t.map(([type]) => type).sort()).toEqual(['coverage', 'nonCumulation']);
    // a limit stated with `couvre` stays one rule
    expect(typed("L'assurance couvre une seule analyse par an; le reste est à charge du patient.").map(([type]) => type)).not.toContain('coverage');
  });
});

describe('who and where', () => {
  it('by profession: `que par une accoucheuse`, `est réalisé par un logopède`', () => {
    expect(paramsOf('Ces prestations ne peuvent être attestées que par une accoucheuse.', 'qualification')).toMatchObject({ specialties: ['accoucheuse'] });
    expect(paramsOf('le bilan est réalisé par un logopède qui répond aux conditions du § 3;', 'qualification')).toMatchObject({ specialties: ['logopède'] });
    expect(isNormative('le bilan est réalisé par un logopède qui répond aux conditions du § 3;')).toBe(true);
    // a physician with no specialty named is no qualification
    expect(paramsOf('Le traitement est réalisé par un médecin.', 'qualification')).toBeUndefined();
  });

  it('an indication set at a multidisciplinary consultation', () => {
    expect(paramsOf("La prestation n'est remboursée que si l'indication est posée lors d'une concertation oncologique multidisciplinaire.", 'priorApproval')).toEqual({ by: 'multidisciplinaryConsultation' });
  });

  it('`que s’il est implanté chez un bénéficiaire hospitalisé`', () => {
    expect(paramsOf("Le matériel n'entre en ligne de compte pour un remboursement que s'il est placé chez un patient hospitalisé.", 'setting')).toEqual({ setting: 'hospitalised' });
  });
});

describe('what a document must hold or go with', () => {
  it('lead-ins of a list: `Le rapport doit être transmis au médecin :`, `… doit comprendre :`, `Cette demande doit être accompagnée :`', () => {
    for (const s of ['Le compte rendu doit être transmis au médecin traitant :', 'Le rapport doit comprendre :', 'Cette demande doit être accompagnée :'])
      expect(typed(s).map(([type]) => type)).toEqual(['documentation']);
  });

  it('a file that holds data is documentation, not what a fee covers', () => {
    expect(typed('Le dossier individuel comportera au minimum les données du patient.').map(([type]) => type)).toEqual(['documentation']);
    expect(typed('Le dossier du patient comprend aussi les résultats des tests.').map(([type]) => type)).toEqual(['documentation']);
    expect(typed("L'examen comprend le prélèvement.").map(([type]) => type)).toEqual(['coverage']);
  });

  it('`au moins une fois par année civile`: a minimum, no frequency limit', () => {
    expect(paramsOf('Le rapport est transmis au médecin au moins une fois par année civile.', 'frequency')).toBeUndefined();
    expect(paramsOf('La prestation est attestée une fois par année civile au maximum.', 'frequency')).toMatchObject({ max: 1 });
  });

  it('`Le nombre de séances … ne peut être supérieur à N par prescription`', () => {
    expect(paramsOf('Le nombre de séances prescrites ne peut être supérieur à 12 par prescription.', 'frequency')).toEqual({ max: 12, period: null, per: 'patient', unless: null });
  });
});

it('the management of a file that includes tasks is what a fee covers, not what the file holds', () => {
  expect(typed("La gestion du dossier médical global comprend l'ouverture du dossier et sa mise à jour.").map(([type]) => type)).toEqual(['coverage']);
});
