import type { Amendment } from '../../../schema/document.js';
import { lineEndOf, lineStartOf, SENTENCE_WINDOW } from '../bounds.js';
import { findCodeGroups, type CodeGroup } from '../../codes.js';
import type { Clause } from '../clauses.js';
import type { Construction } from './types.js';

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
      from: '2018031987',
      text: '1. dans le libellé de la prestation 460670,\n\na) au point 11, les mots "457855, 457870, 457892," sont insérés entre les numéros d\'ordre "458850" et "458872";\n\nb) le point 5 est complété par les mots", 457914, 457936, 457951".',
      reads: ['substitution/label 460670', 'substitution/label 460670'],
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
  ],
};

/** `du libellé des prestations`, `au début du libellé de la prestation`, `dans le libellé français de la prestation`, `les libellés des prestations`. */
const LOCUS =
  /(?<!\p{L})(?:(?:dans|au|du|à|de)\s+(?:(?:le\s+)?début\s+du\s+|(?:la\s+)?fin\s+du\s+|le\s+|la\s+version\s+(?:française|néerlandaise)\s+du\s+)?|(?:le|les|la)\s+)(?:libell[ée]s?|descriptions?)(?:\s+(?:français|néerlandais|en\s+français|en\s+néerlandais))?\s+(?:de\s+la|des|de\s+cette|de\s+ces)\s+(?:même\s+)?(?:prestations?|numéros?)(?:\s+suivante?s?)?\s*(?:n[°o]s?\s*)?/giu;
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
    if (LOCUS.test(seg) && !/\b(?:est|sont)\s+\p{L}/u.test(seg)) from = prev;
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
    if (!/(?:suit|suivent|suivant|précède|précèdent|précédant|sous|après|suite)\s+$/iu.test(sentence.slice(Math.max(0, m.index - 15), m.index))) last = m;
  }
  if (last) {
    const at = from + last.index + last[0].length;
    if (/\bsuivante?s?\s*(?:n[°o]s?\s*)?$/iu.test(last[0])) {
      // the list follows the sentence's colon: `… des prestations suivantes … : X, Y et Z`
      const colon = own.lastIndexOf(':', to);
      return colon > at ? listAt(own, colon + 1, to) : [];
    }
    if (/\bcette\s|\bces\s/iu.test(last[0])) {
      // `la règle qui suit la prestation X est supprimée et le libellé de cette même prestation …`: X, in the same sentence first
      const within = findCodeGroups(own, from, from + last.index);
      if (within.length) return [within[within.length - 1]];
      const before = findCodeGroups(own, Math.max(articleStart, from - SENTENCE_WINDOW), from);
      return before.length ? [before[before.length - 1]] : [];
    }
    return listAt(own, at, to);
  }
  // `…, catégorie 2a, prestation 688472, les mots "…" sont introduits`: the prestation named as the place is its label
  const named = /(?:^|,)\s*(?:[\w°)]{1,4}[.)]\s*)?(?:à\s+la\s+|dans\s+la\s+|la\s+)?prestation\s+(?=\d{6})/iu.exec(own.slice(from, c.verbStart));
  if (named) {
    const at = from + named.index + named[0].length;
    const gs = listAt(own, at, c.verbStart);
    if (gs.length && /^\s*,\s*(?:l[ea]s?\s+)?(?:mots?|termes?)\b/iu.test(own.slice(gs[gs.length - 1].end, c.verbStart))) return gs;
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
    if (/\b(?:est|sont)\s+(?:remplac|insér|supprim|abrog|ajout|complét|adapt)/iu.test(text)) continue;
    LOCUS.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = LOCUS.exec(text); m; m = LOCUS.exec(text)) last = m;
    if (!last || /\b(?:suivante?s?|cette|ces)\s*(?:n[°o]s?\s*)?$/iu.test(last[0])) continue;
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
  return { ...a, type: 'substitution', subject: 'label', codes: codes.length ? codes : a.codes, wordsEdit: a.type };
}
