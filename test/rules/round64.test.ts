import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { unquotedPayloads } from '../../src/extract/amendments/index.js';
import { extractRules } from '../../src/extract/rules/index.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { loadDoc, paramsOf, rulesOfQuote, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 64 (scored blind first: test/rules/gold-synthetic/round64/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 64 (tuned): sentence forms', () => {
  it('`une prescription … est requise`: a document without which it is not paid (not an approval, not a denial)', () => {
    for (const s of ['Pour ces séances une prescription du médecin traitant est requise.', 'Un rapport écrit du spécialiste est toujours requis avant la deuxième série.']) {
      expect(isNormative(s)).toBe(true);
      expect(paramsOf(s, 'documentation')).toMatchObject({ prerequisite: true });
    }
    expect(typesOf("Une prescription n'est pas requise pour la prestation 471015-471026.")).not.toContain('documentation');
    expect(typesOf("L'accord du médecin-conseil est requis pour la prestation 471015-471026.")).toEqual(['priorApproval']);
  });

  it('`une seule fois par nouveau-né`: once in the newborn’s life, as `par bénéficiaire`', () => {
    expect(paramsOf("Le test de dépistage 471015 n'est attesté qu'une seule fois par nouveau-né.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
    // (a count per delivery is no lifetime)
    expect(paramsOf("Le test de dépistage 471015 n'est attesté qu'une seule fois par accouchement.", 'frequency')).toMatchObject({ period: null });
  });

  it('the place after the performer, `…, et uniquement dans un hôpital …`; `que pendant l’hospitalisation`', () => {
    expect(paramsOf("La prestation 471015-471026 ne peut être effectuée que par un médecin spécialiste en cardiologie, et uniquement dans un hôpital disposant d'un service de soins intensifs.", 'setting')).toEqual({ setting: 'hospital' });
    expect(paramsOf("Les prestations 471015 et 471030 ne peuvent être attestées que pendant l'hospitalisation du bénéficiaire.", 'setting')).toEqual({ setting: 'hospitalised' });
    expect(typesOf("La prestation 471015 ne peut être attestée que pendant l'hospitalisation de jour.")).not.toContain('setting');
  });

  it('`Ces prestations impliquent la tenue d’un dossier …`; a provider who keeps a document; a report that goes with the patient', () => {
    expect(typesOf("Ces prestations impliquent la tenue d'un dossier de suivi, qui mentionne les dates des séances.")).toContain('documentation');
    expect(typesOf("La prestation 471015 comprend la tenue du dossier médical.")).not.toContain('documentation');
    expect(typesOf("Le bandagiste conserve la prescription avec la fiche de mesure.")).toContain('documentation');
    expect(typesOf("Le bénéficiaire conserve le droit au remboursement.")).not.toContain('documentation');
    expect(typesOf("En cas de transfert, le rapport écrit accompagne le patient.")).toContain('documentation');
  });

  it('a record whose complement names the prestations it is for (`Le dossier … relatif aux prestations X à Y comporte`): documentation, no coverage', () => {
    const s = 'Le dossier de la patiente relatif aux prestations 471015 à 471030 comporte en outre la date de chaque séance.';
    expect(typesOf(s)).toEqual(['documentation']);
    expect(typesOf('Le dossier de suivi dont il est question dans la prestation 471015 comprend entre autres la date de la naissance.')).not.toContain('coverage');
    // (a fee that covers still does)
    expect(typesOf("Les honoraires de la prestation 471015 couvrent la rédaction du rapport.")).toContain('coverage');
  });

  it('`une seule prestation de ce groupe … tous les deux ans`', () => {
    expect(paramsOf('Par patient, une seule prestation de ce groupe peut être portée en compte tous les deux ans.', 'frequency')).toMatchObject({ max: 1, period: { count: 2, unit: 'year' } });
  });
});

describe('misses of round 64 (tuned): what a rule is about', () => {
  it('a lettered lead-in naming its prestations (`g) Les prestations X et Y :`) gives them to its items', () => {
    const rules = rulesOfQuote(
      ['g) Les prestations 471015 et 471030 :', '', '- ne peuvent être attestées plus de deux fois par semaine;', '', "- ne peuvent être attestées que pendant l'hospitalisation du bénéficiaire."].join('\n'),
    );
    expect(summary(rules)).toEqual([
      ['frequency', '471015 471030'],
      ['setting', '471015 471030'],
    ]);
  });

  it('`Par bénéficiaire, elles …`: a pronoun after a fronted complement stands for the sentence before', () => {
    const rules = rulesOfQuote(
      [
        'Les prestations 471015-471026 et 471030-471041 ne peuvent être portées en compte que dans le cadre du bilan initial.',
        '',
        'Par bénéficiaire, elles ne peuvent pas être attestées plus de deux fois par année civile.',
      ].join('\n'),
    );
    expect(summary(rules).filter(([t]) => t === 'frequency')).toEqual([['frequency', '471015-471026 471030-471041']]);
  });

  it('a range over fixed-width blocks of several prestations: every row between its ends, not each block’s first', () => {
    const text = [
      '---\nnumber: 2099022990\n---\n',
      "**Article 1er.** A l'article 7 de l'annexe, les prestations suivantes sont insérées :",
      '',
      '" I. Au cabinet :',
      '',
      '```',
      '  471015',
      '  Seance individuelle de 30 minutes                          M 20',
      '  471030',
      '  Seance individuelle de 60 minutes                          M 40',
      '```',
      '',
      'II. A domicile :',
      '',
      '```',
      '  471052',
      '  Seance individuelle de 30 minutes                          M 24',
      '  471074',
      '  Seance individuelle de 60 minutes                          M 44',
      '```',
      '',
      'III. En hôpital :',
      '',
      '```',
      '  471096',
      '  Seance individuelle de 30 minutes                          M 18',
      '```',
      '',
      "Au-delà de la quarantième séance par année civile, l'intervention de l'assurance pour les prestations 471015 à 471096 est subordonnée à l'accord du médecin-conseil. \"",
    ].join('\n');
    const approval = rulesOfText(text).find((r) => r.type === 'priorApproval');
    // (both ends open a block here, so the blocks' first codes alone made a range: 471015, 471052, 471096)
    expect(approval?.codes).toEqual([['471015'], ['471030'], ['471052'], ['471074'], ['471096']]);
  });

  it('`Un même sextant …`: each prestation labelled so; `La lithotritie extracorporelle …` over two prestations labelled so: both', () => {
    const sextants = rulesOfQuote(
      ['Détartrage, par sextant :', '', '471015-471026', '', 'Sextant supérieur droit . . . . . L 15', '', '471030-471041', '', 'Sextant supérieur gauche . . . . . L 15', '', "Un même sextant ne donne droit à l'intervention de l'assurance qu'une fois par période de vingt-quatre mois."].join('\n'),
    );
    expect(summary(sextants)).toEqual([['frequency', '471015-471026 471030-471041']]);
    const stones = rulesOfQuote(
      [
        '471015-471026',
        '',
        'Néphrolithotritie extracorporelle par ondes de choc, calcul rénal . . . . . N 300',
        '',
        '471030-471041',
        '',
        "Néphrolithotritie extracorporelle par ondes de choc chez l'enfant, sous anesthésie générale . . . . . N 360",
        '',
        "La néphrolithotritie extracorporelle n'est remboursée que si elle est réalisée dans un hôpital.",
      ].join('\n'),
    );
    expect(summary(stones)).toEqual([['setting', '471015-471026 471030-471041']]);
  });

  it('a rule whose demonstrative stood for a prestation is what the next codeless rule is about', () => {
    const rules = rulesOfQuote(
      [
        '471015-471026',
        '',
        'Première visite postnatale . . . . . V 24',
        '',
        '471030-471041',
        '',
        'Visite postnatale supplémentaire en cas de difficultés . . . . . V 15',
        '',
        'Pour cette prestation une prescription médicale est requise.',
        '',
        "Le motif de la visite supplémentaire est indiqué par l'accoucheuse sur l'attestation de soins.",
      ].join('\n'),
    );
    expect(summary(rules)).toEqual([
      ['documentation', '471030-471041'],
      ['documentation', '471030-471041'],
    ]);
  });

  it('but not a sentence that names its own kind of act (seed 001: `§ 6. Les honoraires pour les prestations de curiethérapie …` after rules on other articles’ prestations)', () => {
    const doc = loadDoc('001');
    const rules = extractRules(doc, new DiagnosticSink(doc), undefined, unquotedPayloads(doc));
    const curie = rules.filter((r) => r.text.startsWith('Les honoraires pour les prestations de curiethérapie'));
    expect(curie.length).toBeGreaterThan(0);
    for (const r of curie) expect(r.codes).toEqual([]);
  });
});

describe("round 64: the second reader's counter-examples (each failed on the change before its fix)", () => {
  it('a required document is the subject of `requis`: not `par rapport à`, not `ne sont requis`, not an approval or a qualification', () => {
    expect(typesOf('Un intervalle minimal de six mois par rapport à la dernière prestation est requis.')).not.toContain('documentation');
    expect(typesOf('Pour ces prestations, ni prescription ni rapport ne sont requis.')).not.toContain('documentation');
    expect(typesOf("Lorsque la prescription porte sur plus de neuf séances, l'accord du médecin-conseil est requis.")).toEqual(['priorApproval']);
    expect(paramsOf('Le rapport est rédigé par le médecin spécialiste dont la qualification est requise pour la prestation 471015.', 'documentation')).toMatchObject({ prerequisite: false });
  });

  it('what is written on the prescription as a condition stays a condition of payment', () => {
    expect(paramsOf('La prestation 471015 n’est remboursée que si le diagnostic est mentionné sur la prescription.', 'documentation')).toMatchObject({ prerequisite: true });
  });

  it('a person who goes with the patient, a treatment `indiquée à la demande d’un médecin`, a patient keeping the prescription: no duty to document', () => {
    expect(typesOf("Le médecin qui a rédigé la prescription accompagne le patient lors du transfert vers l'hôpital.")).not.toContain('documentation');
    expect(typesOf("La prestation 471015 n'est remboursée que si elle est indiquée à la demande d'un médecin spécialiste.")).not.toContain('documentation');
    expect(typesOf('Le bénéficiaire garde la prescription.')).not.toContain('documentation');
  });

  it('a fee after a document in another clause still covers', () => {
    expect(typesOf('Lorsque le dossier est complet les prestations 471015 et 471030 comprennent la visite de contrôle.')).toContain('coverage');
    expect(typesOf('Le médecin rédige un rapport et les honoraires de la prestation 471015 comprennent la visite de contrôle.')).toContain('coverage');
  });

  it('a demonstrative that picked one of the last rule’s codes does not narrow the next rule', () => {
    const rules = rulesOfQuote(
      [
        '471015-471026',
        '',
        'Visite à domicile . . . . . V 20',
        '',
        '471030-471041',
        '',
        'Visite à domicile supplémentaire . . . . . V 15',
        '',
        "Les prestations 471015-471026 et 471030-471041 ne peuvent être attestées que pendant les quatorze jours qui suivent l'accouchement.",
        '',
        "Cette prestation ne peut être attestée qu'une seule fois par jour.",
        '',
        "L'intervention de l'assurance n'est due que si la visite a lieu au domicile de la bénéficiaire.",
      ].join('\n'),
    );
    expect(summary(rules).at(-1)).toEqual(['setting', '471015-471026 471030-471041']);
  });

  it('of two labels a singular subject opens, the one that is its words exactly', () => {
    const rules = rulesOfQuote(
      [
        '471015-471026',
        '',
        'Visite postnatale à domicile . . . . . V 24',
        '',
        '471030-471041',
        '',
        "Visite postnatale à domicile, supplémentaire en cas de difficultés d'allaitement . . . . . V 15",
        '',
        'La prestation 471030-471041 ne peut être attestée que sur prescription.',
        '',
        "La visite postnatale à domicile ne peut être attestée qu'une seule fois par naissance.",
      ].join('\n'),
    );
    expect(summary(rules).at(-1)).toEqual(['frequency', '471015-471026']);
  });
});
