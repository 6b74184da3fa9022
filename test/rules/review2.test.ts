import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { extractIndicationsWithSpans } from '../../src/extract/indications/index.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { decree, rulesOfText, summary, typesOf as types } from './load.js';

/** What a second reader of the night's rule work (2026-12-05) found wrong in it, each in an example of our own. */
const indicationsOf = (text: string) => {
  const doc = buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(text))));
  return extractIndicationsWithSpans(doc, new DiagnosticSink(doc)).indications;
};

describe('indication lists', () => {
  it('criteria on the patient and sub-headings stay items, even when they sound like rules', () => {
    const text = decree(
      "**Art. 1.** A l'article 18 de l'annexe, la prestation suivante est insérée :",
      '',
      '" 442011-442022 Tomographie par émission de positons N 900',
      '',
      'La prestation 442011-442022 ne peut être attestée que pour les indications suivantes :',
      '',
      "Chez les patients dont l'état requiert une hospitalisation :",
      '',
      'a) bilan d’une tumeur;'.replace('’', "'"),
      '',
      "Patients dont le traitement antérieur n'est pas remboursé par l'assurance;",
      '',
      'b) suivi d’un lymphome. "'.replace('’', "'"),
    );
    expect(rulesOfText(text).filter((r) => /requiert|antérieur/u.test(r.text))).toEqual([]);
    const [list] = indicationsOf(text);
    expect(JSON.stringify(list.items)).toContain('requiert une hospitalisation');
  });

  it('a limit is read once, and not from a line the PDF cut from an item', () => {
    const once = decree(
      "**Art. 1.** A l'article 17 de l'annexe, la prestation suivante est insérée :",
      '',
      '" 471011-471022 Examen de la mémoire N 300',
      '',
      'Cette prestation ne peut être attestée que pour les indications suivantes :',
      '',
      "1. Bilan d'une démence. La prestation (maximum 2 fois par an) doit être précédée d'une IRM.",
      '',
      '2. Suivi d’une épilepsie. "'.replace('’', "'"),
    );
    expect(rulesOfText(once).filter((r) => r.type === 'frequency')).toHaveLength(1);
    const cut = decree(
      "**Art. 1.** A l'article 17 de l'annexe, la prestation suivante est insérée :",
      '',
      '" 471033-471044 Biopsie rénale N 300',
      '',
      'Cette prestation ne peut être attestée que dans les situations suivantes :',
      '',
      '1. Patient transplanté ayant présenté',
      '',
      'au maximum deux fois un rejet aigu par an;',
      '',
      '2. Protéinurie persistante. "',
    );
    expect(rulesOfText(cut).filter((r) => r.type === 'frequency')).toEqual([]);
  });
});

describe('relations', () => {
  it('`dans les trente jours qui suivent la prestation X` in a duty is no other party', () => {
    const text = decree(
      "**Art. 1.** A l'article 18 de l'annexe, les prestations suivantes sont insérées :",
      '',
      '" 442011-442022 Scintigraphie N 200',
      '',
      '442033-442044 Scintigraphie de contrôle N 150',
      '',
      'Un rapport doit être transmis au médecin-conseil dans les trente jours qui suivent la prestation 442011-442022. "',
    );
    expect(summary(rulesOfText(text).filter((r) => r.type === 'documentation'))).toEqual([['documentation', '442011-442022']]);
  });

  it('`pendant les six mois qui suivent l’accouchement` is a span, not a non-cumulation', () => {
    expect(types("La prestation 423010 n'est pas remboursée pendant les six mois qui suivent l'accouchement.")).not.toContain('nonCumulation');
  });
});

describe('forms too broad, or never tried', () => {
  it('accented participles end where their word ends', () => {
    expect(types("L'examen est réalisé par un médecin spécialiste en radiologie et ne peut être prescrit que par un médecin spécialiste en cardiologie.")).toContain('qualification');
    expect(isNormative("Un seul de ces deux examens est remboursé lors d'une même séance.")).toBe(true);
  });

  it('no documentation duty in a physician taking something into account, a duty of secrecy, a request by someone', () => {
    for (const s of [
      'Le médecin-conseil tient compte des éléments figurant dans le dossier médical.',
      'Le médecin qui consulte ce dossier est tenu au secret professionnel.',
      'Une nouvelle séance est justifiée à la demande du médecin traitant.',
      'Le Collège garde la possibilité de revoir à tout moment les conditions de remboursement fixées dans le protocole.',
    ])
      expect(isNormative(s)).toBe(false);
  });

  it('no quantity of surgeons or euros; a pronoun that `comporte` something is no fee', () => {
    expect(types('Par intervention, un seul chirurgien peut attester la prestation 123456.')).not.toContain('quantity');
    expect(types('Le montant remboursé ne peut dépasser 500 euros par bénéficiaire.')).not.toContain('quantity');
    expect(types("Elle comporte l'identification du bénéficiaire et le diagnostic.")).not.toContain('coverage');
  });

  it('a condition clause after `;` is no second limit; `motivée dans le dossier` is tried; `au cours de la vie` alone', () => {
    const s = "La prestation est remboursée au maximum une fois par an; elle n'est remboursée que si le patient a présenté au maximum deux crises par mois.";
    expect(typeSentence(s).filter((t) => t.type === 'frequency')).toHaveLength(1);
    expect(isNormative('La prolongation est motivée dans le dossier médical.')).toBe(true);
    expect(typeSentence("Le remboursement n'est accordé que deux fois au cours de la vie.").find((t) => t.type === 'frequency')?.params).toMatchObject({ max: 2, period: { unit: 'lifetime' } });
  });
});
