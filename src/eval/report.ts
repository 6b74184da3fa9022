/**
 * Micro-averaged report over the gold set: table, JSON and threshold check.
 * Pure: takes per-file results, returns strings and numbers.
 */
import type { FieldResult, Shown } from './compare.js';
import { scores, type Scores } from './metrics.js';

export interface FileResult {
  gold: string;
  source: string;
  fields: FieldResult[];
  /** set when the pipeline failed on this file: every gold fact counts as missed. */
  error?: string;
}

export interface FieldScores extends Scores {
  field: string;
}

export interface EvalReport {
  files: number;
  fields: FieldScores[];
  errors: Array<{ gold: string; error: string }>;
  details?: Array<{ gold: string; source: string; field: string; fp: Shown[]; fn: Shown[] }>;
}

/** Sum counts per field over files (micro-average), keeping first-seen field order. */
export function aggregate(results: readonly FileResult[], withDetails: boolean): EvalReport {
  const order: string[] = [];
  const tallies = new Map<string, { gold: number; found: number; tp: number }>();
  const details: NonNullable<EvalReport['details']> = [];
  for (const r of results) {
    for (const f of r.fields) {
      let t = tallies.get(f.field);
      if (!t) {
        t = { gold: 0, found: 0, tp: 0 };
        tallies.set(f.field, t);
        order.push(f.field);
      }
      t.tp += f.tp;
      t.gold += f.tp + f.fn.length;
      t.found += f.tp + f.fp.length;
      if (withDetails && (f.fp.length > 0 || f.fn.length > 0)) {
        details.push({ gold: r.gold, source: r.source, field: f.field, fp: f.fp, fn: f.fn });
      }
    }
  }
  const fields = order.map((field) => {
    const t = tallies.get(field)!;
    return { field, ...scores(t.gold, t.found, t.tp) };
  });
  const errors = results.flatMap((r) => (r.error === undefined ? [] : [{ gold: r.gold, error: r.error }]));
  return { files: results.length, fields, errors, ...(withDetails ? { details } : {}) };
}

const pct = (x: number) => x.toFixed(3);

export function formatTable(report: EvalReport): string {
  const head = ['field', 'gold', 'found', 'tp', 'precision', 'recall', 'F1'];
  const rows = report.fields.map((f) => [f.field, String(f.gold), String(f.found), String(f.tp), pct(f.precision), pct(f.recall), pct(f.f1)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [`gold files: ${report.files}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  for (const e of report.errors) out.push(`ERROR ${e.gold}: ${e.error}`);
  return out.join('\n');
}

export function formatDetails(report: EvalReport): string {
  const out: string[] = [];
  for (const d of report.details ?? []) {
    for (const x of d.fn) out.push(`FN ${d.field} ${d.source} ${x.key}${x.where ? `  | ${x.where}` : ''}`);
    for (const x of d.fp) out.push(`FP ${d.field} ${d.source} ${x.key}${x.where ? `  | ${x.where}` : ''}`);
  }
  return out.join('\n');
}

/** Fields whose F1 is below `min` (the `--min` gate). */
export function belowThreshold(report: EvalReport, min: number): FieldScores[] {
  return report.fields.filter((f) => f.f1 < min);
}
