import { isDocumentationDuty, PRESCRIBED_ITEM } from './documentation.js';
import { ACT_COMPRISES, FEE_INCLUDES, FIXED_AS_FLAT_FEE, NOT_AIMED_AT, PART_OF_FEE, TOTAL_VALUE_CAPPED } from './fees-included.js';
import { ACT_NOUNS, HISTORY_BEFORE, LAB_MAXIMUM, ONE_SUCH, RAISED_LIMIT } from './frequency.js';
import { NOT_ACTS } from './quantity.js';
import { DELAY_CHANGED, RENEWAL_DELAY, RENEWAL_EVERY } from './renewal.js';
import { NUMBER_WORDS } from './periods.js';
import { ONLY_SUPPLEMENT } from './cumulation.js';
import { APPROVAL_AFTER_ASIDE, APPROVAL_ASKED, DECIDED_IN_CONSULTATION, GRANTED_BY, hyphenAdvisingPhysician, SUBMITTED_FOR_DECISION } from './approval.js';
import { PERFORMER_HEADING_RE, SPECIALISTS_COMPETENCE } from './qualification.js';
import { IN_A_CENTRE } from './setting.js';
import { accentTolerantSource } from '../../text/accents.js';

/**
 * A verb that makes a sentence about prestations a rule, or a limit that does
 * without one (`sont portées en compte à l'AMI une seule fois par …`,
 * `La prestation est octroyée au maximum 2 fois par an`). Accents are
 * optional: fixed-width tables of the annex (and older decrees) are printed
 * without them (`peuvent etre cumulees`, `est exigee`, `attestee au maximum`).
 */
export const NORMATIVE =
  /(?<!\w)ne\s+peu(?:t|vent)\b|(?<!\w)n'(?:est|sont)\b[^.]{0,300}?(?<!\w)qu(?:e\b|')|(?<!\w)peu(?:t|vent)\s+(?:\S+\s+)?[êe]tre\s+(?:attest[ée]|port[ée]|rembours|cumul|factur|honor[ée]|r[ée]p[ée]t[ée]|effectu[ée]|r[ée]alis[ée]|prescrit|renouvel)|(?<!\w)(?:sont|est)\s+(?:uniquement\s+|seulement\s+|exclusivement\s+|[ée]galement\s+|aussi\s+)?accessibles?(?![\p{L}])|(?<!(?<!\w)dont\s+(?:le|la|les|l')\s*\S+\s+)(?<!\w)(?:est|sont)(?:\s+[ée]galement)?\s+attest[ée]e?s?(?![\p{L}])|(?<!\w)requi[eè]r|(?<!\w)doi(?:t|vent)\b|(?<!\w)n'est\s+d(?:ûe?|ue)(?![\p{L}])|(?<!\w)(?:est|sont)\s+exig[ée]e?s?(?![\p{L}])|(?<!\w)cumul|(?<!\w)couvre(?:nt)?\b|(?<!\w)consid[ée]r[ée]e?s?\s+comme\s+(?:un\s+)?(?:forfait|montant\s+forfaitaire)|(?<!\w)(?:est|sont)(?:\s+[ée]galement)?\s+honor[ée]e?s?(?![\p{L}])|(?<!\w)n'entre(?:nt)?\s+en\s+ligne\s+de\s+compte|(?<!\w)(?:est|sont)\s+(?:exclusivement\s+|uniquement\s+|seulement\s+)?r[ée]serv[ée]e?s?(?![\p{L}])|(?<!\w)(?:est|sont)\s+conserv[ée]e?s?(?![\p{L}])|(?<!\w)n'est\s+pas\s+(?:applicable|autoris[ée]e?)|(?<!\w)(?:est|sont)\s+limit[ée]e?s?(?![\p{L}])|(?<!\w)ne\s+(?:sont|est)\s+(?:pas\s+)?rembours(?:ables?|[ée]e?s?)(?![\p{L}])|(?<!\w)(?:est|sont)\s+rembours[ée]e?s?(?![\p{L}])[^.]{0,80}?(?<!\w)au\s+maximum|(?<!\w)ne\s+(?:sont|est)\s+pas\s+cumulables?|(?<!\w)accord\s+(?:pr[ée]alable\s+)?du\s+(?:Coll[èe]ge|m[ée]decin-conseil)|(?<!\w)une\s+seule\s+fois\b|(?<!\w)peu(?:t|vent)\s+(?:toutefois\s+|[ée]galement\s+|aussi\s+|cependant\s+|n[ée]anmoins\s+|en\s+outre\s+)?(?:attester|porter\s+en\s+compte|facturer)(?![\p{L}])|(?<!\w)(?:est|sont)\s+habilitée?s?(?![\p{L}])|(?<!\w)(?:est|sont)\s+(?:consign|inscri|enregistr|transmi|envoy|adress|communiqu|joint)\p{L}*\s+(?:dans|au|aux|à)(?![\p{L}])|(?<!\w)au\s+maximum\s+\S+\s+(?:séances?|prestations?)(?![\p{L}])|(?<!\w)qu'une\s+fois\b|(?<!\w)(?:est|sont)\s+couverte?s?\s+par\b|(?<!\w)(?:attest|port[ée]e?s?\s+en\s+compte|prise?s?\s+en\s+compte|rembours|honor|factur|cumul)\p{L}*(?:\s+sous\s+(?:le\s+)?(?:num[ée]ro|code)\s+\d{6}(?:\s*-\s*\d{6})?)?\s+(?:qu'\s*)?à\s+(?:raison\s+de\s+)?\d+(?:,\d+)?\s*(?:%|p\.\s?c\.|pour\s?cent)|(?<!\w)maximum\s+(?:\S+\s+)?fois\b|(?<!\w)fois\s+au\s+maximum\b|(?<!\w)(?:n'ouvre(?:nt)?|ne\s+donne(?:nt)?)\s+pas\s+droit\b/iu;

/** approvalOf's `l'intervention de l'assurance est accordée par le médecin-conseil` (accents optional). */
const GRANTED_BY_RE = new RegExp(accentTolerantSource(GRANTED_BY), 'iu');
/** approvalOf's approval asked for, or allowed after an aside (`… peut, à la demande du kinésithérapeute, autoriser …`). */
const APPROVAL_ASKED_RE = new RegExp(`${accentTolerantSource(APPROVAL_ASKED)}|${accentTolerantSource(APPROVAL_AFTER_ASIDE)}`, 'iu');
/** approvalOf's `L'indication … est posée au cours d'une concertation multidisciplinaire` (accents optional). */
const DECIDED_IN_CONSULTATION_RE = new RegExp(accentTolerantSource(DECIDED_IN_CONSULTATION), 'iu');
const FIXED_AS_FLAT_FEE_RE = new RegExp(accentTolerantSource(FIXED_AS_FLAT_FEE), 'iu');

/**
 * More limits and relations that make a rule sentence, kept apart from NORMATIVE (every alternative costs a pass
 * over every sentence the prefilter lets through): `(Maximum 1)`, `plus d'une fois`, `Maximum 2 fois par an.`,
 * `l'assurance ne rembourse qu'une …`, `Seule une des prestations suivantes …`, `est incompatible avec`, `n'est
 * compatible ni avec`, `peut être seulement attestée`, `peut également attester`, `réalisée par un médecin
 * spécialiste`, `ne sont pas honorées`, `est remboursé par année civile`: each form behind a literal it holds.
 */
const MORE_FORMS: ReadonlyArray<readonly [hint: RegExp, form: RegExp]> = [
  // `… est remboursée à quatre-vingt-dix pour cent`: a percentage in words, any number (NORMATIVE reads it in digits)
  [/pour\s?cent|%|p\.\s?c\./iu, new RegExp(accentTolerantSource(String.raw`(?<!\w)(?:attest|port[ée]e?s?\s+en\s+compte|prise?s?\s+en\s+compte|rembours|honor|factur|cumul)\p{L}*\s+(?:qu'\s*)?à\s+(?:raison\s+de\s+)?${NUMBER_WORDS}\s*(?:%|p\.\s?c\.|pour\s?cent)`), 'iu')],
  [/maximum/iu, LAB_MAXIMUM],
  // a condition listed as an infinitive: `1. avoir été prescrites par un médecin spécialiste en …`
  [/prescrit/iu, new RegExp(accentTolerantSource(PRESCRIBED_ITEM), 'iu')],
  // `ne sont jamais attestables pour un bénéficiaire hospitalisé`, `ne donnent lieu à un remboursement que si …`
  [/attestable/iu, /(?<!\w)ne\s+(?:sont|est)\s+(?:pas|jamais)\s+attestables?(?![\p{L}])/iu],
  [/donne/iu, /(?<!\w)ne\s+donne(?:nt)?\s+lieu\s+(?:à|au)\s+(?:un\s+|une\s+|l')?(?:remboursement|intervention)(?![\p{L}])[^.;]{0,200}?(?<!\w)qu(?:e\b|')/iu],
  // `La prestation X est remboursable une fois tous les 3 ans`: a limit stated as what is billable
  [/fois/iu, /(?<!\w)(?:est|sont)\s+(?:remboursables?|attestables?|rembours[ée]e?s?|attest[ée]e?s?|honor[ée]e?s?)\s+(?:au\s+(?:maximum|plus)\s+)?(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:seule\s+)?fois\s+(?:par|tou(?:s|tes)\s+les|au\s+cours|sur|dans|pendant)(?![\p{L}])/iu],
  // `(max. 2 fois par an)`
  [/max/iu, /(?<!\w)max(?:\.|imun\b)?\s*\S+\s+fois\b/iu],
  // (`Deux fois par période de 12 mois au maximum.`, a line of its own)
  [/maximum|fois/iu, /(?<!\w)plus\s+d(?:'une|e\s+\S+)\s+fois\b|^\W*(?:au\s+)?maximum\s+\S+\s+(?:prestations?|séances?|seances?)\s+(?:(?:par|pendant|durant|sur|au\s+cours\s+(?:de|du|des))(?![\p{L}])|au\s+cours\s+d')|(?<!\w)fois\s+au\s+plus\b|^\W*\S+\s+fois\s+par\s+[^.;:]{1,40}?\s+au\s+(?:maximum|plus)\s*[.;]?\s*$|(?<!\w)maximum\s+\S+\s+[\p{L}-]+\s+par\s+(?:période|periode|année|annee|an|mois|semaine|jour|trimestre|semestre)\b/iu],
  [/rembourse/iu, /(?<!\w)ne\s+rembourse(?:nt)?\b[^.]{0,300}?(?<!\w)qu(?:e\b|')/iu],
  [/seul|uniquement/iu, /(?<![\p{L}])(?:seulement|uniquement|seule)\s+une\s+(?:des|de\s+ces)\s+(?:\p{L}+\s+)?prestations\b/iu],
  // `Seul un médecin spécialiste en … peut effectuer et attester les prestations …`
  [/seul/iu, /(?<![\p{L}])seule?s?\s+(?:le|la|les|l'|un|une)\s*[^.;]{0,120}?(?<!\w)peu(?:t|vent)\s+(?:\p{L}+\s+et\s+)?(?:attester|porter\s+(?:\S+\s+){0,2}?en\s+compte|facturer|effectuer|réaliser|pratiquer|exécuter|implanter|placer|poser)(?![\p{L}])/iu],
  [/compatib/iu, /(?<!\w)incompatibles?\s+avec\b|(?<!\w)n'(?:est|sont)\s+compatibles?\s+ni\s+avec\b/iu],
  [/seulement|uniquement|exclusivement|galement|aussi/iu, /(?<!\w)peu(?:t|vent)\s+(?:\S+\s+)?[êe]tre\s+(?:uniquement|seulement|exclusivement)\s+(?:attest|port[ée]|factur|rembours|effectu|r[ée]alis)|(?<!\w)peu(?:t|vent)\s+(?:(?:lui|eux)\s+)?(?:également|[ée]galement|aussi|uniquement|seulement)\s+(?:attester|porter\s+(?:\S+\s+){0,2}?en\s+compte|facturer)\b/iu],
  // `… n'est pas effectué le même jour qu'une séance …`, `… n'est pas attestable le jour où …` (`le cumul … n'est pas
  // autorisé` and `Aucun … n'est cumulable avec` need no form: NORMATIVE reads `cumul`)
  [/m[êe]me\s+jour|jour\s+o[ùu]/iu, /(?<!\w)n'(?:est|sont)\s+pas\s+(?:effectu|r[ée]alis)[ée]e?s?\s+le\s+m[êe]me\s+jour\s+qu|(?<!\w)n'(?:est|sont)\s+pas\s+attestables?\s+le\s+jour\s+o[ùu]/iu],
  // `La prestation … est également ouverte aux médecins spécialistes en neurologie`: who may bill it
  [/ouvert/iu, /(?<!\w)(?:est|sont)\s+(?:uniquement\s+|seulement\s+|exclusivement\s+|[ée]galement\s+|aussi\s+)?ouverte?s?\s+(?:aux?|[àa]\s+la|[àa]\s+l')\s*(?:(?:m[ée]decins?\s+)?sp[ée]cialistes?\s+(?:en|de)\s|praticiens?\s|dentistes?\s|kin[ée]sith[ée]rapeutes?\s|infirmi|logop[èe]des?\s|sages?-femmes?\s)/iu],
  // `La décision d'implanter est prise lors d'une concertation multidisciplinaire …`: an approval by it
  [/d[ée]cision/iu, /(?<!\w)d[ée]cision\s+(?:d(?:e\s+|')[\p{L}-]+\s+(?:[^.;]{0,60}?\s)?)?est\s+prise\s+(?:lors|au\s+cours)\s+d'une\s+(?:COM(?![\p{L}])|CM(?![\p{L}])|(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire)/iu],
  // `quarante-cinq prestations 567921, 567954 ou 567980 au plus sont remboursées …` (codes between the count and `au plus`),
  // `… sont attestables à raison de 30 au plus par situation pathologique`
  [/au\s+(?:plus|maximum)/iu, /(?<![\p{L}\d-])\S+\s+(?:prestations?|s[ée]ances?)(?:[\s,]+(?:\d{6}(?:\s*-\s*\d{6})?|ou|et))+\s+au\s+(?:plus|maximum)(?![\p{L}])|(?<![\p{L}])[àa]\s+raison\s+de\s+\S+\s+(?:[\p{L}-]+\s+)?au\s+(?:plus|maximum)(?![\p{L}])/iu],
  // `…, ce nombre est porté à cent cinquante`: the limit before, raised
  [/port[ée]/iu, RAISED_LIMIT],
  [/d[ée]lai/iu, DELAY_CHANGED],
  // `L'indication de la prestation X est posée au cours d'une concertation multidisciplinaire …`: an approval by it
  [/disciplinaire/iu, DECIDED_IN_CONSULTATION_RE],
  // `… peut toutefois être autorisé par le médecin-conseil, pour autant que …`: an approval stated as what may be allowed
  // (or granted: `Un renouvellement anticipé peut toutefois être accordé par le médecin-conseil`)
  // (not a deadline or a derogation granted, `Un délai supplémentaire … peut être accordé par le médecin-conseil`)
  [/autoris|accord/iu, /(?<!\w)peu(?:t|vent)\s+(?:\S+\s+)?[êe]tre\s+(?:pr[ée]alablement\s+)?autoris[ée]e?s?\s+par\s+le\s+(?:m[ée]decin[\s-]conseil|Coll[èe]ge)|(?<!(?:d[ée]lai|d[ée]rogation)\b[^.;]{0,60}?)(?<!\w)peu(?:t|vent)\s+(?:\S+\s+)?[êe]tre\s+accord[ée]e?s?\s+par\s+le\s+(?:m[ée]decin[\s-]conseil|Coll[èe]ge)/iu],
  // `L'intervention de l'assurance pour les prestations X est unique`; `… conditionné par le fait que durant la même année
  // civile aucun autre détartrage n'ait donné lieu à une intervention de l'assurance`: once (in that span)
  [/unique|n'ait/iu, /(?<!\w)intervention\s+de\s+l'assurance\s+(?:pour\s+[^.;]{1,160}?\s)?est\s+unique(?![\p{L}])|(?<!\w)m[êe]me\s+(?:ann[ée]e|trimestre|semestre|mois|semaine|jour)[^.;]{0,120}?(?<!\w)aucune?\s[^.;]{0,120}?n'ait\s+(?:donn[ée]\s+lieu|[ée]t[ée]\s+(?:attest|rembours|port))|(?<!\w)aucune?\s[^.;]{0,120}?n'ait\s+(?:donn[ée]\s+lieu|[ée]t[ée]\s+(?:attest|rembours|port))[^.;]{0,60}?m[êe]me\s+(?:ann[ée]e|trimestre|semestre|mois|semaine|jour)/iu],
  // `est attestable à deux reprises au plus par année civile`
  [/reprise/iu, /\b\S+\s+reprises\s+au\s+(?:plus|maximum)\b/iu],
  // `Pour ces cas, l'intervention de l'assurance est accordée par le médecin-conseil, sur demande …`: granted case by case
  // (approvalOf's form)
  [/accord/iu, GRANTED_BY_RE],
  // (`… le médecin-conseil peut, à la demande du kinésithérapeute, autoriser vingt séances …`, `… d'obtenir du médecin-conseil
  // l'autorisation d'attester …`)
  [/autoris|accord/iu, APPROVAL_ASKED_RE],
  // `… est subordonné à l'autorisation du médecin-conseil`; `Un seul moniteur … est remboursé par bénéficiaire et par …`
  [/subordonn/iu, /(?<!\w)subordonn[ée]e?s?\s+[àa]\s+(?:l'|un\s+|une\s+)?(?:autorisation|accord|approbation|avis)\b/iu],
  [/seul/iu, /(?<!\w)(?:un\s+seul|une\s+seule)\s+[^.;]{1,80}?(?<!\w)(?:est|sont)\s+(?:rembours|attest|port)[ée]e?s?\s+par\b/iu],
  // `… valent forfait pour …`; `… font partie intégrante de la prestation`
  [/forfait/iu, /(?<!\w)(?:vaut|valent)\s+forfait\b/iu],
  [/partie/iu, PART_OF_FEE],
  // `… ne sont en aucun cas attestées le même jour qu'une prestation …`
  [/aucun\s+cas/iu, /(?<!\w)ne\s+(?:sont|est)\s+en\s+aucun\s+cas\s+(?:attest|rembours|port[ée]|factur|cumul)/iu],
  // (`Les implants … sont placés (implantés) par un médecin spécialiste`: not a label's `cathéter placé par un médecin spécialiste`;
  // not `le diagnostic est posé par un médecin spécialiste`, a condition of an indication; not in a relative clause, `Suivi d'un
  // patient porteur d'un neurostimulateur qui est implanté par un médecin spécialiste …`, a label naming another act)
  [/cialiste/iu, /(?<!\w)(?:effectu|r[ée]alis|ex[ée]cut|pratiqu)[ée]e?s?(?:\s+et\s+(?:interpr[ée]t|effectu|r[ée]alis|ex[ée]cut|pratiqu|attest)[ée]e?s?)?\s+(?:par|sous\s+la\s+responsabilit[ée]\s+d')\s*(?:un|des|le|les)\s+(?:m[ée]decins?\s+)?sp[ée]cialistes?\b|(?<!\w)(?<!(?<!\w)qui\s+)(?:est|sont|soit|soient)\s+(?:plac|assur|implant)[ée]e?s?\s+par\s+(?:un|des|le|les)\s+(?:m[ée]decins?\s+)?sp[ée]cialistes?\b/iu],
  // `§ 3ter. Prestations réservées aux médecins spécialistes en … :`, a heading over the prestations it reserves
  [/r[ée]serv/iu, /(?<!\w)prestations\s+r[ée]serv[ée]es\s+aux\s+(?:m[ée]decins\s+)?sp[ée]cialistes\b/iu],
  // `§ 2bis Honoraires pour les médecins spécialistes en gynécologie-obstétrique :` (2003022340), the same heading
  [/honoraires\s+pour\s+les/iu, /^\W*(?:§\s*\d+\s*(?:bis|ter|quater)?\.?\s*)?honoraires\s+pour\s+les\s+m[ée]decins\s+sp[ée]cialistes\s+(?:en|de)\s[^.;:]{1,120}:\s*"?\s*$/iu],
  // `La prestation X ne vise pas l'enlèvement de tatouage`, `… n'est pas visée par la prestation X`: what a fee leaves out
  [/vis/iu, NOT_AIMED_AT],
  // `le bilan est réalisé par un logopède …`: who performs it, by profession
  [/ par /iu, /(?<!\w)(?:est|sont)\s+(?:effectu|r[ée]alis|ex[ée]cut|dispens)[ée]e?s?\s+par\s+(?:un|une|le|la|des|les|l')\s*(?:logop[èe]des?|kin[ée]sith[ée]rapeutes?|sages?-femmes?|accoucheuses?|infirmi(?:er|[èe]re)s?|bandagistes?|orthop[ée]distes?|audiciens?|opticiens?|pharmaciens?|psychologues?|di[ée]t[ée]ticien(?:ne)?s?|podologues?|ergoth[ée]rapeutes?|orthoptistes?)\b/iu],
  // `au maximum deux électrodes 614342 sont remboursées par intervention`: a code between the things and the verb (or devices
  // implanted, `au maximum deux dispositifs d'occlusion peuvent être implantés`) (`Au
  // maximum six unités de la prestation X sont portées en compte …`)
  [/maximum/iu, /(?<!\w)au\s+maximum\s+\S+\s+[\p{L}-]+(?:\s+(?:de\s+(?:la|ces|cette)\s+prestations?|d'\p{L}+|de\s+\p{L}+))?(?:\s+\d{6}(?:\s*-\s*\d{6})?)?\s+(?:sont|est|peu(?:t|vent)\s+[êe]tre)\s+(?:rembours|attest|port|implant[ée]|plac[ée])/iu],
  // `Par intervention, deux électrodes définitives au maximum peuvent faire l'objet d'une intervention …`
  // (with a verb of billing: not `Trois centres au plus sont désignés …`, `Les lésions de 2 cm au plus sont appelées …`)
  [/au plus|maximum/iu, /(?<![\p{L}])\S+\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+au\s+(?:plus|maximum)\s+(?:sont|est|peu(?:t|vent))\s+(?:\S+\s+){0,2}?(?:rembours|attest|port[ée]|factur|faire\s+l'objet\s+d'une\s+intervention)/iu],
  // `…, par jour, avec un maximum de 7 prestations`: a limit in a prestation's label, with no verb (or of acts of any noun over
  // a span of time, `avec un maximum de deux bilans par période de six mois`: acts, not patients nor kilometres)
  // (not a patient's history, HISTORY_BEFORE as the limit reader has it: `ayant bénéficié d'un maximum de 10 séances`)
  [/maximum/iu, new RegExp(String.raw`(?<!${HISTORY_BEFORE.source.replace(/\$$/u, '')})(?<!\w)un\s+maximum\s+de\s+\S+\s+(?:prestations?|s[ée]ances?|${ACT_NOUNS}\s+par\s+(?:p[ée]riode|ann[ée]e|an|mois|semaine|jour|trimestre|semestre))(?![\p{L}])`, 'iu')],
  // `Trois examens au plus par épisode`: a limit with no verb
  [/au plus|maximum/iu, /(?<![\p{L}])\S+\s+(?:examens?|prestations?|s[ée]ances?|consultations?|visites?)(?:[\s,]+(?:\d{6}(?:\s*-\s*\d{6})?|ou|et))*\s+au\s+(?:plus|maximum)\s+(?:(?:sont|est)\s+(?:remboursables?|attestables?)\s+)?par\b/iu],
  [/honor/iu, /(?<!\w)ne\s+(?:sont|est)\s+pas\s+honor[ée]e?s?(?![\p{L}])/iu],
  // `la demande est soumise, pour décision, au Collège des médecins-directeurs`: an approval case by case
  [/soumise?s?/iu, new RegExp(accentTolerantSource(SUBMITTED_FOR_DECISION), 'iu')],
  // `Son montant est forfaitaire`, `Ces honoraires constituent un forfait unique`: a flat fee, with no verb of billing
  [/forfait/iu, /(?<!\w)constitue(?:nt)?\s+(?:une?|des)\s+(?:honoraires?|montant|intervention)\s+forfaitaires?\b|(?<!\w)(?:est|sont)\s+forfaitaires?\b|(?<!\w)rev[êe]t(?:ent)?\s+un\s+caract[èe]re\s+forfaitaire\b|(?<!\w)(?:est|constitue(?:nt)?)\s+un\s+forfait\b|(?<!\w)a\s+le\s+caract[èe]re\s+d'un\s+forfait\b/iu],
  // `L'honoraire de délivrance rémunère la prise de mesures …`: what a fee covers
  [/r[ée]mun[èe]r/iu, /(?<!\w)(?:honoraires?|forfaits?)\b[^.;]{0,60}?(?<!\w)r[ée]mun[èe]ren?t?\b/iu],
  // `Le dossier est gardé pendant sept ans`; `l'indication est posée lors d'une concertation multidisciplinaire`; `Pas plus d'une prestation par épisode`
  [/gard/iu, /(?<!\w)(?:est|sont)\s+gard[ée]e?s?\s+(?:pendant|durant|dans|au)\b/iu],
  // `Le matériel … n'est pas compris dans les honoraires`; `ne peuvent pas s'ajouter à ceux de …`; `l'assurance n'intervient pas pour plus de …`, `intervient pour quatre envois au maximum par …`
  [/compris/iu, /(?<!\w)(?:n'|ne\s+)(?:est|sont)\s+pas\s+compris\b/iu],
  // `Aucune des prestations … ne donne lieu au supplément …`; `Le nombre de séances … ne dépasse pas …`
  [/suppl[ée]ment/iu, /(?<!\w)aucune?\s[^.;]{0,80}?(?<!\w)ne\s+donne(?:nt)?\s+lieu\s+(?:aux?|[àa]\s+(?:un|des))\s+suppl[ée]ments?\b/iu],
  [/d[ée]passe/iu, /(?<!\w)nombre\s+(?:total\s+|maximum\s+)?de\s+(?:s[ée]ances?|prestations?)\b[^.;]{0,160}?(?<!\w)ne\s+d[ée]passe\s+(?:pas|jamais)\b/iu],
  // `un intervalle d'au moins seize semaines doit être respecté`
  [/intervalle/iu, /(?<!\w)intervalle\s+(?:minimum\s+|minimal\s+)?(?:de|d'au\s+moins)\s+\S+\s+\S+\s+(?:doit\s+être\s+respect[ée]|est\s+requis|doit\s+s[ée]parer|s[ée]pare)/iu],
  [/ajouter/iu, /(?<!\w)ne\s+peu(?:t|vent)\s+(?:pas|jamais)\s+s'ajouter\b/iu],
  [/intervien/iu, /(?<!\w)n'intervien(?:t|nent)\s+pas\s+pour\s+plus\s+d|(?<!\w)n'intervien(?:t|nent)\s+qu(?:e\b|')|(?<!\w)intervien(?:t|nent)\s+pour\s+\S+\s+(?!(?:euros?|EUR|francs?|cents?|points?)(?![\p{L}]))[\p{L}-]+\s+au\s+(?:maximum|plus)\s+par\b/iu],
  // `La prestation X est réalisée au sein d'un centre multidisciplinaire …`: where, stated as a fact
  [/centre/iu, new RegExp(accentTolerantSource(IN_A_CENTRE), 'iu')],
  // `Ces prestations sont exclusivement réalisées dans …`
  [/exclusivement|uniquement|seulement/iu, /(?<!\w)(?:sont|est)\s+(?:exclusivement|uniquement|seulement)\s+(?:r[ée]alis|effectu|ex[ée]cut|dispens|pratiqu)[ée]e?s?(?![\p{L}])/iu],
  [/concertation|consultation|COM/iu, /(?<!\w)(?:pos[ée]e|d[ée]cid[ée]e|valid[ée]e)\s+lors\s+d'une\s+(?:COM\b|concertation|consultation)/iu],
  [/pas plus/iu, /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?pas\s+plus\s+d(?:'une?|e\s+\S+)\s+(?:prestations?|s[ée]ances?|examens?|consultations?)\s+par\b/iu],
  // `Une intervention de l'assurance pour la prestation X exclut, durant quatre ans, …`; `La prestation X exclut, au cours
  // d'une même période de douze mois, les prestations Y`
  [/exclu[te]/iu, /(?<!\w)intervention\s+de\s+l'assurance\s+(?:pour|dans)\s+[^.;]{0,80}?(?<!\w)exclut\b|(?<!\w)prestations?\s+(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*\d{6}(?:\s*-\s*\d{6})?)*\s+exclu(?:t|ent)\s*(?:,[^,;.]{1,120},\s*)?(?:(?:tout|le)\s+remboursement\s+(?:de\s+la\s+prestation|des\s+prestations|de\s+l'une\s+des\s+prestations)|les\s+prestations|la\s+prestation|\d{6})/iu],
  // `Les prestations suivantes nécessitent la qualification de … :` (as `… requièrent la qualification …`)
  [/n[ée]cessit/iu, /(?<!\w)prestations?\s+(?:suivantes?\s+|ci-après\s+|ci-dessous\s+)?(?:qui\s+)?n[ée]cessit\p{L}*\s+la\s+qualification\b/iu],
  // `Relèvent de la compétence des spécialistes en … les prestations suivantes :`
  [/comp[ée]tence/iu, new RegExp(accentTolerantSource(SPECIALISTS_COMPETENCE), 'iu')],
  [/agr[ée][ée]\s+comme/iu, PERFORMER_HEADING_RE],
  // `Pour chaque accord, maximum 75 séances individuelles … peuvent être demandées`: the most an approval covers
  [/demand/iu, /(?<!\w)maximum\s+(?:de\s+)?\S+\s+(?:prestations?|séances?|seances?)\b[^.;]{0,80}?(?<!\w)peu(?:t|vent)\s+(?:\S+\s+)?[êe]tre\s+demand[ée]e?s?/iu],
  // `Les honoraires … ne sont dus que pour des bénéficiaires hospitalisés`
  [/dus|d[uû]es/iu, /(?<!\w)ne\s+sont\s+d[uû]e?s\s+qu/iu],
  // `Lors d'une même séance, cette prestation ne peut pas être attestée avec les prestations …`
  [/avec/iu, /(?<!\w)ne\s+peu(?:t|vent)\s+(?:pas\s+(?:davantage\s+|non\s+plus\s+)?|jamais\s+)?[êe]tre\s+(?:attest[ée]e?s?|port[ée]e?s?\s+en\s+compte|factur[ée]e?s?)\s+(?:ensemble\s+)?avec\b/iu],
  // `Les prestations … ne sont attestables qu'à la condition que …`
  [/attestable/iu, /(?<!\w)ne\s+(?:sont|est)\s+(?:pas\s+)?attestables?(?![\p{L}])/iu],
  // `Cette prestation comporte …`, `L'examen comprend …`, `… est compris dans les honoraires de …`
  [/comprend|comprennent|comporte|compris|inclu/iu, FEE_INCLUDES],
  // `Seules les prestations X et Y peuvent, dans ce cadre, être attestées en supplément …`: only they, with the fee
  [/suppl[ée]ment/iu, ONLY_SUPPLEMENT],
  // `Le bilan comprend …`, `L'enregistrement comprend …`: what an act named by its noun includes
  [/comprend|comprennent|comporte|englob|inclu/iu, ACT_COMPRISES],
  // `Les prestations … englobent l'examen du côté opposé`
  [/englob/iu, /(?<!\w)(?:prestations?|honoraires?|examens?|forfaits?|intervention|elles?|ils?)\b[^.;]{0,120}?(?<!\w)(?:n')?englobe(?:nt)?\b/iu],
  // `Les prestations visées au a) ne donnent lieu à une intervention de l'assurance que chez …`: a restriction
  // `Le supplément X n'est pas dû lorsque le patient est hospitalisé`, `Aucune des prestations … n'est remboursable lorsque …`: not
  // paid in a case (not in a condition opening the sentence, nor the patient's share)
  [/lorsqu|si\s|quand/iu, /^(?!\W*(?:si|lorsque|lorsqu'|quand)(?![\p{L}]))(?![^.;]*?(?<![\p{L}])(?:intervention\s+personnelle|ticket\s+modérateur)(?![\p{L}]))[^]*?(?:(?<![\p{L}])(?:ne\s+|n')(?:sont|est)\s+(?:pas|jamais)\s+(?:d[ûu]e?s?|remboursables?|attestables?)\s+(?:lorsque|lorsqu'|si\s|quand\s)|(?<![\p{L}])aucune?\s[^.;]{0,80}?(?<![\p{L}])n'(?:est|sont)\s+(?:remboursables?|attestables?|d[ûu]e?s?)\s+(?:lorsque|lorsqu'|si\s|quand\s))/iu],
  [/lieu/iu, /(?<!\w)ne\s+donne(?:nt)?\s+lieu\s+[àa]\s+(?:une\s+|l')?(?:intervention|remboursement)\b[^.;]{0,200}?(?<!\w)qu(?:e\b|')|(?<!\w)ne\s+donne(?:nt)?\s+lieu\s+[àa]\s+aucune?\s+(?:honoraires?|remboursement|intervention)\b/iu],
  // `La prestation X n'est pas remboursée lorsque le bénéficiaire est hospitalisé`: a refusal
  [/n'(?:est|sont)\s+(?:pas|jamais)/iu, /(?<!\w)n'(?:est|sont)\s+(?:pas|jamais)\s+(?:rembours[ée]e?s?|attest[ée]e?s?|honor[ée]e?s?|port[ée]e?s?\s+en\s+compte)(?![\p{L}])/iu],
  // `le médecin-conseil peut autoriser des séances supplémentaires`, `… peut, à la demande du kinésithérapeute, donner
  // l'autorisation d'attester …` (2002023049): an approval stated as what he may do; `… reste
  // remboursable si le médecin-conseil a marqué son accord`, `Ce nombre peut être dépassé si …`, `… peuvent être accordées pour
  // autant que …`, `Le traitement peut être prolongé … si …`: as a condition of billing or of more (not `sans que le médecin-conseil ait
  // marqué son accord`, nor `Lorsque le médecin-conseil a donné son accord, il en informe …`, a procedure)
  [/autoris|accord/iu, /(?<!\w)m[ée]decin[\s-]conseil\s+peut\s+(?:\S+\s+)?(?:autoriser|accorder)\b|(?<!\w)m[ée]decin[\s-]conseil(?:\s+de\s+l'organisme\s+assureur)?\s+peut[,\s]+(?:\S+\s+){0,8}?donner\s+(?:l'autorisation|son\s+autorisation|une\s+autorisation|son\s+accord)\b|(?<!\w)(?:(?:rembours|attest|factur|d[ée]pass|accord[ée]|prolong|renouvel|poursui)\p{L}*|port[ée]e?s?\s+(?:en\s+compte|[àa]\s+\S+\s+(?:s[ée]ances?|prestations?|fois)))[^.;]{0,80}?(?<!\w)(?:si|pour\s+autant\s+qu[e']|[àa]\s+condition\s+qu[e'])\s*le\s+m[ée]decin[\s-]conseil(?:\s+de\s+l'organisme\s+assureur)?\s+(?:y\s+)?(?:a|ait|aura)\s+(?:pr[ée]alablement\s+)?(?:marqu[ée]|donn[ée])\s+son\s+accord\b/iu],
  // `Les prestations X et Y s'excluent mutuellement`; `n'est pas remboursée pendant les douze mois qui suivent la prestation X`
  [/excluent/iu, /(?<!\w)s'excluent\s+(?:mutuellement|l'une?\s+l'autre)\b/iu],
  [/suivent|pr[ée]c[èe]dent/iu, /(?<!\w)n'(?:est|sont)\s+pas\s+(?:rembours|attest)\p{L}*\s+(?:pendant|durant|dans)\s+les\s+\S+\s+\S+\s+qui\s+(?:suivent|pr[ée]c[èe]dent)\b/iu],
  // `un seul de ces deux numéros est attestable par jour`
  // (or one named by its noun: `Au cours d'une même journée, une seule consultation d'allaitement est remboursée`)
  [/seul/iu, ONE_SUCH],
  [/seul/iu, /(?<!\w)(?:un\s+seul|une\s+seule)\s+(?:de\s+ces|des)\b[^.;]{0,60}?(?<!\w)(?:est|peut\s+être)\s+(?:attestable|remboursable|attest[ée]e?|rembours[ée]e?|port[ée]e?\s+en\s+compte)(?![\p{L}])/iu],
  // `Les orthèses visées au § 1er, F., 4° ne sont délivrées que par un orthopédiste agréé …`: who alone may
  [/que\s+par/iu, /(?<!\w)(?:ne\s+|n')(?:est|sont)\s+(?:d[ée]livr|fourni|dispens|effectu|r[ée]alis|ex[ée]cut|pratiqu)\p{L}*\s+que\s+par\s(?!\s*voie\b)/iu],
  // `Le délai de renouvellement des orthèses … est de trois ans`: once in that span
  [/renouvellement/iu, RENEWAL_DELAY],
  // `Le renouvellement de la prestation X est autorisé tous les 3 ans` (not in a clause opened by a condition before it)
  [/renouvellement/iu, new RegExp(String.raw`^(?!(?:[^,;.]*?(?<![\p{L}])(?:(?:lorsque|si|quand|où)(?![\p{L}])|lorsqu'))[^,;.]*?renouvellement)[^]*?` + RENEWAL_EVERY.source, 'iu')],
  // `La valeur totale de plusieurs examens … est fixée forfaitairement à K 80`: a flat fee
  [/forfaitairement/iu, FIXED_AS_FLAT_FEE_RE],
  [/valeur/iu, new RegExp(accentTolerantSource(TOTAL_VALUE_CAPPED), 'iu')],
  // `les honoraires … sont réduits à 50 % de leur valeur`
  [/r[ée]dui|ramen|diminu/iu, /(?<!\w)(?:est|sont)\s+(?:r[ée]duite?s?|ramen[ée]e?s?|diminu[ée]e?s?)\s+[àa]\s+\S+\s*(?:%|p\.\s?c\.|pour\s?cent)/iu],
  // `La valeur de la prestation … est majorée de 25 %`
  [/major|augment/iu, /(?<!\w)(?:est|sont)\s+major[ée]e?s?\s+de\s+\S+\s*(?:%|p\.\s?c\.|pour\s?cent)|(?<!\w)(?:valeur|honoraires?|forfaits?|tarifs?|montant|coefficient|intervention|remboursement|prestations?)\b(?:(?!(?<!\w)(?:nombre|d[ée]lai|dur[ée]e|p[ée]riode)\b)[^.;]){0,100}?(?<!\w)(?:est|sont)\s+augment[ée]e?s?\s+de\s+\S+\s*(?:%|p\.\s?c\.|pour\s?cent)/iu],
  // `La consultation X englobe l'élaboration d'un schéma …`: what the fee covers, said of the prestation
  [/englob/iu, /(?:(?<![\d-])\d{6}(?:\s*-\s*\d{6})?|(?<!\w)(?:prestations?|consultations?|honoraires?|forfaits?))\s+englobe(?:nt)?\b/iu],
  // `Le nombre maximum de pièces remboursables est fixé à deux par membre et par période de 12 mois`
  // (of what is billed: not `Le nombre maximal de patients est fixé à 8 par kinésithérapeute`, a staff norm)
  [/nombre/iu, new RegExp(accentTolerantSource(String.raw`(?<!\w)nombre\s+(?:maximum|maximal|total)\s+d(?:e\s+|es\s+|')(?!${NOT_ACTS}(?![\p{L}]))[^.;]{0,120}?(?<!\w)est\s+fixé\s+à\s+\S+\s+par\b`), 'iu')],
  // `Les prestations … ne sont, à partir du 1er janvier 2020, accessibles qu'aux logopèdes`
  [/accessible/iu, /(?<!\w)(?:ne\s+|n')(?:est|sont)\b[^.;]{0,60}?(?<!\w)accessibles?\s+qu/iu],
  // `Les prestations X et Y sont remboursées uniquement dans les centres de référence agréés`
  [/uniquement/iu, /(?<!\w)(?:rembours|attest)[ée]e?s?\s+uniquement\s+dans\s+(?:les|des|un)\s+centres?\b/iu],
  // `Cette prestation n'est pas remboursable lorsque le bénéficiaire est hospitalisé`
  [/able/iu, /(?<!\w)n'(?:est|sont)\s+(?:pas|jamais)\s+(?:remboursables?|attestables?)(?![\p{L}])/iu],
  // `Les prestations … ne sont jamais remboursées pendant une hospitalisation …`
  [/jamais/iu, /(?<!\w)ne\s+(?:sont|est)\s+jamais\s+rembours(?:ables?|[ée]e?s?)(?![\p{L}])/iu],
  // `L'implantation est réalisée dans un hôpital disposant d'un service de neurochirurgie agréé`: where it must be done (or
  // `a lieu dans …`; or `est exécutée uniquement dans la section polyclinique d'un hôpital`, the only place)
  [/h[ôo]pital|hospitalier/iu, /(?<!\w)(?:(?:est|sont)\s+(?:effectu|r[ée]alis|pratiqu)[ée]e?s?|a\s+lieu|ont\s+lieu)\s+dans\s+un\s+(?:h[ôo]pital|[ée]tablissement\s+hospitalier)\s+(?:disposant|qui\s+dispose)\b|(?<!\w)(?:est|sont)\s+(?:effectu|r[ée]alis|pratiqu|ex[ée]cut|dispens)[ée]e?s?\s+(?:uniquement|exclusivement|seulement)\s+(?:dans|au\s+sein\s+d')[^.;]{0,100}?h[ôo]pital\b/iu],
  // `La prestation X ne comprend pas l'ablation …`, `Les honoraires n'incluent pas …`: what the fee leaves out, said of the
  // prestation (not `Le forfait X, qui ne comprend pas …`, `La présente liste ne comprend pas …`: descriptions)
  [/comprend|comprenn|inclu|englob/iu, /(?:(?<!\w)prestations?\s+(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?|(?<![\d-])\d{6}(?:\s*-\s*\d{6})?|(?<!\w)(?:cette|la|chaque)\s+prestation|(?<!\w)(?:honoraires?|forfaits?)(?:\s+(?!qui\b)\p{L}+)?)\s+(?:ne\s+|n')(?:comprend|comprennent|inclut|incluent|englobe(?:nt)?)\s+pas\b/iu],
  // `Le logopède n'atteste pas plus d'une séance X par jour`: a limit stated as what the provider does
  // (or by the insurance: `l'assurance ne rembourse pas plus de deux examens X et Y`)
  [/n'(?:atteste|facture|porte)|ne\s+rembourse/iu, /(?<!\w)(?:n'(?:atteste(?:nt)?|facture(?:nt)?|porte(?:nt)?\s+en\s+compte)|ne\s+rembourse(?:nt)?)\s+(?:pas|jamais)\s+plus\s+d(?:e\s+|')(?!\S+\s*(?:%|euros?|EUR|pour\s*cent|p\.\s?c\.))/iu],
  // `Les prestations X et Y sont remboursées à raison de trois séances par semaine au plus`: a rhythm that is a limit
  [/raison/iu, /(?<!\w)(?:rembours|attest)(?:[ée]e?s?|ables?)\s+à\s+raison\s+d(?:e\s+|')\s*(?:\S+\s+){1,3}?par\s+(?:jour|semaine|mois|an|année|p[ée]riode)(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])au\s+(?:plus|maximum)(?![\p{L}])/iu],
  // (`Une seule gouttière est autorisée par mâchoire et par période de cinq années civiles`)
  [/rembours|attest|autoris/iu, /(?<!\w)(?:rembours|attest|autoris)[ée]e?s?\s+par\s+(?:\p{L}+\s+et\s+par\s+)?(?:période|periode|année|annee|an|mois|semaine|jour|trimestre|semestre)\b/iu],
  // `Par période de 12 mois, au maximum deux manchons … (prestations X et Y) sont remboursés …`: a count of things, before
  // its verb (not `au maximum 10 % des honoraires`, a share)
  [/maximum/iu, /(?<!\w)au\s+maximum\s+(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante)\s+(?!%|p\.\s?c\.|pour\s?cent)\p{L}[^.;]{0,160}?(?<!\w)(?:est|sont)\s+(?:rembours|attest)(?:[ée]e?s?|ables?)(?![\p{L}])/iu],
  // `Emboîture d'essai transparente, une fois par période de 12 mois`: a count over a span of time, in a label too (not a
  // rhythm of care, `deux fois par jour`, `une fois par semaine`)
  // (not the rhythm of a part the label includes, `Forfait mensuel …, comprenant le contrôle de l'appareil, une fois par trimestre`)
  // (in a label or an item only, after its comma or in brackets, and with no verb: `Le plan de soins est évalué une fois par période de 6 mois` is a rhythm,
  // `… au moins une fois par année civile` a minimum)
  [/fois\s+par/iu, /^(?![^;]*(?<![\p{L}])(?:est|sont|peu(?:t|vent)|doi(?:t|vent)|sera|seront|a|ont)(?![\p{L}]))(?![^;]*(?<![\p{L}])(?:comprenant|y\s+compris|incluant|inclus|dont)(?![\p{L}])[^;]*fois\s+par)[^;]*?[,(]\s*(?:maximum\s+|au\s+maximum\s+)?(?:une|deux|trois|quatre|cinq|six|\d{1,2})\s+fois\s+par\s+(?:p[ée]riode|ann[ée]e\s+civile|an|trimestre|semestre)(?![\p{L}])/iu],
  // `Les prestations X et Y sont remboursées jusqu'à concurrence de neuf séances par période de douze mois`: a count of acts
  [/concurrence/iu, /(?<!\w)jusqu'[àa]\s+concurrence\s+de\s+(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante)\s+(?:prestations?|s[ée]ances?|bilans?|examens?|traitements?|consultations?|visites?|actes?)(?![\p{L}])/iu],
  // `… quatre agrafes X au maximum donnent lieu à remboursement`, `… quatre marqueurs au maximum peuvent être implantés …`,
  // `… le test X porte sur trois territoires nerveux au maximum`, `… sont portées en compte pour deux mutations au maximum`:
  // units of one act
  [/maximum|au\s+plus/iu, /(?<!\w)(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|huit|dix)\s+[\p{L}-]{3,}(?:\s+[\p{L}-]{3,}){0,2}?\s+(?:\d{6}(?:\s*-\s*\d{6})?\s+)?au\s+(?:maximum|plus)\s+(?:donnen?t\s+lieu\s+à\s+(?:un\s+)?remboursement|peu(?:t|vent)\s+être\s+(?:implantée?s?|placée?s?|posée?s?|utilisée?s?))|(?<!\w)porte(?:nt)?\s+(?:au\s+(?:maximum|plus)\s+)?sur\s+(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|huit|dix)\s+[\p{L}-]{3,}[^.;]{0,40}?(?<!\w)au\s+(?:maximum|plus)(?![\p{L}])|(?<!\w)porte(?:nt)?\s+au\s+(?:maximum|plus)\s+sur\s+(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|huit|dix)\s|(?<!\w)(?:portée?s?\s+en\s+compte|attestée?s?|remboursée?s?)\s+pour\s+(?:\d{1,3}|deux|trois|quatre|cinq|six|huit|dix)\s+[\p{L}-]{3,}\s+au\s+(?:maximum|plus)(?![\p{L}])/iu],
  // `Elle peut aussi, en l'absence de prescription du médecin spécialiste traitant, être portée en compte par …`: an aside
  // between the modal and its billing verb
  [/peu(?:t|vent)/iu, /(?<!\w)peu(?:t|vent)(?:\s+(?:aussi|également|[ée]galement|toutefois|cependant|néanmoins|uniquement|seulement|en\s+outre))?\s*,(?:[^;.]{1,120}?),\s*[êe]tre\s+(?:attest|port[ée]|factur|rembours|effectu|r[ée]alis|prescrit|renouvel)/iu],
  // `Seul le médecin spécialiste en neurochirurgie … peut implanter les dispositifs …`, `Seul un bandagiste titulaire de … peut
  // délivrer ces prothèses`: who alone may perform the act
  // (after an opening, `Par dérogation, seul un bandagiste agréé peut délivrer …`; not an object relative clause's verb, `Seules
  // les prothèses que le bandagiste peut délivrer … sont visées`, nor who prescribes; `Seul un orthopédiste agréé qui dispose de …
  // peut délivrer …` is one)
  [/seul/iu, /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:[^,;:.]{1,40},\s*)?seule?s?\s+(?:le|la|les|l'|un|une|des)\s*(?:(?!(?<![\p{L}])(?:que|dont)(?![\p{L}])|(?<![\p{L}])qu')[^.;]){1,200}?(?<!\w)peu(?:t|vent)\s+(?:\S+\s+){0,2}?(?:attester|effectuer|réaliser|pratiquer|implanter|placer|délivrer|fournir|porter\s+en\s+compte|facturer|exécuter|poser|administrer)(?![\p{L}])/iu],
  // `La prestation X ne donne lieu à une nouvelle intervention de l'assurance qu'au terme d'un délai de quatre ans …`, `Un nouveau
  // remboursement … n'est pas accordé avant l'expiration d'un délai de trois ans`: a renewal barred for a span
  [/d[ée]lai/iu, new RegExp(accentTolerantSource(String.raw`(?<!\w)(?:ne(?![\p{L}])|n')[^.;]{0,120}?(?:qu'(?:au\s+terme|à\s+l'expiration|à\s+l'issue|après(?:\s+l'expiration)?)|(?:pas|jamais)\s+(?:\S+\s+){0,3}?avant\s+(?:l'expiration|l'issue|la\s+fin|le\s+terme))\s+d'un\s+délai\s+(?:(?:minimum|minimal|d'au\s+moins)\s+)?(?:de\s+)?\S+\s+(?:ans?|années?|mois|jours|semaines)(?![\p{L}])`), 'iu')],
];

/** Every NORMATIVE_MORE form in one pattern (for tests: isNormative must decide as it does). */
export const NORMATIVE_MORE = new RegExp(MORE_FORMS.map(([, form]) => form.source).join('|'), 'iu');

/**
 * One literal of every NORMATIVE alternative, same flags: a sentence without
 * any cannot match, and this test is about ten times cheaper than NORMATIVE
 * (whose `n'est … que` alternative scans to the sentence's end from every
 * `n'est`). Keep in step with NORMATIVE.
 */
const NORMATIVE_HINT = /peu|n'|accessible|attest|requi|n[ée]cessit|doi|exig|cumul|couvre|consid[ée]r|honor|r[ée]serv|conserv|limit|rembours|accord|fois|droit|compte|factur|couvert|maximum|consign|inscri|enregistr|transmi|envoy|adress|communiqu|joint|habilit/iu;

/** A rule sentence: a normative verb or limit, or a documentation duty stated as a fact (`… figure dans le dossier`). */
export function isNormative(raw: string): boolean {
  let verdict = verdicts.get(raw);
  if (verdict === undefined) {
    if (verdicts.size >= VERDICTS_KEPT) verdicts.clear();
    verdicts.set(raw, (verdict = normativeOnce(raw)));
  }
  return verdict;
}

/**
 * The verdicts on recent sentences (a verdict depends on the words only): a decree repeats its rule sentences
 * (`Ces prestations ne sont pas cumulables entre elles.` under each group), and the readers ask again of the same
 * words (762 of the corpus's 6,285 questions), each time the ninety patterns of NORMATIVE and MORE_FORMS.
 */
const verdicts = new Map<string, boolean>();
const VERDICTS_KEPT = 1024;

function normativeOnce(raw: string): boolean {
  const s = hyphenAdvisingPhysician(raw);
  return (NORMATIVE_HINT.test(s) && NORMATIVE.test(s)) || MORE_FORMS.some(([hint, form]) => hint.test(s) && form.test(s)) || isDocumentationDuty(s);
}
