import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { anaphorOf } from '../../src/extract/rules/refs.js';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 62 (scored blind first: test/rules/gold-synthetic/round62/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 62 (tuned)', () => {
  it('`Un seul de ces deux examens …`, `Aucune de ces analyses …`: the prestations before, as the subject', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 17 de l'annexe, les prestations suivantes sont insérées :",
        '',
        '" 471015-471026',
        '',
        'Echographie du pied, premier examen . . . . . N 40',
        '',
        '471030-471041',
        '',
        'Echographie du pied, examen de contrôle . . . . . N 30',
        '',
        'Un seul de ces deux examens peut être porté en compte par semaine. "',
      ),
    );
    expect(summary(rules)).toEqual([['frequency', '471015-471026 471030-471041']]);
    expect(rules[0].params).toMatchObject({ max: 1, period: { count: 1, unit: 'week' } });
    // (only as the subject of a billing verb: not a condition's examinations, `… que si une échographie et une épreuve
    // d'effort ont été réalisées. Un seul de ces examens peut être effectué par …`, nor `Aucune de ces conditions …`)
    expect(anaphorOf('Un seul de ces examens peut être effectué par un médecin autre que le prescripteur.')).toBeNull();
    expect(anaphorOf('Aucune de ces deux conditions ne peut être remplie plus d’une fois par an.')).toBeNull();
    expect(anaphorOf("Aucun de ces actes n'est remboursé en dehors d'un hôpital.")).toBe('block');
  });

  it('`ne sont, à l’exception de la prestation X, pas cumulables avec …`: a non-cumulation with an aside before its negation', () => {
    expect(typesOf("Les prestations 471015-471026 et 471030-471041 ne sont, à l'exception de la prestation 471052-471063, pas cumulables avec la prestation 471074.")).toContain('nonCumulation');
    expect(typesOf('Les prestations 471015-471026 et 471030-471041 ne sont, par bénéficiaire, jamais cumulables.')).toContain('nonCumulation');
    // (nor counted together: no bar on billing both)
    expect(typesOf('Les séances 471015 ne sont, pour le calcul du nombre maximum de séances, pas cumulables avec les séances 471030.')).not.toContain('nonCumulation');
    // (an aside and no negation: a permission)
    expect(typesOf("Les prestations 471015-471026 sont, à l'exception du dimanche, cumulables avec la prestation 471074.")).not.toContain('nonCumulation');
  });

  it('a percentage written in words, Belgian forms included: `honorés à septante-cinq pour cent`', () => {
    expect(paramsOf('Dans ce cas, les honoraires sont honorés à septante-cinq pour cent de leur valeur.', 'billingPercentage')).toMatchObject({ percentage: 75 });
    expect(paramsOf('La prestation 471015-471026 est remboursée à quatre-vingt-dix pour cent.', 'billingPercentage')).toMatchObject({ percentage: 90 });
    expect(isNormative('La prestation 471015-471026 est remboursée à quatre-vingt-dix pour cent.')).toBe(true);
    expect(paramsOf('La prestation 471015-471026 est remboursée à 12,5 %.', 'billingPercentage')).toMatchObject({ percentage: 12.5 });
  });

  it('who may also bill: `Le médecin agréé au titre de spécialiste en X peut également attester …`, and the verb first', () => {
    for (const s of [
      'Le médecin agréé au titre de médecin spécialiste en rhumatologie peut également attester la prestation 471015-471026.',
      'Peut également attester la prestation 471015-471026, le médecin agréé au titre de médecin spécialiste en rhumatologie.',
    ]) {
      expect(isNormative(s)).toBe(true);
      expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['rhumatologie'], additional: true });
    }
    // (the verb first, but a nurse: no specialist named, no such reading)
    expect(typesOf("Peut également attester la prestation 471015-471026, l'infirmier gradué.")).not.toContain('qualification');
  });

  it('a limit said of who bills, with an adverb: `le logopède peut toutefois attester au maximum quarante de ces séances par année civile`', () => {
    const s = 'Pour les patients visés au 2°, le logopède peut toutefois attester au maximum quarante de ces séances par année civile.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 40, period: { count: 1, unit: 'calendarYear' } });
  });

  it('`Maximum six prestations au cours d’une même année`: a limit that opens on its count, its span after `au cours de`', () => {
    const s = "Maximum six prestations au cours d'une même année.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 6, period: { count: 1, unit: 'year' } });
  });

  it('`avec un maximum de deux bilans par période de six mois`: acts of any noun, over a span of time', () => {
    const label = 'Bilan de la marche, examen de contrôle, avec un maximum de trois bilans par période de douze mois K 20';
    expect(isNormative(label)).toBe(true);
    expect(paramsOf(label, 'frequency')).toMatchObject({ max: 3, period: { count: 12, unit: 'month' } });
    // (units of one act, an amount, patients, a patient's episodes: no limit over time)
    expect(typesOf('Pose de neurostimulateur, avec un maximum de quatre électrodes par intervention')).not.toContain('frequency');
    expect(typesOf('Intervention forfaitaire, avec un maximum de cinquante euros par année')).not.toContain('frequency');
    expect(typesOf('Pour la prestation 471015-471026, le centre accueille un maximum de 25 patients par semaine.')).not.toContain('frequency');
    expect(typesOf('La prestation 471015-471026 est réservée aux patients présentant un maximum de trois épisodes par année.')).not.toContain('frequency');
  });
});
