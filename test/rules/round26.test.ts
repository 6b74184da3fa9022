import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Forms the twenty-sixth synthetic round showed missing (test/rules/gold-synthetic/round26/SCORE-BLIND.txt, scored on
 * the stop's starting code and on the head when it arrived), each in wordings of our own.
 */
describe('the span a limit names first; limits in a second clause, by interval, by total', () => {
  it('the first span named wins, whatever form the later one takes', () => {
    expect(paramsOf("Cet examen est attestable au maximum une fois tous les 6 mois et ne l'est pas au cours de la même séance que la prestation 470012.", 'frequency')).toMatchObject({ max: 1, period: { count: 6, unit: 'month' } });
    expect(paramsOf("2° suivi après une chirurgie valvulaire (au maximum trois fois au cours de l'année civile)", 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
  });

  it('`plus d’une fois par jour, ni plus de N fois par période de …`: two limits', () => {
    const t = typeSentence("Elle ne peut être attestée plus d'une fois par jour, ni plus de vingt fois par période de 60 jours.");
    expect(t).toEqual([
      expect.objectContaining({ type: 'frequency', params: expect.objectContaining({ max: 1, period: { count: 1, unit: 'day' } }) }),
      expect.objectContaining({ type: 'frequency', params: expect.objectContaining({ max: 20, period: { count: 60, unit: 'day' } }) }),
    ]);
  });

  it('`Un intervalle d’au moins N mois doit séparer deux prestations …`: once per N months', () => {
    const s = "Un intervalle d'au moins quatre mois doit séparer deux prestations 470034 chez un même bénéficiaire.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 1, period: { count: 4, unit: 'month' } });
  });

  it('`le nombre total des prestations … est limité à N`', () => {
    expect(paramsOf('Par séjour, le nombre total des prestations 470056 et 470071 est limité à 10.', 'frequency')).toMatchObject({ max: 10 });
  });

  it('`pendant la période restante de l’année civile en cours`', () => {
    expect(paramsOf("au maximum 12 séances 560711 supplémentaires pendant la période restante de l'année civile en cours", 'frequency')).toMatchObject({ max: 12, period: { count: 1, unit: 'calendarYear' } });
  });
});

describe('where: a newborn in hospital, only in hospital, only to inpatients, at home', () => {
  it.each([
    ['Les prestations 470093 et 470115 ne sont remboursées que si le nouveau-né est hospitalisé en néonatologie.', 'hospitalised'],
    ["Le test 470130 n'est effectué qu'en milieu hospitalier.", 'hospital'],
    ["Cette prestation n'est remboursée qu'à des bénéficiaires hospitalisés.", 'hospitalised'],
    ['Les prestations 560733 et 560755 ne sont remboursées que lorsque la séance est dispensée au domicile du patient.', 'outsideHospital'],
  ])('%s', (s, setting) => {
    expect(paramsOf(s, 'setting')).toEqual({ setting });
  });
});

describe('who: another specialist may bill it too; cumulation refused in every case', () => {
  it('`Un médecin spécialiste en … peut lui aussi porter en compte cette prestation` widens', () => {
    const s = 'Un médecin spécialiste en dermato-vénéréologie peut lui aussi porter en compte cette prestation.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['dermato-vénéréologie'], additional: true });
  });

  it('`ne sont en aucun cas attestées le même jour qu’une prestation …`', () => {
    const s = "Les prestations 560770 et 560792 ne sont en aucun cas attestées le même jour qu'une prestation 560711.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'nonCumulation')).toEqual({ scope: 'sameDay' });
  });

  it('`Ils ne sont remboursés que …` after a sentence naming the prestations: those', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 21 de l'annexe, le § 3 est remplacé par ce qui suit :",
        '',
        "\" § 3. Les tests 533702-533713 et 533724-533735 ne peuvent pas être cumulés entre eux au cours d'une même séance. Ils ne sont remboursés que deux fois par année civile. \".",
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '533702-533713 533724-533735']]);
  });
});

describe('documentation: a dated note, reasons in writing, conclusions in writing, what a part of the file holds, a summary sent', () => {
  it.each([
    'Toute consultation du psychiatre donne lieu à une note datée dans le dossier.',
    'La demande est motivée par écrit par le médecin traitant.',
    'Le psychiatre lui fait connaître son avis par écrit dans les huit jours.',
    'Le volet médical mentionne au minimum :',
    "Avant le 1er mars de chaque année, tout prestataire transmet au Collège un relevé du nombre d'examens attestés.",
  ])('%s', (s) => {
    expect(isNormative(s)).toBe(true);
    expect(typesOf(s)).toContain('documentation');
  });
});
