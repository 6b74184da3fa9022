import { accentTolerant } from '../../text/accents.js';
import { CODES, OPENING, RESTRICTED } from './barred-after-done.js';

/**
 * An act done a short while before another, then repeated in the same session as that other: the repeat is not billed.
 * `Si une coronarographie a été portée en compte endéans les 15 jours qui précèdent les prestations Y et Z, la
 * coronarographie effectuée au cours de la même séance que les prestations Y et Z ne peut être portée en compte`
 * (2003022340), `Si la prestation X a été portée en compte dans les 30 jours qui précèdent la prestation Y, la prestation
 * X effectuée au cours de la même séance que la prestation Y ne peut être portée en compte`: a non-cumulation, in one
 * session, of X with Y. X is named in the condition, by its codes or by its words (then the rule names no code of its
 * own); Y is what the window precedes, or what the session is shared with.
 *
 * Read strictly: the condition says that X was done within a span before (`dans les N jours qui précèdent`, `précédant`),
 * the main clause puts the repeat in the same session and denies it outright (`ne peut être`, `ne peut plus être`, `n'est
 * pas remboursée`), with nothing after the verb but the session (not `… que sur accord`, a restriction).
 */

const ci = accentTolerant('diu');

/** X done: `la prestation X`, `l'artériographie rénale X`, `une coronarographie`, then `a (déjà) été portée en compte`. */
const DONE = String.raw`((?:la|les|une?|l')(?:\s*[\p{L}-]+){1,5}?(?:\s+${CODES})?(?:\s*\([^()]{0,80}\))?)\s+(?:a|ont)\s+(?:déjà\s+)?été\s+(?:portée?s?\s+en\s+compte|attestée?s?|effectuée?s?|réalisée?s?|remboursée?s?)`;
/** The span before the other act, and that act if named there: `dans les 30 jours qui précèdent la prestation Y`. */
const WINDOW = String.raw`\s+(?:(?:endéans|dans|pendant|durant)\s+les|au\s+cours\s+des)\s+\S+\s+(?:jours|semaines|mois)\s+(?:qui\s+(?:les?\s+|la\s+)?précèdent|précédant)((?:[^,;.]|,(?=\s*(?:n°\s*)?\d{6})){0,160}?),\s*`;
/** The repeat in the same session (before or after the verb), denied outright. */
const SESSION = String.raw`(?:au\s+cours\s+de|lors\s+de|durant|pendant|dans)\s+la\s+même\s+séance`;
const DENIED = String.raw`(?:ne\s+peu(?:t|vent)\s+(?:pas\s+|plus\s+|jamais\s+)?(?!être\s${RESTRICTED})être\s+(?:portée?s?\s+en\s+compte|attestée?s?|remboursée?s?|facturée?s?)|n'(?:est|sont)\s+(?:pas|plus|jamais)\s+(?:portée?s?\s+en\s+compte|attestée?s?|remboursée?s?|remboursables?|attestables?|facturée?s?))(?![\p{L}])`;
const MAIN = String.raw`((?:(?!(?<![\p{L}])(?:si|lorsqu\p{L}*|sauf|que)(?![\p{L}]))[^.;]){0,200}?)(?:${SESSION}[^.;]{0,160}?${DENIED}|${DENIED}\s+${SESSION}(?![\p{L}])[^.;]{0,120}?)\s*(?:[.;"]|$)`;

/** Group 1: X's words; 2: what the window precedes; 3: the main clause up to its verb. */
const FORM = ci`${OPENING}${DONE}${WINDOW}${MAIN}`;

export interface RepeatedBefore {
  /** where X is named in the sentence (its codes, if any, are the rule's own) */
  done: { from: number; to: number };
  /** where the other act is named: what the window precedes, else the main clause (its codes are the other party) */
  other: { from: number; to: number };
  /** the main clause's subject, up to the session or the denial: the act barred, when it names codes of its own */
  barred: { from: number; to: number };
}

/** The parts of such a sentence, or null. */
export function repeatedBefore(s: string): RepeatedBefore | null {
  if (!/pr[ée]c[èée]d/iu.test(s) || !/m[êe]me\s+s[ée]ance/iu.test(s)) return null;
  const m = FORM.exec(s);
  if (!m) return null;
  const [doneFrom, doneTo] = m.indices![1];
  const [windowFrom, windowTo] = m.indices![2];
  // (`… dans les 15 jours qui précèdent, celle qui est effectuée durant la même séance que la prestation Y …`: Y in the main clause)
  const other = /\d{6}/u.test(m[2]) ? { from: windowFrom, to: windowTo } : { from: windowTo, to: m.index + m[0].length };
  const [barredFrom, barredTo] = m.indices![3];
  return { done: { from: doneFrom, to: doneTo }, other, barred: { from: barredFrom, to: barredTo } };
}
