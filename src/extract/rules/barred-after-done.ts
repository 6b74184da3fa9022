import { accentTolerant } from '../../text/accents.js';

/**
 * A prestation done, then others barred by their codes: `Si la prestation X a été portée en compte, les prestations Y
 * et Z ne peuvent pas être attestées au cours d'une période d'un mois`, `Lorsque la prestation X a déjà été portée en
 * compte dans les trente jours qui précèdent …, la prestation Y effectuée au cours de la même séance n'est pas
 * remboursée`: a non-cumulation of Y and Z with X (cumulation.ts's BARRED_AFTER reads the same with `aucune des prestations`).
 *
 * Read strictly, as a drafter states a bar: the condition says that X was done (not that it was refused, nor something of
 * the patient's), the barred are the subject of the main clause, denied outright (`ne … pas`, `ne … plus`, `ne … jamais`)
 * with at most a span or the party after the verb (not `… que deux fois`, `… que pendant …`, `… au-delà de …`, `… par le
 * médecin …`, `… intégralement`: a limit, a provider, a rate), and the condition names codes besides theirs.
 */

const ci = accentTolerant('iu');

/** Codes or pairs listed: `471015`, `471015 - 471026`, `X, Y et Z`, `X ou Y`. */
export const CODES = String.raw`(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?)*`;
/** The condition's opening: `Si`, `Lorsque`, `Dans le cas où`, after a linking word (`Toutefois,`) or an item's mark, with an incise. */
export const OPENING = String.raw`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:(?:toutefois|cependant|en\s+outre|par\s+ailleurs)\s*,?\s*)?(?:si|lorsque?|lorsqu'|quand|dans\s+le\s+cas\s+où)\s*(?:,[^,;.]{1,80},\s*)?`;
/** X done: `la prestation X (…, visée au § 2,) a (déjà) été attestée`, `… est effectuée`. */
const DONE = String.raw`(?:la|les|une)\s+prestations?\s+(${CODES})(?:\s*\([^()]{0,80}\))?(?:\s*,[^,;.]{1,60},)?\s+(?:(?:a|ont)\s+(?:déjà\s+)?été|(?:est|sont)(?:\s+déjà)?)\s+(?:portée?s?\s+en\s+compte|attestée?s?|effectuée?s?|réalisée?s?|remboursée?s?|facturée?s?|pratiquée?s?)(?![\p{L}])`;
/** The rest of the condition up to its comma (commas inside a list of codes aside). */
const CONDITION_REST = String.raw`(?:[^,;.]|,(?=\s*(?:n°\s*)?\d{6})){0,200}?,\s*`;
/** The barred, subject of the main clause, and the words up to its verb: no other verb or condition on the way. */
const BARRED = String.raw`(?:la|les)\s+prestations?\s+(${CODES})(?:(?!(?<![\p{L}])(?:peu(?:t|vent)|est|sont|si|s'|lorsqu\p{L}*|quand|sauf|qui)(?![\p{L}]))[^.;]){0,120}?`;
/** Denied outright. */
/**
 * A restriction further on in the clause, which the literary `ne peut être` (no `pas`) then opens: `ne peut être attestée
 * pendant la même hospitalisation que moyennant l'accord …`, `… qu'à 50 %`, `… que si …` (not a bar; but `… au cours de la
 * même séance que la prestation Y` is a comparison).
 */
export const RESTRICTED = String.raw`[^.;]*?(?<![\p{L}])(?:que\s+(?:moyennant|sur|si|lorsqu\p{L}*|pour|par|après|sous|chez|dans|en|à|au|aux|pendant|durant|lors|deux|trois|quatre|cinq)(?![\p{L}])|qu'(?:après|à|au|aux|en|avec|il|elle|ils|elles|on|si)(?![\p{L}])|qu'une\s+(?:seule\s+)?fois(?![\p{L}]))`;
// (`ne peut être portée en compte`, the literary negation without `pas`, as 2003022340 writes it)
const DENIED = String.raw`(?:ne\s+peu(?:t|vent)|n'(?:est|sont))\s+(?:pas|plus|jamais)(?:\s+non\s+plus|\s+alors)?\s+|(?:ne\s+peu(?:t|vent)|n'(?:est|sont))\s+alors\s+plus\s+|ne\s+peu(?:t|vent)\s+(?=être\s)(?!${RESTRICTED})`;
const VERB = String.raw`(?:être\s+)?(?:portée?s?\s+en\s+compte|attestée?s?|remboursée?s?|facturée?s?|honorée?s?)(?![\p{L}])`;
/** After the verb: nothing, or a span, a scope, the party. */
const AFTER = String.raw`(?=\s*(?:[.;"]|$)|\s*,?\s+(?:au\s+cours|pendant|durant|dans\s+(?:la|le|les|une?)|lors|le\s+même|la\s+même|en\s+même|simultanément|pour\s+(?:la|le|un|une)\s+même|chez\s+(?:la|le|un|une)\s+même|avec|en\s+plus|en\s+supplément)(?![\p{L}]))`;

/** Group 1: the condition with its comma; 2: the codes done; 3: the codes barred. */
const FORM = ci`(${OPENING}${DONE}${CONDITION_REST})${BARRED}(?:${DENIED})${VERB}${AFTER}`;

/** The condition (up to its comma) of such a sentence, or null. */
export function barredAfterDone(s: string): string | null {
  if (!/^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:\p{L}+\s*,?\s*)?(?:si|lorsqu|quand|dans\s+le\s+cas)/iu.test(s)) return null;
  const m = FORM.exec(s);
  if (!m) return null;
  // (the condition names a party besides the barred: not `Si la prestation X a été attestée …, la prestation X ne peut plus …`)
  const barred = new Set(m[3].match(/\d{6}/gu));
  if ((m[1].match(/\d{6}/gu) ?? []).every((c) => barred.has(c))) return null;
  return m[1];
}
