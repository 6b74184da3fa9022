/**
 * Precision / recall / F1 and one-to-one matching of gold facts against
 * found facts. Pure functions: no I/O.
 */

export interface Scores {
  gold: number;
  found: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores from counts. A ratio over an empty side is vacuously 1 (nothing
 * found: nothing wrong; nothing to find: nothing missed), so F1 is 1 only
 * when both are empty and 0 when exactly one is.
 */
export function scores(gold: number, found: number, tp: number): Scores {
  if (tp > gold || tp > found) throw new Error(`true positives (${tp}) exceed gold (${gold}) or found (${found})`);
  const precision = found === 0 ? 1 : tp / found;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, found, tp, precision, recall, f1 };
}

export interface Match<G, F> {
  tp: Array<{ gold: G; found: F }>;
  /** gold items nothing matched: missed facts. */
  fn: G[];
  /** found items nothing matched: wrong or extra facts. */
  fp: F[];
}

/**
 * Greedy one-to-one matching: each gold item takes the first unused found
 * item the predicate accepts. Gold items are tried in the given order, so
 * put the most specific ones first when predicates overlap.
 */
export function matchItems<G, F>(gold: readonly G[], found: readonly F[], same: (g: G, f: F) => boolean): Match<G, F> {
  const used = new Array<boolean>(found.length).fill(false);
  const tp: Array<{ gold: G; found: F }> = [];
  const fn: G[] = [];
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < found.length; i++) {
      if (!used[i] && same(g, found[i])) {
        hit = i;
        break;
      }
    }
    if (hit < 0) fn.push(g);
    else {
      used[hit] = true;
      tp.push({ gold: g, found: found[hit] });
    }
  }
  const fp = found.filter((_, i) => !used[i]);
  return { tp, fn, fp };
}

/** Set matching on string keys (duplicates on either side collapse). */
export function matchKeys(gold: Iterable<string>, found: Iterable<string>): Match<string, string> {
  const g = [...new Set(gold)].sort();
  const f = [...new Set(found)].sort();
  return matchItems(g, f, (a, b) => a === b);
}

export interface Tally {
  gold: number;
  found: number;
  tp: number;
}

/** Micro-average: add counts over files, then score. */
export function addTally(into: Tally, m: { tp: unknown[]; fn: unknown[]; fp: unknown[] }): Tally {
  into.tp += m.tp.length;
  into.gold += m.tp.length + m.fn.length;
  into.found += m.tp.length + m.fp.length;
  return into;
}
