import { accentTolerant } from '../../text/accents.js';

const ci = accentTolerant('iu');

type Setting = 'ambulatory' | 'hospitalised' | 'hospital' | 'centre' | 'outsideHospital';

/** The emergency ward of a hospital, by its names: `service des urgences`, `fonction « soins urgents spécialisés »`. */
const EMERGENCY = String.raw`(?:(?:le\s+|la\s+|un\s+|une\s+)?service\s+(?:des\s+urgences|d'urgences?)|(?:les\s+)?urgences|(?:les\s+locaux\s+d')?(?:la\s+|une\s+)?fonction\s+(?:agréée\s+|reconnue\s+)?(?:de\s+)?[«"“]?\s*soins\s+urgents)`;

/** A hospital's ward a patient stays in (not any service: `un service résidentiel pour jeunes`, nor its emergency ward). */
const WARD = String.raw`(?:hôpital|établissement\s+hospitalier|service\s+(?:hospitalier|(?:de\s+|d')(?:maternité|néonatalogie|néonatologie|pédiatrie|gériatrie|soins\s+intensifs|chirurgie|médecine\s+interne|revalidation)|(?:NIC|N\*?|G|E|Sp|C|D)(?![\p{L}])))`;

/** Another place offered as well, after the one named: `… ou dans un poste médical de garde`, `… ou, à défaut, à son domicile`. */
const OR_ELSEWHERE = String.raw`(?![^.;]{0,120}?\sou\s*,?\s*(?:à\s+défaut\s*,\s*)?(?:(?:en|à|au|aux|dans|chez|hors|par)\s|en\s+dehors))`;

/** What a restriction is not: an exception after it, `…, sauf lorsqu'elle est effectuée au domicile`. */
const NO_EXCEPTION_AFTER = String.raw`(?![^.;]*?(?<![\p{L}])(?:sauf|excepté|hormis|à\s+moins)(?![\p{L}]))`;

/** A patient's history, not where the act is done: `… à sa naissance`, `… dans les sept jours qui précèdent`. */
const NO_HISTORY_AFTER = String.raw`(?![^.;]{0,100}?(?<![\p{L}])(?:à\s+sa\s+naissance|qui\s+précèdent|précédant|précédents?|antérieure?s?|auparavant|précédemment)(?![\p{L}]))`;

/**
 * Places and states missed across synthetic rounds 1–95 (stop 58), each a restriction (`ne … que`, `que si`) or a refusal
 * that names one; tried after settingOf's own forms, behind a literal of their own, in this order (the emergency ward before a
 * ward stayed in). Never a choice of places, an exception to the restriction, or the patient's history.
 */
export const MORE_SETTINGS: ReadonlyArray<readonly [hint: RegExp, form: RegExp, setting: Setting]> = [
  // `… n'est remboursé que pour un patient examiné au service des urgences d'un hôpital`, `… que si le bénéficiaire est pris en
  // charge dans la fonction « soins urgents spécialisés »`, `… que pour un patient qui se présente dans une fonction agréée de
  // soins urgents spécialisés`, `… que si elles sont effectuées dans les locaux d'une fonction reconnue de soins urgents …`
  [/urgen/iu, ci`(?<![\p{L}])que\s+(?:(?:pour|chez)\s+(?:un|une|les|des)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:qui\s+se\s+présente(?:nt)?|(?:examinée?s?|vue?s?|admise?s?|soignée?s?|pris(?:e|es)?\s+en\s+charge))|si\s+(?:le|la)\s+(?:bénéficiaire|patiente?)\s+est\s+(?:examinée?|vue?|admise?|soignée?|prise?\s+en\s+charge)|si\s+(?:elle|il)s?\s+(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|dispensée?s?))\s+(?:au|aux|dans|à)\s+${EMERGENCY}${OR_ELSEWHERE}${NO_HISTORY_AFTER}`, 'hospital'],
  // `… ne sont remboursés que s'ils sont réalisés dans un laboratoire rattaché à un centre de génétique humaine agréé`, `… ne
  // peuvent être effectuées que dans les laboratoires d'un centre agréé …` (not a hospital's centre, nor a condition on something
  // else, `… que si la mutation a été mise en évidence dans un laboratoire d'un centre`)
  [/laboratoire/iu, ci`(?<![\p{L}])(?:que|qu')\s*(?:s'?(?:il|elle)s?\s+(?:sont|est)\s+(?:réalisée?s?|effectuée?s?|exécutée?s?|pratiquée?s?)\s+)?dans\s+(?:les?|la|un|une|des)\s+laboratoires?\s+(?:d'un|rattachée?s?\s+à\s+un|attachée?s?\s+à\s+un|faisant\s+partie\s+d'un)\s+centre(?![\p{L}])(?![^.;,]{0,40}?(?<![\p{L}])hospitaliers?(?![\p{L}]))${OR_ELSEWHERE}`, 'centre'],
  // `… ne peut être attestée que si la mère séjourne dans un service de maternité`, `… que si l'enfant est admis dans un service NIC`
  // (not a ward within a stay the sentence already names, `… pendant la durée de l'hospitalisation que si le bénéficiaire est admis
  // dans un service Sp`)
  [/s[ée]journe|admise?(?![\p{L}])/iu, ci`^(?![^.;]*?(?:pendant|durant|au\s+cours\s+de)\s+(?:la\s+durée\s+de\s+)?l'hospitalisation)[\s\S]*?(?<![\p{L}])que\s+(?:si|lorsque?)\s+(?:la\s+mère|la\s+bénéficiaire|le\s+bénéficiaire|le\s+patient|la\s+patiente|l'enfant|le\s+nouveau-né)\s+(?:séjourne|est\s+admise?)\s+dans\s+(?:un|le)\s+${WARD}${OR_ELSEWHERE}${NO_EXCEPTION_AFTER}`, 'hospitalised'],
  // `… n'est remboursable que pour l'enfant hospitalisé dans un service NIC …`
  [/hospitalis/iu, ci`(?<![\p{L}])qu(?:e\s+pour|e\s+chez|'à)\s+l'enfant\s+hospitalisé(?![\p{L}])(?!\s+ou\s)${NO_HISTORY_AFTER}${OR_ELSEWHERE}`, 'hospitalised'],
  // `… n'est remboursable que si elle est délivrée pendant l'hospitalisation du bénéficiaire`
  [/hospitalisation/iu, ci`(?<![\p{L}])que\s+(?:si|lorsqu)\s*'?(?:elle|il)s?\s+(?:est|sont)\s+(?:délivrée?s?|effectuée?s?|réalisée?s?|placée?s?|implantée?s?|dispensée?s?|attestée?s?)\s+(?:pendant|durant|au\s+cours\s+de)\s+(?:l'|une\s+)hospitalisation(?![\p{L}])(?!\s+de\s+jour)${OR_ELSEWHERE}`, 'hospitalised'],
  // `… ne peut pas être attestée pour un bénéficiaire qui n'est pas hospitalisé`: for a hospitalised one only
  [/hospitalis/iu, ci`(?<![\p{L}])(?:ne|n')\s*[^.;]{0,60}?(?<![\p{L}])(?:pas|jamais)\s+(?:être\s+)?(?:attestée?s?|remboursée?s?|portée?s?\s+en\s+compte)\s+(?:pour|chez)\s+(?:un|une|les|des)\s+(?:bénéficiaires?|patients?|patientes?|enfants?)\s+qui\s+(?:n'est|ne\s+sont)\s+(?:pas|plus)\s+hospitalisée?s?(?![\p{L}])${NO_EXCEPTION_AFTER}`, 'hospitalised'],
  // `… ne sont pas remboursées lorsque la bénéficiaire ou l'enfant est hospitalisé` (not for a long stay only, `… hospitalisé pendant
  // plus de 24 heures`)
  [/hospitalis/iu, ci`(?<![\p{L}])(?:ne|n')\s*(?:sont|est)\s+pas\s+(?:remboursée?s?|attestée?s?|honorée?s?|remboursables?|attestables?)\s+(?:lorsque|lorsqu'|si|quand)\s*(?:la|le|l')\s*(?:bénéficiaire|patiente?|mère)\s+ou\s+(?:l'enfant|le\s+nouveau-né)\s+(?:est|sont)\s+hospitalisée?s?(?![\p{L}])(?!\s+(?:pendant|durant|plus|au-delà|depuis)(?![\p{L}]))`, 'ambulatory'],
];

/** The first of MORE_SETTINGS a sentence states, or null (none in a condition of a cumulation: `… ne peut être cumulée avec … que si …`). */
export function moreSetting(s: string): Setting | null {
  if (/cumul/iu.test(s)) return null;
  for (const [hint, form, setting] of MORE_SETTINGS) if (hint.test(s) && form.test(s)) return setting;
  return null;
}
