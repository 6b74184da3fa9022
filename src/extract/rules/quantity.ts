import { accentTolerant } from '../../text/accents.js';
import type { FrequencyParams } from './frequency.js';
import { TIME_UNITS } from './frequency-spans.js';
import { basisOf, NUM, NUMBER_WORD, numberOf, periodIn } from './periods.js';

/**
 * How many units one act is billed for (`au maximum 3 implants par intervention`, `limité à quatre ponctions par
 * séance`): a quantity, where frequency.ts reads how many times in a span of time. typers.ts asks.
 */

// every pattern with accents reads the words with or without them (tables print `attestee`, `etre cumulees`)
const ci = accentTolerant('iu');

/** What a count of persons, places or hours counts, not acts (`le nombre maximal de patients …`): no limit on prestations. */
export const NOT_ACTS = String.raw`(?:patients?|bénéficiaires?|personnes?|lits?|places?|centres?|dispensateurs?|prestataires?|médecins?|kinésithérapeutes?|infirmi\p{L}+|praticiens?|heures?)`;

/** What is counted per session or intervention, not how often: not times, sessions, prestations or spans of time, nor the rest of a number in words. */
const UNIT_NOUN = String.raw`(?!(?:des|de|du|d'|et|ou)\s)(?!${NUMBER_WORD})(?!(?:fois|prestations?|séances?|examens?|jours?|journées?|semaines?|mois|ans?|années?|heures?|minutes?|cycles?|périodes?|consultations?|visites?|bilans?|honoraires?|forfaits?|attestations?|médecins?|spécialistes?|chirurgiens?|anesthésistes?|euros?|EUR|km|kilomètres?|cents?|mille|vingts?|cm|mm|kg|g|ml|%)(?![\p{L}]))(\p{L}[\p{L}-]*(?:\s+(?:de\s+|d')?\p{L}[\p{L}-]*)?)`;

/** Whether offset `at` of `s` stands in a condition (`… que si le patient a reçu au plus 10 séances`): no limit there. */
export function inCondition(s: string, at: number): boolean {
  return CONDITION_BEFORE.test(s.slice(Math.max(0, at - 80), at));
}
const CONDITION_BEFORE = ci`(?:\bsi\s|\bs'|\blorsqu)[^.;,]{0,80}$`;

/** What a count of things billed at once is not: spans, persons, amounts, acts counted over time. */
const NOT_UNIT_THINGS = String.raw`(?:fois|jours|semaines|mois|ans|années|heures|minutes|trimestres|semestres|séances|prestations|consultations|visites|examens|bénéficiaires|patients|patientes|enfants|personnes|médecins|euros|points|cas|périodes)`;

/** Units of one act a quantity counts by name: vertebrae, teeth, implants, toes … */
// (and things one act counts, missed across rounds 1–95: markers, nerve territories, mutations, tissue blocks, nodules)
const UNITS_COUNTED = String.raw`vertèbres?|niveaux|segments?|dents?|implants?|unités?|lésions?|quadrants?|mâchoires?|champs?\s+opératoires?|doigts?|orteils?|marqueurs?|territoires?(?:\s+nerveux)?|mutations?|blocs?(?:\s+tissulaires?)?|nodules?`;

/**
 * `au maximum quatre électrodes de test peuvent être portées en compte`, `avec un maximum de trois tissus différents`, `pour plus de trois veines par membre`,
 * `Au maximum 4 vis … par intervention`, `Le nombre d'ancres … est limité à quatre par intervention`, `ne peut
 * dépasser deux par séance`: [count, unit noun].
 */
export function quantityIn(s: string): [string, string] | null {
  // (every pattern below holds one of these words)
  if (!/maximum|plus|limit|nombre|seul|d[ée]passer|exc[ée]der/iu.test(s)) return null;
  // (or the count first: `… ne peut être attestée que pour quatre orteils au maximum par pied`)
  const units = ci`(?:pour\s+plus\s+de|au\s+maximum|maximum|au\s+plus|limitée?s?\s+à)\s+${NUM}\s+(${UNITS_COUNTED})`.exec(s) ?? ci`\b(?:que\s+)?pour\s+${NUM}\s+(${UNITS_COUNTED})\s+au\s+(?:maximum|plus)(?![\p{L}])`.exec(s);
  if (units) return [units[1], units[2]];
  // (`… porte sur trois territoires nerveux au maximum`, `… porte au maximum sur 4 blocs …`: its maximum beside it, not a minimum
  // elsewhere, `… porte sur deux mutations au minimum et …`; nor in a condition, `… si l'examen porte sur deux nodules au maximum`)
  const bears = ci`\bporte(?:nt)?\s+au\s+(?:maximum|plus)\s+sur\s+${NUM}\s+(${UNITS_COUNTED})(?![\p{L}])`.exec(s) ?? ci`\bporte(?:nt)?\s+sur\s+${NUM}\s+(${UNITS_COUNTED})\s+au\s+(?:maximum|plus)(?![\p{L}])`.exec(s);
  if (bears && !inCondition(s, bears.index)) return [bears[1], bears[2]];
  // (any things one act is billed for, counted in its restriction: `… ne peut être attestée que pour deux tumeurs supplémentaires
  // au maximum`, `… peut être attestée au maximum pour deux régions au cours d'une même séance`; or billed so many at once, `Lors
  // d'une même délivrance, deux adaptateurs X au plus peuvent être portés en compte`; not spans, persons or amounts)
  const forThings = ci`\b(?:que\s+)?pour\s+${NUM}\s+(?!${NOT_UNIT_THINGS}(?![\p{L}]))(\p{L}[\p{L}-]*[sx])(?:\s+\p{L}[\p{L}-]*[sx])?\s+au\s+(?:maximum|plus)(?![\p{L}])`.exec(s) ?? ci`\bau\s+(?:maximum|plus)\s+pour\s+${NUM}\s+(?!${NOT_UNIT_THINGS}(?![\p{L}]))(\p{L}[\p{L}-]*[sx])(?![\p{L}])`.exec(s);
  if (forThings && !inCondition(s, forThings.index) && ci`\b(?:attestée?s?|portée?s?\s+en\s+compte|remboursée?s?|facturée?s?)(?![\p{L}])`.test(s)) return [forThings[1], forThings[2]];
  // (or for one sample, `quatre sondes différentes au maximum peuvent être portées en compte pour un même prélèvement`, `… par
  // prélèvement`)
  const atOnce = PER_ACT.test(s) || /(?:même|par)\s+(?:délivrance|prélèvement|échantillon)/iu.test(s) ? ci`(?<![\p{L}\d-])${NUM}\s+(?!${NOT_UNIT_THINGS}(?![\p{L}]))(\p{L}[\p{L}-]*[sx])(?:\s+(?!au\s)\p{L}[\p{L}-]*[sx])?(?:\s+\d{6}(?:\s*-\s*\d{6})?)?\s+au\s+(?:plus|maximum)\s+(?:peuvent\s+être|sont)\s+(?:portée?s\s+en\s+compte|attestée?s|remboursée?s)(?![\p{L}])`.exec(s) : null;
  if (atOnce && !inCondition(s, atOnce.index)) return [atOnce[1], atOnce[2]];
  // `Par intervention, le remboursement … est limité à 400 cm2 au total`: an area, the most paid for at a time
  // (or a volume, `La prestation X est limitée à 10 ml par intervention`)
  const area = /cm\s*(?:2|²)|\d\s*ml\b/u.test(s) ? ci`\blimitée?s?\s+à\s+${NUM}\s+(cm\s*(?:2|²)|ml)(?![\p{L}\d])`.exec(s) : null;
  // (a volume only per act, and never in a condition: not `… que si la diurèse du patient est limitée à 400 ml par 24 heures`)
  if (area && (!/^ml$/iu.test(area[2]) || (PER_ACT.test(s) && !inCondition(s, area.index)))) return [area[1], /^ml$/iu.test(area[2]) ? 'ml' : 'cm2'];
  // a unit noun, where the sentence bills units (not ages, sizes or times), or limits them per act (`Le supplément X est
  // limité à quatre ponctions par séance`)
  // (or places them: `au maximum deux dispositifs peuvent être implantés` at once)
  if (!ci`portée?s?\s+en\s+compte|attest|factur|rembours|délivr|intervention\s+de\s+l'assurance|être\s+(?:implantée?s?|placée?s?)`.test(s)) return limitedPerAct(s) ?? (PER_ACT.test(s) ? countLimited(s) : null);
  const named = ci`(?:\bau\s+maximum|\bun\s+maximum\s+de|\blimitée?s?\s+à\s+(?:un\s+)?maximum(?:\s+de)?|^\s*(?:[\w°]{1,3}[.)]\s*)?maximum|\bau\s+plus|\bpour\s+plus\s+de|\bne\s+[^.]{0,60}?\bplus\s+de|\bpas\s+plus\s+de|\bne\s+peu(?:t|vent)\s+(?:pas\s+)?(?:dépasser|excéder))\s+${NUM}\s+${UNIT_NOUN}`.exec(s);
  // (not in a condition: `… n'est due que si au maximum un seul remplacement a donné lieu à …`)
  if (named && !inCondition(s, named.index)) return [named[1], named[2]];
  // `Le remboursement des prestations X est limité à une prothèse par intervention`: units per intervention or session
  // (`Au cours d'une même intervention, … est limité à un seul implant`)
  const perAct = PER_ACT.test(s);
  const limited = perAct ? limitedPerAct(s) : null;
  if (limited) return limited;
  // `ne peut être attestée que pour deux sites donneurs au plus par intervention`: units per intervention or session
  // (`Trois électrodes au plus peuvent être portées en compte … lors d'une même intervention`, `six vis au maximum …
  // par intervention`, `pour trois rayons au plus au cours d'une même intervention`, `qu'un seul implant` per intervention)
  // (a count, never a code: not `La prestation 589761 peut être attestée au maximum trois fois au cours d'une même séance`)
  const perActMost = perAct ? (ci`(?<![\p{L}\d-])(?!\d{5})${NUM}\s+${UNIT_NOUN}(?:\s+[\p{L}-]+)?(?:\s+\d{6}(?:\s*-\s*\d{6})?)?\s+au\s+(?:plus|maximum)(?![\p{L}])`.exec(s) ?? ci`\b(?:qu'|que\s+pour\s+)(un\s+seul|une\s+seule)\s+${UNIT_NOUN}`.exec(s) ?? ci`(?<![\p{L}'])(un\s+seul|une\s+seule)\s+${UNIT_NOUN}(?:\s+\d{6}(?:\s*-\s*\d{6})?)?\s+(?:peut|est)\s`.exec(s)) : null;
  if (perActMost && !/^par\b/iu.test(perActMost[2])) return [/^une?\s+seule?$/iu.test(perActMost[1]) ? 'un' : perActMost[1], perActMost[2]];
  return countLimited(s);
}

/**
 * `Le nombre de sondes … ne peut dépasser deux par séance`, `le nombre d'endoprothèses pris en compte est limité à deux par
 * intervention`: the noun is what is counted (not acts, times or persons).
 */
function countLimited(s: string): [string, string] | null {
  if (!/nombre/iu.test(s)) return null;
  const count = ci`\bnombre\s+d(?:e\s+|')(\p{L}[\p{L}-]*)[^.]{0,120}?(?:ne\s+peut\s+(?:pas\s+)?dépasser|est\s+limité\s+à|ne\s+peut\s+être\s+supérieur\s+à)\s+${NUM}(?![\p{L}\d])`.exec(s);
  if (count && !/^(?:fois|prestations?|séances?)$/iu.test(count[1]) && !new RegExp(`^(?:${NOT_ACTS}|participants?|membres?|accompagnants?|enfants?|résidents?|malades?)$`, 'iu').test(count[1])) return [count[2], count[1]];
  return null;
}

/**
 * `Par bénéficiaire et par période de douze mois, au maximum deux pièces sont remboursées`: so many things over a span of
 * time are a frequency (per act, `au maximum trois vis par intervention`, they are a quantity).
 */
export function unitsOverSpan(s: string, count: string): FrequencyParams | null {
  if (PER_ACT.test(s)) return null;
  const span = periodIn(s);
  if (!span || !TIME_UNITS.has(span.unit)) return null;
  return { max: numberOf(count), period: span, per: frequencyBasis(s), unless: null };
}

/** What a limit is counted per: the lesion, jaw, tooth, side, eye or quadrant the sentence names, else the patient. */
export function frequencyBasis(s: string): FrequencyParams['per'] {
  const per = basisOf(s, 'patient');
  return ['lesion', 'jaw', 'tooth', 'side', 'eye', 'quadrant'].includes(per) ? (per as FrequencyParams['per']) : 'patient';
}

/** Units per intervention or session (or endoscopy: `au cours d'une même iléocoloscopie, … trois polypes au maximum`). */
const PER_ACT = ci`\bpar\s+(?:intervention|séance|opération|délivrance|\p{L}+scopie)\b|\bmême\s+(?:intervention|séance|\p{L}+scopie)\b|(?<![\p{L}])à\s+la\s+fois\b`;

/** `… est limité à une prothèse par intervention`, `… limité à quatre ponctions par séance`: [count, unit noun]. */
function limitedPerAct(s: string): [string, string] | null {
  if (!/limit/iu.test(s) || !PER_ACT.test(s)) return null;
  const limited = ci`\blimitée?s?\s+à\s+(?:(un\s+seul|une\s+seule)|${NUM})\s+${UNIT_NOUN}`.exec(s);
  return limited && !/^par\b/iu.test(limited[3]) ? [limited[1] ? 'un' : limited[2], limited[3]] : null;
}
