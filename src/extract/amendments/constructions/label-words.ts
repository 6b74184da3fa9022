import type { Amendment } from '../../../schema/document.js';
import { lineEndOf, lineStartOf, SENTENCE_WINDOW } from '../bounds.js';
import { findCodeGroups, type CodeGroup } from '../../codes.js';
import type { Clause } from '../clauses.js';
import type { Construction } from './types.js';
import type { Anchor } from '../context.js';

/**
 * Words edited inside the label of named prestations are a change of those
 * prestations' labels (`dans le libellé de la prestation X, les mots "a" sont
 * remplacés par "b"`, `… sont supprimés du libellé des prestations X, Y et Z`,
 * `le mot "Fût" est ajouté au début du libellé des prestations suivantes … :
 * X, Y et Z`). The amendment becomes substitution/label of those groups; its
 * old/new stay the words and `wordsEdit` says how they change the label.
 */
export const labelWords: Construction = {
  id: 'label-words',
  summary: 'words replaced, added or deleted inside the label of named prestations → substitution/label of those prestations',
  examples: [
    {
      // the alinéa that follows the label is a rule placed by it, not the label
      from: '2009022157',
      text: '1. Au § 5 à l\'alinéa suivant le libellé de la prestation 422855, les mots " avec un maximum de six fois par accouchement " sont remplacés par les mots " avec un total maximum de 7 fois par accouchement ";',
      reads: ['substitution/words @422855'],
      never: ['substitution/label'],
    },
    {
      from: '2006022188',
      text: '1. au § 1er, E., 1., 2°, les mots " après amputation de la jambe " sont supprimés du libellé des prestations 676196, 676211 et 676233;',
      reads: ['substitution/label 676196,676211,676233'],
      never: ['repeal/words'],
    },
    {
      from: '2006022188',
      text: 'b) le mot " fût " est ajouté au début du libellé des prestations suivantes et les mots " du pied " en sont supprimés : 696113, 696135 et 696150;',
      reads: ['substitution/label 696113,696135,696150', 'substitution/label 696113,696135,696150'],
    },
    {
      from: '2013022038',
      text: 'b) à la rubrique " Colles tissulaires ", dans le libellé de la prestation 703253-703264, le mot "intradurale" est inséré entre les mots "fermeture" et "de la dure-mère";',
      reads: ['substitution/label 703253-703264'],
    },
    {
      from: '2013022576',
      text: 'a) Les libellés des prestations 688870-688881, 688892-688903 et 689430-689441 sont complétés par les mots "y compris l\'obturateur ou les plugs";',
      reads: ['substitution/label 688870-688881,688892-688903,689430-689441'],
    },
    {
      from: '2009022077',
      text: '5. le libellé de la prestation 258112-258123 est complété comme suit : " ou 258871-258882 ";',
      reads: ['substitution/label 258112-258123'],
      never: ['insertion/label'],
    },
    {
      from: '2002022476',
      text: "1. au 12°, dans les dispositions qui suivent le libellé de la prestation 460670, dans la liste des numéros de prestations concernant l'article 17bis , § 1er, les numéros 460412 et 460434 sont supprimés et les numéros 461215-461226 et 461230-461241 sont insérés.",
      reads: ['repeal/words 460412,460434', 'insertion/words 461215-461226,461230-461241'],
      never: ['substitution/label'],
    },
    {
      // fourteenth synthetic blind round (AH 2004096012): a lead naming the rules after a label places its sub-items'
      // numbers in those rules, not in the label
      from: 'synthetic round 14, AH 2004096012',
      text: "A. dans les règles d'application qui suivent le libellé de la prestation 476206 - 476210 :\n\n1. au premier alinéa, les numéros de prestation 476641 et 476663 sont insérés;\n\n2. au troisième alinéa, le numéro de prestation 476324 est supprimé et le numéro de prestation 476685 est inséré.",
      reads: ['insertion/words 476641,476663 @476206', 'repeal/words 476324 @476206', 'insertion/words 476685 @476206'],
      never: ['substitution/label'],
    },
    {
      from: '2018031987',
      text: '1. dans le libellé de la prestation 460670,\n\na) au point 11, les mots "457855, 457870, 457892," sont insérés entre les numéros d\'ordre "458850" et "458872";\n\nb) le point 5 est complété par les mots", 457914, 457936, 457951".',
      reads: ['substitution/label 460670', 'substitution/label 460670'],
    },
    {
      // fourteenth synthetic blind round (AI 2019098868): `la même prestation` is the one the point before named
      from: 'synthetic round 14, AI 2019098868',
      text: '1° dans le libellé de la prestation 477131-477142, les mots "d\'une durée de six heures" sont remplacés par les mots "d\'une durée d\'au moins six heures";\n\n2° dans le texte néerlandais du libellé de la même prestation, les mots "met een duur van zes uur" sont remplacés par les mots "met een duur van minstens zes uur".',
      reads: ['substitution/label 477131-477142', 'substitution/label 477131-477142'],
    },
    {
      from: '2013022079',
      text: 'a) La description de la prestation 733272-733283 est complétée par les mots "à partir de 18 ans";',
      reads: ['substitution/label 733272-733283'],
    },
    {
      from: '2003022342',
      text: 'b) la prestation 460213 - 460224 est supprimée.\n\nc) la règle d\'application qui suit la prestation 460493 - 460504 est supprimée et le libellé de cette même prestation est adapté comme suit: " Echographie bidimensionnelle "',
      reads: ['substitution/label 460493-460504'],
      never: ['substitution/label 460213-460224'],
    },
    {
      from: '2004022699',
      text: '1. Au § 1er, I. Gynécologie, chirurgie plastique et reconstructive, catégorie 2a, prestation 688472, les mots ",à l\'exception du clip, " sont introduit entre les mots " matériel " et " utilisé ";',
      reads: ['substitution/label 688472'],
    },
    {
      from: '2006022188',
      text: 'b) dans le libellé de la prestation 655513, le numéro de prestation 654511 est remplacé par le numéro 654673;',
      reads: ['substitution/label 655513'],
    },
    {
      // the verb as an order, `doit être remplacé par` (synthetic round 19, AZ 2004079462)
      from: '2003022342',
      text: 'j) dans le libellé de la prestation 461322, le numéro 460364 doit être remplacé par le numéro 460644.',
      reads: ['substitution/label 461322'],
    },
    {
      // an order that prescribes, not amends: only `remplacé`, `inséré`, `supprimé`, `abrogé` amend as `doit être …`
      from: 'review of round 19\'s fix',
      text: 'k) dans le libellé de la prestation 461322, le numéro 460364 doit être remplacé par le numéro 460644.\n\nl) au § 2, la demande doit être introduite auprès du médecin-conseil.\n\nm) au § 3, le formulaire doit être rapporté au médecin-conseil dans les 30 jours.',
      reads: ['substitution/label 461322'],
      never: ['insertion', 'repeal'],
    },
    {
      // the words before the verb, the label's list after it, with rubric headings between the codes (synthetic blind set B)
      from: 'synthetic set B, 2010092271',
      text: '1. au § 1er, les mots " sous contrôle radioscopique " sont remplacés par les mots " sous contrôle radioscopique ou par navigation assistée par ordinateur " dans le libellé des prestations suivantes :\n\nEpaule :\n\n292972-292983\n\n292994-293005\n\nHanche :\n\n293834-293845\n\n293856-293860;\n\n2. au § 1er, à la prestation 289052-289063 ; les mots " par voie antérieure " sont insérés après le mot " arthrodèse " ;',
      reads: ['substitution/label 292972-292983,292994-293005,293834-293845,293856-293860', 'substitution/label 289052-289063'],
      never: ['insertion/words', 'substitution/words'],
    },
    {
      from: 'synthetic set B, 2012092295 and 2014092317',
      text: 'b) Pour la prestation 734333-734344, le mot "unipolaire" est remplacé par le mot "bipolaire";\n\nc) au § 1er, dans le libellé des codes de nomenclature suivants, les mots " par séance " sont remplacés par les mots " par séance et par dent " :\n\n371033-371044, 371055-371066 et 371070-371081;\n\n301033-301044;\n\nd) au § 1er, dans l\'intitulé qui précède les prestations suivantes, le mot " enfants " est remplacé par le mot " jeunes " : 373590-373601 et 373612-373623.',
      reads: ['substitution/label 734333-734344', 'substitution/label 371033-371044,371055-371066,371070-371081,301033-301044', 'substitution/words @373590'],
    },
    {
      // a lead that only names the prestation: its sub-items' words are in its label (synthetic blind set B)
      from: 'synthetic set B, 2011092283',
      text: '3. à la prestation 560615 :\n\n1) dans le libellé, les mots " d\'une durée globale minimale de 20 minutes " sont remplacés par les mots " d\'une durée globale minimale de 30 minutes ";\n\n2) la valeur relative " M 20 " est remplacée par " M 24 ";',
      reads: ['substitution/label 560615', 'substitution/relativeValue 560615'],
      never: ['substitution/words'],
    },
    {
      from: 'synthetic set A, 2000091526',
      text: 'III. dans la rubrique " 1/CHIMIE ", le texte néerlandais du libellé de la prestation 555984 - 555995 est remplacé par le texte suivant : " Bepaling van het gehalte ";',
      reads: ['substitution/label 555984-555995'],
      never: ['substitution/prestation'],
    },
    {
      // words put into the value, not the label: the counter-example of the named prestation
      from: '2013022023',
      text: '21. en ce qui concerne la prestation 305874-305885, les mots " P 0 " sont ajoutés sous la lettre clé et le nombre-coefficient;',
      reads: ['insertion/words 305874-305885'],
      never: ['substitution/label'],
    },
    {
      // third synthetic blind set (G 1997097158, H 2011098560, H 2010098237)
      from: 'synthetic sets G and H',
      text: '2. dans le libellé des prestations énumérées ci-après, les mots " avec tracé " sont remplacés par les mots " avec enregistrement " : 471170-471181, 471192-471203 et 471214-471225;\n\n3. au § 1er, 3°, dans le libellé de chacune des prestations énumérées ci-après, les mots " de 30 minutes " sont remplacés par les mots " de 45 minutes " :\n\n560652\n\n560814\n\n4. à la prestation 553571-553582, les modifications suivantes sont apportées :\n\na) les mots " sur sang " sont supprimés;\n\nb) la règle diagnostique " 43 " est insérée dans le libellé, avant les mots " (Maximum 1) ";',
      reads: ['substitution/label 471170-471181,471192-471203,471214-471225', 'substitution/label 560652,560814', 'substitution/label 553571-553582', 'substitution/label 553571-553582'],
      never: ['insertion/rule'],
    },
    {
      from: 'synthetic set K, 2010090563',
      text: '1. dans le libellé des prestations ci-après, les mots " , sous anesthésie générale " sont supprimés : 257316-257320 et 257331-257342;',
      reads: ['substitution/label 257316-257320,257331-257342'],
    },
    {
      // seventh synthetic blind round (P 2015095841): the label's place after the verb, its prestations after a colon,
      // one a paragraph; and the same label named in a lead whose sub-items give the words
      from: 'synthetic round 7, P 2015095841',
      text: '2° les mots " par séance " sont remplacés par les mots " par séance d\'irradiation " dans le libellé des prestations :\n\n444150-444161,\n\n444172-444183,\n\n444194-444205;\n\n3° la valeur relative de la prestation 444301-444312 est portée à K 1050;\n\n4° dans le libellé des prestations 444216-444220 et 444231-444242 :\n\na) les mots " par fraction " sont remplacés par les mots " par séance ";\n\nb) le mot " externe " est supprimé.',
      reads: ['substitution/label 444150-444161,444172-444183,444194-444205', 'substitution/relativeValue 444301-444312', 'substitution/label 444216-444220,444231-444242', 'substitution/label 444216-444220,444231-444242'],
      never: ['substitution/label 444150-444161,444172-444183,444194-444205,', 'substitution/words'],
    },
    {
      from: 'synthetic round 5, 2010091794',
      text: '4° à la prestation 444216-444220; les mots " au moins dix séances " sont remplacés par les mots " au moins cinq séances ".',
      reads: ['substitution/label 444216-444220'],
      never: ['substitution/words'],
    },
    {
      // twelfth synthetic blind round (AC 1997094417): a quoted number (`le chiffre`, `le nombre`) of the label, after `;`,
      // `,` or a colon on the same line
      from: 'synthetic round 12, AC 1997094417',
      text: '2. à la prestation 242056 - 242060; le chiffre " 2 " est remplacé par " 3 ".\n\n3. à la prestation 242071 - 242082, le nombre " 4 " est remplacé par le nombre " 5 ".\n\n4. à la prestation 242093 - 242104 : les mots " deux fois " sont remplacés par les mots " trois fois ".',
      reads: ['substitution/label 242056-242060', 'substitution/label 242071-242082', 'substitution/label 242093-242104'],
      never: ['substitution/words'],
    },
  ],
};

/** `du libellé des prestations`, `au début du libellé de la prestation`, `dans le libellé français de la prestation`, `les libellés des prestations`. */
const LOCUS =
  /(?<!\p{L})(?:(?:dans|au|du|à|de)\s+(?:(?:le\s+)?début\s+du\s+|(?:la\s+)?fin\s+du\s+|le\s+|la\s+version\s+(?:française|néerlandaise)\s+du\s+)?|(?:le|les|la)\s+)(?:libell[ée]s?|descriptions?)(?:\s+(?:français|néerlandais|en\s+français|en\s+néerlandais))?\s+(?:de\s+la|des|de\s+cette|de\s+ces|du|de\s+chacune\s+des)\s+(?:même\s+)?(?:prestations?|numéros?|codes?)(?:\s+de\s+nomenclature|\s+d'ordre)?(?:\s+suivante?s?|(?:\s+(?:énumérée?s?|reprise?s?|mentionnée?s?|visée?s?|citée?s?))?\s+ci-(?:après|dessous))?\s*(?:n[°o]s?\s*)?/giu;
/** `…, catégorie 2a, prestation 688472,`, `à la prestation X ;`, `pour la prestation X,`: the prestation named as the place. */
const NAMED_PRESTATION = /(?:^|[,;])\s*(?:\d{1,2}°\s*|[\w)]{1,4}[.)]\s*)?(?:(?:à|dans|pour|en\s+ce\s+qui\s+concerne|quant\s+à)\s+la\s+|la\s+)?prestation\s+(?:n°\s*)?(?=\d{6})/iu;
/** `qui suivent le libellé`, `sous le libellé`: the words just before a locus that put the text next to the label. */
const PLACED_BY_LABEL = /(?:suit|suivent|suivant|précède|précèdent|précédant|sous|après|suite)\s+$/iu;
/** `les mots " P 0 " sont ajoutés sous la lettre clé et le nombre-coefficient`: words placed in the value, not the label. */
const IN_VALUE = /(?<!\p{L})(?:lettre[- ]clé|nombre-coefficient|coefficient|valeurs?\s+relatives?)(?!\p{L})/iu;
/** `dans la prestation X, la phrase "…"`: a sentence of X's label. */
const IN_PRESTATION = /(?<!\p{L})dans\s+la\s+prestation\s+(?=\d{6})/giu;

/** The sentence around a clause in own text: from the last line break or `;` before it to the next after it. */
function sentenceOf(own: string, c: Clause): { from: number; to: number } {
  let from = c.start;
  from = lineStartOf(own, from, true);
  // `dans le libellé de la prestation X ; les mots …`: a locus cut off by a semicolon still leads the clause
  if (from > 0 && own[from - 1] === ';') {
    let prev = from - 1;
    while (prev > 0 && own[prev - 1] !== '\n' && own[prev - 1] !== ';') prev--;
    const seg = own.slice(prev, from - 1);
    LOCUS.lastIndex = 0;
    if ((LOCUS.test(seg) || NAMED_PRESTATION.test(seg)) && !/\b(?:est|sont)\s+\p{L}/u.test(seg)) from = prev;
  }
  let to = Math.max(c.end, c.verbEnd);
  to = lineEndOf(own, to, true);
  return { from, to };
}

/** Groups listed from `at` on: `X, Y et Z`. */
function listAt(own: string, at: number, to: number): CodeGroup[] {
  const gs = findCodeGroups(own, at, Math.min(to, at + 2000));
  if (!gs.length || !/^\s*$/u.test(own.slice(at, gs[0].start))) return [];
  const out = [gs[0]];
  for (let k = 1; k < gs.length && /^\s*(?:,|et|en)\s*$/u.test(own.slice(out[out.length - 1].end, gs[k].start)); k++) out.push(gs[k]);
  return out;
}

/** Between two listed groups: separators, or short rubric headings on their own lines (`Epaule :`). */
// (each repetition must take a heading: an optional one inside a starred group backtracks exponentially)
const LIST_GAP = /^[\s,;]*(?:et\s+)?(?:\p{Lu}[^\n\d:;"]{0,59}:[\s,;]*)*$/u;

/**
 * The code groups listed after a colon: `: X, Y et Z`, or over the next
 * paragraphs (`:\n\nEpaule :\n\n292972-292983\n\n292994-293005\n\nHanche : …`),
 * up to the first text that is neither a code, a separator nor a heading.
 */
function listAfterColon(own: string, at: number): CodeGroup[] {
  const gs = findCodeGroups(own, at, Math.min(own.length, at + 4000));
  const out: CodeGroup[] = [];
  let prev = at;
  for (const g of gs) {
    if (!LIST_GAP.test(own.slice(prev, g.start))) break;
    out.push(g);
    prev = g.end;
  }
  return out;
}

/**
 * The prestations whose label the clause edits, or null when the clause is
 * not located in a label. `cette (même) prestation` is the last group named
 * before the sentence in the same article.
 */
export function labelLocus(own: string, c: Clause, articleStart: number): CodeGroup[] | null {
  const { from, to } = sentenceOf(own, c);
  // the locus stands before this clause's verb (`… sont supprimés du libellé des prestations X` after it, in this clause);
  // a later clause of the line is not this one's place
  const sentence = own.slice(from, Math.min(to, Math.max(c.end, c.verbEnd)));
  let last: RegExpExecArray | null = null;
  LOCUS.lastIndex = 0;
  for (let m = LOCUS.exec(sentence); m; m = LOCUS.exec(sentence)) {
    // `les dispositions qui suivent le libellé de la prestation X`, `qui figure sous le libellé …`, `à l'alinéa suivant le libellé
    // de la prestation X`: a text placed by the label, not inside it
    if (!PLACED_BY_LABEL.test(sentence.slice(Math.max(0, m.index - 15), m.index))) last = m;
  }
  if (last) {
    const at = from + last.index + last[0].length;
    if (/(?:(?<!\w)suivante?s?|ci-après|ci-dessous)\s*(?:n[°o]s?\s*)?$/iu.test(last[0])) {
      // the list follows the sentence's colon: `… des prestations suivantes … : X, Y et Z`
      // (the first colon after the locus: the list may hold rubric headings `Hanche :` and run over paragraphs)
      const colon = own.indexOf(':', at);
      return colon >= at && colon < to ? listAfterColon(own, colon + 1) : [];
    }
    // `… sont remplacés par les mots "…" dans le libellé des prestations :` then one group a paragraph: the colon announces them
    const colon = /^[ \t]*:/u.exec(own.slice(at, at + 4));
    if (colon) return listAfterColon(own, at + colon[0].length);
    if (/(?<!\w)cette\s|(?<!\w)ces\s|(?<!\w)même\s/iu.test(last[0])) {
      // `la règle qui suit la prestation X est supprimée et le libellé de cette même prestation …`: X, in the same sentence first
      // (`2° dans le texte néerlandais du libellé de la même prestation, …`: the prestation of the point before)
      const within = findCodeGroups(own, from, from + last.index);
      if (within.length) return [within[within.length - 1]];
      const before = findCodeGroups(own, Math.max(articleStart, from - SENTENCE_WINDOW), from);
      return before.length ? [before[before.length - 1]] : [];
    }
    return listAt(own, at, to);
  }
  // `…, catégorie 2a, prestation 688472, les mots "…" sont introduits`: the prestation named as the place is its label
  // (`pour la prestation X, le mot …`, `à la prestation X ; les mots …`, `à la prestation X, "12e" est remplacé par …`)
  const named = NAMED_PRESTATION.exec(own.slice(from, c.verbStart));
  if (named && !IN_VALUE.test(own.slice(c.verbEnd, Math.max(c.end, c.verbEnd)))) {
    const at = from + named.index + named[0].length;
    const gs = listAt(own, at, c.verbStart);
    // (`le chiffre " 2 "`, `le nombre " 3 "`: a quoted number of the label, not the value's `nombre-coefficient`)
    if (gs.length && /^\s*[,;:]\s*(?:(?:l[ea]s?\s+)?(?:mots?|termes?)\b|(?:l[ea]s?\s+)?(?:chiffres?|nombres?)\s*"|"[^"\n]*"\s*$)/iu.test(own.slice(gs[gs.length - 1].end, c.verbStart))) return gs;
  }
  IN_PRESTATION.lastIndex = 0;
  const m = IN_PRESTATION.exec(sentence);
  if (m && /(?:phrase|mots?|termes?)\s/iu.test(own.slice(from + m.index, c.verbStart))) return listAt(own, from + m.index + m[0].length, to);
  return null;
}

/**
 * `2. dans le libellé de la prestation 460670, a) au point 11, les mots "…"
 * sont insérés …`: a lead (the point above, or the article's opening) that
 * only names a label places its sub-items' words in that label.
 */
export function labelLocusInLeads(own: string, leads: readonly { start: number; end: number }[]): CodeGroup[] | null {
  for (const lead of leads) {
    const text = own.slice(lead.start, lead.end);
    if (/(?<!\w)(?:est|sont)\s+(?:remplac|insér|supprim|abrog|ajout|complét|adapt)/iu.test(text)) continue;
    LOCUS.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = LOCUS.exec(text); m; m = LOCUS.exec(text)) last = m;
    // `dans les règles d'application qui suivent le libellé de la prestation X :`: a text placed by the label, not in it
    if (last && PLACED_BY_LABEL.test(text.slice(Math.max(0, last.index - 15), last.index))) continue;
    if (!last || /(?:(?<!\w)suivante?s?|(?<!\w)cette|(?<!\w)ces|ci-après|ci-dessous)\s*(?:n[°o]s?\s*)?$/iu.test(last[0])) continue;
    const at = lead.start + last.index + last[0].length;
    const gs = listAt(own, at, lead.end);
    if (gs.length) return gs;
  }
  return null;
}

/** A words (or label-completing) amendment located in a label becomes that label's substitution. */
export function asLabelEdit(a: Amendment, owners: CodeGroup[], quotedRule = false): Amendment {
  // (`la règle de cumul "(Règle de cumul 115)" est insérée` in a label: the rule's number is wording of the label)
  if (!(a.subject === 'words' || (a.subject === 'label' && a.type === 'insertion') || (a.subject === 'rule' && quotedRule))) return a;
  if (a.type === 'gap') return a;
  const codes = owners.map((g) => [...g.codes]);
  // the prestation that placed the words (`à la prestation X : a) les mots …`) is the label's owner, not its anchor
  const placedByOwner = a.target.anchor !== null && owners.some((g) => g.codes[0] === a.target.anchor);
  const target = placedByOwner ? { ...a.target, anchor: null, position: 'at' as const } : a.target;
  return { ...a, type: 'substitution', subject: 'label', target, codes: codes.length ? codes : a.codes, wordsEdit: a.type };
}

/** `dans l'intitulé qui précède les prestations suivantes, le mot … : X et Y`: a heading placed by the listed prestations. */
const HEADING_OF_LISTED = /(?<!\p{L})(?:intitulés?|titres?|rubriques?)\s+(qui\s+(?:précède|précèdent|suit|suivent)|précédant|suivant)\s+(?:les|la)\s+prestations?\s+suivantes?(?!\p{L})/iu;

/** The first listed prestation of such a heading, as the anchor of its words. */
export function headingOfListed(own: string, c: Clause): Anchor | null {
  const from = lineStartOf(own, c.start);
  const m = HEADING_OF_LISTED.exec(own.slice(from, c.verbStart));
  if (!m) return null;
  const to = lineEndOf(own, Math.max(c.end, c.verbEnd));
  const colon = own.indexOf(':', c.verbEnd);
  const first = colon >= 0 && colon < to ? listAfterColon(own, colon + 1)[0] : undefined;
  return first ? { group: first, position: /précéd/iu.test(m[1]) ? 'before' : 'after', relative: true } : null;
}

/** Where words of a clause stand when it names no text of its own: a rule, an alinéa, a heading … are not the label. */
const OTHER_TEXT = /(?<!\p{L})(?:règles?|alinéas?|intitulés?|rubriques?|titres?|notes?|tableaux?|dispositions?|points?|§)(?!\p{L})/iu;

/**
 * `à la prestation X : 1) dans le libellé, les mots …` / `a) les mots … sont
 * insérés après le mot …`: under a lead that only names a prestation, words
 * the sub-item places nowhere else (or `dans le libellé` bare) are in X's label.
 */
export function wordsInNamedPrestation(own: string, c: Clause): boolean {
  const before = own.slice(lineStartOf(own, c.start), c.verbStart).replace(/"[^"\n]*"/gu, ' ');
  // (`la règle diagnostique "43" est insérée dans le libellé, avant les mots …`: the place may follow the verb)
  const clause = own.slice(lineStartOf(own, c.start), lineEndOf(own, Math.max(c.end, c.verbEnd))).replace(/"[^"\n]*"/gu, ' ');
  if (/(?<!\p{L})(?:dans\s+le|au|du)\s+libell[ée](?!\p{L})(?!\s+(?:de|des|du)\s)/iu.test(clause)) return true;
  return !OTHER_TEXT.test(before) && !IN_VALUE.test(own.slice(c.start, lineEndOf(own, Math.max(c.end, c.verbEnd))));
}
