import type { Period } from '../../schema/rules.js';
import { accentTolerant } from '../../text/accents.js';
import type { FrequencyParams } from './frequency.js';
import { NUM, numberOf, period, periodIn, unitOf } from './periods.js';
import { LEAD_MARK } from './sentences.js';

/**
 * The limits frequencyLimit (frequency.ts) reads last, once its forms of times
 * and maxima found none: once per so long (a renewal or a replacement after a
 * delay, `renouvelée tous les 3 ans`), one of several (`qu'une seule des
 * prestations …`), so many things per span of time (`deux manchons au maximum
 * … par période de 12 mois`), once ever (`l'intervention … est unique`), a
 * second session a day; and the spans of time those read (openingPeriod,
 * TIME_UNITS), which frequency.ts reads too.
 */

const ci = accentTolerant('iu');

/** A list of codes or pairs (`567840, 567851 ou 567862`, `123456 - 123460 et …`) with the space after it. */
const CODES_BETWEEN = String.raw`\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|ou|et)\s*\d{6}(?:\s*-\s*\d{6})?)*\s+`;

const COUNTED_ACTS_OPENING = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?au\s+(?:maximum|plus)\s+${NUM}\s+[\p{L}'-]+(?:\s+(?!(?:peu(?:t|vent)|sont|est)(?![\p{L}]))[\p{L}'-]+){0,6}\s+(?:peu(?:t|vent)\s+(?:\S+\s+)?être|sont|est)\s+(?:attestée?s?|remboursée?s?|portée?s?\s+en\s+compte|honorée?s?|facturée?s?)(?![\p{L}])`;

/** The same span of time a condition says nothing else was billed in: `durant la même année civile, aucun … n'ait donné lieu à …`. */
const SAME_SPAN = String.raw`(?:(?:durant|pendant|dans)\s+(?:la|le)|au\s+cours\s+(?:de\s+la|du))\s+même\s+(année\s+civile|trimestre|semestre|mois|année|semaine|journée|jour)(?![\p{L}])`;
// (`aucun autre X`: another of the same kind; not `aucune prestation Y` nor `aucune consultation`, a condition on another act)
const NOT_BILLED_BEFORE = String.raw`\baucune?\s+autre\s(?:(?!\d{6})[^.;]){0,120}?\bn'ait\s+(?:donné\s+lieu\s+à\s+(?:une\s+)?intervention|été\s+(?:attestée?|remboursée?|portée?\s+en\s+compte))`;
const NONE_BEFORE_IN_SPAN = ci`${SAME_SPAN}[^.;]{0,80}?${NOT_BILLED_BEFORE}|${NOT_BILLED_BEFORE}[^.;]{0,60}?${SAME_SPAN}`;

/** `une seule prestation (de l'article 22, II, b),) peut être attestée`: one of a kind. */
const ONE_OF_A_KIND = ci`(?<![\p{L}])(?<!plus\s+d')(?:un\s+seul|une\s+seule)\s+(?:prestation|honoraire|séance|consultation|examen)\s+(?:de\s+l'article\s+[^;.]{1,40}?,?\s+)?(?:peut|peuvent)\s+être\s+(?:attestée?|portée?\s+en\s+compte|remboursée?)(?![\p{L}])(?!\s+en\s+plus\s+d)`;

/**
 * `il ne peut être porté en compte qu'un seul de ces (deux) numéros`: one of them billed (after a billing verb, `ne … qu'un
 * seul`: not a condition, `pour autant qu'un des numéros … ait été attesté`, nor a duty, `ne mentionne … qu'un des numéros`).
 */
const ONE_OF_THESE_NUMBERS = String.raw`\b(?:attest|port[ée]|rembours|factur)\p{L}*(?:\s+en\s+compte)?(?:\s+[^\s.;]+){0,4}?\s+qu'(?:un\s+seul|une\s+seule)\s+de\s+ces\s+(?:[\p{L}\d]+\s+)?(?:numéros|codes)(?![\p{L}])`;

/** `Une seule des prestations X et Y peut être attestée …`: a sentence opening on one of the codes it lists, billed (not one
 * billed at a rate, `… est remboursée à 100 %, l'autre à 50 %`, `… intégralement`, nor in addition to another). */
const ONE_OF_CODES_OPENING = ci`^\W*(?:${LEAD_MARK}\s*|\d{1,2}°\s*)?(?:une\s+seule|un\s+seul)\s+des\s+prestations\s+(?:visées?\s+sous\s+les\s+numéros\s+)?(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|ou|et)\s*\d{6}(?:\s*-\s*\d{6})?)*(?:\s*,[^,.;]{1,60},)?\s+(?:peu(?:t|vent)(?:\s*,[^,.;]{1,40},)?\s+être|est|sont)\s+(?:attestée?s?|portée?s?\s+en\s+compte|remboursée?s?|facturée?s?)(?![\p{L}])(?!\s+en\s+(?:plus|supplément)\s+d)(?![^.;]*?(?:%|\bp\.\s?c\.|\bpour\s*cent\b|\bintégralement\b|\bl'autre\b|(?<![\p{L}])moitié(?![\p{L}])))`;

/** `l'intervention de l'assurance (pour …) est unique`: once, ever. */
const ONCE_EVER = ci`\bintervention\s+de\s+l'assurance\s+(?:pour\s+[^.;]{1,160}?\s)?est\s+unique(?![\p{L}])(\s+par\s)?`;

/** The span a word names (`trimestre`: three months), as periodIn reads it after `par`. */
const spanNamed = (w: string): Period | null => periodIn(`par ${w}`);

/** A second session allowed the same day: `une deuxième séance (de kinésithérapie) journalière|pour la même journée peut être attestée`. */
const SECOND_VERB = String.raw`peut\s+(?:(?:également|aussi|toutefois)\s+)?être\s+(?:attestée|portée\s+en\s+compte|remboursée)`;
const SECOND_SESSION = ci`(?<![\p{L}])une\s+(?:deuxième|seconde)\s+(?:séance|prestation)(?:\s+de\s+[\p{L}-]+)?\s+(?:(?:journalière|(?:pour|dans|au\s+cours\s+de|durant|pendant)\s+la\s+même\s+journée|le\s+même\s+jour)\s+${SECOND_VERB}|${SECOND_VERB}\s+(?:(?:dans|au\s+cours\s+de|pour)\s+la\s+même\s+journée|le\s+même\s+jour))(?![\p{L}])(?!\s+qu)`;

/** A span of time the sentence opens with (`Par séance opératoire, …`, `Un même jour, …`), for a limit stated after it. */
export function openingPeriod(s: string): Period | null {
  // (after an item's mark, `C.2.` too; `Par bénéficiaire et par période de douze mois, …`; `Au cours des douze mois qui
  // suivent le placement de l'appareil, …`)
  const m = ci`^\W*(?:${LEAD_MARK}\s*|\d{1,2}°\s*)?((?:par|au\s+cours\s+d'une?|au\s+cours\s+des|lors\s+d'une?|pendant\s+(?:une?|les)|durant\s+(?:une?|les)|dans\s+les|pour\s+chaque)\s+[^,;:]{1,60}|(?:un|le|au\s+cours\s+d'un)\s+même\s+jour),`.exec(s);
  if (m) return /même\s+jour$/iu.test(m[1]) ? { count: 1, unit: 'day' } : periodIn(m[1]);
  // (a case opening the sentence that ends on its span: `en cas de résection de plusieurs lésions au cours de la même séance, …`)
  const inCase = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:en\s+cas\s+d[e']|lors\s+d[e']|dans\s+le\s+cas\s+d[e'])[^,;:]{0,100}?((?:au\s+cours|lors|pendant|durant)\s+d[e']\s*(?:la|une?)\s+même\s+(?:séance|intervention|journée))\s*,`.exec(s);
  return inCase ? periodIn(inCase[1]) : null;
}

/** The things counted and their verb, up to `par <span>`: `toilettes par`, `monitorings vidéo-EEG (…) est remboursé par`. */
const THINGS_PER = String.raw`[\p{L}-]+(?:\s+(?:[\p{L}'-]+|\d{6}(?:\s*-\s*\d{6})?)){0,5}?\s+(?:\([^()]{0,160}\)\s+)?(?:au\s+maximum\s+)?(?:(?:est|sont|peu(?:t|vent)\s+être)\s+(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte|autorisée?s?)\s+)?(?=par\s)`;

/** The sentence without its exception clause: what follows `sauf …`, or the opening `Sauf …,` clause. */
function withoutException(s: string): string {
  const m = EXCEPTION_START.exec(s);
  if (!m) return s;
  if (!/^\W*$/u.test(s.slice(0, m.index))) return s.slice(0, m.index);
  const comma = s.indexOf(',', m.index + m[0].length);
  return comma < 0 ? s : s.slice(comma + 1);
}

/** Where an exception to the limit begins (its words name no span of the limit: `sauf en cas de complication survenue pendant l'intervention`). */
const EXCEPTION_START = /,?\s*(?<![\p{L}])(?:sauf|à\s+moins|excepté|hormis|à\s+l'exception)(?![\p{L}])/iu;

/** One thing `est remboursé(e)` / `peut être attesté(e)`: the billing verb of a `Un seul X … par bénéficiaire` limit. */
const ONE_BILLED = /^(?:un\s+seul|une\s+seule)\s[^]*?(?<!\w)(?:est|sont|peu(?:t|vent)\s+être)\s+(?:rembours|attest|port)[ée]e?s?/iu;

/** A limit per person (`par bénéficiaire`) right at `at`, where the sentence names no span or episode at all (its exception aside). */
function perPersonOnly(s: string, at: number): boolean {
  return !NAMED_SPAN.test(withoutException(s)) && ci`^\s*par\s+(?:bénéficiaire|patiente?|personne|femme|enfant)(?![\p{L}])(?!\s+et\s+par)`.test(s.slice(at));
}
const NAMED_SPAN = ci`\bjour|semaine|mois|\ban\b|année|trimestre|semestre|grossesse|séance|hospitalisation|séjour|période|intervention|traitement|cycle|épisode`;

/** Spans of time (not a session or an intervention: so many things per session is a quantity). */
export const TIME_UNITS = new Set<Period['unit']>(['day', 'week', 'month', 'year', 'calendarYear']);

/** The forms above, in this order (frequencyLimit tries them after its own): max and period, or null. */
export function onceOrPerSpan(s: string, times: boolean): Pick<FrequencyParams, 'max' | 'period'> | null {
  let m: RegExpExecArray | null;
  // `Le renouvellement d'une des prestations … n'est remboursé qu'après un délai de deux ans`: once per so long
  m = /renouvel/iu.test(s) ? ci`\brenouvellement\b[^.;]{0,160}?\b(?:n'|ne\s)[^.;]{0,60}?\bqu'après\s+un\s+délai\s+(?:minimum\s+|minimal\s+)?(?:de|d'au\s+moins)\s+${NUM}\s+(années? civiles?|ans|années|mois|semaines|jours)`.exec(s) : null;
  if (m) {
    const p = period(numberOf(m[1]), unitOf(m[2]));
    if (p) return { max: 1, period: p };
  }
  // `… ne donne lieu à une nouvelle intervention de l'assurance qu'au terme d'un délai de quatre ans`, `Un remplacement
  // n'est remboursé qu'à l'expiration d'un délai de 5 ans`: once per so long (a new one, a renewal or a replacement)
  m = /renouvel|nouve|remplac/iu.test(s) && /délai|delai/iu.test(s) ? ci`\b(?:n'|ne\s)[^.;]{0,160}?\bqu'(?:après|au\s+terme\s+d'|à\s+l'expiration\s+d'|à\s+l'issue\s+d')\s*un\s+délai\s+(?:minimum\s+|minimal\s+)?(?:de|d'au\s+moins)\s+${NUM}\s+(années? civiles?|ans|années|mois|semaines|jours)`.exec(s) : null;
  if (m && ci`renouvel|nouvel(?:le)?\s|nouveau\s|remplacement`.test(s.slice(0, m.index + m[0].length))) {
    const p = period(numberOf(m[1]), unitOf(m[2]));
    if (p) return { max: 1, period: p };
  }
  // `la prestation n'est pas portée en compte une seconde fois`: once
  m = /seconde|deuxième/iu.test(s) ? ci`\b(?:ne|n')\s*[^.;]{0,60}?\b(?:attest|rembours|port[ée]|factur)\p{L}*(?:\s+en\s+compte)?\s+une\s+(?:seconde|deuxième)\s+fois\b`.exec(s) : null;
  if (m) return { max: 1, period: periodIn(s) };
  // `son remplacement n'est pas remboursé avant l'expiration d'un délai de cinq ans`: once per so long
  m = /remplac|nouve/iu.test(s) && /avant/iu.test(s) ? ci`\b(?:remplacement|renouvellement|nouveau\s+remboursement|nouvelle\s+intervention)\b[^.;]{0,80}?\b(?:n'|ne\s)(?:est|sont|peut|peuvent)\s+pas\s+(?:être\s+)?(?:remboursée?s?|autorisée?s?|attestée?s?|accordée?s?)\s+avant\s+(?:l'expiration\s+d'un\s+délai\s+de\s+|un\s+délai\s+de\s+)?${NUM}\s+(années? civiles?|ans|années|mois|semaines|jours)`.exec(s) : null;
  if (m) {
    const p = period(numberOf(m[1]), unitOf(m[2]));
    if (p) return { max: 1, period: p };
  }
  // `ne peut être attestée qu'une (seule) fois`, `une seule fois par …`
  m = times ? /(?<!\w)qu'une\s+(?:seule\s+)?fois\b|(?<!\w)une\s+seule\s+fois\b/iu.exec(s) : null;
  // (`qu'une seule fois pour un même bénéficiaire`, with no span: once in a lifetime)
  if (m) return { max: 1, period: periodIn(s.slice(m.index)) ?? openingPeriod(s) ?? (ci`\bfois\s+(?:au\s+(?:plus|maximum)\s+)?(?:pour|chez)\s+(?:un|une|le|la)\s+même\s+(?:bénéficiaire|patiente?|personne|enfant|femme)(?![\p{L}])`.test(s) ? { count: 1, unit: 'lifetime' } : null) };
  // `Un même jour, il ne peut être porté en compte … qu'une seule des prestations visées au …`, `… qu'un seul de ces
  // numéros` (not a comparison: `… au cours de la même journée qu'une des prestations …`, `… en même temps qu'une des …`)
  m = !/seul|qu'une?\s+de/iu.test(s) ? null : ci`\b(?:ne|n')\s*[^.;]{0,80}?(?:(?<!\bmême\s+(?:\p{L}+\s+)?|\btemps\s+)\bqu'(?:une|un)\s+|\bqu'(?:une\s+seule|un\s+seul)\s+)(?:des|de\s+ces)\s+(?:\p{L}+\s+)?(?:prestations|séances|consultations|examens|honoraires|suppléments|forfaits)\b|${ONE_OF_THESE_NUMBERS}|\bun\s+seul\s+de\s+ces\s+(?:deux\s+|trois\s+|\d+\s+)?(?:numéros|codes|examens)\b[^.;]{0,40}?(?:\bpeut\s+être\s+(?:attesté|porté\s+en\s+compte|remboursé)|\best\s+(?:attestable|remboursable|attesté|remboursé))`.exec(s);
  if (m) return { max: 1, period: periodIn(s) ?? openingPeriod(s) };
  if (/(?<!\w)une\s+seule\s+(?:des|de\s+ces)\s+(?:\p{L}+\s+)?prestations\b/iu.test(s) && periodIn(s)) return { max: 1, period: periodIn(s) };
  // (`Au cours d'une même séance, l'une seulement de ces prestations peut être attestée`, `… une seule de ces séances …`)
  // (`Par bénéficiaire et par jour, il ne peut être porté en compte qu'une seule prestation de l'article 22`: one of those the
  // place names, in the span the sentence names)
  m = /seule/iu.test(s) ? ci`\b(?:ne|n')\s*[^.;]{0,80}?\bqu'(?:une\s+seule\s+(?:prestation|séance|consultation)|un\s+seul\s+examen)\s+(?:de\s+l'article|du\s+§|de\s+la\s+rubrique|visée?\s+(?:à|au))(?![\p{L}])`.exec(s) : null;
  // (a limit, not the condition of something else: `Lorsqu'il n'est attesté qu'une seule prestation …, le supplément …`)
  const onePlaced = m && !/(?<![\p{L}])(?:lorsqu|si|quand)(?![\p{L}])/iu.test(s.slice(0, m.index)) ? (periodIn(s) ?? openingPeriod(s)) : null;
  if (onePlaced) return { max: 1, period: onePlaced };
  // (`Par patient, une seule prestation de ce groupe peut être portée en compte tous les deux ans`)
  m = /seul/iu.test(s) ? ci`(?<![\p{L}'])(?:l'une\s+seulement|une\s+seule|un\s+seul)\s+(?:des|de\s+ces)\s+(?:\p{L}+\s+)?(?:prestations|séances|consultations|examens)\b|(?<![\p{L}'])(?:une\s+seule\s+(?:prestation|séance|consultation)|un\s+seul\s+examen)\s+(?:de\s+(?:ce|cet)\s+(?:groupe|ensemble)|de\s+cette\s+(?:liste|série|rubrique))(?![\p{L}])`.exec(s) : null;
  const onlyOne = m ? (periodIn(s) ?? openingPeriod(s)) : null;
  if (onlyOne) return { max: 1, period: onlyOne };
  // `Seulement une des prestations suivantes peut être attestée par traitement : …` (no period the types name)
  if (/(?<![\p{L}])(?:seulement|uniquement|seule)\s+(?:une|l'une)\s+(?:des|de\s+ces)\s+(?:\p{L}+\s+)?prestations\b|^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?une\s+seule\s+des\s+prestations\s+suivantes\b/iu.test(s)) return { max: 1, period: periodIn(s) };
  // (`Une seule des prestations X et Y peut être attestée par traitement`: the sentence opens on the limit, its codes then
  // its billing verb)
  // (`… peut être attestée par bénéficiaire`, no span named: once in a lifetime)
  m = ONE_OF_CODES_OPENING.exec(s);
  if (m) return { max: 1, period: periodIn(s) ?? (perPersonOnly(s, m.index + m[0].length) ? { count: 1, unit: 'lifetime' } : null) };
  m = !/seule/iu.test(s) ? null : ci`\bune\s+seule\s+[^.;]{0,80}?\s+par\s+(?:année\s+civile|an|année|journée|jour|semaine|mois)\b`.exec(s);
  if (m) return { max: 1, period: periodIn(m[0].slice(m[0].lastIndexOf(' par '))) };
  // (the prestations' codes may stand between: `plus de 12 prestations 567840, 567851 ou 567862 par année civile`)
  m = !/prestation|s[ée]ance/iu.test(s) ? null : ci`\b${NUM}\s+(?:prestations?|séances?)\s+(?:${CODES_BETWEEN})?(?:au\s+maximum\s+)?(?:par|au cours d'une?)\s+(année civile|an|année|jour|semaine|mois)\b`.exec(s);
  // (`Au-delà de 180 séances par année civile, … est subordonnée à l'autorisation …`: a threshold, not a limit)
  if (m && /au[\s-]del[àa]\s+(?:de\s+|des\s+|d')?$/iu.test(s.slice(Math.max(0, m.index - 16), m.index))) m = null;
  if (m) return { max: numberOf(m[1]), period: periodIn(s.slice(m.index)) };
  // so many of a thing per span of time: `à raison de maximum 2 toilettes par semaine`, `deux manchons au maximum sont
  // remboursés par période de 12 mois`, `L'assurance couvre au maximum deux monitorings (…) par période de douze mois`,
  // `Un seul monitoring (…) est remboursé par année civile` (per session or intervention it is a quantity)
  // (three forms, each behind its literal: `maximum 2 toilettes`, `deux manchons au maximum`, `un seul monitoring`)
  const perTime = (at: RegExpExecArray | null, max: number): Pick<FrequencyParams, 'max' | 'period'> | null => {
    if (!at) return null;
    const period = periodIn(s.slice(at.index + at[0].length));
    return period && (TIME_UNITS.has(period.unit) || period.unit === 'lifetime') ? { max, period } : null;
  };
  const maximum = /maximum/iu.test(s);
  m = maximum ? ci`\bmaximum\s+${NUM}\s+${THINGS_PER}`.exec(s) : null;
  const byMaximum = perTime(m, m ? numberOf(m[1]) : 0);
  if (byMaximum) return byMaximum;
  // (`deux manchons au maximum (prestations X à Y inclus) sont remboursés par période de 12 mois`: its codes in brackets)
  m = /au\s+(?:maximum|plus)/iu.test(s) ? ci`\b${NUM}\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+au\s+(?:maximum|plus)\s+(?:\([^()]{1,160}\)\s+)?(?:(?:est|sont|peu(?:t|vent)\s+être)\s+(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte)\s+)?(?=par\s)`.exec(s) : null;
  const byAuMaximum = perTime(m, m ? numberOf(m[1]) : 0);
  if (byAuMaximum) return byAuMaximum;
  // `Par période de six mois, quarante séances individuelles au maximum peuvent être attestées`: the span opens the sentence
  const opening = /au\s+(?:maximum|plus)/iu.test(s) ? openingPeriod(s) : null;
  m = opening ? ci`\b${NUM}\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?(?:[\s,]+(?:\d{6}(?:\s*-\s*\d{6})?|ou|et))*\s+au\s+(?:maximum|plus)\s+(?:(?:sont|est|peu(?:t|vent)\s+être)\s+(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte)|donnen?t\s+lieu)`.exec(s) : null;
  if (m && opening && TIME_UNITS.has(opening.unit)) return { max: numberOf(m[1]), period: opening };
  // (`Par période de 30 jours, au maximum vingt honoraires de surveillance … peuvent être attestés`: the count first;
  // `… au maximum deux manchons de compression sur mesure (prestations X et Y) sont remboursés …`)
  m = opening ? ci`\bau\s+(?:maximum|plus)\s+${NUM}\s+[\p{L}-]+(?:\s+[\p{L}'-]+){0,6}?(?:\s*\([^()]{1,160}\))?\s+(?:peu(?:t|vent)\s+être|sont|est)\s+(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte)`.exec(s) : null;
  if (m && opening && TIME_UNITS.has(opening.unit)) return { max: numberOf(m[1]), period: opening };
  m = /seul/iu.test(s) ? ci`\b(?:un\s+seul|une\s+seule)\s+${THINGS_PER}`.exec(s) : null;
  const byOne = perTime(m, 1);
  if (byOne) return byOne;
  // (`Un seul système complet est remboursé par bénéficiaire, sauf si …`: one in a lifetime, as `une seule fois par
  // bénéficiaire`; said with the billing verb, not `attestée que par un seul médecin par bénéficiaire`, and where the sentence
  // names no span or episode at all: not `… même si plusieurs médecins interviennent le même jour`, `… au cours de chaque grossesse`)
  if (m && ONE_BILLED.test(m[0]) && perPersonOnly(s, m.index + m[0].length)) return { max: 1, period: { count: 1, unit: 'lifetime' } };
  // `ne peuvent être délivrés qu'à raison de deux paires par période de six mois`
  // (a limit: `ne … qu'à raison de`, not a rate of pay or of presence, `à raison de 30 euros par jour`)
  m = /raison/iu.test(s) ? ci`\bne\s[^.;]{0,80}?\bqu'à\s+raison\s+d(?:e\s+|')(?:maximum\s+)?${NUM}\s+${THINGS_PER}`.exec(s) : null;
  const byRate = perTime(m, m ? numberOf(m[1]) : 0);
  if (byRate) return byRate;
  // `La prestation … peut être renouvelée tous les 3 ans au plus`: once per so long
  m = /renouvel/iu.test(s) ? ci`\brenouvelée?s?\s+(?:au\s+plus\s+|au\s+maximum\s+|seulement\s+|uniquement\s+)?tous\s+les\s+(?:${NUM}\s+)?(ans|années|mois|semaines|jours)(?![\p{L}])`.exec(s) : null;
  // (what is renewed is what is billed: not `La demande d'accord doit être renouvelée tous les 12 mois`, a validity)
  if (m && !ci`\b(?:demandes?|accords?|prescriptions?|agréments?|autorisations?|notifications?)\b`.test(s.slice(0, m.index))) {
    const p = period(m[1] ? numberOf(m[1]) : 1, unitOf(m[2]));
    if (p) return { max: 1, period: p };
  }
  // `Le renouvellement … ne peut intervenir que tous les deux ans`: once per so long
  // (a `ne … que` limit: not `… ainsi que tous les jours fériés`, `à condition que tous les mois …`)
  m = /tous\s+les/iu.test(s) ? ci`\b(?:ne\s|n')(?:(?!ainsi\s+que|condition\s+que|pour\s+autant\s+que)[^.;]){0,80}?\bque\s+tous\s+les\s+(?:${NUM}\s+)?(ans|années|mois|semaines|jours)(?![\p{L}])`.exec(s) : null;
  if (m) {
    const p = period(m[1] ? numberOf(m[1]) : 1, unitOf(m[2]));
    if (p) return { max: 1, period: p };
  }
  // `… est conditionné par le fait que durant la même année civile …, aucun autre nettoyage … n'ait donné lieu à une
  // intervention de l'assurance`: once in that span (the condition that none came before in it)
  m = /n'ait/iu.test(s) ? NONE_BEFORE_IN_SPAN.exec(s) : null;
  const sameSpan = m ? spanNamed(m[1] ?? m[2]) : null;
  if (sameSpan) return { max: 1, period: sameSpan };
  // `L'intervention de l'assurance pour les prestations X est unique`: once in a lifetime
  // (`… est unique par grossesse / par année civile`: once per that)
  m = /unique/iu.test(s) ? ONCE_EVER.exec(s) : null;
  if (m) return { max: 1, period: m[1] ? periodIn(s.slice(m.index + m[0].length - m[1].length)) : { count: 1, unit: 'lifetime' } };
  // `Par séance, une seule prestation de l'article 22, II, b), peut être attestée`: one per the span that opens it
  m = /seul/iu.test(s) ? ONE_OF_A_KIND.exec(s) : null;
  const oneOfKind = m ? (openingPeriod(s) ?? periodIn(s.slice(m.index))) : null;
  if (oneOfKind) return { max: 1, period: oneOfKind };
  // `Une deuxième séance pour la même journée peut être attestée …`, `une deuxième séance journalière peut être attestée`:
  // two a day (last: a count of its own, `… au maximum 14 fois par mois`, is read above)
  m = /deuxième|seconde/iu.test(s) ? SECOND_SESSION.exec(s) : null;
  if (m) return { max: 2, period: { count: 1, unit: 'day' } };
  // `Au maximum trois examens de contrôle des hanches peuvent être attestés par bénéficiaire et par période de douze
  // mois`: so many acts, named by words of any length, billed per span of time (a span, else it is no frequency)
  m = /maximum|au\s+plus/iu.test(s) ? COUNTED_ACTS_OPENING.exec(s) : null;
  const countedSpan = m ? periodIn(s.slice(m.index + m[0].length)) : null;
  if (m && countedSpan && TIME_UNITS.has(countedSpan.unit)) return { max: numberOf(m[1]), period: countedSpan };
  return null;
}
