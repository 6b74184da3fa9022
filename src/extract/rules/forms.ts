import { accentTolerant, accentTolerantSource } from '../../text/accents.js';
import { ITEM_MARKER } from './sentences.js';
import { peekTypes } from './typers.js';
import { PERFORMER_HEADING, PERFORMER_HEADING_RE, SPECIALISTS_COMPETENCE } from './qualification.js';
import { DELAY_CHANGE_SOURCE } from './renewal.js';

/**
 * The sentence forms the rule extractor (index.ts) reads a rule's place and parties by: what makes a sentence about
 * prestations, what opens a list of rules or codes, what a party is, where its clause ends.
 */

// patterns with accents read words with or without them (tables print `precitees`, `a l'exception`)
const ci = accentTolerant('iu');

/** The sentence is about prestations: it names codes or refers to them. */
// (`L'indication est posée lors d'une concertation multidisciplinaire …`, `L'indication de la fermeture percutanée est …`: the
// indication of the prestation at hand, its act named with a definite article; not `L'indication d'une revalidation
// ultérieure …`, another act's)
export const ABOUT_PRESTATIONS = ci`\bprestations?\b|\bindications?\s+(?:susmentionnées|précitées|ci-dessus|visées)|\bl'indication\s+(?:(?:de\s+(?:la|cette|ces)\s+|de\s+l'|du\s+)(?:\p{L}[\p{L}-]*\s+){1,3}?)?(?:est|doit\s+être)\s+(?:posée|établie|décidée|validée|confirmée|retenue)(?![\p{L}])|\bl'intervention\b|\bremboursement\b|\bmatériel\s+(?:utilisé|visé|prévu|repris|mentionné)(?![\p{L}])|\bhonoraires?\b`;

export const DIGITS = /\d{6}/u;

/**
 * A limit written without its prestation or verb, on a line of its own: `Maximum 2 fois par mois.`, `Maximum 1 prestation par semaine.`,
 * `Deux fois par période de 12 mois au maximum.`
 */
export const ELLIPTICAL_LIMIT = /^\W*(?:au\s+)?maximum\s+\S+\s+(?:fois|prestations?|séances?|seances?)(?![\p{L}])|^\W*\S+\s+fois\s+par\s+[^.;:]{1,40}?\s+au\s+(?:maximum|plus)\s*[.;]?\s*$/iu;

/**
 * A pronoun subject (`Elle peut également être attestée par …`, `4° elles ne peuvent pas …`): the prestations the
 * sentence before named, when one did (not `§ 3. La prescription. 1. Elle doit revêtir la forme d'un écrit …`).
 */
// (after a linking phrase too: `Dans ce cas, elle est honorée à 50 %`, `Toutefois, elles …`; or a short fronted
// complement: `Par bénéficiaire, elles ne peuvent …`, `Au cours d'une même séance, elles …`)
/** A list marker opening a sentence, and the phrases that name the case the sentence before sets out. */
const LEAD_MARKER = String.raw`^\W*(?:(?:[\p{L}\d]{1,3}[.)]|\d{1,2}°|[-•])\s*)?`;
const THIS_CASE = String.raw`dans\s+(?:ce|ces)\s+cas|dans\s+cette\s+hypoth[èe]se|en\s+(?:ce|pareil)\s+cas`;
// (`Ils ne sont remboursés que …`; a singular `Il ne peut être attesté qu'une des prestations …` is impersonal, but not
// `Il ne peut être attesté qu'une seule fois par période de 24 mois` after `L'examen …`, whose act it is: its count is a
// number of times, or its restriction a condition)
const PRONOUN_OPENING = String.raw`${LEAD_MARKER}(?:(?:${THIS_CASE}|toutefois|en\s+outre|par\s+ailleurs|de\s+plus|d[èe]s\s+lors|(?:par|pour|chez|pendant|durant|lors\s+d(?:e|')|au\s+cours\s+d(?:e|'))\s*[^,.;:\d]{1,40}?)\s*,\s*)?`;
// (not an impersonal one whose subject follows, `Il ne peut être porté en compte qu'une seule fois par jour un supplément …`)
const PERSONAL_IL = String.raw`il(?![^.;]*(?<![\p{L}])(?:un|une|des)\s+(?:suppléments?|prestations?|honoraires?|forfaits?|actes?|examens?)(?![\p{L}]))(?=\s+(?:(?:ne\s+|n')(?:peut|doit)\s+(?:jamais\s+|plus\s+)?être|n'est)\s+(?:attesté|remboursé|porté\s+en\s+compte|effectué|réalisé|prescrit|facturé|honoré)(?:\s*,[^,.;]{1,40},)?\s+qu(?:e\s+|')\s*(?:(?:une?\s+(?:seule\s+)?|deux\s+|trois\s+|\d+\s+)fois|à\s+raison\s+d|si|pour|par|lorsqu|chez|dans)(?![\p{L}]))`;
export const PRONOUN_SUBJECT = new RegExp(String.raw`${PRONOUN_OPENING}(?:elles?|ils|${PERSONAL_IL})\s`, 'iu');
/** PRONOUN_SUBJECT in the plural (`Elles …`, `Ils …`): what a plural antecedent may stand for. */
export const PLURAL_PRONOUN = new RegExp(String.raw`${PRONOUN_OPENING}(?:elles|ils)\s`, 'iu');

/**
 * `Dans ce cas, l'accord préalable du médecin-conseil est requis.` after `Le renouvellement de la prestation X peut
 * être demandé …`: the case the sentence before names, its prestations the rule's, whatever its subject.
 */
export const CASE_REFERENCE = new RegExp(String.raw`${LEAD_MARKER}(?:${THIS_CASE})\s*,`, 'iu');

/** A sentence whose subject is a demonstrative (`Cette consultation`, `Ces prestations`, `b) Cette prestation`). */
export const DEMONSTRATIVE_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:cette|ces|ladite|lesdites)\s+\p{L}/iu;

/** Opens an indication list: handled by the indication extractor. */
export const INDICATION_INTRO = /(?<!\w)(?:indications?|situations?|circonstances)\s+suivantes\s*:?\s*$|(?<!\w)que\s+dans\s+les\s+conditions\s+suivantes\s*:?\s*$|(?<!\w)l'une\s+des\s+indications\b.*:\s*$/iu;

/**
 * Opens a list whose items are rules on the prestations it names (`Pour les prestations 590881, …, les règles
 * suivantes sont d'application :`, `… pour les prestations X et Y est subordonné aux conditions suivantes :`): an
 * item that names no code of its own (`1° elles ne sont remboursées que …`) is on those.
 */
// (or the subject alone, its verb in each item: `Les prestations 474342 - 474353 à 474386 - 474390 :` then `- ne peuvent être
// effectuées qu'en milieu hospitalier;`, `- ne sont pas cumulables entre elles …;`)
/** An item's marker opening a sentence, if any: `g) `, `2. `, `3° `. */
const ITEM_OPENING = String.raw`(?:[\p{L}\d]{1,3}[.)]\s*|\d{1,2}°\s*)?`;
export const RULE_LIST_INTRO = ci`\b(?:règles|conditions|dispositions|modalités|critères|restrictions|exigences)\s+(?:d'application\s+)?(?:suivantes\b|ci-après\b)|\bs'appliquent\b|^\W*${ITEM_OPENING}(?:pour|en\s+ce\s+qui\s+concerne)\s+(?:les?|la)\s+prestations?\b|^\W*${ITEM_OPENING}(?:les?|la)\s+prestations?\s+(?:n°\s*)?\d{6}(?:\d{6}|[\s,–-]|n°|(?<![\p{L}])(?:à|et|ou)(?![\p{L}]))*:\s*"?\s*$`;

/** A reference to a rule set elsewhere in the annex, alone: `(Règle de cumul 66)`, `(Règle diagnostique 12)`. */
export const RULE_REFERENCE = /^[\s"]*(?:\(\s*r[èe]gles?\s+(?:de\s+cumul|diagnostiques?)\s+\d+\s*\)[\s"]*)+[.;]?[\s"]*$/iu;

/** A heading over rules, `Règles de cumul.`, `Règles diagnostiques :`: no rule of its own. */
export const RULE_HEADING = /^[\s"]*r[èe]gles?\s+(?:de\s+cumul|diagnostiques?|d'application)[\s.:;"]*$/iu;

/** The verb of a coverage sentence, after which codes are what the fee includes. */
export const INCLUDES_VERB = /(?<![\p{L}])(?:couvre(?:nt)?|comprend|comprennent|comporte(?:nt)?|englobe(?:nt)?)(?![\p{L}])/iu;

/** The opening of an annex article or paragraph that names the qualification its prestations require, before their list. */
// (or a heading that says who performs them, its colon or its closing bracket ending it: `Prestations effectuées par un
// médecin spécialiste en X :`, `§ 2bis Honoraires réservés aux médecins spécialistes en X :`, `4. Microchirurgie (prestations
// réservées aux médecins spécialistes en X)`)
// (its colon looked for within 2,000 characters: to the clause's end from every opening, a run-on sentence was quadratic)
// (`Sont considérées comme prestations d'obstétrique : a) lorsqu'elles requièrent la qualification d'accoucheuse (V) :`)
// (`Les prestations énumérées ci-dessous sont réservées aux médecins visés au § 2 :`)
export const QUALIFICATION_INTRO = ci`(?:(?:\b(?:sont\s+considérées\s+comme\s+)?prestations?\s+(?:suivantes?\s+|ci-après\s+|ci-dessous\s+)?(?:qui\s+)?(?:requièrent|requiert|requérant|nécessitant|nécessitent|nécessite)\s+la\s+qualification\b|\blorsqu'(?:elles|ils)\s+requièrent\s+la\s+qualification\b|\bprestations\s+réservées\s+aux\s+(?:médecins\s+)?spécialistes\b|(?<![\p{L}])prestations\s+(?:énumérées|reprises|mentionnées)\s+(?:ci-dessous|ci-après)\s+sont\s+réservées\s+(?:au|aux)\s+médecins?\s+visée?s?\s+au\s+§|${SPECIALISTS_COMPETENCE}\b)[^.;]{0,2000}:|^\W*(?:§\s*\d+\s*(?:bis|ter|quater)?\.?\s*|\d{1,2}\.\s*)?(?:[\p{L}-]+\s+)?\(?(?:prestations|honoraires)\s+(?:réservée?s?\s+aux|effectuée?s?\s+par\s+(?:un|des|les)|pour\s+les)\s+(?:médecins?\s+)?spécialistes?\s+(?:en|de)\s(?:(?!(?<![\p{L}])(?:doi(?:t|vent)|peu(?:t|vent)|(?<!\bqui\s)sont|(?<!\bqui\s)est|ne|répond\p{L}*|satisf\p{L}*|compren\p{L}*|donnent)(?![\p{L}]))[^.;:()]){1,240}(?::|\)))\s*"?\s*$|${PERFORMER_HEADING}`;
/** The act a rubric's heading that names who performs it opens on (`Surveillance`): the next rubric's heading opens on it too. */
export function rubricAct(unit: string): string | null {
  return PERFORMER_HEADING_RE.test(unit) ? (/^\W*(?:\d{1,2}\.\s*)?([\p{L}-]+)/u.exec(unit)?.[1] ?? null) : null;
}

/** Opens a list of codes the sentence applies to (`Pour les prestations suivantes, … :`, `- 10 % pour les prestations :`). */
// (`… les prestations du groupe 1 et celles du groupe 2 peuvent être cumulées à 100 % … :` over `Groupe 1 : X, Y` lines)
// (`Les prestations des différents groupes, groupe 1, groupe 2, groupe 3, peuvent être cumulées à 100 % :` then `Groupe 1 : …`
// items, 2009022077)
export const CODE_LIST_INTRO = /(?<!\w)(?:pour|aux)\s+les\s+prestations(?:\s+suivantes)?\s*[,:]|(?<!\w)prestations\s+suivantes\b[^:]*:\s*$|(?<!\w)prestations\s+d(?:u|es)\s+groupes?\s+[\dA-Z]\w{0,3}(?![\p{L}])[^:]*:\s*$|(?<!\w)prestations\s+(?:des|appartenant\s+aux)\s+(?:(?:deux|trois|quatre|cinq|\d|différents)\s+groupes|groupes\s+(?:suivants|ci-après))(?![\p{L}])(?![^:]*(?<![\p{L}])(?:conditions|cas|modalités)(?![\p{L}]))[^:]*:\s*$/iu;
export const PERCENT_ITEM = /^[-\s]*\d+(?:,\d+)?\s*%\s+pour\s+les\s+prestations/iu;

// (`sauf s'il s'agit de la prestation X`, `à moins qu'il ne s'agisse de …`: X is excepted, as with `à l'exception de`)
export const EXCEPTION_CLAUSE = ci`(?<!\p{L})à\s+l'exception\s+d|(?<!\p{L})(?:avec|à)\s+(?:l')?exclusion\s+des?\s+prestations?|\bsauf\s+(?:pour\s+)?(?:les?|la)\s+prestations?|\bexcepté\s+(?:les?|la)\s+prestations?|\b(?:sauf|excepté)\s+(?:s'il|si\s+(?:elles?|ils?))\s+s'agit\s+d|(?<!\p{L})à\s+moins\s+qu'il\s+ne\s+s'agisse\s+d`;

/** A condition's exception (`…, sauf en cas de révision attestée au moyen de la prestation Y`): Y is a condition, not a prestation the rule governs. */
export const CONDITION_EXCEPTION = ci`\bsauf\s+(?:si\b|s'|lorsqu|quand\b|en\s+cas\s+d|(?:au\s+cours|pendant|durant|dans)\s+(?:de\s+|du\s+|des\s+|d'|la\s+|le\s+|les\s+|l'))|(?<!\p{L})à\s+moins\s+qu`;
/** A condition set after the rule's own prestations (`…, à condition qu'une des prestations Y à Z ait été attestée …`): the same. */
export const CONDITION_AFTER = ci`(?<!\p{L})à\s+(?:la\s+)?condition\s+qu|\bpour\s+autant\s+qu|\bpourvu\s+qu`;

/** The other party is every other prestation: `avec d'autres prestations`, `avec toute autre prestation`. */
// (or a kind of them: `avec des prestations techniques diagnostiques ou thérapeutiques`, `avec des prestations de kinésithérapie`;
// not those a reference names, `des prestations de l'article 7`, `des prestations visées …`)
export const ANY_OTHER = /(?<!\w)avec\s+((?:d'autres|toute\s+autre|aucune\s+autre|une\s+autre|les\s+autres)\s+prestations?\b|des\s+prestations\s+(?!de\s+l'article|du\s+§|de\s+ce|du\s+présent|de\s+la\s+(?:présente\s+|même\s+)?rubrique|de\s+même|du\s+même|de\s+la\s+même|identiques|similaires|analogues|visées|citées|reprises|prévues|mentionnées|suivantes|n°|\d)(?:de\s+)?\p{L}[^,.;:()]{0,80}?(?=\s*(?:[,.;:()]|$|\s+(?:ni|sauf|lorsqu|si|le\s+même|au\s+cours|lors|pendant|dans)\s)))/iu;
/** `non cumulable avec ceux-ci`, `… avec ces derniers`: the other party is the codes just named (not `… lorsque celui-ci est effectué`: a person). */
export const DEMONSTRATIVE_PARTY = /^(?:cumul\p{L}*|non\s+cumulables?)\s+avec\s+(?:(?:ceux|celles)-(?:ci|là)|ces\s+dernier(?:e)?s)(?![\p{L}])/iu;
/** Codes named as the rule's subject (`La prestation 461322 n'est pas cumulable avec ceux-ci`), not in a label. */
export const SUBJECT_CODES = /(?<!\w)prestations?\s+(?:n°\s*)?$/iu;

/** Where a party's exceptions begin: what follows is allowed (`excepté avec les prestations X`, `sauf avec X`). */
export const PARTY_EXCEPTION = ci`(?<![\p{L}])(?:excepté|sauf|hormis|à\s+l'exception\s+d(?:e\s+la|es?|u))\s+(?:avec\s+|pour\s+)?(?:les?|la|l'|des?|du)?`;

/** A non-cumulation that names its party the usual way (`non cumulable avec …`): a supplement sentence beside it is not the party. */
export const NEG_CUMUL_PARTY = /cumul\p{L}*\s+(?:avec|entre)/iu;

/** The words of a party up to its clause's end, spaces squashed. */
export function clauseWords(s: string): string {
  return s.split(/[.;]/u)[0].replace(/\s+/gu, ' ').trim();
}

// (`…, mais peuvent être cumulés avec X`, `…, mais sont cumulables avec X`, `…, mais bien avec X`: X is allowed; not
// `…, mais ne peut être cumulée avec X`, a denial: X is a party)
export const CLAUSE_BREAK = /,?\s+et\s+(?:ne\s+)?(?:peu\p{L}*|sont|doi\p{L}*|est)\s|;\s|,\s+mais\s+(?:bien\s+)?(?:(?:(?!(?:ne|pas|jamais|plus|aucune?)(?![\p{L}])|n')\p{L}+\s+){0,3}?(?:cumulables?|cumulée?s?)\s+)?avec\s/u;

/**
 * A documentation duty after a rule that named its prestation (`Le médecin généraliste inscrit dans son dossier
 * un rapport …` in the cell below the rule on 109723): the annex states such duties without naming it again.
 * (Not after a prestation alone: in a table whose rows nomen does not read as prestations, that one is stale.)
 */
export function continuesRule(s: string, lastRuleCodes: readonly string[][]): boolean {
  return lastRuleCodes.length > 0 && peekTypes(s).some((t) => t.type === 'documentation');
}

/**
 * A sentence about the limit a rule before it set (`Ce nombre peut être dépassé si le médecin-conseil …`, `Au-delà de
 * ce nombre, …`, `Ce maximum peut être porté à …`): on the prestation above it, else on those of the last limit or
 * rule that set a count (index.ts).
 * (Not `ce plafond`, `cette limite`: as often an amount in euros as a count.)
 */
// (or raised after a case opening the sentence: `Pour les bénéficiaires de moins de 16 ans, ce nombre est porté à 150`)
// (or the delay before a new intervention it set, changed: `Ce délai est ramené à six mois pour …`, `Le délai de
// renouvellement est porté à 7 ans …`; the rule reader keeps it only where the delay last named was a limit's span: index.ts, delayWasLimit)
export const THIS_LIMIT = new RegExp(String.raw`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:(?:au-delà|au\s+delà|en\s+deçà)\s+de\s+)?ce\s+(?:nombre|maximum)(?![\p{L}])|,\s*ce\s+(?:nombre|maximum)\s+(?:est|sera)\s+porté\s+à(?![\p{L}])|${accentTolerantSource(DELAY_CHANGE_SOURCE)}(?![\p{L}])`, 'iu');

/** A sentence that names a delay (`… qu'après un délai de quatre ans`, `… dans un délai de quinze jours`): what `ce délai` stands for next. */
export const DELAY_NAMED = /(?<![\p{L}])d[ée]lai\s+(?:de\s+renouvellement\s+)?(?:de|d'|minimum\s+de|minimal\s+de)\s*\S/iu;
/** `ce délai est porté à`, `le délai de renouvellement est ramené à`: a change of the delay last named. */
export const DELAY_CHANGE = new RegExp(String.raw`${accentTolerantSource(DELAY_CHANGE_SOURCE)}(?![\p{L}])`, 'iu');

/** A sentence up to its first condition or exception (`… que si …`, `… à l'exception des …`): where its subject is named. */
export function subjectPart(s: string): string {
  const cut = /(?<![\p{L}])(?:que|qu'|si|lorsqu|à\s+l'exception|sauf|excepté|hormis)(?![\p{L}])/iu.exec(s);
  return cut ? s.slice(0, cut.index) : s;
}

/** The kind of a piece's list-item marker (`1°`, `a)`, `1.`, `A.`, `-` …), or null for a piece that is no item. */
export function markerClass(piece: string): string | null {
  const m = ITEM_MARKER.exec(piece.trimStart());
  return m ? m[0].trim().replace(/\d+/gu, '1').replace(/[a-z]+/gu, 'a').replace(/[A-Z]/gu, 'A') : null;
}

export function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}


/**
 * A subject that stands for prestations said before: a personal pronoun (`b) elle …`, `Ils …`; not the impersonal `Il
 * y a lieu de …`), or a demonstrative of an act (`Ces tests …`, `Cet examen …`; not `Ce protocole doit contenir …`, a
 * document).
 */
export const UNRESOLVED_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:(?:ils|elles?)\s|(?:cette|ces|cet|ce|ladite|lesdites|ledit|lesdits)\s+(?:\p{L}+\s+)?(?:prestations?|séances?|examens?|consultations?|tests?|analyses?|actes?|interventions?|traitements?|dispositifs?|implants?|visites?)(?![\p{L}]))/iu;

/**
 * A subject that is any one of the place's acts, by a bare noun and a count: `Une seule séance peut être attestée par jour`,
 * `Un seul examen est remboursé …`, `Deux séances au maximum …` (not one act named by its words: `Une seule séance de
 * rééducation périnéale …`, which names an act of its own).
 */
export const ANY_ACT_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:§\s*\d+(?:er)?\.\s*)?(?:une\s+seule|un\s+seul|deux|trois|quatre|cinq|six|\d+)\s+(?:séances?|examens?|consultations?|prestations?|visites?)(?:\s+(?:individuelles?|de\s+traitement))?\s+(?:au\s+(?:plus|maximum)\s+)?(?:peu(?:t|vent)|est|sont|ne|n')(?![\p{L}])/iu;

/**
 * A subject that is the act of the prestations the rules of its quote named, by a bare noun: `L'implantation n'est effectuée
 * que par …` after `1. Les prestations X et Y ne peuvent …` (not an act with words of its own, `La consultation de suivi …`).
 */
export const BARE_ACT_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:l'|le\s+|la\s+)(?:implantation|intervention|examen|traitement|acte|placement|séance|prestation)\s+(?:ne\s|n'|est\s|doit\s|peut\s)/iu;

/**
 * A renewal, replacement or continuation of the act the rules of its quote are on, as the subject: `Le renouvellement
 * anticipé d'une pièce de base, en cas de …, requiert l'accord préalable du médecin-conseil`, `La poursuite du traitement
 * au-delà de la période accordée est soumise à …`, `Un remplacement prématuré peut cependant être autorisé …`, `Tout
 * renouvellement anticipé requiert …`, `au-delà de soixante séances, la poursuite du traitement …`; not a prolongation of
 * something else, `Une prolongation d'une durée maximale de six mois peut être accordée …`, an approval's span.
 */
export const RENEWAL_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:(?:au-delà|après|au\s+terme|à\s+l'issue)\s+[^,;:]{1,60},\s*)?(?:l'|le\s+|la\s+|une?\s+|toute?\s+)(?:(?:nouve(?:au|l)\s+)?(?:renouvellement|remplacement)(?:\s+(?:anticipée?|prématurée?))?(?:\s*,[^,;.:]{1,120},)?(?:\s+(?:du|de\s+la|de\s+l'|des|d'une?)\s+[^,;.:()]{1,80}?)?|(?:poursuite|prolongation)\s+(?:du\s+traitement|des\s+(?:séances|traitements|soins))(?:\s+[^,;.:()]{1,80}?)?)(?:\s*,[^,;.:]{1,120},)?\s+(?:ne\s|n'|est\s|doit\s|peut\s|requiert|nécessite|exige)/iu;

/** A rule that sets a count without being a limit (`… qui fixe le nombre de séances`, `… un montant maximum de 500 euros`). */
export const COUNT_NOUN = /(?<!\w)(?:nombre|maximum|montant)(?![\p{L}])/iu;

/** Before a quote that holds words of a sentence, not a provision: `les mots "`, `les termes "`, `le libellé "`. */
// (and a title named, `Le titre " a) lorsqu'elles requièrent … " est complété par …`)
export const WORDS_BEFORE = /(?<!\w)(?:les\s+mots|le\s+mot|les\s+termes|le\s+terme|le\s+libellé|l'intitulé|les\s+intitulés|le\s+titre|les\s+titres)(?:\s+suivants)?\s*:?\s*"?\s*$/iu;

/** A subject named by a noun (`La thoracoscopie …`, `Les tests de provocation …`, `L'implant …`). */
export const NAMED_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:le|la|les|l'|un|une|des)\s*\p{L}/iu;

/** `… sont compris dans les honoraires de la prestation`, `… inclus dans le forfait des prestations`: the fee the codes after it bill. */
export const IN_THE_FEE_OF = /(?<![\p{L}])(?:comprise?s?|inclus|incluse?s?)\s+dans\s+(?:les?\s+|l')(?:honoraires?|forfaits?|prix|intervention)\s+(?:de\s+la|des|du|pour\s+la|pour\s+les)\s+prestations?\s+(?:n°\s*)?$/iu;
