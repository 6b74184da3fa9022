import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as at } from '../../src/commands/at.js';
import { command as build } from '../../src/commands/build.js';
import { command as exportCommand } from '../../src/commands/export.js';
import { command as history } from '../../src/commands/history.js';
import { AtRow, HistoryRow, NomenclatureState } from '../../src/schema/replay.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');

async function run(cmd: typeof at, argv: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await cmd.run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  expect(code, err).toBe(0);
  return out;
}

describe.runIf(existsSync(corpus))('nomen build --base: a starting state read back from `at --format csv`', () => {
  let dir = '';
  // 461215-461226: inserted by 2002022476 (2002-08-01), label words 2003022342 (2003-04-01), value 2017040354 (2017-08-01);
  // 103250 N 30 + Q 30 (2017030948, 2018-01-01); 2013022530 renumbers 696010 (2006022188)
  const ids = ['2002022476', '2003022342', '2017040354', '2017030948', '2006022188', '2013022530'];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nomen-base-'));
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'empty'));
    for (const id of ids) copyFileSync(join(corpus, `${id}.md`), join(dir, 'in', `${id}.md`));
    await run(build, [join(dir, 'in'), '--out', join(dir, 'full')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round trip: export the state on a date, build an empty corpus with --base that file, at that date gives the same prestations', async () => {
    const csv = await run(at, ['2020-01-01', '--format', 'csv', '--out', join(dir, 'full')]);
    expect(csv).toContain('N 30 + Q 30');
    writeFileSync(join(dir, 'base.csv'), csv);
    await run(build, [join(dir, 'empty'), '--out', join(dir, 'rt'), '--base', join(dir, 'base.csv'), '--base-date', '2020-01-01']);
    expect(await run(at, ['2020-01-01', '--format', 'csv', '--out', join(dir, 'rt')])).toBe(csv);
    // the JSON export reads back too, and every row says it comes from the base
    const json = await run(at, ['2020-01-01', '--json', '--out', join(dir, 'full')]);
    writeFileSync(join(dir, 'base.json'), json);
    await run(build, [join(dir, 'empty'), '--out', join(dir, 'rt2'), '--base', join(dir, 'base.json'), '--base-date', '2020-01-01']);
    const rows = (JSON.parse(await run(at, ['2020-01-01', '--json', '--out', join(dir, 'rt2')])) as unknown[]).map((r) => AtRow.parse(r));
    expect(rows.map(({ base, ...r }) => r)).toEqual((JSON.parse(json) as unknown[]).map((r) => AtRow.parse(r)));
    // (the base is named by its file name: outputs hold no absolute path)
    expect(rows.every((r) => r.base === 'base.json')).toBe(true);
  });

  it('decrees after the base date apply on top; those before it are not replayed; the state says which facts come from the base', async () => {
    writeFileSync(join(dir, 'base-2002.csv'), await run(at, ['2002-12-31', '--format', 'csv', '--out', join(dir, 'full')]));
    await run(build, [join(dir, 'in'), '--out', join(dir, 'on-top'), '--base', join(dir, 'base-2002.csv'), '--base-date', '2002-12-31']);
    const state = NomenclatureState.parse(JSON.parse(readFileSync(join(dir, 'on-top', 'nomenclature.json'), 'utf8')));
    expect(state.base).toEqual({ file: 'base-2002.csv', date: '2002-12-31', prestations: expect.any(Number) });
    expect(state.documents.map((d) => d.id)).not.toContain('2002022476');
    expect(state.diagnostics).toContainEqual(expect.objectContaining({ code: 'replay/before-base', document: '2002022476' }));
    const rows = (JSON.parse(await run(history, ['461215', '--out', join(dir, 'on-top'), '--json'])) as unknown[]).map((r) => HistoryRow.parse(r));
    expect(rows.map((r) => [r.from, r.source, r.base ?? null])).toEqual([
      ['2002-08-01', '2002022476', 'base-2002.csv'],
      ['2003-04-01', '2003022342', null],
      ['2017-08-01', '2017040354', null],
    ]);
    // the same answer as replaying every decree
    const full = await run(at, ['2020-01-01', '--format', 'csv', '--out', join(dir, 'full')]);
    expect(await run(at, ['2020-01-01', '--format', 'csv', '--out', join(dir, 'on-top')])).toBe(full);
  });

  it('the open dataset of a build on a base names, as documents of kind base, the sources only the base knows (its foreign keys hold)', async () => {
    // (the export refused such a build: FOREIGN KEY constraint failed, a base fact's document not among the documents)
    writeFileSync(join(dir, 'small-base.csv'), 'codes,label,value,from,to,knownSince,source,article\n589676-589680,Consultation,N 10,2000-01-01,,false,1999000001,2\n');
    await run(build, [join(dir, 'empty'), '--out', join(dir, 'small'), '--base', join(dir, 'small-base.csv')]);
    await run(exportCommand, ['--out', join(dir, 'small'), '--to', join(dir, 'small-export'), '--at', '2020-01-01']);
    const documents = readFileSync(join(dir, 'small-export', 'documents.csv'), 'utf8').trim().split('\r\n');
    expect(documents.slice(1)).toEqual(['1999000001,,base,,,,,unknown,small-base.csv,base,']);
    expect(readFileSync(join(dir, 'small-export', 'versions.csv'), 'utf8')).toContain(',1999000001,');
  });
});
