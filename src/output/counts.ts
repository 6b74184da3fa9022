import type { DocumentCounts } from '../schema/build.js';
import type { Diagnostic } from '../schema/common.js';

/* Counts for index.json and diagnostics.json (a module of its own: the build writes them without loading the parser). */

export function severityCounts(items: Pick<Diagnostic, 'severity'>[]): DocumentCounts['diagnostics'] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const g of items) counts[g.severity]++;
  return counts;
}

export function codeCounts(items: Pick<Diagnostic, 'code'>[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const g of items) counts.set(g.code, (counts.get(g.code) ?? 0) + 1);
  return sortedCounts(counts);
}

export function sortedCounts(counts: Map<string, number>): Record<string, number> {
  const keys = [...counts.keys()].sort();
  return Object.fromEntries(keys.map((k) => [k, counts.get(k)!]));
}
