import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPrestations } from '../../src/extract/prestations.js';
import { extractFees } from '../../src/extract/fees.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';

const root = path.resolve(import.meta.dirname, '../..');
const seed = (stem: string) => path.join(root, 'corpus', stem);

function parse(file: string | { text: string }) {
  const bytes = typeof file === 'string' ? readFileSync(file) : new TextEncoder().encode(file.text);
  const doc = buildStructure(ingestText(makeSourceFile(typeof file === 'string' ? file : 't.md', bytes)));
  const sink = new DiagnosticSink(doc);
  // as the pipeline composes them: fee tables read after the definitions
  const prestations = extractFees(doc, sink, extractPrestations(doc, sink)).sort((a, b) => a.at.offset - b.at.offset);
  return { prestations, diags: sink.items };
}
const md = (body: string) => ({ text: `---\nnumber: 2003023116\n---\n\n**Article 1er.** A l'article 14 de l'annexe, sont apportées les modifications suivantes :\n\n${body}\n` });
const show = (ps: ReturnType<typeof parse>['prestations']) =>
  ps.map((p) => `${p.codes.join('-')} ${p.value ? p.value.terms.map((t) => `${t.letter ?? '?'} ${t.coefficient}`).join(' + ') : '-'}`);

describe('a pair written with its hospitalised code in parentheses', () => {
  it('`589890-(589901)` on its own line, its label and value on the next (synthetic set F, 2020096620)', () => {
    const { prestations } = parse(md('" d) Traitement percutané des valves cardiaques\n\n589890-(589901)\n\nRéparation percutanée de la valve mitrale . . . . . I 1500 "'));
    expect(prestations.map((p) => [p.codes.join('-'), p.label, p.value?.coefficient])).toEqual([['589890-589901', 'Réparation percutanée de la valve mitrale', 1500]]);
  });
});

describe('prestations in the seeds', () => {
  it('seed 000: the single-line PDF definition, not the rule mentions', () => {
    const { prestations } = parse(seed('000_38b4d671bf116aa2.txt'));
    expect(show(prestations)).toEqual(['589890-589901 I 400']);
    expect(prestations[0].label).toMatch(/^Vertébroplastie percutanée .* \(par corps vertébral\)$/);
  });
  it('seed 002: single implant code with U 240', () => {
    const { prestations } = parse(seed('002_29c95240c44a6cf6.txt'));
    expect(show(prestations)).toEqual(['688472 U 240']);
    expect(prestations[0].label).toMatch(/^Ensemble du matériel utilisé/);
  });
  it('seed 003: convention list and fee tables, one entry per code group', () => {
    const { prestations } = parse(seed('003_03aa16b1e0318a25.txt'));
    expect(show(prestations)).toEqual([
      '587134-587145 I 633',
      '587156-587160 I 633',
      '587171-587182 I 633',
      '587193-587204 I 601',
      '350755-350766 K 121',
      '350770-350781 K 17',
      '350792-350803 K 17',
      '200093-200104 K 198',
    ]);
    expect(prestations[0].fee).toEqual({ letterValue: 2.801231, computed: 1773.18, amounts: [1773.18, 1773.18, 1773.18, 1773.18, 1773.18], consistent: true });
    expect(prestations[7]).toMatchObject({ label: null, fee: { computed: 559.16, consistent: true } });
  });
  it('seed 004: insertions and label lines; value changes are amendments, not definitions', () => {
    const { prestations } = parse(seed('004_454269a9a45fdbff.txt'));
    const by = (c: string) => prestations.filter((p) => p.codes[0] === c);
    // `La valeur relative de la prestation 255452 - 255463 est portée à K 300`: the amendment's `new`
    expect(by('255452')).toEqual([]);
    expect(by('312616')).toEqual([]);
    expect(by('312174')[0]).toMatchObject({ label: 'Enlèvement de matériel de synthèse percutané ou permuqueux', value: { letter: 'K', coefficient: 11 } });
    // cited in a rule, its value changed by an amending sentence: no definition
    expect(by('317295')).toEqual([]);
    expect(by('532210')).toEqual([]);
    expect(prestations).toHaveLength(24);
  });
});

describe('prestations in other shapes', () => {
  it('markdown pipe table rows', () => {
    const { prestations } = parse(md('| Code | Libellé | Valeur |\n| --- | --- | --- |\n| 565014-565025 | Caryotype avec bandes | B 289 |\n| 565036-565040 | Examen de cytogénétique | B 180 |'));
    expect(show(prestations)).toEqual(['565014-565025 B 289', '565036-565040 B 180']);
    expect(prestations[0].label).toBe('Caryotype avec bandes');
  });
  it('a pipe table row whose hospitalised code cell is in erratum brackets defines the pair (synthetic round 7, Q 2013096774)', () => {
    const { prestations } = parse(md('| 289015 | 289026 | Ostéosynthèse, un niveau | N | 600 |\n|  |  |  |  |  |\n| 289030 | [289041] | Ostéosynthèse, deux niveaux ou plus | N | 800 |'));
    expect(show(prestations)).toEqual(['289015-289026 N 600', '289030-289041 N 800']);
  });
  it('Justel erratum notes after a code line: its label and value are read through them (synthetic round 9, T 2002093954, U 2010094362, U 2019094671)', () => {
    const { prestations } = parse(
      md(
        '1. la rubrique est complétée par les prestations suivantes :\n\n" 684530-[684541] <Erratum, M.B. 29-10-2010, p. 65204>\n\nCathéter de dilatation à ballonnet actif . . . . . U 410 ";\n\n' +
          '2. le d) est complété par les prestations suivantes :\n\n| " 473244 | 473255 | Mesure de la capacité de diffusion | K | 20 |\n| --- | --- | --- | --- | --- |\n| 473266 | [473270] <Erratum, M.B. 14-06-2019, p. 58211> | Epreuve de provocation bronchique | K | 30 " |\n\n' +
          '3. le § 2 est complété comme suit :\n\n" (258112 - 258123) <Err. M.B. 19-11-2002, p. 51304>\n\n```\n  Ablation d\'un cholesteatome de l\'oreille moyenne, avec\n   reconstruction de la chaine ossiculaire                          K 300\n```\n\n258134 - 258145\n\n```\n  Reprise chirurgicale d\'un cholesteatome                          K 250 "\n```',
      ),
    );
    expect(prestations.map((p) => [p.codes.join('-'), p.label, p.value?.letter, p.value?.coefficient])).toEqual([
      ['684530-684541', 'Cathéter de dilatation à ballonnet actif', 'U', 410],
      ['473244-473255', 'Mesure de la capacité de diffusion', 'K', 20],
      ['473266-473270', 'Epreuve de provocation bronchique', 'K', 30],
      ['258112-258123', "Ablation d'un cholesteatome de l'oreille moyenne, avec reconstruction de la chaine ossiculaire", 'K', 300],
      ['258134-258145', "Reprise chirurgicale d'un cholesteatome", 'K', 250],
    ]);
  });
  it('a parenthesised pair inside a sentence is still no code line: `les prestations (461215-461226), 461230 - 461241 …` (2002022476)', () => {
    const { prestations } = parse(md('2. dans la troisième règle d\'application, les prestations 460412 - 460423 et 460434 - 460445 sont supprimées et les prestations\n(461215-461226), 461230 - 461241 et 461252 - 461263 sont insérées. <Err. M. B. 07-08-2002, p. 34407>'));
    expect(prestations).toEqual([]);
  });
  it('fixed-width block with two code groups joined by ou and the value at the line end', () => {
    const { prestations } = parse(md('"\n```\n  149170 - 149181 ou 474655 - 474666\n  Ponction lombaire                                K 26\n```\n"'));
    expect(show(prestations)).toEqual(['149170-149181 K 26', '474655-474666 K 26']);
  });
  it('multi-term values over dot-leader paragraphs', () => {
    const { prestations } = parse(md('1. les prestations suivantes sont insérées après la prestation 590811 :\n\n"590715\n\nHonoraires pour l\'orientation d\'un patient, avec rapport écrit . . . . . A 34 +\n\n. . . . Q 30";'));
    expect(prestations[0].value?.terms).toEqual([{ letter: 'A', coefficient: 34 }, { letter: 'Q', coefficient: 30 }]);
  });
  it('a value given with its old value is no definition (the amendment carries it)', () => {
    const { prestations } = parse(md('a) la valeur relative "K 25" de la prestation 532630-532641 est remplacée par "K 21,40";'));
    expect(prestations).toEqual([]);
  });
  it('deleted prestations quoted in full are not defined', () => {
    const { prestations } = parse(md('a) les prestations suivantes sont supprimées :\n\n"688531 688542 Tige standard pour placement sans ciment U 810"'));
    expect(prestations).toEqual([]);
  });
  it('nor those of `la prestation suivante est retirée :` (round 13, AD 2010092419)', () => {
    const { prestations } = parse(md('1. Au § 1er, intitulé " B. OPHTALMOLOGIE : ", la prestation suivante est retirée :\n\n" 614106-614110 Anneau de tension capsulaire intra-oculaire, par pièce . . . . . Y 12 ";'));
    expect(prestations).toEqual([]);
  });
});

describe('labels', () => {
  it("drop Justel's editorial notes (they are about the text, not the label)", () => {
    const { prestations } = parse(md('1. la prestation suivante est insérée après la prestation 460456 - 460460 :\n\n" 461215 - 461226\n\nRépétition dans l\'année (civile) de la prestation 460456 - 460460. <Err. M.B. 07-08-2002, p. 34407> L\'enregistrement est exigé . . . . . N 104 "'));
    const p = prestations.find((x) => x.codes[0] === '461215')!;
    expect(p.label).not.toMatch(/Err\./);
    expect(p.label).toMatch(/^Répétition .* L'enregistrement est exigé$/);
    expect(p.value).toMatchObject({ letter: 'N', coefficient: 104 });
  });
});

describe('code lines found on the first blind set (2009022078, 2013022576, 2002022477, 2004022700)', () => {
  it('a flattened table: the code after a row\'s value, notes and class starts the next row', () => {
    const { prestations } = parse(md('1. la rubrique "5/MICROBIOLOGIE" est remplacée par les dispositions suivantes :\n\n" 5/MICROBIOLOGIE  549010-549021  Hémoculture avec identification des germes isolés . . . . . B 600(Maximum 1) Classe 19  549032-549043  Hémoculture anaérobie avec identification des germes isolés . . . . . B 600(Maximum 1) Classe 19  549312-549323  Culture aérobie d\'urine avec identification des germes isolés . . . . . B 200(Maximum 1) Classe 12 (Règle de cumul 70)  549511-549522  Examen cytologique du liquide céphalo-rachidien : numération des leucocytes . . . . . B 250(Maximum 1) Classe 13 "'));
    expect(show(prestations)).toEqual(['549010-549021 B 600', '549032-549043 B 600', '549312-549323 B 200', '549511-549522 B 250']);
  });
  it('a code right after the opening quote mark of new text starts its line', () => {
    const { prestations } = parse(md('b) A l\'intitulé "Unicondylaire", la prestation "704491-704502 Composant tibial unicondylaire monobloc en polyéthylène highly cross-linked U 650" est insérée avant la prestation 734333 734344";'));
    expect(show(prestations)).toEqual(['704491-704502 U 650']);
  });
  it('a hospital-only code after the quote mark and a dash', () => {
    const { prestations } = parse(md('1. la prestation suivante est insérée in fine : " - 461322 Examen échographique complet de l\'enfant né avec une anomalie . . . . . N 208 "'));
    expect(show(prestations)).toEqual(['461322 N 208']);
  });
  it('a code line with its label and no value, in quoted new text, is defined without a value', () => {
    const { prestations } = parse(md('1. Au § 1er, C. Neurochirurgie, catégorie 1, les prestations suivantes sont introduites après la prestation 683152-683163 :\n\n" 683174-683185\n\nPompe implantable à débit constant, y compris les accessoires, destinée à l\'administration intrathécale d\'un agent antispasmodique\n\n683196-683200\n\nPompe implantable à débit constant, y compris les accessoires, destinée à l\'administration intrathécale de morphine "'));
    expect(prestations.map((p) => [p.codes.join('-'), p.value])).toEqual([['683174-683185', null], ['683196-683200', null]]);
    expect(prestations[0].label).toMatch(/^Pompe implantable .* antispasmodique$/);
  });
  it('headings and code numbers put into a list define nothing', () => {
    const { prestations } = parse(md('f) Les intitulés et prestations suivants sont insérés avant le § 18 :\n\n" - 150 % pour les prestations :\n\nC. Neurochirurgie :\n\nAccessoires pour valves : 695936-695940 "'));
    expect(prestations).toEqual([]);
  });
});
