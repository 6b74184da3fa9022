import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { rulesOfQuote as rulesOfAnnexQuote, rulesOfText, summary, typesOf } from './load.js';

/** Misses of the sixth synthetic blind round (test/rules/gold-synthetic/round6/SCORE-BLIND.txt), and the corpus forms they share. */
const rulesOfQuote = (quote: string) => rulesOfAnnexQuote(quote, "A l'article 25 de l'annexe, l'alinéa 6 est remplacé");
/** A prestation as a quoted annex text defines it: its code line, then its label and value, each a paragraph. */
const defined = (code: string, label: string) => [code, '', label, ''];

describe('the sixth synthetic round’s misses', () => {
  it('the items of a list whose intro names the prestations are rules on those (S18-2; 2009022167, 2008022549)', () => {
    const rules = rulesOfQuote(
      [
        'Pour les prestations 590881, 590903, 590925 et 590936, les règles suivantes sont d\'application :',
        '',
        '1° elles ne sont remboursées que pour les patients qui ne sont pas hospitalisés à l\'issue de leur séjour dans la fonction de soins urgents spécialisés;',
        '',
        '2° les prestations 590881 et 590903 ne peuvent être attestées qu\'une seule fois par journée;',
        '',
        '3° le rapport écrit mentionne l\'heure d\'arrivée du patient et les examens demandés, et il est joint au dossier médical;',
        '',
        '4° elles ne peuvent pas être cumulées avec les consultations, visites et avis de l\'article 2.',
        '',
        'Elles ne sont pas cumulables avec la prestation 590962.',
      ].join('\n'),
    );
    const all = '590881 590903 590925 590936';
    expect(summary(rules)).toEqual([
      ['setting', all],
      ['frequency', '590881 590903'],
      ['documentation', all],
      ['nonCumulation', all],
      // (the list is over; `Elles` is what the item just before was about)
      ['nonCumulation', all],
    ]);
    // before: only the items naming their own codes were rules, the third on the second's codes
  });

  it('an item’s `ces prestations` are the ones the item before named, not the intro’s (round 1, S3-1)', () => {
    const rules = rulesOfQuote(
      [
        'Les règles suivantes s\'appliquent aux prestations 558714-558725, 558751-558762 et 558854-558865 :',
        '',
        '1° les prestations 558714-558725 et 558751-558762 peuvent être attestées au maximum quatre-vingts fois par situation pathologique;',
        '',
        '2° au-delà de ce nombre, ces prestations ne peuvent plus être attestées qu\'avec l\'autorisation du médecin-conseil.',
      ].join('\n'),
    );
    expect(rules.find((r) => r.type === 'priorApproval')?.codes).toEqual([
      ['558714', '558725'],
      ['558751', '558762'],
    ]);
  });

  it('a list whose intro names no code, or that is no rule list, gives its items nothing new (2008022210)', () => {
    const rules = rulesOfQuote(['Cette prestation ne peut être effectuée que dans les conditions suivantes :', '', '1° la demande est motivée par le médecin traitant;'].join('\n'));
    expect(rules.every((r) => r.codes.length === 0)).toBe(true);
  });

  it('`sont uniquement accessibles aux médecins spécialistes en …`, `que par un médecin spécialiste accrédité` say who may bill (S18-2)', () => {
    expect(typesOf("les prestations 590881, 590903, 590925 ou 590936 sont uniquement accessibles aux médecins spécialistes en médecine d'urgence et aux médecins spécialistes en médecine aiguë.")).toEqual(['qualification']);
    expect(typeSentence('les prestations 590903 et 590936 ne peuvent être portées en compte que par un médecin spécialiste accrédité;').find((t) => t.type === 'qualification')?.params).toMatchObject({ specialties: ['médecin spécialiste accrédité'] });
    // (a plain specialist is no qualification of its own)
    expect(typesOf('les prestations 590903 et 590936 ne peuvent être portées en compte que par un médecin spécialiste;')).not.toContain('qualification');
  });

  it('a count over a span of days is a frequency, not also a quantity (S18-4)', () => {
    expect(typeSentence('Au maximum trois dosages sont remboursés par période de sept jours.').map((t) => [t.type, t.params])).toEqual([
      ['frequency', expect.objectContaining({ max: 3, period: { count: 7, unit: 'day' } })],
    ]);
    // (so many per intervention stays a quantity)
    expect(typesOf('Au maximum deux guides peuvent être attestés par intervention.')).toEqual(['quantity']);
  });
});

describe('the sixth synthetic round’s misses: how a rule names its prestations', () => {
  const s18_3 = [
    '103563',
    '',
    'Consultation par un médecin spécialiste en rhumatologie accrédité pour un patient atteint d\'une arthrite inflammatoire chronique . . . . . N 30',
    '',
    'La prestation n\'est octroyée que deux fois par année civile.',
    '',
    ...defined('103574', 'Consultation de suivi par un médecin spécialiste en pédiatrie accrédité pour un patient visé à la prestation 103563 . . . . . N 30'),
    'Cette consultation ne peut être attestée que quatre fois par année civile.',
    '',
    'La prestation 103574 peut être attestée au maximum quatre fois par année civile.',
    '',
    'Elle peut également être attestée par un médecin spécialiste en rhumatologie accrédité.',
    '',
    'Ces deux consultations ne sont pas cumulables entre elles.',
  ].join('\n');

  it('`Cette consultation`, `Ces deux consultations`, and `Elle` after a sentence naming its prestation (S18-3)', () => {
    expect(summary(rulesOfQuote(s18_3))).toEqual([
      ['frequency', '103563'],
      // (`visé à la prestation 103563` in the label above is no subject: `Cette consultation` is 103574)
      ['frequency', '103574'],
      ['frequency', '103574'],
      ['qualification', '103574'],
      // (`Ces deux`: the last two prestations, though the sentence before named one)
      ['nonCumulation', '103563 103574'],
    ]);
  });

  it('a pronoun after a heading that names no prestation is no rule on the prestation above (2002023049, § 3. La prescription.)', () => {
    const rules = rulesOfQuote(
      [
        ...defined('564196', 'Rapport écrit . . . . . M 24'),
        '§ 2. Les prestations définies au paragraphe précédent ne sont remboursées que lorsqu\'elles sont prescrites par un médecin.',
        '',
        '§ 3. La prescription.',
        '',
        '1. Elle doit revêtir la forme d\'un écrit rédigé personnellement par un médecin.',
      ].join('\n'),
    );
    expect(rules.map((r) => r.text.slice(0, 14))).toEqual(['Les prestation']);
  });

  it('the words a decree replaces are not its rules (2011022405, 2012022221)', () => {
    const text = [
      '---',
      'number: 2011022405',
      '---',
      '',
      '**Article 1er.** A l\'article 14 de l\'annexe, dans les règles d\'application qui suivent la prestation 589035-589046, la phrase "Les prestations 589013-589024 et 589035-589046 ne sont pas cumulables avec la prestation 453110-453121." est remplacée par la phrase "Les prestations 589013-589024 et 589035-589046 ne sont pas cumulables avec la prestation 453574-453585.".',
      '',
    ].join('\n');
    const rules = rulesOfText(text);
    expect(rules.map((r) => r.with?.codes)).toEqual([[['453574', '453585']]]);
  });

  it('`Elle` after `La prestation X ne peut … que si une des prestations suivantes …: A, B` is X (S17-4)', () => {
    const rules = rulesOfQuote(
      'La prestation 259862-259873 ne peut être attestée que si une des prestations suivantes a été effectuée durant la même intervention : 259781-259792, 259906-259910, 259210-259221. Elle est cumulable à 50 % avec ces prestations.',
    );
    expect(rules.find((r) => r.type === 'billingPercentage')?.codes).toEqual([['259862', '259873']]);
  });

  it('`Seul un médecin spécialiste en … peut effectuer et attester`, a decision of a multidisciplinary consultation (S18-5, 2021030868)', () => {
    expect(isNormative('Seul un médecin spécialiste en anatomie pathologique peut effectuer et attester les prestations 589945-589956 et 589960-589971.')).toBe(true);
    expect(typesOf('Seul un médecin spécialiste en anatomie pathologique peut effectuer et attester les prestations 589945-589956 et 589960-589971, et uniquement lorsque la demande résulte d\'une concertation oncologique multidisciplinaire consacrée au patient.')).toEqual(['qualification', 'priorApproval']);
    expect(typeSentence("La prestation 589875 - 589886 ne peut être effectuée et portée en compte que par un médecin spécialiste en anatomie pathologique sur base d'une décision prise lors d'une concertation oncologique multidisciplinaire au sujet du patient à traiter.").find((t) => t.type === 'priorApproval')?.params).toEqual({ by: 'multidisciplinaryConsultation' });
  });
});

describe('second reading of the sixth round’s fixes', () => {
  it('`ces deux …` counts prestations or acts, not years (`… au cours de ces deux années civiles`)', () => {
    const rules = rulesOfQuote(
      ['103563', '', 'Consultation A . . . . . N 30', '', '103574', '', 'Consultation B . . . . . N 30', '', '103585', '', 'Consultation C . . . . . N 30', '', 'Ces prestations ne peuvent être attestées qu\'une fois au cours de ces deux années civiles.'].join('\n'),
    );
    expect(rules.find((r) => r.type === 'frequency')?.codes.length).not.toBe(2);
  });

  it('a list intro’s codes are its subject’s, not the party it names', () => {
    const rules = rulesOfQuote(
      ['Pour les prestations 590881 et 590903, qui ne sont pas cumulables avec la prestation 590925, les règles suivantes sont d\'application :', '', '1° elles ne sont remboursées qu\'une fois par jour;', '', '2° le rapport est joint au dossier médical.'].join('\n'),
    );
    expect(rules.filter((r) => !r.text.startsWith('Pour')).map((r) => r.codes)).toEqual([
      [['590881'], ['590903']],
      [['590881'], ['590903']],
    ]);
  });

  it('a numbered intro’s list ends at the next number of its own kind', () => {
    const rules = rulesOfQuote(
      [
        '1. Pour les prestations 590881 et 590903, les règles suivantes sont d\'application :',
        '',
        'a) elles ne sont remboursées qu\'une fois par jour;',
        '',
        '2. La prestation 590925 ne peut être attestée qu\'une fois par an.',
        '',
        '3. Le médecin doit conserver le protocole dans le dossier médical.',
      ].join('\n'),
    );
    expect(rules.find((r) => r.text.startsWith('Le médecin'))?.codes).toEqual([['590925']]);
  });

  it('`Elle` is the subject of the sentence just before, not of one further up', () => {
    const rules = rulesOfQuote(
      ['La prestation 590881 ne peut être attestée qu\'une fois par jour.', '', 'La demande est introduite auprès du médecin-conseil.', '', 'Elle doit être motivée par le médecin traitant.'].join('\n'),
    );
    expect(rules.filter((r) => r.text.startsWith('Elle'))).toEqual([]);
  });

  it('the words replaced in `" en sont supprimés`, `" sont à chaque fois remplacés`, `" et " … " sont remplacés` are no rules', () => {
    const of = (article: string) => {
      const text = `---\nnumber: 2011022405\n---\n\n**Article 1er.** ${article}\n`;
      return rulesOfText(text).map((r) => r.text);
    };
    expect(of('A l\'article 14, les mots "La prestation 589013-589024 n\'est pas cumulable avec la prestation 453110-453121." en sont supprimés.')).toEqual([]);
    expect(of('A l\'article 14, les mots "La prestation 589013-589024 n\'est pas cumulable avec la prestation 453110-453121." sont à chaque fois remplacés par les mots "Aucune règle.".')).toEqual([]);
    expect(of('A l\'article 14, les phrases "La prestation 589013-589024 n\'est pas cumulable avec la prestation 453110-453121." et "La prestation 589035-589046 n\'est pas cumulable avec la prestation 453110-453121." sont remplacées par la phrase "Aucune règle.".')).toEqual([]);
  });
});

describe('the seventh synthetic round’s misses (tuned after its one blind score)', () => {
  it('`les prestations citées au § 1er` are those the text’s § 1er defines (S20-5, 2008022210)', () => {
    const rules = rulesOfQuote(
      [
        '§ 1er. Tests de biologie moléculaire :',
        '',
        ...defined('556916-556920', 'Test A . . . . . B 3000'),
        ...defined('556931-556942', 'Test B . . . . . B 3000'),
        '§ 2. Les prestations citées au § 1er ne sont pas cumulables entre elles.',
        '',
        '§ 3. Pour chacune des prestations citées au § 1er, un rapport est adressé au médecin prescripteur.',
      ].join('\n'),
    );
    expect(summary(rules)).toEqual([
      ['nonCumulation', '556916-556920 556931-556942'],
      ['documentation', '556916-556920 556931-556942'],
    ]);
    // (as the subject only: not in a condition, nor an exception)
    const condition = rulesOfQuote(
      ['§ 1er. Tests :', '', '556916-556920', '', 'Test A . . . . . B 3000', '', '§ 2. Visite :', '', '102011', '', 'Visite . . . . . N 20', '', 'Cette visite ne peut être attestée que si une des prestations du § 1er a été attestée.'].join('\n'),
    );
    expect(condition.map((r) => r.codes)).toEqual([[['102011']]]);
    // (nor part of a reference: `§ 1er, 1° à 2°`, `§ 1er bis`)
    const part = rulesOfQuote(['§ 1er. Tests :', '', '556916-556920', '', 'Test A . . . . . B 3000', '', '§ 1erbis. Autres :', '', '556931-556942', '', 'Test B . . . . . B 3000', '', 'Les prestations visées au § 1er bis ne sont pas cumulables entre elles.'].join('\n'));
    expect(part.map((r) => r.codes)).not.toEqual([[['556916', '556920']]]);
    // (a paragraph the text at hand does not hold, `… du § 1er, 7°` of the consolidated annex: left to the context)
    const elsewhere = rulesOfQuote(['123456', '', 'Séance . . . . . M 20', '', '§ 3ter. Les prestations du § 1er, 7°, ne peuvent être attestées qu\'une fois par jour.'].join('\n'));
    expect(elsewhere.map((r) => r.codes)).toEqual([[['123456']]]);
  });

  it('`ne peuvent être attestées que pour des séances effectuées en dehors d’un hôpital` is outside hospital (S16-3); `… d’où il apparaît que les extractions ne peuvent se faire en dehors de l’hôpital` is no setting (seed 004)', () => {
    expect(typesOf("Les prestations du § 1er, 7°, ne peuvent être attestées que pour des séances effectuées en dehors d'un hôpital.")).toContain('setting');
    expect(typesOf("Pour les prestations 317376 - 317380 et 317391 - 317402, un rapport médical est exigé d'où il apparaît que les extractions ne peuvent se faire en dehors de l'hôpital.")).not.toContain('setting');
  });
});

describe('a duty after a rule on the prestation above (round 7, S20-3; 2013022101)', () => {
  it('the requirements listed for `les prestations citées au § 1er` are on those (2008022210, § 5)', () => {
    const rules = rulesOfQuote(
      [
        '§ 1er. Tests :',
        '',
        ...defined('556710-556721', 'Test A . . . . . B 3000'),
        ...defined('556732-556743', 'Test B . . . . . B 3000'),
        'La prestation 556732-556743 ne peut être attestée qu\'une fois par an.',
        '',
        '§ 5. Pour pouvoir porter en compte les prestations citées au § 1er, les exigences suivantes doivent être remplies :',
        '',
        '1. Les prestations doivent être exécutées dans un laboratoire agréé.',
      ].join('\n'),
    );
    expect(rules.find((r) => r.text.includes('laboratoire agréé'))?.codes).toEqual([
      ['556710', '556721'],
      ['556732', '556743'],
    ]);
  });

  it('`A la demande est jointe une prescription …` after `Les séances … ne sont remboursées que moyennant l’accord …` under the prestation', () => {
    const rules = rulesOfQuote(
      [
        ...defined('709450-709461', 'Séance individuelle de traitement logopédique de la déglutition . . . . . R 47'),
        'Les séances de traitement ne sont remboursées que moyennant l\'accord préalable du médecin-conseil.',
        '',
        'A la demande est jointe une prescription médicale établie par un médecin spécialiste en neurologie.',
      ].join('\n'),
    );
    expect(summary(rules)).toEqual([
      ['priorApproval', '709450-709461'],
      ['documentation', '709450-709461'],
    ]);
  });
});

describe('examinations are no anaphor (second reading of 743a40d)', () => {
  it('`Les résultats de ces examens …` after a condition naming examinations is not put on the prestations; nor `Ces tests de langage …`', () => {
    const rules = rulesOfQuote(
      [
        ...defined('101010', 'Consultation A . . . . . N 30'),
        ...defined('101032', 'Consultation B . . . . . N 30'),
        'La consultation n\'est remboursée que si une échographie et une scintigraphie ont été réalisées au cours du mois précédent.',
        '',
        'Les résultats de ces examens sont conservés dans le dossier médical.',
      ].join('\n'),
    );
    expect(rules.find((r) => r.text.startsWith('Les résultats'))?.codes ?? []).not.toEqual([['101010'], ['101032']]);
    expect(rulesOfQuote('Ces tests de langage et ces tests de QI doivent figurer dans une liste limitative approuvée par la Commission.')).toEqual([]);
  });
});

describe('limits, approvals, places and duties in other words (round 7, S19-5)', () => {
  it('`qu’à raison de deux paires par période de six mois`, `que tous les deux ans`', () => {
    expect(typeSentence("Les bas de compression médicale 641270 et 641292 ne peuvent être délivrés qu'à raison de deux paires par période de six mois.").find((t) => t.type === 'frequency')?.params).toMatchObject({ max: 2, period: { count: 6, unit: 'month' } });
    expect(typeSentence('Le renouvellement des chaussures orthopédiques 651151 et 651173 ne peut intervenir que tous les deux ans.').find((t) => t.type === 'frequency')?.params).toMatchObject({ max: 1, period: { count: 2, unit: 'year' } });
    // (a share of the fee, a rate of pay, a list of days are no limit)
    expect(typesOf('La prestation 641270 est remboursée à raison de 50 % de sa valeur.')).not.toContain('frequency');
    expect(typesOf('Le forfait 641270 est payé à raison de 30 euros par jour.')).not.toContain('frequency');
    expect(typesOf('La prestation 641270 peut être attestée le dimanche ainsi que tous les jours fériés.')).not.toContain('frequency');
    expect(typesOf("La prestation 641270 n'est remboursée qu'à condition que tous les mois un rapport soit transmis.")).not.toContain('frequency');
  });

  it('`qu’après approbation par le médecin-conseil`, `jamais remboursées au bénéficiaire hospitalisé`, `conserve une copie de la prescription … pendant cinq ans`', () => {
    expect(typeSentence("Les prestations visées au § 1er ne sont remboursées qu'après approbation par le médecin-conseil.").find((t) => t.type === 'priorApproval')?.params).toEqual({ by: 'advisingPhysician' });
    expect(typeSentence('Les prestations 697141 et 697163 ne sont jamais remboursées au bénéficiaire hospitalisé.').find((t) => t.type === 'setting')?.params).toEqual({ setting: 'ambulatory' });
    expect(typesOf("Le prothésiste conserve une copie de la prescription, du devis et de l'approbation pendant cinq ans.")).toEqual(['documentation']);
    // (a negated place is none: `que si le patient n'a pas été traité en dehors de l'hôpital`)
    expect(typesOf("La prestation 697141 ne peut être attestée que si le patient n'a pas été traité en dehors de l'hôpital.")).not.toContain('setting');
    // (keeping a device is no documentation)
    expect(typesOf('Le bandagiste conserve la prothèse pendant deux mois.')).not.toContain('documentation');
  });
});
