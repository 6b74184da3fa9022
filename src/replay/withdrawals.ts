import type { Provenance } from '../schema/common.js';
import type { DecreeRepeal } from '../schema/document.js';
import type { ReplayDocument } from './input.js';
import type { Change, CodeGroupState, ReplayDiagnostic, SourceRef, Version } from '../schema/replay.js';
import { effectiveDate } from './order.js';
import { formatValue } from './extras.js';
import { current, open, type WorkingState } from './state.js';

/**
 * A decree whose changes stop applying: withdrawn or repealed as a whole,
 * by Justel's note on its own body (`(Rapporté) <AR …; En vigueur : …>`) or
 * by a decree of the build (`L'arrêté royal du … modifiant … est abrogé`).
 */
export interface Withdrawal {
  target: string;
  /** from when its changes stop; null when unknown. */
  date: string | null;
  /** on or before its own entry into force: its changes never applied. */
  abInitio: boolean;
  /** the repealing decree when it is in the build. */
  by: string | null;
  /** `withdrawn` (rapporté, retiré) or `repealed` (abrogé). */
  how: 'withdrawn' | 'repealed';
  /** readable why, for change sets and reviews. */
  reason: string;
  at: Provenance | null;
}

const earlier = (a: string | null, b: string | null): boolean => a !== null && (b === null || a < b);

/** The decree a repeal sentence names: same signature date and kind; publication and NUMAC narrow it. */
function findTarget(docs: ReplayDocument[], r: DecreeRepeal, self: string): ReplayDocument[] {
  let found = docs.filter((d) => d.document.id !== self && d.document.signed === r.signed && d.document.kind === r.kind);
  if (r.published) found = found.filter((d) => d.document.published === null || d.document.published === r.published);
  if (found.length > 1 && r.id) found = found.filter((d) => d.document.id === r.id);
  return found;
}

/** Every withdrawal the documents state, keyed by the withdrawn document's id. */
export function findWithdrawals(docs: ReplayDocument[]): { withdrawals: Map<string, Withdrawal>; diagnostics: ReplayDiagnostic[] } {
  const withdrawals = new Map<string, Withdrawal>();
  const diagnostics: ReplayDiagnostic[] = [];
  const byCase = new Map(docs.filter((d) => d.document.case).map((d) => [d.document.case!, d.document.id]));
  const put = (w: Withdrawal) => {
    const prev = withdrawals.get(w.target);
    // two notes (rapporté twice): the earliest date wins, the decree in the build is kept
    if (!prev || earlier(w.date, prev.date) || (w.date === prev.date && prev.by === null)) withdrawals.set(w.target, w);
  };
  for (const d of docs) {
    const s = d.document.status;
    if (!s) continue;
    const start = effectiveDate(d);
    put({
      target: d.document.id,
      date: s.date,
      abInitio: s.abInitio || (s.date !== null && start !== null && s.date <= start),
      by: (s.byCase && byCase.get(s.byCase)) ?? null,
      how: s.state,
      reason: `${s.note} (${s.by ?? 'by a later decree'}) from ${s.date ?? 'an unknown date'}, Justel's note on ${d.document.id}`,
      at: s.at,
    });
  }
  for (const d of docs)
    for (const r of d.document.repeals ?? []) {
      const found = findTarget(docs, r, d.document.id);
      const name = `the ${r.kind === 'arrete-royal' ? 'royal' : 'ministerial'} decree of ${r.signed}`;
      if (found.length !== 1) {
        diagnostics.push({
          severity: found.length ? 'warning' : 'info',
          code: 'replay/repealed-decree-unknown',
          message: found.length
            ? `${d.document.id} repeals ${name}: ${found.length} documents match (${found.map((f) => f.document.id).join(', ')}); none is withdrawn`
            : `${d.document.id} repeals ${name}, which is not in this build; nothing to withdraw`,
          document: d.document.id,
          codes: [],
          at: r.at,
          state: null,
        });
        continue;
      }
      const t = found[0];
      const date = effectiveDate(d);
      const start = effectiveDate(t);
      put({
        target: t.document.id,
        date,
        abInitio: date !== null && start !== null && date <= start,
        by: d.document.id,
        how: r.verb,
        reason: `${r.verb} by ${d.document.id} (art. ${r.at.article ?? '?'}) from ${date ?? 'an unknown date'}`,
        at: r.at,
      });
    }
  return { withdrawals, diagnostics };
}

/** A repealing decree's own sentence is no change to the annex: the amendment reader may read one there. */
export function withoutRepealSentences(doc: ReplayDocument): ReplayDocument {
  const spans = (doc.document.repeals ?? []).map((r) => r.at);
  if (spans.length === 0) return doc;
  const inside = (at: Provenance) => spans.some((s) => at.offset < s.offset + s.length && s.offset < at.offset + at.length && at.article === s.article);
  return { ...doc, amendments: doc.amendments.filter((a) => !(a.codes.length === 0 && a.subject === 'provision' && inside(a.at))) };
}

type AnyVersion = Version<unknown>;

/**
 * Undo, from `date`, what document `target` set that is still open: its
 * versions are closed and the versions it had closed are opened again (a code
 * it inserted is repealed, a code it repealed is back in force). Versions a
 * later decree already replaced stay as they are. Returns the changes.
 */
export function revertDocument(ws: WorkingState, target: string, date: string | null, by: SourceRef): Change[] {
  const changes: Change[] = [];
  const note = (g: CodeGroupState, kind: Change['kind'], old: unknown, nw: unknown) =>
    changes.push({ kind, codes: g.codes, article: by.at?.article ?? null, path: [], old: old ?? null, new: nw ?? null, at: by.at });
  for (const g of ws.groups.values()) {
    const statusBefore = current(g.status)?.value ?? null;
    const labelBefore = current(g.label)?.value ?? null;
    const valueBefore = current(g.value)?.value ?? null;
    const touched = [g.status, g.label, g.value].map((h) => revertHistory(h as AnyVersion[], target, date, by)).some(Boolean);
    const rules = revertRules(g, target, date, by);
    if (!touched && rules.added.length === 0 && rules.removed.length === 0) continue;
    const status = current(g.status)?.value ?? null;
    if (statusBefore !== status && status === null && statusBefore === 'in-force') open(g.status, 'repealed', date, by);
    const after = current(g.status)?.value ?? null;
    if (statusBefore === 'in-force' && after !== 'in-force') note(g, 'removed', null, null);
    else if (after === 'in-force' && statusBefore !== 'in-force') note(g, 'added', null, { label: current(g.label)?.value ?? null, value: formatValue(current(g.value)?.value ?? null) });
    else {
      const label = current(g.label)?.value ?? null;
      const value = current(g.value)?.value ?? null;
      if (label !== labelBefore) note(g, 'label', labelBefore, label);
      if (formatValue(value) !== formatValue(valueBefore)) note(g, 'value', formatValue(valueBefore), formatValue(value));
    }
    for (const r of rules.removed) note(g, 'rule-removed', r, null);
    for (const r of rules.added) note(g, 'rule-added', null, r);
  }
  return changes;
}

/** One-valued history (status, label, value): undo the target's open version, or its closing. */
function revertHistory(h: AnyVersion[], target: string, date: string | null, by: SourceRef): boolean {
  const last = h[h.length - 1];
  if (!last) return false;
  if (last.to === null && last.closedBy === null && last.source.document === target) {
    last.to = date;
    last.closedBy = by;
    const prev = [...h].reverse().find((v) => v !== last && v.closedBy?.document === target);
    if (prev) h.push({ from: date, to: null, knownSince: false, value: structuredClone(prev.value), source: by, closedBy: null });
    return true;
  }
  if (last.closedBy?.document === target && !(last.to === null && last.closedBy === null)) {
    h.push({ from: date, to: null, knownSince: false, value: structuredClone(last.value), source: by, closedBy: null });
    return true;
  }
  return false;
}

function revertRules(g: CodeGroupState, target: string, date: string | null, by: SourceRef): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  const openNow = g.rules.filter((v) => v.to === null && v.closedBy === null);
  const reopen = g.rules.filter((v) => v.closedBy?.document === target && !openNow.some((o) => o.value.text === v.value.text));
  for (const v of openNow)
    if (v.source.document === target) {
      v.to = date;
      v.closedBy = by;
      removed.push(v.value.text);
    }
  for (const v of reopen) {
    g.rules.push({ from: date, to: null, knownSince: false, value: structuredClone(v.value), source: by, closedBy: null });
    added.push(v.value.text);
  }
  return { added, removed };
}
