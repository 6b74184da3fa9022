import type { CodeGroupState, HistoryRow, NomenclatureState, StateValue, Version } from '../schema/replay.js';
import { versionAt } from '../replay/state.js';
import { latest, rowValue } from './at.js';

export function findGroup(state: NomenclatureState, code: string): CodeGroupState | null {
  const codes = code.split(/\s*[-–]\s*|\s+/).filter(Boolean);
  return state.groups.find((g) => codes.every((c) => g.codes.includes(c))) ?? null;
}

function row(g: CodeGroupState, parts: (Version<unknown> | null)[], status: 'in-force' | 'repealed', from: string | null, to: string | null): HistoryRow {
  const [, label, value] = parts as [unknown, Version<string | null> | null, Version<StateValue | null> | null];
  const src = latest(parts)!;
  const at = src.source.at;
  return {
    codes: g.codes,
    label: status === 'in-force' ? (label?.value ?? null) : null,
    value: status === 'in-force' ? rowValue(value?.value) : null,
    from,
    to,
    knownSince: parts.some((p) => p?.knownSince && p.from === from),
    source: src.source.document,
    article: g.article ?? null,
    ...(src.source.base ? { base: src.source.base } : {}),
    status,
    sentence: at?.snippet ?? null,
    sourceAt: at ? { article: at.article, line: at.line, column: at.column } : null,
  };
}

/**
 * Every version of a code group, oldest first: a new row wherever its
 * status, label or value changes. Periods starting at an unknown date
 * (undated documents) come first when they end at a known date, last when
 * they do not.
 */
export function codeHistory(g: CodeGroupState): HistoryRow[] {
  const all = [...g.status, ...g.label, ...g.value] as Version<unknown>[];
  const dates = [...new Set(all.flatMap((v) => [v.from, v.to]).filter((d): d is string => d !== null))].sort();
  const rows: HistoryRow[] = [];
  // before the first known date: a code repealed or revalued by its first decree (old value quoted)
  const pre = <T>(h: Version<T>[]) => h.find((v) => v.from === null && v.to !== null) ?? null;
  const before = [pre(g.status), pre(g.label), pre(g.value)] as (Version<unknown> | null)[];
  if (before.some(Boolean)) {
    const to = before.filter((v): v is Version<unknown> => v !== null).map((v) => v.to!).sort()[0];
    rows.push(row(g, before, 'in-force', null, to));
  }
  dates.forEach((d, i) => {
    const status = versionAt(g.status, d);
    if (!status) return;
    const parts = [status, versionAt(g.label, d), versionAt(g.value, d)];
    const r = row(g, parts, status.value, d, dates[i + 1] ?? null);
    const prev = rows[rows.length - 1];
    if (prev && prev.to === d && prev.status === r.status && prev.source === r.source && prev.label === r.label && JSON.stringify(prev.value) === JSON.stringify(r.value))
      prev.to = r.to;
    else rows.push(r);
  });
  for (const s of g.status)
    if (s.from === null && s.to === null) rows.push(row(g, [s, g.label.find((l) => l.from === null) ?? null, g.value.find((v) => v.from === null) ?? null], s.value, null, null));
  return rows;
}
