import { CASE_REFERENCE } from './forms.js';

// What a rule stands for beyond the codes it names: the rule before it that asked for the document it names again, and
// the bounds of an exception or of a place (read by the rule reader, index.ts).

/**
 * A document the sentence before asked for, named again (`… que sur prescription d'un médecin spécialiste. Le
 * kinésithérapeute conserve cette prescription dans le dossier …`): that rule's prestations, whatever stands above.
 */
// (or the step the rule before required, `… que sur la base d'une décision prise lors d'une concertation … . Le rapport de cette
// concertation est conservé …`)
export const DOCUMENT_ANAPHOR = /(?<![\p{L}])(?:cette|ces|ladite|lesdites)\s+(?:prescriptions?|demandes?|attestations?|notifications?|autorisations?|motivations?|concertations?|décisions?|évaluations?|confirmations?|justifications?|réunions?)(?![\p{L}])|(?<![\p{L}])(?:ce|ces|ledit|lesdits)\s+(?:rapports?|formulaires?|protocoles?|documents?|accords?|diagnostics?|avis)(?![\p{L}])/iu;

/** An exception of prestations opening the sentence, before its own: `A l'exception de la prestation X, les prestations …`. */
export const EXCEPTED_PRESTATIONS_FIRST = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*|\d{1,2}°\s*)?(?:à|a)\s+l'exception\s+d(?:e\s+la|es)\s+prestations?\s+(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?)*\s*,\s*(?:les|la)\s+prestations?\s+(?:n°\s*)?$/iu;

/** A sentence on another article's acts (`… de l'article 2`, `… visé à l'article 20, § 1er`): not the quoted paragraph's. */
export const OTHER_ARTICLE = /(?<![\p{L}])article\s+\d/iu;

/**
 * The rule of the paragraph a sentence refers back to by a document (`cette prescription`) or a case (`Dans ce cas`): the
 * last one that named that document, or the last one; null when the sentence does neither.
 */
export function documentAntecedent(sentence: string, before: readonly { codes: string[][]; text: string }[]): string[][] | null {
  if (before.length === 0) return null;
  const doc = DOCUMENT_ANAPHOR.exec(sentence);
  if (!doc && !CASE_REFERENCE.test(sentence)) return null;
  const noun = doc ? doc[0].split(/\s+/u).pop()!.replace(/s$/u, '').slice(0, 7).toLowerCase() : null;
  const asked = noun ? [...before].reverse().find((r) => r.text.toLowerCase().includes(noun)) : undefined;
  return (asked ?? before[before.length - 1]).codes;
}

/**
 * The rule of the paragraph that named the thing a demonstrative names again, `cette concertation` after `… que sur la base
 * d'une décision prise lors d'une concertation …`, or null: an act's name that reads as a demonstrative on a prestation
 * (`cette consultation`) stands for the rule that required it, where one did.
 */
const DEMONSTRATIVE_FIRST = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:cette|ces|ce|cet|ladite|lesdites|ledit|lesdits)\s/iu;

export function namedInRuleBefore(sentence: string, before: readonly { codes: string[][]; text: string }[]): string[][] | null {
  // (not the subject, `Cette concertation ne peut être attestée …` under a concertation's code, nor beside a prestation named
  // so, `Cette prestation … suivant cette réunion`)
  if (!before.length || DEMONSTRATIVE_FIRST.test(sentence) || /(?<![\p{L}])(?:cette|ladite)\s+prestation(?![\p{L}])/iu.test(sentence)) return null;
  const doc = DOCUMENT_ANAPHOR.exec(sentence);
  if (!doc) return null;
  const noun = doc[0].split(/\s+/u).pop()!.replace(/s$/u, '').slice(0, 7).toLowerCase();
  return [...before].reverse().find((r) => r.text.toLowerCase().includes(noun))?.codes ?? null;
}

/** Words that name no thing of a prestation's own: `Les prestations X …` (read elsewhere), `Les honoraires …`. */
const NOT_A_THING = /^(?:prestations?|honoraires?|codes?|numéros?|suppléments?|forfaits?)$/iu;

/** The plural noun right before a rule's first code: `c) Les électrodes 685204 …` → `électrodes`. */
export function nounBeforeCodes(head: string): string | null {
  // (`Les électrodes X et Y`, `Les électrodes (prestations X, Y et Z)`)
  const m = /(?:^|\s)(?:les|des|aux)\s+(\p{L}{4,}s)\s+(?:\(\s*(?:prestations?\s+)?)?(?:n°\s*)?$/iu.exec(head);
  return m && !NOT_A_THING.test(m[1]) ? m[1].toLowerCase() : null;
}

/**
 * The plural noun a sentence defines by the prestations it names, whether or not the sentence is a rule: `Les tiges
 * mentionnées sous les prestations X, Y et Z sont considérées comme …` → `tiges` (`Le remboursement de ces tiges …` is on
 * X, Y and Z). `head` is the sentence up to its first code.
 */
export function definedThing(head: string): string | null {
  const m = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?les\s+(\p{L}{4,}s)\s+(?:mentionnée?s|visée?s|décrite?s|reprise?s|désignée?s|couverte?s|remboursée?s)\s+(?:sous|à|aux|dans|par)\s+(?:les\s+)?(?:prestations?|numéros?(?:\s+d'ordre)?|codes?)\s*(?:n°\s*)?$/iu.exec(head);
  return m && !NOT_A_THING.test(m[1]) ? m[1].toLowerCase() : null;
}

/** The plural noun a demonstrative names: `Le remboursement de ces tiges …` → `tiges`. */
export function demonstrativeNoun(sentence: string): string | null {
  const m = /(?<![\p{L}])ces\s+(\p{L}{4,}s)(?![\p{L}])/iu.exec(sentence);
  return m ? m[1].toLowerCase() : null;
}

/** The plural noun a sentence's subject counts: `d) Deux électrodes au maximum …`, `Trois implants au plus …`, `Au maximum deux électrodes …` → that noun. */
export function countedNoun(sentence: string): string | null {
  // (`Au maximum deux électrodes peuvent …`)
  const m = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:au\s+maximum\s+|maximum\s+)?(?:deux|trois|quatre|cinq|six|\d{1,2})\s+(\p{L}{4,}s)(?![\p{L}])/iu.exec(sentence);
  return m ? m[1].toLowerCase() : null;
}
