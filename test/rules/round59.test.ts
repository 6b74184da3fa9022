import { describe, expect, it } from 'vitest';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 59 (scored blind first: test/rules/gold-synthetic/round59/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
/** A decree inserting a `§ 9bis` of two prestations (1° and 2°), then `rules`, each a paragraph of the quote. */
const paragraph = (...rules: string[]) =>
  rulesOfText(
    decree(
      "**Article 1er.** Dans l'article 7 de l'annexe, il est inséré un § 9bis, rédigé comme suit :",
      '',
      '" § 9bis. Rééducation de la déglutition.',
      '',
      '1° Au cabinet :',
      '',
      '771013 Séance individuelle de rééducation . . . . . M 20',
      '',
      '2° Au domicile :',
      '',
      '771035 Séance individuelle de rééducation à domicile . . . . . M 24',
      '',
      ...rules.flatMap((r) => [r, '']),
      'Fin du paragraphe. "',
    ),
  );

/** A decree inserting a `§ 5` of three prestations (771013, 771035, 771050) on one line each, then `last`, closing the quote. */
const surveillance = (...last: string[]) =>
  rulesOfText(
    decree(
      "**Article 1er.** A l'article 25 de l'annexe, il est inséré un § 5 rédigé comme suit :",
      '',
      '" § 5. 771013 Surveillance, premier jour . . . . . C 20',
      '',
      '771035 Surveillance, jours suivants . . . . . C 15',
      '',
      '771050 Supplément de nuit . . . . . C 5',
      '',
      ...last,
    ),
  );

describe('misses of round 59 (tuned): limits in other words', () => {
  it('`… n\'est attestable qu\'à une seule reprise`, `qu\'à deux reprises`: times said as occasions', () => {
    expect(paramsOf("Au cours d'une même séance, la prestation 771013-771024 n'est attestable qu'à une seule reprise.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' } });
    expect(paramsOf("La prestation 771013-771024 n'est remboursée qu'à trois reprises par année civile.", 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
    // (a patient's history is no limit)
    expect(paramsOf("La prestation 771013-771024 est réservée aux patients ayant chuté à deux reprises au cours d'une année.", 'frequency')).toBeUndefined();
  });

  it('`Par jour, une seule séance de X est remboursée`: one thing named by its noun, over the span', () => {
    expect(paramsOf("Pendant une même semaine, une seule séance de relaxation est remboursée.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'week' } });
    expect(paramsOf('Si une seule séance est attestée, le supplément est dû.', 'frequency')).toBeUndefined();
  });

  it('`Deux frottis de contrôle au plus peuvent être portés en compte au cours d\'une période de 24 mois`: so many of any thing, over a span of time', () => {
    expect(paramsOf("Deux frottis de contrôle au plus peuvent être portés en compte au cours d'une période de 24 mois.", 'frequency')).toMatchObject({ max: 2, period: { count: 24, unit: 'month' } });
    // (units of one act, not a frequency)
    expect(paramsOf('Quatre vis au plus peuvent être portées en compte par intervention.', 'frequency')).toBeUndefined();
  });

  it('`Une deuxième séance le même jour peut être attestée lorsque …`: that many in the span, at most', () => {
    expect(paramsOf("Une deuxième séance peut être attestée le même jour lorsque l'état du patient le justifie.", 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'day' } });
    expect(paramsOf('Une troisième consultation par semaine peut exceptionnellement être remboursée.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'week' } });
  });

  it('`… est fixée forfaitairement à K 60`: a flat fee', () => {
    expect(paramsOf('Le montant total des tests effectués le même jour est fixé forfaitairement à K 60.', 'flatFee')).toEqual({});
  });
});

describe('misses of round 59 (tuned): non-cumulation, duties and places in other words', () => {
  it('`Elles ne sont pas davantage cumulables avec …`, `… et ne peuvent, le même jour, être cumulées avec …`', () => {
    expect(paramsOf("Elles ne sont pas davantage cumulables avec les visites de l'article 2.", 'nonCumulation')).toBeDefined();
    expect(paramsOf("La prestation 771013-771024 n'est remboursée qu'une fois par jour et ne peut, au cours de la même séance, être cumulée avec la prestation 771035-771046.", 'nonCumulation')).toMatchObject({ scope: 'sameSession' });
  });

  it('`… consigne … dans le carnet de …`: a record kept in the patient\'s booklet', () => {
    expect(paramsOf("Le kinésithérapeute inscrit chaque séance dans le carnet de rééducation du bénéficiaire.", 'documentation')).toMatchObject({ keptInFile: true });
  });

  it('`… ne peut être attestée pendant la durée de l\'hospitalisation de …`, `… que pendant le séjour … dans le service K`', () => {
    expect(paramsOf("Aucune de ces séances ne peut être attestée pendant la durée de l'hospitalisation du patient.", 'setting')).toEqual({ setting: 'outsideHospital' });
    expect(paramsOf('Les prestations 771013 à 771050 ne peuvent être attestées que pendant le séjour du patient dans le service Sp.', 'setting')).toEqual({ setting: 'hospitalised' });
  });
});

describe('misses of round 59 (tuned): which prestations a rule is about', () => {
  it('`… que sur prescription … . Le kinésithérapeute conserve cette prescription …`: the prestations of the rule just before', () => {
    const rules = paragraph("3° Les prestations visées au 1° et au 2° ne sont remboursées que sur prescription d'un médecin. Le kinésithérapeute garde cette prescription dans le dossier du bénéficiaire.");
    expect(summary(rules)).toEqual([
      ['documentation', '771013 771035'],
      ['documentation', '771013 771035'],
    ]);
  });

  it('a rule that names no prestation, after other rules in a `§` paragraph of the quote: the prestations the paragraph defines above it', () => {
    const rules = paragraph('3° Les prestations visées au 2° ne sont pas cumulables le même jour avec les prestations visées au 1°.', "4° Une deuxième séance peut être attestée le même jour en cas d'aggravation.");
    expect(summary(rules)).toEqual([
      ['nonCumulation', '771035'],
      ['frequency', '771013 771035'],
    ]);
  });

  it('`A l\'exception de la prestation X, les prestations A à B …`: the range but X', () => {
    const rules = surveillance(
      "2° A l'exception de la prestation 771050, les prestations 771013 à 771050 ne sont pas cumulables entre elles. "
      + "La prestation 771013 n'est remboursée qu'une fois, à l'exception de la prestation 771050 qui peut l'être chaque nuit. \"",
    );
    expect(summary(rules).filter(([t]) => t === 'nonCumulation')).toEqual([['nonCumulation', '771013 771035']]);
  });

  it('`Pour chacune des trois prestations qui précèdent, …`: the last three', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 20 de l'annexe, sont insérées les prestations suivantes :",
        '',
        '" 771013-771024 Manométrie . . . . . K 40',
        '',
        '771035-771046 pH-métrie . . . . . K 50',
        '',
        '771050-771061 Impédancemétrie . . . . . K 60',
        '',
        '771072-771083 Manométrie haute résolution . . . . . K 70',
        '',
        'Pour chacune des trois prestations qui précèdent, le protocole est conservé dans le dossier du patient. "',
      ),
    );
    expect(summary(rules)).toEqual([['documentation', '771035-771046 771050-771061 771072-771083']]);
  });
});

/** A second reader's counter-examples to the changes above (each misread on a178327, the first version of them). */
describe('round 59: the second reader\'s counter-examples', () => {
  it('a second act denied, paid at a rate, or for another patient is no limit of two', () => {
    expect(typesOf('Une deuxième séance ne peut être attestée au cours de la même journée.')).not.toContain('frequency');
    expect(typesOf("Une deuxième prestation de suivi ne peut être attestée qu'après un délai de six mois.")).not.toContain('frequency');
    expect(typesOf('Une deuxième consultation peut être attestée à 50 % de sa valeur au cours de la même séance.')).toEqual(['billingPercentage']);
    expect(typesOf('Une deuxième visite peut être attestée le même jour pour un autre bénéficiaire du même ménage.')).not.toContain('frequency');
  });

  it('one thing paid whole, the others at a rate, or one trip for several patients, is no limit of one', () => {
    expect(typesOf('Au cours d\'une même séance, un seul examen est remboursé à 100 %, les examens suivants étant remboursés à 50 %.')).not.toContain('frequency');
    expect(typesOf("Au cours d'une même journée, un seul déplacement est remboursé lorsque plusieurs bénéficiaires sont soignés au même domicile.")).not.toContain('frequency');
  });

  it('`qu\'à une seule reprise` of an approval renewed, a treatment prolonged, or in a condition, is no limit', () => {
    expect(typesOf("L'accord du médecin-conseil n'est renouvelable qu'à une seule reprise pour une période maximale de six mois.")).not.toContain('frequency');
    expect(typesOf("Le traitement ne peut être prolongé qu'à une seule reprise, pour une nouvelle période de douze mois au maximum.")).not.toContain('frequency');
    expect(typesOf("Lorsque la prestation 771013 n'a été attestée qu'à une seule reprise au cours de l'année civile, la prestation 771035 peut être attestée.")).not.toContain('frequency');
  });

  it('a length of time is no count, a flat fee in a condition no rule, a home-care service no ward, a restriction within the stay no setting', () => {
    expect(typesOf('Les prestations effectuées dans un délai de 30 jours au plus sont remboursées au cours d\'une période de 12 mois.')).not.toContain('frequency');
    expect(typesOf("Lorsque les honoraires sont fixés forfaitairement, les suppléments prévus à l'article 25 ne sont pas dus.")).not.toContain('flatFee');
    expect(typesOf("Les prestations de l'article 8 ne peuvent être attestées que pendant le séjour du bénéficiaire dans un service de soins infirmiers à domicile agréé.")).not.toContain('setting');
    expect(typesOf("Le supplément ne peut être porté en compte pendant la durée de l'hospitalisation que si le bénéficiaire est admis dans un service Sp.")).not.toContain('setting');
    expect(typesOf("La prestation 771013 ne peut être attestée pendant la durée de l'hospitalisation qu'une seule fois.")).not.toContain('setting');
  });

  it('`Ces deux prestations … cette prescription …`: the subject first; the document, the rule that asked for it', () => {
    const rules = paragraph("3° Les prestations 771013 et 771035 ne sont remboursées que sur prescription d'un médecin spécialiste. La prestation 771035 n'est remboursée qu'une fois par jour. Ces deux prestations ne sont remboursées que si cette prescription mentionne le diagnostic.");
    expect(summary(rules).at(-1)).toEqual(['documentation', '771013 771035']);
    const kept = paragraph("3° Les prestations 771013 et 771035 ne sont remboursées que sur prescription d'un médecin spécialiste. La prestation 771035 n'est remboursée qu'une fois par jour. Le logopède conserve cette prescription dans son dossier.");
    expect(summary(kept).at(-1)).toEqual(['documentation', '771013 771035']);
  });

  it('a rule on another article\'s acts takes no prestation of the quoted paragraph', () => {
    const rules = paragraph('3° Les prestations visées au 2° ne sont pas cumulables le même jour avec les prestations visées au 1°.', "4° Les consultations de l'article 2 ne peuvent pas être attestées au cours de la même journée qu'une séance de rééducation.");
    expect(rules.at(-1)?.codes).toEqual([]);
  });

  it('an exception of a case, not of prestations, drops none of them', () => {
    const rules = surveillance(
      "A l'exception du cas où la prestation 771013 est effectuée au service des urgences, les prestations 771013 et 771035 ne sont pas cumulables avec la prestation 771050. \"",
    );
    expect(summary(rules)).toEqual([['nonCumulation', '771013 771035']]);
  });
});
