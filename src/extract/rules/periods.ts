import type { CountBasis, Period } from '../../schema/rules.js';
import { accentTolerant } from '../../text/accents.js';

/**
 * Numbers written in digits or words (`12`, `douze`, `quatre-vingt-dix`) and
 * the spans of time rule sentences count in (`par année civile` or, in
 * Belgian French, `par année calendrier`, `par
 * période de 12 mois`, `tous les 3 ans`, `pendant toute la vie du
 * bénéficiaire`).
 */

// every pattern with accents reads the words with or without them (tables print `attestee`, `etre cumulees`)
const ci = accentTolerant('iu');
const cs = accentTolerant('u');

const NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, octante: 80, huitante: 80, nonante: 90, cent: 100,
};
// Numbers in words, as one token (`dix-huit` is not `huit`, `quatre-vingt-dix` not `dix`): tens with their units or
// teens (`vingt-quatre`, `soixante-dix-sept`, `trente-et-un` or `trente et un`, Belgian `septante-cinq`), `cent` and what follows it.
const UNIT_WORD = String.raw`une?|deux|trois|quatre|cinq|six|sept|huit|neuf`;
const TEEN_WORD = String.raw`dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize`;
const TENS_WORD = String.raw`quatre[\s-]vingts?|vingt|trente|quarante|cinquante|soixante|septante|octante|huitante|nonante`;
const BELOW_100 = String.raw`(?:(?:${TENS_WORD})(?:(?:-et-|\s+et\s+)(?:une?|onze)|-(?:${TEEN_WORD})|-(?:${UNIT_WORD}))?|${TEEN_WORD}|${UNIT_WORD})`;
// (hundreds with their multiplier: `deux cent quarante`, `trois cents`, `deux-cent-quarante` as the 1990 spelling writes it)
export const NUMBER_WORDS = String.raw`(?<![\p{L}-])(?:(?:(?:${UNIT_WORD})[\s-]+)?cents?(?:[\s-]+${BELOW_100})?|${BELOW_100})(?![\p{L}-])`;
export const NUM = String.raw`(\d+|${NUMBER_WORDS})`;
/** A word that is part of a number written in words (`soixante` in `trois cent soixante`): never what is counted. */
export const NUMBER_WORD = String.raw`(?:${UNIT_WORD}|${TEEN_WORD}|${TENS_WORD}|cents?|mille)(?![\p{L}-])`;

export function numberOf(w: string): number {
  if (/^\d+$/.test(w)) return Number(w);
  const tokens = w.toLowerCase().split(/[\s-]+/u).filter((t) => t !== 'et');
  // `deux cent quarante`: what comes before `cent` multiplies it, what comes after adds
  let total = 0;
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    // `quatre-vingt(s)`: four twenties
    if (tokens[i] === 'quatre' && /^vingts?$/u.test(tokens[i + 1] ?? '')) {
      current += 80;
      i++;
      continue;
    }
    if (/^cents?$/u.test(tokens[i])) {
      current = (current || 1) * 100;
      continue;
    }
    if (tokens[i] === 'mille') {
      total += (current || 1) * 1000;
      current = 0;
      continue;
    }
    const n = NUMBERS[tokens[i]];
    if (n === undefined) return NaN;
    current += n;
  }
  return tokens.length ? total + current : NaN;
}

const UNIT_WORDS: Array<[RegExp, Period['unit']]> = [
  [cs`^années?\s+(?:civiles?|calendriers?)|^ans?\s+civils?`, 'calendarYear'],
  [cs`^(?:années?|ans?)\b`, 'year'],
  [/^mois\b/u, 'month'],
  [/^semaines?\b/u, 'week'],
  [cs`^jours?\b|^journées?\b`, 'day'],
  [cs`^séances?\b`, 'session'],
  [/^(?:interventions?|hospitalisations?|procédures?|opérations?)\b/u, 'intervention'],
];

export function unitOf(w: string): Period['unit'] | null {
  // rule sentences are sometimes printed in capitals (`PAR SÉANCE`)
  const lower = w.toLowerCase();
  for (const [re, u] of UNIT_WORDS) if (re.test(lower)) return u;
  return null;
}

/** Counts beyond this are misreadings, not rules (a period of 10^16 months). */
const MAX_COUNT = 10_000;

export function period(count: number, unit: Period['unit'] | null): Period | null {
  return unit && Number.isSafeInteger(count) && count >= 1 && count <= MAX_COUNT ? { count, unit } : null;
}

const BASIS: Array<[RegExp, CountBasis]> = [
  [cs`(?:même|chaque|par)\s+lésion`, 'lesion'],
  [cs`vertèbres?`, 'vertebra'],
  [cs`mâchoires?|maxillaires?`, 'jaw'],
  [/quadrants?/u, 'quadrant'],
  [/(?:par|chaque)\s+dent|(?<![\p{L}])dents(?![\p{L}])/u, 'tooth'],
  [cs`(?:par|chaque)\s+(?:côté|membre)`, 'side'],
  [cs`champs?\s+opératoires?`, 'operativeField'],
  [/(?:par|chaque)\s+(?:œil|oeil)|yeux/u, 'eye'],
];

export function basisOf(s: string, fallback: CountBasis): CountBasis {
  for (const [re, b] of BASIS) if (re.test(s)) return b;
  return fallback;
}

export function periodIn(s: string): Period | null {
  // every form the text may name its span in; the first rate named wins (`au maximum une fois tous les 3 mois et ne l'est
  // pas au cours de la même séance que …` is once per three months; `plus d'une fois par jour, ni plus de trente-cinq
  // fois par période de 90 jours` once a day), the order below breaking ties; a window (`durant les 6 mois qui suivent
  // l'intervention, au maximum 20 séances par mois`, `dans les 30 jours`, `sur une durée de …`) only where no rate is named
  let best: { at: number; period: Period } | null = null;
  let windowSpan: { at: number; period: Period } | null = null;
  const offer = (at: number, p: Period | null) => {
    if (p && (best === null || at < best.at)) best = { at, period: p };
  };
  const offerWindow = (at: number, p: Period | null) => {
    if (p && (windowSpan === null || at < windowSpan.at)) windowSpan = { at, period: p };
  };
  // `par période de deux années civiles`, `dans une période de 3 mois`, `par période de 120 jours`
  // (each form behind a literal it holds: every form is tried now, not the first that matches)
  let m = /p[ée]riode/iu.test(s) ? ci`p[ée]riode\s+(?:(?:continue|ininterrompue|consécutive|glissante|courante|mobile)\s+)?(?:de\s+|d'|couvrant\s+)${NUM}\s+([\p{L}]+(?:\s+(?:civiles?|calendriers?))?)`.exec(s) : null;
  // (`par période de 24 heures`: a day; 48 hours, two)
  if (m && /^heures$/iu.test(m[2]) && numberOf(m[1]) % 24 === 0) offer(m.index, period(numberOf(m[1]) / 24, 'day'));
  else if (m) offer(m.index, period(numberOf(m[1]), unitOf(m[2])));
  // `une fois par trimestre`: a quarter is three months, a semester six
  m = /trimestre|semestre/iu.test(s) ? ci`(?:par|au cours d'une?|durant une?|pendant une?|lors d'une?|pour chaque|chaque)\s+(?:même\s+)?(trimestre|semestre)\b`.exec(s) : null;
  if (m) offer(m.index, period(m[1].toLowerCase() === 'trimestre' ? 3 : 6, 'month'));
  // (or the one named before: `… deux fois au plus au cours de cette séance`)
  m = ci`(?:par|au cours d'une?|au cours de la|au cours de cette|durant une?|durant cette|pendant une?|pendant cette|lors d'une?|lors de la|lors de cette)\s+(?:même\s+)?(année civile|année calendrier|an civil|jour|journée|semaine|mois|an|année|séance opératoire|séance|intervention|hospitalisation|procédure|opération)\b`.exec(s);
  if (m) offer(m.index, period(1, unitOf(m[1])));
  // `au cours de la première année de vie`, `pendant la première année du traitement`: one year
  m = /premi[èe]re\s+ann[ée]e/iu.test(s) ? ci`\b(?:au\s+cours\s+de|pendant|durant)\s+la\s+première\s+année\b`.exec(s) : null;
  if (m) offer(m.index, period(1, 'year'));
  // `au cours de l'année civile`, `pendant la partie restante de l'année civile en cours`
  m = /l'an/iu.test(s) ? ci`\b(?:au\s+cours\s+de|pendant|durant)\s+(?:la\s+(?:partie|période)\s+restante\s+de\s+|le\s+reste\s+de\s+)?l'(année\s+(?:civile|calendrier)|an\s+civil)\b`.exec(s) : null;
  if (m) offer(m.index, period(1, 'calendarYear'));
  m = /tous\s+les|par\s/iu.test(s) ? ci`(?:par|tous les)\s+${NUM}\s+(années? (?:civiles?|calendriers?)|ans|années|mois|semaines|jours)`.exec(s) : null;
  if (m) offer(m.index, period(numberOf(m[1]), unitOf(m[2])));
  // `au maximum deux fois le même jour`, `deux fois le jour de l'accouchement`: within one day
  m = /jour/iu.test(s) ? ci`\b(?:fois|séances?|prestations?)\s+(?:au\s+(?:plus|maximum)\s+)?(?:(?:peu(?:t|vent)\s+être|sont|est)\s+(?:attestée?s?|remboursée?s?|portée?s?\s+en\s+compte)\s+)?(?:le|au\s+cours\s+du|durant\s+le|pendant\s+le)\s+(?:même\s+jour|jour\s+(?:même(?![\p{L}])|de\s|du\s|d'))`.exec(s) : null;
  if (m) offer(m.index, { count: 1, unit: 'day' });
  // (the windows below count only where no rate is named: not tried otherwise)
  // `pendant le mois qui suit le jour où …`
  m = best === null && /qui\s+(?:suit|pr)/iu.test(s) ? ci`(?:pendant|durant|dans)\s+l[ea]\s+(mois|semaine|année|an|jour)\s+qui\s+(?:suit|précède)`.exec(s) : null;
  if (m) offerWindow(m.index, period(1, unitOf(m[1])));
  // `sur une durée maximale de quatre mois`
  m = best === null && /sur\s+une/iu.test(s) ? ci`\bsur\s+une\s+(?:durée|période)\s+(?:maximale\s+|maximum\s+)?(?:de|ne\s+dépassant\s+pas)\s+${NUM}\s+(années? civiles?|ans|années|mois|semaines|jours)`.exec(s) : null;
  if (m) offerWindow(m.index, period(numberOf(m[1]), unitOf(m[2])));
  // `au cours des douze mois qui suivent …`, `dans les 30 jours`, `qu'après un délai de 3 mois`
  m = best === null && /cours\s+des|les\s|d[ée]lai|intervalle/iu.test(s) ? ci`(?:au\s+cours\s+des|durant\s+les|pendant\s+les|dans\s+les|(?:délai|intervalle)\s+(?:minimum\s+|minimal\s+)?(?:de|d'au\s+moins))\s+${NUM}\s+(années? civiles?|ans|années|mois|semaines|jours)`.exec(s) : null;
  if (m) offerWindow(m.index, period(numberOf(m[1]), unitOf(m[2])));
  // `une seule fois par bénéficiaire`, `pendant toute la vie du bénéficiaire`: once in a lifetime (`une seule fois par
  // oeil`: in the eye's)
  // (`une seule fois par cycle …, au maximum 6 cycles par femme`: the person counts the cycles, not the times)
  // (a lifetime only where no span of time is named at all: it was the last resort; `Par bénéficiaire, … trois fois au
  // maximum` too)
  best ??= windowSpan;
  if (best === null && ci`\b(?:pendant|durant|pour|dans|au\s+cours\s+de)\s+(?:toute\s+)?la\s+vie\s+(?:du|de\s+la|de\s+l'|d'une?)\s*(?:bénéficiaire|patiente?|enfant|personne)\b|\b(?:pendant|durant|pour)\s+toute\s+la\s+vie\b|(?<![\p{L}])à\s+vie\b|\bfois\s+(?:au\s+(?:plus|maximum)\s+)?par\s+(?:bénéficiaire|patiente?|femme|personne|nouveau-nés?|oeil|œil)(?![\p{L}])(?!\s+et\s+par)|\bau\s+cours\s+de\s+(?:la|sa|leur)\s+vie\b|^\s*par\s+(?:bénéficiaire|patiente?|personne)\s*,(?=[^.;]*\bfois\b)`.test(s)) return { count: 1, unit: 'lifetime' };
  return (best as { period: Period } | null)?.period ?? null;
}
