import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as at } from '../../src/commands/at.js';
import { command as diff } from '../../src/commands/diff.js';
import { command as history } from '../../src/commands/history.js';
import { parseFile } from '../../src/pipeline/parse.js';
import { replay } from '../../src/replay/replay.js';
import { current, versionAt } from '../../src/replay/state.js';
import { writeReplayOutputs } from '../../src/replay/write.js';
import { AtRow, Diff, HistoryRow } from '../../src/schema/replay.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const seeds = resolve(import.meta.dirname, '../../../shared/seeds');
const parse = (id: string) => parseFile(join(corpus, `${id}.md`));

async function run(cmd: typeof at, argv: string[], expectCode = 0): Promise<string> {
  let out = '';
  const code = await cmd.run(argv, { stdout: (s) => (out += s), stderr: (s) => (out += s), isTTY: false });
  expect(code, out).toBe(expectCode);
  return out;
}

describe.runIf(existsSync(corpus))('state, at and history say what the decrees say (corpus)', () => {
  let out = '';
  // 2017030948: 103250 … N 30 + Q 30; 2006022188 then 2013022530 renumbering 696010 into 696010-696021;
  // 2016022108: a label amendment whose quoted text ends in `. . . . . K 180`; 2003022340: a label followed by a rule sentence
  const ids = ['2017030948', '2006022188', '2013022530', '2016022108', '2003022340', '2002022476', '2003022342'];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'nomen-queries-'));
    await writeReplayOutputs(await Promise.all(ids.map(parse)), out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('a multi-term value (103250: N 30 + Q 30) keeps its terms in at, history and diff, text and JSON', async () => {
    const rows = (JSON.parse(await run(at, ['2020-01-01', '--out', out, '--json'])) as unknown[]).map((r) => AtRow.parse(r));
    expect(rows.find((r) => r.codes[0] === '103250')?.value).toEqual({ letter: 'N', coefficient: 30, terms: [{ letter: 'N', coefficient: 30 }, { letter: 'Q', coefficient: 30 }], text: 'N 30 + Q 30' });
    expect(await run(at, ['2020-01-01', '--out', out])).toMatch(/103250 +N 30 \+ Q 30 /);
    const h = (JSON.parse(await run(history, ['103250', '--out', out, '--json'])) as unknown[]).map((r) => HistoryRow.parse(r));
    expect(h[h.length - 1].value?.text).toBe('N 30 + Q 30');
    expect(await run(history, ['103250', '--out', out])).toContain('N 30 + Q 30');
    const d = Diff.parse(JSON.parse(await run(diff, ['--at', '2017-12-31', '--at', '2018-01-01', '--out', out, '--json'])));
    expect(d.added.find((p) => p.codes[0] === '103250')?.value).toBe('N 30 + Q 30');
  });

  it('a renumbering (2013022530: "696010" replaced by "696010 - 696021") keeps the value and label 2006022188 gave', async () => {
    const rows = (JSON.parse(await run(at, ['2014-01-01', '--code', '696010', '--out', out, '--json'])) as unknown[]).map((r) => AtRow.parse(r));
    expect(rows).toHaveLength(1);
    expect(rows[0].codes).toEqual(['696010', '696021']);
    expect(rows[0].value?.text).toBe('T 101,11');
    expect(rows[0].label).toBe('Bandage pelvien, groupes 3, 4 et 5');
  });

  it('a label is one line without its value: 477374-477385 (2016022108) and 458894-458905 (2003022340)', async () => {
    const rows = (JSON.parse(await run(at, ['2017-01-01', '--out', out, '--json'])) as unknown[]).map((r) => AtRow.parse(r));
    const poly = rows.find((r) => r.codes[0] === '477374')!;
    expect(poly.label).toBe("Polysomnographie après l'âge d'un an");
    expect(poly.value?.text).toBe('K 180');
    const ct = rows.find((r) => r.codes[0] === '458894')!;
    expect(ct.label).toMatch(/minimum 10 coupes$/);
    for (const r of rows) {
      expect(r.label ?? '', r.codes.join('-')).not.toMatch(/\n|(?:^|[\s.])[A-Z]\s?\d+(?:,\d+)?\s*\+?\s*$|\. \. \.|\.{4,}/);
    }
  });

  it('at --json says knownSince; at narrows to a code, an annex article, a key letter; CSV', async () => {
    const rows = (JSON.parse(await run(at, ['2020-01-01', '--out', out, '--json'])) as unknown[]).map((r) => AtRow.parse(r));
    // 461215-461226 is inserted by 2002022476: its start is known
    expect(rows.find((r) => r.codes[0] === '461215')).toMatchObject({ knownSince: false });
    // 477374-477385 is first met in 2016022108, which only changes its label
    expect(rows.find((r) => r.codes[0] === '477374')).toMatchObject({ knownSince: true });
    const q = (JSON.parse(await run(at, ['2020-01-01', '--letter', 'Q', '--out', out, '--json'])) as AtRow[]).map((r) => r.codes[0]);
    expect(q).toEqual(['103250']);
    const art = (JSON.parse(await run(at, ['2020-01-01', '--article', '2', '--out', out, '--json'])) as AtRow[]).map((r) => r.article);
    expect(art.length).toBeGreaterThan(0);
    expect(new Set(art)).toEqual(new Set(['2']));
    const csv = await run(at, ['2020-01-01', '--code', '103250', '--format', 'csv', '--out', out]);
    expect(csv.split('\n')[0]).toBe('codes,label,value,from,to,knownSince,source,article');
    expect(csv).toContain(',N 30 + Q 30,2018-01-01,,false,2017030948,2');
  });

  it('impossible dates are refused by at and diff --at', async () => {
    expect(await run(at, ['2025-02-30', '--out', out], 2)).toContain('2025-02-30 is not a calendar date');
    expect(await run(at, ['2025-13-01', '--out', out], 2)).toContain('not a calendar date');
    expect(await run(diff, ['--at', '2025-02-30', '--at', '2025-03-01', '--out', out], 2)).toContain('not a calendar date');
  });

  it('history names the article and line of the whole source sentence', async () => {
    const h = (JSON.parse(await run(history, ['461215', '--out', out, '--json'])) as unknown[]).map((r) => HistoryRow.parse(r));
    expect(h[1].sourceAt).toMatchObject({ article: expect.any(String), line: expect.any(Number) });
    const text = await run(history, ['461215', '--out', out]);
    expect(text).toMatch(/source: 2003022342 art\. \d+, line \d+: /);
  });
});

describe.runIf(existsSync(seeds))('history of a code the state knows only by its rules (seed 000)', () => {
  it('history 589676 shows its rules and indications instead of "0 versions" and nothing', async () => {
    const seed = readdirSync(seeds).find((f) => f.startsWith('000_'))!;
    const out = mkdtempSync(join(tmpdir(), 'nomen-hist-'));
    try {
      const r = replay([await parseFile(join(seeds, seed))]);
      await writeReplayOutputs([await parseFile(join(seeds, seed))], out, r);
      const text = await run(history, ['589676', '--out', out]);
      expect(text).toMatch(/rules \(\d+\):/);
      expect(text).toMatch(/indications \(\d+ versions?\):/);
      expect(text).toContain('ne peut être portée en compte lors d');
      expect(text).toMatch(/source: 000_38b4d671bf116aa2 art\. 34, line \d+/);
      // the state holds them: nothing is invented
      const g = r.state.groups.find((x) => x.key === '589676-589680')!;
      expect(g.rules.length).toBeGreaterThan(0);
      expect(current(g.status) ?? versionAt(g.status, '2020-01-01')).toBeNull();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
