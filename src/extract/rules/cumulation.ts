import { accentTolerant } from '../../text/accents.js';
import { barredAfterDone } from './barred-after-done.js';
import { repeatedBefore } from './repeated-before.js';

/**
 * The forms of a bar on two acts billed together (`… n'est pas cumulable avec …`, `Si la prestation X est
 * attestée, aucune des prestations Y ne peut …`), of a cumulation allowed only with some (`n'est cumulable
 * qu'avec …`), and the scope a bar holds for (the same day, session, intervention or period). typers.ts asks.
 */

// every pattern with accents reads the words with or without them (tables print `attestee`, `etre cumulees`)
const ci = accentTolerant('iu');

/** A comma inside a list of codes (`les prestations Y, Z ou W`), and one that is not: clauses run past the first, end at the second. */
export const COMMA_IN_CODES = String.raw`,(?=\s*(?:n°\s*)?\d{6})`;
export const COMMA_NOT_IN_CODES = String.raw`,(?!\s*(?:n°\s*)?\d{6})`;

/**
 * A condition naming another prestation, then every one of the rule's barred (`Si l'action thérapeutique est influencée
 * … par la prestation X, aucune des prestations Y, Z ne peut être portée en compte au cours d'une période d'un mois`,
 * corpus 2023010214; `Lorsqu'un collant (prestation X) est délivré, aucune des prestations Y … ne peut …`): a
 * non-cumulation of Y and Z with X. The condition runs to its comma (not one inside its list of codes).
 */
// (the condition states that X was done, never that it was not: `Si la prestation X n'a pas été attestée, aucune …` is a
// prerequisite; and the bar is whole, not `… ne peut être attestée que sur prescription`, `… plus d'une fois`, `… sans
// l'accord …`, other rules)
// (a negation right after X's code, `Si la prestation X (bilan …) n'a pas été attestée`, `Si aucune prestation X n'a …`, or of
// an act, `… n'a pas subi la prestation X`, `S'il n'a pas été procédé à …`; not one on the patient, `… alors que le
// bénéficiaire n'est pas hospitalisé`, `… qui ne séjourne pas à l'hôpital …`, `… ne résidant pas en Belgique`)
// (a condition's clause is read up to CONDITION_CHARS characters on each side of its code, room for a list of 200 codes
// (the corpus' longest condition has 93 characters): unbounded, the two runs around `\d{6}` backtracked through every
// code of a long run-on sentence; the pattern is anchored at the sentence's start, so this is the whole of its cost)
const CONDITION_CHARS = 2000;
const NOT_DONE = String.raw`(?!(?:[^,;:.]|${COMMA_IN_CODES}){0,${CONDITION_CHARS}}?(?:\d{6}(?:\s*-\s*\d{6})?(?:\s*\([^()]{0,80}\))?\s+(?:n'|ne\s)|\baucune?\s+(?:des\s+)?prestations?\s+(?:n°\s*)?\d{6}|(?<![\p{L}])(?:n'|ne\s)(?:a|ont|ait|aient|avait)?\s*(?:pas|jamais|point)\s+(?:encore\s+)?(?:été\s+)?(?:subie?s?|reçue?s?|attestée?s?|effectuée?s?|réalisée?s?|procédé|bénéficié|pratiquée?s?)(?![\p{L}])|(?<![\p{L}])n'(?:a|ont)\s+bénéficié\s+d'aucune))`;
const BARRED_CONDITION = String.raw`\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:si\s|s'|lorsqu)${NOT_DONE}(?:[^,;:.]|${COMMA_IN_CODES}){0,${CONDITION_CHARS}}\d{6}(?:[^,;:.]|${COMMA_IN_CODES}){0,${CONDITION_CHARS}},`;
const BARRED_REST = String.raw`(?!\s*(?:n°\s*)?\d{6})\s*aucune?\s+(?:des\s+)?prestations?\b[^.;]{0,240}?\b(?:ne\s+peu(?:t|vent)|n'(?:est|sont))\s+(?:plus\s+|pas\s+|jamais\s+)?(?:(?:être\s+)?(?:portée?s?\s+en\s+compte|attestée?s?|remboursée?s?|facturée?s?|honorée?s?)|remboursables?|attestables?|l'être)(?![\p{L}])(?![^.;]*?(?<![\p{L}])(?<!\b(?:tant|ainsi|aussi|même|autant)\s(?:[^\s.;]+\s+){0,3})(?:que\s+(?:sur|si|lorsque|pour|dans|par|moyennant|chez)(?![\p{L}])|(?<!\bmême\s+\p{L}+\s+|\bmoins\s)qu'(?:après|à|au|aux|en|une?)(?![\p{L}])|(?<!(?<![\p{L}])âgée?s?\s+de\s)plus\s+d(?:e\s|')|sans\s+(?:qu|(?:l'|la\s+|le\s+|une?\s+)?(?:accord|autorisation|prescription|avis|rapport)(?![\p{L}]))))`;
/** That form; group 1: the condition, with its comma. */
export const BARRED_AFTER = ci`^(${BARRED_CONDITION})${BARRED_REST}`;

/** An adverb a bar may carry before its negation: `n'est toutefois pas cumulable`, `ne peut en outre être cumulée`. */
const NEG_ADVERBS = String.raw`en\s+outre|par\s+ailleurs|de\s+plus|toutefois|cependant|néanmoins|également`;
const NEG_ADVERB = String.raw`(?:(?:${NEG_ADVERBS})\s+)?`;
/** The same, or `plus` (no longer): `ne peut plus être cumulée`. */
const NEG_ADVERB_OR_NO_LONGER = String.raw`(?:(?:${NEG_ADVERBS}|plus)\s+)?`;

// (with an aside between commas before the negation: `ne sont, à l'exception de la prestation X, pas cumulables avec …`; not
// `ne sont, pour le calcul du nombre de séances, pas cumulées`, a way of counting)
export const NEG_CUMUL =
  ci`\bnon\s+cumulables?\b|^${BARRED_CONDITION}${BARRED_REST}|\b(?:n'|ne\s+)(?:est|sont)\s+(?:pas|jamais|en\s+aucun\s+cas)(?:\s+non\s+plus|\s+davantage)?\s+cumulée?s?(?![\p{L}])|(?:\bne\s+|(?<![\p{L}])n')(?:sont|est)\s+(?:pas|jamais|en\s+aucun\s+cas)\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?)\s+(?:en\s+même\s+temps\s+qu|le\s+même\s+jour\s+qu|lors\s+d'une\s+même|au\s+cours\s+d(?:'une|e\s+la)\s+même)|\bn'(?:est|sont)\s+en\s+aucun\s+cas\s+cumulables?|\bne\s+(?:sont|est)\s+${NEG_ADVERB}(?:pas|jamais)(?:\s+non\s+plus|\s+davantage)?\s+cumulables?|\b(?:ne\s+|n')(?:sont|est)\s*,(?!\s*pour\s+(?:le|la|les)\s+calcul)[^,;.]{1,80},\s*(?:pas|jamais|en\s+aucun\s+cas)(?:\s+non\s+plus|\s+davantage)?\s+cumulables?(?![\p{L}])|\bn'est\s+${NEG_ADVERB}(?:pas|jamais)(?:\s+non\s+plus|\s+davantage)?\s+cumulable|\bne\s+peu(?:t|vent)(?:\s*,[^,;.]{1,60},)?\s+${NEG_ADVERB_OR_NO_LONGER}(?:pas\s+(?:non\s+plus\s+|davantage\s+)?|jamais\s+|en\s+aucun\s+cas\s+)?être\s+cumulée?s?|\bpas\s+de\s+cumul|\bcumul\s+(?:est\s+)?(?:interdit|exclu)|\ble\s+cumul\b[^.;]{0,160}?\bn'(?:est|sont)\s+pas\s+(?:autorisé|admis|permis|remboursé)|\baucune?\s[^.;]{0,80}?\bn'(?:est|sont)\s+cumulables?(?:\s*,[^,.;]{1,60},)?\s+avec\b|\bn'(?:est|sont)\s+pas\s+(?:effectuée?s?|réalisée?s?)\s+le\s+même\s+jour\s+qu|\bn'(?:est|sont)\s+pas\s+attestables?\s+le\s+jour\s+où(?![\p{L}])|\bne\s+peu(?:t|vent)\s+${NEG_ADVERB}(?:pas\s+(?:non\s+plus\s+)?|jamais\s+)?être\s+(?:portée?s?\s+en\s+compte|attestée?s?|facturée?s?)\s+(?:ni\s+)?(?:lors\s+d'une?|en\s+même\s+temps\s+qu(?:e|')|le\s+même\s+jour\s+qu(?:e|')|au\s+cours\s+d(?:'une|e\s+la)\s+même\s+(?:séance|intervention|journée)\s+qu(?:e|')|simultanément|conjointement)|\bjamais\s+(?:au\s+cours\s+d(?:e\s+la|u)|dans\s+l[ae]|pendant\s+l[ae]|le|la)\s+même\s+(?:\p{L}+\s+){1,2}?qu(?:e|')|\bne\s+peu(?:t|vent)\s+(?:pas\s+(?:non\s+plus\s+|davantage\s+)?|jamais\s+)?être\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?)\s+(?:ensemble\s+)?avec\b|\bincompatibles?\s+avec\b|\bn'(?:est|sont)\s+compatibles?\s+ni\s+avec\b|\bne\s+peu(?:t|vent)\s+(?:pas\s+|jamais\s+)?être\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?|cumulée?s?)\s+ni\s+avec\b|\bne\s+peu(?:t|vent)\s+(?:pas\s+|jamais\s+)?être\s+combinée?s?\s+(?:entre\s+(?:elles|eux)|avec|ni)(?![\p{L}])|\bne\s+couvre\s+pas\b.{0,1000}?\ble\s+même\s+jour\s+qu|\bfacturation\s+simultanée\b.{0,1000}?\bn'est\s+pas\s+autorisée|\b(?:n'|ne\s+)(?:est|sont)\s+cumulables?[\s,]+(?:[^.;]{0,40}?[\s,])?(?:avec\s+aucun|ni\s)|\bne\s+peuvent\s+(?:pas\s+|jamais\s+)?être\s+(?:attestée?s|portée?s\s+en\s+compte|facturée?s)\s+(?:ensemble\s+)?(?:le\s+même\s+jour|(?:au\s+cours\s+d(?:'une|e\s+la)|pour\s+une|pour\s+la|dans\s+une|dans\s+la)\s+même\s+(?:séance|intervention|journée)|lors\s+d(?:'une|e\s+la)\s+même\s+séance|simultanément|conjointement)(?!\s+qu)|(?:\bn'|\bne\s+)(?:est|sont)\s+cumulables?\b[^.;]{0,160}?\bqu(?:e\s+(?:si|s'(?=ils?\s|elles?\s)|lorsque?|dans\s+le\s+cas|pour\s+autant|moyennant)|'(?:à\s+(?:la\s+)?condition|en\s+cas|lorsqu|si))\b|\bne\s+se\s+cumulen?t?\s+(?:pas|jamais|ni)\b|\bs'excluent\s+(?:mutuellement|l'une?\s+l'autre)\b|\binterdit\s+de\s+cumuler\b|\bn'(?:est|sont)\s+pas\s+(?:remboursée?s?|remboursables?|attestée?s?|honorée?s?)\s+(?:lorsque\s+|lorsqu'|si\s+|quand\s+)(?:la|les|une|l'une)(?:\s+des)?\s+(?:autres?\s+prestations?\s|prestations?\s+(?:n°\s*)?\d{6})[^.;]{0,80}?\b(?:(?:a|ont)\s+été|est|sont)\s+(?:attestée?s?|effectuée?s?|réalisée?s?|portée?s?\s+en\s+compte|datée?s?)\s+(?:le\s+même\s+jour|du\s+même\s+jour|au\s+cours\s+de\s+la\s+même\s+(?:séance|intervention)|lors\s+de\s+la\s+même\s+séance)|(?:\bne|\bn')\s*(?:est|sont)\s+pas\s+(?:remboursée?s?|attestée?s?)\s+(?:pendant|durant|dans)\s+les\s+\S+\s+(?:mois|jours|semaines|ans|années)\s+qui\s+(?:suivent|précèdent)\s+(?:la\s+prestation|les\s+prestations|l'une\s+des\s+prestations|\d{6})|\bne\s+peu(?:t|vent)\s+(?:pas|jamais)\s+s'ajouter\s+(?:à|aux)(?![\p{L}])|\bne\s+peu(?:t|vent)\s+(?:pas\s+|jamais\s+)?être\s+(?:attestée?s|portée?s\s+en\s+compte|facturée?s)\s+ensemble(?:\s+(?:pour|chez)\s+(?:le|la|un|une)\s+même\s+[\p{L}-]+)?\s*(?:[.;]|$)|\bn'(?:est|sont)\s+pas\s+attestables?\s+lorsqu[^.;]{0,60}?\bmême\s+(?:champ\s+opératoire|séance|intervention|jour)\b|\bn'(?:est|sont)\s+(?:pas|jamais)\s+attestables?\s+(?:le\s+même\s+jour|au\s+cours\s+de\s+la\s+même\s+(?:séance|intervention))\s+qu|\bintervention\s+de\s+l'assurance\s+(?:pour|dans)\s+[^.;]{0,80}?\bexclut\b|\bprestations?\s+(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*\d{6}(?:\s*-\s*\d{6})?)*\s+exclu(?:t|ent)\s*(?:,[^,;.]{1,120},\s*)?(?:(?:tout|le)\s+remboursement\s+(?:de\s+la\s+prestation|des\s+prestations|de\s+l'une\s+des\s+prestations)|les\s+prestations|la\s+prestation|\d{6})|\ble\s+jour\s+où(?![\p{L}])[^.;]{0,120}?\b(?:ne\s+peu(?:t|vent)\s+(?:pas\s+(?:non\s+plus\s+)?|jamais\s+)?être\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?)(?![\p{L}])(?!\s+qu)|aucune?\s+[^.;]{0,80}?\bne\s+peut\s+(?:pas\s+)?être\s+(?:attestée?|portée?\s+en\s+compte|facturée?))|\baucune?\s+(?:autre\s+)?(?:prestation|consultation|séance|intervention)\b[^.;]{0,80}?\bne\s+peu(?:t|vent)\s+(?:pas\s+)?être\s+(?:attestée?|portée?\s+en\s+compte|facturée?)\s+le\s+jour\s+où(?![\p{L}])|\baucune?\s+autre\s+(?:prestation|consultation|séance|intervention)\b[^.;]{0,80}?\bne\s+peu(?:t|vent)\s+(?:pas\s+)?être\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?)\s+(?:le\s+même\s+jour|au\s+cours\s+de\s+la\s+même\s+(?:séance|journée)|lors\s+de\s+la\s+même\s+séance|simultanément)`;

/** One literal of every NEG_CUMUL alternative (accents aside): most rule sentences forbid no cumulation. */
const NEG_CUMUL_HINT = /aucune?\s|cumul|excluent|suivent|pr[ée]c[èe]dent|avec|compatib|m[êe]me|simultan|conjoint|lors\s+d|jour\s+o[ùu]|exclut|ajouter|ensemble|combin/iu;

/**
 * More ways drafters bar two acts together (missed across synthetic rounds 1–94, stop 57), behind their own literal:
 * `ne sont en aucun cas cumulables`, `Ni X ni Y ne sont cumulables …`, `ne peut donner lieu à l'attestation simultanée de …`,
 * `ne sont jamais remboursées ensemble`, `ne peuvent en aucun cas être attestées ensemble pour un même bénéficiaire`, `ne se
 * cumule, lors d'une même séance, ni avec …`, `n'est jamais remboursée le même jour qu'une …`, `X et Y ne sont pas remboursés le
 * même jour.`, `n'est pas remboursée lorsqu'elle est attestée au cours de la même intervention que …`, `ne peut être portée en
 * compte lorsqu'elle est effectuée au cours de la même séance que …`.
 */
const MORE_NEG_CUMUL: ReadonlyArray<readonly [hint: RegExp, form: RegExp]> = [
  [/aucun\s+cas/iu, ci`(?<![\p{L}])ne\s+(?:sont|est)\s+en\s+aucun\s+cas\s+cumulables?(?![\p{L}])`],
  [/^\W*ni\s/iu, ci`^\W*ni\s[^.;]{1,160}?(?<![\p{L}])ne\s+(?:sont|est)\s+cumulables?(?![\p{L}])`],
  [/simultan/iu, ci`(?<![\p{L}])ne\s+peu(?:t|vent)\s+(?:pas\s+|jamais\s+)?donner\s+lieu\s+à\s+(?:l'attestation|la\s+facturation|la\s+prise\s+en\s+compte)\s+simultanée(?![\p{L}])`],
  [/ensemble/iu, ci`(?<![\p{L}])(?:(?:ne\s+|n')(?:sont|est)\s+(?:pas|jamais|en\s+aucun\s+cas)\s+|ne\s+peu(?:t|vent)\s+(?:pas|jamais|en\s+aucun\s+cas)\s+être\s+)(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte|facturée?s?)\s+ensemble(?![\p{L}])(?!\s+(?:plus\s+d|au\s+(?:maximum|plus)|pour\s+plus|\S+\s+fois(?![\p{L}])))`],
  [/cumul/iu, ci`(?<![\p{L}])ne\s+se\s+cumulen?t?\s*,[^,.;]{1,60},\s*(?:pas|jamais|ni)(?![\p{L}])`],
  [/m[êe]me/iu, ci`(?<![\p{L}])(?:ne\s+|n')(?:sont|est)\s+(?:pas|jamais|en\s+aucun\s+cas)\s+(?:remboursée?s?|honorée?s?)\s+(?:le\s+même\s+jour\s+qu|au\s+cours\s+de\s+la\s+même\s+(?:séance|intervention)\s+qu|lors\s+de\s+la\s+même\s+séance\s+qu)`],
  [/m[êe]me/iu, ci`(?<![\p{L}])ne\s+sont\s+(?:pas|jamais)\s+(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte)\s+(?:le\s+même\s+jour|au\s+cours\s+de\s+la\s+même\s+(?:séance|intervention)|lors\s+de\s+la\s+même\s+séance)\s*[.;]?\s*"?\s*$`],
  // (`Le même jour, aucune prestation de l'article 17bis ne peut être attestée en plus de la prestation X`)
  [/en\s+plus\s+d/iu, ci`(?<![\p{L}])aucune?\s+(?:autre\s+)?prestation[^.;]{0,80}?(?<![\p{L}])ne\s+peut\s+(?:pas\s+)?être\s+(?:attestée|portée\s+en\s+compte|facturée|remboursée)\s+en\s+plus\s+d(?:e|es|u)(?![\p{L}])(?![^.;]*?(?<![\p{L}])(?:que\s+(?:sur|si|lorsque|pour|par|moyennant)|qu'(?:après|à|en))(?![\p{L}]))`],
  // (`Deux des prestations X, Y et Z ne peuvent pas être attestées pour un même patient le même jour`)
  [/^\W*(?:deux|plusieurs)\s+des\s/iu, ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:deux|plusieurs)\s+des\s+prestations[^.;]{0,200}?(?<![\p{L}])ne\s+peuvent\s+(?:pas|jamais)\s+être\s+(?:attestées|portées\s+en\s+compte|remboursées)[^.;]{0,60}?(?:le\s+même\s+jour|même\s+séance|même\s+intervention)`],
  // (a span after another act: `… ne peut pas être attestée pour la même oreille au cours des douze mois qui suivent la prestation
  // X`, `… ne sont pas remboursables au cours des deux ans qui suivent la prestation X`; a negation, not a count, `… que trois
  // fois …`, `… plus de deux fois au cours des …`, nor a patient's history, `… chez un bénéficiaire qui a subi …`)
  [/suivent|pr[ée]c[èe]dent/iu, ci`(?<![\p{L}])(?:ne\s+peu(?:t|vent)\s+(?:pas|jamais)\s+être\s+(?:attestée?s?|portée?s?\s+en\s+compte|remboursée?s?)|(?:ne\s+|n')(?:est|sont)\s+(?:pas|jamais)\s+(?:remboursables?|attestables?))(?:(?!(?<![\p{L}])(?:qu(?:e|')|plus\s+d|fois|chez|qui)(?![\p{L}]))[^.;]){0,60}?(?:au\s+cours\s+des|dans\s+les|pendant\s+les|durant\s+les)\s+\S+\s+(?:mois|jours|semaines|ans|années)\s+qui\s+(?:suivent|précèdent)\s+(?:la\s+prestation|les\s+prestations|l'une\s+des\s+prestations|\d{6})`],
  // (or `… ne peut être portée en compte lorsqu'elle est effectuée au cours de la même séance que la prestation X`)
  [/m[êe]me/iu, ci`(?<![\p{L}])(?:n'(?:est|sont)\s+pas\s+(?:remboursée?s?|honorée?s?|attestables?)|ne\s+peu(?:t|vent)\s+(?:pas\s+|jamais\s+)?être\s+(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte|facturée?s?))\s+(?:lorsqu'|si\s+|quand\s+)(?:elle|il)s?\s+(?:est|sont)\s+(?:attestée?s?|effectuée?s?|réalisée?s?|portée?s?\s+en\s+compte)\s+(?:le\s+même\s+jour|au\s+cours\s+d(?:e\s+la|'une)\s+même\s+(?:séance|intervention)|lors\s+d(?:e\s+la|'une)\s+même\s+(?:séance|intervention))\s+qu`],
];

/** NEG_CUMUL, tried only where one of its literals occurs. */
export function forbidsCumulation(s: string): boolean {
  return (NEG_CUMUL_HINT.test(s) && NEG_CUMUL.test(s)) || MORE_NEG_CUMUL.some(([hint, form]) => hint.test(s) && form.test(s)) || barredAfterDone(s) !== null || repeatedBefore(s) !== null;
}

/**
 * Cumulation allowed only with what follows (`n'est cumulable qu'avec la fixation …`, `sont uniquement
 * cumulables avec les radiographies …`): a non-cumulation with every other prestation. What follows is
 * the one party it may be billed with, never a party it is forbidden with. (Whatever stands between commas before `qu'avec`:
 * `ne sont cumulables, pour la même indication chez le même bénéficiaire, qu'avec une seule des prestations …`; not
 * `qu'avec l'accord du médecin-conseil`, an approval.)
 */
export const ONLY_WITH = ci`(?<![\p{L}])cumul\p{L}*(?:,?\s+(?:le\s+m[êe]me\s+jour|(?:au\s+cours|lors|pendant|dans)\s+[^,;.:]{1,50}?),?|,\s[^,;.:]{1,80}?,)?\s+(?:uniquement\s+|seulement\s+)?qu'avec(?!\s*(?:l'|le\s+|la\s+|un\s+|une\s+)?(?:accord|autorisation|avis|approbation)(?![\p{L}]))|(?<![\p{L}])(?:uniquement|seulement)\s+(?:être\s+)?cumul\p{L}*\s+avec|(?<![\p{L}])cumul\p{L}*\s+(?:uniquement|seulement)\s+avec`;

/**
 * Only the prestations named may be billed as a supplement (of a fee the paragraph describes, or of the prestation named
 * after `en supplément de`): `Seule la prestation X peut être attestée en supplément si …`, `Seules les prestations X et Y
 * peuvent, dans ce cadre, être portées en compte en supplément des prestations d'anesthésie`: a non-cumulation of that fee
 * with every other prestation, in the same intervention. Group 1: what alone is allowed.
 */
export const ONLY_SUPPLEMENT = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?seule?s?\s+((?:la|les)\s+prestations?\s+(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?)*)\s+peu(?:t|vent)(?:\s*,[^,;.]{1,60},|\s+(?:en\s+outre|également|dans\s+ce\s+cadre))?\s+être\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?)(?:\s+en\s+outre)?\s+en\s+supplément(?![\p{L}])`;

/** `ne donne pas droit au supplément pour prestations urgentes`: the supplement cannot be billed with the prestation. */
export const NO_SUPPLEMENT = ci`(?:(?:\bn'ouvre(?:nt)?|\bne\s+donne(?:nt)?)\s+pas\s+droit\s+(?:aux?|à\s+(?:un|des))|\baucune?\s[^.;]{0,80}?\bne\s+donne(?:nt)?\s+lieu\s+(?:aux?|à\s+(?:un|des)))\s+(suppléments?\b[^.;]*)`;

export function cumulScope(s: string): 'sameDay' | 'sameSession' | 'sameIntervention' | 'samePeriod' | 'any' {
  // (`… ne peuvent être cumulés avec … que si les deux examens sont effectués au cours de séances distinctes`: what is allowed
  // apart is forbidden together, in one session, or one day)
  // (the whole cumulation's exception, `que si` / `sauf si`, with the time frame right before the sessions: not `sauf la
  // prestation Y lorsque …` (one party's), `au cours d'au moins trois consultations distinctes` (a count), nor sessions
  // `espacées d'au moins sept jours` (a span))
  const apart = ci`(?<![\p{L}])(?:que|sauf)\s+(?:(?:si|lorsqu)(?![\p{L}])|s'(?=ils?\s|elles?\s))[^.;]{0,120}?(?<![\p{L}])(?:au\s+cours\s+de|lors\s+de|pendant|durant|des|à\s+des|en\s+des|s'agit\s+de)\s+(?:deux\s+|2\s+)?(séances|consultations|jours|journées)\s+(?:distinct|différent|séparé)e?s(?![\p{L}])(?!\s*,?\s*espacée)`.exec(s);
  const apartScope = apart ? (/^(?:jours|journées)$/iu.test(apart[1]) ? 'sameDay' : 'sameSession') : null;
  // (first where the exception is the cumulation's own: `… ne sont cumulables le même jour avec … que lorsqu'il s'agit de séances
  // différentes` forbids the same session; not another clause's, `… n'est pas cumulable … le même jour et ne peut être attestée
  // deux fois par jour que si …`)
  if (apart && apartScope && ci`cumul\p{L}*(?:(?!\bet\s+(?:ne|n')|[.;]).){0,200}$`.test(s.slice(0, apart.index))) return apartScope;
  if (ci`même\s+jour|même\s+journée|jour\s+même|\ble\s+jour\s+où(?![\p{L}])`.test(s)) return 'sameDay';
  if (ci`même\s+(?:séance|consultation)`.test(s)) return 'sameSession';
  if (ci`même\s+champ\s+opératoire`.test(s)) return 'sameIntervention';
  if (ci`\bexclut\b[^.;]{0,200}?\b(?:durant|pendant|dans)\s|même\s+(?:cure|grossesse|postpartum|période|épisode|traitement|phase|cycle|série|année|mois|semaine|trimestre|séjour)|\bpendant\s+(?:ce|le)\s+(?:séjour|traitement)\b|\bqui\s+(?:suivent|précèdent)\b|(?:dans|au\s+cours\s+d'|pendant|sur)\s*une\s+période\s+(?:de\s|d')|^\W*(?:\d{1,2}°\s*|[\p{L}\d]{1,3}[.)]\s*)?durant\s+une\s+période\s+(?:de\s|d')`.test(s)) return 'samePeriod';
  if (ci`même\s+(?:intervention|temps\s+opératoire|hospitalisation)|lors\s+d'une?\b`.test(s)) return 'sameIntervention';
  if (ci`même\s+période`.test(s)) return 'samePeriod';
  // (`en même temps que les consultations …`, when nothing above names the intervention)
  if (ci`\ben\s+même\s+temps\s+qu`.test(s)) return 'sameSession';
  // (`le jour de la sortie`, `du jour de l'admission`: a day named by what happens on it, where nothing above names a span and it
  // is no start or exception: not `dans les 30 jours qui suivent le jour de l'admission`, `sauf le jour de la sortie`)
  if (ci`(?<!\b(?:sauf|excepté|exception\s+d[eu]|partir\s+d[eu]|jusqu'au|avant|après|suivent|suit|précèdent|précède)\s+)\b(?:le|du)\s+jour\s+(?:de\s+l'|de\s+la\s+|du\s+|d'une?\s+)(?:admission|sortie|intervention|accouchement|naissance|hospitalisation|transfert|décès)(?![\p{L}])`.test(s)) return 'sameDay';
  // (a fronted day named by what happens on it, whatever that is: `Le jour de la mise en place, la prestation X ne peut pas être
  // cumulée avec …`; not a span that starts that day, `Le jour de la pose et les deux jours suivants, …`)
  if (ci`^\W*(?:\d{1,2}°\s*|[\p{L}\d]{1,3}[.)]\s*)?le\s+jour\s+(?:de\s+l'|de\s+la\s+|du\s+|d'une?\s+|des\s+)(?:(?!\s(?:et|ou)\s|suivant|précédent|jusqu)[^,;.:]){1,60},`.test(s)) return 'sameDay';
  // (`…, sauf si cette dernière est effectuée un autre jour`: the same day is what is forbidden, when nothing above names a span)
  if (ci`(?<![\p{L}])(?:sauf|excepté|à\s+moins)(?![\p{L}])[^.;]{0,80}?\b(?:un\s+autre\s+jour|des\s+jours\s+différents)(?![\p{L}])`.test(s)) return 'sameDay';
  if (apartScope) return apartScope;
  return 'any';
}
