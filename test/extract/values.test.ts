import { describe, expect, it } from 'vitest';
import { findRelativeValues, parseRelativeValue } from '../../src/extract/values.js';

const terms = (t: string) => findRelativeValues(t).map((v) => v.value.terms.map((x) => `${x.letter ?? '?'} ${x.coefficient}`).join(' + '));

describe('parseRelativeValue', () => {
  it.each([
    ['K 400', 'K', 400, 1],
    ['I633', 'I', 633, 1],
    ['K 21,40', 'K', 21.4, 1],
    ['..... K 11.', 'K', 11, 1],
    ['N 14 + P 8', 'N', 14, 2],
    ['. . . . ...B 1600', 'B', 1600, 1],
    ['.......... 400', null, 400, 1],
  ])('%s', (s, letter, coefficient, n) => {
    const v = parseRelativeValue(s)!;
    expect(v).toMatchObject({ letter, coefficient });
    expect(v.terms).toHaveLength(n);
  });
  it('rejects what is not a value', () => {
    expect(parseRelativeValue('article 14')).toBeNull();
    expect(parseRelativeValue('')).toBeNull();
  });
});

describe('findRelativeValues in real snippets', () => {
  it('values cited in a label are not its value, also listed with `ou à` and unaccented; an adjective before the value is not a comparison (second synthetic blind set, 2003022622)', () => {
    expect(terms('599056 Supplément dont la valeur relative est égale ou supérieure à K 180 ou à N 300 . . . . . K 25\n')).toEqual(['K 25']);
    expect(terms('201810 - 201821\nAnesthesie generale dont la\n valeur relative est egale ou superieure a N 100                  K   40\n')).toEqual(['K 40']);
    expect(terms('  Echoendoscopie du tube digestif superieur                             K 220\n')).toEqual(['K 220']);
    // (third synthetic blind set: `à ajouter à la prestation X cotée K 60 . . . . . K 20`)
    expect(terms('203453-203464\n\nSupplément, à ajouter à la prestation 203394-203405 cotée K 60 . . . . . K 20\n')).toEqual(['K 20']);
    // (sixth synthetic round: a value cited after a negation, `n'atteint pas C 20`)
    expect(terms('594683-[594694]\n\nSupplément, lorsque le montant de la journée n\'atteint pas C 20 . . . . . C 6\n')).toEqual(['C 6']);
  });
  it('a table row that closes the quote in its value cell', () => {
    expect(terms('| 261133 | 261144 | Instillation, par séance | N | 25 " |\n')).toEqual(['N 25']);
  });
  it('leader dots in every form', () => {
    expect(terms('Enlèvement de matériel de synthèse percutané ou permuqueux ..... K 11.\n')).toEqual(['K 11']);
    expect(terms('Artériographie digitale d\'une ou des artères d\'un membre . . . . . N 140\n')).toEqual(['N 140']);
    expect(terms('peut être envisagée …...…. K 121\n')).toEqual(['K 121']);
    expect(terms('Dosage de la calprotectine . . . . . ...B 1600\n')).toEqual(['B 1600']);
    expect(terms('dans le but de libérer la couronne dentaire ..... K75.\n')).toEqual(['K 75']);
  });
  it('glued letter at the end of a PDF line and decimals', () => {
    expect(terms('sous guidage tomodensitométrique I633\n587156-587160')).toEqual(['I 633']);
    expect(terms('la valeur relative "K 25" de la prestation 532630-532641 est remplacée par "K 21,40";')).toEqual(['K 25', 'K 21.4']);
    expect(terms('traitement . . . . N 94,19\n')).toEqual(['N 94.19']);
  });
  it('several terms: split by +, by dot leaders over paragraphs, dental lines', () => {
    expect(terms('avec rapport écrit . . . . . A 34 +\n. . . . Q 30";')).toEqual(['A 34 + Q 30']);
    expect(terms('immunosuppresseur (ATC L04) . . . . . N 30 +\n.......................\nQ 30\nLa prestation')).toEqual(['N 30 + Q 30']);
    expect(terms('par jour C 28,5 + Q 30 598905')).toEqual(['C 28.5 + Q 30']);
    expect(terms('374975 374986 * Extraction d\'une dent L 21,21\nP 5\n')).toEqual(['L 21.21 + P 5']);
  });
  it('a value without letter after leaders', () => {
    const [v] = findRelativeValues('7. la valeur relative de la prestation 312616 - 312620 est portée à .......... 400.\n');
    expect(v.value).toMatchObject({ letter: null, coefficient: 400 });
  });
  it('fee tables and markdown tables', () => {
    expect(terms('I = 2,801231 587134 587145 = I 633 1773,18 1773,18')).toEqual(['I 633']);
    expect(terms('| 565014-565025 | Caryotype avec bandes | B 289 |')).toEqual(['B 289']);
  });
  it('look-alikes are not values', () => {
    expect(terms('les mots " P 38 " sont à chaque fois ajoutés sous la lettre clé;')).toEqual([]);
    expect(terms('est limitée à L 600 par mâchoire et par prothèse.\n')).toEqual([]);
    expect(terms('dont la valeur relative est égale ou supérieure à K 400, N 600 ou I 600\n')).toEqual([]);
    expect(terms('couvre l\'intervention chirurgicale d\'une valeur de K180 et prévoit')).toEqual([]);
    expect(terms('inférieures à T5, sans compression ; de type A1.1, A1.2, A1.3 ou A2.3;\n')).toEqual([]);
    expect(terms('la prestation est portée à 2 fois par an')).toEqual([]);
  });
  it('fixed-width blocks: a padded gap between key letter and coefficient (1999022423)', () => {
    // the original file: column gap before the letter, several spaces after it
    expect(terms('  " Dosage de glycohemoglobine en hemolysat                         B  250\n  (Maximum 1) Classe 13 ".\n')).toEqual(['B 250']);
    expect(terms('   colpotomie                                                       K   90 "\n')).toEqual(['K 90']);
    expect(terms('Dosage de l\'isoforme T de la troponine par methode immunologique  B  350\n')).toEqual(['B 350']);
    expect(parseRelativeValue('B  250')).toMatchObject({ letter: 'B', coefficient: 250 });
  });
  it('fixed-width blocks folded by ingestion: the value is followed by its notes', () => {
    expect(terms('" Dosage du porphobilinogene B 400 (Maximum 1) (Regle diagnostique 66) Classe 16 ".')).toEqual(['B 400']);
    expect(terms('" 544294 - 544305 Dosage specifique de l\'acide gamma aminobutyrique B 3000 (Maximum 1) (Regle diagnostique 40) Classe 30 ".')).toEqual(['B 3000']);
  });
  it('a padded gap in running text is not a value', () => {
    expect(terms('visées à l\'annexe A  12 du présent arrêté, et')).toEqual([]);
    expect(terms('les mots " P  3 " sont ajoutés;')).toEqual([]);
    expect(terms('est limitée à L  600 par mâchoire.\n')).toEqual([]);
    expect(terms('les classes B  2 et C 3 visées au § 2')).toEqual([]);
  });
  it('respects [from, to)', () => {
    const t = 'a ..... K 11.\nb ..... K 22.\n';
    expect(findRelativeValues(t, t.indexOf('b')).map((v) => v.value.coefficient)).toEqual([22]);
  });
});

describe('pipe tables (2013022580)', () => {
  it('a letter cell and a coefficient cell make one value', () => {
    const v = findRelativeValues('| 280011 | 280022 | °  Enlèvement de matériel de synthèse percutané | N | 15 |');
    expect(v.map((x) => x.value)).toMatchObject([{ letter: 'N', coefficient: 15 }]);
  });
  it('a letter in a label cell next to a number is no value', () => {
    expect(findRelativeValues('| 280011 | Classe A | 15 mm |')).toEqual([]);
  });
});

describe('a value whose terms stand on two rows or two lines', () => {
  it('reads `| N | 8 | + |` then `|  |  | Q | 30 |  |` in a pipe table as N 8 + Q 30 (2013022101)', () => {
    const text = '| 101076 | Consultation au cabinet par un médecin généraliste accrédité | N | 8 | + |\n|  |  | Q | 30 |  |\n| 102432 | Majoration | D | 17,99 |  |';
    const found = findRelativeValues(text);
    expect(found.map((v) => v.value.terms)).toEqual([
      [{ letter: 'N', coefficient: 8 }, { letter: 'Q', coefficient: 30 }],
      [{ letter: 'D', coefficient: 17.99 }],
    ]);
  });

  it('reads N 8 + / label words / Q 30 of a table printed as a PDF, and gives back the words for the label (2013022101)', () => {
    const text = '101076 Consultation au cabinet par un médecin généraliste N 8 +\naccrédité\nQ 30 102432 Majoration d\'une consultation D 17,99';
    const [first] = findRelativeValues(text);
    expect(first.value.terms).toEqual([{ letter: 'N', coefficient: 8 }, { letter: 'Q', coefficient: 30 }]);
    expect(first.labelTail).toBe('accrédité');
    const three = findRelativeValues('104510 Visite effectuée entre 18 heures et 21 heures par un N 4,2 +\nmédecin généraliste sur base de droits acquis\nD 11,48 + E 1 104532 Visite');
    expect(three[0].value.terms.map((t) => `${t.letter}${t.coefficient}`)).toEqual(['N4.2', 'D11.48', 'E1']);
  });

  it('does not run over the next row: words holding a code, or no `+` after the first term', () => {
    const codes = findRelativeValues('102535 Consultation accréditée N 8 +\nautre que ceux cités aux nos 102550, 102675\nQ 30 102513 Majoration N 6,5');
    expect(codes[0].value.terms).toEqual([{ letter: 'N', coefficient: 8 }]);
    const plain = findRelativeValues('101032 Consultation au cabinet N 8\nun médecin généraliste\nQ 30');
    expect(plain[0].value.terms).toEqual([{ letter: 'N', coefficient: 8 }]);
  });
});
