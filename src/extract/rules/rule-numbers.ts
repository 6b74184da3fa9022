/**
 * Numbered rules of clinical biology (article 24): a prestation's label ends with `(Règle diagnostique 132)` or `(Règle de
 * cumul 84)`, and the rubric `Règles diagnostiques` (`Règles de cumul`) states each rule under its number. A rule there
 * that names no code of its own (`132 ¶ Ce test ne peut être porté en compte …`) is on the prestations that refer to it.
 */

export type RuleKind = 'diagnostique' | 'cumul';

/** `(Règle diagnostique 132)`, `(Règles de cumul 84)`, in a label or on its own line after it. */
const REFERENCE = /\(\s*r[èe]gles?\s+(diagnostiques?|de\s+cumul)\s+(\d{1,3})\s*\)/giu;
/** A code or a code pair. */
const CODE = /(?<!\d)(\d{6})(?:\s*-\s*(\d{6}))?(?!\d)/gu;
/** How far after its prestation's code a reference may stand (a label and its value). */
const REACH = 600;

const kindOf = (words: string): RuleKind => (/cumul/iu.test(words) ? 'cumul' : 'diagnostique');

/** The prestations that refer to each numbered rule (`diagnostique 132` → its code groups), in the order of the text. */
export function ruleReferences(text: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  if (!/r[èe]gles?\s+(?:diagnostique|de\s+cumul)/iu.test(text)) return out;
  const codes = [...text.matchAll(CODE)].map((m) => ({ at: m.index, codes: m[2] ? [m[1], m[2]] : [m[1]] }));
  let c = 0;
  for (const m of text.matchAll(REFERENCE)) {
    while (c + 1 < codes.length && codes[c + 1].at < m.index) c++;
    const before = codes[c];
    if (!before || before.at > m.index || m.index - before.at > REACH) continue;
    const key = `${kindOf(m[1])} ${Number(m[2])}`;
    const list = out.get(key) ?? [];
    if (!list.some((g) => g.join('-') === before.codes.join('-'))) list.push(before.codes);
    out.set(key, list);
  }
  return out;
}

/** The rubric of numbered rules a place is in: the last `Règles diagnostiques` / `Règles de cumul` named before it. */
export function numberedRubricBefore(text: string, at: number): RuleKind | null {
  const window = text.slice(Math.max(0, at - 3000), at);
  let last: RuleKind | null = null;
  for (const m of window.matchAll(/rubrique\s+["«“]?\s*r[èe]gles\s+(diagnostiques|de\s+cumul)/giu)) last = kindOf(m[1]);
  return last;
}

/** A piece that is only a rule's number, `132` (in its quote or not). */
export const RULE_NUMBER_PIECE = /^[\s"«“]*(\d{1,3})[\s.]*$/u;
