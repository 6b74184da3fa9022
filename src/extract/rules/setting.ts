import { accentTolerant } from '../../text/accents.js';
import { moreSetting } from './setting-forms.js';
import { OPENS_ON_CONDITION } from './qualification.js';

/** Where a prestation may be done (setting): in hospital, outside it, in a centre. */

const ci = accentTolerant('iu');

/**
 * Done in a centre, stated as a fact: `La prestation X est réalisée au sein d'un centre …`, `… sont effectuées dans les
 * laboratoires d'un centre agréé …`, `… dans des laboratoires faisant partie d'un centre agréé de génétique humaine` (2012022429).
 */
export const IN_A_CENTRE = String.raw`\b(?:est|sont)\s+(?:réalisée?s?|effectuée?s?|exécutée?s?|dispensée?s?)\s+(?:(?:exclusivement|uniquement|seulement)\s+)?(?:au\s+sein\s+d'un|dans\s+un|dans\s+(?:le|les|des|un)\s+(?:laboratoires?|services?)\s+(?:faisant\s+partie\s+)?d'un)\s+centre\b`;

/** The patient's own share of a fee: what is or is not due of it says nothing of where the act is paid. */
const PATIENT_SHARE = /(?<![\p{L}])(?:intervention\s+personnelle|ticket\s+modérateur|quote-part\s+personnelle)(?![\p{L}])/iu;

/** Who a prestation is only for: `que pour les patients `, `qu'aux bénéficiaires `, `réservée à un bénéficiaire `. */
const ONLY_FOR_PERSONS = String.raw`(?:\bque\s+(?:pour|chez)\s+|\bqu'(?=aux?\s|à\s+des\s)|\bqu(?:e\s+|')(?:en\s+faveur|au\s+profit)\s+d(?:'|e\s+|es\s+)|\b(?:réservée?s?|(?<!(?<![\p{L}])(?:pas|jamais)\s)limitée?s?)\s+(?=aux?\s|à\s))(?:aux?\s+|à\s+)?(?:bénéfice\s+d(?:e\s+|'|es\s+))?(?:les\s+|des\s+|une?\s+|la\s+|le\s+)?(?:patients?|patientes?|bénéficiaires?|enfants?|personnes?|nouveau-nés?)\s+(?:(?:traitée?s?|soignée?s?|suivie?s?)\s+)?`;

/** One literal of every settingOf pattern: most rule sentences name no place, and are not read eleven times for one. */
const SETTING_HINT = /hospital|h[ôo]pital|h[ôo]pitaux|centre|domicile|dehors|ambula|admise?s?\s|s[ée]jour|urgen/iu;

/**
 * Another place offered after this one, a choice and no restriction: `… ou en cabinet privé`, `…, ou à domicile`, `… ainsi
 * qu'en dehors de celui-ci`; not `… ou la dialyse péritonéale`, `… ou pour un traitement`, `ainsi que d'un laser`.
 */
const OTHER_PLACE = String.raw`[^.;]{0,80}?\s(?:ou|ainsi\s+qu'?)\s*(?:(?:en|à|au|dans|chez|hors)\s|en\s+dehors)`;
/** OTHER_PLACE, where a choice of the hospital's own ways of admission (`… ou en hospitalisation classique`) is no other place. */
const OTHER_THAN_HOSPITAL = String.raw`[^.;]{0,80}?\s(?:ou|ainsi\s+qu'?)\s*(?:(?:en|à|au|dans|chez|hors)\s(?!hospitalisation\s+(?:de\s+jour|classique)(?![\p{L}]))|en\s+dehors)`;

/** A character of a service's name on the way to its hospital: no denial, no alternative on the way (`qui ne fait pas partie d'un hôpital`). */
const NOT_DENIED = String.raw`(?:(?!(?<![\p{L}])(?:ne|n'|pas|ou|hors)(?![\p{L}]))[^.;])`;

/** A stay in a hospital, not a day hospital: `séjour hospitalier`, `séjour à l'hôpital`, `séjour de la mère dans l'établissement hospitalier`. */
const STAY_IN_HOSPITAL = String.raw`séjour\s+(?:hospitalier|à\s+l'hôpital|(?:d[eu]\s+(?:la\s+|l')?[\p{L}-]+\s+)?(?:dans|à)\s+(?:l'|un\s+)(?:hôpital|établissement\s+hospitalier))(?![\p{L}])(?!\s+de\s+jour)`;

const BILLED_BY_CENTRE = ci`\b(?:ne|n')\s*(?:peu(?:t|vent)\s+être|(?:est|sont))\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?|remboursée?s?|effectuée?s?|réalisée?s?|dispensée?s?)(?:\s+[^\s.;]+){0,6}?\s+que\s+par\s+(?:un|le|les|des)\s+centres?(?!\s+hospitaliers?)(?![\p{L}])(?![^.;]{0,120}?\sou\s+(?:par|dans|en|à)\s)`;

export function settingOf(s: string): 'ambulatory' | 'hospitalised' | 'hospital' | 'centre' | 'outsideHospital' | null {
  if (!SETTING_HINT.test(s)) return null;
  // `que pour les patients …`, `qu'aux bénéficiaires …`, `qu'au bénéfice de patients …`, `est réservée aux bénéficiaires …`
  // (`… que pour un bénéficiaire qui n'est pas admis à l'hôpital`: not hospitalised)
  if (ci`${ONLY_FOR_PERSONS}(?:en\s+(?:traitement\s+)?ambulatoire|ambulante?s?|ambulatoires?|non\s+hospitalisée?s?|qui\s+(?:ne\s+|n')(?:sont|est)\s+pas\s+(?:encore\s+)?(?:hospitalisée?s?|admise?s?\s+(?:à\s+l'hôpital(?!\s+de\s+jour)|dans\s+un\s+hôpital(?!\s+de\s+jour)|en\s+hospitalisation(?!\s+de\s+jour))))(?![\p{L}])(?!\s+(?:et|ou)\s+(?:\p{L}+\s+)?hospitalisée?s?)(?!\s+(?:et|ou)\s+qui\s)`.test(s)) return 'ambulatory';
  // (hospitalised or in day hospital, `que chez des bénéficiaires hospitalisés ou traités en hôpital de jour`: in a hospital; or in
  // its emergency ward, `que pour des bénéficiaires hospitalisés ou admis au service des urgences d'un hôpital`)
  if (ci`${ONLY_FOR_PERSONS}hospitalisée?s?\s+ou\s+(?:\S+\s+){0,3}?(?:(?:en|à\s+l'|dans\s+un)\s*(?:hôpital|hospitalisation)\s+de\s+jour|(?:au|aux|dans\s+(?:un|le))\s+(?:service\s+des\s+|services\s+des\s+|service\s+d')?urgences?|dans\s+une\s+fonction\s+(?:reconnue\s+)?de\s+soins\s+urgents)(?![\p{L}])`.test(s)) return 'hospital';
  // (not a choice of both, `que pour les bénéficiaires hospitalisés ou ambulants`, `… hospitalisés et non hospitalisés`; but
  // `… hospitalisés et non pour les ambulants` is the one)
  // (not a patient's history: `… aux bénéficiaires hospitalisés pour … au cours des 12 mois précédant la demande`)
  if (ci`${ONLY_FOR_PERSONS}hospitalisée?s?(?![\p{L}])(?!\s+(?:ou\s+(?:\S+\s+){0,3}?|et\s+(?:les\s+|des\s+)?)(?:ambula\p{L}*|non\s+hospitalisée?s?)(?![\p{L}]))(?![^.;]*?(?<![\p{L}])(?:précédant|précèdent|précédents?|antérieure?s?)(?![\p{L}]))`.test(s)) return 'hospitalised';
  // (`que pour un bénéficiaire admis dans un service de soins intensifs`: in a hospital's ward)
  // (or staying there: `que pour un nouveau-né qui séjourne dans un service N* ou NIC agréé`; not a choice, `… ou à domicile`,
  // `…, ou qui est soigné à domicile`)
  if (ci`${ONLY_FOR_PERSONS}(?:admise?s?|qui\s+(?:séjourne(?:nt)?|(?:est|sont)\s+admise?s?)|séjournant)\s+(?:dans\s+(?:un|le)\s+service(?!\s+(?:des\s+urgences|d'urgence))|à\s+l'hôpital(?!\s+de\s+jour)|dans\s+un\s+(?:hôpital(?!\s+de\s+jour)|établissement\s+hospitalier))(?![\p{L}])(?!${OTHER_PLACE})(?![^.;]{0,80}?\sou\s+qui\s)`.test(s)) return 'hospitalised';
  if (/(?<!\w)ne\s+peu(?:t|vent)\s+(?:\S+\s+){0,6}qu(?:e\s+|')(?:dans\s+un|au\s+sein\s+d'un)\s+centre|(?<!\w)que\s+dans\s+(?:un|le)\s+centre/iu.test(s)) return 'centre';
  // (`que dans un service de radiothérapie agréé d'un hôpital`, `que pour un patient pris en charge au service des urgences
  // d'un hôpital`: a hospital's service)
  if (ci`(?:\bque\s+|\b(?:ne|n')\s*[^.;]{0,80}?\bqu')(?:en\s+|dans\s+un\s+|au\s+sein\s+d'un\s+)(?:milieu\s+hospitalier|hôpital|établissement\s+hospitalier|service\s+hospitalier)(?!${OTHER_PLACE})|\bque\s+(?:dans\s+(?:un|le)|(?:pour|chez)\s+(?:un|une|les|des)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:pris|prise?s)\s+en\s+charge\s+(?:au|dans\s+(?:un|le)))\s+service\s+${NOT_DENIED}{0,60}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?!\s+ou\s)`.test(s)) return 'hospital';
  // (`ne sont remboursées que si elles sont effectuées dans le service de médecine physique d'un hôpital`; not `… d'un
  // service qui ne fait pas partie d'un hôpital`, nor `… d'un hôpital ou dans un cabinet privé`; `… que si la séance a lieu dans un
  // service … d'un hôpital`)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,40}?\b(?:(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|dispensée?s?|exécutée?s?)|a\s+lieu|ont\s+lieu)\s+dans\s+(?:un|le)\s+service\s+${NOT_DENIED}{0,60}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?!\s+ou\s)`.test(s)) return 'hospital';
  // `n'est accompli que par un médecin spécialiste en ophtalmologie, au sein d'un hôpital`: the place closing a restriction
  // (or a condition, `n'est remboursée que si elle est effectuée par un médecin spécialiste en urologie, dans un hôpital
  // disposant d'un service de chirurgie agréé`)
  // (or after `et uniquement`, with no comma: `… que par un médecin spécialiste en X et uniquement dans un hôpital disposant …`)
  if (ci`\b(?:ne|n')\s*[^.;]{0,80}?\bque?\s+(?:si\s+(?:elle|il)s?\s+(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?)\s+)?par\s[^.;]{0,160}?(?:,\s*(?:et\s+)?|\s+et\s+(?=(?:uniquement|seulement|exclusivement)\s))(?:(?:uniquement|seulement|exclusivement)\s+)?(?:au\s+sein\s+d'un|dans\s+un)\s+(?:hôpital|établissement\s+hospitalier)(?:\s+(?:disposant|qui\s+dispose)\s[^.;]*)?\s*[.;]?\s*$`.test(s)) return 'hospital';
  // (the same with a centre: `… ne peuvent être attestées que par un médecin spécialiste en radiothérapie-oncologie, dans un centre de
  // radiothérapie agréé`; not a hospital's)
  if (ci`\b(?:ne|n')\s*[^.;]{0,80}?\bque?\s+par\s[^.;]{0,160}?,\s*(?:(?:uniquement|seulement|exclusivement)\s+)?(?:au\s+sein\s+d'un|dans\s+un)\s+centre(?![\p{L}])(?![^.;]{0,40}?(?<![\p{L}])hospitaliers?(?![\p{L}]))(?!${OTHER_PLACE})[^.;]*[.;]?\s*$`.test(s)) return 'centre';
  // (`le traitement est effectué par un médecin spécialiste en ophtalmologie, dans un hôpital disposant d'une salle …`: a plain
  // statement of who and where, as a condition of the list it stands in; not `… dans un hôpital ou …`, but `…, dans un
  // hôpital, en hospitalisation de jour ou en hospitalisation classique`)
  // (or a room or ward of one: `…, dans une salle d'opération d'un hôpital`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?)\s+par\s[^.;]{0,100}?,\s*(?:au\s+sein\s+d'un|dans\s+un|dans\s+une\s+(?:salle|unité)\s+(?:(?!(?<![\p{L}])(?:dehors|hors|indépendante?|extérieure?|ou)(?![\p{L}]))[^.;,]){0,40}?\bd'un)\s+(?:hôpital|établissement\s+hospitalier)(?![\p{L}])(?!${OTHER_THAN_HOSPITAL})(?!\s+ou\s+d(?:'|e\s|u\s|es\s))`.test(s)) return 'hospital';
  // (who performs them and in which part of a hospital, as a plain statement: `elles sont exécutées par le médecin spécialiste en
  // gériatrie dans la section polyclinique d'un hôpital agréé`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|dispensée?s?)\s+par\s(?:(?!\sou\s)[^.;,]){0,100}?,?\s+dans\s+(?:la|le|une?)\s+(?:section|service|unité|salle|polyclinique)(?![\p{L}])(?:(?!\sou\s)[^.;,]){0,80}?\sd'un\s+(?:hôpital|établissement\s+hospitalier)(?![\p{L}])(?!${OTHER_THAN_HOSPITAL})(?!\s+(?:\p{L}+\s+)?ou\s)`.test(s)) return 'hospital';
  // (`Cette prestation est réservée aux médecins spécialistes en médecine interne ou en pédiatrie dans un centre de dialyse agréé`)
  // (physicians attached to one, `… aux médecins spécialistes en radiodiagnostic attachés à un centre agréé`; not those who are
  // not, nor patients so attached)
  if (ci`\bréservée?s?\s+aux?\s+(?:médecins?|spécialistes?)\s[^.;]{0,120}?\s(?:r?attachée?s?|affectée?s?)\s+à\s+un\s+centre\b(?!${OTHER_PLACE})`.test(s) && !ci`\b(?:ne|n')\s*(?:sont|est)\s+pas\s+(?:r?attachée?s?|affectée?s?)|\bnon\s+(?:r?attachée?s?|affectée?s?)`.test(s)) return 'centre';
  // (no denial on the way, `… aux bénéficiaires qui ne résident pas dans un centre`, and no choice after it, `… dans un centre
  // ou en cabinet privé`)
  if (ci`\bréservée?s?\s+(?:aux?|à)\s[^.;]{0,120}?\s(?:dans|au\s+sein\s+d')\s*un\s+centre\b(?!${OTHER_PLACE})`.test(s) && !ci`\b(?:ne|n')\s*(?:sont|est)\s+pas\s+réservée?s?|\b(?:ne|n')\s*\p{L}+\s+(?:pas|jamais)\s+(?:\S+\s+){0,2}?(?:dans|au\s+sein\s+d')\s*un\s+centre\b`.test(s)) return 'centre';
  // `n'est honorée que si le bénéficiaire est hospitalisé`, `ne peut jamais être attesté pour un patient hospitalisé`
  // (or in a day hospital as well, `… que si le bénéficiaire est hospitalisé ou admis en hôpital de jour`: in a hospital)
  if (ci`\bque\s+(?:si|lorsque)\s+(?:le|la|l')\s*(?:patiente?|bénéficiaire|nouveau-né|enfant|malade)\s+est\s+hospitalisée?\s+ou\s+(?:admise?|traitée?|prise?\s+en\s+charge|accueillie?)\s+(?:en|dans\s+un)\s+(?:hôpital|hospitalisation)\s+de\s+jour(?![\p{L}])`.test(s)) return 'hospital';
  if (ci`\bque\s+(?:si|lorsque)\s+(?:le|la|l')\s*(?:patiente?|bénéficiaire|nouveau-né|enfant|malade)\s+est\s+hospitalisée?(?![\p{L}])`.test(s)) return 'hospitalised';
  // `Le remboursement … est réservé aux implantations effectuées dans un établissement hospitalier …`
  if (ci`\bréservée?s?\s+aux\s+(?:implantations?|interventions?|prestations?|examens?)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?)\s+(?:dans\s+un|en)\s+(?:établissement\s+hospitalier|hôpital|milieu\s+hospitalier)`.test(s)) return 'hospital';
  // `n'est effectué qu'en milieu hospitalier`
  if (ci`\bqu'en\s+(?:milieu\s+hospitalier|hôpital|établissement\s+hospitalier)`.test(s)) return 'hospital';
  // `ne sont remboursées que lorsque la séance est dispensée au domicile du bénéficiaire`, `… que lorsqu'elles sont effectuées au
  // domicile du patient`
  if (ci`\bque\s+(?:si|lorsque|lorsqu')\s*(?:(?:la|le|l')\s*(?:séance|prestation|traitement|examen|visite|soin)|elles?|ils?)\s+(?:est|sont|a\s+lieu|ont\s+lieu|a\s+été|ont\s+été)\s+(?:(?:dispensée?s?|effectuée?s?|réalisée?s?|donnée?s?)\s+)?au\s+domicile\b(?![^.;]{0,80}?\sou\s+(?:dans|en|à)\s+(?:un|une|le|la|l')\s*(?:centre|hôpital|établissement|service|institution|maison\s+de\s+(?:repos|soins)))`.test(s)) return 'outsideHospital';
  // `ne peut être attestée que pendant un séjour du bénéficiaire dans un hôpital`
  // (or in a ward, `service hospitalier`, or one named by its index: `… que pendant le séjour du bénéficiaire dans le service K`)
  // (`… que pendant le séjour hospitalier de la mère`)
  if (ci`\bque\s+(?:pendant|durant|lors\s+d')\s*(?:un|le)\s+séjour\s+(?:hospitalier(?![\p{L}])(?![^.;]{0,60}?\sou\s)|[^.;]{0,40}?(?<![\p{L}])(?:hôpital|établissement\s+hospitalier|service(?![\p{L}])(?![^.;]{0,40}?\bdomicile\b)))`.test(s)) return 'hospitalised';
  // (`ne peuvent être attestées que pendant l'hospitalisation du bénéficiaire`; not `… de jour`)
  // (the restriction `ne … qu'`, not a clause `mentionner qu'au cours de …`; no other place offered, `… ou en ambulatoire`)
  // (`… que dans le cadre d'une hospitalisation (de jour ou d'une hospitalisation classique)`: either way in one)
  const during = ci`\b(?:ne|n')\s*[^.;]{0,80}?\bqu(?:e\s+|')(?:pendant\s+|durant\s+|(?:lors|au\s+cours|dans\s+le\s+cadre)\s+d(?:e\s+|'))(?:l'|une\s+|son\s+|sa\s+|leur\s+)hospitalisation(?![\p{L}])(?!\s+de\s+jour(?!\s+ou\s+(?:d'une\s+|en\s+)?hospitalisation\s+classique(?![\p{L}])))(?!${OTHER_THAN_HOSPITAL})(?![^.;]{0,80}?\sou\s+(?:en\s+)?ambulatoire)`.exec(s);
  // (one kind among others, `… d'une hospitalisation classique ou d'une hospitalisation de jour`, is a hospital's; a `ne … qu'` in a
  // condition, `… si l'indication n'a été posée qu'au cours d'une hospitalisation antérieure`, restricts nothing)
  if (during && !ci`^[^.;]{0,40}?\bou\s+(?:d'une\s+|en\s+)?hospitalisation\s+de\s+jour`.test(s.slice(during.index + during[0].length)) && !ci`(?<![\p{L}])(?:si|lorsqu'?|quand)\s[^,.;]*$`.test(s.slice(0, during.index)) && !ci`(?<![\p{L}])(?:si|lorsqu'?|quand)\s`.test(during[0])) return 'hospitalised';
  // `ne sont pas remboursées pour un patient en ambulatoire`, `n'est jamais remboursée chez un patient ambulant`: in hospital only
  if (ci`\b(?:ne|n')\s*(?:sont|est)\s+(?:pas|jamais)\s+(?:remboursée?s?|attestée?s?|honorée?s?|remboursables?|attestables?)\s+(?:pour|chez)\s+(?:un|une|les|des)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:en\s+)?(?:ambulatoires?|ambulante?s?|non\s+hospitalisée?s?)(?![\p{L}])(?!\s+(?:ou|et)\s+(?:\p{L}+\s+)?hospitalisée?s?)`.test(s)) return 'hospitalised';
  // `ne sont remboursées que si elles sont délivrées à un bénéficiaire qui n'est pas hospitalisé`
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,60}?(?<![\p{L}])(?:à|chez|pour)\s+(?:un|une|le|la|des|les)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:qui\s+(?:n'|ne\s+)(?:est|sont)\s+pas\s+hospitalisée?s?|non\s+hospitalisée?s?)(?![\p{L}])`.test(s)) return 'ambulatory';
  // `n'est attestable que si la bénéficiaire séjourne à l'hôpital`
  if (ci`\bque\s+(?:si|lorsque)\s+(?:le|la)\s+(?:patiente?|bénéficiaire)\s+séjourne\s+(?:à\s+l'hôpital|dans\s+un\s+(?:hôpital|établissement\s+hospitalier))`.test(s)) return 'hospitalised';
  // `n'est due que si l'implantation a lieu au cours d'une hospitalisation`, `… que si le matériel est implanté au cours d'une
  // hospitalisation` (the act: not `que si le diagnostic est posé au cours d'une hospitalisation`, a condition on something else)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,80}?\b(?:(?:a|ont)\s+lieu|(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|implantée?s?|placée?s?|administrée?s?|dispensée?s?)|intervien(?:t|nent))\s+(?:au\s+cours\s+d'une|pendant\s+une|lors\s+d'une|durant\s+une)\s+hospitalisation\b`.test(s)) return 'hospitalised';
  // `Les systèmes sont implantés par un médecin spécialiste en urologie, au cours d'une hospitalisation.`: where, closing the sentence
  // (a plain statement: not `n'est pas remboursée lorsqu'elle est effectuée par …, au cours d'une hospitalisation`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées)\s[^.;]{0,120}?,\s*(?:au\s+cours\s+d'une|pendant\s+une|lors\s+d'une|durant\s+une)\s+hospitalisation\s*[.;]?\s*$`.test(s)) return 'hospitalised';
  // `n'entre en ligne de compte que s'il est implanté chez un bénéficiaire hospitalisé`
  // (not `… que si elle n'est pas effectuée chez un bénéficiaire hospitalisé`)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)(?:(?!\bpas\b|\bjamais\b)[^.;]){0,80}?(?<![\p{L}])(?:chez|pour|à)\s+(?:un|une|le|la)\s+(?:patiente?|bénéficiaire)\s+hospitalisée?(?![\p{L}])`.test(s)) return 'hospitalised';
  // `ne sont pas remboursées lorsque le patient est hospitalisé`, `n'est pas remboursé chez les bénéficiaires hospitalisés`;
  // `… lorsque le bénéficiaire séjourne dans un hôpital`: outside the hospital
  if (ci`\b(?:ne|n')\s*(?:sont|est)\s+pas\s+(?:remboursée?s?|attestée?s?|honorée?s?)\s+(?:lorsque|lorsqu'|si|quand)\s*(?:le|la)\s+(?:patiente?|bénéficiaire)\s+séjourne\s+dans\s+un\s+(?:hôpital|établissement\s+hospitalier)`.test(s)) return 'outsideHospital';
  // (`Le supplément X n'est pas dû lorsque …`, `Aucune des prestations … n'est remboursable lorsque …`: not the patient's share,
  // `Le ticket modérateur n'est pas dû lorsque …`, nor in a condition, `Si aucune … n'est remboursable lorsque …, …`)
  if (!PATIENT_SHARE.test(s) && !OPENS_ON_CONDITION.test(s) && ci`(?:(?<![\p{L}])(?:ne|n')\s*(?:sont|est)\s+(?:pas|jamais)\s+(?:remboursée?s?|attestée?s?|honorée?s?|remboursables?|attestables?|dûe?s?|dus)|(?<![\p{L}])aucune?\s[^.;]{0,80}?(?<![\p{L}])n'(?:est|sont)\s+(?:remboursables?|attestables?|remboursée?s?|dûe?s?))\s+(?:(?:lorsque|lorsqu'|si|quand)\s*(?:le|la)\s+(?:patiente?|bénéficiaire)\s+est|(?:chez|pour)\s+(?:les|des|un|une)\s+(?:patients?|patientes?|bénéficiaires?))\s+hospitalisée?s?(?![\p{L}])`.test(s)) return 'ambulatory';
  // `… ne sont remboursées qu'aux bénéficiaires qui ne séjournent pas dans un hôpital`: outside it
  if (ci`${ONLY_FOR_PERSONS}qui\s+ne\s+séjourne(?:nt)?\s+pas\s+(?:dans\s+un\s+(?:hôpital|établissement\s+hospitalier)|à\s+l'hôpital)`.test(s)) return 'outsideHospital';
  // `… ne sont jamais remboursées pendant une hospitalisation du bénéficiaire`: outside it
  // (`… ne peuvent pas être attestées pendant une hospitalisation`, `… pendant la durée de l'hospitalisation de la mère`; not
  // `… pendant la durée de l'hospitalisation que si …`, `… qu'une seule fois`: a restriction within the stay)
  if (ci`\b(?:ne|n')\s*(?:(?:sont|est)\s+(?:pas|jamais)|peu(?:t|vent)\s+(?:pas\s+|jamais\s+)?être)\s+(?:remboursée?s?|attestée?s?|honorée?s?|portée?s?\s+en\s+compte)\s+(?:(?:pendant|durant|au\s+cours\s+d')\s*(?:la\s+durée\s+de\s+)?(?:(?:une|l')\s*hospitalisation\b(?!\s+de\s+jour)|(?:un|le)\s+${STAY_IN_HOSPITAL})|au\s+cours\s+du\s+${STAY_IN_HOSPITAL})(?![^.;]*?(?<![\p{L}])qu(?:e(?![\p{L}])|'))`.test(s)) return 'outsideHospital';
  // `Les prestations X et Y sont réservées aux établissements hospitaliers qui disposent …`
  if (ci`\bréservée?s?\s+aux\s+(?:établissements?\s+hospitaliers?|hôpitaux)\b`.test(s)) return 'hospital';
  // `…, uniquement dans les centres de réadaptation respiratoire qui …` (a label's restriction)
  // (the restriction a label closes with, after its comma: not `… n'est pas traité uniquement dans les centres …`, `… conservé
  // uniquement dans les centres …`, nor a hospital's)
  if (ci`(?:,|\b(?:remboursée?s?|attestée?s?|effectuée?s?|réalisée?s?|dispensée?s?|remboursables?|attestables?))\s*uniquement\s+dans\s+(?:les|des|un)\s+centres?\b(?!\s+hospitaliers?)(?!${OTHER_PLACE})`.test(s) && !ci`\b(?:ne|n')\s*[^.;,]{0,60}?\b(?:pas|jamais)\b[^.;,]{0,40}?\buniquement\s+dans`.test(s)) return 'centre';
  // `L'implantation est réalisée dans un hôpital disposant d'un service …`: a plain statement of where (not denied or a case)
  // (`L'implantation a lieu dans un hôpital disposant d'un service …` too; and where the place is the only one: `… sont
  // effectuées uniquement dans un service de rééducation d'un hôpital`, `… est exécutée uniquement dans la section
  // polyclinique d'un hôpital agréé …`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?)|a\s+lieu|ont\s+lieu)\s+dans\s+un\s+(?:hôpital|établissement\s+hospitalier)\s+(?:disposant|qui\s+dispose)\b`.test(s)) return 'hospital';
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|dispensée?s?)\s+(?:uniquement|exclusivement|seulement)\s+(?:dans|au\s+sein\s+d')\s*(?:un|une|le|la|l')\s*(?:(?:hôpital|établissement\s+hospitalier)(?![\p{L}])|${NOT_DENIED}{0,80}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?![\p{L}]))(?!${OTHER_THAN_HOSPITAL})`.test(s)) return 'hospital';
  // `… ne sont remboursées que si elles sont effectuées dans les locaux de la fonction … d'un hôpital`: in a hospital
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,60}?\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|dispensée?s?)\s+(?:dans|au\s+sein\s+d')\s*(?:un|une|le|la|les|l')\s*${NOT_DENIED}{0,100}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?![\p{L}])(?!${OTHER_THAN_HOSPITAL})`.test(s)) return 'hospital';
  // `Les prestations … ne sont jamais remboursées en dehors d'une hospitalisation`: in hospital only
  if (ci`\b(?:ne|n')\s*(?:sont|est)\s+(?:pas|jamais)\s+(?:remboursée?s?|attestée?s?|honorée?s?)\s+en\s+dehors\s+d'(?:une|un)\s+(?:hospitalisation|séjour\s+hospitalier)`.test(s)) return 'hospitalised';
  // `ne sont remboursées que si le bénéficiaire n'est pas hospitalisé`
  if (ci`\bque\s+si\s+(?:le|la)\s+(?:patiente?|bénéficiaire)\s+n'est\s+pas\s+hospitalisée?(?![\p{L}])`.test(s)) return 'ambulatory';
  // (also a mother's, in an obstetric table, and without `pas`: `ne peut être attestée pour une mère hospitalisée.`, the
  // sentence ending there: not `… pour un bénéficiaire hospitalisé que si …`, `… qu'une fois par admission`, `… dans un service X`)
  if (ci`\bne\s+peu(?:t|vent)\s+(?:pas\s+|jamais\s+)(?:\S+\s+){0,3}?(?:pour|chez)\s+(?:un|une|le|la|les|des)\s+(?:patients?|patientes?|bénéficiaires?|mères?)\s+hospitalisée?s?(?![\p{L}])|\bne\s+peu(?:t|vent)\s+être\s+(?:attestée?s?|remboursée?s?|portée?s?\s+en\s+compte)\s+(?:pour|chez)\s+(?:un|une|le|la|les|des)\s+(?:patients?|patientes?|bénéficiaires?|mères?)\s+hospitalisée?s?\s*(?:[.;]|$)|\bjamais\s+(?:\S+\s+){0,4}?(?:(?:pour|chez)\s+(?:un|une)|au|à\s+(?:un|une|la))\s+(?:patiente?|bénéficiaire)\s+hospitalisée?(?![\p{L}])`.test(s)) return 'ambulatory';
  // `ne peuvent être effectuées qu'en dehors de l'hôpital`, `n'est accordé que pour une visite au domicile du patient`
  if (ci`\bqu'en\s+dehors\s+(?:de\s+(?:l'hôpital|tout\s+séjour\s+(?:hospitalier|à\s+l'hôpital)|toute\s+hospitalisation)|d'un\s+séjour\s+(?:hospitalier|à\s+l'hôpital))|\bne\s+(?:peu(?:t|vent)|sont|est)\s+[^.;]{0,60}?\bque\s+(?:pour\s+)?(?:(?!\bn'|\bne\s|\bpas\b)[^.;]){0,60}?\ben\s+dehors\s+d(?:e\s+l'|'un\s+)(?:hôpital|établissement\s+hospitalier)|(?<!\bainsi\s|\btant\s[^.;]{0,60})\b(?:que|qu')\s*(?:pour\s+(?:une|des)\s+(?:visites?|séances?|prestations?|soins)\s+(?:effectuée?s?\s+|dispensée?s?\s+|réalisée?s?\s+)?)?au\s+domicile\s+du\s+(?:patient|bénéficiaire|malade)`.test(s)) return 'outsideHospital';
  // `ne sont remboursées qu'en dehors d'un établissement hospitalier` (a restriction: not `tant au cours d'une hospitalisation
  // qu'en dehors d'une hospitalisation`, both)
  if (ci`\b(?:ne|n')\s*[^.;]{0,80}?(?<!\bainsi\s)\bqu'en\s+dehors\s+d'(?:un|une)\s+(?:établissement\s+hospitalier|hôpital|hospitalisation)\b`.test(s) && !ci`\b(?:tant|aussi\s+bien)\b`.test(s)) return 'outsideHospital';
  // `n'est attestable que pour une séance effectuée dans un centre d'autodialyse …` (not a hospital's, `… dans un centre de
  // dialyse hospitalier`)
  if (ci`\bque\s+pour\s+(?:une?|les|des)\s+\p{L}+\s+(?:effectuée?s?|réalisée?s?|dispensée?s?)\s+(?:dans|au\s+sein\s+d')\s*(?:un|les|des)\s+centres?\b(?![^.;,]{0,40}?(?<![\p{L}])hospitaliers?(?![\p{L}]))(?!${OTHER_PLACE})`.test(s)) return 'centre';
  // `n'est remboursée que si elle est réalisée par un centre …`, `… que si elles sont effectuées dans un hôpital …`
  // (who performs it may come first: `… que si l'implantation est effectuée par un médecin spécialiste en X, dans un centre …`)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,60}?\b(?:dans|par)\s+un\s+centre\b|\bque\s+(?:si\s|s'|lorsqu)(?:(?!(?<![\p{L}])(?:ne|n'|pas|hors)(?![\p{L}]))[^.;]){0,160}?,\s*(?:dans|au\s+sein\s+d')\s*un\s+centre\b(?!${OTHER_PLACE})`.test(s)) return 'centre';
  // `La prestation X est réalisée au sein d'un centre multidisciplinaire …`, `… sont exécutées dans le laboratoire d'un centre agréé`
  // (not the case a refusal names: `… ne sont pas remboursées lorsqu'elles sont effectuées dans des laboratoires d'un centre`)
  const centre = ci`${IN_A_CENTRE}`.exec(s);
  if (centre && !ci`\b(?:ne|n')\s*[^.;]{0,60}?\b(?:pas|jamais)\b[^.;]{0,80}?\b(?:lorsqu|si\s|quand\s)[^.;]{0,30}$`.test(s.slice(0, centre.index + 1))) return 'centre';
  // `Ces prestations sont exclusivement réalisées dans les laboratoires d'un centre agréé`
  if (ci`\b(?:exclusivement|uniquement|seulement)\s+(?:réalisée?s?|effectuée?s?|exécutée?s?|dispensée?s?|pratiquée?s?)\s+(?:dans|par)\s+(?:[^.;]{0,40}?(?:\s|d'))?(?:un|le|les|des)\s+centres?\b|\b(?:réalisée?s?|effectuée?s?|exécutée?s?|pratiquée?s?)\s+(?:exclusivement|uniquement|seulement)\s+(?:dans|par)\s+(?:[^.;]{0,40}?(?:\s|d'))?(?:un|le|les|des)\s+centres?\b`.test(s)) return 'centre';
  if (ci`\bque\s+(?:si\s|s'|lorsqu)\S*\s+[^.;]{0,60}?\b(?:dans\s+(?:un|le)|en)\s+(?:hôpital|établissement\s+hospitalier|milieu\s+hospitalier|service\s+hospitalier)`.test(s)) return 'hospital';
  // `ne peuvent être attestées que par un centre de rééducation …`: billed by a centre only (not prescribed or asked for by
  // one, nor one of a choice, `… ou par un hôpital`; last: a place the forms above read comes first)
  if (BILLED_BY_CENTRE.test(s)) return 'centre';
  return moreSetting(s) ?? restrictedSetting(s);
}

// what `ne … que` (or `uniquement`, `exclusivement`) restricts the prestation to: the words after it, up to the clause's end
// (not a denial, `ne … pas … que`, nor a conjunction's `que`, `à moins que le bénéficiaire ne soit hospitalisé`)
const RESTRICTED = ci`(?:(?<![\p{L}])(?:ne(?![\p{L}])|n')(?:(?!(?<![\p{L}])(?:pas|jamais|aucune?|nullement)(?![\p{L}]))[^.;]){0,120}?(?<!(?:moins|bien|autant|alors|ainsi|tant|après|avant|sorte|pendant|afin|même|plus|parce|puis|sans)\s)\bqu(?:e(?![\p{L}])|')|\b(?:uniquement|exclusivement)(?![\p{L}]))\s*([^.;]{0,160})`;
// a person in hospital, whatever the noun (only a person is hospitalised): `le nourrisson est hospitalisé`, `pour une
// parturiente hospitalisée`, `en cas d'hospitalisation du bénéficiaire`, `des bénéficiaires séjournant dans un service …`
const IN_HOSPITAL = ci`(?<![\p{L}])(?:(?:est|sont|soit|soient)\s+hospitalisée?s?|(?:pour|chez|à|aux)\s+(?:un|une|des|les|le|la)?\s*[\p{L}-]{4,}\s+hospitalisée?s?|en\s+cas\s+d'hospitalisation|(?:au\s+cours|pendant|durant|lors)\s+d'une\s+hospitalisation\s+d(?:u|e\s+la)\s+(?:bénéficiaire|patiente?|malade)|séjournant\s+(?:à\s+l'hôpital|dans\s+(?:un|une|le|la)\s+(?:hôpital|service|unité|établissement\s+hospitalier)))(?![\p{L}])`;
// (every restriction of a sentence, in turn: the same pattern, global)
const RESTRICTIONS = new RegExp(RESTRICTED.source, 'giu');
const AT_HOME = ci`(?<![\p{L}])au\s+domicile\s+d(?:u|e\s+la|es)\s+`;
// a place outside the hospital offered as well: `… hospitalisés ou ambulants`, `… dans un service de gériatrie ou à domicile`
const OUT_OF_HOSPITAL_TOO = ci`(?<![\p{L}])(?:ou|et|ainsi\s+qu(?:e|'))\s*(?:\S+\s+){0,5}?(?:ambula\p{L}*|domicile|cabinet|polyclinique|non\s+hospitalisée?s?)(?![\p{L}])`;

/**
 * The place or state a restriction names in words the forms above do not hold (`ne … que si le nourrisson est
 * hospitalisé`, `n'est remboursable qu'en cas d'hospitalisation du bénéficiaire`, `… que lorsqu'elles sont effectuées au
 * domicile du patient`): read in the restricted words only, never where they are denied (`que si le bénéficiaire n'est
 * pas hospitalisé`, read above) or where the hospital is also named (`au domicile … ou à l'hôpital`).
 */
function restrictedSetting(s: string): 'hospitalised' | 'outsideHospital' | null {
  // each restriction in turn: `… que par un cardiologue, et uniquement chez un bénéficiaire hospitalisé`, `… qu'une fois
  // tous les 3 mois et uniquement pour un traitement effectué au domicile du bénéficiaire`
  const all = RESTRICTIONS;
  all.lastIndex = 0;
  for (let m = all.exec(s); m; m = all.exec(s)) {
    const found = settingOfPart(m[1]);
    if (found) return found;
    // (the next restriction may stand inside these words)
    all.lastIndex = Math.max(m.index + 1, m.index + m[0].length - m[1].length);
  }
  return null;
}

function settingOfPart(words: string): 'hospitalised' | 'outsideHospital' | null {
  // (up to an exception, `… que par un spécialiste, sauf pour les patients hospitalisés`, the next clause, `… qu'en cas
  // d'hospitalisation du bénéficiaire et ne peut être attestée plus de …`, or the next restriction, read on its own)
  const part = words.split(/(?<![\p{L}])(?:sauf|excepté|hormis|à\s+l'exception|à\s+moins|et\s+(?:ne|n')|uniquement|exclusivement)(?![\p{L}])/iu)[0];
  if (!part || /(?<![\p{L}])(?:pas|jamais|non)(?![\p{L}])/iu.test(part)) return null;
  // (nor a count's span, `qu'une fois au cours d'une hospitalisation du bénéficiaire`, nor a choice of places, `… qu'au
  // cabinet ainsi qu'au domicile`, `… hospitalisés ou ambulants`, `… dans un service de gériatrie ou à domicile`)
  if (/(?<![\p{L}])fois(?![\p{L}])/iu.test(part)) return null;
  if (IN_HOSPITAL.test(part)) return OUT_OF_HOSPITAL_TOO.test(part) ? null : 'hospitalised';
  if (AT_HOME.test(part) && !/h[ôo]pital|hospitali|cabinet|centre|polyclinique/iu.test(part)) return 'outsideHospital';
  return null;
}
