import type { RuleType } from '../../schema/rules.js';
import { CODES_SUBJECT, ELLIPTIC_CLAUSE, OWN_CLAUSE, peekTypes, withVerbOf } from './typers.js';

/**
 * A sentence of two clauses, each with a subject named by its codes and a rule of its own: `La prestation X ne peut être
 * portée en compte qu'une fois par jour et les prestations X, Y et Z ne sont pas cumulables entre elles`. A rule on its own
 * codes whose type one clause only reads is on that clause's codes (the limit on X), not on every code of the sentence. (A
 * non-cumulation keeps the sentence's: the other clause may name its party, `… et la prestation Y n'est pas cumulable avec
 * elle`.)
 */

/** Where a clause with a subject of its own begins: `… et les prestations X …`, `…; la prestation X …`. */
// (or one whose verb is left unsaid after a comma: `…, la prestation Y au maximum deux fois par trimestre`)
const CLAUSE_BREAK = new RegExp(String.raw`(?:,\s*|\s+)et\s+(?=(?:la|les)\s+prestations?\s+(?:n°\s*)?\d{6})|${OWN_CLAUSE.source}|${ELLIPTIC_CLAUSE.source}`, 'giu');

export interface Clause {
  /** offsets in the sentence */
  from: number;
  to: number;
  types: Set<RuleType>;
}

/** The sentence's clauses and the rule types each reads, or null when it is not two or more such clauses each with a rule. */
export function ruleClauses(sentence: string): Clause[] | null {
  if (!CODES_SUBJECT.test(sentence)) return null;
  const cuts = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => ({ at: m.index, next: m.index + m[0].length }));
  if (cuts.length === 0) return null;
  const clauses: Clause[] = [];
  let from = 0;
  for (const c of [...cuts, { at: sentence.length, next: sentence.length }]) {
    // (a clause whose verb is left unsaid, `…, et la prestation Y qu'une fois tous les 3 ans`, is read with the first one's)
    const text = sentence.slice(from, c.at);
    const types = new Set(peekTypes(from ? withVerbOf(sentence.slice(0, cuts[0].at), text) : text).map((t) => t.type));
    if (types.size === 0) return null;
    clauses.push({ from, to: c.at, types });
    from = c.next;
  }
  return clauses;
}

/**
 * The clause that reads the `nth` of `count` rules of `type` (one clause each, in order: two settings, one per clause), or
 * null when the clauses reading that type are not as many as the rules.
 */
export function clauseOf(clauses: Clause[] | null, type: RuleType, nth = 0, count = 1): Clause | null {
  const reading = clauses?.filter((c) => c.types.has(type)) ?? [];
  return reading.length === count ? reading[nth] : null;
}
