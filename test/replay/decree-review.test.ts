import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as diff } from '../../src/commands/diff.js';
import { parseFile } from '../../src/pipeline/parse.js';
import { writeReplayOutputs } from '../../src/replay/write.js';
import { ChangeSet, Diff } from '../../src/schema/replay.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
// five kinds: repeals + values + labels (2009022077), values whose old value only the decree quotes (2012022132),
// a decree repealing another one (2013022102, with 2011022073), indications (2006022042), words in labels (2003022338),
// rules replaced (2009022013, over 2003022622)
const ids = ['2009022077', '2012022132', '2013022102', '2011022073', '2006022042', '2003022338', '2003022622', '2009022013'];

describe.runIf(existsSync(corpus))('nomen diff --decree: what the decree does, counts as in changes/ID.json', () => {
  let out = '';
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'nomen-review-'));
    await writeReplayOutputs(await Promise.all(ids.map((id) => parseFile(join(corpus, `${id}.md`)))), out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  async function review(id: string, format = 'json'): Promise<string> {
    let text = '';
    const code = await diff.run(['--decree', id, '--out', out, '--format', format], { stdout: (s) => (text += s), stderr: (s) => (text += s), isTTY: false });
    expect(code, text).toBe(0);
    return text;
  }

  it.each(ids)('%s: every change of the change set is in the review, count by count', async (id) => {
    const d = Diff.parse(JSON.parse(await review(id)));
    const cs = ChangeSet.parse(JSON.parse(readFileSync(join(out, 'changes', `${id}.json`), 'utf8')));
    const n = (k: string) => cs.changes.filter((c) => c.kind === k).length;
    const r = d.decree!;
    expect(r.counts).toEqual({
      added: n('added'), removed: n('removed'), restated: n('restated'), values: n('value'), labels: n('label'), words: n('words'),
      rulesAdded: n('rule-added'), rulesRemoved: n('rule-removed'), indications: n('indications'), provisions: n('provision'), gaps: n('gap'), withdrawn: n('withdrawn'),
    });
    expect([d.added.length, d.removed.length, r.restated.length, d.values.length, d.labels.length, r.words.length, r.provisions.length, r.gaps.length, r.withdrawn.length]).toEqual([
      r.counts.added, r.counts.removed, r.counts.restated, r.counts.values, r.counts.labels, r.counts.words, r.counts.provisions, r.counts.gaps, r.counts.withdrawn,
    ]);
    // a rule changed stands for one removal and one addition
    const n2 = (c: string) => d.rules.filter((x) => x.change === c).length;
    expect([n2('added') + n2('changed'), n2('removed') + n2('changed')]).toEqual([r.counts.rulesAdded, r.counts.rulesRemoved]);
  });

  // 14 added: the seven groups inserted after 258451, three single insertions and the four of `l'article 14, l), est complété
  // comme suit` (prestation lines completing a provision are insertions); 12 label amendments, of which one completes a label
  // the state does not know yet (`… est complété comme suit : " ou 258871-258882 "`): a replay/words-unapplied note, 11 labels
  it('2009022077 adds 14 prestations, repeals 11, changes 7 values and 11 known labels (the state diff said removed 0, values 0, labels 0)', async () => {
    const d = Diff.parse(JSON.parse(await review('2009022077')));
    expect([d.added.length, d.removed.length, d.values.length, d.labels.length]).toEqual([14, 11, 7, 11]);
    expect(d.removed.map((p) => p.codes.join('-'))).toContain('255474-255485');
    expect(d.values).toContainEqual({ codes: ['258370', '258381'], old: null, new: 'K 300' });
    const text = await review('2009022077', 'text');
    expect(text).toMatch(/2009022077 \(2009-05-01\): 14 added, 11 repealed, (?:\d+ restated, )?7 values, 11 labels/);
  });

  it('2012022132: a code first met with `la valeur relative "C 4" est remplacée par "C 2"` is a value change, old value marked as quoted, not an added code', async () => {
    const d = Diff.parse(JSON.parse(await review('2012022132')));
    expect(d.added).toEqual([]);
    expect(d.values).toContainEqual({ codes: ['590833'], old: 'C 4', new: 'C 2', oldQuoted: true });
    expect(await review('2012022132', 'text')).toContain('590833: C 4 (as the decree quotes it) → C 2');
  });

  it('2009022013: a rule reworded is one rule changed, with its word diff', async () => {
    const d = Diff.parse(JSON.parse(await review('2009022013')));
    const changed = d.rules.find((r) => r.change === 'changed' && r.words.some((w) => w.op === '-' && /staging/.test(w.text)));
    expect(changed?.words.some((w) => w.op === '+' && /suspicion/.test(w.text))).toBe(true);
  });

  it('2013022102 and 2011022073: the review says which decree is repealed, from when, and that its changes never applied', async () => {
    const a = Diff.parse(JSON.parse(await review('2013022102')));
    expect(a.decree!.withdrawn).toEqual([expect.objectContaining({ document: '2011022073', date: '2012-12-30', abInitio: true })]);
    expect(await review('2013022102', 'text')).toContain('repealed decree 2011022073 from 2012-12-30: its changes never applied');
    expect(await review('2011022073', 'text')).toMatch(/withdrawn: none of its changes apply: Abrogé \(AR 2013-02-19\/13, art\. 1\)/);
  });
});
