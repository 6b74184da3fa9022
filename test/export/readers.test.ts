import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';
import { command as at } from '../../src/commands/at.js';
import { command as build } from '../../src/commands/build.js';
import { command as exportCommand } from '../../src/commands/export.js';
import type { AtRow, NomenclatureState } from '../../src/schema/replay.js';
import { fromSpreadsheetSafe } from '../../src/output/spreadsheet-safe.js';

const repo = resolve(import.meta.dirname, '../..');
const corpus = resolve(repo, '../shared/corpus');
const DAY = '2024-01-01';

type Json = string | number | boolean | null;
type Field = { name: string; type: string };
type Resource = { name: string; schema: { fields: Field[] } };

/** A Python that has pandas: Debian's python3-pandas (`.ci/run` installs it) lives beside /usr/bin/python3, not a pyenv one. */
function pythonWithPandas(): string | undefined {
  const candidates = [process.env.PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => !!p);
  return candidates.find((p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0);
}

/**
 * What a pandas or DuckDB user gets with no options at all, over the whole
 * corpus: codes, groups, documents and refusal codes (`"002"`) as strings.
 * pandas reads `nomen.sqlite` (`pd.read_sql_query`, Python's own sqlite3):
 * its CSV reader, and its JSON reader too, turn all-digit strings into
 * integers. DuckDB reads the JSON Lines (`SELECT * FROM 'x.jsonl'`): its CSV
 * sniffer does the same as pandas. The README shows both commands.
 */
describe.runIf(existsSync(corpus))('the open dataset of the corpus, as its readers load it', () => {
  let dir = '';
  let exp = '';
  let resources: Resource[] = [];
  const jsonl = (t: string): Record<string, Json>[] => {
    const text = readFileSync(join(exp, `${t}.jsonl`), 'utf8');
    return text ? text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, Json>) : [];
  };
  const stringFields = (r: Resource) => r.schema.fields.filter((f) => f.type === 'string').map((f) => f.name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nomen-readers-'));
    mkdirSync(join(dir, 'in'));
    for (const f of readdirSync(corpus).filter((f) => f.endsWith('.md'))) copyFileSync(join(corpus, f), join(dir, 'in', f));
    for (const f of readdirSync(join(repo, 'corpus'))) copyFileSync(join(repo, 'corpus', f), join(dir, 'in', f));
    await run(build, [join(dir, 'in'), '--out', join(dir, 'out')]);
    exp = join(dir, 'out', 'export');
    await run(exportCommand, ['--out', join(dir, 'out'), '--at', DAY]);
    resources = (JSON.parse(readFileSync(join(exp, 'datapackage.json'), 'utf8')) as { resources: Resource[] }).resources;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every CSV reads back, RFC 4180, as the very rows of its JSON Lines (line breaks inside a field are quoted)', () => {
    let multiline = 0;
    let guarded = 0;
    for (const r of resources) {
      const names = r.schema.fields.map((f) => f.name);
      // rows end at CRLF, LF or CR, as pandas, DuckDB and Python's csv take them: only quotes keep a line break in a field
      const csv = parse(readFileSync(join(exp, `${r.name}.csv`), 'utf8'), { record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
      expect(csv[0], r.name).toEqual(names);
      const expected = jsonl(r.name).map((row) => names.map((n) => (row[n] === null ? '' : String(row[n]))));
      // (a text cell a spreadsheet would run as a formula, `+ Traitement …`, has a leading `'` in the CSV only)
      expect(csv.slice(1).map((row) => row.map(fromSpreadsheetSafe)), r.name).toEqual(expected);
      guarded += csv.slice(1).flat().filter((v) => v !== fromSpreadsheetSafe(v)).length;
      multiline += expected.flat().filter((v) => /[\r\n]/.test(v)).length;
    }
    // the corpus has fields spanning lines (rule sentences over a list) and labels starting with `+`: the checks are not vacuous
    expect(multiline).toBeGreaterThan(0);
    expect(guarded).toBeGreaterThan(0);
  });

  it('the prestations table (JSON Lines and SQLite) is what `nomen at` answers on that day', async () => {
    const rows = JSON.parse(await run(at, [DAY, '--json', '--out', join(dir, 'out')])) as AtRow[];
    const table = jsonl('prestations');
    expect(table.map((r) => [r.group, r.label, r.value, r.since, r.known_since, r.document])).toEqual(
      rows.map((r) => [r.codes.join('-'), r.label, r.value?.text ?? null, r.from, r.knownSince, r.source]).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    );
    // the README's first query, for every prestation in force: its label and value on that day are `at`'s
    const { default: initSqlJs } = await import('sql.js');
    const db = new (await initSqlJs()).Database(readFileSync(join(exp, 'nomen.sqlite')));
    try {
      const readme = db.prepare(`SELECT "group", field, value, "from", "to", document FROM versions
 WHERE ("group" = :code OR "group" LIKE :code || '-%' OR "group" LIKE '%-' || :code)
   AND field IN ('label', 'value') AND "from" <= :day AND ("to" IS NULL OR :day < "to")
 ORDER BY "group", field`);
      // every 20th prestation: the LIKEs scan the table, and all of them take seconds
      for (const r of rows.filter((_, i) => i % 20 === 0)) {
        readme.bind({ ':code': r.codes[0], ':day': DAY });
        const got: Record<string, Json> = {};
        while (readme.step()) {
          const [, field, value] = readme.get() as Json[];
          got[field as string] = value;
        }
        expect({ codes: r.codes, label: got.label ?? null, value: got.value ?? null }).toEqual({ codes: r.codes, label: r.label, value: r.value?.text ?? null });
      }
      readme.free();
    } finally {
      db.close();
    }
  });

  it('the README\'s full-text query finds every code group one of whose labels has a word starting "biopsie", and only those', async () => {
    const state = JSON.parse(readFileSync(join(dir, 'out', 'nomenclature.json'), 'utf8')) as NomenclatureState;
    const word = /(?:^|[^\p{L}\p{N}])biopsie/iu;
    const expected = state.groups.filter((g) => g.label.some((v) => v.value !== null && word.test(v.value))).map((g) => g.key).sort();
    expect(expected.length).toBeGreaterThan(1);
    const { default: initSqlJs } = await import('sql.js');
    const db = new (await initSqlJs()).Database(readFileSync(join(exp, 'nomen.sqlite')));
    try {
      const res = db.exec(`SELECT DISTINCT "group", label FROM labels WHERE labels MATCH 'label:biopsie*' ORDER BY "group"`)[0];
      expect([...new Set(res.values.map((r) => r[0] as string))]).toEqual(expected);
      expect(res.values.every((r) => word.test(r[1] as string))).toBe(true);
    } finally {
      db.close();
    }
  });

  // CI installs Debian's python3-pandas (.ci/run) and must run it; elsewhere it runs when pandas is there
  const python = pythonWithPandas();
  it.runIf(python !== undefined || process.env.CI)('pandas, no options: pd.read_sql_query over nomen.sqlite gives every text field as str, codes "002" included', () => {
    expect(python, 'no python3 with pandas: install Debian\'s python3-pandas (.ci/run does)').toBeDefined();
    const script = `
import json, sqlite3, sys
import pandas as pd
con = sqlite3.connect(sys.argv[1] + '/nomen.sqlite')
out = {}
for t in json.loads(sys.argv[2]):
    df = pd.read_sql_query(f'SELECT * FROM "{t}"', con)
    out[t] = {c: {'dtype': str(df[c].dtype), 'types': sorted({type(v).__name__ for v in df[c] if v is not None}), 'values': [v if isinstance(v, str) or v is None else repr(v) for v in df[c]]} for c in df.columns}
# the contrast the README states: the CSV reader turns the same codes into integers
csv = pd.read_csv(sys.argv[1] + '/prestations.csv')
out['csv'] = {'code': str(csv['code'].dtype), 'rows': {t: len(pd.read_csv(f'{sys.argv[1]}/{t}.csv')) for t in json.loads(sys.argv[2])}}
print(json.dumps(out))
`;
    const got = JSON.parse(execFileSync(python!, ['-c', script, exp, JSON.stringify(resources.map((r) => r.name))], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Record<string, Record<string, { dtype: string; types: string[]; values: (string | null)[] }>> & { csv: { code: string; rows: Record<string, number> } };
    for (const r of resources) {
      const rows = jsonl(r.name);
      expect([r.name, got.csv.rows[r.name]]).toEqual([r.name, rows.length]);
      for (const f of stringFields(r)) {
        const col = got[r.name][f];
        expect([r.name, f, col.dtype, col.types.filter((t) => t !== 'str')]).toEqual([r.name, f, 'object', []]);
        expect(col.values, `${r.name}.${f}`).toEqual(rows.map((row) => row[f]));
      }
    }
    expect(got.rules.refusal.values).toContain('002');
    expect(got.prestations.code.values).toContain(jsonl('prestations')[0].code);
    expect(got.csv.code).toBe('int64');
  });

  // @duckdb/node-api is a devDependency (prebuilt binaries as npm packages): CI must run it
  it('DuckDB, no options: SELECT * FROM \'table.jsonl\' gives every text field as VARCHAR, codes "002" included', async (ctx) => {
    let duckdb: typeof import('@duckdb/node-api');
    try {
      duckdb = await import('@duckdb/node-api');
    } catch (e) {
      if (process.env.CI) throw e;
      ctx.skip(`@duckdb/node-api does not load here (${e instanceof Error ? e.message : String(e)})`);
    }
    const instance = await duckdb!.DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    try {
      for (const r of resources) {
        const rows = jsonl(r.name);
        const csvRows = await con.runAndReadAll(`SELECT count(*)::INTEGER FROM '${join(exp, `${r.name}.csv`)}'`);
        expect([r.name, csvRows.getColumnsJS()[0][0]]).toEqual([r.name, rows.length]);
        const res = await con.runAndReadAll(`SELECT * FROM '${join(exp, `${r.name}.jsonl`).replace(/'/g, "''")}'`);
        const names = res.columnNames();
        const types = res.columnTypes().map(String);
        const columns = res.getColumnsJS();
        for (const f of stringFields(r)) {
          const i = names.indexOf(f);
          expect([r.name, f, types[i]]).toEqual([r.name, f, 'VARCHAR']);
          expect(columns[i], `${r.name}.${f}`).toEqual(rows.map((row) => row[f]));
        }
      }
      const refusals = await con.runAndReadAll(`SELECT DISTINCT refusal FROM '${join(exp, 'rules.jsonl')}' WHERE refusal IS NOT NULL ORDER BY 1`);
      expect(refusals.getColumnsJS()[0]).toContain('002');
      // the contrast the README states: the CSV sniffer reads the same codes as integers
      const csv = await con.runAndReadAll(`SELECT code FROM '${join(exp, 'prestations.csv')}' LIMIT 1`);
      expect(String(csv.columnTypes()[0])).toBe('BIGINT');
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });
});
