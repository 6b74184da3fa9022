import { describe, expect, it } from 'vitest';
import { replay, replayFrom, summarize } from '../../src/replay/replay.js';
import { ChangeSet, NomenclatureState, Timeline } from '../../src/schema/replay.js';
import { amendment, doc, prestation } from './make.js';

const insertDoc = doc('2001000001', '2001-06-01', {
  published: '2001-04-28',
  amendments: [amendment('insertion', 'prestation', [['589676', '589680']])],
  prestations: [prestation(['589676', '589680'], 'Vertébroplastie percutanée', ['I', 300])],
});
const valueDoc = doc('2003000002', '2003-04-01', {
  amendments: [amendment('substitution', 'relativeValue', [['589676']], { old: 'I 300', new: 'I 400', snippet: 'est portée de I 300 à I 400' })],
});
const wrongOld = doc('2005000003', '2005-01-01', {
  amendments: [amendment('substitution', 'relativeValue', [['589676', '589680']], { old: { letter: 'I', coefficient: 350, terms: [{ letter: 'I', coefficient: 350 }] }, new: 'I 500' })],
});
const repealDoc = doc('2010000004', '2010-01-01', { amendments: [amendment('repeal', 'prestation', [['589676', '589680'], ['123456']])] });

describe('replay', () => {
  it('orders by entry into force, then publication, then id; undated last with a diagnostic', () => {
    const undated = doc('0000000000', null, {});
    const r = replay([repealDoc, undated, valueDoc, insertDoc]);
    expect(r.state.documents.map((d) => d.id)).toEqual(['2001000001', '2003000002', '2010000004', '0000000000']);
    expect(r.diagnostics.find((d) => d.code === 'replay/no-date')?.document).toBe('0000000000');
  });

  it('keeps dated versions of value and status with their sources, single code finds its pair', () => {
    const r = replay([insertDoc, valueDoc, wrongOld, repealDoc]);
    const g = r.state.groups.find((x) => x.key === '589676-589680')!;
    expect(g.value.map((v) => [v.value?.coefficient, v.from, v.to, v.source.document])).toEqual([
      [300, '2001-06-01', '2003-04-01', '2001000001'],
      [400, '2003-04-01', '2005-01-01', '2003000002'],
      [500, '2005-01-01', '2010-01-01', '2005000003'],
    ]);
    expect(g.status.map((s) => [s.value, s.from, s.to])).toEqual([
      ['in-force', '2001-06-01', '2010-01-01'],
      ['repealed', '2010-01-01', null],
    ]);
    for (const c of r.changeSets) ChangeSet.parse(c);
    NomenclatureState.parse(r.state);
    Timeline.parse(r.timeline);
  });

  it('checks quoted old values against the state, with both sources', () => {
    const r = replay([insertDoc, valueDoc, wrongOld]);
    const s = summarize(r);
    expect([s.oldValueChecks, s.oldValueAgreed]).toEqual([2, 1]);
    const d = r.diagnostics.find((x) => x.code === 'replay/old-value-differs')!;
    expect(d.document).toBe('2005000003');
    expect(d.state?.document).toBe('2003000002');
    expect(d.message).toContain('I 350');
  });

  it('unknown code is info, repealed code is an error, insertion of a code in force a warning', () => {
    const again = doc('2011000005', '2011-01-01', { amendments: [amendment('repeal', 'prestation', [['589676', '589680']])] });
    const reinsert = doc('2002000006', '2002-01-01', { amendments: [amendment('insertion', 'prestation', [['589676', '589680']])] });
    const r = replay([insertDoc, reinsert, repealDoc, again]);
    const codes = r.diagnostics.map((d) => `${d.severity}:${d.code}:${d.document}`);
    expect(codes).toContain('warning:replay/insert-in-force:2002000006');
    expect(codes).toContain('info:replay/unknown-code:2010000004');
    expect(codes).toContain('error:replay/not-in-force:2011000005');
    // a code first met in a modifying decree: past unknown
    const single = r.state.groups.find((g) => g.key === '123456')!;
    expect(single.status[0]).toMatchObject({ from: null, to: '2010-01-01', knownSince: true });
  });

  it('flags two decrees changing the same code on the same date', () => {
    const other = doc('2003000009', '2003-04-01', { amendments: [amendment('substitution', 'label', [['589676', '589680']], { new: 'Autre libellé' })] });
    const r = replay([insertDoc, valueDoc, other]);
    const d = r.diagnostics.find((x) => x.code === 'replay/same-date')!;
    expect(d.document).toBe('2003000009');
    expect(d.state?.document).toBe('2003000002');
  });

  it('words in a label edit the known label; words elsewhere stay on the article timeline', () => {
    const words = doc('2004000007', '2004-01-01', {
      amendments: [
        amendment('substitution', 'words', [['589676', '589680']], { old: 'percutanée', new: 'percutanée guidée' }),
        amendment('substitution', 'words', [], { old: 'radiothérapie', new: 'radiothérapie-oncologie', article: '18' }),
        amendment('gap', 'provision', [], { article: '18' }),
      ],
    });
    const r = replay([insertDoc, words]);
    const g = r.state.groups.find((x) => x.key === '589676-589680')!;
    expect(g.label.map((l) => l.value)).toEqual(['Vertébroplastie percutanée', 'Vertébroplastie percutanée guidée']);
    const a18 = r.timeline.articles.find((a) => a.article === '18')!;
    expect(a18.entries.map((i) => r.timeline.entries[i].type)).toEqual(['substitution', 'gap']);
  });

  it('replayFrom gives the same result as a full replay', () => {
    const all = [insertDoc, valueDoc, wrongOld, repealDoc];
    const before = replay([insertDoc, valueDoc, repealDoc]);
    const same = (a: ReturnType<typeof replay>, b: ReturnType<typeof replay>) => JSON.stringify({ ...a, replayed: [] }) === JSON.stringify({ ...b, replayed: [] });
    const inc = replayFrom(before, all, '2005-01-01');
    expect(inc.replayed).toEqual(['2005000003', '2010000004']);
    expect(same(inc, replay(all))).toBe(true);
    const early = doc('2002000010', '2002-06-01', { amendments: [amendment('substitution', 'relativeValue', [['589676', '589680']], { new: 'I 350' })] });
    const inc2 = replayFrom(inc, [...all, early], '2002-06-01');
    expect(same(inc2, replay([...all, early]))).toBe(true);
    // a code first met in a redone decree is met anew (its past unknown again)
    const onlyNew = doc('2012000011', '2012-01-01', { amendments: [amendment('substitution', 'relativeValue', [['477050', '477061']], { new: 'K 25' })] });
    const full = replay([...all, onlyNew]);
    const inc3 = replayFrom(replay([...all, onlyNew]), [...all, onlyNew], '2011-01-01');
    expect(same(inc3, full)).toBe(true);
    expect(full.state.groups.find((g) => g.key === '477050-477061')!.value[0].knownSince).toBe(true);
  });
});
