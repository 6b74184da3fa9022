import type { Amendment, Prestation } from '../../../schema/document.js';
import { lineStartOf } from '../bounds.js';
import type { DocumentStructure } from '../../../structure/types.js';
import { findCodeGroups, type CodeGroup } from '../../codes.js';
import type { Clause } from '../clauses.js';
import { leadsOf } from '../context.js';
import { targetAt } from '../../../structure/target-at.js';
import { groupsToCodes } from '../payload.js';
import type { Construction } from './types.js';
import { definedIn } from './payload-prestations.js';
import { execAll } from '../../../text/exec-all.js';

/**
 * Code numbers put into, taken out of or replaced in a list of the annex (a
 * percentage list, a category of implants, the codes a rule or an alinéa
 * enumerates) are an edit of that list's wording, not prestations entering or
 * leaving the nomenclature: `Au § 17, intitulé "- 0 % pour les prestations",
 * …, les prestations X et Y sont remplacées par les prestations Z`, `l'intitulé
 * "Genou" est complété par les prestations X, Y`. Such an edit is words, with
 * every group it names (outside quotes) as its codes; the groups that place it
 * (`entre les prestations X et Y`) stay anchors.
 */
export const listEdits: Construction = {
  id: 'list-edits',
  summary: 'codes edited in a list (percentage list, category heading, rule, alinéa) → words with those codes, never prestation insertions or repeals',
  examples: [
    {
      from: '2013022576',
      text: '11. Au § 5, 4°,  les prestations 688656-688660 et 688671-688682 sont remplacées par les prestations 704174-704185, 704196-704200 et 704211-704222;',
      reads: ['substitution/words 688656-688660,688671-688682,704174-704185,704196-704200,704211-704222'],
      never: ['substitution/prestation'],
    },
    {
      from: '2013022576',
      text: '16. Au § 16, intitulé "A. Orthopédie et traumatologie", intitulé "Catégorie 2", l\'intitulé "Cheville" est complété par la prestation 704594-704605;',
      reads: ['insertion/words 704594-704605'],
      never: ['insertion/prestation'],
    },
    {
      from: '2013022576',
      text: '19. Au § 17, intitulé "- 0 % pour les prestations", intitulé "A. Orthopédie et traumatologie", intitulé "Hanche", les prestations 688715-688726 et 688730-688741 sont remplacées par les prestations 704255-704266 et 704270-704281;',
      reads: ['substitution/words 688715-688726,688730-688741,704255-704266,704270-704281'],
      never: ['substitution/prestation'],
    },
    {
      from: '2013022576',
      text: '20. Au § 17, intitulé "- 10 % pour les prestations", intitulé "A. Orthopédie et traumatologie", l\'intitulé "Hanche", les modifications suivantes sont apportées :\n\na) Les prestations 688531-688542 et 688590 - 688601 sont supprimées;\n\nb) L\'intitulé est complété par les prestations 704233-704244 et 704292-704303;',
      reads: ['repeal/words 688531-688542,688590-688601', 'insertion/words 704233-704244,704292-704303'],
      never: ['repeal/prestation', 'insertion/prestation'],
    },
    {
      from: '2013022576',
      text: '14. Au  § 16, intitulé "A. Orthopédie et traumatologie", intitulé "Catégorie 2", intitulé "Hanche", sont apportées les modifications suivantes :\n\na) Les prestations 688531-688542, 688553-688564 sont supprimées;',
      reads: ['repeal/words 688531-688542,688553-688564'],
      never: ['repeal/prestation'],
    },
    {
      from: '2004022699',
      text: '4. Au § 7, I. Gynécologie, chirurgie plastique et reconstructive, intitulé "- Catégorie 2a :", la prestation 688494 est introduite après la prestation 688472;',
      reads: ['insertion/words 688494'],
      never: ['insertion/prestation'],
    },
    {
      // the second reader's counter-example: numbers taken out of a rule
      from: 'review of the amendments change',
      text: '1. dans la règle d\'application qui suit la prestation 477374-477385, les numéros suivants sont supprimés : "234564, 345670";',
      reads: ['repeal/words'],
      never: ['repeal/prestation'],
    },
    {
      from: '2012022065',
      text: '2. Au § 5, intitulé " D. Oto-rhino-laryngologie : ", avant l\'intitulé "  Catégorie 2b : ", les intitulés "  Catégorie 2a : ", " Filtres pour patients trachéotomisés : " et la prestation 733434 sont insérés;',
      reads: ['insertion/provision'],
      never: ['insertion/prestation', 'insertion/words'],
    },
    {
      from: '2009022174',
      text: 'b) l\'intitulé " Système d\'ancrage pour le BAHA " est complété la prestation 683572-683583;',
      reads: ['insertion/words 683572-683583'],
    },
    {
      from: '2006022042',
      text: '1. au § 1er, intitulé "C. Neurochirurgie", intitulé "Catégorie 2 :", sont apportées les modifications suivantes :\n\na) les prestations 683255-683266, 683270-683281, 683292-683303 et 683314-683325 sont supprimées;',
      reads: ['repeal/prestation 683255-683266,683270-683281,683292-683303,683314-683325'],
      never: ['repeal/words'],
    },
    {
      from: '2013022576',
      text: '1. Au § 1er, intitulé "A. ORTHOPEDIE ET TRAUMATOLOGIE", intitulé "Catégorie 1", les modifications suivantes sont apportées :\n\na) Les prestations suivantes sont supprimées : "688531 688542 Tige standard pour placement sans ciment U 810"',
      reads: ['repeal/prestation 688531-688542'],
    },
    {
      // first synthetic blind set (written blind by a reader of the gold README, 2026-12-03): a list named `énumération`
      from: 'synthetic set A, 1998091317',
      text: '1° dans l\'énumération des prestations qui donnent lieu à la majoration de 10 p.c., les prestations " 469372 - 469383, 469394 - 469405 et 469416 - 469420 " sont supprimées;\n\n2° dans la même énumération, les prestations " 461086 - 461090 et 461101 - 461112 " sont insérées entre les prestations " 460456 - 460460 " et " 460471 - 460482 ";',
      reads: ['repeal/words', 'insertion/words'],
      never: ['repeal/prestation', 'insertion/prestation'],
    },
    {
      // the prestation that places the rule is its anchor, not one of the numbers taken out (synthetic set D, 1997094362)
      from: 'synthetic set D, 1997094362',
      text: 'E. au 11°, sont supprimés, dans la règle d\'application qui suit la prestation 458511 - 458522, les numéros 458275 - 458286 et 458290 - 458301;',
      reads: ['repeal/words 458275-458286,458290-458301 @458511'],
    },
    {
      // `à l'alinéa 2` places it in a text (third synthetic blind set, H 2012098019)
      from: 'synthetic set H, 2012098019',
      text: 'b) à l\'alinéa 2, la prestation " 455512-455523 " est insérée entre les prestations " 455475-455486 " et " 455490-455501 ".',
      reads: ['insertion/words'],
      never: ['insertion/prestation'],
    },
    {
      // thirteenth synthetic blind round (AF 2002097741, issue #9 construction 10): an alinéa as a step of the locator's
      // path, after a long history clause, places quoted numbers in a text; the boundaries of `entre` are never inserted
      from: 'synthetic round 13, 2002097741',
      text: '1. A l\'article 15, § 4, alinéa 1er, de la même annexe, modifié par les arrêtés royaux des 31 août 1998 et 10 juin 2001, les prestations " 289354 - 289365 et 289376 - 289380 " sont insérées entre les prestations " 288223 - 288234 " et " 289951 - 289962 ".',
      reads: ['insertion/words'],
      never: ['insertion/prestation'],
    },
    {
      // (the same insertion between two prestations in the list of prestations itself: the two boundaries place it)
      from: 'synthetic round 13, 2002097741',
      text: '1. au § 4, les prestations 289354 - 289365 et 289376 - 289380 sont insérées entre les prestations 288223 - 288234 et 289951 - 289962.\n\n2. au § 5, les prestations " 289391 - 289402 " sont insérées entre les prestations " 288245 - 288256 " et " 289973 - 289984 ".',
      reads: ['insertion/prestation 289354-289365,289376-289380', 'insertion/prestation 289391-289402'],
      never: ['insertion/prestation 289951', 'insertion/prestation 288223', 'insertion/prestation 288245', 'insertion/prestation 289973'],
    },
    {
      // seventh synthetic blind round (P 2008095318): quoted numbers replaced in an alinéa the locator's path names
      // (in the sentence or in the enclosing point's lead); prestation lines are not alinéas
      from: 'synthetic round 7, P 2008095318',
      text: '2. au § 4, alinéa 1er, les numéros d\'ordre " 475053-475064 " sont remplacés par les numéros d\'ordre " 475311-475322, 475333-475344 ".\n\n3. au § 5, alinéa 2, sont apportées les modifications suivantes :\n\na) le numéro d\'ordre " 475075-475086 " est remplacé par le numéro d\'ordre " 475370-475381 ";',
      reads: ['substitution/words', 'substitution/words'],
      never: ['substitution/prestation'],
    },
    {
      // eleventh synthetic blind round (Z 2021090008): the list named by the enclosing lead, not the sentence
      from: 'synthetic round 11, Z 2021090008',
      text: '1. dans la liste des prestations qui suit l\'alinéa 1er, sont apportées les modifications suivantes :\n\n- les numéros " 599174 " et " 599196 " sont retirés de la liste;\n\n- le numéro de code " 599476 " est remplacé par les numéros de code " 599476-599480 ".',
      reads: ['repeal/words', 'substitution/words'],
      never: ['substitution/prestation', 'repeal/prestation'],
    },
    {
      // eleventh synthetic blind round (Y 1997099912): `la même règle d'application` is the rule the previous point placed
      from: 'synthetic round 11, Y 1997099912',
      text: '1. dans la deuxième règle d\'application qui suit la prestation 451905 - 451916, les numéros " 452045 - 452056 " sont supprimés;\n\n2. dans la même règle d\'application, les numéros " 452115 - 452126 " sont insérés entre les numéros " 451975 - 451986 " et " 452185 - 452196 ".',
      reads: ['repeal/words @451905', 'insertion/words @451905'],
      never: ['insertion/prestation'],
    },
    {
      // fourth synthetic blind set: the second boundary of `entre` is an anchor too (K 2012090584); quoted numbers
      // closing the sentence are not a code line whose label is the next point (J 1999090215)
      from: 'synthetic sets J and K',
      text: '3. dans la règle d\'application qui suit la prestation 289074 - 289085, les numéros " 289192 - 289203 " sont insérés entre les numéros " 289015 - 289026 " et " 289030 - 289041 ";\n\n4. la valeur relative de la prestation 288212 - 288223 est portée à N 250;\n\n5. au § 5, intitulé " Catégorie 2b : ", les prestations 734812-734823, 734834-734845 sont insérées entre les prestations 734790-734801 et 734856-734860;',
      reads: ['insertion/words @289074', 'substitution/relativeValue 288212-288223', 'insertion/words 734812-734823,734834-734845'],
      never: ['insertion/prestation', 'insertion/words 734812-734823,734834-734845,734856-734860'],
    },
    {
      // seventeenth synthetic blind round (AR 1999075034): a bare number added to an article's list, no text, no place
      // among the prestations (placed `après le numéro d'ordre X`, it is a prestation inserted)
      from: 'synthetic round 17, AR 1999075034',
      text: '2. au § 10, le numéro de code 461355 est inséré.\n\n3. au § 11, le numéro d\'ordre 461370 est inséré après le numéro d\'ordre 461355.',
      reads: ['insertion/words 461355', 'insertion/prestation 461370 @461355'],
      never: ['insertion/prestation 461355'],
    },
  ],
};

/** `entre les prestations 734790-734801 et ` (then B): where the second boundary of `entre` starts. */
const BETWEEN_SECOND = /(?<!\p{L})entre\s+(?:les\s+)?(?:prestations?\s+|numéros?\s+(?:d'ordre\s+)?)?\d{6}(?:\s*-\s*\d{6})?\s+et\s+(?=\d{6})/giu;
/** A quoted heading of a list: a percentage (`- 15 % pour les prestations`). */
const LIST_HEADING = /"[^"\n]{0,80}?(?:%|(?<!\w)pour\s+les\s+prestations\b)[^"\n]{0,80}"/iu;
/**
 * `Au § 16, intitulé "…", intitulé "Catégorie 2", …`: headings of a § after
 * the first. Articles 35 and 35bis (implants) define their prestations in
 * § 1; their later §§ hold rules and the lists that refer to them, so a
 * heading there heads a list of codes (only in those articles).
 */
const LATER_SECTION_HEADING = /§\s*(?:[2-9]|\d{2,})\w*\s*,[^;:"]{0,120}?(?:(?:l')?intitulé\s*"|\d{1,2}°)/iu;
/** `l'intitulé ("…")? est complété par les prestations`: a heading grows by code numbers. */
const HEADING_GROWS = /(?<!\p{L})l'intitulé\s*(?:"[^"]*"\s*)?$/iu;

/** Is this clause a code-list edit (see above)? `defined`: the prestations the text defines. */
export function isCodeListEdit(doc: DocumentStructure, own: string, c: Clause, defined: readonly Prestation[]): boolean {
  if (definedIn(doc, c.payload, defined).length) return false;
  const raw = doc.ingested.text.text;
  let from = c.start;
  from = lineStartOf(own, from);
  if (headingGrowsByCodes(doc, own, c)) return true;
  // `les intitulés "…" et la prestation 733434 sont insérés`: headings with code numbers put into a list are a provision (README)
  if (c.type === 'insertion' && /(?<!\p{L})(?:les\s+intitulés|l'intitulé\s+et)(?!\p{L})/iu.test(own.slice(lineStartOf(own, c.start), c.verbStart))) return false;
  const places = [raw.slice(from, c.verbStart), ...leadsOf(doc, c.verbStart).map((l) => raw.slice(l.start, l.end))];
  // the groups are named in the sentence: a payload quoting code lines (`… sont supprimées : "688531 688542 Tige …"`) deletes prestations
  const bare = c.payload.every((q) => !/\d{6}\s+\p{L}{3,}/u.test(raw.slice(q.innerStart, q.innerEnd)));
  // later §§ as lists: the implant articles (35, 35bis, 35ter) hold their percentage and category lists there
  const implants = /^35(?:bis|ter)?$/u.test(targetAt(doc, c.verbStart).article ?? '');
  return bare && places.some((p) => LIST_HEADING.test(p) || (implants && LATER_SECTION_HEADING.test(p)));
}

/** `l'intitulé "Genou" est complété (par) les prestations X, Y`: a heading of a list grows by code numbers. */
export function headingGrowsByCodes(doc: DocumentStructure, own: string, c: Clause): boolean {
  if (c.type !== 'insertion' || !/^complét/u.test(c.lemma)) return false;
  let from = c.start;
  from = lineStartOf(own, from);
  return HEADING_GROWS.test(doc.ingested.text.text.slice(from, c.verbStart)) && /^\s*(?:par\s+)?(?:la|les)\s+prestations?\s+\d{6}/iu.test(own.slice(c.verbEnd));
}

/** The list edit itself: every group named outside quotes, old and new for a replacement. */
export function listEditAmendment(own: string, c: Clause, anchors: readonly CodeGroup[], mk: (codes: string[][], old: unknown, nw: unknown) => Amendment): Amendment {
  const taken = new Set(anchors.map((g) => g.start));
  // `entre les prestations A et B`: B places the edit as A does
  for (const m of execAll(BETWEEN_SECOND, own.slice(c.start, Math.max(c.end, c.verbEnd)))) taken.add(c.start + m.index + m[0].length);
  const end = Math.max(c.end, c.verbEnd);
  const before = findCodeGroups(own, c.start, c.verbStart).filter((g) => !taken.has(g.start));
  const after = findCodeGroups(own, c.verbEnd, end).filter((g) => !taken.has(g.start));
  const codes = groupsToCodes([...before, ...after]);
  const list = (gs: CodeGroup[]) => (gs.length ? groupsToCodes(gs) : null);
  if (c.type === 'substitution') return mk(codes, list(before), list(after));
  if (c.type === 'insertion') return mk(codes, null, list([...before, ...after]));
  return mk(codes, list([...before, ...after]), null);
}
