import { accentTolerant } from '../../text/accents.js';
import { NUM } from './periods.js';

/** Delays of renewal (`Le délai de renouvellement … est de trois ans`, `… autorisé tous les 3 ans`) and a delay changed for some (`ce délai est ramené à …`). */

// every pattern with accents reads the words with or without them (tables print `attestee`, `etre cumulees`)
const ci = accentTolerant('iu');

/** `Le délai de renouvellement des X est de trois ans` (group 1: the count, 2: the unit): its sentence's own predicate only. */
export const RENEWAL_DELAY = ci`\bdélai\s+de\s+renouvellement(?!\s+de\s+l'accord)(?:(?!(?<![\p{L}])(?:lorsqu|si|quand|qui|que|qu'|supprimé|applique|ne|n')(?![\p{L}]))[^.;]){0,120}?\best\s+(?:fixé\s+à\s+|de\s+|d')?${NUM}\s+(années?\s+civiles?|ans?|années|mois|semaines|jours)(?![\p{L}])(?=\s*(?:[.;,]|$|à\s+compter|à\s+partir|(?:pour|par)\s+(?:un|une|le|la|chaque)\s+même|par\s+(?:bénéficiaire|patient)))`;

/** A delay the sentence before set, changed: `ce délai est porté à 9 ans`, `le délai est ramené à six mois` (group 1: the count, 2: the unit). */
// (not `Le délai est fixé à 30 jours …`, a deadline set anew; whether the delay was a limit's is the rule reader's to say)
export const DELAY_CHANGE_SOURCE = String.raw`(?<![\p{L}])(?:ce|le)\s+délai(?:\s+de\s+renouvellement)?\s+(?:est|sera)\s+(?:porté|ramené)\s+à`;
export const DELAY_CHANGED = ci`${DELAY_CHANGE_SOURCE}\s+${NUM}\s+(années?\s+civiles?|ans?|années|mois|semaines|jours)(?![\p{L}])`;

/**
 * A span a sentence changes for some beneficiaries after it set it, `… qu'une fois par période de 24 mois, sauf pour les
 * bénéficiaires de moins de 18 ans, pour lesquels ce délai est ramené à douze mois`: where the change is said, or null. Only
 * where the sentence names one span before it (not `X … tous les 5 ans et Y … tous les trois ans; …, ce délai est ramené …`,
 * nor a request's deadline, `…, pour autant que la demande soit introduite dans un délai de deux mois; ce délai est porté à
 * …`) and names no prestation after that span (`… tous les 4 ans; pour le neurostimulateur rechargeable (683616-683620), ce
 * délai est porté à neuf ans`: a limit of its own, read with its codes).
 */
export function spanChangedForSome(s: string): RegExpExecArray | null {
  const m = /délai/iu.test(s) ? DELAY_CHANGED.exec(s) : null;
  return m && namesOneSpan(s.slice(0, m.index), true) ? m : null;
}

/**
 * `text` (a sentence up to a change of its delay) names one span of time, and no prestation after it: the change is of
 * that span. `deadlines`: a delay named (`dans un délai de deux mois`) counts as a span too.
 */
export function namesOneSpan(text: string, deadlines: boolean): boolean {
  const spans = [...text.matchAll(SPAN_NAMED)].filter((m) => deadlines || !/^d[ée]lai/iu.test(m[0]));
  return spans.length === 1 && !/\d{6}/u.test(text.slice(spans[0].index + spans[0][0].length));
}

/** Where a sentence names a span of time a limit counts in (namesOneSpan counts them). */
const SPAN_NAMED = /(?<![\p{L}])(?:tou(?:s|tes)\s+les|(?:une?|deux|trois|quatre|cinq|six|\d+)\s+fois\s+par|par\s+(?:période|an|année|mois|semaine|jour)|d[ée]lai\s+(?:de|d'))(?![\p{L}])/giu;

/**
 * `Le renouvellement de la prestation X est autorisé tous les 3 ans` (group 1: the count, 2: the unit): of the act or device,
 * not of an approval, a prescription or a centre's agreement; not in a condition's clause.
 */
export const RENEWAL_EVERY = ci`\brenouvellement\b(?!\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+)(?:accords?|prescriptions?|notifications?|demandes?|agréments?|autorisations?|approbations?|reconnaissances?|conventions?|contrats?|décisions?)(?![\p{L}]))(?:(?!(?<![\p{L}])(?:lorsqu|si|quand|qui|que|qu')(?![\p{L}]))[^.;]){0,120}?\b(?:est|sont)\s+(?:autorisée?s?|possibles?|admise?s?|permise?s?|remboursée?s?|remboursables?)\s+(?:au\s+plus\s+tôt\s+)?(?:tous\s+les|toutes\s+les)\s+${NUM}\s+(années?\s+civiles?|ans|années|mois|semaines|jours)(?![\p{L}])`;
