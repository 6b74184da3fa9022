import type { RefusalCode, Rule, RuleType } from '../../schema/rules.js';
import { coverageOf, FIXED_AS_FLAT_FEE, TOTAL_VALUE_CAPPED } from './fees-included.js';
import { accentTolerant, accentTolerantSource } from '../../text/accents.js';
import { frequencyLimit, frequencyOf, LAB_MAXIMUM, LIMITED_NOUN, TIME_UNITS, type FrequencyParams } from './frequency.js';
import { PERCENT_NUM, percentOf, percentScale } from './percentages.js';
import { frequencyBasis, NOT_ACTS, quantityIn, unitsOverSpan } from './quantity.js';
import { spanChangedForSome } from './renewal.js';
import { basisOf, NUM, numberOf, period, periodIn, unitOf } from './periods.js';
import { documentationOf } from './documentation.js';
import { cumulScope, forbidsCumulation, NO_SUPPLEMENT, ONLY_SUPPLEMENT, ONLY_WITH } from './cumulation.js';
import { approvalOf, hyphenAdvisingPhysician } from './approval.js';
import { qualificationOf } from './qualification.js';
import { settingOf } from './setting.js';

// every pattern with accents reads the words with or without them (tables print `attestee`, `etre cumulees`)
const ci = accentTolerant('iu');
const csDotAll = accentTolerant('su');

/**
 * Typing of one rule sentence. A sentence can carry several rules
 * (`attestée à 100 % pour chaque vertèbre …, sous réserve qu'elle ne peut
 * être attestée pour plus de deux vertèbres en même temps`): every typer
 * runs, each may add one. Parameters are read from the same words.
 */

export interface Typed {
  type: RuleType;
  params: Rule['params'];
  /** the rule sets its codes against another party (non-cumulation, dependency). */
  relational: boolean;
  refusal: RefusalCode | null;
}

/** A clause that is a condition of billing, not a statement: `… que si …`, `… lorsque …`. */
const CONDITION = ci`\bque\s+(?:si\s|s'|lorsqu)|\bayant\b|\ba\s+présenté(?![\p{L}])`;

/** A later clause (k > 0) that is not the sentence's own rule: it names codes of its own, or states a condition. */
const otherClause = (c: string, k: number): boolean => k > 0 && (/\d{6}/u.test(c) || CONDITION.test(c));

/** A count of acts (not of patients, nor an amount): `le nombre total d'injections`. */
// (or a limit on prestations or their reimbursement, `Les prestations X sont limitées à 8 …`)
export const COUNT_OF_ACTS = new RegExp(accentTolerantSource(String.raw`\bnombre\s+(?:total\s+|maximum\s+|maximal\s+)?d(?:e\s+|es\s+|')(?!${NOT_ACTS}(?![\p{L}]))\p{L}|\b(?:prestations?|remboursement)\b(?:(?!\bnombre\b)[^.;]){0,80}?\blimitée?s?\s+à`), 'iu');

/** `à 6 (par oeil) la deuxième année`: a count for one year of a treatment (group 1: the count). */
const YEAR_OF_TREATMENT = new RegExp(accentTolerantSource(String.raw`(?:\blimitée?s?\s+à|,\s*à|\bet\s+à)\s+${NUM}\s+(?:par\s+(?!an\b|année)\p{L}+\s+)?(?:((?:la|le)\s+(?:première|deuxième|seconde|troisième|quatrième|cinquième)\s+année|(?:pour\s+)?les\s+années\s+suivantes)|par\s+an(?:née)?)\b`), 'giu');

/** The second count of `… fois par … et (au maximum) N fois`, from its `et` to the end. */
const SECOND_COUNT = /,?\s+(?:et\s+(?:au\s+maximum\s+|au\s+plus\s+|jamais\s+plus\s+(?:de\s+|d'))?|ni\s+plus\s+(?:de\s+|d'))\S+\s+fois\s*(?:au\s+maximum\s*|au\s+plus\s*)?$/u;

/** A second count of acts after `et`, at most, up to its span: `… et dans soixante séances au maximum par …` (group 1: the count). */
const SECOND_ACTS = ci`\s+et\s+(?:dans\s+|à\s+|pour\s+)?${NUM}\s+(?:séances?|prestations?|consultations?|visites?|examens?)\s+au\s+(?:maximum|plus)\s+(?=par\s|au\s+cours\s+d)`;

/** A count's span that is a stay or an admission, not a length of time: `par séjour`, `par admission`, `par hospitalisation`. */
const PER_STAY = /^(?:par|au\s+cours\s+d'une?\s+(?:même\s+)?|pendant\s+(?:le|un|une|la)\s+(?:même\s+)?)\s*(?:séjour|sejour|admission|hospitalisation)(?![\p{L}])/iu;

/**
 * `… fois … et … fois` within one clause (no `.` or `;` between): what /fois[^.;]*(?<!\w)et\b[^.;]*fois/iu tells, read
 * once from the first `fois` of each clause (the pattern scanned to the clause's end from every `fois`: quadratic in a
 * run-on sentence).
 */
export function timesAndTimes(s: string): boolean {
  for (const clause of s.split(/[.;]/u)) {
    const times = /fois/giu;
    // (or `ni`: `… plus de trois fois par semaine ni plus de soixante fois par période de 12 mois`)
    const and = /(?<!\w)(?:et|ni)(?!\w)/giu;
    if (!times.test(clause)) continue;
    and.lastIndex = times.lastIndex;
    if (!and.test(clause)) continue;
    times.lastIndex = and.lastIndex;
    if (times.test(clause)) return true;
  }
  return false;
}

/** A prestation named by its codes as a subject: `la prestation X`, or an act's noun and its codes, `la séance de bilan X`, `le bilan d'évolution Y`. */
const CODED_SUBJECT = String.raw`(?:(?:la|les)\s+prestations?|(?:la|le|les|l')\s*(?:séance|bilan|examen|consultation|visite|acte|test|analyse|traitement|enregistrement|échographie|évaluation)s?(?:\s+(?:de|du|d')\s*[\p{L}-]+){0,2})\s+(?:n°\s*)?\d{6}`;
/** A sentence that opens on its prestation's codes (after an item's or a paragraph's mark, a linking word). */
/** What may stand before a sentence's subject: a linking word, who the limit counts for, or the span it counts in (`Par année civile, …`). */
const FRONTED = String.raw`(?:par\s+(?:bénéficiaire|patient)|par\s+(?:année\s+civile|an|mois|semaine|jour(?:\s+d'hospitalisation)?|période\s+de\s+[^,;.]{1,30})|par\s+ailleurs|en\s+outre|de\s+plus|toutefois|cependant)`;
export const CODES_SUBJECT = new RegExp(String.raw`^\W*(?:§\s*\d+\p{L}*\.?\s*|[\p{L}\d°]{1,3}[.)]\s*|\d{1,2}°\s*)?(?:${FRONTED}\s*,\s*)?${CODED_SUBJECT}`, 'iu');
/** Where a clause on a prestation of its own begins after a semicolon: `…; la prestation Y …`, `…; le bilan d'évolution Y, …`. */
export const OWN_CLAUSE = new RegExp(String.raw`;\s*(?=${CODED_SUBJECT})`, 'iu');

/**
 * A rule of one kind read in each clause of a sentence whose clauses each open on a prestation of their own (`La prestation
 * X ne peut être attestée que pour un bénéficiaire hospitalisé; la prestation Y ne peut l'être qu'en dehors de l'hôpital`):
 * what `read` gives each clause, in order, or null unless there are two clauses or more and each gives one. The rule
 * reader gives each its clause's codes (clauses.ts).
 */
function eachOwnClause<T>(s: string, read: (clause: string) => T | null): T[] | null {
  if (!(s.includes(';') || ELLIPTIC_CLAUSE_HINT.test(s)) || !CODES_SUBJECT.test(s)) return null;
  const parts = s.split(new RegExp(`${OWN_CLAUSE.source}|${ELLIPTIC_CLAUSE.source}`, 'giu'));
  const each = parts.map((c, k) => read(k ? withVerbOf(parts[0], c) : c));
  return each.length > 1 && each.every((r) => r !== null) ? (each as T[]) : null;
}

/** What follows an elliptic clause's subject: its limit, its verb left unsaid. */
const ELLIPTIC_REST = String.raw`(?:qu'|que\s|au\s+(?:maximum|plus)\s|une?\s+(?:seule\s+)?fois\s|(?:\d{1,2}|deux|trois|quatre|cinq|six)\s+fois(?![\p{L}])|tous\s+les\s|à\s+raison\s)`;

/** Where a clause on a prestation of its own begins after `, et`, its verb left unsaid: `…, et la prestation Y qu'une fois tous les 3 ans`. */
// (or after a comma alone, or before a count of times: `…, la prestation Y au maximum deux fois par trimestre`, `… qu'une fois et la
// prestation Y deux fois au maximum`)
export const ELLIPTIC_CLAUSE = new RegExp(String.raw`(?:,?\s+et|,)\s+(?=${CODED_SUBJECT}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?)*(?:\s*\([^()]{1,60}\))?\s+${ELLIPTIC_REST})`, 'iu');
const ELLIPTIC_CLAUSE_HINT = /(?:\set|,)\s+(?:la|les|le|l')/iu;

/** A clause's subject named by its codes, with the list of codes it names, at the clause's start. */
const CODED_SUBJECT_HEAD = new RegExp(String.raw`^\W*(?:§\s*\d+\p{L}*\.?\s*|[\p{L}\d°]{1,3}[.)]\s*|\d{1,2}°\s*)?(?:(${FRONTED})\s*,\s*)?${CODED_SUBJECT}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?)*(?:\s*\([^()]{1,60}\))?`, 'iu');
/** The verb after it: `ne peut être remboursée`, `n'est attestable`, `est remboursée`. */
const CLAUSE_VERB = /^\s*((?:ne|n')\s*(?:peu(?:t|vent)|doi(?:t|vent))\s+(?:pas\s+|jamais\s+|plus\s+)?être\s+\p{L}+(?:\s+en\s+compte)?|(?:ne\s+|n')(?:est|sont)\s+\p{L}+(?:\s+en\s+compte)?|(?:est|sont)\s+\p{L}+(?:\s+en\s+compte)?|peu(?:t|vent)\s+être\s+\p{L}+(?:\s+en\s+compte)?)/iu;

/**
 * A clause whose verb is left unsaid (`et la prestation Y qu'une fois tous les 3 ans`), given the verb of the clause before
 * it (`la prestation X ne peut être remboursée qu'à raison de six délivrances …`): `la prestation Y ne peut être remboursée
 * qu'une fois tous les 3 ans`, as a reader hears it. Any other clause as it is.
 */
export function withVerbOf(first: string, clause: string): string {
  const own = CODED_SUBJECT_HEAD.exec(clause.replace(/^\s*et\s+/iu, ''));
  const head = CODED_SUBJECT_HEAD.exec(first);
  if (!own || !head) return clause;
  const rest = clause.replace(/^\s*et\s+/iu, '').slice(own[0].length);
  if (!new RegExp(`^\\s*${ELLIPTIC_REST}`, 'iu').test(rest)) return clause;
  const verb = CLAUSE_VERB.exec(first.slice(head[0].length));
  // (and the span the first clause fronted, which counts for both: `Par année civile, X … que quatre fois, et Y qu'une fois`)
  const fronted = head[1] && !own[1] ? `${head[1]}, ` : '';
  // (a bare count after a restriction keeps it: `… ne peut être attestée qu'une fois par jour et la prestation Y deux fois`, at most)
  // (or `au maximum`: `X peut être attestée au maximum une fois par jour et la prestation Y deux fois`)
  const bareCount = /^\s*(?:\d{1,2}|deux|trois|quatre|cinq|six)\s+fois(?![\p{L}])/iu.test(rest);
  const after = first.slice(head[0].length + (verb?.[0].length ?? 0));
  const atMost = bareCount && /^\s*au\s+(?:maximum|plus)\s/iu.test(after);
  const restricted = bareCount && /^\s*(?:ne|n')/iu.test(verb?.[1] ?? '') && /^\s*qu['e]/iu.test(after);
  // (and the first one's span where it names none: `… qu'une fois par jour et la prestation Y deux fois` is twice a day)
  const span = (restricted || atMost) && !/(?<![\p{L}])(?:par|au\s+cours|tous\s+les|pendant|sur)\s/iu.test(rest) ? /\s(?:par|au\s+cours\s+d'une?|pendant)\s+[^,;.]{1,40}?\s*$/iu.exec(first)?.[0] : undefined;
  const restWithSpan = span ? rest.replace(/\s*([.;]?\s*)$/u, `${span}$1`) : rest;
  return verb ? `${fronted}${own[0]} ${verb[1]}${restricted ? ' que' : atMost ? ' au maximum' : ''}${restWithSpan}` : clause;
}

/**
 * The typings of sentences read by a reader that only looks at them (peekTypes), kept for the typeSentence of the
 * same words that usually follows, which takes them as its own: the rule reader asks continuesRule (a documentation
 * duty?) then types the same sentence, the indication reader asks of a sentence the rule reader types next (102 of
 * the corpus's 1,123 typings). A typing depends on the words only; a taker may change what it took, so a typing is
 * handed to one taker at most, and a peeker must not keep what it sees.
 */
const peeked = new Map<string, Typed[]>();
const PEEKED_KEPT = 256;

/** typeSentence's answer, to read and let go (not to change, nor to keep). */
export function peekTypes(raw: string): readonly Typed[] {
  let typed = peeked.get(raw);
  if (typed === undefined) {
    if (peeked.size >= PEEKED_KEPT) peeked.clear();
    peeked.set(raw, (typed = typeSentenceOnce(raw)));
  }
  return typed;
}

export function typeSentence(raw: string): Typed[] {
  const typed = peeked.get(raw);
  if (typed === undefined) return typeSentenceOnce(raw);
  peeked.delete(raw);
  return typed;
}

function typeSentenceOnce(raw: string): Typed[] {
  // (`max. 2 fois par an`, `max 2 fois`: the annex's abbreviation of `maximum`; `maximun`, a misprint of it)
  // (`qu'à deux reprises`: `que deux fois`; `au maximum à trois reprises`: `au maximum trois fois`, not any `à deux reprises`, a
  // patient's history, `ayant chuté à deux reprises`; the `à` bounded by letters: a \b never stands before an accented letter)
  const s = hyphenAdvisingPhysician(raw).replace(/[ \t]+/g, ' ').replace(/(?<!\w)max(?:\.|imun\b)?\s*(?=\d|une?\b|deux\b|trois\b)/giu, 'maximum ').replace(/(?<![\p{L}'])(qu'|(?<=(?<![\p{L}])(?:au\s+)?(?:maximum|plus)\s+))à\s+(\S+)\s+reprises\b/giu, (_, q: string, n: string) => `${q ? 'que ' : ''}${n} fois`);
  const out: Typed[] = [];

  if (forbidsCumulation(s) || ONLY_WITH.test(s) || NO_SUPPLEMENT.test(s)) out.push({ type: 'nonCumulation', params: { scope: cumulScope(s) }, relational: true, refusal: '010' });
  // (a supplement is billed with its fee, in the same intervention, unless the sentence says a day or a session)
  else if (ONLY_SUPPLEMENT.test(s)) out.push({ type: 'nonCumulation', params: { scope: ((scope) => (scope === 'any' || scope === 'samePeriod' ? 'sameIntervention' : scope))(cumulScope(s)) }, relational: true, refusal: '010' });

  // dependency on another prestation (`uniquement à la suite de la prestation …`)
  const dependency = ci`(?:\buniquement\s+)?à\s+la\s+suite\s+de\s+la\s+prestation|\bqu'après\s+(?:la|une)\s+prestation`.test(s);

  // frequency
  const freq = frequencyOf(s);
  if (freq) out.push({ type: 'frequency', params: freq, relational: false, refusal: '002' });
  // `… est limité à 4 par trimestre et à 12 par année civile`: a second limit over a longer period
  // (`au maximum une fois par semaine et douze fois par année civile`: the same with times)
  const secondTimes = freq && timesAndTimes(s)
    ? ci`\bfois\s+(?:au\s+maximum\s+|au\s+plus\s+)?(?:par|dans\s+le\s+cadre\s+d[e']|pour|au\s+cours\s+d'une?|lors\s+d'une?)\s+[^.;]{1,40}?\s+(?:et\s+(?:au\s+maximum\s+|au\s+plus\s+|jamais\s+plus\s+(?:de\s+|d'))?|ni\s+plus\s+(?:de\s+|d'))${NUM}\s+fois\s+(?:au\s+maximum\s+|au\s+plus\s+)?(?=(?:par|au\s+cours\s+d'une?|sur\s+une?)\s)`.exec(s)
    : null;
  const second =
    freq?.period && /limit/iu.test(s) ? ci`\blimitée?s?\s+à\s+\S+\s+[^.;]{0,200}?\bet\s+à\s+${NUM}\s+(?:${LIMITED_NOUN}\s+)?(?=(?:par|au\s+cours\s+d'une?)\s)`.exec(s) : secondTimes;
  // (the first limit's span is its own, before `et`: not the second's `par période de 5 ans`)
  // (where the second count begins: `une fois par œil et par séance, et au maximum douze fois`, not the first `et`)
  if (freq && second && second === secondTimes) {
    const cut = second[0].search(SECOND_COUNT);
    freq.period = periodIn(second[0].slice(0, cut >= 0 ? cut : second[0].search(/\s+et\s/u)));
  }
  if (freq && second) {
    const rest = s.slice(second.index + second[0].length);
    const period = periodIn(rest);
    if (period) out.push({ type: 'frequency', params: { ...freq, max: numberOf(second[1]), period }, relational: false, refusal: '002' });
    // (`qu'une fois par jour et au maximum cinq fois par séjour`: per stay, a span no unit measures, after one that is)
    else if (second === secondTimes && freq.period && PER_STAY.test(rest)) out.push({ type: 'frequency', params: { ...freq, max: numberOf(second[1]), period: null }, relational: false, refusal: '002' });
  }
  // `… qu'une fois par séance d'irradiation, avec un maximum de 35 attestations par année civile`: a second limit
  const capped = freq && !second && /maximum/iu.test(s) ? ci`,\s*avec\s+un\s+maximum\s+de\s+${NUM}\s+(?:[\p{L}-]+\s+){0,2}?(?=par\s)`.exec(s) : null;
  if (freq && capped && numberOf(capped[1]) !== freq.max) {
    const after = s.slice(capped.index + capped[0].length);
    let period = periodIn(after);
    // (`… par an, au cours de la période restante de l'année civile en cours`: the calendar year)
    if (period?.unit === 'year' && period.count === 1 && ci`\bannée\s+civile\s+en\s+cours\b`.test(after)) period = { count: 1, unit: 'calendarYear' };
    if (period && TIME_UNITS.has(period.unit)) out.push({ type: 'frequency', params: { ...freq, max: numberOf(capped[1]), period }, relational: false, refusal: '002' });
  }
  // `… soixante séances au maximum … par année civile …, et une seule par jour`: a second limit, what it counts left unsaid
  // (`… au maximum une fois par jour et ne peut l'être plus de quatre fois par intervention`: the same, its verb left unsaid)
  const elliptic = freq && !second && !capped && /\set\s/u.test(s) ? (ci`,\s*et\s+(?:(une\s+seule|un\s+seul)|${NUM})\s+(?:au\s+(?:plus|maximum)\s+)?(?=par\s)`.exec(s) ?? ci`,?\s+et\s+(?:ne|n')\s*(?:peu(?:t|vent)\s+l'être|l'(?:est|sont))\s+plus\s+(?:d'(une)|de\s+${NUM})\s+fois\s+(?=par\s|au\s+cours\s+d)`.exec(s)) : null;
  if (freq && elliptic) {
    const max = elliptic[1] ? 1 : numberOf(elliptic[2]);
    const period = periodIn(s.slice(elliptic.index + elliptic[0].length));
    if (period && max !== freq.max) out.push({ type: 'frequency', params: { ...freq, max, period }, relational: false, refusal: '002' });
  }
  // (`… dans quarante séances au maximum par période de six mois et dans soixante séances au maximum par année civile`: acts
  // counted again over a second span)
  const secondActs = freq && !second && !capped && !elliptic && /\set\s/u.test(s) ? SECOND_ACTS.exec(s) : null;
  if (freq && secondActs) {
    const period = periodIn(s.slice(secondActs.index + secondActs[0].length));
    if (period && TIME_UNITS.has(period.unit) && (numberOf(secondActs[1]) !== freq.max || JSON.stringify(period) !== JSON.stringify(freq.period)))
      out.push({ type: 'frequency', params: { ...freq, max: numberOf(secondActs[1]), period }, relational: false, refusal: '002' });
  }
  // a span the sentence changes for some after it set it (spanChangedForSome): the same count over that span, a limit of its own
  const changedSpan = freq?.period ? spanChangedForSome(s) : null;
  const changedTo = changedSpan ? period(numberOf(changedSpan[1]), unitOf(changedSpan[2])) : null;
  if (freq?.period && changedTo && (changedTo.count !== freq.period.count || changedTo.unit !== freq.period.unit))
    out.push({ type: 'frequency', params: { ...freq, period: changedTo }, relational: false, refusal: '002' });
  // a rate after the count: `Pour chaque accord, au maximum soixante séances … sont remboursées, à raison de deux séances par
  // semaine au plus`: the count over what its clause says (here no span of time), and the rate a limit of its own
  const rate = freq && !second && !capped && !elliptic && /raison/iu.test(s) ? ci`,\s*à\s+raison\s+d(?:e\s+|')(?:(?:au\s+)?maximum\s+)?(?:(une?)|${NUM})\s+(?:[\p{L}-]+\s+){0,2}?(?:au\s+(?:plus|maximum)\s+)?(?=par\s)`.exec(s) : null;
  const counted = rate ? frequencyLimit(s.slice(0, rate.index)) : null;
  if (freq && rate && counted) {
    const max = rate[1] ? 1 : numberOf(rate[2]);
    const period = periodIn(s.slice(rate.index + rate[0].length));
    if (period && TIME_UNITS.has(period.unit) && max !== counted.max) {
      freq.max = counted.max;
      freq.period = counted.period;
      out.push({ type: 'frequency', params: { ...freq, max, period }, relational: false, refusal: '002' });
    }
  }
  // a limit in each clause: `… n'est attesté qu'une seule fois; en aucun cas il ne peut l'être plus de deux fois par
  // année civile`, `Seule l'une de ces deux prestations peut être attestée par jour, et au maximum trois fois par année`
  // (`un seul traitement par œil est remboursé par période de douze mois et le nombre total de traitements est limité à deux
  // pour toute la vie`: a second limit over the total)
  if (freq && /;|,\s|\set\s+(?:le|la)\s+nombre\s/u.test(s)) {
    // (`… plus d'une fois par jour, ni plus de trente-cinq fois par période de 90 jours`, `…, et ce au maximum trois fois …`,
    // `…, avec un maximum de 3 consultations au cours des douze semaines qui suivent …`)
    const clauses = s.split(/;\s*|,\s+(?:et\s+(?:ce\s+)?)?(?=(?:au\s+(?:maximum|plus)|jamais|en\s+aucun\s+cas|ni\s+plus\s+d|avec\s+un\s+maximum\s+de)\s*)|,?\s+et\s+(?=(?:le|la)\s+nombre\s+(?:total\s+|maximum\s+|maximal\s+)?(?:de\s|d'))/u);
    // (not a clause naming codes of its own: `…; le bilan 477960 n'est remboursé qu'une fois tous les deux ans` is that code's)
    // (nor a condition: `…; elle n'est remboursée que si le patient a présenté au maximum deux crises par mois`)
    const limits = clauses.length > 1 ? clauses.map((c, k) => (otherClause(c, k) ? null : frequencyLimit(c))).filter((l): l is NonNullable<typeof l> => l !== null) : [];
    // (only limits of other counts: the same count again is the first limit with its span read further on)
    const others = limits.filter((l, k) => l.max !== limits[0].max && limits.findIndex((x) => x.max === l.max) === k);
    // (the first clause's limit is the sentence's own, unless a second limit was read above)
    if (others.length && !second && !capped) {
      freq.max = limits[0].max;
      freq.period = limits[0].period;
    }
    const read = new Set(out.filter((t) => t.type === 'frequency').map((t) => (t.params as FrequencyParams).max));
    for (const l of others) if (!read.has(l.max)) out.push({ type: 'frequency', params: { ...freq, ...l }, relational: false, refusal: '002' });
  }
  // a limit in each clause, each on a prestation of its own (`La prestation X est octroyée une seule fois par période de 12
  // mois; la prestation Y au maximum 4 fois par année civile`): one each, in order
  // (a limit with no span of ours counts too, `… qu'une seule fois par trouble; le bilan d'évolution Y, au maximum une fois par
  // période de douze mois`: not one of them on both)
  const limits = freq ? eachOwnClause(s, (c) => { const l = frequencyLimit(c); return l && l.max > 0 ? l : null; }) : null;
  if (freq && limits) {
    for (let k = out.length - 1; k >= 0; k--) if (out[k].type === 'frequency') out.splice(k, 1);
    for (const l of limits) out.push({ type: 'frequency', params: { ...freq, ...l }, relational: false, refusal: '002' });
  }
  // a limit for each year of a treatment (`… est limité à 8 par oeil la première année, à 6 par oeil la deuxième année et à 4
  // par an …`): each a limit per year
  if (/année/iu.test(s) && (freq || COUNT_OF_ACTS.test(s))) {
    const read = new Set(out.filter((t) => t.type === 'frequency').map((t) => (t.params as FrequencyParams).max));
    const base: FrequencyParams = freq ?? { max: 0, period: null, per: frequencyBasis(s), unless: null };
    const years = [...s.matchAll(YEAR_OF_TREATMENT)];
    // (`et à 4 par an …` counts among them where the others name their year)
    for (const y of years.some((x) => x[2]) ? years : []) {
      const max = numberOf(y[1]);
      if (!read.has(max)) out.push({ type: 'frequency', params: { ...base, max, period: { count: 1, unit: 'year' } }, relational: false, refusal: '002' });
      read.add(max);
    }
  }
  if (dependency) out.push({ type: 'other', params: {}, relational: true, refusal: '007' });

  // quantity: at most N units at a time
  const q = quantityIn(s);
  // `Au maximum trois dosages sont remboursés par période de sept jours`: a count over a span of time is the frequency
  // read above, not a second limit on one session (nor is a count over a lifetime: `… au cours de sa vie`)
  // (or a second limit read over a span: `Une seule de ces canules … par période de quatre mois, avec un maximum de trois canules
  // par année civile`)
  const overTime = (p: FrequencyParams | null | undefined) => p?.period != null && (TIME_UNITS.has(p.period.unit) || p.period.unit === 'lifetime') && numberOf(q![0]) === p.max;
  const sameAsFrequency = q !== null && (overTime(freq) || out.some((t) => t.type === 'frequency' && overTime(t.params as FrequencyParams)));
  // (and where no frequency was read, things counted over a span of time are one: `Par bénéficiaire et par période de douze
  // mois, au maximum deux pièces sont remboursées`)
  const overSpan = q !== null && !freq ? unitsOverSpan(s, q[0]) : null;
  if (overSpan) out.push({ type: 'frequency', params: overSpan, relational: false, refusal: '002' });
  else if (q && !sameAsFrequency) {
    const scope = ci`en\s+même\s+temps|même\s+séance|en\s+une\s+séance|seul\s+temps\s+opératoire|\bpar\s+séance`.test(s)
      ? 'session'
      : /par\s+jour/iu.test(s)
        ? 'day'
        : ci`même\s+intervention|\bpar\s+intervention`.test(s)
          ? 'intervention'
          : null;
    out.push({ type: 'quantity', params: { max: numberOf(q[0]), per: basisOf(q[1], 'unit'), scope }, relational: false, refusal: '002' });
    // (units counted per intervention or session are that quantity, not a count of times too: `Le matériel … est remboursé à
    // raison de deux électrodes au maximum par intervention`)
    const sameUnits = freq?.period && (freq.period.unit === 'intervention' || freq.period.unit === 'session') && freq.max === numberOf(q[0]) && !/(?<![\p{L}])fois(?![\p{L}])/iu.test(s);
    const counted = sameUnits ? out.findIndex((t) => t.type === 'frequency' && t.params === freq) : -1;
    if (counted >= 0) out.splice(counted, 1);
  } else if (!q) {
    // a laboratory entry's note `B 600 (Maximum 1) (Règle de cumul 70) Classe 19`: the most it may be billed at once
    const labMax = LAB_MAXIMUM.exec(s);
    if (labMax) out.push({ type: 'quantity', params: { max: Number(labMax[1]), per: 'unit', scope: null }, relational: false, refusal: '002' });
  }

  const qual = qualificationOf(s);
  if (qual) out.push({ type: 'qualification', params: qual, relational: false, refusal: null });

  const approval = approvalOf(s);
  if (approval) out.push({ type: 'priorApproval', params: { by: approval }, relational: false, refusal: '006' });

  const doc = documentationOf(s.replace(csDotAll`,?\s*(?:(?<![\p{L}])à\s+moins\s+qu(?:e|')|sauf\s+si).*$`, ''));
  if (doc) out.push({ type: 'documentation', params: doc, relational: false, refusal: doc.prerequisite ? '008' : null });

  // `attestées à 100 %`, `cumulables à 100 % avec …`, `portés en compte à raison de 50 p.c.`, `honorée à cinquante pourcent`,
  // `peuvent être cumulées à 100 % avec …` (a verb's participle, not denied: not `Les prestations cumulées à 100 % …`;
  // but `ne peut être cumulée qu'à 50 % avec …` is that percentage)
  // (`son remboursement est limité à 50 % de la base de remboursement`; `… est portée en compte sous le numéro X à 50 %`)
  let pct = ci`(?:attestée?s?|portée?s?\s+en\s+compte|prise?s?\s+en\s+compte|remboursée?s?|honorée?s?|facturée?s?|cumulables?|(?<=(?<![\p{L}])(?<!(?:\bne\s+|n'))(?:peu(?:t|vent)\s+(?:\p{L}+\s+)?être|sont|est)\s+)cumulée?s?|(?<=(?<![\p{L}])(?:peu(?:t|vent)\s+(?:\p{L}+\s+)?être|sont|est)\s+)cumulée?s?(?=\s+qu'\s*à\s)|(?<=\b(?:remboursement|intervention)\s+(?:de\s+l'assurance\s+)?est\s+)limitée?)(?:\s+sous\s+(?:le\s+)?(?:numéro|code)\s+\d{6}(?:\s*-\s*\d{6})?)?\s+(?:qu'\s*)?à\s+(?:raison\s+de\s+)?${PERCENT_NUM}\s*(?:%|p\.\s?c\.|pour\s?cent(?!\p{L}))`.exec(s);
  // (`elle n'est remboursée qu'à concurrence de 50 % de sa valeur`)
  pct ??= ci`\b(?:n'|ne\s)[^.;]{0,60}?\b(?:remboursée?s?|honorée?s?|attestée?s?|portée?s?\s+en\s+compte)\s+qu'à\s+concurrence\s+de\s+${PERCENT_NUM}\s*(?:%|p\.\s?c\.|pour\s?cent(?!\p{L}))`.exec(s);
  // `La valeur de la prestation … est majorée de 25 %`: billed at 125 % of it
  // (`La valeur relative des prestations X à Y est augmentée de 20 % lorsque …`: said of a value or a fee, not of a count or a delay)
  const raised = /major|augment/iu.test(s) ? ci`(?:\b(?:est|sont)\s+majorée?s?\s+de|\b(?:valeur(?:\s+relative)?|honoraires?|forfaits?|tarifs?|montant|coefficient|intervention\s+de\s+l'assurance|remboursement|prestations?)\b(?:(?!\b(?:nombre|délai|durée|période)\b)[^.;]){0,100}?\b(?:est|sont)\s+augmentée?s?\s+de)\s+${PERCENT_NUM}\s*(?:%|p\.\s?c\.|pour\s?cent(?!\p{L}))`.exec(s) : null;
  if (!pct && raised) out.push({ type: 'billingPercentage', params: { percentage: 100 + percentOf(raised[1]), per: null, purpose: 'fee' }, relational: false, refusal: null });
  // (`les honoraires … sont réduits à 50 % de leur valeur`, `l'intervention de l'assurance est ramenée à 60 % des honoraires`)
  pct ??= ci`\b(?:est|sont)\s+(?:réduite?s?|ramenée?s?|diminuée?s?)\s+à\s+${PERCENT_NUM}\s*(?:%|p\.\s?c\.|pour\s?cent(?!\p{L}))`.exec(s);
  // (`seule la moitié de la valeur relative de la prestation X peut être attestée`, `… n'est remboursée qu'à la moitié de sa valeur`:
  // 50 %; restrictive only, not a raise `majorés de la moitié de …` nor a supplement `égal à la moitié de …`; its verb the
  // sentence's, not a condition's)
  const half = !pct && /moiti[ée]/iu.test(s) ? ci`\b(?:seule(?:ment)?|que)\s+la\s+moitié\s+(?:de\s+la\s+valeur(?:\s+relative)?|des\s+honoraires|de\s+l'honoraire|du\s+forfait|de\s+(?:sa|leur)\s+valeur)\b(?:(?!(?<![\p{L}])(?:lorsque?|lorsqu|si|quand)(?![\p{L}]))[^.;]){0,80}?\b(?:peu(?:t|vent)\s+être|est|sont)\s+(?:attestée?s?|portée?s?\s+en\s+compte|remboursée?s?|honorée?s?)|\b(?:attestée?s?|portée?s?\s+en\s+compte|remboursée?s?|honorée?s?)\s+qu'\s*(?:à|pour)\s+la\s+moitié\s+de\s+(?:sa|leur|la)\s+valeur`.exec(s) : null;
  if (half) out.push({ type: 'billingPercentage', params: { percentage: 50, per: null, purpose: 'fee' }, relational: false, refusal: null });
  if (pct) {
    const basis = basisOf(s.slice(pct.index), 'unit');
    out.push({ type: 'billingPercentage', params: { percentage: percentOf(pct[1]), per: basis === 'unit' ? null : basis, purpose: 'fee' }, relational: false, refusal: null });
    // (a second percentage in the same clause, its verb left unsaid: `… est attestée à 100 % pour la première lésion et à 50 %
    // pour chacune des lésions suivantes`)
    const second = ci`^[^.;]{0,80}?,?\s+et\s+à\s+${PERCENT_NUM}\s*(?:%|p\.\s?c\.|pour\s?cent(?!\p{L}))`.exec(s.slice(pct.index + pct[0].length));
    if (second && percentOf(second[1]) !== percentOf(pct[1])) out.push({ type: 'billingPercentage', params: { percentage: percentOf(second[1]), per: null, purpose: 'fee' }, relational: false, refusal: null });
    // (or in a clause of its own on the same prestation: `… est honorée à 40 % de sa valeur; elle est honorée à 80 % si …`)
    const another = second ? null : ci`;\s*(?:elle|il|elles|ils)\s+(?:n'\s*)?(?:est|sont)\s+(?:attestée?s?|honorée?s?|remboursée?s?|portée?s?\s+en\s+compte)\s+(?:qu'\s*)?à\s+${PERCENT_NUM}\s*(?:%|p\.\s?c\.|pour\s?cent(?!\p{L}))`.exec(s.slice(pct.index + pct[0].length));
    if (another && percentOf(another[1]) !== percentOf(pct[1])) out.push({ type: 'billingPercentage', params: { percentage: percentOf(another[1]), per: null, purpose: 'fee' }, relational: false, refusal: null });
  }
  // (`… est ramenée à : - 25 % si …; - 50 % si …`: one percentage per step of the scale)
  if (!pct) for (const percentage of percentScale(s)) out.push({ type: 'billingPercentage', params: { percentage, per: null, purpose: 'fee' }, relational: false, refusal: null });
  const margin = /^[-\s]*(\d+(?:,\d+)?)\s*%\s+pour\s+les\s+prestations/iu.exec(s);
  if (margin) out.push({ type: 'billingPercentage', params: { percentage: Number(margin[1].replace(',', '.')), per: null, purpose: 'safetyMargin' }, relational: false, refusal: null });

  // (`La valeur totale de plusieurs examens datés du même jour est fixée forfaitairement à K 80`, `… est de K 125`)
  if (ci`considérée?s?\s+comme\s+(?:un\s+)?(?:forfait|montant\s+forfaitaire|intervention\s+forfaitaire)|\ba\s+le\s+caractère\s+d'un\s+forfait\b|\b(?:revêt(?:ent)?|a|ont)\s+un\s+caractère\s+forfaitaire\b|\b(?:est|sont)\s+forfaitaires?(?![\p{L}])|\b(?:est|constitue(?:nt)?)\s+un\s+forfait\b|\b(?:constitue(?:nt)?|est)\s+(?:une?|des)\s+(?:honoraires?|montant|intervention)\s+forfaitaires?\b|\bhonoraires?\s+forfaitaires?\s+(?:couvre|comprend)|\b(?:vaut|valent)\s+forfait\b|${FIXED_AS_FLAT_FEE}|${TOTAL_VALUE_CAPPED}`.test(s)) {
    out.push({ type: 'flatFee', params: {}, relational: false, refusal: null });
  }

  const setting = settingOf(s);
  // (a setting in each clause, each on a prestation of its own, the settings different: both, in order)
  const settings = setting ? eachOwnClause(s, settingOf) : null;
  if (settings && new Set(settings).size === settings.length) {
    for (const c of settings) out.push({ type: 'setting', params: { setting: c }, relational: false, refusal: '003' });
  } else if (setting) out.push({ type: 'setting', params: { setting }, relational: false, refusal: '003' });

  const limited = out.some((t) => t.type === 'frequency' || t.type === 'nonCumulation' || t.type === 'quantity');
  // (`Cette prestation comprend …; elle ne peut pas être attestée le même jour que …`: what it includes, then its limit)
  // (`… est incluse dans cette prestation, qui ne peut pas être cumulée …`, `Cette prestation comprend … et n'est pas
  // cumulable …`: the same, the limit in a relative or a second clause)
  // (or in a later clause: `La prestation X est forfaitaire; elle couvre … et ne peut être attestée qu'une fois`)
  const clauses = limited ? s.split(/;|,\s+qui\s+(?:ne\s|n')|\s+et\s+(?:ne\s|n')/u) : [];
  // (not a later clause naming codes of its own, `…; la prestation Z comprend …`, nor a condition, `…; elle n'est remboursée que si
  // le bilan comprend …`)
  const coverage =
    coverageOf(s, limited) ??
    (clauses.length > 1 ? (clauses.map((c, k) => (!forbidsCumulation(c) && !frequencyLimit(c) && !otherClause(c, k) ? coverageOf(c, false) : null)).find((c) => c !== null) ?? null) : null);
  if (coverage) out.push({ type: 'coverage', params: coverage, relational: false, refusal: null });
  return out;
}
