import type { Rule } from '../../schema/rules.js';
import { accentTolerant, accentTolerantSource } from '../../text/accents.js';
import { EXCEPTED_BY_LABEL } from './refs.js';
import { PRESCRIBER } from './qualification.js';

/**
 * Documentation duties: a report, a record, a prescription to write, keep,
 * send or show. The annex mostly states them as facts (`… figure dans le
 * dossier`, `Un rapport est rédigé et signé`), each naming a document or a
 * record, which is what keeps `Le diagnostic est établi par …` or a device put
 * at a patient's disposal out.
 */

// patterns with accents read the words with or without them (tables print `conservee`, `etre`)
const ci = accentTolerant('iu');

/** A provider writing into a file: `note`, `consigne`, `inscrit`, `enregistre` … `dans le dossier` (the protocol, the register, the patient's booklet, `carnet de grossesse`). */
export const WRITES_INTO_FILE = String.raw`\b(?:note|notent|consigne|consignent|inscrit|inscrivent|enregistre|enregistrent|mentionne|mentionnent|motive|motivent|justifie|justifient|noter|consigner|inscrire|enregistrer|mentionner|motiver|justifier)\s+(?:\S+\s+){0,16}?dans\s+(?:le|son|leur|un|ce)\s+(?:dossier|protocole(?!\s+d'accord)|registre|carnet)|\b(?:conserve|conservent|garde|gardent|colle|collent|classe|classent|archive|archivent)\s+(?:\S+\s+){0,10}?dans\s+(?:le|son|leur|un|ce)\s+dossier`;

/** A provider writing onto a document: `Le médecin prescripteur mentionne le stade … sur la prescription`, `précise sur sa prescription …` (or has, in a condition: `… que si le médecin prescripteur a mentionné sur la prescription …`). */
const WRITES_ON = String.raw`(?<!(?:conseil|assureur|Collège|organisme|mutualité)\s+)\b(?:mentionne|mentionnent|indique|indiquent|précise|précisent|note|notent|inscrit|inscrivent|(?:a|ont)\s+(?:mentionné|indiqué|précisé|noté|inscrit))\s+(?:\S+\s+){0,8}?(?:sur|dans)\s+(?:la|le|l'|sa|son)\s*(?:prescription|demande|attestation|formulaire|protocole(?!\s+d'accord)|rapport)(?![\p{L}])`;

/** Paid only on a prescription: `que sur prescription d'un médecin`, `que s'il a été prescrit par …` (the readers' documentation). */
/** A condition item in the infinitive: `1. avoir été prescrites par un médecin spécialiste en …`, `a) être prescrite par le médecin traitant` (a regex source). */
export const PRESCRIBED_ITEM = String.raw`^[\s"'«(*-]*(?:[\p{L}\d°]{1,3}[.)]\s*|\d{1,2}°\s*)?(?:avoir\s+été|être)\s+(?:préalablement\s+)?prescrite?s?\s+(?:au\s+(?:patient|bénéficiaire)\s+|par\s+écrit\s+)?(?:uniquement\s+|seulement\s+|exclusivement\s+)?par\s+${PRESCRIBER}`;

// (or asked for or prescribed by a physician, right after who alone performs it, which is the same referral: `… ne peut être
// effectuée et attestée que par un médecin spécialiste en médecine nucléaire, à la demande d'un médecin spécialiste en neurologie
// …`; not a treatment `indiquée à la demande d'un médecin`, a decision on the indication, nor who else may, `…, y compris
// lorsqu'elle est effectuée à la demande d'un médecin généraliste`, nor the advising physician's request, `du médecin-conseil`)
const PRESCRIBED = ci`\bque\s+sur\s+(?:la\s+|une\s+)?prescription\b|\bque\s+par\s[^.;,]{1,100}?,\s*(?:(?:à\s+la|sur)\s+demande|sur\s+(?:la\s+)?prescription)\s+(?:écrite\s+(?:et\s+motivée\s+)?|motivée\s+)?(?:d'un|du|des)\s+(?:médecins?|prescripteurs?)(?![\p{L}-])|\bque\s+si\s+(?:celles?|ceux|celui)-ci\s+(?:(?:a|ont)\s+été|est|sont)\s+prescrite?s?\b|\bque\s+s'(?:il|elle|ils|elles)\s+(?:(?:a|ont)\s+été|est|sont)\s+prescrite?s?\b|\bque\s+si\s+(?:il|elle|ils|elles)\s+(?:est|sont|a\s+été|ont\s+été)\s+(?:prescrite?s?|demandée?s?\s+par\s+un\s+médecin)\b`;

/** Something a provider writes or keeps: a retention duty is documentation only about one of these. */
// (a recording kept is a record too: `L'enregistrement est conservé avec son analyse …`, the tracings, the images)
const DOCUMENT = ci`(?<![\p{L}])(?:enregistrements?|tracés?|images?|conclusions?|protocoles?|prescriptions?|rapports?|documents?|formulaires?|attestations?|résultats?|dossiers?|radiographies?|comptes?\s+rendus?|consentements?|demandes?|motivations?|données|dates?|check-lists?|listes?|relevés?|copies?|doubles?|notes?|renvois?)(?![\p{L}])`;

/** Where a document is written or kept (not `par rapport à`, not a `protocole d'accord` between parties). */
// (`… est inscrite dans les deux dossiers`)
const RECORD_DETERMINERS = String.raw`(?:le\s+|la\s+|l'|un\s+|une\s+|du\s+|son\s+|sa\s+|leur\s+|ce\s+|cette\s+|même\s+|chaque\s+|toute?\s+|les\s+|ces\s+|leurs\s+|ses\s+|deux\s+)*`;
/** The records a document is kept in (RECORD less the forms that go with a claim: attestation, prescription, request). */
const KEPT_RECORDS = String.raw`dossier|protocole(?!\s+d'accord)|registre|carnet|(?<!par\s)rapport|compte\s+rendu`;
const RECORD = String.raw`${RECORD_DETERMINERS}(?:${KEPT_RECORDS}|attestation|prescription|demande|formulaire)`;

/** A document a sentence may put at someone's disposal. */
const SHOWN = String.raw`(?:dossiers?|rapports?|comptes?\s+rendus?|protocoles?|résultats?|données|documents?|listes?|copies?|doubles?|prescriptions?|formulaires?|motivations?)`;

/** A prestation excepted by its quoted label: `sauf la prestation " rapport écrit "` (refs.ts). */
const EXCEPTED = new RegExp(EXCEPTED_BY_LABEL, 'giu');

/** The forms of DOCUMENTATION_DUTY, each named for what it reads. */
const DUTY_FORMS: Record<string, string> = {
  // `figure(nt) dans le dossier`, `apparaît sur l'attestation de soins`
  appears: String.raw`\b(?:figurer|figurent|figure(?:\(nt\))?|appara[îi]tre|appara[îi]t|apparaissent|(?:doi(?:t|vent)|peu(?:t|vent))\s+se\s+trouver|se\s+trouve(?:nt)?)(?![\p{L}])\s+(?:\S+\s+){0,2}?(?:dans|sur|au|à)\s+${RECORD}`,
  // `est conservée par le médecin généraliste dans le dossier`, `sont ajoutés au dossier`, `doivent être joints à la demande`
  // (`est rédigée par écrit et jointe au dossier`)
  // (`… est contresigné par le médecin prescripteur et conservé dans le dossier`: a first participle with its agent)
  // (`le rapport de l'observation est tenu dans le dossier du patient`, `… sont consignés, au moins deux fois par jour, dans le
  // dossier`)
  keptIn: String.raw`(?<![\p{L}])(?:est|sont|être|soit|soient)\s+(?:\p{L}+\s+)?(?:(?:par\s+écrit|\p{L}+(?:\s+par\s+[^.;:,]{1,60}?)?)\s+et\s+)?(?:reprise?s?|reproduite?s?|ajoutée?s?|insérée?s?|annexée?s?|jointe?s?|joints|versée?s?|motivée?s?|justifiée?s?|conservée?s?|gardée?s?|archivée?s?|documentée?s?|mentionnée?s?|consignée?s?|inscrite?s?|enregistrée?s?|notée?s?|classée?s?|apposée?s?|collée?s?|tenue?s?)(?:\s*,[^,.;:]{1,60},)?\s+(?:par\s+[^.;:]{1,80}?\s+)?(?:dans|sur|au|aux|à|en)\s+(?!la\s+demande\s+(?:du|des|de\s+(?:la|l'|son|sa|leur))(?![\p{L}]))${RECORD}`,
  // `La reconstruction doit être décrite dans le protocole opératoire`, `les raisons qui la justifient sont exposées dans le rapport`:
  // a duty, or reasons set out, or what the patient's file describes (not a fee, a device or a technique that a document describes)
  describedIn: String.raw`(?<![\p{L}])doi(?:t|vent)\s+être\s+(?:décrite?s?|exposée?s?|détaillée?s?)\s+(?:dans|au)\s+${RECORD}|(?<![\p{L}])(?:raisons?|motifs?|justifications?)(?![\p{L}])[^.;:]{0,80}?(?<![\p{L}])(?:est|sont)\s+(?:exposée?s?|décrite?s?|détaillée?s?)\s+(?:dans|au)\s+${RECORD}|(?<![\p{L}])(?:est|sont)\s+(?:exposée?s?|décrite?s?|détaillée?s?)\s+(?:dans\s+le|au)\s+dossier(?![\p{L}])`,
  // `Les résultats de ces analyses sont intégrés au rapport d'anatomie pathologique`: a document of the act, into a record (not
  // a patient `intégré dans un protocole de rééducation`, nor a fee `intégré dans l'attestation de soins`)
  integrated: String.raw`(?<![\p{L}])(?:résultats?|conclusions?|comptes?\s+rendus?|rapports?|protocoles?|données|tracés?|images?|enregistrements?|mesures?|valeurs?)(?:\s+(?:de|des|du|d')\s*[^.;:,]{1,60}?)?,?\s+(?:est|sont|doi(?:t|vent)\s+être)\s+intégrée?s?\s+(?:dans|au|aux|à|en)\s+${RECORD_DETERMINERS}(?:${KEPT_RECORDS})`,
  // `à la prescription est toujours joint le résultat …`, `A la demande est annexée une prescription`
  joinedTo: String.raw`(?<![\p{L}])(?:à|au)\s+(?:la\s+|le\s+|l')?(?:prescription|demande|dossier|rapport|attestation|formulaire)\s+(?:d(?:e\s+|')\p{L}+\s+)?(?:est|sont)\s+(?:\p{L}+\s+)?(?:jointe?s?|joints|annexée?s?)(?![\p{L}])`,
  // `doit garder en son dossier médical`
  keepInFile: String.raw`\b(?:garder|conserver|consigner|inscrire|noter)\s+(?:\S+\s+){0,2}?(?:en|dans)\s+(?:son|le|leur|un|ce)\s+dossier`,
  // `le médecin généraliste tient à jour toutes les informations`
  keptUpToDate: String.raw`\btien(?:t|nent)\s+(?:\S+\s+){0,2}?à\s+jour`,
  // `Un rapport écrit … est mis à disposition du médecin référent`, `Cette liste doit être tenue à la disposition du Service …`
  // (a document, not the premises or a device)
  madeAvailable: String.raw`(?<![\p{L}])${SHOWN}\b[^.;:]{0,120}?\b(?:est|sont|doi(?:t|vent)\s+être)\s+(?:\p{L}+\s+)?(?:mise?s?|tenue?s?)\s+à\s+(?:la\s+)?disposition\s+(?:\S+\s+){0,2}?(?:du|des|de\s+la|de\s+l')\s*(?:médecin|Collège|Service|dentiste|pharmacien|prescripteur|organisme)`,
  // `Le médecin … tient à la disposition du médecin-conseil, dans le dossier, …`
  holdsAvailable: String.raw`\btien(?:t|nent)\s+(?:\p{L}+\s+){0,2}?à\s+la\s+disposition\s+(?:du|des)\s+(?:médecins?[\s-]conseils?|Collège)`,
  // `Le médecin référent met en outre à disposition le dossier médical`
  putsAvailable: String.raw`\bmet(?:tent)?\s+(?:\p{L}+\s+){0,2}?à\s+(?:la\s+)?disposition\s+(?:(?:du|des|de\s+la|de\s+l')\s*\S+\s+)?(?:le|la|les|son|sa|ses|leur|leurs|un|une)\s+${SHOWN}`,
  // `fait l'objet d'une note datée`
  // (`Toute intervention du gériatre donne lieu à une note datée dans …`)
  // (`Elle doit faire l'objet d'une prescription distincte`: not barred, `… ne peuvent pas faire l'objet d'une prescription séparée`,
  // nor the acts described so, `Les séances faisant l'objet d'une prescription …`)
  recorded: String.raw`(?<![\p{L}])(?:fai(?:t|sant)\s+l'objet\s+d'une?|donne(?:nt)?\s+lieu\s+à\s+(?:un|une))\s+(?:\p{L}+\s+)?(?:enregistrement|note|rapport|protocole|compte\s+rendu|notification)(?![\p{L}])|(?<!(?<![\p{L}])(?:ne|n')\s*(?:\p{L}+\s+){0,2})(?<![\p{L}])(?:fait|faire|font)\s+l'objet\s+d'une\s+(?:\p{L}+\s+)?prescription(?![\p{L}])`,
  // `La demande est accompagnée d'un rapport médical circonstancié` (`… d'une motivation circonstanciée du médecin`)
  // (`La demande, accompagnée d'un rapport du chirurgien, est introduite …`, `Elle est accompagnée du rapport du bilan …`, `… des
  // clichés radiographiques qui …`)
  accompanied: String.raw`(?:(?<![\p{L}])(?:demandes?|prescriptions?|formulaires?)(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?:est|sont|doit\s+être|doivent\s+être)\s+|(?<![\p{L}])(?:demandes?|prescriptions?|formulaires?)\s*,\s*|^\W*(?:elle|il|elles|ils)\s+(?:est|sont|doit\s+être|doivent\s+être)\s+)(?:toujours\s+|également\s+|obligatoirement\s+)?accompagnée?s?\s+(?:de\s+(?:la|l')|du|des|d'une?)\s*(?:\p{L}+\s+){0,2}?(?:rapports?|prescriptions?|protocoles?|résultats?|copies?|documents?|formulaires?|attestations?|avis|comptes?\s+rendus?|motivations?|justifications?|clichés|radiographies|tracés)(?![\p{L}])`,
  // `exige une nouvelle prescription`, `est subordonné à la fourniture préalable d'une nouvelle prescription`
  // (`est subordonné à l'enregistrement des données d'implantation dans le registre`)
  requires: String.raw`\b(?:exige(?:nt)?|suppose(?:nt)?|subordonnée?s?\s+à|précédée?s?\s+d'une)\s+(?:\S+\s+){0,4}?(?:prescription|(?<!par\s)rapport|protocole|demande\s+écrite|(?:l')?enregistrement\s+(?:des\s+|de\s+)?(?:données|formulaires?|informations?))`,
  // `n'est remboursée qu'après réception par le médecin-conseil d'un rapport motivé`
  receivedFirst: String.raw`\bqu'après\s+(?:la\s+)?(?:réception|transmission|envoi|remise)\s+[^.;]{0,60}?\b(?:rapport|protocole|demande|prescription|formulaire|dossier)`,
  // `sont seulement attestables après renvoi`, `attestables uniquement sur prescription`
  onlyOn: String.raw`\b(?:uniquement|seulement|exclusivement)\s+(?:attestables?\s+)?(?:sur|après)\s+(?:\p{L}+\s+)?(?:prescription|renvoi)|\battestables?\s+(?:uniquement|seulement|exclusivement)?\s*(?:sur|après)\s+(?:\p{L}+\s+)?(?:prescription|renvoi)`,
  // `qu'elle soit réalisée sur prescription d'un prescripteur compétent`
  // (or billed so, the prescription a clause of its own: `Ces prestations sont remboursées …, sur prescription d'un médecin spécialiste en …`)
  doneOn: String.raw`\b(?:réalisée?s?|effectuée?s?|fournie?s?|délivrée?s?|exécutée?s?)\s+sur\s+(?:la\s+|une\s+)?prescription|\b(?:remboursée?s?|attestée?s?|portée?s?\s+en\s+compte)\b[^.;]{0,120}?,\s*sur\s+(?:la\s+|une\s+)?prescription\s+(?:écrite\s+)?(?:d'un|du)\s+(?:médecin|spécialiste|dentiste)`,
  // `Le motif … est indiqué par l'accoucheuse sur l'attestation de soins` (onto or into a document: not a treatment `indiquée à la
  // demande d'un médecin`)
  writtenOn: String.raw`(?<![\p{L}])(?:est|sont|être|soit|soient)\s+(?:indiquée?s?|précisée?s?)\s+(?:par\s+[^.;:]{1,80}?\s+)?(?:sur|dans)\s+(?:la|le|l'|sa|son|leur)\s*(?:prescription|attestation|formulaire|dossier|rapport|protocole|registre)(?![\p{L}])`,
  // `Pour cette prestation une prescription d'un médecin est requise` (not `n'est pas requise`; an approval that is
  // required is priorApproval's)
  requiredDocument: String.raw`(?<![\p{L}])(?<!par\s)(?:prescriptions?|rapports?|protocoles?|formulaires?|attestations?|demandes?\s+écrites?)(?![\p{L}])(?:(?!\b(?:dont|qui|que|ni|accord|autorisation|qualification|intervalle|délai|avis)\b)[^.;:,]){0,60}?(?<![\p{L}'])(?<!\bne\s)(?:est|sont)\s+(?:toujours\s+|également\s+|obligatoirement\s+|en\s+outre\s+)?requise?s?(?![\p{L}])`,
  // `Un rapport est rédigé et signé par chaque participant`
  drawnUp: String.raw`\b(?:rapport|protocole|compte\s+rendu|dossier|prescription|demande|formulaire)\b[^.;:]{0,100}?(?<![\p{L}])(?:est|sont|doit\s+être|doivent\s+être)\s+(?:rédigée?s?|établie?s?|signée?s?|datée?s?|complétée?s?)(?![\p{L}])`,
  // `Le praticien de l'art infirmier conserve dans le dossier infirmier la prescription`
  providerWrites: WRITES_INTO_FILE,
  // `Le prothésiste conserve une copie de la prescription, du devis et de l'approbation pendant cinq ans`
  // (`L'hôpital garde une copie de chaque relevé … pendant au moins dix ans`, `le radiologue archive les demandes … durant trois ans`)
  keepsFor: String.raw`\b(?:conserve|conservent|garde|gardent|archive|archivent)\s+(?:une\s+copie\s+(?:de\s+la|du|des|de\s+l'|de\s+chaque)\s*|(?:la|le|les|l'|cette|ces|ce)\s*)(?:prescriptions?|rapports?|protocoles?|devis|demandes?|attestations?|dossiers?|résultats?|relevés?|formulaires?)(?![\p{L}])[^.;]{0,120}?\b(?:pendant|durant)\s+(?:(?:une\s+période|un\s+délai)\s+(?:minimale?\s+|minimum\s+)?de\s+)?(?:\S+\s+){0,3}(?:ans|années|mois)(?![\p{L}])`,
  // `L'orthopédiste conserve la prescription avec la fiche de mesure`, `Le laboratoire conserve ce résultat avec le protocole`
  // (a document of the act kept, wherever and however long)
  keepsDocument: String.raw`(?<!(?:bénéficiaire|patiente?|assurée?)\s+)\b(?:conserve|conservent|garde|gardent|archive|archivent)\s+(?:la|le|les|l'|ce|cet|cette|ces|une\s+copie\s+(?:de\s+la|du|des|de\s+l'|de\s+chaque))\s*(?:prescriptions?|rapports?|protocoles?|résultats?|demandes?|attestations?|formulaires?|tracés?|enregistrements?|relevés?|devis|fiches?)(?![\p{L}])`,
  // `Dans ce cas, le rapport écrit accompagne l'enfant lors du transfert` (a document that goes with the patient)
  goesWithPatient: String.raw`^\W*(?:[^,.;:]{1,60},\s*)?(?:le|la|les|l'|un|une|ce|cette|ces|une\s+copie\s+(?:du|de\s+la|de\s+l'|des))\s*(?:rapports?|dossiers?|documents?|prescriptions?|copies?|comptes?\s+rendus?|résultats?|lettres?)(?:\s+(?!qui\b|que\b|dont\b)[\p{L}'-]+){0,3}?\s+accompagne(?:nt)?\s+(?:le|la|l')\s*(?:patiente?|bénéficiaire|enfant|malade)(?![\p{L}])`,
  // `Le médecin conserve pendant cinq ans les prescriptions …`
  keepsForBefore: String.raw`\b(?:conserve|conservent|garde|gardent)\s+(?:pendant|durant)\s+(?:\S+\s+){1,2}?(?:ans|années|mois)\s+(?:la|le|les|l'|une\s+copie\s+de\s+(?:la|le|les|l'))\s*(?:prescriptions?|rapports?|protocoles?|demandes?|dossiers?|résultats?)(?![\p{L}])`,
  // `Le laboratoire tient un registre …`, `la sage-femme tient un dossier de la bénéficiaire`
  keepsRecord: String.raw`\btien(?:t|nent)\s+(?:pour\s+chaque\s+[\p{L}-]+\s+|à\s+jour\s+)?(?:un|le|son|leur|ce)\s+(?:registre|dossier|relevé)(?![\p{L}])`,
  // `… ne sont honorées que si le laboratoire transmet le résultat au médecin prescripteur`
  sendsDocument: String.raw`(?<![\p{L}])(?:transmet|transmettent|envoie|envoient|communique|communiquent|adresse|adressent)\s+(?:\S+\s+){0,3}?(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|ce|cette|ces)\s*(?:rapports?|résultats?|protocoles?|copies?|comptes?\s+rendus?|prescriptions?|motivations?|justifications?|avis\s+écrits?)(?![\p{L}])\s+(?:\S+\s+){0,5}?(?:au|aux|à\s+l'|à\s+la)\s*(?:médecins?|Collège|organisme|prescripteur)`,
  // `Les conclusions du bilan sont communiquées par écrit au prescripteur …`: a document of the act sent to a physician
  sentToPhysician: String.raw`(?<![\p{L}])(?:rapports?|résultats?|conclusions?|comptes?\s+rendus?|protocoles?|copies?)(?![\p{L}])[^.;:]{0,80}?(?<![\p{L}])(?:est|sont|doi(?:t|vent)\s+être)\s+(?:\p{L}+\s+)?(?:transmise?s?|envoyée?s?|adressée?s?|communiquée?s?)\s+(?:par\s+écrit\s+)?(?:au|aux)\s+(?:médecins?|prescripteurs?)(?![\p{L}])`,
  // `La lettre d'invitation est alors conservée avec le protocole`
  keptWith: String.raw`(?<![\p{L}])(?:est|sont|doi(?:t|vent)\s+être)\s+(?:\p{L}+\s+)?(?:conservée?s?|gardée?s?|archivée?s?)\s+avec\s+(?:le|la|les|l')\s*(?:protocoles?|rapports?|dossiers?|prescriptions?|résultats?)(?![\p{L}])`,
  // `Le laboratoire adresse au médecin prescripteur, pour chacune des prestations, un rapport …`: the recipient first
  // (`Le médecin implanteur adresse à cet effet au Collège un dossier contenant …`)
  // (`… transmet chaque année, avant le 1er avril, au Conseil technique médical, un relevé …`: a time between commas first)
  sendsTo: String.raw`\b(?:transmet|transmettent|envoie|envoient|communique|communiquent|adresse|adressent)\s+(?:(?:à\s+cet\s+effet|ensuite|également|en\s+outre|préalablement)\s+|(?:chaque\s+année|annuellement|chaque\s+trimestre|chaque\s+mois|tous\s+les\s+ans)\s*,?\s*(?:(?:avant|au\s+plus\s+tard)\s+le\s+[^,.;:]{1,30},\s*)?)?(?:au|aux|à\s+l'|à\s+la)\s*(?:médecins?|Collège|organisme|prescripteur|Conseil\s+technique)\b[^.;]{0,100}?\b(?:un|une|le|la|les|l'|son|sa|ses|leur|leurs)\s*(?:\p{L}+\s+)?(?:rapports?|résultats?|protocoles?|copies?|comptes?\s+rendus?|avis\s+écrits?|dossiers?|relevés?)(?![\p{L}])`,
  // `… subordonné à l'accord du médecin-conseil, auquel le médecin spécialiste adresse un rapport motivé`: the recipient a relative
  sendsToWhom: String.raw`(?<![\p{L}])(?:auquel|auxquels|auxquelles|à\s+qui)\s+[^.;:]{0,80}?\b(?:transmet|transmettent|envoie|envoient|communique|communiquent|adresse|adressent)\s+(?:\S+\s+){0,3}?(?:un|une|le|la|les|l'|son|sa|ses|leur|leurs)\s*(?:\p{L}+\s+)?(?:rapports?|résultats?|protocoles?|copies?|comptes?\s+rendus?|dossiers?|relevés?)(?![\p{L}])`,
  // `… le prestataire garde en son dossier médical, à disposition du médecin-conseil, le protocole …`: the file first
  keepsInFileFirst: String.raw`\b(?:conserve|conservent|garde|gardent|archive|archivent)\s+(?:dans|en|à)\s+(?:son|sa|leur|le|la|un)\s+dossier\b[^.;]{0,100}?(?<![\p{L}])(?:le|la|les|l'|un|une|ce|cette|ces)\s*(?:protocoles?|rapports?|prescriptions?|résultats?|clichés?|images?|tracés?|copies?|documents?|comptes?\s+rendus?|demandes?)(?![\p{L}])`,
  // `Le médecin qui effectue l'examen joint cette demande au dossier médical`: the document first
  joinsInto: String.raw`\bjoi(?:nt|gnent)\s+(?:le|la|les|l'|ce|cette|ces|son|sa|ses|leur|leurs|une\s+copie\s+(?:de\s+la|de\s+l'|du|des))\s*(?:demandes?|rapports?|prescriptions?|protocoles?|résultats?|copies?|documents?|formulaires?|attestations?|conclusions?)\b[^.;:]{0,60}?(?:à|au|aux)\s+${RECORD}`,
  // `A cet effet, le médecin … lui transmet, avant l'implantation, un rapport motivé`: the recipient a pronoun
  sendsToHim: String.raw`\b(?:lui|leur)\s+(?:transmet|transmettent|envoie|envoient|communique|communiquent|adresse|adressent)\b[^.;:]{0,60}?\b(?:un|une|le|la|les|l'|son|sa|ses|leur|leurs)\s*(?:\p{L}+\s+)?(?:rapports?|résultats?|protocoles?|copies?|comptes?\s+rendus?|prescriptions?)(?![\p{L}])`,
  // `Ces prestations impliquent la tenue d'un dossier de liaison gériatrique`
  keepingImplied: String.raw`\b(?:impliquent|implique|requièrent|requiert|nécessitent|nécessite|supposent|suppose|exigent|exige)\s+(?:(?:également|en\s+outre|aussi|obligatoirement|toujours)\s+)?la\s+tenue\s+(?:à\s+jour\s+)?(?:d'un|d'une|du|de\s+la)\s+(?:\p{L}+\s+)?(?:dossier|registre|carnet)(?![\p{L}])`,
  // `Un dossier de suivi, dont la tenue est requise pour les prestations …`, `La tenue d'un registre est obligatoire`
  keepingRequired: String.raw`\b(?:dossier|registre|carnet)\b[^.;:]{0,60}?,?\s*dont\s+la\s+tenue\s+est\s+(?:requise|obligatoire|exigée)(?![\p{L}])|\bla\s+tenue\s+(?:à\s+jour\s+)?(?:d'un|d'une|du|de\s+la)\s+(?:\p{L}+\s+)?(?:dossier|registre|carnet)\b[^.;:]{0,60}?\best\s+(?:requise|obligatoire|exigée)(?![\p{L}])`,
  // `un dossier de liaison est tenu par le psychiatre`
  recordKept: String.raw`\b(?:un|le|ce)\s+(?:dossier|registre)\b[^.;:]{0,60}?\b(?:est|sont)\s+tenue?s?\s+(?:à\s+jour\s+)?(?:par|pour|dans)\b`,
  // `L'examen ne peut être prescrit que par un médecin spécialiste en …`: a prescription by such a physician (not who performs it)
  // (`sont prescrites par un médecin …`, `par un docteur en médecine`, `n'est prescrit que par …`; `La prescription … ne peut émaner que d'un médecin spécialiste`)
  prescriptionFrom: String.raw`\bprescriptions?\b[^.;]{0,80}?(?<![\p{L}])émane(?:nt|r)?\s+(?:que\s+)?d'(?:un|une)\s+(?:médecins?|spécialistes?|dentistes?)`,
  prescribedBy: String.raw`\b(?:peu(?:t|vent)\s+(?:seulement\s+|uniquement\s+)?être|ne\s+peu(?:t|vent)\s+être|doi(?:t|vent)\s+(?:avoir\s+été|être)|n'(?:est|sont)|est|sont|soi(?:t|ent)|(?:a|ont)\s+été)\s+(?:préalablement\s+)?prescrite?s?\s+(?:par\s+écrit\s+)?(?:que\s+)?(?:uniquement\s+|seulement\s+|exclusivement\s+)?par\s+${PRESCRIBER}`,
  // (a condition listed as an infinitive, `… doivent répondre aux conditions suivantes : 1. avoir été prescrites par un médecin …`)
  prescribedItem: PRESCRIBED_ITEM,
  // `Le logopède joint à chaque demande de prolongation le rapport …`
  joins: String.raw`\bjoi(?:nt|gnent)\s+(?:à|au|aux)\s+(?:\S+\s+){0,5}?(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs)\s*(?:bref\s+|brève\s+|court\s+|nouveau\s+|nouvelle\s+)?(?:rapports?|prescriptions?|protocoles?|résultats?|copies?|documents?|formulaires?|attestations?)(?![\p{L}])`,
  // `Le médecin prescripteur mentionne le stade … sur la prescription`, `… dans la demande`
  writesOn: WRITES_ON,
  // `Le dossier médical du patient contient les données …`
  // (`Le dossier individuel de kinésithérapie comportera au minimum …`, `… comprend également …`, `Le dossier de
  // demande, transmis par …, comporte …`)
  // (the file is the subject: not `La gestion du dossier médical global comprend …`, what a fee covers)
  // (`Le dossier de la bénéficiaire relatif aux prestations 427206 à 427346 comporte en outre :`: the codes it is for between)
  // (or a part of it, `Le volet central doit reprendre au minimum …`)
  fileHolds: String.raw`(?<!\b(?:du|des|par|au|de\s+(?:ce|son|leur|la|l'))\s+)\b(?:dossiers?|volets?)(?:\s+[\p{L}'-]+){0,4}?(?:\s+(?:relatif|relative|afférent|afférente|concernant)s?\s+(?:aux?\s+|à\s+la\s+|à\s+l')?prestations?\s+(?:\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|à|et|ou)\s*)?)+)?(?:,[^,.;:]{1,80},)?\s+(?:contient|contiennent|contiendra|doi(?:t|vent)\s+(?:contenir|comporter|comprendre|reprendre|mentionner)|comporte|comportent|comportera|comprend|comprennent|comprendra|reprend|reprennent|reprendra|mentionne|mentionnent|se\s+compose)(?![\p{L}])`,
  // `qu'après accord du médecin-conseil, donné sur la base d'un rapport motivé`
  // (`… moyennant la présentation d'un rapport motivé`)
  // (`… n'est accordée que sur présentation d'une prescription médicale`)
  basedOn: String.raw`\b(?:(?:sur\s+(?:la\s+)?base|au\s+vu)\s+d'une?|moyennant\s+(?:la\s+(?:présentation|transmission|production)\s+d')?une?|sur\s+(?:la\s+)?présentation\s+d'une?)\s+(?:\p{L}+\s+)?(?:rapport|protocole|prescription|demande|motivation|attestation|formulaire)`,
  // `le médecin spécialiste appose sa signature sur le second volet de la prescription`
  signs: String.raw`\bappose(?:nt)?\s+(?:\S+\s+){0,3}?(?:sa|leur)\s+signature\s+(?:\S+\s+){0,6}?(?:sur|dans|au|à)\s+(?:\S+\s+){0,4}?${RECORD}`,
  // `la prescription mentionne le niveau d'amputation`, `Le rapport écrit … comporte le résultat des examens`
  // (its verb within a few words: not `un formulaire comportant une justification … et une évaluation précise`)
  // (not `Les honoraires forfaitaires par prescription comprennent …`, what a fee covers)
  states: String.raw`(?<!\bpar\s)\b(?:prescriptions?|attestations?|demandes?|formulaires?|protocoles?|rapports?|volets?)\s+(?:[\p{L}'-]+\s+){0,6}?(?:mentionnent|mentionne|précisent|précise|comportent|comporte|comprennent|comprend)(?![\p{L}])`,
  // `La prescription doit mentionner …` (not `doit porter sur 18 séances`: what is prescribed)
  mustState: String.raw`\b(?:prescriptions?|attestations?|demandes?|formulaires?|protocoles?|rapports?|dossiers?|invitations?|lettres?)\b[^.;:]{0,60}?\bdoi(?:t|vent)\s+(?:mentionner|porter(?!\s+sur)|contenir|comporter|comprendre|préciser|reprendre|être\s+accompagnée?s?)`,
};

/** A document required: a condition of payment (DUTY_FORMS.requiredDocument). */
const REQUIRED_DOCUMENT = new RegExp(accentTolerantSource(DUTY_FORMS.requiredDocument), 'iu');

/** A documentation duty stated as a fact: any of DUTY_FORMS. */
export const DOCUMENTATION_DUTY = new RegExp(Object.values(DUTY_FORMS).map(accentTolerantSource).join('|'), 'iu');

/**
 * More duties, each behind a literal of its own (not in DOCUMENTATION_DUTY: every alternative there costs a pass over
 * every sentence its hints let through).
 */
/** A body of the insurance a provider sends documents to. */
const INSURANCE_BODY = String.raw`(?:Conseil\s+technique|Service\s+d(?:es|'évaluation)|INAMI|Institut|Collège|médecins?[\s-]conseils?|organismes?\s+assureurs?)`;
/** What a provider sends: `une liste`, `le rapport`, `les données` … */
const SENT_DOCUMENT = String.raw`(?:un|une|le|la|les|son|sa|ses|leur|leurs)\s+(?:\p{L}+\s+)?(?:liste|rapport|relevé|compte\s+rendu|protocole|formulaire|copie|bilan|enregistrement|données)s?(?![\p{L}])`;

/** Who writes or sends for the insurance, not for the prestation: the advising physician, the Collège, the insurers, the Service. */
const AUTHORITY_SUBJECT = new RegExp(accentTolerantSource(String.raw`(?<![\p{L}])(?:médecins?[\s-]conseils?|Collège|organismes?\s+assureurs?|mutualités?|Service\s+des\s+soins|INAMI|Institut|Commission|Comité|Conseil\s+technique)(?![\p{L}])[^.;]*$`), 'iu');

const MORE_DUTIES: ReadonlyArray<readonly [hint: RegExp, form: RegExp, notAfter?: RegExp]> = [
  // `La demande est motivée par écrit par le médecin …`
  [/motiv[ée]e?s?\s+par\s+[ée]crit/iu, new RegExp(accentTolerantSource(String.raw`\b(?:demandes?|prescriptions?|renouvellements?|prolongations?)\b[^.;:]{0,40}?\b(?:est|sont|doit\s+être|doivent\s+être)\s+motivée?s?\s+par\s+écrit`), 'iu')],
  // `Le gériatre lui fait connaître ses conclusions par écrit dans les 48 heures`
  [/(?:conna[îi]tre|communiqu|transmet)[^.;]{0,80}?par\s+(?:[ée]crit|(?:un\s+)?formulaire)/iu, new RegExp(accentTolerantSource(String.raw`\b(?:fai(?:t|sent)\s+connaître|communique(?:nt)?|transmet(?:tent)?)\s+(?:\S+\s+){0,3}?par\s+(?:écrit|(?:un\s+)?formulaire)`), 'iu')],
  // `Le cardiologue responsable signe le formulaire d'enregistrement`
  [/(?<!\w)signe(?:nt)?\s+(?:le|la|les|ce|cette)\s/iu, new RegExp(accentTolerantSource(String.raw`\bsigne(?:nt)?\s+(?:le|la|les|ce|cette)\s+(?:formulaire|rapport|protocole|prescription|demande|attestation)(?![\p{L}])`), 'iu')],
  // `le radiologue rédige un rapport écrit qui répond à la question posée`
  // (or `rédige pour chaque analyse un rapport circonstancié`, `rédige, pour chaque analyse, un rapport`, `rédige à l'intention du
  // médecin traitant un rapport`: a complement before the report; not the advising physician's or the Collège's own report)
  [
    /r[ée]dige(?:nt)?[\s,]/iu,
    new RegExp(accentTolerantSource(String.raw`\brédige(?:nt)?\s+(?:un|une|le|la|son|sa|leur)\s+(?:\p{L}+\s+)?(?:rapport|protocole|compte\s+rendu|prescription|demande)(?![\p{L}])|\brédige(?:nt)?(?:\s*,\s*[^.;,]{1,40},\s*|\s+(?:pour|après|à\s+l'issue\s+de|au\s+terme\s+de|lors\s+de|à\s+l'intention\s+d(?:u|e\s+la|e\s+l'|es))\s*[^.;,]{1,40}?\s+)(?:un|une|le|la|son|sa|leur)\s+(?:\p{L}+\s+)?(?:rapport|protocole|compte\s+rendu)(?![\p{L}])`), 'iu'),
    AUTHORITY_SUBJECT,
  ],
  // `l'hôpital … est tenu de s'inscrire au préalable auprès du Service des soins de santé`: a registration, by a form
  [/s'(?:inscri|enregistr)[^.;]{0,80}?aupr[èe]s/iu, new RegExp(accentTolerantSource(String.raw`\bs'(?:inscrire|inscrit|inscrivent|enregistrer|enregistre|enregistrent)\s+(?:\S+\s+){0,8}?auprès\s+(?:du|de\s+la|de\s+l'|des)\s*(?:Service|Collège|Institut|INAMI|organisme|Commission)`), 'iu')],
  // `Dans ce formulaire, l'hôpital indique en outre le nom …`: the document named first
  [/^\W*(?:dans|sur)\s+(?:ce|cette|le|la|l'|chaque)\s*(?:formulaire|demande|prescription|rapport|attestation|dossier|protocole|lettre)\s*,/iu, new RegExp(accentTolerantSource(String.raw`^\W*(?:dans|sur)\s+(?:ce|cette|le|la|l'|chaque)\s*(?:formulaire|demande|prescription|rapport|attestation|dossier|protocole|lettre)\s*,\s*[^.;]{0,80}?\b(?:mentionne|mentionnent|indique|indiquent|note|notent|inscrit|inscrivent|précise|précisent|consigne|consignent)(?![\p{L}])`), 'iu')],
  // `le relevé des données cliniques est complété, signé …, puis envoyé pour notification au médecin-conseil`
  // (`Les modèles réalisés et le formulaire 61 sont remis à l'organisme assureur`)
  [/(?:envoy|transmis|adress|remis)[^.;]{0,40}?(?:conseil|Coll[èe]ge|organisme)/iu, new RegExp(accentTolerantSource(String.raw`\b(?:relevés?|rapports?|formulaires?|protocoles?|comptes?\s+rendus?|copies?|dossiers?)(?![\p{L}])[^.;]{0,120}?\b(?:transmise?s?|envoyée?s?|adressée?s?|remise?s?)\s+(?:pour\s+\p{L}+\s+)?(?:au|aux|à\s+l'|à\s+la)\s*(?:médecins?[\s-]conseils?|Collège|organisme)`), 'iu')],
  // `L'intervention de l'assurance … n'est accordée que si le praticien remet à l'organisme assureur : a) l'attestation …; b) le
  // formulaire …`: what must be handed over, listed after it, or named
  [/(?:remet|transmet|envoie|fourni|adresse)[^.;]{0,80}?(?:organisme|conseil|Coll[èe]ge|mutualit)/iu, new RegExp(accentTolerantSource(String.raw`\bque\s+si\s+[^.;:]{0,60}?\b(?:remet(?:tent)?|transmet(?:tent)?|envoie(?:nt)?|fourni(?:t|ssent)|adresse(?:nt)?)\s+(?:préalablement\s+)?(?:au|à\s+l'|aux|à\s+la)\s*(?:organisme|médecin[\s-]conseil|Collège|mutualité)[^.;:]{0,40}?(?::\s*"?\s*$|:\s*(?:[\p{L}\d]{1,2}[.)°]\s*|[-–•]\s*)?(?:le|la|les|l'|un|une)\s*(?:attestation|formulaire|rapport|prescription|document|demande|relevé|copie)s?(?![\p{L}])|\s+(?:le|la|les|l'|un|une)\s*(?:attestation|formulaire|rapport|prescription|document|demande|relevé)s?(?![\p{L}]))`), 'iu')],
  // `Chaque prestataire qui atteste les prestations … transmet chaque année, avant la fin du mois d'avril, au Conseil technique
  // médical … une liste reprenant …`: a provider's document sent to a body of the insurance (not its decision, `Le Collège
  // transmet sa décision …`, nor what the insurer or the Collège sends)
  [
    /transmet|envoie|adresse|communique|remet/iu,
    new RegExp(
      accentTolerantSource(
        String.raw`\b(?:transmet(?:tent)?|envoie(?:nt)?|adresse(?:nt)?|communique(?:nt)?|remet(?:tent)?)\s+(?:[^.;]{0,100}?\s)?(?:(?:au|aux|à\s+l'|à\s+la)\s*${INSURANCE_BODY}[^.;]{0,120}?\b${SENT_DOCUMENT}|${SENT_DOCUMENT}[^.;]{0,120}?\s(?:au|aux|à\s+l'|à\s+la)\s*${INSURANCE_BODY})`,
      ),
      'iu',
    ),
    AUTHORITY_SUBJECT,
  ],
  // `le médecin spécialiste implanteur introduit un rapport médical détaillé auprès du médecin-conseil` (not `introduit une demande
  // … auprès du médecin-conseil`: the approval asked for, priorApproval's)
  [/introdui[^.;]{0,80}?aupr[èe]s/iu, new RegExp(accentTolerantSource(String.raw`\bintrodui(?:t|sent)\s+(?:un|une|le|la|sa|son|leur)\s+(?:\p{L}+\s+)?(?:rapport|dossier|formulaire|protocole)(?![\p{L}])(?![^.;]{0,40}?(?:demande|accord)(?![\p{L}]))[^.;]{0,60}?auprès\s+(?:du|de\s+la|de\s+l'|des)\s*(?:médecins?[\s-]conseils?|Collège|organisme|Service|Conseil|Commission)`), 'iu')],
  // `le nombre de séances et la dose cumulée sont inscrits après chaque séance dans le dossier du bénéficiaire`
  [/apr[èe]s\s+chaque|lors\s+de\s+chaque|[àa]\s+l'issue\s+de/iu, new RegExp(accentTolerantSource(String.raw`\b(?:est|sont)\s+(?:inscrite?s?|consignée?s?|notée?s?|enregistrée?s?|reprise?s?|mentionnée?s?)\s+(?:après|lors\s+de|à\s+l'issue\s+de)\s+(?:chaque|la|le|l')\s*\p{L}+\s+(?:dans|sur|au)\s+(?:le\s+|la\s+|l'|son\s+|sa\s+|leur\s+)?(?:dossier|registre|carnet|fiche)(?![\p{L}])`), 'iu')],
  // `L'accoucheuse consigne dans la fiche de rééducation le bilan initial …`: a provider writing into the patient's sheet
  [/fiche|feuille/iu, new RegExp(accentTolerantSource(String.raw`(?<!(?:conseil|assureur|Collège|organisme|mutualité)\s+)\b(?:consigne(?:nt)?|note(?:nt)?|inscri(?:t|vent)|mentionne(?:nt)?|reporte(?:nt)?|indique(?:nt)?)\s+(?:\S+\s+){0,6}?(?:dans|sur)\s+(?:la|le|l'|sa|son|leur)\s*(?:fiche|feuille)(?![\p{L}])(?!\s+de\s+notification)`), 'iu')],
  // `Le médecin qui effectue la mesure joint les valeurs de pression relevées à son rapport`: whatever is joined to the
  // provider's own record
  [/joi(?:nt|gnent)\s/iu, new RegExp(accentTolerantSource(String.raw`\bjoi(?:nt|gnent)\s+(?:\S+\s+){1,8}?(?:à\s+(?:son|sa|leur)\s+|au\s+)(?:rapport|dossier|protocole|compte\s+rendu)(?![\p{L}])`), 'iu')],
];

/** One literal of every MORE_DUTIES hint: one test for most sentences, which hold none. */
const MORE_DUTIES_HINT = /motiv|conna[îi]tre|communiqu|transmet|signe|r[ée]dige|envoie|adresse|remet|aupr[èe]s|^\W*(?:dans|sur)\s|envoy|transmis|adress|remis|remet|transmet|envoie|fourni|introdui|fiche|feuille|joi(?:nt|gnent)\s|apr[èe]s\s+chaque|lors\s+de\s+chaque|[àa]\s+l'issue\s+de/iu;

/**
 * The document or record every DUTY_FORMS alternative names (`tient à jour`: `à jour`; `à disposition`; `fait
 * l'objet d'une note`; an `invitation` that must mention): most sentences hold none, and are not scanned.
 */
const DOCUMENTATION_HINT = /dossier|carnet|copie|lettre|(?<!\w)note\b|volet|prescri|relev[ée]|protocole|registre|rapport|r[ée]sultat|motivation|compte|attestation|prescri|demande|formulaire|liste|renvoi|[àa]\s+jour|disposition|objet|invitation/iu;
/** And the verb every alternative holds (each with or without its accents). */
const DOCUMENTATION_VERB_HINT = /requi|reprodui|base\s+d|vu\s+d|moyennant|pr[ée]sentation|archiv|lieu\s+[àa]|suppos|prescri|pr[ée]c[ée]d|motiv|justifi|[ée]man|relev|vers[ée]|appos|coll|accompagn|compos|compren|reprend|r[ée]ception|remise|envoi|transmission|transmet|envoie|communique|adresse|appose|pr[ée]cis|comport|figur|appar|repris|ajout|ins[ée]r|int[ée]gr|annex|joint|joi[gn]|conserv|contien|indiqu|gard|document|mention|consign|inscri|enregistr|not[ée]|noter|class|tien|tenu|disposition|objet|exige|subordonn|attestable|uniquement|seulement|exclusivement|r[ée]alis|effectu|fourni|d[ée]livr|ex[ée]cut|r[ée]dig|[ée]tabli|sign|dat[ée]|doi|expos|d[ée]crit|d[ée]taill/iu;

/** A documentation duty stated as a fact (DOCUMENTATION_DUTY), tried only where a literal of its record and of its verb occur. */
/** isDocumentationDuty without its literal prefilters: what they must agree with (test/rules/normative-hint.test.ts). */
export function documentationDutyUnfiltered(s: string): boolean {
  return DOCUMENTATION_DUTY.test(s) || MORE_DUTIES.some(([, form, notAfter]) => isDuty(s, form, notAfter));
}

/** `form` read in `s`, not after `notAfter` (who writes or sends it, before the verb). */
function isDuty(s: string, form: RegExp, notAfter?: RegExp): boolean {
  const m = form.exec(s);
  return m !== null && !(notAfter && notAfter.test(s.slice(0, m.index)));
}

export function isDocumentationDuty(s: string): boolean {
  // (asked twice of a rule sentence: once to admit it, once to type it)
  if (s === lastDuty.s) return lastDuty.duty;
  const duty = (DOCUMENTATION_HINT.test(s) && DOCUMENTATION_VERB_HINT.test(s) && DOCUMENTATION_DUTY.test(s)) || (MORE_DUTIES_HINT.test(s) && MORE_DUTIES.some(([hint, form, notAfter]) => hint.test(s) && isDuty(s, form, notAfter)));
  lastDuty = { s, duty };
  return duty;
}
let lastDuty = { s: '', duty: false };

export function documentationOf(s: string): Extract<Rule, { type: 'documentation' }>['params'] | null {
  const kept =
    ci`\b(?:conservée?s?|motivée?s?|consignée?s?|inscrite?s?|mentionnée?s?|figur\p{L}+|joint|jointe?s?|versée?s?|justifiée?s?|enregistrée?s?|tenue?s?\s+à\s+disposition)\s+(?:dans|au|à)\s+(?:le\s+|la\s+|un\s+|du\s+)?(?:dossier|protocole|registre|rapport|compte\s+rendu)`.test(s) ||
    // `Le logopède note dans le dossier …`, `La sage-femme consigne dans le dossier de la bénéficiaire …`
    ci`${WRITES_INTO_FILE}`.test(s);
  const available = ci`(?<![\p{L}])(?:envoyée?s?|mise?s?\s+à\s+la\s+disposition|transmise?s?|à\s+la\s+disposition)\s+(?:pour\s+\p{L}+\s+)?(?:du|au)\s+médecin-conseil|\bdemandée?\s+par\s+le\s+médecin-conseil|\ble\s+médecin-conseil\s+(?:les\s+)?demande`.test(s);
  // (not a length of time required, `… pour laquelle une durée globale moyenne de 45 minutes … est exigée`)
  const required = ci`(?<!n')(?<!(?<![\p{L}])une\s+durée\b[^.;,]{0,100})\b(?:est|sont)\s+exigée?s?|\bn'est\s+dûe?\s+que\s+si\s+(?:un|une|le|la)\s+(?:document|rapport|protocole|prescription)`.test(s) || PRESCRIBED.test(s);
  // `un protocole écrit de l'examen doit être établi et conservé`, `les prescriptions doivent être gardées pendant deux ans`
  const retained = ci`\b(?:doi(?:t|vent)\s+être|est|sont)\s+(?:\p{L}+\s+et\s+)?(?:gardée?s?|conservée?s?)(?![\p{L}])`.test(s) && DOCUMENT.test(s);
  // `Le rapport du bilan … est transmis au médecin généraliste`, `un rapport écrit … est envoyé au médecin traitant`
  // (`Le rapport écrit doit être transmis au médecin prescripteur`: not `Les demandes … doivent être adressées au
  // Collège`, a request for its approval)
  const sent =
    (ci`\b(?:est|sont)\s+(?:\p{L}+\s+)?(?:transmise?s?|envoyée?s?|adressée?s?|communiquée?s?)\s+(?:par\s+écrit\s+|dans\s+les\s+\S+\s+(?:jours|semaines|mois)\s+)?(?:au|aux|à\s+l'|à\s+la)\s*(?:médecins?|Collège|dentiste|organisme|pharmacien|kinésithérapeute|prescripteur)`.test(s) && DOCUMENT.test(s)) ||
    ci`\b(?:rapports?|comptes?\s+rendus?|résultats?|protocoles?|copies?)\b[^.;:]{0,60}?\bdoi(?:t|vent)\s+être\s+(?:transmise?s?|envoyée?s?|adressée?s?|communiquée?s?)\s+(?:au|aux|à\s+l'|à\s+la)\s*(?:médecins?|Collège|dentiste|organisme|pharmacien|kinésithérapeute)`.test(s);
  const duty = isDocumentationDuty(s);
  if (!kept && !available && !required && !retained && !sent && !duty) return null;
  // (what is required, not a prestation excepted by its label: `…, sauf la prestation " rapport écrit ", …`)
  const w = ci`\b(rapports?\s+médica(?:l|ux)|rapports?|documents?\s+radiographiques?|documents?|radiographies?|protocoles?|prescriptions?|formulaires?|comptes?\s+rendus?|résultats?|données|listes?|motivation|indications)\b`.exec(s.replace(EXCEPTED, ' '));
  // written into the file, a register or the protocol (not onto the certificate of care or the prescription)
  const intoFile = duty && ci`(?:dans|au|en)\s+(?:le\s+|son\s+|leur\s+|un\s+|ce\s+)?(?:dossier|registre|protocole(?!\s+d'accord))|\btien(?:t|nent)\s+(?:\S+\s+){0,2}?à\s+jour`.test(s);
  // a prescription or referral without which it is not paid
  // (not what is written on the prescription: `mentionne … sur la prescription` is no condition of payment)
  const prerequisite = required || REQUIRED_DOCUMENT.test(s) || (duty && !ci`${WRITES_ON}`.test(s) && ci`\b(?:exige(?:nt)?|suppose(?:nt)?|subordonnée?s?\s+à)\s|\b(?:uniquement|seulement|exclusivement|attestables?)\s+(?:\p{L}+\s+)?(?:sur|après)\s+|\bsur\s+(?:la\s+|une\s+)?prescription|\bqu'après\s+(?:la\s+)?(?:réception|transmission|envoi|remise)\s`.test(s));
  // (a document the provider must keep is kept in the file: the record is where the advising physician finds it)
  return { what: w ? w[1] : null, keptInFile: kept || retained || intoFile, availableToAdvisingPhysician: available, prerequisite };
}
