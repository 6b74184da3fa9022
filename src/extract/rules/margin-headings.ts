import type { CodeGroup } from '../code-groups.js';
import { groupsIn, type Piece, type Segment } from './context.js';
import { DIGITS, PERCENT_ITEM } from './forms.js';

/**
 * The safety margins of the implant articles (35, 35bis: `- 20 % pour les prestations :` headings, § 17, earlier § 6)
 * are changed by instructions that name the heading and put prestations under it: in the quote that follows
 * (`à l'intitulé "- 20 % pour les prestations", … est complété par ce qui suit : "X …"`), in their own words (`…,
 * l'intitulé "Hanche" est complété par la prestation X;`, `la prestation X est introduite après la prestation Y`), or
 * in lettered sub-items (`…, les modifications suivantes sont apportées : a) … b) …`). The rules extractor (index.ts)
 * asks, for a quoted heading name that names no code, which codes go under it: they are billed at its percentage.
 */

/**
 * The code groups an instruction puts under the heading a quote names (`à l'intitulé "- 10 % pour les prestations :", les
 * prestations suivantes sont insérées …`, `la rubrique "…" est complétée par ce qui suit : "…"`): those of the first quote
 * after it that holds codes, within the same instruction, up to a heading of its own; none when the quote is the place of
 * an insertion (`… insérées avant l'intitulé "…"`)
 */
export function marginHeadingCodes(text: string, pieces: readonly Piece[], segments: readonly Segment[], i: number): CodeGroup[] {
  const seg = segments.find((x) => x.id === pieces[i].segment);
  if (!seg || seg.id < 0) return [];
  const before = text.slice(Math.max(0, seg.start - 80), seg.start);
  if (!HEADING_NAMED.test(before) || HEADING_AS_PLACE.test(before)) return [];
  // (or the codes the instruction itself gives: `…, l'intitulé "Hanche" est complété par la prestation 704174-704185;`,
  // `… les prestations X et Y sont remplacées par les prestations Z et W;`), up to the instruction's end or the next
  // percentage heading it names
  const lineEnd = text.indexOf('\n', seg.end);
  let instruction = text.slice(seg.end, lineEnd < 0 ? text.length : lineEnd);
  const stop = INSTRUCTION_STOP.exec(instruction);
  if (stop) instruction = instruction.slice(0, stop.index);
  const given = givenCodes(text, instruction, seg.end);
  if (given.length) return given;
  // (`…, les modifications suivantes sont apportées :` then lettered sub-items: those completing in their own words)
  const bySubItems = CHANGES_FOLLOW.test(instruction) && lineEnd >= 0 ? subItemCodes(text, lineEnd) : [];
  const out: CodeGroup[] = [];
  for (let j = i + 1; j < pieces.length; j++) {
    const p = pieces[j];
    if (p.segment === seg.id) continue;
    const at = segments.find((x) => x.id === p.segment);
    if (!at || at.start - seg.end > 600) break;
    const between = text.slice(seg.end, at.start);
    // (never past the instruction: its `;`, a sentence's end, the next item or article)
    if (INSTRUCTION_END.test(between)) break;
    const lead = text.slice(Math.max(0, at.start - 80), at.start);
    if (PERCENT_ITEM.test(text.slice(p.start, p.end))) {
      // (a heading named as the place of the insertion, `… insérés avant l'intitulé "- 110 % …"`, is passed over)
      if (out.length === 0 && HEADING_AS_PLACE.test(lead)) continue;
      break;
    }
    // (another heading the instruction names: `intitulé "A. Orthopédie"`)
    if (out.length === 0 && HEADING_NAMED.test(lead) && !DIGITS.test(text.slice(at.start, at.end))) continue;
    if (out.length === 0 && p.start === at.start && !INSTRUCTION_ADDS.test(between)) break;
    out.push(...groupsIn(text, p.start, p.end));
    // (the payload quote ends the search)
    if (pieces[j + 1]?.segment !== p.segment && out.length) break;
  }
  if (bySubItems.length) return [...out, ...bySubItems].sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The codes the lettered sub-items after `from` give in their own words (`b) L'intitulé "Humérus" est complété par les
 * prestations X et Y;`), up to the next numbered item or article
 */
function subItemCodes(text: string, from: number): CodeGroup[] {
  const out: CodeGroup[] = [];
  SUB_ITEM.lastIndex = from;
  // (sticky: one line after another, until a line that is none of these)
  for (let m = SUB_ITEM.exec(text); m; m = SUB_ITEM.exec(text)) {
    if (!m[1]) continue;
    out.push(...givenCodes(text, m[1].split(';')[0], m.index + m[0].length - m[1].length));
  }
  return out;
}

/**
 * The codes an instruction's words (`words`, at `at` in the text) put in place: `est complété par la prestation X`, `la
 * prestation X est introduite après la prestation Y` (X, not the place Y)
 */
function givenCodes(text: string, words: string, at: number): CodeGroup[] {
  const m = CODES_GIVEN.exec(words) ?? CODES_INSERTED.exec(words);
  if (!m) return [];
  const from = at + m.index + m[0].indexOf(m[1]);
  return groupsIn(text, from, from + m[1].length);
}

/** A quote that is the name of a heading (`à l'intitulé "`, `la rubrique "`), just before it. */
const HEADING_NAMED = /(?:intitulé|rubrique)\s*:?\s*"?\s*$/iu;
/**
 * … named as the place of an insertion, or as a new name, not as the heading completed: `insérées avant l'intitulé "`,
 * `est remplacé par l'intitulé "`, `à la fin de la rubrique qui précède l'intitulé "`.
 */
const HEADING_AS_PLACE = /(?:avant|après|précédant|précède|suivant|suit|remplacée?s?\s+par)\s+(?:l'|la\s+)(?:intitulé|rubrique)\s*:?\s*"?\s*$/iu;
/**
 * Where an instruction ends, between a heading it names and a quote after it: `;`, a sentence's end, the next numbered
 * item or article (not a lettered sub-item of `… les modifications suivantes sont apportées :`).
 */
const INSTRUCTION_END = /;|\.\s*(?:\n|$)|\n\s*(?:\d+[°.)]|\*\*)/u;
/** Where the instruction completing a heading stops being about it: its `;`, or the next percentage heading it names. */
const INSTRUCTION_STOP = /;|"\s*-?\s*\d+(?:,\d+)?\s*%\s+pour\s+les\s+prestations/iu;
/** Codes an instruction puts under a heading in its own words: `est complété par les prestations X et Y`, `sont remplacées par la prestation Z`. */
const CODES_GIVEN = /(?<!\w)(?:est|sont)\s+(?:compl[ée]t[ée]e?s?|remplac[ée]e?s?)\s+par\s+(?:la|les)\s+prestations?\s+((?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:(?:\s*,\s*|\s+et\s+)\d{6}(?:\s*-\s*\d{6})?)*)/iu;
/** `la prestation X est introduite après la prestation Y`, `les prestations X et Y sont insérées …`: X (and Y) put in. */
const CODES_INSERTED = /(?<!\w)(?:la|les)\s+prestations?\s+((?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:(?:\s*,\s*|\s+et\s+)\d{6}(?:\s*-\s*\d{6})?)*)\s+(?:est|sont)\s+(?:introduite?s?|ins[ée]r[ée]e?s?|ajout[ée]e?s?)(?![\p{L}])/iu;
/** `…, les modifications suivantes sont apportées :`: lettered sub-items follow. */
const CHANGES_FOLLOW = /(?<!\w)(?:les\s+)?modifications\s+suivantes\s+(?:y\s+)?sont\s+apportées\s*:\s*$/iu;
/**
 * The lines after such an instruction, one match each, consecutive: a blank line, a lettered sub-item (its text in group 1),
 * or a line of a quote (`"Hanche :`, `704196-704200";`); the next numbered item or article ends the run.
 */
const SUB_ITEM = /\n[ \t]*(?:[a-z]\)[ \t]*([^\n]*)|(?![ \t]*(?:\d+[°.)]|\*\*))[^\n]*)/gy;
/** The instruction adds text (under the heading it named). */
const INSTRUCTION_ADDS = /compl[ée]t|ins[ée]r|ajout/iu;
