import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCommandArgs, usageError } from '../cli/args.js';
import { exportTables } from '../export/tables.js';
import { writeExport } from '../export/write.js';
import { codeSystem } from '../export/fhir.js';
import { sqliteDatabase } from '../export/sqlite.js';
import { loadDocuments, loadState } from '../query/state.js';
import { dateProblem } from '../query/dates.js';
import type { Command } from './types.js';

const usage = `Usage: nomen export [--out DIR] [--at DATE] [--to DIR]

Writes the open dataset of a build (DIR, default out/) into --to (default
DIR/export): per table a CSV (RFC 4180, UTF-8, header row, codes and refusal
codes as text) and the same rows as JSON Lines, and datapackage.json (a
Frictionless Tabular Data Package: a Table Schema per table with types,
primary and foreign keys, the licence and the ELI of every decree).

Also nomen.sqlite: the same tables as one SQLite database with indexes on
codes and dates and a full-text index (FTS4) over every label, and
codesystem.json: the codes as one FHIR R4 CodeSystem (url: the eHealth
NamingSystem be-ns-nihdi-nomenclature; content fragment; one concept per
code group with its French label, dates, key letters and coefficients).

Tables: documents, prestations (in force on --at, default the latest entry
into force of the build), versions (every dated version of every fact),
amendments, rules, indications (flattened, with their path), diagnostics.
Rows are in a fixed order; the same build gives the same bytes.

Options:
  --out DIR   the build directory (default out)
  --at DATE   the day of the prestations table (YYYY-MM-DD)
  --to DIR    where to write (default DIR/export)
  -h, --help  show this help

Exit status: 0 written, 1 no build in DIR, 2 bad command line.
`;

export const command: Command = {
  name: 'export',
  summary: 'write the open dataset of a build (CSV, JSON Lines, datapackage.json)',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(command, argv, { out: { type: 'string', default: 'out' }, at: { type: 'string' }, to: { type: 'string' } }, io);
    if (!args.ok) return args.exitCode;
    if (args.positionals.length) return usageError(command, `unexpected argument ${args.positionals[0]}`, io).exitCode;
    const out = args.values.out!;
    if (args.values.at !== undefined) {
      const problem = dateProblem(args.values.at);
      if (problem) return usageError(command, `--at: ${problem}`, io).exitCode;
    }
    try {
      const documents = await loadDocuments(out);
      const state = await loadState(out);
      const dates = documents.map((d) => d.document.entryIntoForce.date).filter((x): x is string => x !== null).sort();
      const at = args.values.at ?? dates[dates.length - 1] ?? null;
      if (!at) return usageError(command, 'no document of the build has a date: give --at', io).exitCode;
      const to = args.values.to ?? join(out, 'export');
      const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
      const tables = exportTables({ documents, state, at });
      const written = await writeExport(to, tables, documents, at, pkg.version, { codeSystem: codeSystem(state, { at, version: pkg.version }), database: await sqliteDatabase(tables) });
      io.stdout(`nomen export: ${written.length} files in ${to} (prestations in force on ${at})\n`);
      return 0;
    } catch (e) {
      io.stderr(`nomen export: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  },
};
