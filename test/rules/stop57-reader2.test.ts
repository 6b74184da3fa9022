import { describe, expect, it } from 'vitest';
import { decree, paramsOf, rulesOfText, typesOf } from './load.js';

/**
 * The second reader of 02e8848, 12ac0bf, 955e2af and 1ef3388 (stop 57): forms those changes misread, in the reader's words, each
 * failing on 1ef3388.
 */

/** The rule types the pipeline reads in one sentence an amending article inserts into the annex. */
const typesIn = (s: string) =>
  rulesOfText(decree("**Article 1er.** A l'article 9 de l'annexe, l'alinéa suivant est inséré :", '', `" ${s} "`)).map((r) => r.type);

describe('r4-57: nonCumulation forms of 12ac0bf', () => {
  it('a count over the span after another act is a limit, not a bar (`ne peut pas être attestée plus de deux fois au cours des … qui suivent …`)', () => {
    const s = 'La prestation 472010 ne peut pas être attestée plus de deux fois au cours des vingt-quatre mois qui suivent la prestation 472032.';
    expect(typesIn(s)).toContain('frequency');
    expect(typesIn(s)).not.toContain('nonCumulation');
  });

  it("a patient's history (`chez un bénéficiaire qui a subi une greffe au cours des douze mois qui précèdent …`) is no bar between two acts", () => {
    const s = 'La prestation 472010 ne peut pas être attestée chez un bénéficiaire qui a subi une greffe au cours des douze mois qui précèdent la prestation 472010.';
    expect(typesIn(s)).not.toContain('nonCumulation');
  });

  it('`ensemble` followed by a count is a combined limit (`ne peuvent pas être portées en compte ensemble plus de quatre fois par an`), not a bar', () => {
    const s = 'Les prestations 472010 et 472032 ne peuvent pas être portées en compte ensemble plus de quatre fois par année civile.';
    expect(typesIn(s)).toContain('frequency');
    expect(typesIn(s)).not.toContain('nonCumulation');
  });

  it('`aucune prestation … en plus de …` made a condition (`que sur prescription`) is not a bar, as BARRED_REST already says', () => {
    const s = 'Aucune prestation de kinésithérapie ne peut être attestée en plus de la prestation 472010 que sur prescription du médecin traitant.';
    expect(typesOf(s)).not.toContain('nonCumulation');
  });
});

describe('r4-57: ONE_SUCH with an adjective (955e2af)', () => {
  it('`Un seul examen <adjectif> est remboursé à 100 p.c.` is a rate, not a limit (as with `%`)', () => {
    expect(paramsOf('Par jour, un seul examen radiographique est remboursé à 100 p.c., les suivants à 50 p.c.', 'frequency')).toBeUndefined();
  });
});

describe('r4-57: setting forms of 1ef3388', () => {
  it("the patient's share not due for a hospitalised patient (`intervention personnelle`, `ticket modérateur`) says nothing of where the act is paid", () => {
    expect(paramsOf("Aucune intervention personnelle n'est due lorsque le bénéficiaire est hospitalisé.", 'setting')).toBeUndefined();
    expect(paramsOf("Le ticket modérateur de la prestation 472010 n'est pas dû lorsque la patiente est hospitalisée.", 'setting')).toBeUndefined();
  });

  it('`aucune … n\'est remboursable lorsque … hospitalisé` inside a condition of another rule is no setting', () => {
    const s = "Si aucune des séances du présent paragraphe n'est remboursable lorsque le bénéficiaire est hospitalisé, le forfait 472010 peut être attesté.";
    expect(typesIn(s)).not.toContain('setting');
  });
});

describe('r4-57: qualification forms of 02e8848', () => {
  it('access to data reserved to the physicians a paragraph names is not who bills', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 33 de l'annexe, les modifications suivantes sont apportées :",
        '',
        '1° la prestation suivante est insérée :',
        '',
        '" 472010 - 472021 Examen génétique . . . . . B 9000',
        '',
        'La consultation du registre des implants est exclusivement réservée aux médecins visés au § 4. "',
      ),
    );
    expect(rules.map((r) => r.type)).not.toContain('qualification');
  });

  it('results `uniquement accessibles aux médecins spécialistes accrédités` are not who bills', () => {
    expect(paramsOf("Les résultats de l'analyse 472010 sont uniquement accessibles aux médecins spécialistes accrédités.", 'qualification')).toBeUndefined();
  });

  it('`réservées aux médecins visés au § 2` in a condition of another rule is no qualification', () => {
    expect(paramsOf('Lorsque ces examens sont exclusivement réservés aux médecins visés au § 4, le supplément 472010 peut être attesté.', 'qualification')).toBeUndefined();
  });
});
