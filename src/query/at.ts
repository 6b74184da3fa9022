import type { AtRow, CodeGroupState, NomenclatureState, RowValue, SourceRef, StateValue, Version } from '../schema/replay.js';
import { formatValue } from '../replay/extras.js';
import { versionAt } from '../replay/state.js';
import { csvField } from '../output/spreadsheet-safe.js';

/** A state value as rows show it: all its terms and its written form. */
export function rowValue(v: StateValue | null | undefined): RowValue | null {
  if (!v) return null;
  const terms = v.terms.length ? v.terms : [{ letter: v.letter, coefficient: v.coefficient }];
  return { letter: v.letter, coefficient: v.coefficient, terms, text: formatValue(v)! };
}

type AnyVersion = Version<unknown>;

/** The latest-starting of the versions that make up a row: it names the source. */
export function latest(vs: (AnyVersion | null)[]): AnyVersion | null {
  let best: AnyVersion | null = null;
  for (const v of vs) if (v && (best === null || (v.from ?? '') > (best.from ?? ''))) best = v;
  return best;
}

function earliestTo(vs: (AnyVersion | null)[]): string | null {
  let to: string | null = null;
  for (const v of vs) if (v?.to && (to === null || v.to < to)) to = v.to;
  return to;
}

/** One prestation as in force on `date`, or null when it is not. */
export function groupAt(g: CodeGroupState, date: string): { row: AtRow; source: SourceRef } | null {
  const status = versionAt(g.status, date);
  if (!status || status.value !== 'in-force') return null;
  const label = versionAt(g.label, date);
  const value = versionAt(g.value, date);
  const parts = [status, label, value] as (AnyVersion | null)[];
  const src = latest(parts)!;
  return {
    row: {
      codes: g.codes,
      label: label?.value ?? null,
      value: rowValue(value?.value),
      from: src.from,
      to: earliestTo(parts),
      knownSince: src.knownSince,
      source: src.source.document,
      article: g.article ?? null,
      ...(src.source.base ? { base: src.source.base } : {}),
    },
    source: src.source,
  };
}

/** What `at` can be narrowed to: codes (a code or a pair), an annex article, a key letter. */
export interface AtFilter {
  code?: string;
  article?: string;
  letter?: string;
}

/** The nomenclature in force on `date`: one row per prestation, by code. */
export function stateAt(state: NomenclatureState, date: string, filter: AtFilter = {}): AtRow[] {
  const rows: AtRow[] = [];
  const codes = filter.code?.split(/\s*[-–]\s*|\s+/).filter(Boolean) ?? [];
  for (const g of state.groups) {
    if (codes.length && !codes.every((c) => g.codes.includes(c))) continue;
    if (filter.article !== undefined && (g.article ?? '').toLowerCase() !== filter.article.toLowerCase()) continue;
    const r = groupAt(g, date);
    if (!r) continue;
    if (filter.letter !== undefined && !r.row.value?.terms.some((t) => t.letter === filter.letter!.toUpperCase())) continue;
    rows.push(r.row);
  }
  return rows;
}

const CSV_COLUMNS = ['codes', 'label', 'value', 'from', 'to', 'knownSince', 'source', 'article'] as const;

/** `at --format csv`: one line per row, the value in its written form (`N 30 + Q 30`). */
export function atCsv(rows: AtRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows)
    lines.push(
      [r.codes.join('-'), r.label ?? '', r.value?.text ?? '', r.from ?? '', r.to ?? '', String(r.knownSince), r.source, r.article ?? ''].map(csvField).join(','),
    );
  return lines.join('\n') + '\n';
}
