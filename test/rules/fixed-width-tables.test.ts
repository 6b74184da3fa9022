import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { rulesOfText } from './load.js';

/**
 * Fixed-width tables of the annex, as Justel prints them in fenced blocks
 * (real excerpts: 1998022388 art. 9, 1999022423 art. 1, 2002023049 art. 7):
 * ingestion folds their lines, so their entries have no sentence end, and
 * they are printed without accents.
 */
function rulesOf(body: string) {
  return rulesOfText(`---\nnumber: 1998022388\n---\n\n**Article 1er.** A l'article 9 de l'annexe, les modifications suivantes sont apportées :\n\n${body}\n`);
}
const fence = (lines: string[]) => ['```', ...lines, '```'].join('\n');

describe('rules in fixed-width tables', () => {
  it('an entry ends at its value: the rule after it is a rule of its own, on its codes (1998022388)', () => {
    const rules = rulesOf(
      fence([
        '                     § 5. Soins postnatals :',
        '  422354          Surveillance et soins postnatals le jour de',
        "                   l'accouchement                                        V21",
        '                  La prestation 422354 peut être attestee au maximum',
        "                   deux fois le jour de l'accouchement.",
        '  422376          Surveillance et soins postnatals pendant le',
        '                   1er et/ou le 2e et/ou le 3e jour suivant le jour',
        "                   de l'accouchement, par jour                           V35",
        '                  Les prestations 422354 et 422376 ne sont pas cumulables entre elles le',
        '                   meme jour.',
      ]),
    );
    const frequency = rules.find((r) => r.type === 'frequency');
    expect(frequency?.text.startsWith('La prestation 422354 peut être attestee au maximum deux fois')).toBe(true);
    expect(frequency?.codes).toEqual([['422354']]);
    const nonCumulation = rules.find((r) => r.type === 'nonCumulation');
    expect(nonCumulation?.text).toBe('Les prestations 422354 et 422376 ne sont pas cumulables entre elles le meme jour.');
    expect(nonCumulation?.codes).toEqual([['422354'], ['422376']]);
    // no rule reads an entry's label as its text
    expect(rules.filter((r) => r.text.includes('Surveillance et soins postnatals'))).toEqual([]);
  });

  it('a rule written in an entry’s label is read alone (2002022477)', () => {
    const rules = rulesOf(
      fence([
        '  469825 - 469836',
        "  Examen échographique complet de l'enfant né avec une anomalie congénitale, combinant les examens",
        '  libellés sous les numéros 460460 et 460364, non cumulable avec ceux-ci, attestable une fois par',
        "  période d'hospitalisation, avec protocole et extraits                   N 208",
        '  469840 - 469851',
        '  Examen échographique de la hanche                                        N 50',
      ]),
    );
    // (the entry's words are the rule's text, up to its value, not into the next entry; its codes are the entry's own)
    expect(rules.map((r) => [r.type, r.text.slice(0, 16), r.text.slice(-32)])).toEqual([['nonCumulation', '469825 - 469836 ', 'avec protocole et extraits N 208']]);
    expect(rules[0].codes).toEqual([['469825', '469836']]);
    // (`ceux-ci`: the examinations its label names)
    expect(rules[0].with?.codes).toEqual([['460460'], ['460364']]);
  });

  it('a § heading is no part of a rule, and what follows it refers to its own entries (1998022388 § 1-2)', () => {
    const rules = rulesOf(
      fence([
        '                     § 1. Injections :',
        '   (2)     (3)',
        '  421993          Injection                                             V5',
        '                  Pour cette prestation une prescription par un medecin',
        '                   est exigee.',
        '                     § 2. Soins prenatals :',
        '   (2)     (3)',
        '                  a) seances prenatales :',
        "  422030          Premiere seance individuelle d'obstetrique.",
        '                  Cette prestation comporte la constatation eventuelle',
        "                   de la grossesse, l'ouverture du dossier de grossesse,",
        '                   y compris la première seance d\'obstetrique telle',
        "                   qu'elle est decrite dans les prestations",
        '                   422052 et 422074                                      V21',
        "  422052          Seance individuelle d'obstetrique.",
        "                  Cette prestation comporte l'examen obstetrique",
        '                   de la femme enceinte, y compris l\'eventuel monitoring et toutes les autres',
        '                   prestations techniques pouvant être fournies par',
        "                   l'accoucheuse.                                        V15",
        '                  Les prestations 422030 et 422052 sont remboursees',
        '                   au maximum douze fois par grossesse, y compris deux',
        '                   visites a domicile. Les honoraires de ces deux',
        '                   prestations couvrent les frais de deplacement pour',
        '                   les deux visites a domicile.',
      ]),
    );
    expect(rules.map((r) => [r.type, r.codes, r.text.slice(0, 40)])).toEqual([
      ['documentation', [['421993']], 'Pour cette prestation une prescription p'],
      // (what each fee includes, on the prestation above: its label's codes are no subject)
      ['coverage', [['422030']], 'Cette prestation comporte la constatatio'],
      ['coverage', [['422052']], "Cette prestation comporte l'examen obste"],
      ['frequency', [['422030'], ['422052']], 'Les prestations 422030 et 422052 sont re'],
      ['coverage', [['422030'], ['422052']], 'Les honoraires de ces deux prestations c'],
    ]);
    expect(rules[0].text.endsWith('est exigee.')).toBe(true);
  });

  it('after a rule that names its codes, `ces prestations` are those codes, `cette prestation` the one it names', () => {
    const rules = rulesOf(
      fence([
        '  421993          Injection                                             V5',
        "                  La prestation 422030 ne peut être attestée qu'une fois par jour.",
        '                  Pour cette prestation une prescription par un medecin est exigee.',
        '                  Les prestations 422030 et 422052 ne sont pas cumulables entre elles.',
        '                  Ces prestations doivent etre prescrites par un medecin.',
        '                  Pour cette prestation une prescription par un medecin est exigee.',
      ]),
    );
    expect(rules.map((r) => r.codes)).toEqual([[['422030']], [['422030']], [['422030'], ['422052']], [['422030'], ['422052']], [['422030']]]);
  });

  it('a value that ends a line in the middle of a sentence ends no entry (text from a PDF)', () => {
    const rules = rulesOf(
      fence([
        '  422354          Surveillance et soins postnatals, avec un supplement de N 5',
        '                   et ne peuvent être cumulées avec la prestation 422376.',
      ]),
    );
    expect(rules.map((r) => [r.type, r.text.slice(0, 19)])).toEqual([['nonCumulation', '422354 Surveillance']]);
  });

  it('`cette prestation` after an entry is that entry’s prestation', () => {
    const rules = rulesOf(
      fence([
        '                     § 1. Injections :',
        '   (2)     (3)',
        '  421993          Injection                                             V5',
        "                  Cette prestation n'est cumulable le même jour avec aucune autre",
        '                   prestation des articles 8 et 9, a), de la nomenclature.',
        '                  Pour cette prestation une prescription par un medecin est exigee.',
      ]),
    );
    expect(rules.map((r) => r.codes)).toEqual([[['421993']], [['421993']]]);
  });

  it('a table of entries is no rule, whatever its labels say, but for a laboratory maximum (2002023049, 1999022423)', () => {
    const kine = rulesOf(
      fence([
        '   (2)     (3)',
        '  560011          Seance individuelle de kinesitherapie dans',
        "                   laquelle l'apport personnel du kinesitherapeute",
        '                   atteint une durée globale moyenne de 30 minutes              M  24',
        '  560033          Seance individuelle de kinesitherapie dans',
        '                   atteint une durée globale moyenne de 15 minutes              M  10',
        '  560055          Lorsque la seance 560011 ne peut être attestee',
        '                   compte tenu des limitations prevues au # 10 du',
        '                   present article : seance individuelle de',
        "                   kinesitherapie dans laquelle l'apport personnel",
        '                   du kinesitherapeute par beneficiaire atteint une',
        '                   duree globale moyenne de 30 minutes                M  13',
        '  560092          Examen du patient par le kinesitherapeute a titre consultatif M  24',
      ]),
    );
    expect(kine).toEqual([]);
    const lab = rulesOf(
      fence([
        '  " 542371 - 542382',
        "  Test d'absorption du D-Xylose, dosage du D-Xylose                 B  600",
        '  (Maximum 1) Classe 19.',
        '  542415 - 542426',
        '  Determination specifique des acides gras C22 - C26, avec',
        "   identification au moyen d'un spectrometre de masse               B 3000",
        '  (Maximum 1) (Regle de cumul 67) (Regle diagnostique 59)',
        '   Classe 30. ".',
      ]),
    );
    // an entry that quotes a rule set elsewhere (`(Règle de cumul 67)`) is a label: that reference types to no rule;
    // its `(Maximum 1)` is the most it may be billed at once, as two readers of unseen decrees recorded it
    // (set1 2009022078, round3 S7-2): a quantity on the entry's own codes
    expect(lab.map((r) => [r.type, r.codes, r.params])).toEqual([
      ['quantity', [['542371', '542382']], { max: 1, per: 'unit', scope: null }],
      ['quantity', [['542415', '542426']], { max: 1, per: 'unit', scope: null }],
    ]);
  });
  it('a rule without its period ends at the `§ n.` heading that opens the next line (1998022388 § 2-3)', () => {
    const rules = rulesOf(
      fence([
        '  422096          Preparation individuelle                               V10',
        '                  Les prestations 422096 et 422111 sont remboursees',
        '                   au maximum six fois par grossesse',
        '                     § 3. Surveillance :',
        '   (2)     (3)',
        '  422155          Surveillance et assistance                             V115',
        '                  Cette prestation doit etre prescrite par un medecin.',
      ]),
    );
    expect(rules.map((r) => [r.type, r.codes, r.text.slice(-20)])).toEqual([
      ['frequency', [['422096'], ['422111']], 'six fois par grossesse'.slice(-20)],
      // (`doit etre prescrite par un medecin`: a prescription it needs, a documentation duty)
      ['documentation', [['422155']], 'rite par un medecin.'],
    ]);
  });

  it('a subheading is no continuation, and numbered ones lead an entry too (1998022388 § 2, § 4)', () => {
    const lettered = rulesOf(
      fence([
        '                  a) seances prenatales :',
        '  422030          Premiere seance individuelle                           V21',
        '                  b) seances postnatales :',
        '  422052          Seance individuelle                                     V15',
        '                  Cette prestation doit etre prescrite par un medecin.',
      ]),
    );
    expect(lettered.map((r) => r.codes)).toEqual([[['422052']]]);
    const numbered = rulesOf(
      fence([
        '                     § 4. Accouchements :',
        "                  1) dans l'etablissement hospitalier :",
        "          422225  Surveillance et execution de l'accouchement           V115",
        '                  Cette prestation doit etre prescrite par un medecin.',
      ]),
    );
    expect(numbered.map((r) => r.codes)).toEqual([[['422225']]]);
  });

  it('`sont remboursees … au maximum` is a rule, the words between them allowed (1998022388 § 2)', () => {
    expect(isNormative("Les prestations 422096, 422111 et 422133 sont remboursees par grossesse jusqu'a concurrence de la valeur V 120 au maximum")).toBe(true);
  });
});

describe('prose around the table rules', () => {
  it('`celui-ci` after a relation is a person, not the codes named before it', () => {
    const rules = rulesOf('La prestation 102012 ne peut être cumulée avec une consultation lorsque celui-ci est effectué le même jour.');
    expect(rules.map((r) => r.codes)).toEqual([[['102012']]]);
    const subject = rulesOf("La prestation 461322 n'est pas cumulable avec ceux-ci.");
    expect(subject.map((r) => r.codes)).toEqual([[['461322']]]);
  });

  it('a paragraph that defines a prestation stays `cette prestation` after a rule on other codes', () => {
    const rules = rulesOf("471012 Prestation de test un K 30\n\nLes prestations 471023 et 471034 ne sont pas cumulables entre elles.\n\nCette prestation ne peut être attestée qu'une fois par an.");
    expect(rules.map((r) => r.codes)).toEqual([[['471023'], ['471034']], [['471012']]]);
  });
});

describe('unaccented rule verbs', () => {
  it('are rule verbs (2005022718: `n’est due qu’à partir`, without circumflex, is the standard spelling)', () => {
    for (const s of ["L'intervention de l'assurance n'est due qu'à partir du cinquantième anniversaire du bénéficiaire.", 'Les prestations 422030 et 422052 peuvent etre cumulees le même jour.', 'Pour cette prestation une prescription par un medecin est exigee.']) {
      expect(isNormative(s), s).toBe(true);
    }
    // (`n'est du ressort de` is not `n'est due`)
    expect(isNormative("Ce contrôle n'est du ressort que du médecin.")).toBe(true); // (`n'est … que`)
    expect(isNormative("Ce contrôle n'est du ressort du médecin.")).toBe(false);
  });

  it('end where their word ends, and a relative clause that describes is no rule', () => {
    for (const s of [
      'La prestation 422354 est attesté par le médecin.',
      'Les prestations 422030 et 422052 sont remboursees au maximum douze fois par grossesse.',
      "Les prestations visées au § 1er, point G. ne sont remboursées que si elles ont été prescrites.",
      "Les enregistrements (478052-478063) ne sont remboursés qu'une fois par jour.",
    ]) {
      expect(isNormative(s), s).toBe(true);
    }
    for (const s of [
      'La prestation 422354 est exigible.',
      'Les communes sont limitrophes de la prestation 422354.',
      'A. Situations dont le traitement est attesté au moyen des prestations visées au § 1er, 5° :',
      'Les prestations 422354 sont honorables.',
    ]) {
      expect(isNormative(s), s).toBe(false);
    }
  });
});

describe('a label that names the codes it cannot be cumulated with', () => {
  it('is a rule on the prestation it describes, `ceux-ci` the codes it names (2002022477)', () => {
    const rules = rulesOf(
      [
        'la prestation suivante est insérée in fine :',
        '',
        '" - 461322',
        '',
        "Examen échographique complet de l'enfant né avec une anomalie congénitale et âgé de moins de 7 ans, combinant les examens libellés sous les numéros 460460 et 460364, non cumulable avec ceux-ci, attestable une fois par période d'hospitalisation, avec protocole et extraits N 208 \"",
      ].join('\n'),
    );
    expect(rules.map((r) => [r.type, r.codes, r.with?.codes])).toEqual([['nonCumulation', [['461322']], [['460460'], ['460364']]]]);
  });
});
