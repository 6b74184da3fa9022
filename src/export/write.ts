import { stringify } from 'csv-stringify/sync';
import { join } from 'node:path';
import { formatJson, writeFileAtomic } from '../output/write.js';
import type { NomenclatureDocument } from '../schema/document.js';
import type { Cell, Table } from './table-schema.js';
import { spreadsheetSafe } from '../output/spreadsheet-safe.js';

/**
 * The open dataset on disk: per table `<name>.csv` (RFC 4180, UTF-8, a
 * header row, CRLF line ends as the RFC has them, codes and refusal codes as
 * text) and `<name>.jsonl` (one JSON object per row, same order), and a
 * Frictionless `datapackage.json` describing them. Same input, same bytes.
 */
export async function writeExport(
  dir: string,
  tables: readonly Table[],
  documents: readonly NomenclatureDocument[],
  at: string,
  version: string,
  extra: { codeSystem?: unknown; database?: Uint8Array } = {},
): Promise<string[]> {
  const written: string[] = [];
  for (const t of tables) {
    const names = t.schema.fields.map((f) => f.name);
    const records = t.rows.map((r) => names.map((n) => csvCell(r[n] ?? null)));
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF or CR,
    // which every reader takes as a row end: a rule or snippet spanning two source lines split its row (and a `;`, the
    // list separator of Belgian locales, where a spreadsheet may split on it)
    await writeFileAtomic(join(dir, `${t.name}.csv`), stringify([names, ...records], { record_delimiter: 'windows', quoted_match: /^\s|\s$|[\r\n;]/ }));
    await writeFileAtomic(join(dir, `${t.name}.jsonl`), t.rows.map((r) => JSON.stringify(Object.fromEntries(names.map((n) => [n, r[n] ?? null])))).join('\n') + (t.rows.length ? '\n' : ''));
    written.push(`${t.name}.csv`, `${t.name}.jsonl`);
  }
  await writeFileAtomic(join(dir, 'datapackage.json'), formatJson(descriptor(tables, documents, at, version)));
  written.push('datapackage.json');
  if (extra.codeSystem !== undefined) {
    await writeFileAtomic(join(dir, 'codesystem.json'), formatJson(extra.codeSystem));
    written.push('codesystem.json');
  }
  if (extra.database !== undefined) {
    await writeFileAtomic(join(dir, 'nomen.sqlite'), extra.database);
    written.push('nomen.sqlite');
  }
  return written;
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return typeof v === 'string' ? spreadsheetSafe(v) : String(v);
}

/** The Data Package descriptor (https://specs.frictionlessdata.io/data-package/), tabular profile. */
export function descriptor(tables: readonly Table[], documents: readonly NomenclatureDocument[], at: string, version: string) {
  const eli = [...new Set(documents.map((d) => d.document.eli).filter((x): x is string => !!x))].sort();
  return {
    profile: 'tabular-data-package',
    name: 'nomen-nomenclature',
    title: `Belgian health-care nomenclature (INAMI/RIZIV) read from its decrees, in force on ${at}`,
    description:
      'Codes, labels, relative values, application rules and amendments read by nomen from the Royal Decrees that change the annex to the Royal Decree of 14 September 1984, replayed in order of entry into force. Every row names the document (and line) it comes from.',
    version,
    licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0 (the texts are official acts; this reading of them is given to the public domain)' }],
    sources: eli.map((path) => ({ title: path.replace(/^.*\/eli\//, 'ELI '), path })),
    resources: tables.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: t.schema,
    })),
  };
}
