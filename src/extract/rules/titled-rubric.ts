import { accentTolerantSource } from '../../text/accents.js';
import type { PrestationRef } from './context.js';
import { dedupeGroups } from './code-sets.js';
import { escapeRegExp } from './label-words.js';

/**
 * A rubric named by its title, quoted: `les prestations de la rubrique " Surveillance par un médecin … "`, or by its place and
 * title, `Les implants visés au § 1er, F., catégorie 3, intitulé " Sphincters urinaires … "` (the title is group 1).
 */
const TITLED_RUBRIC =
  /(?<![\p{L}])(?:(?:prestations?|honoraires)\s+(?:de|d'|visées?\s+à|reprises?\s+(?:à|sous))\s*la\s+rubrique|(?:prestations?|honoraires|\p{L}{3,}s)\s+(?:visée?s?|reprise?s?|mentionnée?s?)\s+(?:au|à\s+l'|sous\s+l')[^"\n;]{0,80}?,?\s+(?:intitulé|rubrique))\s+"\s*([^"\n]{3,160}?)\s*"/iu;

/** Whether a sentence names a rubric by its title (TITLED_RUBRIC): its prestations are found by it, not by what stands above. */
export function namesTitledRubric(sentence: string): boolean {
  return /"/u.test(sentence) && TITLED_RUBRIC.test(sentence);
}

/** Where an article of the decree begins (the ingested text keeps `Art. 2.`, not its markdown). */
const NEXT_ARTICLE = /\n[ \t]*(?:Art\.|Article)\s+\d/u;

/** A line that lists a code. */
const HAS_CODE = /(?<!\d)\d{6}(?!\d)/u;

/**
 * The prestations of a rubric a rule names by its title (`A l'exception de la prestation X, les prestations de la rubrique
 * " Surveillance par un médecin agréé comme spécialiste en gériatrie " ne sont pas cumulables …`): those the decree puts
 * under a line that opens with that title, up to the next title, the end of that article or the rule. A line that is the
 * title whole is taken before one it only opens (` Soins intensifs ` is not ` Soins intensifs néonatals `), and the
 * nearest before the rule before any other. Null when the sentence names no rubric so, or the decree prints no such line.
 */
export function titledRubricCodes(sentence: string, text: string, prestations: readonly PrestationRef[], at: number): string[][] | null {
  const named = TITLED_RUBRIC.exec(sentence);
  if (!named) return null;
  const words = named[1].replace(/[\s.:]+$/u, '').split(/\s+/u).map(escapeRegExp);
  // (after a paragraph's or a point's mark too: `" § 1er. Soins intensifs`)
  const title = new RegExp(`(?:^|\\n)[ \\t]*"?[ \\t]*(?:§\\s*\\d+\\p{L}*\\.\\s+|[\\p{L}\\d]{1,3}[.)°]\\s+)?${accentTolerantSource(words.join('\\s+'))}(?![\\p{L}\\d])([^\\n]*)`, 'giu');
  const lines: { from: number; whole: boolean }[] = [];
  for (const m of text.matchAll(title)) {
    const from = m.index + m[0].length;
    if (from >= at && from <= at + sentence.length + 2) continue;
    lines.push({ from, whole: /^[ \t]*[.:]?[ \t]*"?[ \t]*$/u.test(m[1]) });
  }
  const pick = (some: typeof lines) => some.filter((l) => l.from < at).at(-1) ?? some[0];
  const line = lines.some((l) => l.whole) ? pick(lines.filter((l) => l.whole)) : lines.length ? pick(lines) : undefined;
  if (!line) return null;
  const to = Math.min(line.from < at ? at : text.length, rubricEnd(text, line.from));
  const codes = dedupeGroups(prestations.filter((p) => p.start >= line.from && p.start < to).flatMap((p) => p.codes));
  return codes.length ? codes : null;
}

/**
 * Where the rubric opened at `from` ends: the next article, or the next line of words that follows a line of words once
 * codes were listed (a title, or the rules after the table; a label follows its code's line, and a fixed-width table's
 * lines, indented, go on).
 */
function rubricEnd(text: string, from: number): number {
  const article = NEXT_ARTICLE.exec(text.slice(from));
  const end = article ? from + article.index : text.length;
  let previousHadCode = false;
  let seenCode = false;
  for (let k = text.indexOf('\n', from) + 1; k > 0 && k < end; ) {
    const next = text.indexOf('\n', k);
    const line = text.slice(k, next < 0 || next > end ? end : next);
    if (line.trim()) {
      const hasCode = HAS_CODE.test(line);
      if (!hasCode && !previousHadCode && seenCode && !/^[ \t]/u.test(line)) return k;
      previousHadCode = hasCode;
      seenCode ||= hasCode;
    }
    if (next < 0) break;
    k = next + 1;
  }
  return end;
}
