import { describe, expect, it } from 'vitest';
import { cleanLabel, continuesIntoCode } from '../../src/extract/prestation-lines.js';
import { extractPrestations } from '../../src/extract/prestations.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { ingestPdf } from '../../src/source/pdf/index.js';
import { parseIngested, parseSource } from '../../src/pipeline/parse.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { moniteurPdf } from '../../scripts/pdf-fixtures/moniteur.js';
import { corpusText, pdfSource } from '../pdf/helpers.js';

function prestations(markdown: string): string[] {
  const doc = buildStructure(ingestText(makeSourceFile('t.md', new TextEncoder().encode(markdown))));
  return extractPrestations(doc, new DiagnosticSink(doc)).map((p) => `${p.codes.join('-')} ${p.value?.terms.map((t) => `${t.letter}${t.coefficient}`).join('+') ?? '-'}`);
}

describe('a code first on its line defines a prestation only when the sentence before has ended', () => {
  it('tells a sentence that goes on from one that has ended', () => {
    expect(continuesIntoCode("lors d'une des prestations 293436 - 293440 ou")).toBe(true);
    expect(continuesIntoCode('lors de la prestation 229014-229025, 229515-229526,')).toBe(true);
    expect(continuesIntoCode('un maximum de 3 prestations apres que la prestation')).toBe(true);
    expect(continuesIntoCode('est remplacé par les numéros d\'ordre "')).toBe(true);
    expect(continuesIntoCode('par beneficiaire atteint une durée globale moyenne de 20 minutes M 14,5')).toBe(false);
    expect(continuesIntoCode('(Maximum 1) Classe 14 ".')).toBe(false);
    expect(continuesIntoCode('VI. Prestations effectuees au domicile')).toBe(false);
    // a list of codes cut after a semicolon (seed 003, a PDF): `587193-587204).` on the next line is its last item
    expect(continuesIntoCode('percutanées par an (prestations 587134-587145 ; 587156-587160 ; 587171-587182 ;')).toBe(true);
    expect(continuesIntoCode('les conditions sont remplies ;')).toBe(false);
  });

  it('in a fixed-width block, a code cited in a label is not the next definition (1998022388)', () => {
    const block = [
      '**Article 1er.** A l\'article 9 de l\'annexe, les prestations suivantes sont remplacées :',
      '',
      '```',
      '  422435          Surveillance et soins postnatals a partir du',
      '                   sixieme jour du postpartum, par jour, avec un',
      '                   maximum de 7 prestations                              V15',
      '  422450          Surveillance et soins postnatals, par jour, avec',
      '                   un maximum de 3 prestations apres que la prestation',
      '                   422435 ait déjà ete executee et portee en compte',
      '                   sept fois                                             V15',
      '```',
      '',
    ].join('\n');
    expect(prestations(block)).toEqual(['422435 V15', '422450 V15']);
  });

  it('in a PDF, a code that justified prose put first on a line is cited, not defined (2013022576)', async () => {
    const numac = '2013022576';
    const markdown = corpusText(numac);
    const fromPdf = parseIngested(await ingestPdf(pdfSource(`${numac}.pdf`, await moniteurPdf(markdown))));
    const fromMarkdown = parseSource(makeSourceFile(`${numac}.md`, Buffer.from(markdown)));
    const codes = (d: typeof fromPdf) => d.prestations.map((p) => p.codes.join('-')).sort();
    expect(codes(fromPdf)).toEqual(codes(fromMarkdown));
    expect(codes(fromPdf)).toContain('704196-704200');
    expect(codes(fromPdf)).not.toContain('279016-279020');
  });
});

describe('a line listing several codes and ending with a value (2023040652)', () => {
  const text = (lead: string) =>
    `---\nnumber: 1\n---\n\n**Article 1er.** A l'article 36 de la même annexe :\n\n4. Au § 1, ${lead}\n\n713016, 713112, 713215 R 17,5\n\npar séance; " est remplacé par les mots " Séance collective pour trois à six couples de parents\n\n713016, 713112, 713215 R 15\n\npar séance; " ;\n`;
  it('defines each code with the value; the old text being replaced defines nothing', () => {
    expect(prestations(text('le libellé " Séance collective pour trois ou quatre couples de parents'))).toEqual(['713016 R15', '713112 R15', '713215 R15']);
  });
  it('takes its label from inside the new text, the line below the value included, never the verb and the old text before it', () => {
    const doc = buildStructure(ingestText(makeSourceFile('t.md', new TextEncoder().encode(text('le libellé " Séance collective pour trois ou quatre couples de parents')))));
    const labels = extractPrestations(doc, new DiagnosticSink(doc)).map((p) => p.label);
    expect(labels).toEqual(Array(3).fill('Séance collective pour trois à six couples de parents par séance'));
  });
  it('a rule closing the quote after the code line is not part of the label', () => {
    const md = `---\nnumber: 1\n---\n\n**Article 1er.** A l'article 36 de la même annexe :\n\n4. Au § 1, le libellé " Séance collective A\n\n713016, 713112 R 17,5\n\npar séance; " est remplacé par les mots " Séance collective A pour six couples\n\n713016, 713112 R 15\n\nla prestation ne peut être attestée qu'une fois par jour; " ;\n`;
    const doc = buildStructure(ingestText(makeSourceFile('t.md', new TextEncoder().encode(md))));
    expect(extractPrestations(doc, new DiagnosticSink(doc)).map((p) => p.label)).toEqual(Array(2).fill('Séance collective A pour six couples'));
  });
  it('a list cited in prose (not first on its line, or no value closing the line) is not a definition', () => {
    expect(prestations('---\nnumber: 1\n---\n\n**Article 1er.** Les prestations 713016, 713112 et 713215 sont remboursées R 15 par séance.\n')).toEqual([]);
    expect(prestations('---\nnumber: 1\n---\n\n**Article 1er.** Au § 1 :\n\n713016, 713112 et 713215 ne sont pas cumulables entre elles.\n')).toEqual([]);
  });
});

describe('a paragraph opening with its own § mark and a code line', () => {
  const decree = (para: string) =>
    `---\nnumber: 1\n---\n\n**Article 1er.** A l'article 17 de l'annexe, il est inséré un § 1erbis rédigé comme suit :\n\n" ${para}\n\n460051 - 460062 Echographie de la vessie . . . . . N 25 "\n`;
  it('reads the code line after the mark as the paragraph\'s first prestation', () => {
    expect(prestations(decree('§ 1erbis. 460036 - 460040 Echographie de contrôle du rein transplanté . . . . . N 40'))).toEqual(['460036-460040 N40', '460051-460062 N25']);
    expect(prestations(decree('§ 3. 460036 - 460040 Echographie de contrôle du rein transplanté . . . . . N 40'))).toEqual(['460036-460040 N40', '460051-460062 N25']);
  });
  it('not a rule naming codes after the mark', () => {
    expect(prestations(decree('§ 3. 460036 - 460040 et 460073 - 460084 ne sont pas cumulables entre elles.'))).toEqual(['460051-460062 N25']);
  });
});

describe('a list item whose line holds the codes alone, the label in the paragraph below (round 73, S218-6)', () => {
  const decree = (items: string) =>
    `---\nnumber: 1\n---\n\n**Article 1er.** A l'article 20, § 2, C, de l'annexe, le point suivant est ajouté :\n\n" 6. Le médecin spécialiste en médecine d'urgence peut attester les prestations suivantes :\n\n${items} "\n`;
  it('reads each item as its prestation', () => {
    expect(prestations(decree('1° 478715-478726\n\nÉchographie ciblée au lit du patient . . . . . K 25\n\n2° 478730-478741\n\nRéduction d\'une luxation de l\'épaule . . . . . K 60'))).toEqual(['478715-478726 K25', '478730-478741 K60']);
    expect(prestations(decree('a) 478715-478726\n\nÉchographie ciblée au lit du patient . . . . . K 25'))).toEqual(['478715-478726 K25']);
  });
  it('not codes a sentence lists as its items (2011022405)', () => {
    expect(prestations(decree("e) 463691-463702, 463713-463724, lorsqu'elles sont effectuées par un médecin spécialiste en cardiologie . . . K 10"))).toEqual([]);
  });
});

describe('cleanLabel: dot leaders', () => {
  it('strips leaders of dots or ellipses, keeps a final period', () => {
    expect(cleanLabel('Consultation . . . . .')).toBe('Consultation');
    expect(cleanLabel('Séance …')).toBe('Séance');
    expect(cleanLabel('Fin de traitement.')).toBe('Fin de traitement.');
    expect(cleanLabel('Examen.  . .')).toBe('Examen.');
  });
  it('runs in one pass on runs of leaders that do not end the label (the fuzz harness hang: the old regex backtracked for seconds on 43 characters)', () => {
    const hostile = `Examen ${'... '.repeat(5000)}final`;
    expect(cleanLabel(hostile)?.endsWith('final')).toBe(true);
  });
});
