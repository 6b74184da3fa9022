import { describe, expect, it } from 'vitest';
import { paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Forms the thirty-seventh synthetic round showed missing (test/rules/gold-synthetic/round37/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 37: typing', () => {
  it('`ne sont pas non plus cumulables avec …`: a non-cumulation', () => {
    expect(typesOf('Elles ne sont pas non plus cumulables avec la consultation du médecin spécialiste.')).toContain('nonCumulation');
    expect(typesOf("La prestation 257471 n'est pas non plus cumulable avec la prestation 257493.")).toContain('nonCumulation');
  });

  it('`Par séance, une seule prestation de l’article 22, II, b), peut être attestée`: once per that span', () => {
    expect(paramsOf("Par séance, une seule prestation de l'article 22, II, b), peut être attestée.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' } });
    expect(paramsOf("Par jour, une seule prestation de l'article 22, II, peut être portée en compte, à l'exception de la prestation 558950.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('`il n’est porté en compte qu’un seul de ces honoraires` (masculine, fees): once per the span', () => {
    expect(paramsOf("Par journée d'hospitalisation, il n'est porté en compte qu'un seul de ces honoraires.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('`le jour de la sortie`, `du jour de l’admission`: the same day', () => {
    expect(paramsOf("Les prestations 590785 et 590796 ne sont pas cumulables entre elles le jour de la sortie de l'hôpital.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
    expect(paramsOf("Les honoraires de surveillance du jour de l'admission ne peuvent pas être cumulés avec la prestation 590870.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
  });

  it('`au cours d’une même série d’irradiations`: a period', () => {
    expect(paramsOf("Au cours d'une même série d'irradiations, les prestations 444835 et 444872 ne sont pas cumulables.", 'nonCumulation')).toMatchObject({ scope: 'samePeriod' });
  });

  it('`ne peuvent jamais être attestées ensemble pour le même membre`: a non-cumulation', () => {
    expect(typesOf('Les prestations 648690 et 648712 ne peuvent jamais être attestées ensemble pour le même membre.')).toContain('nonCumulation');
  });

  it('`La motivation … doit se trouver dans le dossier médical`: a duty to document (real set 5, 2003022336)', () => {
    expect(typesOf('La justification de la répétition doit se trouver dans le dossier médical du patient.')).toContain('documentation');
  });

  it('`que lorsqu’elles sont dispensées à des bénéficiaires non hospitalisés`: ambulatory', () => {
    expect(paramsOf("Les prestations 533105 et 533120 ne sont remboursées que lorsqu'elles sont effectuées chez des patients non hospitalisés.", 'setting')).toMatchObject({ setting: 'ambulatory' });
  });
});

describe('round 37: the codes a rule governs', () => {
  const decree = (...lines: string[]) => rulesOfText(['---', 'number: 2016022107', '---', '', ...lines].join('\n'));

  it('`la prestation X est suivie des règles d’application suivantes : "Cette prestation …"`: X', () => {
    const rules = decree(
      "**Article 1er.** A l'article 20 de l'annexe, les modifications suivantes sont apportées :",
      '',
      'A. la prestation 471903 - 471914 est suivie des règles d\'application suivantes :',
      '',
      "\" Cette prestation ne peut être portée en compte qu'une fois par période de douze mois. \"",
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '471903-471914']]);
  });

  it('`ces honoraires`, `chacun de ces suppléments`: the prestations above', () => {
    const rules = decree(
      "**Article 1er.** A l'article 25 de l'annexe, les prestations suivantes sont insérées :",
      '',
      '" 598721 Honoraires de surveillance, premier jour N 20',
      '',
      '598743 Honoraires de surveillance, jours suivants N 10',
      '',
      "Par journée d'hospitalisation, il n'est porté en compte qu'un seul de ces honoraires. \"",
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '598721 598743']]);
  });
});
