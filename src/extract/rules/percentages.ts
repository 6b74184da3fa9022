import { accentTolerant } from '../../text/accents.js';
import { NUMBER_WORDS, numberOf } from './periods.js';

/** Percentages a rule bills at (`à 50 % de sa valeur`), and the scales of them an intro opens (`… est ramenée à : - 25 % si …`). */

// every pattern with accents reads the words with or without them (tables print `attestee`, `etre cumulees`)
const ci = accentTolerant('iu');

/** A percentage's number, in digits or in words (`75`, `12,5`, `soixante-quinze`, Belgian `septante-cinq`): group 1. */
export const PERCENT_NUM = String.raw`(\d+(?:,\d+)?|${NUMBER_WORDS})`;

export function percentOf(w: string): number {
  return /^\d/u.test(w) ? Number(w.replace(',', '.')) : numberOf(w);
}

/**
 * `… l'intervention de l'assurance est ramenée à :`, `… les honoraires sont réduits à :`: what the insurance pays for
 * the act is cut, by a scale of percentages that follows as list items (not the patient's share, a delay, a count);
 * `… est limitée à :`, `… est limitée : - à 40 % …` too.
 */
export const PERCENT_SCALE_INTRO = ci`\b(?:intervention\s+(?:de\s+l'assurance|maximale)|remboursement|honoraires?|valeur\s+relative)\b[^.;:]{0,120}?\b(?:est|sont)\s+(?:réduite?s?|ramenée?s?|diminuée?s?|limitée?s?)\s+(?:à\s*)?:\s*"?\s*$`;

/** A step of such a scale, as an item opens: `- 25 % si …`, `2° 50 % lorsque …`, `b) 75 % après …`, `- à 40 % si …`. */
export const PERCENT_STEP = /^[\s"]*(?:[-–•][^\S\n]*|(?:[a-z]|\d{1,2})[°)][^\S\n]*)?(?:à[^\S\n]+)?(\d+(?:,\d+)?)[^\S\n]*(?:%|p\.\s?c\.|pour\s?cent(?![\p{L}]))/iu;

/**
 * The steps of a scale given with its intro (the rule reader hands the intro and its items as one text): the
 * percentage of each item (what is paid when the work stops at that stage), each once, in order.
 */
export function percentScale(s: string): number[] {
  const cut = s.search(/:\s*"?\s*\n/u);
  if (cut < 0 || !PERCENT_SCALE_INTRO.test(s.slice(0, s.indexOf('\n', cut)))) return [];
  const steps = s
    .slice(cut + 1)
    .split(/\n|;/u)
    .map((item) => PERCENT_STEP.exec(item)?.[1])
    .filter((p): p is string => p !== undefined);
  return [...new Set(steps.map(percentOf))];
}
