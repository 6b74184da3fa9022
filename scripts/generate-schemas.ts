/**
 * Writes schemas/*.schema.json from the zod schemas of src/schema/ (the
 * single source of truth). `npm run schemas` regenerates them;
 * test/schemas.test.ts fails when the committed files drift.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { NomenclatureDocument } from '../src/schema/document.js';
import { BuildErrors, BuildIndex, DiagnosticsSummary } from '../src/schema/build.js';
import { AtRow, ChangeSet, Diff, HistoryRow, NomenclatureState, Timeline } from '../src/schema/replay.js';
import { Feed } from '../src/feed/schema.js';

/** Each output file nomen writes, and the schema it follows. */
const SCHEMAS: { file: string; title: string; description: string; schema: z.ZodType }[] = [
  { file: 'document.schema.json', title: 'NomenclatureDocument', description: 'One parsed decree or convention: out/documents/<id>.json and `nomen parse --json`.', schema: NomenclatureDocument },
  { file: 'index.schema.json', title: 'BuildIndex', description: 'out/index.json: one entry per document of a build.', schema: BuildIndex },
  { file: 'diagnostics.schema.json', title: 'DiagnosticsSummary', description: 'out/diagnostics.json: diagnostics counted by severity and code.', schema: DiagnosticsSummary },
  { file: 'errors.schema.json', title: 'BuildErrors', description: 'out/errors.json: the input files that could not be parsed.', schema: BuildErrors },
  { file: 'nomenclature.schema.json', title: 'NomenclatureState', description: 'out/nomenclature.json: the dated state of every code group after replaying the documents.', schema: NomenclatureState },
  { file: 'change-set.schema.json', title: 'ChangeSet', description: 'out/changes/<id>.json: what one document changed in the replayed state.', schema: ChangeSet },
  { file: 'diff.schema.json', title: 'Diff', description: '`nomen diff --json`: codes added and removed, values, labels, rules and indications changed.', schema: Diff },
  { file: 'at.schema.json', title: 'AtRows', description: '`nomen at DATE --json`: one row per prestation in force that day.', schema: z.array(AtRow) },
  { file: 'history.schema.json', title: 'HistoryRows', description: '`nomen history CODE --json`: every version of one code, oldest first.', schema: z.array(HistoryRow) },
  { file: 'feed.schema.json', title: 'RulesEngineFeed', description: 'out/feed/feed.json: edit tables for a rules engine (non-cumulation pairs, limits, qualifications, prior approvals, settings) with validity and source.', schema: Feed },
  { file: 'timeline.schema.json', title: 'Timeline', description: 'out/timeline.json: the documents in the order they took effect.', schema: Timeline },
];

/** File name → exact file content. Pure and deterministic. */
export function generateSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file, title, description, schema } of SCHEMAS) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
    const { $schema, ...rest } = json as Record<string, unknown>;
    out.set(file, JSON.stringify({ $schema, title, description, ...rest }, null, 2) + '\n');
  }
  return out;
}

export const schemasDir = resolve(fileURLToPath(import.meta.url), '../../schemas');

function main(): void {
  const generated = generateSchemas();
  mkdirSync(schemasDir, { recursive: true });
  for (const name of readdirSync(schemasDir)) {
    if (name.endsWith('.schema.json') && !generated.has(name)) rmSync(join(schemasDir, name));
  }
  for (const [name, text] of generated) writeFileSync(join(schemasDir, name), text);
  console.log(`wrote ${generated.size} schemas to ${schemasDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
