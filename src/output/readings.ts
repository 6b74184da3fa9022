import type { BuildNotice } from '../schema/build.js';
import type { ReplayDocument } from '../replay/input.js';

/** Which reading of a decree is kept when several sources carry its NUMAC: Justel's text first. */
const RANK: Record<ReplayDocument['document']['source']['format'], number> = { 'justel-markdown': 0, pdf: 1, 'pdf-text': 2 };

/**
 * One document per NUMAC: the same decree given as Justel markdown and as the
 * Moniteur PDF would be replayed twice (its rules doubled in the feed). The
 * best reading is kept (markdown, then PDF, then PDF text; then path order)
 * and the others are reported as a `build/duplicate-numac` notice, not built.
 * Ids that are file stems keep the `--2` naming of assignFiles.
 */
export function oneReadingPerNumac<T extends { path: string; part: ReplayDocument }>(parsed: T[]): { kept: T[]; notices: BuildNotice[] } {
  const byNumac = new Map<string, T[]>();
  for (const p of parsed) {
    const id = p.part.document.id;
    if (/^\d{10}$/.test(id)) byNumac.set(id, [...(byNumac.get(id) ?? []), p]);
  }
  const dropped = new Set<T>();
  const notices: BuildNotice[] = [];
  for (const [id, list] of [...byNumac.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (list.length < 2) continue;
    const ranked = [...list].sort((a, b) => RANK[a.part.document.source.format] - RANK[b.part.document.source.format] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const [keep, ...rest] = ranked;
    for (const r of rest) dropped.add(r);
    const name = (x: T) => `${x.path} (${x.part.document.source.format})`;
    notices.push({
      severity: 'warning',
      code: 'build/duplicate-numac',
      message: `NUMAC ${id} is given ${list.length} times: ${name(keep)} is kept; ${rest.map(name).join(', ')} not built (one document per decree)`,
      paths: ranked.map((x) => x.path),
    });
  }
  return { kept: parsed.filter((p) => !dropped.has(p)), notices };
}
