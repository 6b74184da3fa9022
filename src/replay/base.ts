import { parse } from 'csv-parse/sync';
import { parseRelativeValue } from '../extract/values.js';
import { AtRow, type NomenclatureState, type SourceRef } from '../schema/replay.js';
import { stateValue } from './extras.js';
import type { WorkingState } from './state.js';
import { fromSpreadsheetSafe } from '../output/spreadsheet-safe.js';

/**
 * A starting state: the prestations in force on a date, as `nomen at DATE
 * --format csv` (or `--json`) writes them. The replay is seeded with them and
 * applies only the decrees in force after that date. Every fact read from the
 * base names it (`source.base`), beside the document the base says set it.
 */
export interface Base {
  /** the base file's name (for provenance; `nomen build` gives its name, not its path). */
  file: string;
  /** the day the table describes: decrees in force on or before it are not replayed. */
  date: string;
  rows: AtRow[];
}

export class BaseError extends Error {}

/** Read a base table: the CSV of `at --format csv`, or the JSON of `at --json`. */
export function readBase(file: string, text: string, date: string | null): Base {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const rows = trimmed.startsWith('[') ? fromJson(trimmed) : fromCsv(trimmed);
  if (rows.length === 0) throw new BaseError(`${file}: no prestation in the base table`);
  const latest = rows.map((r) => r.from).filter((d): d is string => d !== null).sort().pop() ?? null;
  const day = date ?? latest;
  if (!day) throw new BaseError(`${file}: no row has a date: give --base-date`);
  const late = rows.find((r) => r.from !== null && r.from > day);
  if (late) throw new BaseError(`${file}: ${late.codes.join('-')} holds from ${late.from}, after the base date ${day}`);
  return { file, date: day, rows };
}

function fromJson(text: string): AtRow[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BaseError(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Array.isArray(raw)) throw new BaseError('a JSON base is an array of `nomen at --json` rows');
  return raw.map((r, i) => {
    const p = AtRow.safeParse(r);
    if (!p.success) throw new BaseError(`row ${i + 1}: ${p.error.issues[0].path.join('.')}: ${p.error.issues[0].message}`);
    return p.data;
  });
}

const COLUMNS = ['codes', 'label', 'value', 'from', 'to', 'knownSince', 'source', 'article'];

/** The open dataset's prestations.csv (`nomen export`) names its columns otherwise: read it as the same table. */
const EXPORT_COLUMNS: Record<string, string> = { group: 'codes', since: 'from', known_since: 'knownSince', document: 'source' };

function fromCsv(text: string): AtRow[] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new BaseError(`invalid CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
  const raw = records.shift() ?? [];
  const exported = raw.includes('group') && raw.includes('since');
  const head = exported ? raw.map((h) => EXPORT_COLUMNS[h] ?? h) : raw;
  const needed = exported ? ['codes', 'label', 'value', 'from', 'knownSince', 'source'] : COLUMNS.slice(0, 7);
  const missing = needed.filter((c) => !head.includes(c));
  if (missing.length) throw new BaseError(`the CSV header lacks ${missing.join(', ')} (write the base with \`nomen at DATE --format csv\` or \`nomen export\`)`);
  // (a cell the writer made safe for spreadsheets, `'+ Gingivectomie`, is read back as written)
  const col = (r: string[], name: string) => fromSpreadsheetSafe(r[head.indexOf(name)] ?? '');
  return records.map((r, i) => {
    const codes = col(r, 'codes').split('-').map((c) => c.trim());
    if (codes.length < 1 || codes.length > 2 || codes.some((c) => !/^\d{6}$/.test(c))) throw new BaseError(`line ${i + 2}: codes ${JSON.stringify(col(r, 'codes'))} are not a code or a pair`);
    const valueText = col(r, 'value').trim();
    const value = valueText ? parseRelativeValue(valueText) : null;
    if (valueText && !value) throw new BaseError(`line ${i + 2}: ${JSON.stringify(valueText)} is not a relative value`);
    const date = (name: string) => {
      const d = col(r, name).trim();
      if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new BaseError(`line ${i + 2}: ${name} ${JSON.stringify(d)} is not a date`);
      return d || null;
    };
    const sv = value ? stateValue(value) : null;
    return AtRow.parse({
      codes,
      label: col(r, 'label') || null,
      value: sv ? { letter: sv.letter, coefficient: sv.coefficient, terms: sv.terms, text: valueText } : null,
      from: date('from'),
      to: date('to'),
      knownSince: col(r, 'knownSince') === 'true',
      source: col(r, 'source') || 'base',
      article: col(r, 'article') || null,
    });
  });
}


/** Open the base's facts in a working state: status, label and value from each row's `from`. */
export function seedState(ws: WorkingState, base: Base): void {
  for (const r of base.rows) {
    const { group: g } = ws.resolve(r.codes);
    const source: SourceRef = { document: r.source, at: null, base: base.file };
    const v = { from: r.from, to: null, knownSince: r.knownSince, source, closedBy: null };
    g.status.push({ ...v, value: 'in-force' });
    if (r.label !== null) g.label.push({ ...v, value: r.label });
    if (r.value) g.value.push({ ...v, value: { letter: r.value.letter, coefficient: r.value.coefficient, terms: r.value.terms } });
    if (r.article) g.article = r.article;
  }
}

/** `base` block of the state: which file, which day, how many prestations. */
export function baseInfo(base: Base): NonNullable<NomenclatureState['base']> {
  return { file: base.file, date: base.date, prestations: base.rows.length };
}

