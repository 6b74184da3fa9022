import type { ReplayDocument } from './input.js';
import type { Change, ChangeSet, CodeGroupState, NomenclatureState, ReplayDiagnostic, SourceRef, Timeline, TimelineEntry } from '../schema/replay.js';
import { applyDocument } from './apply.js';
import { effectiveDate, orderDocuments, replayedDocument } from './order.js';
import { WorkingState, current, statusOf } from './state.js';
import { addTimelineEntries, buildTimeline, indexTimeline } from './timeline.js';
import { baseInfo, seedState, type Base } from './base.js';
import { findWithdrawals, revertDocument, withoutRepealSentences, type Withdrawal } from './withdrawals.js';
import { createHash } from 'node:crypto';

export interface ReplayResult {
  /** the state; its `diagnostics` are the findings no single document's change set holds (ordering, base, withdrawals across documents). */
  state: NomenclatureState;
  /** every finding of the replay: the state's, then each change set's in replay order (a change set's are written with it, in changes/). */
  diagnostics: ReplayDiagnostic[];
  /** one per document, in replay order. */
  changeSets: ChangeSet[];
  timeline: Timeline;
  /** ids of the documents applied in this run (all of them for a full replay). */
  replayed: string[];
  /** the documents in replay order: `changeSets[i]` is `documents[i]`'s (ids may repeat). */
  documents: ReplayDocument[];
  /** how many of the first documents were not applied again but taken from `resume`'s checkpoint (0: a full replay). */
  resumed?: number;
}

/**
 * Where a replay stood after its last document: enough to apply documents
 * that come after them without replaying the history again (adding the
 * newest decree to a long one). Plain data: a caller stores it as it likes.
 */
export interface ReplayCheckpoint {
  /** the base the replay started from (a digest of it), or null: a replay from another base, or none, does not go on from it. */
  base: string | null;
  /** the documents applied, in replay order, each with the caller's key for its content (`keyOf`). */
  documents: { id: string; key: string }[];
  /**
   * every group of the working state, empty ones too (a group once resolved is found again, not created anew). These are
   * the result state's own objects, not a copy (a build serializes them at once): keep a checkpoint past the call as a
   * copy (`structuredClone`, `v8.serialize`), since a replay that goes on from it takes its groups over.
   */
  groups: CodeGroupState[];
  /** the withdrawals those documents stated: a later replay resumes only when its own are the same. */
  withdrawals: [string, Withdrawal][];
  /** their change sets, without their changes (a build has written them out). */
  changeSets: ChangeSet[];
}

function finish(ws: WorkingState, ordered: ReplayDocument[], orderDiags: ReplayDiagnostic[], changeSets: ChangeSet[], replayed?: string[], timeline?: Timeline): ReplayResult {
  return {
    // a document's findings are written once, in its change set: in the state too they were three quarters of
    // nomenclature.json at 1,500 decrees (32 of 43 MB), read back by every query
    state: ws.toState(ordered.map(replayedDocument), orderDiags),
    diagnostics: [...orderDiags, ...changeSets.flatMap((c) => c.diagnostics)],
    changeSets,
    timeline: timeline ?? buildTimeline(ordered),
    replayed: replayed ?? ordered.map((d) => d.document.id),
    documents: ordered,
  };
}

/**
 * Replay every document from an empty nomenclature, or from a base (the
 * prestations in force on its date): then only the documents in force after
 * that date (and undated ones) are applied, the others are named in a
 * `replay/before-base` note.
 */
export interface ReplayOptions {
  base?: Base;
  /**
   * Called once per change set as soon as nothing can change it any more
   * (at once, unless its document withdraws or is withdrawn by another: then
   * at the end), so a caller can write it and let it go: the result's change
   * sets then keep their counts and diagnostics, and no `changes`.
   */
  onChangeSet?: (changeSet: ChangeSet, doc: ReplayDocument) => void;
  /**
   * Called with each timeline entry, in replay order, as its document is
   * applied, so a caller can write it and let it go: the result's timeline
   * is then empty (a long history's timeline is tens of MB).
   */
  onTimelineEntry?: (entry: TimelineEntry) => void;
  /** what identifies a document's content for a checkpoint (`resume`, `onCheckpoint`): its source's sha256, say. */
  keyOf?: (doc: ReplayDocument) => string;
  /**
   * Apply only the documents after those of this checkpoint, on the state it
   * holds, when the replay order starts with exactly its documents (same ids,
   * same keys), the others all come after them, the base is the same and the
   * documents state the same withdrawals; else the whole history is replayed.
   * Either way the result is the same (a test replays both ways); the
   * checkpoint is given up (its groups become the new state's: resume from a
   * copy to keep it, or the result it came from).
   */
  resume?: ReplayCheckpoint;
  /**
   * Called at the end with the checkpoint a later replay may resume from;
   * not called when a withdrawal was still pending at the end (it is undone
   * then, after every document: a later document would come before it).
   */
  onCheckpoint?: (checkpoint: ReplayCheckpoint) => void;
}

/** The documents a replay applies, in order (`ordered` by orderDocuments): from a base, those in force after it. */
export function replayOrder<T extends ReplayDocument>(ordered: T[], base?: Base): T[] {
  return base ? ordered.filter((d) => effectiveDate(d) === null || effectiveDate(d)! > base.date) : ordered;
}

export function replay(docs: ReplayDocument[], options: ReplayOptions = {}): ReplayResult {
  const { base, keyOf } = options;
  const all = orderDocuments(docs);
  const diagnostics = all.diagnostics;
  const ordered = replayOrder(all.ordered, base);
  const { withdrawals, diagnostics: wd } = findWithdrawals(ordered);
  const from = options.resume && keyOf ? resumable(options.resume, ordered, withdrawals, keyOf, baseDigest(base)) : 0;
  const ws = from ? WorkingState.fromGroups(options.resume!.groups) : new WorkingState();
  if (base) {
    if (!from) seedState(ws, base);
    for (const d of all.ordered)
      if (!ordered.includes(d))
        diagnostics.push({ severity: 'info', code: 'replay/before-base', message: `${d.document.id} (in force ${effectiveDate(d)}) is not replayed: the base ${base.file} describes ${base.date}`, document: d.document.id, codes: [], at: null, state: null });
  }
  diagnostics.push(...wd);
  // the timeline is gathered as each document is applied: a build reads each document's amendments back once (output/stored-part.ts)
  const entries: TimelineEntry[] = [];
  const sink = options.onTimelineEntry ? { push: options.onTimelineEntry } : entries;
  const applied = applyAll(ws, ordered.slice(from), withdrawals, options.onChangeSet, (d) => addTimelineEntries(sink, d));
  const changeSets = [...(from ? options.resume!.changeSets : []), ...applied.changeSets];
  if (options.onCheckpoint && keyOf && applied.settled)
    options.onCheckpoint({
      base: baseDigest(base),
      documents: ordered.map((d) => ({ id: d.document.id, key: keyOf(d) })),
      groups: [...ws.groups.values()],
      withdrawals: [...withdrawals.entries()],
      changeSets: changeSets.map((c) => ({ ...c, changes: [] })),
    });
  const r = finish(ws, ordered, diagnostics, changeSets, from ? ordered.slice(from).map((d) => d.document.id) : undefined, from ? { entries: [], articles: [] } : indexTimeline(entries));
  if (from) r.resumed = from;
  if (base) r.state = { base: baseInfo(base), ...r.state };
  return r;
}

/** How many documents `replay(docs, options)` will take from `options.resume` (0: it replays them all). */
export function resumePoint(docs: ReplayDocument[], options: Pick<ReplayOptions, 'base' | 'keyOf' | 'resume'>): number {
  if (!options.resume || !options.keyOf) return 0;
  const ordered = replayOrder(orderDocuments(docs).ordered, options.base);
  return resumable(options.resume, ordered, findWithdrawals(ordered).withdrawals, options.keyOf, baseDigest(options.base));
}

/** What identifies a base for a checkpoint: the digest of all it holds (its rows may be every prestation of the annex). */
function baseDigest(base: Base | undefined): string | null {
  return base ? createHash('sha256').update(JSON.stringify(base)).digest('hex') : null;
}

/**
 * How many documents a replay can take from a checkpoint: all of its own, when
 * it was made from the same base (or none), they are the first of `ordered`
 * (ids and keys), at least one comes after them, no id of those is among them,
 * and the withdrawals are the same (so none names a document after them); else 0.
 */
function resumable(cp: ReplayCheckpoint, ordered: ReplayDocument[], withdrawals: Map<string, Withdrawal>, keyOf: (doc: ReplayDocument) => string, base: string | null): number {
  const n = cp.documents.length;
  if (cp.base !== base) return 0;
  if (n === 0 || n >= ordered.length || cp.changeSets.length !== n) return 0;
  for (let i = 0; i < n; i++) if (ordered[i].document.id !== cp.documents[i].id || keyOf(ordered[i]) !== cp.documents[i].key) return 0;
  const kept = new Set(cp.documents.map((d) => d.id));
  if (ordered.slice(n).some((d) => kept.has(d.document.id))) return 0;
  if (JSON.stringify([...withdrawals.entries()]) !== JSON.stringify(cp.withdrawals)) return 0;
  return n;
}

/**
 * Apply documents in order. A document withdrawn ab initio is not applied;
 * one withdrawn or repealed later is applied, then undone on that date
 * (before the documents in force from then on). Both are said in the change
 * sets of the withdrawn document and of its repealer.
 */
function applyAll(
  ws: WorkingState,
  ordered: ReplayDocument[],
  withdrawals: Map<string, Withdrawal>,
  onChangeSet?: ReplayOptions['onChangeSet'],
  onDocument?: (d: ReplayDocument) => void,
): { changeSets: ChangeSet[]; settled: boolean } {
  // a change set an undo may still add to: its document's, or its repealer's
  const involved = new Set<string>();
  for (const w of withdrawals.values()) {
    involved.add(w.target);
    if (w.by) involved.add(w.by);
  }
  const handOver = (cs: ChangeSet, d: ReplayDocument) => {
    onChangeSet!(cs, d);
    cs.changes = [];
  };
  const changeSets: ChangeSet[] = [];
  const setOf = new Map<string, ChangeSet>();
  const pending: Withdrawal[] = [];
  const withdrawn = (w: Withdrawal) => ({ kind: 'withdrawn' as const, codes: [], article: null, path: [], old: null, new: { document: w.target, date: w.date, abInitio: w.abInitio, how: w.how, by: w.by, reason: w.reason }, at: w.at });
  // what an undo changed goes to the repealer's change set (applied just after) or else the withdrawn one's
  const waiting = new Map<string, Change[]>();
  const undo = (w: Withdrawal) => {
    const changes = revertDocument(ws, w.target, w.date, { document: w.by ?? w.target, at: w.at });
    const holder = w.by && !setOf.has(w.by) ? null : ((w.by && setOf.get(w.by)) || setOf.get(w.target));
    if (holder) holder.changes.push(...changes);
    else waiting.set(w.by!, [...(waiting.get(w.by!) ?? []), ...changes]);
  };
  for (const d of ordered) {
    const date = effectiveDate(d);
    // undo first what stops applying on or before this document's date
    for (let i = 0; i < pending.length; ) {
      if (date !== null && pending[i].date !== null && pending[i].date! <= date) undo(pending.splice(i, 1)[0]);
      else i++;
    }
    const w = withdrawals.get(d.document.id);
    onDocument?.(d);
    let cs: ChangeSet;
    if (w?.abInitio) {
      cs = applyDocument(ws, { ...d, amendments: [], prestations: [], rules: [], indications: [] });
      cs.diagnostics.push({ severity: 'info', code: 'replay/withdrawn', message: `${d.document.id} is not applied: ${w.reason}, on or before its entry into force ${date ?? '(unknown)'}`, document: d.document.id, codes: [], at: w.at, state: null });
    } else {
      cs = applyDocument(ws, withoutRepealSentences(d));
      if (w) pending.push(w);
    }
    if (w) cs.changes.unshift(withdrawn(w));
    for (const x of withdrawals.values()) if (x.by === d.document.id) cs.changes.unshift(withdrawn(x));
    cs.changes.push(...(waiting.get(d.document.id) ?? []));
    waiting.delete(d.document.id);
    setOf.set(d.document.id, cs);
    changeSets.push(cs);
    if (onChangeSet && !involved.has(d.document.id)) handOver(cs, d);
  }
  // nothing left to undo after the last document: a later one could be applied next (a checkpoint)
  const settled = pending.length === 0 && waiting.size === 0;
  for (const w of pending) undo(w);
  if (onChangeSet) ordered.forEach((d, i) => involved.has(d.document.id) && handOver(changeSets[i], d));
  return { changeSets, settled };
}

/**
 * Replay only the documents in force on or after `fromDate` (and undated
 * ones, which always come last) on top of a previous result: versions they
 * set are dropped and versions they closed reopened, then they are applied
 * again in order. `docs` is the whole new document set. Falls back to a full
 * replay when an earlier document differs from the previous run. The
 * previous result is reused in place (no copy) unless `keepPrevious`.
 * Limitation: a single code a redone decree merged into a pair stays merged.
 */
export function replayFrom(previous: ReplayResult, docs: ReplayDocument[], fromDate: string, options: { keepPrevious?: boolean } = {}): ReplayResult {
  const { ordered, diagnostics } = orderDocuments(docs);
  // withdrawals undo a decree at a later date: replay them whole
  if (docs.some((d) => d.document.status || d.document.repeals)) return replay(docs);
  const isKept = (d: { date: string | null }) => d.date !== null && d.date < fromDate;
  const kept = ordered.filter((d) => isKept({ date: effectiveDate(d) }));
  const prevKept = previous.state.documents.filter(isKept);
  if (prevKept.length !== kept.length || prevKept.some((p, i) => p.id !== kept[i].document.id)) return replay(docs);

  const redo = new Set(ordered.slice(kept.length).map((d) => d.document.id));
  for (const p of previous.state.documents) if (!isKept(p)) redo.add(p.id);
  const base = WorkingState.from(previous.state, !options.keepPrevious);
  const undone = (s: SourceRef | null) => s !== null && redo.has(s.document);
  for (const g of base.groups.values()) {
    for (const h of [g.status, g.label, g.value, g.rules, g.indications] as { to: string | null; source: SourceRef; closedBy: SourceRef | null }[][]) {
      const keep = h.filter((v) => !undone(v.source));
      for (const v of keep)
        if (undone(v.closedBy)) {
          v.to = null;
          v.closedBy = null;
        }
      h.splice(0, h.length, ...keep);
    }
  }
  // groups only the redone documents had created are gone: they are met anew
  const ws = WorkingState.from(base.toState([], []), true);
  const changeSets = [...previous.changeSets.slice(0, kept.length)];
  for (const d of ordered.slice(kept.length)) changeSets.push(applyDocument(ws, d));
  return finish(ws, ordered, diagnostics, changeSets, [...redo].sort());
}

export interface ReplaySummary {
  codesInForce: number;
  valuesSet: number;
  insertions: number;
  repeals: number;
  diagnostics: { error: number; warning: number; info: number };
  oldValueQuoted: number;
  oldValueChecks: number;
  oldValueAgreed: number;
  wordsQuoted: number;
  wordsFound: number;
}

export function summarize(r: ReplayResult): ReplaySummary {
  const s: ReplaySummary = {
    codesInForce: 0,
    valuesSet: 0,
    insertions: 0,
    repeals: 0,
    diagnostics: { error: 0, warning: 0, info: 0 },
    oldValueQuoted: 0,
    oldValueChecks: 0,
    oldValueAgreed: 0,
    wordsQuoted: 0,
    wordsFound: 0,
  };
  for (const g of r.state.groups) {
    if (statusOf(g) === 'in-force') s.codesInForce++;
    if (current(g.value)?.value) s.valuesSet++;
  }
  for (const c of r.changeSets) {
    s.insertions += c.counts.insertions;
    s.repeals += c.counts.repeals;
    s.oldValueQuoted += c.counts.oldValueQuoted;
    s.oldValueChecks += c.counts.oldValueChecks;
    s.oldValueAgreed += c.counts.oldValueAgreed;
    s.wordsQuoted += c.counts.wordsQuoted;
    s.wordsFound += c.counts.wordsFound;
  }
  for (const d of r.diagnostics) s.diagnostics[d.severity]++;
  return s;
}

export function summaryLines(r: ReplayResult): string[] {
  const s = summarize(r);
  const base = r.state.base;
  return [
    ...(base ? [`replay: base ${base.file}: ${base.prestations} prestations in force on ${base.date}; only decrees in force after it are replayed`] : []),
    `replay: ${r.state.documents.length} documents, ${s.codesInForce} code groups in force, ${s.valuesSet} with a relative value`,
    `replay: ${s.insertions} insertions, ${s.repeals} repeals`,
    `replay: old values quoted ${s.oldValueQuoted}: ${s.oldValueChecks} checked against the state, ${s.oldValueAgreed} agreed, ${s.oldValueChecks - s.oldValueAgreed} differ, ${s.oldValueQuoted - s.oldValueChecks} with no earlier value known`,
    `replay: words changed in known labels ${s.wordsQuoted}: ${s.wordsFound} found in the state's label, ${s.wordsQuoted - s.wordsFound} not found`,
    `replay: consistency diagnostics ${s.diagnostics.error} errors, ${s.diagnostics.warning} warnings, ${s.diagnostics.info} info`,
  ];
}
