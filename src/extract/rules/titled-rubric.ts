import { accentTolerantSource } from '../../text/accents.js';
import type { PrestationRef } from './context.js';
import { dedupeGroups } from './refs.js';

/** A rubric named by its title, quoted: `les prestations de la rubrique " Surveillance par un médecin … "` (the title is group 1). */
const TITLED_RUBRIC = /(?<![\p{L}])(?:prestations?|honoraires)\s+(?:de|d'|visées?\s+à|reprises?\s+(?:à|sous))\s*la\s+rubrique\s+"\s*([^"\n]{3,160}?)\s*"/iu;

/**
 * The prestations of a rubric a rule names by its title (`A l'exception de la prestation X, les prestations de la rubrique
 * " Surveillance par un médecin agréé comme spécialiste en gériatrie " ne sont pas cumulables …`): those the decree puts
 * under that title where a line of its text opens with it, up to the rule or the next article. Null when the sentence
 * names no rubric so, or the decree prints no such title line.
 */
export function titledRubricCodes(sentence: string, text: string, prestations: readonly PrestationRef[], at: number): string[][] | null {
  const named = TITLED_RUBRIC.exec(sentence);
  if (!named) return null;
  const words = named[1].replace(/[\s.:]+$/u, '').split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const title = new RegExp(`(?:^|\\n)[ \\t]*"?[ \\t]*(${accentTolerantSource(words.join('\\s+'))})`, 'giu');
  for (const m of text.matchAll(title)) {
    const from = m.index + m[0].length;
    if (from >= at && from <= at + sentence.length) continue;
    const nextArticle = text.indexOf('\n**Art', from);
    const to = Math.min(from < at ? at : text.length, nextArticle < 0 ? text.length : nextArticle);
    const codes = dedupeGroups(prestations.filter((p) => p.start >= from && p.start < to).flatMap((p) => p.codes));
    if (codes.length) return codes;
  }
  return null;
}
