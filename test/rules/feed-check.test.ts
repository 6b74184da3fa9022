import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilledAct, checkClaim, notInForce } from '../../src/check/evaluate.js';
import { command as check } from '../../src/commands/check.js';
import { buildFeed } from '../../src/feed/build.js';
import { validityFromState } from '../../src/feed/validity.js';
import { writeFeed } from '../../src/feed/write.js';
import { parseFile } from '../../src/pipeline/parse.js';
import { replay } from '../../src/replay/replay.js';
import { writeReplayOutputs } from '../../src/replay/write.js';
import type { NomenclatureDocument } from '../../src/schema/document.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const corpus = resolve(repoRoot, '../shared/corpus');
const seeds = resolve(repoRoot, '../shared/seeds');
const fixtures = resolve(repoRoot, 'test/fixtures');

const dated = (d: NomenclatureDocument, date: string): NomenclatureDocument => ({ ...d, document: { ...d.document, entryIntoForce: { date, basis: 'front-matter', at: null } } });
const feedOf = (docs: NomenclatureDocument[]) => {
  const r = replay(docs);
  return { r, feed: buildFeed(docs.map((d) => ({ document: d.document, rules: d.rules })), validityFromState(r.state)) };
};

describe('the feed holds the rules the replay keeps, for the codes their sentence names', () => {
  it('seed 000: the frequency rule of the first version of art. 34 stops the day the second version applies', async () => {
    // the two versions of the 589676-589680 provisions, cut from seed 000, given dates
    const v1 = dated(await parseFile(join(fixtures, 'seed000-v1.txt')), '2010-01-01');
    const v2 = dated(await parseFile(join(fixtures, 'seed000-v2.txt')), '2016-01-01');
    const { feed } = feedOf([v1, v2]);
    const freq = feed.limits.filter((l) => l.kind === 'frequency' && l.code === '589676' && /deux années civiles/.test(l.source.text));
    expect(freq.map((l) => [l.from, l.to])).toEqual([['2010-01-01', '2015-12-31']]);
    const acts = (year: number) => [
      { code: '589676', date: `${year}-02-01`, patient: 'p' },
      { code: '589676', date: `${year}-05-01`, patient: 'p' },
      { code: '589676', date: `${year}-09-01`, patient: 'p' },
    ];
    const fired = (year: number) => checkClaim(feed, acts(year)).filter((v) => v.type === 'frequency' && /deux années civiles/.test(v.source.text));
    expect(fired(2014).length).toBeGreaterThan(0);
    expect(fired(2017)).toEqual([]);
  });

  it.runIf(existsSync(corpus))('2009022482 deletes a non-cumulation sentence ("les mots … sont supprimés"): the rule is not added to the state or the feed', async () => {
    const d = await parseFile(join(corpus, '2009022482.md'));
    // (the words deleted are not read as a rule of the decree at all since the reader leaves out quotes a decree
    // replaces or deletes; the replay did not add it before either)
    const deleted = /558530 - 558541 à 558574 - 558585 ne sont pas cumulables/;
    expect(d.rules.filter((r) => deleted.test(r.text))).toEqual([]);
    const { r, feed } = feedOf([d]);
    const cs = r.changeSets[0];
    expect(cs.changes.filter((c) => c.kind === 'rule-added' && typeof c.new === 'string' && deleted.test(c.new))).toEqual([]);
    expect(feed.nonCumulation.filter((x) => deleted.test(x.source.text))).toEqual([]);
  });

  it.runIf(existsSync(seeds))('seed 001: a qualification sentence that names 444334 - 444345 only as its exception does not govern it; it governs its provision', async () => {
    const seed = readdirSync(seeds).find((f) => f.startsWith('001_'))!;
    const d = await parseFile(join(seeds, seed));
    const q = d.rules.find((r) => /Les prestations de radiothérapie requièrent/.test(r.text))!;
    expect(q.codes).toEqual([]);
    expect(q.provision).toBeDefined();
    // the sentences after it (`Néanmoins, ces prestations …`) do not borrow 444334 either
    expect(d.rules.filter((r) => /^Néanmoins/.test(r.text) && r.codes.flat().includes('444334'))).toEqual([]);
    const { feed } = feedOf([d]);
    expect(feed.qualifications.filter((x) => x.code === '444334' || x.code === '444345')).toEqual([]);
  });
});

describe('nomen check refuses what it cannot check and says what it assumes', () => {
  it('invalid codes, unknown fields and impossible dates are refused; every setting the feed has is accepted', () => {
    expect(BilledAct.safeParse({ code: '999999', date: '2024-01-01' }).success).toBe(false);
    expect(BilledAct.safeParse({ code: '589676', date: '2025-02-30' }).success).toBe(false);
    expect(BilledAct.safeParse({ code: '589676', date: '2025-13-01' }).success).toBe(false);
    expect(BilledAct.safeParse({ code: '589676', date: '2024-01-01', pateint: 'p' }).success).toBe(false);
    expect(BilledAct.safeParse({ code: '589676', date: '2024-01-01', setting: 'centre' }).success).toBe(true);
  });

  it.runIf(existsSync(corpus))('a code repealed on the act\'s date is reported (255474-255485, repealed by 2009022077 from 2009-05-01); undated rules are named', async () => {
    const docs = [await parseFile(join(corpus, '2009022077.md'))];
    const out = mkdtempSync(join(tmpdir(), 'nomen-check-state-'));
    try {
      const { r, feed } = feedOf(docs);
      await writeReplayOutputs(docs, out, r);
      await writeFeed(feed, out);
      expect(notInForce(r.state, [{ code: '255474', date: '2009-04-01' }])).toEqual([]);
      const claim = join(out, 'claim.json');
      writeFileSync(claim, JSON.stringify([{ code: '255474', date: '2010-01-01' }]));
      let text = '';
      const code = await check.run([claim, '--out', out], { stdout: (s) => (text += s), stderr: (s) => (text += s), isTTY: false });
      expect(code).toBe(1);
      expect(text).toContain('255474 is not in force on 2010-01-01: repealed from 2009-05-01 by 2009022077');
      writeFileSync(claim, JSON.stringify([{ code: '999999', date: '2010-01-01' }]));
      text = '';
      expect(await check.run([claim, '--out', out], { stdout: (s) => (text += s), stderr: (s) => (text += s), isTTY: false })).toBe(2);
      expect(text).toContain('check digit');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // seed 000 has no date: its rules hold on every date, and a finding resting on one says so
    const v1 = await parseFile(join(fixtures, 'seed000-v1.txt'));
    const { feed } = feedOf([v1]);
    const v = checkClaim(feed, [{ code: '589676', date: '2024-03-01', units: 3 }]);
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((x) => x.undated)).toBe(true);
  });
});

describe.runIf(existsSync(corpus))('a decree replacing a provision closes the rules that stood in it', () => {
  it('2016022401 replaces art. 20 § 1er c): the non-cumulation rule 2003022622 put there for 472231-472242 ends on 2016-11-01', async () => {
    const docs = await Promise.all(['2003022622', '2016022401'].map((id) => parseFile(join(corpus, `${id}.md`))));
    const { r, feed } = feedOf(docs);
    const g = r.state.groups.find((x) => x.key === '472231-472242')!;
    const rule = g.rules.find((v) => v.source.document === '2003022622' && /tubage/.test(v.value.text))!;
    expect(rule.value.provision).toEqual({ article: '20', path: ['§ 1', 'c)'] });
    expect([rule.to, rule.closedBy?.document]).toEqual(['2016-11-01', '2016022401']);
    const rows = feed.nonCumulation.filter((x) => x.column1 === '472231' && x.source.document === '2003022622');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.to === '2016-10-31')).toBe(true);
    // the decree review says so
    expect(r.changeSets.find((c) => c.document.id === '2016022401')!.changes).toContainEqual(expect.objectContaining({ kind: 'rule-removed', codes: ['472231', '472242'] }));
  });
});

describe('who may not bill a prestation (2010022214: `ne peut pas être remboursée si elle est réalisée par un gynécologue`)', () => {
  it.runIf(existsSync(corpus))('is a qualification whose `excluded` names them, in the feed, and a claim by them is refused', async () => {
    const d = dated(await parseFile(join(corpus, '2010022214.md')), '2010-05-01');
    const rule = d.rules.find((r) => r.type === 'qualification' && r.codes.some((g) => g[0] === '469755'));
    expect(rule?.params).toMatchObject({ specialties: [], excluded: ['gynécologue'] });
    const { feed } = feedOf([d]);
    const row = feed.qualifications.find((q) => q.code === '469755' && q.excluded.length > 0);
    expect(row).toMatchObject({ excluded: ['gynécologue'] });
    const by = (specialty: string) => checkClaim(feed, [{ code: '469755', date: '2011-01-10', patient: 'p', specialty }]).filter((v) => v.type === 'qualification' && /may not bill/.test(v.message));
    expect(by('gynécologue')).toHaveLength(1);
    expect(by('radiodiagnostic')).toEqual([]);
    // (who may not bill, by exact name: a neighbouring specialty is not refused)
    expect(by('gynécologie-obstétrique')).toEqual([]);
  });
});
