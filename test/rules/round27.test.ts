import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Forms the twenty-seventh synthetic round showed missing (test/rules/gold-synthetic/round27/SCORE-BLIND.txt, scored on
 * the stop's starting code and on the head when it arrived), each in wordings of our own.
 */
const rule = (s: string) => {
  expect(isNormative(s)).toBe(true);
  return typesOf(s);
};

describe('approval, flat fees and what a fee covers', () => {
  it('`est subordonné à l’autorisation du médecin-conseil`; `doit avoir marqué son accord`', () => {
    expect(rule("Le remboursement de la prestation 312382 est subordonné à l'autorisation du médecin-conseil.")).toContain('priorApproval');
    expect(paramsOf("Dans ce cas, le médecin-conseil doit avoir marqué son accord avant la reprise du traitement.", 'priorApproval')).toEqual({ by: 'advisingPhysician' });
  });

  it('`valent forfait`, `constituent des honoraires forfaitaires`, `font partie intégrante de la prestation`', () => {
    expect(rule("Elles valent forfait pour l'ensemble du matériel utilisé.")).toContain('flatFee');
    expect(rule('Les prestations 444012 et 444034 constituent des honoraires forfaitaires par série.')).toContain('flatFee');
    expect(paramsOf("La mise en place de la sonde et le contrôle radiologique font partie intégrante de la prestation 458012.", 'coverage')).toMatchObject({ includes: 'La mise en place de la sonde et le contrôle radiologique' });
  });
});

describe('limits: one per so long after a first, by times worded as occasions, one of a kind', () => {
  it('`Un nouveau remboursement … n’est pas accordé avant l’expiration d’un délai de N ans`', () => {
    expect(paramsOf("Un nouveau remboursement de la prestation 688012 n'est pas accordé avant l'expiration d'un délai de quatre ans.", 'frequency')).toMatchObject({ max: 1, period: { count: 4, unit: 'year' } });
  });

  it('`à deux reprises au plus par année civile`, `à raison d’un examen au plus par période de …`', () => {
    expect(rule('Le scellement est attestable à trois reprises au plus par année civile.')).toContain('frequency');
    expect(paramsOf('Le scellement est attestable à trois reprises au plus par année civile.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
    expect(paramsOf("b) en cas de récidive, à raison d'un examen au plus par période de 18 mois ;", 'frequency')).toMatchObject({ max: 1, period: { count: 18, unit: 'month' } });
  });

  it('`Un seul … est remboursé par bénéficiaire et par période de N ans` is a rule sentence', () => {
    expect(rule('Un seul stimulateur est remboursé par bénéficiaire et par période de 5 ans.')).toContain('frequency');
  });
});

describe('cumulation refused in other words', () => {
  it.each([
    ["Le cumul de la prestation 431012 avec la prestation 431034 n'est pas autorisé.", 'any'],
    ['Aucune des prestations de la présente rubrique n’est cumulable avec la consultation.'.replace('’', "'"), 'any'],
    ["b) il n'est pas effectué le même jour qu'une séance 561012.", 'sameDay'],
    ["La prestation 444012 n'est pas attestable le jour où une prestation de l'article 17 est portée en compte.", 'sameDay'],
    ['Les prestations 694012 et 694034 ne peuvent pas être portées en compte au cours de la même intervention que la prestation 694056.', 'sameIntervention'],
  ])('%s', (s, scope) => {
    expect(rule(s)).toContain('nonCumulation');
    expect(paramsOf(s, 'nonCumulation')).toEqual({ scope });
  });
});

describe('who and where', () => {
  it('`effectuées sous la responsabilité d’un médecin spécialiste en …`', () => {
    expect(paramsOf("Ces examens ne sont honorés que s'ils sont effectués sous la responsabilité d'un médecin spécialiste en biologie clinique.", 'qualification')).toMatchObject({ specialties: ['biologie clinique'] });
  });

  it('a specialty list ends before `ainsi que par …`', () => {
    expect(paramsOf('Ces prestations peuvent également être attestées par le médecin spécialiste en gériatrie ainsi que par le médecin titulaire du titre de médecine aiguë.', 'qualification')).toMatchObject({ specialties: ['gériatrie'], additional: true });
  });

  it('`est réservé aux implantations effectuées dans un établissement hospitalier`', () => {
    expect(paramsOf('Le remboursement de la prestation 734012 est réservé aux implantations effectuées dans un établissement hospitalier agréé.', 'setting')).toEqual({ setting: 'hospital' });
  });
});

describe('documentation: registering with a form, completing and signing it, reasons written into the file', () => {
  it.each([
    "L'hôpital s'enregistre au préalable, au moyen d'un formulaire type, auprès du Service des soins de santé.",
    'Pour chaque patient, le formulaire de suivi est complété et signé par le médecin responsable.',
    'Le médecin responsable signe le formulaire de notification.',
    "Avant le premier traitement, le centre fait connaître par formulaire type au Collège le nom du médecin responsable.",
    'Dans ce cas, le médecin justifie la nouvelle planification dans le dossier du patient.',
  ])('%s', (s) => {
    expect(rule(s)).toContain('documentation');
  });
});

describe('a rule after an indication list whose opener says `Son remboursement …`', () => {
  it('is on the prestation the possessive stands for', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 14 de l'annexe, la prestation suivante est insérée :",
        '',
        '" 431012-431023 Colposcopie . . . K 30',
        '',
        "La prestation 431012-431023 n'est pas prise en charge dans un dépistage. Son remboursement est réservé aux situations suivantes :",
        '',
        'a) frottis anormal;',
        '',
        'b) suivi après traitement.',
        '',
        "Elle n'est attestable qu'une seule fois par période de douze mois. \".",
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '431012-431023']]);
  });
});
