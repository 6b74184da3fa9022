import { accentTolerant } from '../../text/accents.js';

/**
 * Coverage: what a prestation's fee includes or excludes (`Les honoraires … couvrent …`, `Cette prestation comporte …`,
 * `… est compris dans les honoraires de …`, `… n'est pas compris …`), read by typeSentence (typers.ts).
 */

// patterns with accents read the words with or without them
const ci = accentTolerant('iu');

export interface Coverage {
  includes: string | null;
  excludes: string | null;
}

/**
 * `L'administration de l'agent … font partie intégrante de la prestation X`, `… fait partie de la prestation`: the subject is
 * what the fee covers (not `… du dossier`; nor `fait partie des prestations visées à l'article 3`, a class it belongs to).
 */
export const PART_OF_FEE = ci`\bf(?:ait|ont)(?:\s+également)?\s+partie\s+(?:intégrante\s+d(?:e\s+la|es|u|e\s+l')\s*(?:présente\s+|même\s+)?(?:prestations?|honoraires?|forfaits?|traitements?|examens?|interventions?)|d(?:e\s+la|u|e\s+l')\s*(?:présente\s+|même\s+)?(?:prestation|forfait|traitement|examen|intervention)|des\s+honoraires)(?![\p{L}])`;

/** `La prestation X ne vise pas …`, `… n'est pas visée par la prestation X`: what a prestation's fee leaves out. */
export const NOT_AIMED_AT = /(?<!\w)prestations?\s+[\d\s-]{6,}ne\s+vise(?:nt)?\s+pas\b|(?<!\w)n'(?:est|sont)\s+pas\s+vis[ée]e?s?\s+par\s+(?:la|les|cette|ces)\s+prestations?\b/iu;

/** What the sentence says a fee covers, or null; `covered`: the sentence states a limit, which is its rule then. */
/** What ties a prestation to the document before it, as its complement: `dont il est question dans la prestation`, `relatif aux prestations`. */
const COMPLEMENT_LINK = /(?<![\p{L}])(?:dont|relatif|relative|relatifs|relatives|afférent|afférente|concernant|visée?s?\s+(?:à|dans)|dans|pour)(?![\p{L}])/u;

export function coverageOf(s: string, covered: boolean): Coverage | null {
  // (`L'assurance couvre une seule polysomnographie par an`: the limit is the rule)
  if (covered) return null;
  let m: RegExpExecArray | null;
  // (`L'évaluation … couvre, outre l'examen …, l'établissement d'un rapport`: a comma before `outre`; not `ce forfait couvre,
  // telle qu'établie …`, nor `comprend, en outre, une greffe`)
  const cov = ci`\b(?:couvre(?:nt)?|comprend|comprennent|englobe(?:nt)?|inclut|incluent|rémunèren?t?(?<=\b(?:honoraires?|forfaits?)\b[^.;]{0,60}?rémunèren?t?))(?:\s*,(?=\s*outre\b))?\s+(?!pas\b|ni\b)([\s\S]*?)(?:,?\s*à\s+l'exception\s+(?:des?|du|de\s+la|de\s+l')\s*([\s\S]*?))?[.;]?$`.exec(s);
  // (`Le dossier individuel comprend …`, `Le rapport doit comprendre …`: what a document holds is a documentation duty)
  // (the document the subject, a prestation only in its complement: `Le dossier de grossesse dont il est question dans la
  // prestation 422030 comprend …`)
  const held = cov ? ci`(?<!\b(?:du|des|de\s+(?:ce|son|leur|la|l'))\s+)\b(?:dossiers?|rapports?|demandes?|prescriptions?|formulaires?|protocoles?|registres?)\b[^.;:]{0,100}$`.exec(s.slice(0, cov.index)) : null;
  const fee = cov ? ci`\b(?:honoraires?|prestations?|forfaits?|interventions?|examens?)\b`.exec(s.slice(0, cov.index)) : null;
  if (held && (!fee || (fee.index > held.index && COMPLEMENT_LINK.test(s.slice(held.index, fee.index)) && !/[,;:]|(?<![\p{L}])(?:et|ou)(?![\p{L}])/u.test(s.slice(held.index, fee.index))))) return null;
  if (cov) {
    return { includes: cov[1].trim() || null, excludes: cov[2]?.trim() || null };
  } else if (/compris|inclus/iu.test(s) && (m = INCLUDED_IN_FEE.exec(s))) {
    // `Le prix de la capsule est compris dans les honoraires de la prestation …`: what is covered is the subject
    return { includes: s.slice(0, m.index).trim() || null, excludes: null };
  } else if (/comport/iu.test(s) && (m = PRESTATION_COMPRISES.exec(s))) {
    return { includes: m[1].trim() || null, excludes: null };
  } else if (ci`\b(?:est|sont)\s+couverte?s?\s+par\b`.test(s) && !/(?<!\w)ne\s+(?:sont|est)\s+pas\s+couvert/iu.test(s)) {
    // `L'hétéroanamnèse … est couverte par les honoraires de …`: what is covered is the subject
    const verb = ci`\b(?:est|sont)\s+couverte?s?\s+par\b`.exec(s)!;
    return { includes: s.slice(0, verb.index).trim() || null, excludes: null };
  } else if (/partie/iu.test(s) && (m = PART_OF_FEE.exec(s))) {
    // `L'administration de l'agent … et le monitoring … font partie intégrante de la prestation X`: the subject is covered
    return { includes: s.slice(0, m.index).trim() || null, excludes: null };
  } else if (/(?<!\w)(?:n'|ne\s+)(?:est|sont)\s+pas\s+compris|(?<!\w)(?<!(?<!\w)qui\s+)(?:ne\s+|n')(?:couvre(?:nt)?|comprend|comprennent|englobe(?:nt)?|inclu(?:t|ent))\s+(?:pas|ni)(?![\p{L}])/iu.test(s) || (/vis/iu.test(s) && NOT_AIMED_AT.test(s))) {
    // (`… ne comprennent pas …`, `… ne comprennent ni le matériel ni …`: what the fee leaves out)
    return { includes: null, excludes: s.trim() };
  }
  return null;
}

/**
 * `Cette prestation comporte la constatation …`, `Chacune des prestations … comporte …`: what the fee includes, when
 * the subject is the prestation (a request or report that `comporte` something is a documentation duty).
 */
const PRESTATION_COMPRISES = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:§\s*\d+(?:er)?\.\s*)?(?:cette|ces|la|les|l'|chaque|chacune\s+des)\s*(?:(?:première|premier|premières|premiers|deuxième|deuxièmes|dernière|dernier|dernières|derniers)\s+)?(?:prestations?|examens?|séances?|consultations?|honoraires?|forfaits?)(?![\p{L}])[^.;]{0,80}?\bcomporte(?:nt)?\s+(?!pas\b)(?:en\s+même\s+temps\s+)?([^;]*?)(?:,\s*et\s+(?:ne|n')\s.*)?[.;]?$`;

/** `… est compris dans les honoraires de la prestation …`, `sont inclus dans le forfait` (not `n'est pas compris`). */
const INCLUDED_IN_FEE = ci`(?<!\bn')\b(?:est|sont)\s+(?:compris|comprise?s?|inclus|incluse?s?)\s+dans\s+(?:les?\s+|la\s+|l'|cette\s+|ces\s+|chaque\s+|chacune\s+des\s+)?(?:honoraires?|prix|forfait|intervention|montant|remboursement|prestations?)(?![\p{L}])`;

/** A sentence stating what a prestation's fee includes, for the rule sentence gate (normative.ts). */
// (`Elle comprend le calcul …` after a rule on the prestation: a pronoun, with `comprend` only: `Elle comporte l'identification
// du bénéficiaire …` is what a request holds)
const PRONOUN_COMPRISES = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:elles?|ils?)\s+(?:comprend|comprennent)\s+(?!pas\b)`;
/**
 * The acts (and fees) whose content a rule may state: an examination, a session, a recording, a fee … (not a report, a
 * training, a team, a period: what they hold is a document's content or a condition, never what a fee covers).
 */
const ACT_NOUN = String.raw`(?:bilans?|enregistrements?|forfaits?|prix|relectures?|analyses?|placements?|épreuves?|sélections?|déterminations?|examens?|séances?|surveillances?|consultations?|prélèvements?|acquisitions?|traitements?|soutiens?|interventions?|honoraires?|honoraire|montants?|tests?|prestations?|évaluations?|visites?|implantations?|préparations?|rééducations?|sessions?|entretiens?|concertations?|contrôles?|dosages?|biopsies?|ponctions?|injections?|perfusions?|procédures?|opérations?|\p{L}+(?:graphies?|scopies?|thérapies?|tomies?|plasties?|ectomies?|métries?))`;

/**
 * What an act named by its noun includes, the act the sentence's subject: `Le bilan comprend la mesure …`, `L'enregistrement
 * comprend la pose et le retrait …`, `La polysomnographie (478133-478144) comprend …`, `Le forfait comprend le cathéter …`.
 * Only an act (ACT_NOUN): not what a document, a list, a body, a team or a training holds (`Le dossier comprend …`,
 * `Le compte rendu comprend …`, `L'équipe comprend au moins …`, `La formation comprend …`: a duty to document, or no rule),
 * nor a relative clause's (`…, qui comprend …`), nor a refusal (`ne comprend pas`, read apart).
 */
export const ACT_COMPRISES = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:§\s*\d+(?:er)?\.\s*)?(?:le|la|l'|les|ce|cet|cette|ces|chaque|son|sa|ses|leur|leurs)\s*(?:(?:premi\p{L}+|deuxi\p{L}+|derni\p{L}+|seconde?s?)\s+)?${ACT_NOUN}(?![\p{L}])(?:[^.;:]{0,100}?[^.;:\s,])?\s+(?<!\bqui\s+)(?:comprend|comprennent|comporte(?:nt)?|englobe(?:nt)?|inclut|incluent)\s+(?!pas\b)`;

export const FEE_INCLUDES = new RegExp(`${PRESTATION_COMPRISES.source.replace('comporte(?:nt)?', '(?:comporte(?:nt)?|comprend|comprennent|inclu(?:t|ent))')}|${INCLUDED_IN_FEE.source}|${PRONOUN_COMPRISES.source}`, 'iu');

/**
 * A value fixed as a flat fee (`La valeur totale de plusieurs examens … est fixée forfaitairement à K 80`): a rule sentence
 * and a flatFee; not in a condition (`Lorsque les honoraires sont fixés forfaitairement, …`).
 */
export const FIXED_AS_FLAT_FEE = String.raw`(?<!(?:(?<!\w)lorsque|(?<!\w)lorsqu'|(?<!\w)si|(?<!\w)quand)\s[^,;.]{0,60})(?<!\w)(?:est|sont)\s+(?:fixée?s?|établie?s?|limitée?s?)\s+forfaitairement(?!\w)`;

/**
 * The value of several prestations of one day capped at one figure (`La valeur totale de plusieurs enregistrements … datés du même
 * jour est de K 125`, `… est limitée à K 180`, `… ne peut dépasser K 140`): a flat fee for them together, whatever their number.
 * Not a condition (`Lorsque la valeur totale … est de K 140 ou plus, …`), nor one prestation's value set against another's
 * (`La valeur totale de la prestation X est de 50 % de …`): the figure ends the sentence.
 */
export const TOTAL_VALUE_CAPPED = String.raw`(?<!(?:(?<!\w)lorsque|(?<!\w)lorsqu'|(?<!\w)si|(?<!\w)quand|(?<!\w)dès\s+que)\s+(?:la\s+)?)(?<!\w)valeur\s+(?:relative\s+)?(?:totale|globale)\s+(?:de\s+|des\s+)(?:plusieurs|deux\s+ou\s+plusieurs|l'ensemble\s+des|(?<=des\s+))\s*[^.;]{0,250}?(?<!\w)(?:(?:est|sont)\s+(?:de|limitée\s+à|plafonnée\s+à|fixée\s+à|égale\s+à)|ne\s+peut\s+(?:pas\s+)?(?:dépasser|excéder))\s+(?:[A-Z]{1,3}\s*)?\d+(?:[,.]\d+)?\s*(?:[.;]|$)`;
