import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { rulesOfQuote } from './load.js';

/**
 * Forms the thirteenth synthetic round showed missing (test/rules/gold-synthetic/round13/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */
const types = (s: string) => typeSentence(s).map((t) => t.type);
const paramsOf = (s: string, type: string) => typeSentence(s).find((t) => t.type === type)?.params;

describe('relations', () => {
  it('`n’est jamais cumulé avec`, `n’est en aucun cas cumulable avec`', () => {
    expect(types("Le supplément 471100 n'est attestable qu'une fois par jour; il n'est jamais cumulé avec la prestation 471122.")).toContain('nonCumulation');
    expect(types("Elle n'est en aucun cas cumulable avec la prestation 471122.")).toEqual(['nonCumulation']);
  });

  it('`Une intervention de l’assurance pour X exclut, durant N ans, une intervention pour Y`: X against Y over the period', () => {
    const s = "Une intervention de l'assurance pour la prestation 471100 - 471111 exclut, durant cinq ans, une intervention pour la prestation 471122 - 471133.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'nonCumulation')).toEqual({ scope: 'samePeriod' });
    const [rule] = rulesOfQuote(s).filter((r) => r.type === 'nonCumulation');
    expect(rule.codes).toEqual([['471100', '471111']]);
    expect(rule.with?.codes).toEqual([['471122', '471133']]);
  });
});

describe('limits', () => {
  it('units per intervention wherever the act is named: `Trois électrodes au plus … lors d’une même intervention`, `qu’un seul implant`', () => {
    expect(paramsOf("Quatre vis au plus peuvent être portées en compte lors d'une même intervention.", 'quantity')).toMatchObject({ max: 4, scope: 'intervention' });
    expect(paramsOf("Par intervention, il ne peut être porté en compte qu'une seule prothèse sur mesure.", 'quantity')).toMatchObject({ max: 1, scope: 'intervention' });
    expect(paramsOf("La prestation peut être attestée pour deux doigts au plus au cours d'une même intervention.", 'quantity')).toMatchObject({ max: 2 });
  });

  it('`un seul de ces deux numéros peut être attesté`', () => {
    expect(paramsOf('Pour un même traitement, un seul de ces trois numéros peut être attesté.', 'frequency')).toMatchObject({ max: 1 });
  });

  it('`qu’une fois … et jamais plus de N fois par …`: both limits', () => {
    const f = typeSentence("Le bilan ne peut être porté en compte qu'une fois par accord et jamais plus de deux fois par période de 12 mois.").filter((t) => t.type === 'frequency');
    expect(f.map((t) => t.params)).toMatchObject([{ max: 1 }, { max: 2, period: { count: 12, unit: 'month' } }]);
  });

  it('`n’est pas portée en compte une seconde fois`', () => {
    expect(paramsOf("Si l'échantillon ne convient pas, la prestation n'est pas portée en compte une seconde fois.", 'frequency')).toMatchObject({ max: 1, period: null });
  });
});

describe('documents, flat fees, coverage', () => {
  it('documents that go with a request or are held at the advising physician’s disposal', () => {
    for (const s of [
      'La demande est accompagnée d’un rapport médical détaillé.'.replace('’', "'"),
      "Le compte rendu de l'examen est tenu à la disposition du médecin conseil.",
      'Le médecin tient à la disposition du médecin-conseil les résultats des examens.',
      'Un rapport du kinésithérapeute est joint à chaque demande de prolongation.',
      'Le dossier de suivi se compose de deux parties :',
      'Le dossier du patient mentionne, pour chaque séance, la dose délivrée.',
    ])
      expect(types(s)).toEqual(['documentation']);
  });

  it('`a le caractère d’un forfait`; `L’honoraire … rémunère …`', () => {
    expect(types("Cette prestation a le caractère d'un forfait pour toute la durée du traitement.")).toEqual(['flatFee']);
    expect(isNormative("L'honoraire de délivrance rémunère la prise de mesures et l'essayage.")).toBe(true);
    expect(types("L'honoraire de délivrance rémunère la prise de mesures et l'essayage.")).toEqual(['coverage']);
    // (a fee that pays someone is not what it covers)
    expect(types('Le patient rémunère le prestataire.')).toEqual([]);
  });
});

describe('who and where', () => {
  it('`que lorsqu’un médecin spécialiste agréé en X les a effectuées`', () => {
    expect(paramsOf("Ces prestations ne sont honorées que lorsqu'un médecin spécialiste agréé en pneumologie les a effectuées.", 'qualification')).toMatchObject({ specialties: ['pneumologie'] });
  });

  it('persons named otherwise: `que pour un enfant hospitalisé`, `pour des bénéficiaires traités en ambulatoire`', () => {
    expect(paramsOf('Ces prestations ne peuvent être attestées que pour un enfant hospitalisé.', 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf('Elles ne sont remboursées que pour des patients traités en ambulatoire.', 'setting')).toEqual({ setting: 'ambulatory' });
  });

  it('`qu’au domicile du bénéficiaire`, `que pendant un séjour … dans un hôpital`', () => {
    expect(paramsOf("Ces séances ne peuvent être attestées qu'au domicile du patient.", 'setting')).toEqual({ setting: 'outsideHospital' });
    expect(paramsOf('La prestation ne peut être attestée que pendant un séjour du patient dans un hôpital.', 'setting')).toEqual({ setting: 'hospitalised' });
  });
});
