import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './export/run.js';
import { command as at } from '../src/commands/at.js';
import { command as build } from '../src/commands/build.js';
import { command as exportCommand } from '../src/commands/export.js';
import { NomenclatureState } from '../src/schema/replay.js';
import type { CodeSystem } from '@medplum/fhirtypes';

const repo = resolve(import.meta.dirname, '..');
const corpus = resolve(repo, '../shared/corpus');

/**
 * The open dataset (`nomen export`): validated against the official Data
 * Package profile and every row against its Table Schema (types, patterns,
 * enums, primary keys, foreign keys) by the Frictionless `datapackage`
 * library, byte-identical from run to run, and readable back as a base.
 */
describe.runIf(existsSync(corpus))('nomen export: the open dataset', () => {
  let dir = '';
  // seeds, a table decree (2013022101), label words (2003022342), a value in two terms (2017030948), rules and indications
  const ids = ['2002022476', '2003022342', '2013022101', '2017030948', '2017040354'];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nomen-export-'));
    mkdirSync(join(dir, 'in'));
    for (const f of readdirSync(join(repo, 'corpus'))) copyFileSync(join(repo, 'corpus', f), join(dir, 'in', f));
    for (const id of ids) copyFileSync(join(corpus, `${id}.md`), join(dir, 'in', `${id}.md`));
    await run(build, [join(dir, 'in'), '--out', join(dir, 'out')]);
    await run(exportCommand, ['--out', join(dir, 'out'), '--at', '2020-01-01', '--to', join(dir, 'a')]);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the descriptor validates against the Tabular Data Package profile and every row against its Table Schema', async () => {
    const pkg = await Package.load(join(dir, 'a', 'datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resourceNames).toEqual(['documents', 'prestations', 'versions', 'amendments', 'rules', 'indications', 'diagnostics']);
    for (const r of pkg.resources) {
      // cast: types, patterns, enums and required fields; relations: every document id a row names exists
      const rows = await r.read({ keyed: true, relations: r.name !== 'documents' });
      expect(rows.length, r.name).toBeGreaterThan(0);
    }
  }, 60_000);

  it('codes stay text (never numbers), multi-term values keep every term, a row names its document', () => {
    const rows = readFileSync(join(dir, 'a', 'prestations.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.every((r) => typeof r.code === 'string' && /^\d{6}$/.test(r.code))).toBe(true);
    expect(rows.find((r) => r.code === '103250')?.value).toBe('N 30 + Q 30');
    const csv = readFileSync(join(dir, 'a', 'prestations.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('group,code,hospitalised_code,label,value,key_letter,coefficient,since,known_since,document');
  });

  it('two exports of the same build are byte-identical', async () => {
    await run(exportCommand, ['--out', join(dir, 'out'), '--at', '2020-01-01', '--to', join(dir, 'b')]);
    for (const f of readdirSync(join(dir, 'a'))) expect(readFileSync(join(dir, 'b', f)), f).toEqual(readFileSync(join(dir, 'a', f)));
  });

  it('round trip: the exported prestations are a base; an empty corpus built on it gives the same prestations on that date', async () => {
    mkdirSync(join(dir, 'empty'));
    await run(build, [join(dir, 'empty'), '--out', join(dir, 'rt'), '--base', join(dir, 'a', 'prestations.csv'), '--base-date', '2020-01-01']);
    const strip = (csv: string) => csv.split('\n').map((l) => l.split(',').slice(0, 3).join(',')).sort().join('\n');
    const original = await run(at, ['2020-01-01', '--format', 'csv', '--out', join(dir, 'out')]);
    const back = await run(at, ['2020-01-01', '--format', 'csv', '--out', join(dir, 'rt')]);
    // codes, label and value of every prestation in force (the source columns say "base" on the way back)
    expect(strip(back)).toBe(strip(original));
  }, 60_000);
});

describe.runIf(existsSync(corpus))('nomen export: the FHIR R4 CodeSystem', () => {
  it('validates against the FHIR R4 JSON Schema, types as a medplum CodeSystem, one concept per code group of the state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomen-fhir-'));
    try {
      mkdirSync(join(dir, 'in'));
      for (const f of readdirSync(join(repo, 'corpus'))) copyFileSync(join(repo, 'corpus', f), join(dir, 'in', f));
      copyFileSync(join(corpus, '2017030948.md'), join(dir, 'in', '2017030948.md'));
      await run(build, [join(dir, 'in'), '--out', join(dir, 'out')]);
      await run(exportCommand, ['--out', join(dir, 'out'), '--at', '2020-01-01']);
      const resource = JSON.parse(readFileSync(join(dir, 'out', 'export', 'codesystem.json'), 'utf8')) as CodeSystem;
      const { default: Validator } = (await import('@asymmetrik/fhir-json-schema-validator')) as { default: new () => { validate(r: unknown): unknown[] } };
      expect(new Validator().validate(resource)).toEqual([]);
      const state = NomenclatureState.parse(JSON.parse(readFileSync(join(dir, 'out', 'nomenclature.json'), 'utf8')));
      expect(resource.concept).toHaveLength(state.groups.length);
      expect(resource.count).toBe(state.groups.length);
      expect(resource.url).toBe('https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/be-ns-nihdi-nomenclature');
      expect(resource.content).toBe('fragment');
      const c = resource.concept!.find((x) => x.code === '103250')!;
      expect(c.property!.filter((p) => p.code === 'keyLetter').map((p) => p.valueString)).toEqual(['N', 'Q']);
      // a resource that breaks the schema is caught (the check can fail)
      expect(new Validator().validate({ ...resource, status: 'nonsense' }).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.runIf(existsSync(corpus))('nomen export: the SQLite database', () => {
  it('answers the README queries: value and label of a code on a date, prestations whose label contains a word; byte-identical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomen-sqlite-'));
    try {
      mkdirSync(join(dir, 'in'));
      for (const id of ['2002022476', '2003022342', '2017040354', '2009022077']) copyFileSync(join(corpus, `${id}.md`), join(dir, 'in', `${id}.md`));
      await run(build, [join(dir, 'in'), '--out', join(dir, 'out')]);
      await run(exportCommand, ['--out', join(dir, 'out'), '--at', '2020-01-01', '--to', join(dir, 'a')]);
      await run(exportCommand, ['--out', join(dir, 'out'), '--at', '2020-01-01', '--to', join(dir, 'b')]);
      expect(readFileSync(join(dir, 'b', 'nomen.sqlite'))).toEqual(readFileSync(join(dir, 'a', 'nomen.sqlite')));
      const { default: initSqlJs } = await import('sql.js');
      const SQL = await initSqlJs();
      const db = new SQL.Database(readFileSync(join(dir, 'a', 'nomen.sqlite')));
      const onDate = db.exec(
        `SELECT "group", field, value, "from", "to", document FROM versions
 WHERE ("group" = '461215' OR "group" LIKE '461215-%' OR "group" LIKE '%-461215')
   AND field IN ('label', 'value') AND "from" <= '2010-01-01' AND ("to" IS NULL OR '2010-01-01' < "to")
 ORDER BY "group", field`,
      )[0].values;
      expect(onDate.map((r) => [r[0], r[1], r[5]])).toEqual([
        ['461215-461226', 'label', '2003022342'],
        ['461215-461226', 'value', '2002022476'],
      ]);
      expect(onDate[1][2]).toBe('N 104');
      // (the README asks for 'biopsie' over the whole corpus; these four decrees have 'Evidement' labels)
      const hits = db.exec(`SELECT DISTINCT "group" FROM labels WHERE labels MATCH 'label:evidement*' ORDER BY "group"`)[0]?.values.flat() ?? [];
      expect(hits.length).toBeGreaterThan(0);
      // the index is a real full-text one: a word of every hit's label, any case
      for (const g of hits) {
        const labels = db.exec(`SELECT label FROM labels WHERE "group" = '${g}'`)[0].values.flat().join(' ');
        expect(labels.toLowerCase()).toContain('evidement');
      }
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
