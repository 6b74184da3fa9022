import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline/parse.js';
import { orderDocuments } from '../../src/replay/order.js';
import { replay, resumePoint, type ReplayCheckpoint, type ReplayResult } from '../../src/replay/replay.js';
import { readBase } from '../../src/replay/base.js';
import { buildTimeline } from '../../src/replay/timeline.js';
import type { ReplayDocument } from '../../src/replay/input.js';
import type { TimelineEntry } from '../../src/schema/replay.js';
import { amendment, at, doc, prestation } from './make.js';

/**
 * A replay that goes on from a checkpoint (the state after the documents of an
 * earlier replay) gives what a replay of the whole history gives: the same state,
 * findings, change sets and timeline entries. Checkpoints go through V8's
 * serialization, as a build stores them.
 */
const keyOf = (d: ReplayDocument) => `${d.document.source.path}\0${d.document.source.sha256}`;
// a replay takes a checkpoint's groups over: each use gets its own copy, as a build reads its own from disk
const copy = (cp: ReplayCheckpoint | undefined) => (cp ? (deserialize(serialize(cp)) as ReplayCheckpoint) : undefined);

function checkpointOf(docs: ReplayDocument[], resume?: ReplayCheckpoint): ReplayCheckpoint | null {
  let cp: ReplayCheckpoint | null = null;
  replay(docs, { keyOf, resume: copy(resume), onCheckpoint: (c) => (cp = deserialize(serialize(c)) as ReplayCheckpoint) });
  return cp;
}

/** Replay `docs` from `cp` and whole; expect the same, `n` documents taken from the checkpoint. */
function expectSameAsWhole(docs: ReplayDocument[], cp: ReplayCheckpoint, n: number): ReplayResult {
  const entries: TimelineEntry[] = [];
  const from = replay(docs, { keyOf, resume: copy(cp), onTimelineEntry: (e) => entries.push(e) });
  const whole = replay(docs, { keyOf });
  expect(resumePoint(docs, { keyOf, resume: cp })).toBe(n);
  expect(from.resumed ?? 0).toBe(n);
  expect(JSON.stringify(from.state)).toBe(JSON.stringify(whole.state));
  expect(from.diagnostics).toEqual(whole.diagnostics);
  expect(from.changeSets.slice(n)).toEqual(whole.changeSets.slice(n));
  expect(from.changeSets.slice(0, n)).toEqual(whole.changeSets.slice(0, n).map((c) => ({ ...c, changes: [] })));
  const ordered = orderDocuments(docs).ordered;
  const before = n ? buildTimeline(ordered.slice(0, n)).entries.length : 0;
  expect(entries).toEqual(whole.timeline.entries.slice(before));
  expect(from.replayed).toEqual(n ? ordered.slice(n).map((d) => d.document.id) : whole.replayed);
  return from;
}

const insertDoc = doc('2001000001', '2001-06-01', {
  published: '2001-04-28',
  amendments: [amendment('insertion', 'prestation', [['589676', '589680']])],
  prestations: [prestation(['589676', '589680'], 'Vertébroplastie percutanée', ['I', 300])],
});
const valueDoc = doc('2003000002', '2003-04-01', { amendments: [amendment('substitution', 'relativeValue', [['589676']], { old: 'I 300', new: 'I 400' })] });
const singleDoc = doc('2004000005', '2004-01-01', { amendments: [amendment('substitution', 'relativeValue', [['477050']], { new: 'K 25' })] });
const pairDoc = doc('2006000006', '2006-01-01', { amendments: [amendment('substitution', 'relativeValue', [['477050', '477061']], { new: 'K 30' })] });
const repealDoc = doc('2010000004', '2010-01-01', { amendments: [amendment('repeal', 'prestation', [['589676', '589680']])] });

describe('a replay going on from a checkpoint', () => {
  it('applies only the documents after it, and gives what the whole replay gives (a single code later met in a pair too)', () => {
    const cp = checkpointOf([insertDoc, valueDoc, singleDoc])!;
    expect(cp.documents.map((d) => d.id)).toEqual(['2001000001', '2003000002', '2004000005']);
    const r = expectSameAsWhole([insertDoc, valueDoc, singleDoc, pairDoc, repealDoc], cp, 3);
    // and from the checkpoint of a replay that went on itself
    const cp2 = checkpointOf([insertDoc, valueDoc, singleDoc, pairDoc], cp)!;
    expect(cp2.documents).toHaveLength(4);
    expectSameAsWhole([insertDoc, valueDoc, singleDoc, pairDoc, repealDoc], cp2, 4);
    expect(r.state.groups.map((g) => g.key)).toContain('477050-477061');
  });

  it('replays whole when a document comes before the checkpoint\'s last, one of them changed or went, or none is new', () => {
    const cp = () => checkpointOf([insertDoc, valueDoc, pairDoc])!;
    expectSameAsWhole([insertDoc, valueDoc, pairDoc, singleDoc, repealDoc], cp(), 0);
    const changed = { ...valueDoc, document: { ...valueDoc.document, source: { ...valueDoc.document.source, sha256: '1'.repeat(64) } } };
    expectSameAsWhole([insertDoc, changed, pairDoc, repealDoc], cp(), 0);
    expectSameAsWhole([insertDoc, pairDoc, repealDoc], cp(), 0);
    expectSameAsWhole([insertDoc, valueDoc, pairDoc], cp(), 0);
    // an undated document comes last: after it nothing can go on
    const undated = doc('0000000000', null, {});
    expect(checkpointOf([insertDoc, undated])).not.toBeNull();
    expectSameAsWhole([insertDoc, undated, repealDoc], checkpointOf([insertDoc, undated])!, 0);
  });

  it('gives no checkpoint while a withdrawal waits for its date, and goes on only when the withdrawals are the same', () => {
    const status = (date: string) => ({ state: 'repealed' as const, note: 'Abrogé', by: 'AR 2011-01-01/01, art. 1', byCase: null, date, abInitio: false, at: at('(Abrogé) <AR 2011-01-01/01, art. 1>') });
    const withdrawnLater = { ...valueDoc, document: { ...valueDoc.document, status: status('2020-01-01') } };
    expect(checkpointOf([insertDoc, withdrawnLater, pairDoc])).toBeNull();
    // undone on its date, before a document in force from then: settled
    const withdrawnEarly = { ...valueDoc, document: { ...valueDoc.document, status: status('2005-01-01') } };
    const cp = checkpointOf([insertDoc, withdrawnEarly, pairDoc])!;
    expect(cp.withdrawals.map(([id]) => id)).toEqual(['2003000002']);
    expectSameAsWhole([insertDoc, withdrawnEarly, pairDoc, repealDoc], cp, 3);
    // a new document withdrawn itself
    const repealedNew = { ...repealDoc, document: { ...repealDoc.document, status: status('2010-01-01') } };
    expectSameAsWhole([insertDoc, withdrawnEarly, pairDoc, repealedNew], checkpointOf([insertDoc, withdrawnEarly, pairDoc])!, 0);
  });
});

describe('a checkpoint and its base', () => {
  const csv = (value: string) => `codes,label,value,from,to,knownSince,source,article\n477050,Consultation,${value},1999-01-01,,false,base,14\n`;
  const [baseA, baseB] = [readBase('base.csv', csv('K 20'), '2000-01-01'), readBase('base.csv', csv('K 99'), '2000-01-01')];
  const checkpointFrom = (base: typeof baseA | undefined) => {
    let cp: ReplayCheckpoint | null = null;
    replay([insertDoc, valueDoc], { base, keyOf, onCheckpoint: (c) => (cp = deserialize(serialize(c)) as ReplayCheckpoint) });
    return cp!;
  };
  const whole = (base: typeof baseA | undefined) => JSON.stringify(replay([insertDoc, valueDoc, singleDoc], { base, keyOf }).state);

  it('goes on only from the same base (or none): another base, or none, replays whole', () => {
    const same = replay([insertDoc, valueDoc, singleDoc], { base: baseA, keyOf, resume: checkpointFrom(baseA) });
    expect(same.resumed).toBe(2);
    expect(JSON.stringify(same.state)).toBe(whole(baseA));
    for (const [from, to] of [[baseA, baseB], [baseA, undefined], [undefined, baseA]] as const) {
      const r = replay([insertDoc, valueDoc, singleDoc], { base: to, keyOf, resume: checkpointFrom(from) });
      expect(r.resumed ?? 0).toBe(0);
      expect(JSON.stringify(r.state)).toBe(whole(to));
    }
  });
});

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const seeds = resolve(import.meta.dirname, '../../corpus');

describe.runIf(existsSync(corpus))('going on from a checkpoint over the real corpus and seeds', () => {
  it('gives what the whole replay gives, wherever the history is cut', async () => {
    const files = [
      ...readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => join(corpus, f)),
      ...readdirSync(seeds).filter((f) => !f.startsWith('.')).map((f) => join(seeds, f)),
    ];
    const docs = orderDocuments(await Promise.all(files.map((f) => parseFile(f)))).ordered;
    const cuts = [docs.length - 1, docs.length - 2, docs.length - 7, Math.floor(docs.length / 2), Math.floor(docs.length / 5)];
    let went = 0;
    for (const n of cuts) {
      const cp = checkpointOf(docs.slice(0, n));
      if (cp === null) continue;
      // a withdrawal the later documents bring, or a document dated before the cut's last (undated ones last), replays whole
      const expected = resumePoint(docs, { keyOf, resume: cp });
      expect([0, n]).toContain(expected);
      expectSameAsWhole(docs, cp, expected);
      if (expected) went++;
    }
    expect(went).toBeGreaterThanOrEqual(3);
    // twice on: from the checkpoint of a replay that went on
    const first = checkpointOf(docs.slice(0, docs.length - 7))!;
    const second = checkpointOf(docs.slice(0, docs.length - 3), first)!;
    expect(second.documents).toHaveLength(docs.length - 3);
    expectSameAsWhole(docs, second, docs.length - 3);
  }, 120_000);
});
