import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { command as at } from '../../src/commands/at.js';
import { command as diff } from '../../src/commands/diff.js';
import { command as history } from '../../src/commands/history.js';
import { parseFile } from '../../src/pipeline/parse.js';
import { replay, summarize } from '../../src/replay/replay.js';
import { buildTimeline } from '../../src/replay/timeline.js';
import { orderDocuments } from '../../src/replay/order.js';
import { replayInto, writeReplayOutputs } from '../../src/replay/write.js';
import { formatJson } from '../../src/output/write.js';
import { groupAt } from '../../src/query/at.js';
import { codeHistory } from '../../src/query/history.js';
import { formatValue } from '../../src/replay/extras.js';
import { versionAt } from '../../src/replay/state.js';
import type { NomenclatureDocument } from '../../src/schema/document.js';
import { AtRow, ChangeSet, Diff, HistoryRow, NomenclatureState, Timeline } from '../../src/schema/replay.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const corpus = resolve(repoRoot, '../shared/corpus');
const seeds = resolve(repoRoot, '../shared/seeds');

async function run(cmd: typeof at, argv: string[]): Promise<string> {
  let out = '';
  const code = await cmd.run(argv, { stdout: (s) => (out += s), stderr: (s) => (out += s), isTTY: false });
  expect(code).toBe(0);
  return out;
}

describe.runIf(existsSync(corpus))('replay of the real corpus', () => {
  it('461215-461226 (inserted 2002, label words changed 2003, value replaced 2017): three versions with their sources', async () => {
    const docs = await Promise.all(['2002022476', '2003022342', '2017040354'].map((n) => parseFile(join(corpus, `${n}.md`))));
    const out = mkdtempSync(join(tmpdir(), 'nomen-replay-'));
    try {
      await writeReplayOutputs(docs, out);
      const rows = (JSON.parse(await run(history, ['461215', '--out', out, '--json'])) as unknown[]).map((r) => HistoryRow.parse(r));
      expect(rows.map((r) => [r.from, r.to, r.source])).toEqual([
        ['2002-08-01', '2003-04-01', '2002022476'],
        ['2003-04-01', '2017-08-01', '2003022342'],
        ['2017-08-01', null, '2017040354'],
      ]);
      expect(rows[0].codes).toEqual(['461215', '461226']);
      expect(rows[2].value).toEqual({ letter: 'N', coefficient: 94.19, terms: [{ letter: 'N', coefficient: 94.19 }], text: 'N 94,19' });
      expect(rows[1].label).toContain('469814-469825');
      expect(rows[1].sentence).toMatch(/dans le libellé de la prestation 461215-461226, les mots/);
      const text = await run(history, ['461215-461226', '--out', out]);
      expect(text).toMatch(/\[2003-04-01 → 2017-08-01\) in-force {2}N 104 {2}2003022342/);
      // the state in force on a day between the decrees
      const day = (JSON.parse(await run(at, ['2010-01-01', '--out', out, '--json'])) as unknown[]).map((r) => AtRow.parse(r));
      expect(day.find((r) => r.codes[0] === '461215')).toMatchObject({ from: '2003-04-01', to: '2017-08-01', source: '2003022342' });
      // what one decree changed, against the day before it
      const dec = Diff.parse(JSON.parse(await run(diff, ['--decree', '2017040354', '--out', out, '--json'])));
      expect(dec.values).toContainEqual({ codes: ['461215', '461226'], old: 'N 104', new: 'N 94,19' });
      expect(dec.added).toEqual([]);
      const dates = Diff.parse(JSON.parse(await run(diff, ['--at', '2002-01-01', '--at', '2004-06-01', '--out', out, '--json'])));
      expect(dates.added.map((p) => p.codes.join('-'))).toContain('461215-461226');
      expect(dates.removed.map((p) => p.codes.join('-'))).not.toContain('461215-461226');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('replays the corpus and the seeds with every output validated; quoted old values are all examined', async () => {
    const files = [
      ...readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => join(corpus, f)),
      ...readdirSync(seeds).map((f) => join(seeds, f)),
    ];
    const docs: NomenclatureDocument[] = [];
    for (const f of files) docs.push(await parseFile(f));
    const r = replay(docs);
    for (const c of r.changeSets) ChangeSet.parse(c);
    NomenclatureState.parse(r.state);
    Timeline.parse(r.timeline);
    // gathered while the documents are applied, it is the timeline of the documents in replay order
    expect(r.timeline).toEqual(buildTimeline(orderDocuments(docs).ordered));
    // a build writes timeline.json as the replay hands each entry over: the same bytes, and nothing left beside it
    const out = mkdtempSync(join(tmpdir(), 'nomen-replay-into-'));
    try {
      await replayInto(docs, out);
      expect(readFileSync(join(out, 'timeline.json'), 'utf8')).toBe(formatJson(Timeline.parse(r.timeline)));
      expect(readdirSync(out).sort()).toEqual(['changes', 'nomenclature.json', 'timeline.json']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(r.changeSets).toHaveLength(files.length);
    const s = summarize(r);
    const quoted = docs.flatMap((d) => d.amendments).filter((a) => a.subject === 'relativeValue' && a.old !== null);
    // each quoted old value, per code group, is either compared with the state or reported as unverified
    const groups = quoted.reduce((n, a) => n + Math.max(1, a.codes.length), 0);
    const unverified = r.diagnostics.filter((d) => d.code === 'replay/old-value-unverified').length;
    expect(s.oldValueQuoted).toBe(groups);
    expect(s.oldValueChecks + unverified).toBe(s.oldValueQuoted);
    expect(s.codesInForce).toBeGreaterThan(500);
    // a decree's own repeated mentions never count as contradictions
    expect(r.diagnostics.filter((d) => d.state?.document === d.document && d.severity !== 'info')).toEqual([]);
    // no label holds a relative value, dot leaders or a line break
    const badLabels = r.state.groups.flatMap((g) => g.label.filter((v) => v.value !== null && /\n|(?:^|[\s.])[A-Z]\s?\d+(?:,\d+)?\s*\+?\s*$|\. \. \.|\.{4,}/.test(v.value)).map((v) => `${g.key} ${v.source.document}`));
    expect(badLabels).toEqual([]);
    // a decree never turns a known value or label into nothing unless it repeals the code
    const lost = r.state.groups.flatMap((g) =>
      [g.value, g.label].flatMap((h) =>
        (h as { value: unknown; source: { document: string }; closedBy: { document: string } | null }[])
          .filter((v, i) => i > 0 && v.value === null && h[i - 1].value !== null && h[i - 1].closedBy?.document === v.source.document)
          .map((v) => `${g.key} ${v.source.document}`),
      ),
    );
    expect(lost).toEqual([]);
    // every multi-term value keeps its terms in the rows of at and history
    let multi = 0;
    for (const g of r.state.groups)
      for (const v of g.value) {
        if (!v.value || v.value.terms.length < 2 || v.from === null) continue;
        multi++;
        const row = groupAt(g, v.from);
        if (row?.row.value && versionAt(g.value, v.from) === v) expect(row.row.value.terms, g.key).toEqual(v.value.terms);
        expect(codeHistory(g).some((h) => h.value?.text === formatValue(v.value)), g.key).toBe(true);
      }
    expect(multi).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
