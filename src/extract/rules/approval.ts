import { accentTolerant } from '../../text/accents.js';

/** Who must approve a prestation before it is paid (priorApproval): the Collège, the advising physician, a consultation … */

const ci = accentTolerant('iu');

/**
 * `le médecin conseil`, as some decrees print it, written as the annex does, `le médecin-conseil` (the forms that name
 * him are written so); the same length, so that offsets stay as they were.
 */
export function hyphenAdvisingPhysician(s: string): string {
  return /conseil/iu.test(s) ? s.replace(/(?<![\p{L}])(m[ée]decins?) (conseils?)(?![\p{L}])/giu, '$1-$2') : s;
}

/**
 * `l'intervention de l'assurance est accordée par le médecin-conseil | le Collège | le Conseil …` (group 1: who): granted
 * case by case; not in a relative clause that describes it, `Le bénéficiaire auquel l'intervention … est accordée par …`.
 */
export const GRANTED_BY = String.raw`(?<!(?<![\p{L}])(?:auquel|auxquels|auxquelles|à\s+qui|laquelle|lequel|lesquels|lesquelles|dont)\s+(?:l'|le\s+|la\s+)?)\b(?:intervention\s+de\s+l'assurance|remboursement)\s+(?:\S+\s+){0,4}?(?:est|sont)\s+accordée?s?\s+(?:\S+\s+){0,3}?par\s+(?:le|la)\s+(médecin-conseil|Collège|Conseil|Commission)`;

/** `L'indication … est posée au cours d'une (par une) concertation multidisciplinaire`: decided by one (a regex source). */
export const DECIDED_IN_CONSULTATION = String.raw`(?<![\p{L}])(?:posée|établie|décidée|validée|confirmée|retenue)\s+(?:(?:lors|au\s+cours)\s+d'une|par\s+une|par\s+la)\s+(?:COM\b|(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire)`;

/** A request put to a body for its decision: `la demande est soumise, pour décision, au Collège des médecins-directeurs` (a regex source). */
export const SUBMITTED_FOR_DECISION = String.raw`^[\s"'«(*-]*(?:[^,.;:]{1,60},\s*)?(?:(?:la|les|une|toute|toutes\s+les|cette|ces)\s+(?:demandes?|dossiers?)\b[^.;]{0,100}?\b(?:est|sont)\s+soumise?s?\s*,?\s*pour\s+(?:décision|accord|approbation)\s*,?\s*(?:au|à\s+la)\s+(Collège\s+des\s+médecins-directeurs|médecin-conseil|Conseil\s+technique\s+[\p{L}-]+|Commission(?:\s+de\s+conventions?)?)|(?:la|les|une|toute|toutes\s+les|cette|ces)\s+demandes?\b[^.;,]{0,100}?\b(?:est|sont)\s+soumise?s?\s+(?:au|à\s+la)\s+(Collège\s+des\s+médecins-directeurs|médecin-conseil)(?![^.;]*?\b(?:information|avis|a\s+posteriori|qui\s+suivent)\b))`;

/** Not about a deadline or a derogation (`… l'autorisation d'introduire la notification après l'expiration du délai`). */
const NOT_A_DELAY = String.raw`(?![^.;]{0,80}?(?<![\p{L}])(?:délai|dérog\p{L}*)(?![\p{L}]))`;
/**
 * An approval to ask for: `… d'obtenir du médecin-conseil l'autorisation d'attester …`, `… de demander au Collège l'accord …`
 * (not one not needed, `Il n'est pas nécessaire de demander …`) (a regex source; group 1: who).
 */
export const APPROVAL_ASKED = String.raw`(?<!(?:pas|plus)\s+(?:nécessaire|requis|utile)\s+de\s+)(?<![\p{L}])(?:obtenir|demander|solliciter)\s+(?:du|au|auprès\s+du)\s+(médecin-conseil|Collège\s+des\s+médecins-directeurs)\s+(?:l'autorisation|l'accord)(?![\p{L}])${NOT_A_DELAY}`;
/** Who may allow it, after an aside: `Le Collège … peut, à la demande du bénéficiaire, autoriser …` (a regex source; group 1: who). */
const allowedAfterAside = (who: string, verbs: string) => String.raw`(?<![\p{L}])(${who})\s+peut\s*,[^,.;]{1,80},\s*(?:${verbs})(?![\p{L}])${NOT_A_DELAY}`;
/** As a rule sentence, either may allow or grant (normative.ts); as a type, the médecin-conseil's is read below, with any aside. */
export const APPROVAL_AFTER_ASIDE = allowedAfterAside(String.raw`médecin-conseil|Collège\s+des\s+médecins-directeurs`, 'autoriser|accorder');
const COLLEGE_AFTER_ASIDE = allowedAfterAside(String.raw`Collège\s+des\s+médecins-directeurs`, 'autoriser');

export function approvalOf(s: string): 'collegeOfMedicalDirectors' | 'advisingPhysician' | 'multidisciplinaryConsultation' | 'other' | null {
  const asked = ci`${APPROVAL_ASKED}|${COLLEGE_AFTER_ASIDE}`.exec(s);
  if (asked) return /^Coll/iu.test(asked[1] ?? asked[2]) ? 'collegeOfMedicalDirectors' : 'advisingPhysician';
  if (ci`\b(?:accord|autorisation|approbation)\s+(?:préalable\s+)?du\s+Collège\s+des\s+médecins-directeurs|adressées?\s+au\s+Collège\s+des\s+médecins-directeurs|\bCollège\s+des\s+médecins-directeurs\s+(?:n'\s*)?(?:y\s+)?(?:ait|a|aura|doit\s+avoir)\s+(?:préalablement\s+)?(?:(?:marqué|donné)\s+son\s+accord(?!\s+(?:sur|pour|quant)(?![\p{L}])(?!\s+(?:la\s+)?base\b))|consenti)`.test(s)) return 'collegeOfMedicalDirectors';
  if (ci`\b(?:accord|autorisation|approbation)\s+(?:préalable\s+)?(?:du|par\s+le)\s+médecin-conseil|\bqu'après\s+(?:(?:la\s+)?réception|l'avis\s+favorable|l'approbation)\s+par\s+le\s+médecin-conseil|\bautorisée?s?\s+par\s+le\s+médecin-conseil|(?<!\b(?:délai|dérogation|prolongation\s+du\s+délai)\b[^.;]{0,60}?)(?<!\b(?:ne|n')\s*(?:peu(?:t|vent)|sera|est)\s+(?:pas\s+|jamais\s+)?(?:être\s+)?)\baccordée?s?\s+par\s+le\s+médecin-conseil|\bmédecin-conseil\s+(?:n'\s*)?(?:y\s+)?(?:ait|a|aura|doit\s+avoir)\s+(?:(?:marqué|donné)\s+son\s+accord|consenti)|\bmédecin-conseil\s+n'autorise\b|\bmédecin-conseil(?:\s+de\s+l'organisme\s+assureur)?\s+peut[,\s]+(?:\S+\s+){0,8}?(?:autoriser|accorder|donner\s+(?:l'autorisation|son\s+autorisation|une\s+autorisation|son\s+accord))\b|\bmédecin-conseil\s+(?:les?|l')\s*(?:a|ait)\s+(?:préalablement\s+)?autorisée?s?`.test(s)) return 'advisingPhysician';
  // (`sur base d'une décision prise lors d'une concertation oncologique multidisciplinaire`, `lorsque la demande résulte d'une …`,
  // `… fait suite à une …`)
  if (ci`\b(?:approuvée?s?|décision\s+prise)\s+lors\s+d'une\s+(?:COM(?![\p{L}])|CM(?![\p{L}])|concertation|consultation)|\bdécision\s+(?:d(?:e\s+|')[\p{L}-]+\s+(?:[^.;]{0,60}?\s)?)?est\s+prise\s+(?:lors|au\s+cours)\s+d'une\s+(?:COM(?![\p{L}])|CM(?![\p{L}])|(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire)|\b(?:(?:résulte|découle)\s+d'une|fait\s+suite\s+à\s+une)\s+(?:COM(?![\p{L}])|concertation\s+(?:\p{L}+\s+)?multidisciplinaire)|\bqu'après\s+(?:une\s+)?(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire|\b(?:ne|n')\s*[^.;]{0,80}?\bqu'à\s+l'issue\s+d'une\s+(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire|\b(?:décision\s+(?:préalable\s+)?(?:favorable\s+)?|avis\s+(?:préalable|favorable)\s+(?:et\s+favorable\s+)?)(?:d'une|de\s+la)\s+(?:COM\b|(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire)|${DECIDED_IN_CONSULTATION}`.test(s)) return 'multidisciplinaryConsultation';
  // `l'intervention de l'assurance est accordée par le médecin-conseil`, `le Conseil technique dentaire peut accorder une
  // intervention de l'assurance`: granted case by case, before it is paid
  const grantedBy = ci`${GRANTED_BY}|\b(médecin-conseil|Collège|Conseil|Commission)\b[^.;]{0,60}?\bpeut[,\s]+(?:\S+\s+){0,8}?accorder\s+(?:une\s+|l')intervention`.exec(s);
  if (grantedBy) {
    const by = (grantedBy[1] ?? grantedBy[2]).toLowerCase();
    return by === 'médecin-conseil' ? 'advisingPhysician' : by === 'collège' && /Collège\s+des\s+médecins-directeurs/iu.test(s) ? 'collegeOfMedicalDirectors' : 'other';
  }
  // (`la demande est soumise, pour décision, au Collège des médecins-directeurs`, `… à la Commission de conventions`: decided
  // case by case before it is paid)
  const submitted = ci`${SUBMITTED_FOR_DECISION}`.exec(s);
  const body = submitted ? (submitted[1] ?? submitted[2]) : '';
  if (submitted) return /Collège\s+des\s+médecins-directeurs/iu.test(body) ? 'collegeOfMedicalDirectors' : /médecin-conseil/iu.test(body) ? 'advisingPhysician' : 'other';
  // (`n'est accordée qu'avec l'accord du Conseil technique dentaire`)
  if (ci`\baccord\s+préalable\b|\b(?:accord|autorisation|approbation)\s+(?:préalable\s+)?(?:du|de\s+la)\s+(?:Conseil|Commission)\b`.test(s)) return 'other';
  return null;
}
