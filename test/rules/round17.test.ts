import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { decree, rulesOfText, summary, typesOf as types, paramsOf } from './load.js';

/**
 * Forms the seventeenth synthetic round showed missing (test/rules/gold-synthetic/round17/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */

describe('limits', () => {
  it('`N fois, au total, par …`', () => {
    expect(paramsOf("Ces soins ne peuvent faire l'objet d'une intervention de l'assurance plus de trois fois, au total, par année civile.", 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
  });

  it('`ne peut dépasser N <units>`: a quantity; not a span of time', () => {
    expect(typeSentence("Lors d'une même intervention, le remboursement de la prestation 471100-471111 ne peut dépasser trois plaques au total.").find((t) => t.type === 'quantity')?.params).toMatchObject({ max: 3 });
    expect(types('Le remboursement ne peut dépasser deux mois de traitement.')).not.toContain('quantity');
  });

  it('a limit stated as its own sentence in an indication list is a rule on the list’s prestations', () => {
    const text = decree(
      "**Art. 1.** Dans l'article 24 de l'annexe, la prestation suivante est insérée :",
      '',
      '" 471100-471111 Recherche d’un virus par amplification génique B 900'.replace('’', "'"),
      '',
      'Cette prestation n’est remboursée que dans les indications suivantes :'.replace('’', "'"),
      '',
      '1. Patient greffé présentant plus de deux épisodes de fièvre par mois. Trois prestations au maximum par épisode.',
      '',
      '2. Suivi d’un traitement antiviral.'.replace('’', "'"),
      '',
      'Dans cette indication, la prestation est remboursée au maximum deux fois par mois. "',
    );
    const limits = rulesOfText(text).filter((r) => r.type === 'frequency');
    expect(limits.map((r) => [r.codes.map((g) => g.join('-')), r.params])).toMatchObject([
      [['471100-471111'], { max: 3, period: null }],
      [['471100-471111'], { max: 2, period: { count: 1, unit: 'month' } }],
    ]);
  });
});

describe('relations', () => {
  it('`n’est cumulable le même jour qu’avec`, `…, au cours d’une même séance, qu’avec`', () => {
    expect(paramsOf("La prestation 471100 n'est cumulable le même jour qu'avec la consultation 102012.", 'nonCumulation')).toEqual({ scope: 'sameDay' });
    expect(paramsOf("Elle n'est cumulable, au cours d'une même séance, qu'avec l'anesthésie.", 'nonCumulation')).toEqual({ scope: 'sameSession' });
    expect(types('Cette prestation est cumulable avec la consultation.')).toEqual([]);
  });

  it('`ne peuvent pas être cumulées sur une période de …`: over the period', () => {
    expect(paramsOf('Les prestations 471100 et 471122 ne peuvent pas être cumulées sur une période de 60 jours.', 'nonCumulation')).toEqual({ scope: 'samePeriod' });
  });
});

describe('fees, settings, documents', () => {
  it('`sont forfaitaires`: a flat fee', () => {
    expect(types('Les honoraires de ces prestations sont forfaitaires.')).toContain('flatFee');
  });

  it('`est incluse dans cette prestation, qui ne peut …`: what it includes, then its limit', () => {
    expect(types("La lecture des lames est incluse dans cette prestation, qui ne peut pas être attestée le même jour que l'examen 471100.")).toEqual(['nonCumulation', 'coverage']);
    expect(types("Toutes les manipulations nécessaires sont comprises dans chacune des prestations visées au § 1er.")).toEqual(['coverage']);
  });

  it('`La première séance comprend …`: coverage, on the prestation its subject names by label', () => {
    expect(isNormative("La première séance comprend l'anamnèse et un plan de traitement écrit.")).toBe(true);
    const text = decree(
      "**Art. 1.** Dans l'article 7 de l'annexe, les prestations suivantes sont insérées :",
      '',
      '" 471100',
      '',
      'Première séance de rééducation périnéale ... K 20',
      '',
      '471122',
      '',
      'Séance suivante de rééducation périnéale ... K 15',
      '',
      "La première séance comprend l'anamnèse et un plan de traitement écrit. \"",
    );
    expect(summary(rulesOfText(text))).toEqual([['coverage', '471100']]);
  });

  it('`que dans un service … d’un hôpital`: in hospital', () => {
    expect(paramsOf("La prestation ne peut être attestée que dans un service de gériatrie agréé d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
  });

  it('`Le dossier de demande, transmis par …, comporte …`: what a file holds', () => {
    expect(types('Le dossier de demande, envoyé au Collège des médecins-directeurs, comporte un rapport du médecin traitant.')).toEqual(['documentation']);
  });
});
