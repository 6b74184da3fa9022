import { accentTolerant } from '../../text/accents.js';

const ci = accentTolerant('iu');

type Setting = 'ambulatory' | 'hospitalised' | 'hospital' | 'centre' | 'outsideHospital';

/** The emergency ward of a hospital, by its names: `service des urgences`, `fonction « soins urgents spécialisés »`. */
const EMERGENCY = String.raw`(?:(?:le\s+|la\s+|un\s+|une\s+)?service\s+des\s+urgences|(?:les\s+)?urgences|(?:la\s+|une\s+)?fonction\s+(?:agréée\s+|reconnue\s+)?(?:de\s+)?[«"“]?\s*soins\s+urgents)`;

/**
 * Places and states missed across synthetic rounds 1–95 (stop 58), each a restriction (`ne … que`, `que si`) or a refusal
 * that names one; tried after settingOf's own forms, behind a literal of their own.
 */
export const MORE_SETTINGS: ReadonlyArray<readonly [hint: RegExp, form: RegExp, setting: Setting]> = [
  // `… ne sont remboursés que s'ils sont réalisés dans un laboratoire rattaché à un centre de génétique humaine agréé`, `… ne
  // peuvent être effectuées que dans les laboratoires d'un centre agréé …` (not a hospital's centre)
  [/laboratoire/iu, ci`(?<![\p{L}])qu(?:e|')[^.;]{0,60}?(?<![\p{L}])dans\s+(?:les?|la|un|une|des)\s+laboratoires?\s+(?:d'un|rattachée?s?\s+à\s+un|attachée?s?\s+à\s+un|faisant\s+partie\s+d'un)\s+centre(?![\p{L}])(?![^.;,]{0,40}?(?<![\p{L}])hospitaliers?(?![\p{L}]))`, 'centre'],
  // `… ne peut être attestée que si la mère séjourne dans un service de maternité`, `… que si l'enfant est admis dans un service NIC`
  // (not a ward within a stay the sentence already names, `… pendant la durée de l'hospitalisation que si le bénéficiaire est admis
  // dans un service Sp`)
  [/s[ée]journe|admise?(?![\p{L}])/iu, ci`^(?![^.;]*?(?:pendant|durant|au\s+cours\s+de)\s+(?:la\s+durée\s+de\s+)?l'hospitalisation)[\s\S]*?(?<![\p{L}])que\s+(?:si|lorsque?)\s+(?:la\s+mère|la\s+bénéficiaire|le\s+bénéficiaire|le\s+patient|la\s+patiente|l'enfant|le\s+nouveau-né)\s+(?:séjourne|est\s+admise?)\s+dans\s+(?:un|le)\s+(?:service|hôpital|établissement\s+hospitalier)(?![\p{L}])(?![^.;]{0,80}?\sou\s)`, 'hospitalised'],
  // `… n'est remboursable que pour l'enfant hospitalisé dans un service NIC …`
  [/hospitalis/iu, ci`(?<![\p{L}])qu(?:e\s+pour|e\s+chez|'à)\s+l'enfant\s+hospitalisé(?![\p{L}])(?!\s+ou\s)`, 'hospitalised'],
  // `… n'est remboursable que si elle est délivrée pendant l'hospitalisation du bénéficiaire`
  [/hospitalisation/iu, ci`(?<![\p{L}])que\s+(?:si|lorsqu)\s*'?(?:elle|il)s?\s+(?:est|sont)\s+(?:délivrée?s?|effectuée?s?|réalisée?s?|placée?s?|implantée?s?|dispensée?s?|attestée?s?)\s+(?:pendant|durant|au\s+cours\s+de)\s+(?:l'|une\s+)hospitalisation(?![\p{L}])(?!\s+de\s+jour)`, 'hospitalised'],
  // `… n'est remboursé que pour un patient examiné au service des urgences d'un hôpital`, `… que si le bénéficiaire est pris en
  // charge dans la fonction « soins urgents spécialisés »`, `… que pour un patient qui se présente dans une fonction agréée de
  // soins urgents spécialisés`
  [/urgen/iu, ci`(?<![\p{L}])que\s+(?:(?:pour|chez)\s+(?:un|une|les|des)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:qui\s+se\s+présente(?:nt)?|(?:examinée?s?|vue?s?|admise?s?|soignée?s?|pris(?:e|es)?\s+en\s+charge))|si\s+(?:le|la)\s+(?:bénéficiaire|patiente?)\s+(?:est|a\s+été)\s+(?:examinée?|vue?|admise?|soignée?|prise?\s+en\s+charge))\s+(?:au|aux|dans|à)\s+${EMERGENCY}`, 'hospital'],
  // `… ne peut pas être attestée pour un bénéficiaire qui n'est pas hospitalisé`: for a hospitalised one only
  [/hospitalis/iu, ci`(?<![\p{L}])(?:ne|n')\s*[^.;]{0,60}?(?<![\p{L}])(?:pas|jamais)\s+(?:être\s+)?(?:attestée?s?|remboursée?s?|portée?s?\s+en\s+compte)\s+(?:pour|chez)\s+(?:un|une|les|des)\s+(?:bénéficiaires?|patients?|patientes?|enfants?)\s+qui\s+(?:n'est|ne\s+sont)\s+pas\s+hospitalisée?s?(?![\p{L}])`, 'hospitalised'],
  // `… ne sont pas remboursées lorsque la bénéficiaire ou l'enfant est hospitalisé`
  [/hospitalis/iu, ci`(?<![\p{L}])(?:ne|n')\s*(?:sont|est)\s+pas\s+(?:remboursée?s?|attestée?s?|honorée?s?|remboursables?|attestables?)\s+(?:lorsque|lorsqu'|si|quand)\s*(?:la|le|l')\s*(?:bénéficiaire|patiente?|mère)\s+ou\s+(?:l'enfant|le\s+nouveau-né)\s+(?:est|sont)\s+hospitalisée?s?(?![\p{L}])`, 'ambulatory'],
];

/** The first of MORE_SETTINGS a sentence states, or null. */
export function moreSetting(s: string): Setting | null {
  for (const [hint, form, setting] of MORE_SETTINGS) if (hint.test(s) && form.test(s)) return setting;
  return null;
}
