import { describe, expect, it } from 'vitest';
import { readLocator } from '../../src/extract/rules/locators.js';
import { isNormative } from '../../src/extract/rules/normative.js';
import { decree, paramsOf, rulesOfText, summary, typeSentenceLimits, typesOf } from './load.js';

/**
 * Misses of synthetic round 90 (scored blind first: test/rules/gold-synthetic/round90/SCORE-BLIND.txt) whose form a real
 * decree writes too, each written here in words of our own.
 */
describe('misses of round 90 (tuned)', () => {
  it('a span of time opening the sentence with `Au cours des … mois qui suivent` is the limit\'s, not a session said in the next clause', () => {
    expect(typeSentenceLimits('Au cours des six mois qui suivent la pose de l\'implant, la prestation 221012 - 221023 n\'est attestable que trois fois.')).toEqual([[3, { count: 6, unit: 'month' }]]);
    expect(typeSentenceLimits('Par période de douze mois, la prestation 221012 - 221023 n\'est remboursée que deux fois et n\'est pas cumulable, au cours d\'une même séance, avec la prestation 221034 - 221045.')).toEqual([[2, { count: 12, unit: 'month' }]]);
    // (and a span after the count stops at the clause of another rule)
    expect(typeSentenceLimits('La prestation 221012 - 221023 n\'est attestée qu\'une fois par année civile et n\'est jamais cumulée, au cours d\'une même séance, avec la prestation 221034 - 221045.')).toEqual([[1, { count: 1, unit: 'calendarYear' }]]);
  });

  it('`jusqu\'à concurrence de N séances par période …` is a count of acts over a span (not an amount)', () => {
    const s = 'Les prestations 221012 et 221034 sont remboursées jusqu\'à concurrence de douze séances par période de six mois.';
    expect(isNormative(s)).toBe(true);
    expect(typeSentenceLimits(s)).toEqual([[12, { count: 6, unit: 'month' }]]);
    expect(typeSentenceLimits('La prestation 221012 est remboursée jusqu\'à concurrence de 100 euros par année civile.')).toEqual([]);
  });

  it('`Au maximum N <things> (prestation X) sont remboursables par intervention` is a rule', () => {
    const s = 'Au maximum quatre électrodes supplémentaires (prestation 221012 - 221023) sont remboursables par intervention.';
    expect(isNormative(s)).toBe(true);
    expect(typesOf(s)).toEqual(['quantity']);
  });

  it('a count over a span in a label, `…, une fois par période de 24 mois`, is a limit; a rhythm of care is not', () => {
    expect(isNormative('Gouttière de contention provisoire, une fois par période de 24 mois')).toBe(true);
    expect(isNormative('Soins d\'hygiène au domicile, deux fois par jour')).toBe(false);
  });

  it('a provider writing into the patient\'s sheet, or joining anything to their own report, documents', () => {
    expect(typesOf('Le kinésithérapeute note sur la fiche de traitement la date et la durée de chaque séance.')).toEqual(['documentation']);
    expect(typesOf('Le médecin qui réalise l\'épreuve joint les tracés obtenus à son rapport.')).toEqual(['documentation']);
  });

  it('only during the hospital stay, or only for a patient not yet admitted: the setting', () => {
    expect(paramsOf('Ce supplément n\'est attestable que pendant le séjour hospitalier du nouveau-né.', 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf('Cette évaluation ne peut être attestée que pour un bénéficiaire qui n\'est pas encore hospitalisé.', 'setting')).toEqual({ setting: 'ambulatory' });
  });

  it('acts of any name placed by their paragraph and point, `Les endoscopies visées au § 1er, 4°`; not people so placed', () => {
    expect(readLocator('Les endoscopies visées au § 1er, 4°')).not.toBeNull();
    expect(readLocator('Les bénéficiaires visés au § 2, b)')).toBeNull();
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 20, § 1er, de l'annexe, le point 4° suivant est inséré :",
        '',
        '" 4° Explorations digestives',
        '',
        '221012 - 221023',
        '',
        'Gastroscopie diagnostique N 110',
        '',
        '221034 - 221045',
        '',
        'Coloscopie diagnostique N 200 "',
        '',
        "**Art. 2.** A l'article 20 de l'annexe, le § 10 suivant est inséré :",
        '',
        '" § 10. Les explorations visées au § 1er, 4°, ne sont honorées que si elles sont effectuées par un médecin spécialiste en gastro-entérologie. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '221012-221023 221034-221045']]);
  });

  it('a subject naming acts by their noun and complement, their labels\' adjectives left out, or by the thing one label bills', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 2 de l'annexe, les prestations suivantes sont insérées :",
        '',
        '" 221012',
        '',
        'Première évaluation gériatrique globale, avec rapport C 40',
        '',
        '221034',
        '',
        'Evaluation gériatrique de contrôle, avec mise à jour du rapport C 25',
        '',
        '221056',
        '',
        'Supplément pour la rédaction d\'un plan de soins à domicile C 8',
        '',
        'Les évaluations de contrôle sont limitées à deux par année civile.',
        '',
        'Le plan de soins à domicile ne peut être porté en compte qu\'une fois par période de six mois. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([
      ['frequency', '221034'],
      ['frequency', '221056'],
    ]);
  });

  it('`Au maximum N séances de <act of two words>` after the rules of another prestation: the prestations labelled so', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 14 de l'annexe, les prestations suivantes sont insérées :",
        '',
        '" 221012 - 221023',
        '',
        'Ablation endoscopique par laser d\'une lésion vésicale K 180',
        '',
        '221034 - 221045',
        '',
        'Ablation endoscopique par électrocoagulation d\'une lésion vésicale K 160',
        '',
        '221056 - 221060',
        '',
        'Cystoscopie de contrôle K 40',
        '',
        'La prestation 221056 - 221060 n\'est pas cumulable avec la prestation 221012 - 221023.',
        '',
        'Au maximum trois séances d\'ablation endoscopique peuvent être portées en compte par période de 12 mois. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '221012-221023 221034-221045']]);
  });

  it('`cette prestation` after a sentence that says which number the act is billed under: that number', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 17 de l'annexe, le § 4 est remplacé par ce qui suit :",
        '',
        '" § 4. Lorsque l\'échographie de la prestation 221012 - 221023 est refaite le même jour chez un patient instable, elle est portée en compte sous le numéro 221034 - 221045. Dans ce cas, cette prestation ne peut être attestée que deux fois par jour. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '221034-221045']]);
  });

  it('a second percentage in a clause of its own on the same prestation, `…; elle est honorée à N % si …`', () => {
    const s = "Si le patient décède avant la pose de la prothèse, la prestation 221012 - 221023 est honorée à 30 % de sa valeur; elle est honorée à 70 % si la prothèse était prête à être posée.";
    expect(typesOf(s)).toEqual(['billingPercentage', 'billingPercentage']);
  });

  it('paid only if the provider hands documents over to the insurer, listed after a colon or named: documentation', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 6 de l'annexe, l'alinéa suivant est inséré :",
        '',
        '" Le remboursement des prestations 221012 - 221023 et 221034 - 221045 n\'est accordé que si le dentiste remet à l\'organisme assureur :',
        '',
        'a) l\'attestation de soins donnés, signée par le dentiste;',
        '',
        'b) le formulaire de demande, dûment complété. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'documentation'))).toEqual([['documentation', '221012-221023 221034-221045']]);
    expect(typesOf("La prestation 221012 n'est remboursée que si le médecin transmet au médecin-conseil le rapport de l'examen.")).toContain('documentation');
  });
});
