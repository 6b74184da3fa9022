import type { AtRow, CodeGroupState, NomenclatureState, SourceRef, Version } from '../schema/replay.js';
import { versionAt } from '../replay/state.js';

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
      value: value?.value ? { letter: value.value.letter, coefficient: value.value.coefficient } : null,
      from: src.from,
      to: earliestTo(parts),
      source: src.source.document,
    },
    source: src.source,
  };
}

/** The nomenclature in force on `date`: one row per prestation, by code. */
export function stateAt(state: NomenclatureState, date: string): AtRow[] {
  const rows: AtRow[] = [];
  for (const g of state.groups) {
    const r = groupAt(g, date);
    if (r) rows.push(r.row);
  }
  return rows;
}
