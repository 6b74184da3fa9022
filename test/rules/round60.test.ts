import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 60 (scored blind first: test/rules/gold-synthetic/round60/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
/** A decree inserting the prestation 771013-771024 and a rule on it, then `last`, closing the quote. */
const closure = (last: string) =>
  rulesOfText(
    decree(
      "**Article 1er.** A l'article 34 de l'annexe, la prestation suivante est insérée :",
      '',
      '" 771013-771024',
      '',
      "Fermeture percutanée d'un défaut septal . . . . . K 500",
      '',
      "La prestation 771013-771024 n'est pas cumulable avec la prestation 771035-771046.",
      '',
      last,
    ),
  );

describe('misses of round 60 (tuned): limits, duties and who', () => {
  it('`Le délai de renouvellement des X est de trois ans`: once in that span', () => {
    expect(paramsOf('Le délai de renouvellement des attelles 771013 et 771035 est de quatre ans.', 'frequency')).toMatchObject({ max: 1, period: { count: 4, unit: 'year' } });
    expect(paramsOf("Le délai de renouvellement est d'un an.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'year' } });
  });

  it('`L\'assurance ne rembourse que deux X par jour`: so many over the span (not an amount, a share)', () => {
    expect(paramsOf("L'assurance ne rembourse que trois séances d'entraînement par semaine et par patient.", 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'week' } });
    expect(typesOf("L'assurance ne rembourse que 75 % des honoraires par séance.")).not.toContain('frequency');
  });

  it('`La demande est accompagnée d\'une motivation …`; `… est contresigné par X et conservé dans le dossier`', () => {
    expect(typesOf("La demande de renouvellement est accompagnée d'une motivation détaillée du médecin traitant.")).toContain('documentation');
    expect(paramsOf('Le bilan de départ est signé par le kinésithérapeute et conservé dans le dossier du patient.', 'documentation')).toMatchObject({ keptInFile: true });
  });

  it('`L\'enregistrement est conservé avec son analyse …`: a recording kept is a record (as 2012022357 writes it)', () => {
    expect(paramsOf('Le tracé est conservé avec son interprétation et la question du prescripteur.', 'documentation')).toMatchObject({ keptInFile: true });
    expect(typesOf("L'enregistrement doit durer au moins vingt minutes.")).not.toContain('documentation');
  });

  it('`Les X visées au … ne sont délivrées que par un orthopédiste agréé`: who alone may, a rule sentence', () => {
    expect(isNormative('Les semelles visées au 3° ne sont fournies que par un podologue agréé.')).toBe(true);
    expect(typesOf('Les semelles visées au 3° ne sont fournies que par un podologue agréé.')).toContain('qualification');
  });
});

describe('misses of round 60 (tuned): which prestations a rule is about', () => {
  const decreeWithPoint = (...rules: string[]) =>
    rulesOfText(
      decree(
        "**Article 1er.** A l'article 29 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. au § 1er, G., le point suivant est inséré après le point 2° :',
        '',
        '" 3° Attelles de nuit',
        '',
        '771013 Attelle de nuit du genou . . . . . T 40',
        '',
        '771035 Attelle de nuit de la cheville . . . . . T 30 ";',
        '',
        '2. au § 12, le point B. est remplacé par la disposition suivante :',
        '',
        ...rules.flatMap((r) => [r, '']),
      ),
    );

  it('`les prestations visées au § 1er, G., 3°` where the decree inserted that point into G.: the point\'s prestations', () => {
    const rules = decreeWithPoint("\" B. Les prestations visées au § 1er, G., 3° ne sont remboursées que sur prescription d'un médecin spécialiste en orthopédie. \"");
    expect(summary(rules)).toEqual([['documentation', '771013 771035']]);
  });

  it('`ces prestations` in a later paragraph of the quote, with nothing above it: the quote\'s last rule\'s', () => {
    const rules = decreeWithPoint(
      "\" B. Les prestations visées au § 1er, G., 3° ne sont remboursées que sur prescription d'un médecin spécialiste en orthopédie.",
      'Le bilan établi pour ces prestations est conservé dans le dossier du bénéficiaire. "',
    );
    expect(summary(rules)).toEqual([
      ['documentation', '771013 771035'],
      ['documentation', '771013 771035'],
    ]);
  });

  it('`L\'indication est posée lors d\'une concertation multidisciplinaire …` after a rule: the prestation at hand\'s', () => {
    const rules = closure("L'indication est posée lors d'une concertation multidisciplinaire réunissant au moins un cardiologue et un neurologue. \"");
    expect(summary(rules)).toEqual([
      ['nonCumulation', '771013-771024'],
      ['priorApproval', '771013-771024'],
    ]);
  });
});

/** A second reader's counter-examples to the changes above (each misread on b047b47, their first version). */
describe('round 60: the second reader\'s counter-examples', () => {
  it('a renewal delay in an exception, an approval\'s, or one of several by age, is no limit', () => {
    expect(typesOf("Ce délai de renouvellement est supprimé lorsque la durée d'utilisation de l'orthèse antérieure est de deux ans au moins.")).not.toContain('frequency');
    expect(typesOf("Pour ces prestations, le délai de renouvellement ne s'applique pas lorsque l'âge du bénéficiaire est de 16 ans ou moins.")).not.toContain('frequency');
    expect(typesOf("Le délai de renouvellement de l'accord du médecin-conseil est de douze mois.")).not.toContain('frequency');
    expect(typesOf("Le délai de renouvellement des chaussures orthopédiques est de deux ans pour les bénéficiaires de plus de 18 ans et d'un an pour les autres.")).not.toContain('frequency');
    // (but one for a same limb is the limit)
    expect(paramsOf('Le délai de renouvellement des orthèses 771013 et 771035 est de trois ans pour un même genou.', 'frequency')).toMatchObject({ max: 1, period: { count: 3, unit: 'year' } });
  });

  it('`ne rembourse que N` minutes, litres or units is no count of acts; `ne … que par voie …` is no one who bills', () => {
    expect(typesOf("L'assurance ne rembourse que 30 minutes de monitoring par jour.")).not.toContain('frequency');
    expect(typesOf("L'assurance ne rembourse que 3 litres de solution de dialyse par jour.")).not.toContain('frequency');
    expect(isNormative('Les prestations 229014 et 229025 ne sont effectuées que par voie endoscopique.')).toBe(false);
  });

  it('`qu\'à deux reprises au total`: a limit, `au total` said', () => {
    expect(paramsOf("Par bénéficiaire et par période de 12 mois, ces prestations ne peuvent être attestées qu'à deux reprises au total.", 'frequency')).toMatchObject({ max: 2, period: { count: 12, unit: 'month' } });
  });

  const twoPoints = (...rules: string[]) =>
    rulesOfText(
      decree(
        "**Article 1er.** A l'article 29 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. au § 1er, F., les points suivants sont insérés après le point 3° :',
        '',
        '" 4° Orthèses de nuit',
        '',
        '771013 Orthèse de nuit du genou . . . . . T 40',
        '',
        '771035 Orthèse de nuit de la cheville . . . . . T 30',
        '',
        '5° Orthèses dynamiques',
        '',
        '771050 Orthèse dynamique du poignet . . . . . T 60',
        '',
        '771072 Orthèse dynamique du coude . . . . . T 70 ";',
        '',
        '2. au § 12, le point B. est remplacé par la disposition suivante :',
        '',
        ...rules.flatMap((r) => [r, '']),
      ),
    );

  it('`les prestations visées au § 1er, F., 4°` where the decree inserted 4° and 5°: 4° only', () => {
    expect(summary(twoPoints("\" B. Les prestations visées au § 1er, F., 4° ne sont remboursées que sur prescription d'un médecin. \""))).toEqual([['documentation', '771013 771035']]);
  });

  it('`ces prestations` after rules of the quote on different prestations: all of them; after one nomen could not tie: none', () => {
    const all = twoPoints(
      "\" B. 1° Les prestations visées au § 1er, F., 4° ne sont remboursées que sur prescription d'un médecin.",
      "2° Les prestations visées au § 1er, F., 5° ne sont remboursées que sur prescription d'un médecin spécialiste.",
      '3° Ces prestations ne sont pas cumulables entre elles. "',
    );
    expect(summary(all).at(-1)).toEqual(['nonCumulation', '771013 771035 771050 771072']);
    const none = twoPoints(
      "\" B. Les prestations visées au § 1er, F., 4° ne sont remboursées que sur prescription d'un médecin.",
      "C. Les prestations visées au § 1er, E. ne sont remboursées que sur prescription d'un médecin.",
      "Le renouvellement de ces prestations n'est autorisé qu'après accord du médecin-conseil. \"",
    );
    expect(summary(none).at(-1)).toEqual(['priorApproval', '']);
  });

  it('`L\'indication d\'une X ultérieure est posée …` is another act\'s, not the prestation at hand\'s', () => {
    const rules = closure("L'indication d'une revalidation cardiaque ultérieure est posée lors d'une concertation multidisciplinaire. \"");
    expect(summary(rules)).toEqual([['nonCumulation', '771013-771024']]);
  });
});
