import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestPdfText } from '../../src/source/pdftext.js';
import { parseSource } from '../../src/pipeline/parse.js';

const paragraphs = (text: string) => {
  const ing = ingestPdfText(makeSourceFile('t.txt', new TextEncoder().encode(text)), text);
  return ing.paragraphs.map((p) => ing.text.text.slice(p.start, p.end));
};

describe('ingestPdfText: a code first on a line', () => {
  it('goes on with a sentence cut after an opening quote, even across a page break (2013022530)', () => {
    const text = `- le numéro d'ordre " 645175 " est remplacé par les numéros d'ordre "\n645175 - 645186 ";\n\n- le numéro d'ordre " 645190 " est remplacé par les numéros d'ordre "\n\n645190 - 645201 ";\n`;
    expect(paragraphs(text)).toEqual([
      `- le numéro d'ordre " 645175 " est remplacé par les numéros d'ordre " 645175 - 645186 ";`,
      `- le numéro d'ordre " 645190 " est remplacé par les numéros d'ordre " 645190 - 645201 ";`,
    ]);
  });

  it('goes on after a conjunction or a comma, and starts a paragraph after a value', () => {
    const text = `688671 688682 Tige pour révision utilisée lors d'une des prestations 293436 - 293440 ou\n279016-279020 U 1380\n704174-704185 Tige pour révision verrouillable U 1292\n`;
    expect(paragraphs(text)).toEqual([
      `688671 688682 Tige pour révision utilisée lors d'une des prestations 293436 - 293440 ou 279016-279020 U 1380`,
      '704174-704185 Tige pour révision verrouillable U 1292',
    ]);
  });
});

// What poppler's pdftotext makes of a decree laid out by another engine (Chromium, LibreOffice):
// no blank line between paragraphs, the running header with its page numbers, pairs and dates
// whose dash it took for a hyphenation. Snippets as it wrote them for real corpus decrees.
const parsed = (text: string) => parseSource(makeSourceFile('t.txt', new TextEncoder().encode(text)));

describe('ingestPdfText: text pdftotext extracted', () => {
  it('puts back the dash of a pair it glued (2013022023: 371070- / 371081 → 371070371081)', () => {
    const doc = parsed(`1. en ce qui concerne les prestations 371011-371022, 371070371081 et 379050379061, les mots " P 3 " sont à chaque fois ajoutés sous la lettre clé et le nombre-coefficient;\n`);
    expect(doc.codes.filter((c) => c.role === 'ambulatory').map((c) => `${c.code}-${c.pairedWith}`)).toEqual(['371011-371022', '371070-371081', '379050-379061']);
    // twelve digits that are not two codes of one pair stay as written, and are no code
    expect(paragraphs('Le compte 123456789012 et 371070371082.\n')).toEqual(['Le compte 123456789012 et 371070371082.']);
  });

  it("puts back a date's dash and reads no code in it (2002022476: <Err. M.B. 07-082002, p. 34407>)", () => {
    const doc = parsed(`prestations (461215-461226), 461230- 461241 et 461252 -461263 sont insérées; <Err. M.B. 07-082002, p. 34407>\n`);
    expect(doc.codes.map((c) => c.code)).not.toContain('082002');
    expect(doc.codes.map((c) => c.code)).toContain('461252');
  });

  it('reads the publication date from the running header, page numbers beside it (1996022453, -layout)', () => {
    const text = [
      '1                            MONITEUR BELGE — 31.07.1996 — BELGISCH STAATSBLAD                        1',
      '',
      'PRÉVOYANCE SOCIALE - SANTÉ PUBLIQUE ET ENVIRONNEMENT',
      "10 JUILLET 1996. — Arrêté royal modifiant l'arrêté royal du 14 septembre 1984 établissant la",
      'nomenclature des prestations de santé en matière d\'assurance obligatoire soins de santé et',
      'indemnités.',
      "Article 1er. A l'article 29, § 4, B, 1° de l'annexe à l'arrêté royal du 14 septembre 1984, le point c) est remplacé par la",
      'disposition suivante :',
      '" c) d\'un an pour les prestations 653656, 653671, 653391 et 653413. ".',
      'Art. 2. Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui au cours',
      'duquel il aura été publié au Moniteur belge.',
    ].join('\n');
    const doc = parsed(text);
    expect(doc.document.published).toBe('1996-07-31');
    expect(doc.document.entryIntoForce.date).toBe('1996-09-01');
    expect(doc.codes.map((c) => c.code)).toEqual(['653656', '653671', '653391', '653413']);
  });

  it('a number alone after a key letter is the value, not a page number (2023010214)', () => {
    const doc = parsed([
      '2. Examen du coeur pour pathologie cardiaque',
      '442676-442680',
      "Tomographie à émission de positons avec protocole et documents, pour l'ensemble de l'examen, si,",
      'documentée récemment, un doute subsiste encore quant à la viabilité du myocarde concerné...........N',
      '250',
      "3. Examen du cerveau en cas d'épilepsie",
    ].join('\n'));
    expect(doc.prestations.map((p) => `${p.codes.join('-')} ${p.value?.terms.map((t) => `${t.letter}${t.coefficient}`).join('+')}`)).toEqual(['442676-442680 N250']);
  });

  it('a line closing a quotation ends the paragraph; one opening it does not (2003022340, 2013022023)', () => {
    const text = [
      'après la prestation 227253 - 227264, la prestation suivante est insérée :',
      '" 227570 - 227581',
      'Chirurgie de réduction du volume pulmonaire uni ou bilatérale, non compris le matériel de',
      'viscérosynthèse N650 "',
      'C au f)',
      'dans le libellé des prestations 239072 - 239083 et 239094 - 239105, les mots "',
      'P 17 " sont à chaque fois ajoutés sous la lettre clé et le nombre-coefficient;',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      'après la prestation 227253 - 227264, la prestation suivante est insérée :',
      '" 227570 - 227581 Chirurgie de réduction du volume pulmonaire uni ou bilatérale, non compris le matériel de viscérosynthèse N650 "',
      'C au f) dans le libellé des prestations 239072 - 239083 et 239094 - 239105, les mots " P 17 " sont à chaque fois ajoutés sous la lettre clé et le nombre-coefficient;',
    ]);
    const insertion = parsed(text).amendments.find((a) => a.type === 'insertion');
    expect(insertion?.codes).toEqual([['227570', '227581']]);
  });

  it('a code further left than the line before starts a table row, whatever that line ends with (2013022580, -layout)', () => {
    const text = [
      '280033 280044 Enlèvement de matériel de synthèse sous-cutané                                N 30',
      '                  Enlèvement de matériel de synthèse profond : clous intramédullaires ou',
      '280070 280081                                                                            N 150',
      '                  clous pour col fémoral',
    ].join('\n');
    expect(paragraphs(text).some((p) => p.startsWith('280070 280081'))).toBe(true);
    expect(parsed(text).prestations.map((p) => p.codes.join('-'))).toContain('280070-280081');
  });
});

describe('ingestPdfText: a bilingual Moniteur page extracted without its geometry', () => {
  const fr1 = "Article 1er. A l'article 14, i), de l'annexe à l'arrêté royal du 14 septembre 1984 établissant la\nnomenclature des prestations de santé, sont apportées les modifications suivantes :";
  const nl1 = 'Artikel 1. In artikel 14, i), van de bijlage bij het koninklijk besluit van 14 september 1984 tot\nvaststelling van de nomenclatuur worden de volgende wijzigingen aangebracht :';
  const fr2 = '1. les prestations 255474-255485 et 255990-256001 sont abrogées;';
  const nl2 = '1. de verstrekkingen 255474-255485 en 255990-256001 worden opgeheven;';
  const fr3 = "Art. 2. Le présent arrêté entre en vigueur le premier jour du mois qui suit celui au cours duquel il aura été publié au Moniteur belge.";
  const nl3 = 'Art. 2. Dit besluit treedt in werking op de eerste dag van de maand na die waarin het in het Belgisch Staatsblad wordt bekendgemaakt.';

  it("leaves the Dutch column's blocks out (pdftotext in reading order gives each column's blocks in turn)", () => {
    const doc = parsed(['MONITEUR BELGE — 27.03.2009 — BELGISCH STAATSBLAD', fr1, nl1, fr2, nl2, fr3, nl3].join('\n\n'));
    expect(doc.codes.map((c) => c.code)).toEqual(['255474', '255485', '255990', '256001']);
    expect(doc.amendments.map((a) => `${a.type}/${a.subject} ${a.codes.map((g) => g.join('-')).join(',')}`)).toEqual(['repeal/prestation 255474-255485,255990-256001']);
    expect(doc.document.entryIntoForce.date).toBe('2009-04-01');
    // what was left out is said, not dropped silently
    expect(doc.diagnostics.filter((d) => d.code === 'source/dutch-left-out').map((d) => d.severity)).toEqual(['info']);
  });

  it('keeps a French text that quotes one Dutch label', () => {
    const label = '" 255474-255485 Verstrekking van het type een met de hand van de arts "';
    const text = [fr1, "1. dans le texte néerlandais, le libellé de la prestation 255474-255485 est remplacé par ce qui suit :", label, fr2, fr3].join('\n\n');
    expect(paragraphs(text).join('\n')).toContain('Verstrekking van het type');
  });
});

describe('ingestPdfText: a bilingual Moniteur page as pdftotext -layout writes it', () => {
  const row = (fr: string, nl: string) => fr.padEnd(80) + nl;
  const page = [
    '8106                                       MONITEUR BELGE — 05.02.2009 — BELGISCH STAATSBLAD',
    '',
    row("Article 1er. A l'article 28, § 1er, de l'annexe à l'arrêté royal du 14", 'Artikel 1. In artikel 28, § 1, van de bijlage bij het koninklijk besluit'),
    row('septembre 1984 établissant la nomenclature des prestations de santé en', 'van 14 september 1984 tot vaststelling van de nomenclatuur van de'),
    row("matière d'assurance obligatoire soins de santé et indemnités, les", 'geneeskundige verstrekkingen inzake verplichte verzekering voor'),
    row('prestations 611752-611763 et 611774-611785 sont supprimées.', 'geneeskundige verzorging en uitkeringen, worden de verstrekkingen'),
    row('Art. 2. Le présent arrêté entre en vigueur le premier jour du mois qui', '611752-611763 en 611774-611785 opgeheven.'),
    row('suit celui au cours duquel il aura été publié au Moniteur belge.', 'Art. 2. Dit besluit treedt in werking op de eerste dag van de maand na'),
    row('', 'die waarin het in het Belgisch Staatsblad wordt bekendgemaakt.'),
  ].join('\n');

  it('keeps the French side of each line, at its own offsets', () => {
    const doc = parsed(page);
    expect(doc.codes.map((c) => c.code)).toEqual(['611752', '611763', '611774', '611785']);
    expect(doc.amendments.map((a) => `${a.type}/${a.subject} ${a.codes.map((g) => g.join('-')).join(',')}`)).toEqual(['repeal/prestation 611752-611763,611774-611785']);
    expect(doc.document.entryIntoForce.date).toBe('2009-03-01');
    expect(doc.diagnostics.some((d) => d.code === 'source/dutch-left-out' && /of 7 lines/.test(d.message))).toBe(true);
    // provenance points into the French side of the original line
    const a = doc.amendments[0];
    expect(page.slice(a.at.offset, a.at.offset + a.at.length)).toContain('sont supprimées');
  });

  it('leaves a one-column page with a value column alone (no Dutch side)', () => {
    const table = ['280033 280044 Enlèvement de matériel de synthèse sous-cutané                                N 30', '280092 280103 Enlèvement de matériel de synthèse profond : plaques ou clous-plaques       N 200'];
    const text = Array.from({ length: 4 }, () => table).flat().join('\n');
    expect(paragraphs(text).join('\n')).toContain('N 200');
  });
});

// pdftotext in reading order writes a table's value column after its rows (src/source/pdftext-rows.ts):
// each value goes back on its row when the values are exactly as many as the rows, and only then.
// Snippets as pdftotext wrote them for corpus decrees laid out by Chromium (one column) and LibreOffice.
const valued = (text: string) => parsed(text).prestations.map((p) => `${p.codes.join('-')}=${p.value ? p.value.terms.map((t) => `${t.letter}${t.coefficient}`).join('+') : '-'}`);

describe('ingestPdfText: a value column written after its rows', () => {
  it('a code pair written with a slash (which also reads as a page number `3/12`) is a row, and never breaks the text', () => {
    const text = ['280033/280044', 'Enlèvement de matériel de synthèse percutané', '280055 280066', 'Enlèvement de matériel de synthèse profond', 'N 15', 'N 30'].join('\n');
    expect(() => ingestPdfText(makeSourceFile('t.txt', new TextEncoder().encode(text)), text)).not.toThrow();
    expect(() => parsed(text)).not.toThrow();
  });

  it('puts each value back on its row, in order (2013022580, chromium)', () => {
    const text = [
      '1° Os et articulations :',
      '280011 280022 ° Enlèvement de matériel de synthèse percutané',
      '280033 280044 Enlèvement de matériel de synthèse sous-cutané',
      'N 15',
      'N 30',
      '280055 280066 Enlèvement de matériel de synthèse profond : vis, fils ou agrafes (quel qu\'en soit le nombre)',
      '280070 280081 Enlèvement de matériel de synthèse profond : clous intramédullaires ou clous pour col fémoral',
      'N 100',
      'N 150',
      '280092 280103 Enlèvement de matériel de synthèse profond : plaques ou clous-plaques',
      'N 200',
    ].join('\n');
    expect(valued(text)).toEqual(['280011-280022=N15', '280033-280044=N30', '280055-280066=N100', '280070-280081=N150', '280092-280103=N200']);
    // every character still comes from its own place in the text
    const ing = ingestPdfText(makeSourceFile('t.txt', new TextEncoder().encode(text)), text);
    const at = ing.text.text.indexOf('N 30');
    expect(text.slice(ing.text.originalOffset(at), ing.text.originalOffset(at) + 4)).toBe('N 30');
  });

  it('a column of codes, then of labels, then of values cut in two cells (2012022429, chromium)', () => {
    const text = [
      '565036565040',
      '565051565062',
      '565073565084',
      '',
      "Examen de cytogénétique moléculaire simple (telle que FISH) pour le diagnostic d'une affection",
      'constitutionnelle(Règle diagnostique 1)',
      "Examen de cytogénétique moléculaire complexe (avec analyse sub-microscopique, pangénomique) pour le",
      "diagnostic d'une affection constitutionnelle(Règle diagnostique 1)",
      "Caryotype avec bandes pour le diagnostic d'une affection maligne, quel que soit le nombre de colorations ou de",
      'bandes(Règle de cumul 1) (Règle diagnostique 3, 18, 19)',
      '',
      'B',
      '180',
      'B',
      '578',
      'B',
      '450',
      '',
      '565095565106',
    ].join('\n');
    expect(valued(text).slice(0, 3)).toEqual(['565036-565040=B180', '565051-565062=B578', '565073-565084=B450']);
    const labels = parsed(text).prestations.map((p) => p.label);
    expect(labels[1]).toMatch(/^Examen de cytogénétique moléculaire complexe .*constitutionnelle\(Règle diagnostique 1\)$/);
  });

  it('sums whose terms and plus signs come as cells, one after the other (1999022423, chromium)', () => {
    const text = [
      '1. les prestations suivantes sont insérées après la prestation 103353 :',
      '" Visite effectuée par le médecin de médecine générale à un malade dans un établissement pouvant',
      'porter en compte une intervention forfaitaire :',
      '104112',
      'a un beneficiaire',
      '104134',
      "a deux beneficiaires, a l'occasion d'un même deplacement,",
      'par beneficiaire',
      '104156',
      "a trois beneficiaires ou plus, a l'occasion d'un meme",
      'deplacement, par beneficiaire',
      'N 4,2', 'D 3', 'E 1', '+', '+',
      'N 4,2', 'D 3', 'E 0,5', '+', '+',
      'N 4,2 +', 'D 3', '+', 'E 0,33 "',
      '2. Les numéros " 104112, 104134 et 104156 " sont ajoutés à la liste des prestations.',
    ].join('\n');
    expect(valued(text)).toEqual(['104112=N4.2+D3+E1', '104134=N4.2+D3+E0.5', '104156=N4.2+D3+E0.33']);
  });

  it('leaves the values alone when they are not as many as the rows (2013022580, chromium)', () => {
    const text = [
      '277734 277745 du pied',
      'N 155',
      '277550 277561 de la main',
      '280136 280140 Ablation d\'une tumeur osseuse à la surface d\'un os de la main ou du pied (type exostose)',
      'N 155',
      'N 155',
      '277793 277804',
      '277815 277826',
      'Prélèvement d\'une greffe osseuse autologue sur un os du membre supérieur dans un 2e champ',
      'opératoire',
      'Prélèvement d\'une greffe osseuse autologue sur un os du membre inférieur dans un 2e champ',
      'opératoire',
      '275170 275181 Epiphysiodèse au niveau d\'un membre, quelle que soit la technique',
      '277830 277841 Désépiphysiodèse',
      'N 105',
      'N 155',
      'N 335',
    ].join('\n');
    const read = valued(text);
    expect(read.slice(0, 3)).toEqual(['277734-277745=N155', '277550-277561=N155', '280136-280140=N155']);
    // four rows (two in a code column, two whole) and three values: which value is whose cannot be told
    expect(read.filter((v) => /^27(?:7793|7815|5170)/.test(v) && !v.endsWith('=-'))).toEqual([]);
  });

  // a guard on the rule above (it holds without it too): values the sentence goes on after are not a column
  it('leaves values that sit inside a row, the sentence going on after them (1998022388, LibreOffice)', () => {
    const text = [
      '§ 5. Soins postnatals :',
      '422354',
      'Surveillance et soins postnatals le jour de',
      "l'accouchement",
      'La prestation 422354 peut être attestee au maximum',
      "deux fois le jour de l'accouchement.",
      '422376',
      'Surveillance et soins postnatals pendant le',
      '1er et/ou le 2e et/ou le 3e jour suivant le jour',
      'V21',
      'V115',
      "de l'accouchement, par jour",
    ].join('\n');
    expect(valued(text)).not.toContain('422376=V115');
  });
});
