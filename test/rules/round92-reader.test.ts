import { describe, expect, it } from 'vitest';
import { decree, rulesOfText, summary } from './load.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { amendmentsWithPayloads } from '../../src/extract/amendments/index.js';

// A second reader's near variants of fc1e9d9 (round 92): misfires of that commit (the quote change, the new setting form,
// the titled rubric), and three older gaps it found beside them (marked `before too`), read as a careful reader does since
// its mend. Codes 461010-461098 (check digit: first five mod 7).

const amendsOf = (...lines: string[]) =>
  amendmentsWithPayloads(buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(decree(...lines)))))).amendments.map((a) => [a.type, a.old, a.new]);
const setting = (s: string) => typeSentence(s).find((t) => t.type === 'setting')?.params;
const bars = (...lines: string[]) => summary(rulesOfText(decree(...lines)).filter((r) => r.type === 'nonCumulation'));
const rule = (n: number, title: string) => [`**Art. ${n}.** A l'article 25 de l'annexe, le § 3 est remplacé par ce qui suit :`, '', `"Les prestations de la rubrique " ${title} " ne sont pas cumulables entre elles."`];

describe('quotes: a word quoted in amending text that ends on rubrique/intitulé/titre', () => {
  it('`le mot " rubrique " est remplacé par le mot " titre "` stays a substitution', () => {
    expect(amendsOf("**Article 1er.** A l'article 25 de l'annexe, au § 2, le mot \" rubrique \" est remplacé par le mot \" titre \".")).toEqual([['substitution', 'rubrique', 'titre']]);
  });
  it('`les mots " perçus au titre " sont remplacés par les mots " perçus en vertu "` stays a substitution', () => {
    expect(amendsOf("**Article 1er.** A l'article 25 de l'annexe, au § 2, les mots \" perçus au titre \" sont remplacés par les mots \" perçus en vertu \".")).toEqual([['substitution', 'perçus au titre', 'perçus en vertu']]);
  });
  it('`… " de la rubrique " Soins intensifs " sont chaque fois remplacés par les mots " du point 3 "` keeps its new words', () => {
    const a = amendsOf("**Article 1er.** A l'article 25 de l'annexe, au § 2, les mots \" de la rubrique \" Soins intensifs \" sont chaque fois remplacés par les mots \" du point 3 \".");
    expect(a.map((x) => x[2])).toEqual(['du point 3']);
  });
});

describe('titled rubric: the prestations under that title only', () => {
  const peds = ["\" Surveillance par un médecin spécialiste en pédiatrie d'un nouveau-né hospitalisé", '', '461010', '', 'les cinq premiers jours, par jour C 20', '', '461032', '', 'du sixième au trentième jour, par jour C 15'];
  it('stops at the next rubric title', () => {
    expect(bars("**Article 1er.** A l'article 25 de l'annexe, au § 1er, les rubriques suivantes sont insérées :", '', ...peds, '',
      "Surveillance par un médecin spécialiste en gériatrie d'un bénéficiaire hospitalisé", '', '461054', '', 'par jour C 25', '', '461076', '', 'après le trentième jour, par jour C 10 "', '',
      ...rule(2, 'Surveillance par un médecin spécialiste en pédiatrie'))).toEqual([['nonCumulation', '461010 461032']]);
  });
  it('stops at the end of the article that prints the title (no `**Art` in the ingested text)', () => {
    expect(bars("**Article 1er.** A l'article 25 de l'annexe, au § 1er, la rubrique suivante est insérée :", '', ...peds.slice(0, -1), peds.at(-1) + ' "', '',
      "**Art. 2.** A l'article 26 de l'annexe, les prestations suivantes sont insérées :", '', '" 461054', '', 'Forfait de coordination C 25', '', '461076', '', 'Forfait de sortie C 10 "', '',
      ...rule(3, 'Surveillance par un médecin spécialiste en pédiatrie'))).toEqual([['nonCumulation', '461010 461032']]);
  });
  it('a title is the whole line, not the first words of a longer one', () => {
    expect(bars("**Article 1er.** A l'article 25 de l'annexe, au § 1er, la rubrique suivante est insérée :", '', '" Soins intensifs néonatals', '', '461010', '', 'par jour C 20 "', '',
      "**Art. 2.** A l'article 25 de l'annexe, au § 2, la rubrique suivante est insérée :", '', '" Soins intensifs', '', '461032', '', 'par jour C 15 "', '',
      ...rule(3, 'Soins intensifs'))).toEqual([['nonCumulation', '461032']]);
  });
  it('(before too) a title quoted in the last paragraph of a block quote: the sentence whole, on that rubric', () => {
    const rules = rulesOfText(decree("**Article 1er.** A l'article 25 de l'annexe, le § 1er est remplacé par ce qui suit :", '',
      '" § 1er. Soins intensifs', '', '461010', '', 'par jour C 20', '', 'Soins palliatifs', '', '461032', '', 'par jour C 15', '',
      'Les prestations de la rubrique " Soins intensifs " ne sont pas cumulables avec la prestation 461098. "')).filter((r) => r.type === 'nonCumulation');
    expect(rules[0]?.text).toContain('Les prestations de la rubrique');
    expect(summary(rules)).toEqual([['nonCumulation', '461010']]);
  });
});

describe('setting: a choice of places is no hospital setting', () => {
  it.each([
    "Ces séances sont effectuées par le médecin spécialiste dans son cabinet ou dans la polyclinique d'un hôpital.",
    "Ces séances sont effectuées par le kinésithérapeute en cabinet ou dans le service de kinésithérapie d'un hôpital.",
    "Ces séances sont effectuées par le médecin spécialiste dans le service de médecine physique d'un hôpital ou d'un centre de revalidation agréé.",
  ])('%s', (s) => expect(setting(s)).toBeUndefined());
  it("(before too) the real wording of 2013022101 (comma, a ward's long name): hospital", () => {
    expect(setting("elle est exécutée par le médecin spécialiste en gériatrie, dans la section polyclinique du service de gériatrie (G 300) d'un hôpital agréé avec la participation de l'équipe en personnel infirmier gériatrique.")).toEqual({ setting: 'hospital' });
  });
});

describe('(before too) chaque prestation with a real bar', () => {
  it('`Lorsque X … le même jour que Y, chaque prestation ne peut être cumulée avec Z`: X and Y, with Z', () => {
    const rules = rulesOfText(decree("**Article 1er.** A l'article 35 de l'annexe, le § 9 est remplacé par ce qui suit :", '',
      '" § 9. Lorsque la prestation 461010 - 461021 est effectuée le même jour que la prestation 461032 - 461043, chaque prestation ne peut être cumulée avec la prestation 461054 - 461065. "')).filter((r) => r.type === 'nonCumulation');
    expect(summary(rules)).toEqual([['nonCumulation', '461010-461021 461032-461043']]);
    expect(rules[0].with?.codes).toEqual([['461054', '461065']]);
  });
});
