import type { PrestationRef } from './context.js';

/**
 * How rule subjects are matched against labels: folded text (no accents, lower case), and the act a label bills. Each label is
 * folded once per prestation: every sentence whose subject may be named by words reads every label.
 */

const foldedLabels = new WeakMap<PrestationRef, string>();
const actsOfLabels = new WeakMap<PrestationRef, string>();

/**
 * A label without its opening `Honoraires pour le …` (folded): the act it bills, as a rule names it (`L'entretien de suivi …`
 * for `Honoraires pour l'entretien de suivi psychiatrique …`).
 */
export function actOfLabel(p: PrestationRef): string {
  let a = actsOfLabels.get(p);
  if (a === undefined) actsOfLabels.set(p, (a = foldedLabel(p).replace(/^[^\p{L}]*(?:honoraires?|forfaits?)(?:\s+forfaitaires?)?\s+(?:pour|de|du)\s+(?:(?:le|la|les|un|une)\s+|l')?/u, '')));
  return a;
}

/** A prestation's label folded (no accents, lower case) with its blanks made single: what subjects are matched against. */
export function foldedLabel(p: PrestationRef): string {
  let f = foldedLabels.get(p);
  if (f === undefined) foldedLabels.set(p, (f = fold(p.label).replace(/\s+/gu, ' ').trim()));
  return f;
}

/** `s` read literally inside a pattern (label words, a rubric's title). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** `s` without accents, in lower case (`Séance` → `seance`). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
