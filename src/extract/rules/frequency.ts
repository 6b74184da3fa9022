import type { Rule } from '../../schema/rules.js';
import { accentTolerant } from '../../text/accents.js';
import { fastWordBoundaries } from '../../text/word-boundary.js';
import { NUM, numberOf, period, periodIn, unitOf } from './periods.js';
import { onceOrPerSpan, openingPeriod, TIME_UNITS } from './frequency-spans.js';
import { frequencyBasis, inCondition, NOT_ACTS, quantityIn } from './quantity.js';
import { DELAY_CHANGED, RENEWAL_DELAY, RENEWAL_EVERY } from './renewal.js';

export { TIME_UNITS };

/**
 * The limits of rule sentences: how many times in what span of time (`deux
 * fois par année civile`, `au maximum 4 séances par trimestre`). typers.ts
 * asks; these read the words (numbers and spans of time: periods.ts; units
 * at once, `au maximum 3 implants par intervention`: quantity.ts; delays of
 * renewal: renewal.ts; percentages: percentages.ts).
 */

// every pattern with accents reads the words with or without them (tables print `attestee`, `etre cumulees`)
const ci = accentTolerant('iu');

/** `(Maximum 2)`, a note of a clinical biology entry (not `(maximum 2 fois par an)`, a frequency). */
export const LAB_MAXIMUM = /\(\s*maximum\s+(\d{1,3})\s*\)/iu;

/** What a limit counts: `limité à 4 (séances) par an`. */
export const LIMITED_NOUN = String.raw`(?:fois|prestations?|séances?|consultations?|examens?|visites?|bilans?)`;

/** `ce nombre est porté à N`, `le nombre maximum est porté à N`. */
export const RAISED_LIMIT = ci`(?<![\p{L}])(?:ce|le)\s+(?:nombre|maximum)(?:\s+(?:maximum|maximal|total))?\s+(?:est|sera)\s+porté\s+à\s+${NUM}(?![\p{L}\d])`;

/** A word after a count that says what was done or when (`… séances effectuées au plus …`, `… séances préalables au maximum`), not which acts are counted. */
const NOT_WHAT_IS_COUNTED = /(?:ée?s?|ees?|préalables?|prealables?|antérieures?|anterieures?|précédentes?|precedentes?)$/iu;

/** A count per something that is no span of time: `par prescription`, `par grossesse` (not a lifetime then). */
const PER_OTHER_SPAN = ci`\bpar\s+(?:\p{L}+\s+)?(?:prescriptions?|grossesses?|accords?|cures?|traitements?|épisodes?|interventions?|séances?|hospitalisations?|situations?|séries?|admissions?|séjours?)(?![\p{L}])`;

/** Acts counted by a limit of a label or a rule (plural), beyond `prestations` and `séances`: `un maximum de deux bilans par …`. */
export const ACT_NOUNS = String.raw`(?:bilans|examens|traitements|consultations|visites|actes|tests|analyses|dosages|contr[ôo]les|enregistrements|[ée]chographies|radiographies|applications|s[ée]ances|prestations|sessions|cures|[ée]valuations|pr[ée]l[èe]vements|injections|ponctions|perfusions)`;

export type FrequencyParams = Extract<Rule, { type: 'frequency' }>['params'];

/** A frequency limit, with what it counts per and its exception: read only once a limit is found. */
export function frequencyOf(s: string): FrequencyParams | null {
  let limit = frequencyLimit(s);
  if (!limit) return null;
  // (`Par période de vingt-quatre mois, la prestation X peut être attestée au maximum 3 fois par bénéficiaire`: the span the
  // sentence opens on, counted per person; not a lifetime read from `par bénéficiaire` after the count)
  // (one count only: not a second, overall cap per person, `… au maximum 2 fois, avec un maximum de 6 fois par bénéficiaire`)
  if (limit.period?.unit === 'lifetime' && !LIFETIME_SAID.test(s) && (s.match(TIMES) ?? []).length === 1) {
    const opening = openingPeriod(s);
    if (opening && TIME_UNITS.has(opening.unit)) limit = { ...limit, period: opening };
  }
  const unlessM = ci`,?\s*(?:(?<![\p{L}])à\s+moins\s+qu(?:e|')|sauf\s+(?:si|lorsque|en\s+cas))\s*(.*?)[.;]?$`.exec(s);
  // (an exception opening the sentence, `Sauf si …, son remplacement …`, ends at its comma)
  // (after a paragraph's or an item's mark: `§ 17. A moins qu'il ne s'agisse …, une seule prestation …`)
  const opensWith = unlessM !== null && /^\W*(?:§\s*\d+[\p{L}]*\.?\s*|[\p{L}\d°]{1,3}[.)]\s*)?$/u.test(s.slice(0, unlessM.index));
  const unless = unlessM ? (opensWith ? unlessM[0].replace(/,.*$/su, '') : unlessM[0]).replace(/^,\s*/, '').replace(/[.;]$/, '').trim() : null;
  return { ...limit, per: frequencyBasis(s), unless };
}

/** A whole life said in words: `pendant toute la vie du bénéficiaire`, `à vie`, `au cours de sa vie` (not `qualité de vie`). */
const LIFETIME_SAID = /(?<![\p{L}])(?:(?:pendant|durant|pour|dans|au\s+cours\s+de)\s+(?:toute\s+)?(?:la|sa|leur)\s+vie|à\s+vie)(?![\p{L}])/iu;
const TIMES = /(?<![\p{L}])fois(?![\p{L}])/giu;

/** `N fois par …` in one of the forms below; each form is tried only where its literal occurs (most rule sentences hold none). */
const N_TIMES = new RegExp(fastWordBoundaries(String.raw`\b${NUM}\s+(?:seule\s+)?fois(?:,?\s+(?:au\s+total|en\s+tout),?)?\s+(?:au\s+maximum\s+|maximum\s+|au\s+plus\s+)?(?:par|au cours d'une?|au cours des|au cours de la vie|sur une?|dans une?|tous les)\s*`), 'iu');

/**
 * Times said as occasions after `ne … que`, `n'est attestable qu'à une seule reprise` (group 1: how many): read as `qu'une
 * seule fois` (`à deux reprises au plus par …` is read below, after a billing verb: not a patient's history).
 */
// (after a billing verb: not an approval renewed or a treatment prolonged `qu'à une seule reprise`)
const OCCASIONS = ci`(?<![\p{L}])(?:attestables?|remboursables?|attestée?s?|remboursée?s?|portée?s?\s+en\s+compte|facturée?s?)\s+qu'à\s+((?:une\s+seule|${NUM}))\s+reprises?(?![\p{L}])`;

/** So many things of a noun (and a complement), at most, billed: `Deux prélèvements de contrôle au plus peuvent être portés en compte` (not an amount, nor a length of time). */
const AMONG_BILLED = ci`(?<![\p{L}])parmi\s+(?:les|ces)\s+prestations?\s[^.;:]{1,200}?,\s*${NUM}\s+(?:d'entre\s+elles\s+)?au\s+(?:plus|maximum)\s+(?:peu(?:t|vent)\s+être|sont|est)\s+(?:portée?s?\s+en\s+compte|attestée?s?|remboursée?s?)(?![\p{L}])`;
const COUNTED_BILLED = ci`(?<![\p{L}\d-])${NUM}\s+(?!(?:euros?|EUR|francs?|points?|fois|pour\s*cent|jours?|semaines?|mois|ans|années?|heures?|minutes?)(?![\p{L}]))\p{L}[\p{L}-]*(?:\s+(?:(?:de|d')\s*)?(?!(?:au|par|pour)(?![\p{L}]))\p{L}[\p{L}-]*)?\s+au\s+(?:plus|maximum)\s+(?:peu(?:t|vent)\s+être|sont|est)\s+(?:portée?s?\s+en\s+compte|attestée?s?|remboursée?s?|remboursables?|attestables?)(?![\p{L}])`;

/**
 * A second (third …) act allowed: `Une deuxième séance au cours d'une même journée peut être attestée` (group 1: the
 * ordinal). Not one allowed the same day as another prestation, `… le même jour qu'une prestation de l'article 2`: a
 * cumulation allowed, no limit; nor one denied (`Une deuxième séance ne peut être attestée …`), paid at a rate (`… à 50 % de
 * sa valeur`), or for another patient.
 */
const NTH_ALLOWED = ci`(?<![\p{L}])une?\s+(deuxième|seconde?|troisième|quatrième)\s+(?:séance|prestation|consultation|visite|examen|fois)(?![\p{L}])[^.;]{0,80}?(?<!(?<![\p{L}])ne\s)\bpeu(?:t|vent)\s+(?:également\s+|encore\s+|toutefois\s+|exceptionnellement\s+)?être\s+(?:attestée?|portée?\s+en\s+compte|remboursée?)(?![\p{L}])(?![^.;]*?\bmême\s+(?:jour|journée|séance)\s+qu)(?![^.;]*?(?:%|\bpour\s*cent\b|\bde\s+sa\s+valeur\b|\bautre\s+(?:bénéficiaire|patiente?)\b))`;
const ORDINALS: Record<string, number> = { deuxieme: 2, second: 2, seconde: 2, troisieme: 3, quatrieme: 4 };

/** One thing billed, named by its noun (and a complement): `une seule consultation d'allaitement est remboursée`. */
// (not `plus d'une seule prestation`, nor `une seule prestation … en plus de la prestation X`: neither is a limit)
// (nor in a condition: `Si une seule séance est attestée, …`)
// (or with an adjective, `une seule gouttière occlusale peut être remboursée`, or its codes, `Un seul bilan, X ou Y, est remboursé`, or
// one of the things a list of codes names, `un seul des dispositifs X ou Y peut être remboursé`)
const CODES_NAMED = String.raw`(?:\s*,?\s*\(?\s*(?:prestations?\s+)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|ou|et)\s*\d{6}(?:\s*-\s*\d{6})?)*\s*\)?\s*,?)?`;
export const ONE_SUCH = ci`(?<![\p{L}'])(?<!(?<![\p{L}])(?:si|lorsque|quand)\s)(?<!plus\s+d')(?:un\s+seul|une\s+seule)\s+(?:(?!(?:des|de|d'entre|fois)(?![\p{L}]))\p{L}[\p{L}-]*(?:\s+(?:de|du|d')\s*\p{L}[\p{L}-]*)?(?:\s+(?!(?:est|peut|ne|n'|par|pour|au|en)(?![\p{L}]))\p{Ll}[\p{L}-]*)?|des\s+\p{L}{3,}s(?=\s+\d{6}))${CODES_NAMED}\s+(?:est|peut\s+être)\s+(?:remboursée?|attestée?|portée?\s+en\s+compte)(?![\p{L}])(?!\s+en\s+plus\b)`;

/** `au maximum 18 prestations X … , avec un maximum de 36 prestations … par an`: a count, then a cap over a span. */
const CAPPED_AFTER_COUNT = ci`\bau\s+maximum\s+${NUM}\s+(?:prestations?|séances?)\b[^.;]*?,\s*avec\s+un\s+maximum\s+de\s`;
const CAP_AND_AFTER = /,\s*avec\s+un\s+maximum\s+de\s[\s\S]*$/u;

/**
 * A limit's count and span. A span said only in an exception after it is the exception's (`Par jour et par patient, X ne peut
 * être portée en compte qu'une seule fois, sauf chez le patient transplanté au cours des trente jours qui suivent la greffe` is
 * once a day): the sentence is read without its exception first, and whole where that reads no limit over a span.
 */
export function frequencyLimit(said: string): Pick<FrequencyParams, 'max' | 'period'> | null {
  const except = /,\s*(?:sauf|excepté|hormis|à\s+moins)(?![\p{L}])[^.;]*/iu.exec(said);
  const before = except ? limitOf(said.slice(0, except.index) + said.slice(except.index + except[0].length)) : null;
  return before?.period ? before : limitOf(said);
}

function limitOf(said: string): Pick<FrequencyParams, 'max' | 'period'> | null {
  // (nor in a condition: `Lorsque la prestation X n'a été attestée qu'à une seule reprise …, …`)
  const s = /reprise/iu.test(said) ? said.replace(new RegExp(OCCASIONS.source, 'giu'), (...g: unknown[]) => {
    const [m, n, at] = [g[0] as string, g[1] as string, g[g.length - 2] as number];
    return inCondition(said, at) ? m : m.replace(/qu'à\s+[\s\S]*$/u, /^une?\b/iu.test(n) ? `qu'${n} fois` : `que ${n} fois`);
  }) : said;
  // `Pour les bénéficiaires de moins de seize ans, ce nombre est porté à cent cinquante`: the limit before, raised (its span,
  // where none is said, is that limit's: the rule reader gives it)
  const raised = /port[ée]\s+[àa]/iu.test(s) ? RAISED_LIMIT.exec(s) : null;
  if (raised) return { max: numberOf(raised[1]), period: periodIn(s.slice(raised.index)) };
  const times = /fois/iu.test(s);
  // `N fois par jour`, `une fois par année civile`
  let m = times ? N_TIMES.exec(s) : null;
  // (`au moins une fois par année civile`: a minimum, a duty's rhythm, not a limit)
  if (m && /(?:au\s+moins|minimum|minimal)\s+$/iu.test(s.slice(Math.max(0, m.index - 20), m.index))) m = null;
  // (nor `infections récidivantes (plus de 3 fois par an)`, a patient's history: `plus de` bounds only when denied,
  // `ne peut être attestée plus de deux fois par an`)
  if (m && /plus\s+de\s+$/iu.test(s.slice(Math.max(0, m.index - 12), m.index)) && !/(?<!\w)(?:ne\s|n')/iu.test(s.slice(0, m.index))) m = null;
  if (m) {
    const period = periodIn(s.slice(m.index));
    if (period) return { max: numberOf(m[1]), period };
  }
  // `Au cours d'une même période de douze mois, le bilan n'est remboursé que deux fois`: the span opens the sentence
  // (or before a clause of another rule, `… n'est attestable que deux fois et n'est pas cumulable, au cours d'une même séance, …`)
  m = times ? ci`\bqu(?:e\s+|')${NUM}\s+(?:seule\s+)?fois(?:\s+(?:au\s+maximum|au\s+plus|au\s+total|en\s+tout))?\s*(?:[.;]|$|\s+et\s+(?:ne\s|n'))`.exec(s) : null;
  const spanFirst = m ? openingPeriod(s) : null;
  if (m && spanFirst) return { max: numberOf(m[1]), period: spanFirst };
  // `peut être attestée deux fois le même jour`
  m = times ? ci`\b${NUM}\s+fois\s+(?:au\s+maximum\s+|au\s+plus\s+)?(?:le|au\s+cours\s+du|durant\s+le|pendant\s+le)\s+(?:même\s+jour|jour\s+même)`.exec(s) : null;
  // (`ne peut pas être attestée deux fois le même jour`: once a day)
  if (m && !/(?:au\s+moins|minimum)\s+$/iu.test(s.slice(Math.max(0, m.index - 20), m.index))) {
    const negated = ci`\b(?:ne|n')\s*[^.;]{0,50}?\b(?:pas|jamais)\s+(?:\p{L}+\s+){0,4}$`.test(s.slice(Math.max(0, m.index - 80), m.index));
    const max = numberOf(m[1]) - (negated ? 1 : 0);
    if (max >= 1) return { max, period: { count: 1, unit: 'day' } };
  }
  // `Par période de deux années civiles au maximum deux prestations …`
  // `huit fois au plus`, `deux fois au maximum` with no period the forms above read
  m = times ? ci`\b${NUM}\s+fois\s+(?:au\s+plus|au\s+maximum|maximum)(?![\p{L}])`.exec(s) : null;
  if (m) return { max: numberOf(m[1]), period: periodIn(s) };
  // `ne peut être porté en compte au maximum que trois fois dans le délai de 8 semaines à partir de …`: the span after
  // the count
  m = times ? ci`\b(?:ne|n')\s*[^.;]{0,80}?\bqu(?:e\s+|')${NUM}\s+fois(?![\p{L}])`.exec(s) : null;
  // (up to a clause of another rule: `… qu'une fois par … et n'est pas cumulable, au cours d'une même séance, …`)
  const spanAfter = m ? periodIn(s.slice(m.index + m[0].length).replace(/\s+et\s+(?:ne\s|n')[^]*$/u, '')) : null;
  if (m && spanAfter) return { max: numberOf(m[1]), period: spanAfter };
  // `avec un maximum de 4 prestations (par …)`
  // (not a cap after a first limit, `au maximum 18 prestations … par nouvelle situation pathologique, avec un maximum de 36
  // prestations supplémentaires par an`: that first limit is the sentence's, the typer reads the cap as a second one)
  m = !/maximum/iu.test(s) || CAPPED_AFTER_COUNT.test(s) ? null : ci`\bun\s+maximum\s+de\s+${NUM}\s+(?:prestations?|séances?)(?![\p{L}])`.exec(s);
  // (not the patient's history: `destinée aux patients ayant bénéficié d'un maximum de 10 séances`)
  if (m && !HISTORY_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) return { max: numberOf(m[1]), period: periodIn(s.slice(m.index)) };
  // `avec un maximum de deux bilans par période de six mois`: so many acts, over a span of time (not an amount, `un maximum
  // de 50 euros par séance`, units of one act, `un maximum de 4 électrodes par intervention`, nor patients a centre takes
  // in or a patient's episodes)
  m = !/maximum/iu.test(s) || CAPPED_AFTER_COUNT.test(s) ? null : ci`\bun\s+maximum\s+de\s+${NUM}\s+${ACT_NOUNS}\s+(?=par\s|au\s+cours\s)`.exec(s);
  const overSpan = m && !HISTORY_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index)) ? periodIn(s.slice(m.index + m[0].length)) : null;
  if (m && overSpan && TIME_UNITS.has(overSpan.unit)) return { max: numberOf(m[1]), period: overSpan };
  // (`Au maximum deux de ces examens peuvent être cumulés le même jour`: any act counted among those named)
  m = !/maximum/iu.test(s) ? null : ci`\bau\s+maximum\s+${NUM}\s+(?:(?:des\s+|de\s+ces\s+|d'entre\s+elles\s+)?(?:prestations?|fois|séances?)|de\s+ces\s+${ACT_NOUNS})(?![\p{L}])`.exec(s) ?? ci`\bmaximum\s+${NUM}\s+(?:des\s+|de\s+ces\s+)?(?:prestations?|fois|séances?)`.exec(s);
  // (its span before a cap, `…, avec un maximum de 36 prestations par an`, a limit of its own)
  if (m) return { max: numberOf(m[1]), period: periodIn(s.replace(CAP_AND_AFTER, '')) };
  // `au plus 45 prestations`, `quarante-cinq prestations 567921 ou 567954 au plus sont remboursées`, `deux de ces prestations au maximum`,
  // `Deux prestations de ce groupe au plus …`, `40 séances individuelles au maximum …` (one word saying what they are: not
  // a participle or a word of the patient's history, `… séances effectuées au plus …`, `… séances préalables au maximum`;
  // nor `au plus tard`, a date)
  m = !/au\s+plus|au\s+maximum/iu.test(s) ? null : ci`\bau\s+plus\s+${NUM}\s+(?:prestations?|séances?)(?![\p{L}])|(?<![\p{L}\d-])${NUM}\s+(?:de\s+ces\s+|des\s+)?(?:prestations?|séances?)(?:\s+de\s+(?:ce|cette)\s+(?:groupe|liste|rubrique|catégorie|série))?(?:[\s,]+(?:\d{6}(?:\s*-\s*\d{6})?|ou|et))*(?:\s+(?!(?:au|par|pour|et|ou|de|des|du)(?![\p{L}]))(?<slot>\p{L}[\p{L}-]*))?\s+au\s+(?:plus(?!\s+t(?:ard|ôt)(?![\p{L}]))|maximum)(?![\p{L}])`.exec(s);
  // (not in a condition: `… n'est remboursée que si le patient a reçu au plus 10 séances …`)
  // (`Surveillance …, par jour, cinq prestations au plus`: a label's `par jour` is what one prestation is, not the span)
  if (m?.groups?.slot && NOT_WHAT_IS_COUNTED.test(m.groups.slot)) m = null;
  if (m && !inCondition(s, m.index)) return { max: numberOf(m[1] ?? m[2]), period: inLabel(s, m) && FEE_UNIT_BEFORE.test(s.slice(0, m.index)) ? periodIn(s.slice(m.index)) : periodIn(s) };
  // `Deux prélèvements de contrôle au plus peuvent être portés en compte au cours d'une période de 12 mois`: so many of any
  // thing, where a billing verb follows (not an amount, `50 euros au maximum`), over a span of time (`Deux électrodes au plus
  // … par intervention` are units of one act, a quantity)
  m = !/au\s+(?:plus|maximum)/iu.test(s) ? null : COUNTED_BILLED.exec(s);
  const billedSpan = m && !inCondition(s, m.index) ? (periodIn(s.slice(m.index)) ?? openingPeriod(s)) : null;
  if (m && billedSpan && TIME_UNITS.has(billedSpan.unit)) return { max: numberOf(m[1]), period: billedSpan };
  // `Parmi les prestations X, Y et Z, trois au maximum peuvent être portées en compte par année civile`: so many of them
  m = !/parmi/iu.test(s) ? null : AMONG_BILLED.exec(s);
  const amongSpan = m && !inCondition(s, m.index) ? periodIn(s.slice(m.index)) : null;
  if (m && amongSpan && TIME_UNITS.has(amongSpan.unit)) return { max: numberOf(m[1]), period: amongSpan };
  // `Une deuxième séance au cours d'une même journée peut être attestée lorsque …`: that many in the span, at most
  m = /i[èe]me|second/iu.test(s) ? NTH_ALLOWED.exec(s) : null;
  const nthSpan = m && !inCondition(s, m.index) ? (periodIn(s.slice(m.index)) ?? openingPeriod(s) ?? (ci`\bmême\s+(?:jour|journée)(?![\p{L}])`.test(s) ? { count: 1, unit: 'day' as const } : null)) : null;
  if (m && nthSpan) return { max: ORDINALS[m[1].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')] ?? 2, period: nthSpan };
  // `sont remboursées jusqu'à concurrence de neuf séances par période de douze mois`: so many acts over a span (not an
  // amount, `jusqu'à concurrence de 50 %` or `de 100 euros`)
  // (`… ne sont remboursées qu'à concurrence de six par année civile`: the acts left unsaid)
  m = !/concurrence/iu.test(s) ? null : ci`(?<![\p{L}])(?:jusqu'(?:à|a)|qu'(?:à|a))\s+concurrence\s+de\s+${NUM}(?:\s+(?:${ACT_NOUNS}|prestations?|séances?)(?![\p{L}])|(?=\s+par\s))`.exec(s);
  // (the span right after the count, `… de neuf séances par période de douze mois`: not one a later clause says, `… par
  // situation pathologique, la situation étant réévaluée par période de 12 mois`)
  const right = m ? /^\s*(?:par|au\s+cours|pendant|sur|dans)\s[^,;]{0,60}/iu.exec(s.slice(m.index + m[0].length)) : null;
  const untilSpan = m && right && !inCondition(s, m.index) ? periodIn(right[0]) : null;
  if (m && untilSpan && TIME_UNITS.has(untilSpan.unit)) return { max: numberOf(m[1]), period: untilSpan };
  // `Par période de douze mois, le remboursement de la prestation X est limité à deux tests`: so many acts in the span that opens
  // the sentence
  m = !/limit/iu.test(s) ? null : ci`(?<![\p{L}])limitée?s?\s+à\s+${NUM}\s+(?:${ACT_NOUNS}|prestations?|séances?|tests?)\s*[.;,]`.exec(s);
  const openSpan = m && !inCondition(s, m.index) ? openingPeriod(s) : null;
  if (m && openSpan && TIME_UNITS.has(openSpan.unit)) return { max: numberOf(m[1]), period: openSpan };
  // `l'assurance n'intervient que pour trois prestations …`, `n'intervient que dans 50 séances … au maximum`
  m = !/intervien/iu.test(s) ? null : ci`\bn'intervien(?:t|nent)\s+que\s+(?:pour|dans)\s+(?:un\s+maximum\s+de\s+)?${NUM}\s+(?:prestations?|séances?)(?![\p{L}])`.exec(s);
  if (m) return { max: numberOf(m[1]), period: periodIn(s) };
  // `Par période de six mois, l'assurance n'intervient que pour une seule canule …`: one thing per span of time
  m = /intervien/iu.test(s) ? ci`\bn'intervien(?:t|nent)\s+que\s+pour\s+(?:un\s+seul|une\s+seule)\s+(?!des\s|de\s+ces\s)[\p{L}-]+`.exec(s) : null;
  const onePer = m ? (periodIn(s.slice(m.index)) ?? openingPeriod(s)) : null;
  if (onePer && TIME_UNITS.has(onePer.unit)) return { max: 1, period: onePer };
  // `Au cours d'une même journée, une seule consultation d'allaitement est remboursée`: one of them in the span that opens
  // the sentence (a session's too), or that follows it
  // (not where the others are paid at a rate, `un seul examen est remboursé à 100 %, les suivants à 50 %`, nor one per home
  // for several patients)
  m = /seul/iu.test(s) && !/%|pour\s*cent|p\.\s?c\.|plusieurs\s+(?:bénéficiaires|patients)/iu.test(s) ? ONE_SUCH.exec(s) : null;
  const oneIn = m && !inCondition(s, m.index) ? (openingPeriod(s) ?? periodIn(s.slice(m.index))) : null;
  if (oneIn && (TIME_UNITS.has(oneIn.unit) || oneIn.unit === 'session')) return { max: 1, period: oneIn };
  // `l'assurance n'intervient que pour une seule de ces deux prestations par période …`, `… n'intervient pas pour plus de trois échographies`
  m = !/intervien/iu.test(s) ? null : ci`\bn'intervien(?:t|nent)\s+(?:que\s+pour\s+(un\s+seul|une\s+seule)\s+(?:des|de\s+ces)\s|pas\s+pour\s+plus\s+d(?:'(une?)|e\s+${NUM})\s)`.exec(s);
  if (m) return { max: m[1] || m[2] ? 1 : numberOf(m[3]), period: periodIn(s) };
  // `l'assurance intervient pour quatre envois au maximum par bénéficiaire et par année civile` (not `pour 50 euros au
  // maximum par séance`, an amount)
  m = !/intervien/iu.test(s) ? null : ci`\bintervien(?:t|nent)\s+pour\s+${NUM}\s+(?!(?:euros?|EUR|francs?|cents?|points?)(?![\p{L}]))[\p{L}-]+\s+au\s+(?:maximum|plus)\s+par\s`.exec(s);
  if (m) return { max: numberOf(m[1]), period: periodIn(s.slice(m.index)) };
  // `Le remboursement des consultations … est limité à 4 par trimestre (et à 12 par année civile)`
  // (not `Le nombre de prothèses … est limité à deux par intervention`: units, a quantity)
  m = !/limit/iu.test(s) ? null : ci`\blimitée?s?\s+à\s+${NUM}\s+(?:${LIMITED_NOUN}\s+|[\p{L}-]+\s+)?(?:par|au\s+cours\s+d'une?|au\s+cours\s+des|dans\s+les|durant\s+les|pendant\s+les|tous\s+les)\s+`.exec(s);
  if (m && !quantityIn(s)) {
    // (its own period, not a second limit's: `limité à 2 par an et à 5 par période de 3 ans`)
    const rest = s.slice(m.index);
    const and = ci`\bet\s+à\s`.exec(rest);
    const period = periodIn(and ? rest.slice(0, and.index) : rest);
    if (period) return { max: numberOf(m[1]), period };
  }
  // `ne peut être porté en compte que deux fois au total pour un même bénéficiaire`: in a lifetime
  m = /total|en\s+tout/iu.test(s) ? ci`\b${NUM}\s+fois\s+(?:au\s+total|en\s+tout)\s+(?:pour|chez)\s+(?:un|une|le|la)\s+même\s+(?:bénéficiaire|patiente?|personne|enfant|femme)(?![\p{L}])`.exec(s) : null;
  if (m) return { max: numberOf(m[1]), period: { count: 1, unit: 'lifetime' } };
  // `Par patient et par jour, deux au plus des prestations … peuvent être attestées`
  // (`deux paires au maximum des prestations X à Y peuvent être portées en compte`: so many of what they bill)
  m = /au\s+(?:plus|maximum)\s+des/iu.test(s) ? ci`(?<![\p{L}\d-])${NUM}\s+(?:(?!(?:fois|séances?|euros?|EUR)(?![\p{L}]))[\p{L}-]+\s+)?au\s+(?:plus|maximum)\s+des\s+prestations\b`.exec(s) : null;
  if (m) return { max: numberOf(m[1]), period: periodIn(s.slice(m.index)) ?? openingPeriod(s) };
  // `entre deux mises en place, un intervalle d'au moins seize semaines doit être respecté`: once per so long
  m = /intervalle/iu.test(s) ? ci`\bintervalle\s+(?:minimum\s+|minimal\s+)?(?:de|d'au\s+moins)\s+${NUM}\s+(années? civiles?|ans|années|mois|semaines|jours)\s+(?:doit\s+être\s+respecté|est\s+requis|doit\s+séparer|sépare)`.exec(s) : null;
  if (m) {
    const p = period(numberOf(m[1]), unitOf(m[2]));
    if (p) return { max: 1, period: p };
  }
  // `Pas plus d'une prestation par épisode infectieux`
  m = /pas\s+plus/iu.test(s) ? ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?pas\s+plus\s+d(?:'(une?)|e\s+${NUM})\s+(?:prestations?|séances?|examens?|consultations?)\s+par\s`.exec(s) : null;
  if (m) return { max: m[1] ? 1 : numberOf(m[2]), period: periodIn(s) };
  // `peuvent être attestées à raison de deux séances au cours d'une même journée`
  // (or of the acts named, only as a restriction, `… n'est remboursé qu'à raison de deux entretiens par semaine`: not a rhythm,
  // `… comprend dix consultations, à raison de deux consultations par semaine`, nor a minimum)
  m = /raison/iu.test(s) ? ci`(?<![\p{L}])à\s+raison\s+de\s+(?:maximum\s+)?${NUM}\s+(?:séances?|prestations?|fois)\s+(?=(?:par|au\s+cours\s+d'une?|au\s+cours\s+de\s+la|lors\s+d'une?)\s)`.exec(s) ?? ci`\bqu'\s*à\s+raison\s+de\s+(?:maximum\s+)?${NUM}\s+(?:${ACT_NOUNS}|entretiens?)\s+(?=(?:par|au\s+cours\s+d'une?|au\s+cours\s+de\s+la|lors\s+d'une?)\s)(?![^.;]{0,40}?au\s+minimum)`.exec(s) : null;
  const rate = m ? (periodIn(s.slice(m.index + m[0].length)) ?? (ci`^(?:au\s+cours\s+d'une?|lors\s+d'une?)\s+même\s+journée`.test(s.slice(m.index + m[0].length)) ? { count: 1, unit: 'day' as const } : null)) : null;
  if (m && rate) return { max: numberOf(m[1]), period: rate };
  // `sont attestables à raison de 30 au plus par situation pathologique, pendant une période d'un an`: so many, the
  // things left unsaid (the span, where one follows)
  m = /raison/iu.test(s) ? ci`(?<![\p{L}])à\s+raison\s+d(?:e\s+|')${NUM}\s+(?:[\p{L}-]+\s+)?au\s+(?:plus|maximum)(?![\p{L}])`.exec(s) : null;
  if (m && !inCondition(s, m.index)) return { max: numberOf(m[1]), period: periodIn(s.slice(m.index + m[0].length)) };
  // `est attestable à deux reprises au plus par année civile`: times
  m = /reprise/iu.test(s) ? ci`(?<![\p{L}])(?:à\s+)?${NUM}\s+reprises\s+(?:au\s+(?:plus|maximum)\s+)?(?=(?:par|au\s+cours\s+d'une?|sur\s+une?|dans\s+une?)\s)`.exec(s) : null;
  // (after a billing verb: not a patient's history, `chez les patients ayant chuté à deux reprises au cours d'une année`)
  if (m && !ci`(?:attestée?s?|attestables?|remboursée?s?|remboursables?|portée?s?\s+en\s+compte|facturée?s?|octroyée?s?|accordée?s?|répétée?s?)\s+$`.test(s.slice(0, m.index)))
    m = null;
  if (m && !inCondition(s, m.index)) return { max: numberOf(m[1]), period: periodIn(s.slice(m.index + m[0].length)) };
  // `la détection est limitée à un seul examen par épisode`, `Trois examens au plus par épisode`: a count per episode,
  // treatment or approval, not per span of time (no period the types name)
  m = !/limit|au\s+plus|au\s+maximum/iu.test(s) ? null : ci`\blimitée?s?\s+à\s+(?:(un\s+seul|une\s+seule)|${NUM})\s+(?:examens?|prestations?|séances?|consultations?|visites?)\s+par\s+|(?<![\p{L}])${NUM}\s+(?:examens?|prestations?|séances?|consultations?|visites?)\s+au\s+(?:plus|maximum)\s+par\s+`.exec(s);
  if (m) return { max: m[1] ? 1 : numberOf(m[2] ?? m[3]), period: periodIn(s.slice(m.index)) };
  // `Les prestations X et Y sont limitées à quarante-cinq séances, réparties sur une période de neuf mois`
  m = !/limit/iu.test(s) ? null : ci`\blimitée?s?\s+à\s+${NUM}\s+(?:séances|prestations|consultations|examens)(?![\p{L}])`.exec(s);
  if (m && !quantityIn(s)) return { max: numberOf(m[1]), period: periodIn(s.slice(m.index)) };
  // `le nombre total de séances … est limité à 60`, `… ne peut dépasser 20`, `le nombre total de traitements est limité à trois`
  m = !/nombre/iu.test(s) ? null : ci`\bnombre\s+(?:total\s+|maximum\s+)?d(?:e|es)\s+(?:séances?|prestations?|traitements?|examens?|consultations?)[^.]{0,160}?(?:est\s+limité(?:,[^,.;]{1,40},)?\s+à|ne\s+peut\s+(?:pas\s+)?(?:dépasser|excéder|être\s+supérieur\s+à)|ne\s+dépasse\s+(?:pas|jamais))\s+${NUM}(?![\p{L}\d])`.exec(s);
  // (`Le nombre maximum de pièces de base remboursables est fixé à deux par membre et par période de 12 mois`, `Le nombre de
  // vestes remboursables (…) est limité à deux par bénéficiaire et par période de 12 mois`: over a span)
  const fixed = m ? null : /nombre/iu.test(s) ? ci`\bnombre\s+(?:total\s+|maximum\s+|maximal\s+)?d(?:e\s+|es\s+|')(?!${NOT_ACTS}(?![\p{L}]))[^.;]{1,100}?\best\s+(?:fixé|limité)\s+à\s+${NUM}\s+(?=par\s)`.exec(s) : null;
  // (its own span, up to the clause's end: not `…, auquel cas une pièce supplémentaire est remboursable par année civile`)
  const fixedPeriod = fixed && !inCondition(s, fixed.index) ? periodIn(s.slice(fixed.index + fixed[0].length).split(/[,;]/u)[0]) : null;
  if (fixed && fixedPeriod && (TIME_UNITS.has(fixedPeriod.unit) || fixedPeriod.unit === 'lifetime')) return { max: numberOf(fixed[1]), period: fixedPeriod };
  // (not a condition on a count: `… n'est remboursable que si le nombre de consultations … ne dépasse pas 5`)
  if (m && !inCondition(s, m.index)) return { max: numberOf(m[1]), period: periodIn(s) };
  // `l'examen … n'est jamais remboursé plus d'une fois`, `ne peut être attestée plus de deux fois par …`
  // (a billing verb before it: not `n'est attestable que si le patient a été hospitalisé plus de deux fois`)
  // (`Il ne peut jamais être attesté plus d'une séance … par jour`: so many sessions or examinations, as times; `…
  // n'atteste jamais plus d'une de ces prestations par jour`; the patient's side, `Un même bénéficiaire ne peut recevoir plus
  // de trois séances de …`)
  m = !/plus\s+d/iu.test(s) ? null : ci`\b(?:n'|ne\s)[^.;]{0,60}?\b(?:(?:attest|rembours|port[ée]|factur|honor|répét|renouvel)\p{L}*(?:\s+en\s+compte)?|(?:recevoir|reçoi(?:t|vent)|bénéficier)(?![\p{L}])(?:\s+d[e'])?)[\s,]+(?:(?!si\b|lorsqu|que\b|qu')[^.;\s]+[\s,]+){0,3}?plus\s+(?:d'(une?)|de\s+${NUM})\s+(?:de\s+ces\s+|des\s+)?${LIMITED_NOUN}(?![\p{L}])`.exec(s);
  // (the period may come first: `Par période de 12 mois, la prestation … ne peut être attestée plus de deux fois`;
  // with none, `chez un même enfant`, `pour un même bénéficiaire` is the person's whole life, unless the count is per
  // something else, `par prescription`, `par grossesse`)
  if (m) {
    const period = periodIn(s.slice(m.index)) ?? periodIn(s) ?? (ci`(?:\b(?:chez|pour)\s+|^\W*)(?:un|une|le|la)\s+même\s+(?:enfant|patiente?|bénéficiaire|personne|femme)\b`.test(s) && !PER_OTHER_SPAN.test(s.slice(m.index, m.index + m[0].length + 40)) ? { count: 1, unit: 'lifetime' as const } : null);
    return { max: m[1] ? 1 : numberOf(m[2]), period };
  }
  // (a clause after another: `…, ni plus de trente-cinq fois par période de 90 jours`)
  m = /^\W*ni\s+plus/iu.test(s) ? ci`^\W*ni\s+plus\s+(?:d'(une?)|de\s+${NUM})\s+${LIMITED_NOUN}(?![\p{L}])`.exec(s) : null;
  if (m) return { max: m[1] ? 1 : numberOf(m[2]), period: periodIn(s) };
  // `L'assurance ne rembourse qu'une polysomnographie (477374-477385 ou 474552-474563) par an et par patient`
  m = !/rembourse/iu.test(s) ? null : ci`\bne\s+rembourse(?:nt)?\s+qu'(?:une?|un\s+seul|une\s+seule)\s+[^.;]{1,160}?(?=\bpar\s)`.exec(s);
  if (m) {
    const period = periodIn(s.slice(m.index + m[0].length)) ?? openingPeriod(s);
    if (period) return { max: 1, period };
  }
  // (`L'assurance ne rembourse que deux tests autonomiques par jour et par patient`: so many acts; not an amount, `que 75 %`,
  // nor units or a duration, `que 3 litres …`, `que 30 minutes de monitoring par jour`)
  m = /rembourse/iu.test(s) ? ci`\bne\s+rembourse(?:nt)?\s+que\s+${NUM}\s+(?:prestations?|séances?|examens?|tests?|consultations?|visites?|analyses?|bilans?|traitements?|enregistrements?|dosages?)(?![\p{L}])[^.;%]{0,120}?(?=\bpar\s)`.exec(s) : null;
  const someIn = m ? periodIn(s.slice(m.index + m[0].length)) : null;
  if (m && someIn && TIME_UNITS.has(someIn.unit)) return { max: numberOf(m[1]), period: someIn };
  // `Par jour et par bénéficiaire, l'assurance ne rembourse qu'une prestation de l'article 22, …`: the span opens it
  // (`Par bénéficiaire et par journée, l'assurance ne rembourse qu'un seul honoraire de surveillance`: one of a thing)
  // (`un seul`, a count; with a bare `un`, only acts: `qu'un forfait de 20 euros`, `qu'une indemnité de …` are amounts)
  m = /rembourse/iu.test(s) ? ci`\bne\s+rembourse(?:nt)?\s+qu'(?:(?:un\s+seul|une\s+seule)\s+(?!(?:montant|partie|pourcentage|fraction|maximum|supplément)(?![\p{L}]))\p{L}[\p{L}-]*|une?\s+(?:prestation|séance|consultation|examen)\b)`.exec(s) : null;
  const opens = m ? openingPeriod(s) : null;
  if (opens) return { max: 1, period: opens };
  // `Le délai de renouvellement des orthèses X et Y est de trois ans`: once in that span
  // (its own predicate: not an exception's, `Ce délai … est supprimé lorsque la durée d'utilisation … est de deux ans`, nor
  // an approval's, `le délai de renouvellement de l'accord …`, nor one of several spans by age, `… de deux ans pour …`)
  m = /renouvellement/iu.test(s) ? RENEWAL_DELAY.exec(s) : null;
  const renewal = m ? period(numberOf(m[1]), unitOf(m[2])) : null;
  if (renewal) return { max: 1, period: renewal };
  // `Pour la prestation X, ce délai est porté à 9 ans` after a delay before a new intervention: once in the new span
  m = /délai/iu.test(s) ? DELAY_CHANGED.exec(s) : null;
  const changed = m ? period(numberOf(m[1]), unitOf(m[2])) : null;
  if (changed) return { max: 1, period: changed };
  // `Le renouvellement de la prestation X est autorisé tous les 3 ans`: once in that span
  // (one span for all: not `… tous les 2 ans pour les moins de 18 ans et tous les 5 ans pour les autres`; not `Dans la mesure où …`)
  m = /renouvellement/iu.test(s) ? RENEWAL_EVERY.exec(s) : null;
  const oneSpan = m && !ci`\btou(?:s|tes)\s+les\s+${NUM}\s`.test(s.slice(m.index + m[0].length)) && !ci`(?:\bmesure\s+où|\bpour\s+autant\s+qu)[^,;.]*$`.test(s.slice(0, m.index));
  const every = m && oneSpan && !inCondition(s, m.index) ? period(numberOf(m[1]), unitOf(m[2])) : null;
  if (every) return { max: 1, period: every };
  // `ne peuvent pas être répétées pour une même lésion dans une période de 3 mois`
  if (/r[ée]p[ée]t|renouvel/iu.test(s) && ci`\bne\s+peu(?:t|vent)\s+(?:pas\s+)?être\s+(?:répétée?s?|renouvelée?s?)`.test(s)) {
    return { max: 1, period: periodIn(s) };
  }
  return onceOrPerSpan(s, times);
}

/** A label's unit just before its limit: `…, par jour, ` / `…, par séance, avec `. */
// (after a comma: `Surveillance …, par jour, cinq prestations au plus`; not a span opening the sentence, `Par jour, deux
// séances au plus …`, `Par bénéficiaire et par jour, …`)
const FEE_UNIT_BEFORE = /\S\s*,\s*par\s+(?:jour|journée|séance)\s*,\s*(?:avec\s+)?$/iu;

/** Whether limit `m` stands in a prestation's label: a code before it (`423614 Surveillance …, par jour, cinq prestations
 * au plus`), or the label's value right after it (`… au plus V 15`). */
function inLabel(s: string, m: RegExpExecArray): boolean {
  return /(?<!\d)\d{6}(?!\d)/u.test(s.slice(0, m.index)) || /^\s*[A-Z]{1,3}\s*\d+(?:[.,]\d+)?(?![\p{L}\d])/u.test(s.slice(m.index + m[0].length));
}

/** What a patient has had, before a count: `ayant bénéficié d'`, `qui a déjà reçu `. */
// (not `suivi d'un maximum de 20 séances`: followed by)
export const HISTORY_BEFORE = /(?<![\p{L}])(?:reçu|bénéficié|subi|eu)\s+(?:d'\s*)?$/iu;
