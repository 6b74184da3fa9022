import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../pipeline/parse.js';
import type { Amendment } from '../schema/document.js';
import { makeSourceFile } from '../source/decode.js';

/**
 * Places metric: where each amendment applies in the annex (its `target`: article and path), against a key written
 * blind (test/gold-places/<round>/<decree>.tsv, one row per amending operation: the line it starts on, the article,
 * the path; BRIEF.md says how). The decrees are the synthetic ones of test/rules/gold-synthetic/<round>/. A path is
 * compared without its alinéa steps (the key stops at the smallest numbered or lettered subdivision).
 */

export interface PlaceRow {
  line: number;
  article: string;
  path: string;
  /** the key names the place only after the verb (`Sont insérés … au point 3`), which nomen does not read */
  afterVerb: boolean;
}

export interface PlacesReport {
  rounds: string[];
  operations: number;
  /** operations with an amendment of nomen on their line */
  found: number;
  right: number;
  beforeVerb: { operations: number; right: number };
  misses: string[];
}

/** The rows of one key file (tab-separated, with a header line). */
export function readPlaceRows(tsv: string): PlaceRow[] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .filter((c) => /^\d+$/u.test(c[0] ?? ''))
    .map((c) => ({ line: Number(c[0]), article: (c[1] ?? '').trim(), path: (c[2] ?? '').trim(), afterVerb: (c[4] ?? '').trim() === 'yes' }));
}

/** An amendment's path as the key writes it: steps joined by `, `, alinéas left out. */
export function keyPath(path: readonly string[]): string {
  return path.filter((p) => !p.startsWith('alinéa') && p !== 'dernier alinéa').join(', ');
}

/** Score the amendments of one decree against its key rows (adds to `report`). */
export function scorePlaces(report: PlacesReport, label: string, amendments: readonly Amendment[], rows: readonly PlaceRow[]): void {
  // (an operation's line may be below the lead line its clause starts on: every line an amendment's snippet covers)
  const byLine = new Map<number, Amendment[]>();
  for (const a of amendments) {
    const last = a.at.line + (a.at.snippet.match(/\n/gu)?.length ?? 0);
    for (let l = a.at.line; l <= last; l++) byLine.set(l, [...(byLine.get(l) ?? []), a]);
  }
  for (const row of rows) {
    report.operations++;
    if (!row.afterVerb) report.beforeVerb.operations++;
    const here = byLine.get(row.line) ?? [];
    if (here.length === 0) {
      report.misses.push(`${label}:${row.line}: no amendment (key: ${row.article} ${row.path})`);
      continue;
    }
    report.found++;
    if (here.some((a) => (a.target.article ?? '?') === row.article && keyPath(a.target.path) === row.path)) {
      report.right++;
      if (!row.afterVerb) report.beforeVerb.right++;
    } else {
      const got = [...new Set(here.map((a) => `${a.target.article ?? '?'} ${keyPath(a.target.path)}`))].join(' / ');
      report.misses.push(`${label}:${row.line}: key ${row.article} ${row.path}${row.afterVerb ? ' (after the verb)' : ''}, nomen ${got}`);
    }
  }
}

export function evaluatePlaces(repoRoot: string, keyDir = join(repoRoot, 'test/gold-places')): PlacesReport | null {
  if (!existsSync(keyDir)) return null;
  const report: PlacesReport = { rounds: [], operations: 0, found: 0, right: 0, beforeVerb: { operations: 0, right: 0 }, misses: [] };
  const decrees = join(repoRoot, 'test/rules/gold-synthetic');
  for (const round of readdirSync(keyDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    report.rounds.push(round);
    for (const file of readdirSync(join(keyDir, round)).filter((f) => f.endsWith('.tsv')).sort()) {
      const name = file.slice(0, -4);
      const path = join(decrees, round, `${name}.md`);
      const doc = parseSource(makeSourceFile(path, readFileSync(path)));
      scorePlaces(report, `${round}/${name}`, doc.amendments, readPlaceRows(readFileSync(join(keyDir, round, file), 'utf8')));
    }
  }
  return report;
}

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}%`;

export function formatPlacesReport(r: PlacesReport): string {
  return [
    `places of amendments, key written blind (test/gold-places: ${r.rounds.join(', ')}; first score in its SCORE-BLIND.txt; this run is not blind):`,
    `  operations ${r.operations}, found on their line ${r.found}, place right ${r.right} (${pct(r.right, r.operations)})`,
    `  places named before the verb: ${r.beforeVerb.right} of ${r.beforeVerb.operations} right (${pct(r.beforeVerb.right, r.beforeVerb.operations)})`,
  ].join('\n');
}
