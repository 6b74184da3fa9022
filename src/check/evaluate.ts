import { z } from 'zod';
import { Code, IsoDate } from '../schema/common.js';
import type { Feed, FeedSource, LimitRow } from '../feed/schema.js';
import { checkDigitValid } from '../extract/code-rules.js';
import { isCalendarDate } from '../query/dates.js';
import { versionAt } from '../replay/state.js';
import type { NomenclatureState } from '../schema/replay.js';
import { SettingParams } from '../schema/rules.js';

/**
 * Reference evaluator of a claim against the feed. Pure. It reads the
 * tables the way a rules engine would; where the feed cannot decide (a
 * party given as an annex article, a session the claim does not record),
 * it assumes the same date stands for the same session or intervention.
 */

const Setting = SettingParams.shape.setting;

/** One billed act. Unknown fields, impossible dates and codes that fail the check digit are refused. */
export const BilledAct = z
  .object({
    code: Code.refine(checkDigitValid, { message: 'not a valid nomenclature code (check digit: the last digit is the first five modulo 7)' }),
    date: IsoDate.refine(isCalendarDate, { message: 'not a calendar date (no such day)' }),
    patient: z.string().optional(),
    lesion: z.string().optional(),
    units: z.number().int().min(1).optional(),
    specialty: z.string().optional(),
    /** where the act was performed: the settings the feed's rules name. */
    setting: Setting.optional(),
    /** prior approval obtained; only `false` is checked. */
    approved: z.boolean().optional(),
  })
  .strict();
export const Claim = z.array(BilledAct);
export type BilledAct = z.infer<typeof BilledAct>;

export interface Violation {
  type: 'nonCumulation' | 'frequency' | 'quantity' | 'qualification' | 'priorApproval' | 'setting' | 'notInForce';
  refusal: string | null;
  /** indexes of the acts involved in the claim */
  acts: number[];
  codes: string[];
  message: string;
  source: FeedSource;
  /**
   * The rule comes from a document with no known entry into force: it is
   * taken as in force on every date (its start is unknown, and nothing later
   * closed it), so this finding rests on that assumption.
   */
  undated?: boolean;
}

/**
 * Acts whose code the replayed state knows and that is not in force on the
 * act's date (repealed, or inserted later). A code the build never met is
 * not reported: the corpus says nothing about it.
 */
export function notInForce(state: Pick<NomenclatureState, 'groups'>, claim: readonly BilledAct[]): Violation[] {
  const out: Violation[] = [];
  claim.forEach((a, i) => {
    const g = state.groups.find((x) => x.codes.includes(a.code));
    if (!g || g.status.length === 0) return;
    const v = versionAt(g.status, a.date);
    if (v?.value === 'in-force') return;
    const known = g.status.filter((s) => s.from !== null || s.to !== null);
    if (known.length === 0) return;
    const first = known[0];
    const later = !v && first.from !== null && a.date < first.from && !first.knownSince;
    const repealed = v?.value === 'repealed';
    if (!later && !repealed) return;
    const src = repealed ? v!.source : first.source;
    const message = repealed ? `${a.code} is not in force on ${a.date}: repealed from ${v!.from} by ${v!.source.document}` : `${a.code} is not in force on ${a.date}: inserted from ${first.from} by ${first.source.document}`;
    out.push({ type: 'notInForce', refusal: null, acts: [i], codes: [a.code], message, source: { document: src.document, article: src.at?.article ?? null, line: src.at?.line ?? 0, text: src.at?.snippet ?? '' } });
  });
  return out;
}

export function checkClaim(feed: Feed, claim: readonly BilledAct[]): Violation[] {
  const out: Violation[] = [];
  const inForce = (row: { from: string | null; to: string | null }, date: string) => (!row.from || row.from <= date) && (!row.to || date <= row.to);

  // non-cumulation: both codes on the claim for the same patient, same date unless the scope is wider.
  // Acts are indexed by code and patient (and date), so a claim of 10,000 acts is not read 10,000 times per row.
  const byCode = indexActs(claim);
  const seenPair = new Set<string>();
  for (const row of feed.nonCumulation) {
    if (!row.column2) continue;
    const sameDateScope = row.scope === 'sameDay' || row.scope === 'sameSession' || row.scope === 'sameIntervention';
    for (const i of byCode.get(row.column1)?.all ?? []) {
      const a = claim[i];
      if (!inForce(row, a.date)) continue;
      const partners = sameDateScope ? byCode.get(row.column2)?.byPatientDate.get(`${a.patient ?? ''}|${a.date}`) : byCode.get(row.column2)?.byPatient.get(a.patient ?? '');
      for (const j of partners ?? []) {
        if (i === j) continue;
        const b = claim[j];
        const key = [Math.min(i, j), Math.max(i, j), row.source.document, row.source.line].join('|');
        if (seenPair.has(key)) continue;
        seenPair.add(key);
        out.push({ type: 'nonCumulation', refusal: row.refusal, acts: [i, j].sort((x, y) => x - y), codes: [a.code, b.code], message: `${a.code} and ${b.code} cannot be billed together (${row.scope})`, source: row.source });
      }
    }
  }

  // limits: one evaluation per rule (source) and code group
  const seenLimit = new Set<string>();
  for (const row of feed.limits) {
    const key = `${row.kind}|${row.source.document}|${row.source.line}|${row.group.join(',')}|${row.max}`;
    if (seenLimit.has(key)) continue;
    seenLimit.add(key);
    for (const v of limitViolations(row, claim, inForce)) out.push(v);
  }

  for (const row of feed.qualifications) {
    if (row.additional) continue;
    const allowed = [...row.specialties, ...row.inCollaboration].map(fold);
    const excluded = row.excluded.map(fold);
    const same = (x: string, s: string) => x.startsWith(s) || s.startsWith(x) || x.split(' ')[0] === s.split(' ')[0];
    claim.forEach((a, i) => {
      if (a.code !== row.code || !a.specialty || !inForce(row, a.date)) return;
      const s = fold(a.specialty);
      if (allowed.length && !allowed.some((x) => same(x, s))) {
        out.push({ type: 'qualification', refusal: null, acts: [i], codes: [a.code], message: `${a.code} billed by ${a.specialty}, reserved to ${row.specialties.concat(row.inCollaboration).join(', ')}`, source: row.source });
      } else if (excluded.some((x) => x === s)) {
        // (who may not bill it, by exact name: not the lenient match of who may, `médecine interne` for `médecine nucléaire`)
        out.push({ type: 'qualification', refusal: null, acts: [i], codes: [a.code], message: `${a.code} billed by ${a.specialty}, who may not bill it`, source: row.source });
      }
    });
  }

  for (const row of feed.priorApprovals) {
    claim.forEach((a, i) => {
      if (a.code === row.code && a.approved === false && inForce(row, a.date)) out.push({ type: 'priorApproval', refusal: row.refusal, acts: [i], codes: [a.code], message: `${a.code} needs prior approval (${row.by})`, source: row.source });
    });
  }

  for (const row of feed.settings) {
    claim.forEach((a, i) => {
      if (a.code !== row.code || !a.setting || !inForce(row, a.date)) return;
      if (!settingAllows(row.setting, a.setting)) {
        out.push({ type: 'setting', refusal: row.refusal, acts: [i], codes: [a.code], message: `${a.code} is reimbursed for ${row.setting} patients only`, source: row.source });
      }
    });
  }
  // a finding that rests on a rule of an undated document says so
  for (const v of out) if (ruleFrom(feed, v.source) === null) v.undated = true;
  return out;
}

/** The `from` of the feed rows of one source sentence (null: undated document). */
function ruleFrom(feed: Feed, source: FeedSource): string | null | undefined {
  for (const t of [feed.nonCumulation, feed.limits, feed.qualifications, feed.priorApprovals, feed.settings] as { from: string | null; source: FeedSource }[][])
    for (const r of t) if (r.source.document === source.document && r.source.line === source.line) return r.from;
  return undefined;
}

function limitViolations(row: LimitRow, claim: readonly BilledAct[], inForce: (r: LimitRow, d: string) => boolean): Violation[] {
  const out: Violation[] = [];
  const idx = claim.map((a, i) => i).filter((i) => row.group.includes(claim[i].code) && inForce(row, claim[i].date));
  if (row.kind === 'quantity') {
    // units on one act, or on the same day when the limit is per day/session
    const buckets = new Map<string, number[]>();
    for (const i of idx) {
      const a = claim[i];
      const k = row.adjudication === 'line' ? `${i}` : `${a.patient ?? ''}|${a.date}`;
      const list = buckets.get(k);
      if (list) list.push(i);
      else buckets.set(k, [i]);
    }
    for (const acts of buckets.values()) {
      const units = acts.reduce((n, i) => n + (claim[i].units ?? 1), 0);
      if (units > row.max) out.push({ type: 'quantity', refusal: row.refusal, acts, codes: acts.map((i) => claim[i].code), message: `${units} ${row.per} units billed, at most ${row.max}`, source: row.source });
    }
    return out;
  }
  // frequency: acts of the same patient (and lesion when counted per lesion) inside the period ending at
  // each act. Per patient the acts are sorted by date, so each act's window is a range found by binary
  // search and its units a difference of prefix sums: n log n, not n².
  const groups = new Map<string, number[]>();
  for (const i of idx) {
    const a = claim[i];
    const k = `${a.patient ?? ''}\u0000${row.per === 'lesion' ? (a.lesion ?? '') : ''}`;
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  }
  const windows: { first: number; acts: number[]; count: number }[] = [];
  for (const members of groups.values()) {
    const sorted = [...members].sort((x, y) => (claim[x].date < claim[y].date ? -1 : claim[x].date > claim[y].date ? 1 : x - y));
    const prefix = [0];
    for (const j of sorted) prefix.push(prefix[prefix.length - 1] + (claim[j].units ?? 1));
    const seen = new Set<string>();
    for (const i of members) {
      const date = claim[i].date;
      // hi: past the last act on or before `date`; lo: the first act inside the period ending at `date`
      const hi = bisect(sorted.length, (p) => claim[sorted[p]].date > date);
      const lo = bisect(hi, (p) => inPeriod(claim[sorted[p]].date, date, row.period));
      const count = prefix[hi] - prefix[lo];
      const key = `${lo}:${hi}`;
      if (count > row.max && !seen.has(key)) {
        seen.add(key);
        windows.push({ first: i, acts: sorted.slice(lo, hi).sort((x, y) => x - y), count });
      }
    }
  }
  // in the order of the act that closes each window, as a reader of the claim meets them
  windows.sort((x, y) => x.first - y.first);
  const reported = new Set<string>();
  for (const w of windows) {
    const key = w.acts.join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    const period = row.period ? `${row.period.count} ${row.period.unit}` : 'ever';
    out.push({ type: 'frequency', refusal: row.refusal, acts: w.acts, codes: w.acts.map((j) => claim[j].code), message: `${w.count} billed, at most ${row.max} per ${period}${row.per !== 'patient' ? ` per ${row.per}` : ''}`, source: row.source });
  }
  return out;
}

/** The first p in [0, n) for which the monotone `pred` holds (n when none does). */
function bisect(n: number, pred: (p: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface ActIndex {
  all: number[];
  byPatient: Map<string, number[]>;
  byPatientDate: Map<string, number[]>;
}

/** Acts by code, then by patient and by patient and date; indexes ascending. */
function indexActs(claim: readonly BilledAct[]): Map<string, ActIndex> {
  const index = new Map<string, ActIndex>();
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  claim.forEach((a, i) => {
    let e = index.get(a.code);
    if (!e) index.set(a.code, (e = { all: [], byPatient: new Map(), byPatientDate: new Map() }));
    e.all.push(i);
    push(e.byPatient, a.patient ?? '', i);
    push(e.byPatientDate, `${a.patient ?? ''}|${a.date}`, i);
  });
  return index;
}

/** Does `earlier` fall in the period that ends at `later`? Calendar years count whole years back. */
export function inPeriod(earlier: string, later: string, period: LimitRow['period']): boolean {
  if (!period) return true;
  const e = new Date(earlier + 'T00:00:00Z');
  const l = new Date(later + 'T00:00:00Z');
  switch (period.unit) {
    case 'calendarYear':
      return l.getUTCFullYear() - e.getUTCFullYear() < period.count;
    case 'day':
      return (l.getTime() - e.getTime()) / 86_400_000 < period.count;
    case 'week':
      return (l.getTime() - e.getTime()) / 86_400_000 < 7 * period.count;
    case 'month': {
      const back = new Date(l);
      back.setUTCMonth(back.getUTCMonth() - period.count);
      return e > back;
    }
    case 'year': {
      const back = new Date(l);
      back.setUTCFullYear(back.getUTCFullYear() - period.count);
      return e > back;
    }
    default:
      return earlier === later;
  }
}

/** A rule's setting and the act's: a hospital stay is in hospital; ambulatory care and a centre are outside one. */
function settingAllows(rule: BilledAct['setting'], act: NonNullable<BilledAct['setting']>): boolean {
  if (rule === act || rule === undefined) return true;
  const inHospital = new Set(['hospitalised', 'hospital']);
  if (rule === 'hospital') return inHospital.has(act);
  if (rule === 'outsideHospital') return !inHospital.has(act);
  if (rule === 'ambulatory') return act !== 'hospitalised';
  if (rule === 'hospitalised') return act === 'hospitalised';
  return false;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
