/**
 * The two rules every nomenclature code obeys, and the corrections they
 * allow. Suggestions come only from these rules, never from a table of
 * known codes: the texts we parse define the codes.
 */

/** Check digit: the last digit equals the first five digits (as a number) mod 7. */
export function checkDigitValid(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return Number(code.slice(0, 5)) % 7 === Number(code[5]);
}

/** The code with the same first five digits and the right check digit. */
export function withCheckDigit(prefix: number): string | null {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 99999) return null;
  return String(prefix).padStart(5, '0') + String(prefix % 7);
}

/** Pair rule: the hospitalised code's first five digits are the ambulatory one's plus one. */
export function isPair(amb: string, hosp: string): boolean {
  if (!/^\d{6}$/.test(amb) || !/^\d{6}$/.test(hosp)) return false;
  return Number(hosp.slice(0, 5)) === Number(amb.slice(0, 5)) + 1;
}

/** The hospitalised code that goes with ambulatory code `amb`. */
export function hospitalisedFor(amb: string): string | null {
  return withCheckDigit(Number(amb.slice(0, 5)) + 1);
}

/** The ambulatory code that goes with hospitalised code `hosp`. */
export function ambulatoryFor(hosp: string): string | null {
  return withCheckDigit(Number(hosp.slice(0, 5)) - 1);
}

export type CodeRole = 'ambulatory' | 'hospitalised' | 'single';

/**
 * Which side of a pair that breaks the pair rule while both codes pass the
 * check digit is the typo (`343630 - 434641`). The rules alone cannot say;
 * the codes around it can: a list of prestations shares its leading digits
 * (`434615 - 434626, 434313 - 434324, 343630 - 434641`). With no evidence
 * either way, the ambulatory code is blamed (the hospitalised one then
 * stands as written).
 */
export function blamedSide(amb: string, hosp: string, neighbours: readonly string[] = []): 'ambulatory' | 'hospitalised' {
  const score = (code: string) => {
    let s = 0;
    for (const n of neighbours) {
      if (n === amb || n === hosp) continue;
      if (n.slice(0, 3) === code.slice(0, 3)) s += 2;
      else if (n[0] === code[0]) s += 1;
    }
    return s;
  };
  return score(hosp) > score(amb) || score(hosp) === score(amb) ? 'ambulatory' : 'hospitalised';
}

/** How many neighbour codes share the first three digits of `code`. */
function prefixSupport(code: string, neighbours: readonly string[]): number {
  return neighbours.filter((n) => n !== code && n.slice(0, 3) === code.slice(0, 3)).length;
}

/** Check-valid codes one digit away from `code` (a single mistyped digit). */
export function oneDigitRepairs(code: string): string[] {
  const out: string[] = [];
  for (let p = 0; p < 6; p++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) === code[p]) continue;
      const c = code.slice(0, p) + d + code.slice(p + 1);
      if (checkDigitValid(c)) out.push(c);
    }
  }
  return out;
}

/**
 * A pair whose codes both fail the check digit but keep the pair rule
 * (`588832-588843`): one mistyped digit in the shared first five digits
 * breaks both check digits at once. Returns the repaired pair when a single
 * digit change makes both valid and the codes nearby support its leading
 * digits better than a mere check-digit fix (`558810-558821` nearby → 558832-558843).
 */
export function repairSharedPrefix(amb: string, hosp: string, neighbours: readonly string[]): [string, string] | null {
  const own: [string, string] = [withCheckDigit(Number(amb.slice(0, 5)))!, withCheckDigit(Number(hosp.slice(0, 5)))!];
  let best: [string, string] = own;
  let bestScore = prefixSupport(own[0], neighbours);
  for (let p = 0; p < 5; p++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) === amb[p]) continue;
      const a = amb.slice(0, p) + d + amb.slice(p + 1);
      const h5 = String(Number(a.slice(0, 5)) + 1).padStart(5, '0');
      const h = h5 + hosp[5];
      if (!checkDigitValid(a) || !checkDigitValid(h)) continue;
      const score = prefixSupport(a, neighbours);
      if (score > bestScore) {
        best = [a, h];
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * The likely intended code when `code` breaks a rule, or null when it
 * breaks none (or nothing can be derived). `partner` is the other code of
 * its pair as written; `neighbours` are codes written nearby: they are
 * evidence from the same text (which side of a broken pair is wrong, which
 * leading digits a list shares), never a table of known codes.
 *
 * - single code failing the check digit → a code written nearby one digit
 *   away that passes (`643376` next to `653376`), else the same first five
 *   digits with the right check digit;
 * - one side of a pair failing the check digit while the other passes → derived from the other side (`436236 - 236240` → 436240);
 * - both passing the check digit but not the pair rule → the blamed side derived from the other (`343630 - 434641` → 434630);
 * - both failing → one shared mistyped digit if the codes nearby support it, else each check digit fixed.
 */
export function suggestCorrection(code: string, partner: string | null = null, role: CodeRole = 'single', neighbours: readonly string[] = []): string | null {
  const ownFix = () => withCheckDigit(Number(code.slice(0, 5)));
  if (partner === null || role === 'single') {
    if (checkDigitValid(code)) return null;
    const written = oneDigitRepairs(code).find((c) => neighbours.includes(c));
    return written ?? ownFix();
  }
  const amb = role === 'ambulatory' ? code : partner;
  const hosp = role === 'ambulatory' ? partner : code;
  const okSelf = checkDigitValid(code);
  const okOther = checkDigitValid(partner);
  const fromOther = () => (role === 'ambulatory' ? ambulatoryFor(hosp) : hospitalisedFor(amb));
  if (okSelf && okOther) {
    if (isPair(amb, hosp)) return null;
    return blamedSide(amb, hosp, neighbours) === role ? fromOther() : null;
  }
  if (okSelf) return null; // the partner is the broken one
  if (okOther) return fromOther();
  if (isPair(amb, hosp)) {
    const repaired = repairSharedPrefix(amb, hosp, neighbours);
    if (repaired) return role === 'ambulatory' ? repaired[0] : repaired[1];
  }
  return ownFix();
}
