import type { Provenance } from '../schema/common.js';
import type { Amendment, Prestation } from '../schema/document.js';
import type { ReplayDocument } from './input.js';
import type { ChangeSet, CodeGroupState, SourceRef, StateValue } from '../schema/replay.js';
import { asText, asValue, formatValue, normText, sameValue, stateValue } from './extras.js';
import { splitLabelValue } from '../extract/prestation-lines.js';
import { checkDigitValid } from '../extract/code-rules.js';
import { applyDocRules, applyIndications, applyRuleAmendment, closeProvisionRules } from './rules.js';
import { current, open, close, statusOf, type WorkingState } from './state.js';
import { replayedDocument } from './order.js';
import { change, ref, report, touch, type ApplyContext } from './apply-context.js';

/** Prestations of the document describing a code group (those naming one of its codes: its key is made of them). */
function prestationsFor(doc: ReplayDocument, codes: string[]): number[] {
  if (codes.length === 0) return doc.prestations.flatMap((p, i) => (p.codes.length === 0 ? [i] : []));
  let byCode = prestationIndex.get(doc.prestations);
  if (!byCode) {
    // built once per document: a scan of every prestation for every amendment grew with their product
    byCode = new Map();
    doc.prestations.forEach((p, i) => {
      for (const c of p.codes) {
        const list = byCode!.get(c) ?? [];
        if (list[list.length - 1] !== i) list.push(i);
        byCode!.set(c, list);
      }
    });
    prestationIndex.set(doc.prestations, byCode);
  }
  if (codes.length === 1) return byCode.get(codes[0]) ?? [];
  return [...new Set(codes.flatMap((c) => byCode!.get(c) ?? []))].sort((a, b) => a - b);
}
const prestationIndex = new WeakMap<ReplayDocument['prestations'], Map<string, number[]>>();

/** The group named by `codes`, created (with a flag) when first met in a modifying text. */
function groupFor(ctx: ApplyContext, codes: string[], at: Provenance | null): { g: CodeGroupState; created: boolean } {
  const { group, created } = ctx.ws.resolve(codes);
  touch(ctx, group, at);
  return { g: group, created };
}

function setLabel(ctx: ApplyContext, g: CodeGroupState, given: string | null, at: Provenance | null, knownSince: boolean): boolean {
  // a label is one line of text
  const label = given === null ? null : given.replace(/\s*\n\s*/g, ' ');
  const cur = current(g.label);
  if (cur && cur.value !== null && label !== null && normText(cur.value) === normText(label)) return false;
  if (label === null && (cur === null || cur.value === null)) return false;
  open(g.label, label, ctx.date, ref(ctx, at), knownSince);
  return true;
}

function setValue(ctx: ApplyContext, g: CodeGroupState, value: StateValue | null, at: Provenance | null, knownSince: boolean): boolean {
  const cur = current(g.value);
  if (cur && sameValue(cur.value, value)) return false;
  if (value === null && cur === null) return false;
  open(g.value, value, ctx.date, ref(ctx, at), knownSince);
  return true;
}

/** Insertion or substitution of whole prestations (code, label, value). */
function putPrestation(ctx: ApplyContext, a: Amendment, codes: string[], claimed: Set<number>): void {
  const { g, created } = groupFor(ctx, codes, a.at);
  const st = statusOf(g);
  const statusCur = current(g.status);
  const idx = prestationsFor(ctx.doc, codes);
  idx.forEach((i) => claimed.add(i));
  const p: Prestation | undefined = ctx.doc.prestations[idx[0]];
  const at = p?.at ?? a.at;
  if (a.type === 'insertion') {
    // one decree inserting a code into each list it belongs to is one insertion
    if (st === 'in-force' && statusCur?.source.document === ctx.doc.document.id) return;
    if (st === 'in-force')
      report(ctx, 'warning', 'replay/insert-in-force', `${g.key} is inserted but already in force`, g.codes, a.at, statusCur?.source ?? null);
    ctx.counts.insertions++;
  } else if (st === 'repealed') {
    report(ctx, 'error', 'replay/not-in-force', `${g.key} is replaced but was repealed`, g.codes, a.at, g.status[g.status.length - 1]?.closedBy ?? null);
  } else if (st === 'unknown') {
    report(ctx, 'info', 'replay/unknown-code', `${g.key} is replaced but was never seen before; its past is unknown`, g.codes, a.at, null);
  }
  // an insertion starts the code; a substitution of an unknown code only tells us it exists from now
  const knownSince = a.type === 'substitution' && created;
  if (st !== 'in-force') open(g.status, 'in-force', ctx.date, ref(ctx, a.at), knownSince);
  const label = p?.label ?? (typeof a.new === 'string' ? splitLabelValue(a.new).label : null);
  const oldLabel = current(g.label)?.value ?? null;
  const oldValue = current(g.value)?.value ?? null;
  const value = p?.value ? stateValue(p.value) : null;
  // a substitution that only renumbers (`le numéro d'ordre "696010" est remplacé par "696010 - 696021"`)
  // or whose text we could not read keeps the label and value known so far
  const labelChanged = label !== null && setLabel(ctx, g, label, at, knownSince);
  const valueChanged = value !== null && setValue(ctx, g, value, at, knownSince);
  if (a.type === 'insertion' || st !== 'in-force') change(ctx, 'added', g.codes, a, null, { label, value: formatValue(value) }, at);
  else {
    if (labelChanged) change(ctx, 'label', g.codes, a, oldLabel, label, at);
    if (valueChanged) change(ctx, 'value', g.codes, a, formatValue(oldValue), formatValue(value), at);
  }
}

/** The old groups of a prestation substitution that none of its new groups keeps (a renumbering keeps its first code). */
function replacedGroups(a: Amendment): string[][] {
  // a new code that fails its check digit may be the old one mistyped (`653774` → `6553774 - 653785`): keep the old
  if (!Array.isArray(a.old) || a.codes.flat().some((c) => !checkDigitValid(c))) return [];
  const kept = new Set(a.codes.flat());
  return (a.old as unknown[]).filter((g): g is string[] => Array.isArray(g) && g.every((c) => typeof c === 'string')).filter((g) => !g.some((c) => kept.has(c)));
}

function repealPrestation(ctx: ApplyContext, a: Amendment, codes: string[]): void {
  const existing = ctx.ws.find(codes);
  const st = existing ? statusOf(existing) : 'unknown';
  ctx.counts.repeals++;
  if (st === 'repealed') {
    const last = existing!.status[existing!.status.length - 1];
    // the same decree naming the code again (in each list it appears in) is one repeal
    if (last.source.document === ctx.doc.document.id) {
      ctx.counts.repeals--;
      return;
    }
    report(ctx, 'error', 'replay/not-in-force', `${existing!.key} is repealed but was already repealed`, existing!.codes, a.at, last.closedBy ?? last.source);
    return;
  }
  const { g } = groupFor(ctx, codes, a.at);
  if (st === 'unknown') {
    report(ctx, 'info', 'replay/unknown-code', `${g.key} is repealed but was never seen before`, g.codes, a.at, null);
    // it was in force until now, since when is unknown
    g.status.push({ from: null, to: ctx.date, knownSince: true, value: 'in-force', source: ref(ctx, a.at), closedBy: ref(ctx, a.at) });
  } else close(g.status, ctx.date, ref(ctx, a.at));
  for (const h of [g.label, g.value, g.rules, g.indications] as { to: string | null; closedBy: SourceRef | null }[][])
    for (const v of h)
      if (v.closedBy === null && v.to === null) {
        v.to = ctx.date;
        v.closedBy = ref(ctx, a.at);
      }
  open(g.status, 'repealed', ctx.date, ref(ctx, a.at));
  change(ctx, 'removed', g.codes, a, null, null);
}

/** A code group changed by a value/label amendment must be in force; say what the state knows. */
function checkInForce(ctx: ApplyContext, a: Amendment, g: CodeGroupState, created: boolean): void {
  const st = statusOf(g);
  if (st === 'repealed') {
    const last = g.status[g.status.length - 1];
    report(ctx, 'error', 'replay/not-in-force', `${g.key} is changed (${a.subject}) but was repealed`, g.codes, a.at, last.source);
  } else if (created || st === 'unknown') {
    report(ctx, 'info', 'replay/unknown-code', `${g.key} is changed (${a.subject}) but was never seen before; its past is unknown`, g.codes, a.at, null);
    open(g.status, 'in-force', ctx.date, ref(ctx, a.at), true);
  }
}

function changeValue(ctx: ApplyContext, a: Amendment, codes: string[]): void {
  const { g, created } = groupFor(ctx, codes, a.at);
  checkInForce(ctx, a, g, created);
  let cur = current(g.value);
  const old = asValue(a.old);
  let quoted: StateValue | null = null;
  if (a.old !== null && a.old !== undefined) {
    ctx.counts.oldValueQuoted++;
    if (cur?.value) {
      ctx.counts.oldValueChecks++;
      if (old && sameValue(old, cur.value)) ctx.counts.oldValueAgreed++;
      else
        report(ctx, 'warning', 'replay/old-value-differs', `${g.key}: the decree quotes the old value ${formatValue(old) ?? JSON.stringify(a.old)}, the state has ${formatValue(cur.value)}`, g.codes, a.at, cur.source);
    } else if (old) {
      // nothing to compare with: the quote is what we know of the value before this decree
      report(ctx, 'info', 'replay/old-value-unverified', `${g.key}: the decree quotes the old value ${formatValue(old)}; the state has no value to compare`, g.codes, a.at, null);
      g.value.push({ from: null, to: ctx.date, knownSince: true, value: old, source: ref(ctx, a.at), closedBy: ref(ctx, a.at) });
      cur = null;
      quoted = old;
    }
  }
  // `le libellé et la valeur relative … sont modifiés comme suit : "<code line>"`: the value is on the code line
  const fromLine = ctx.doc.prestations[prestationsFor(ctx.doc, codes)[0]]?.value;
  let nw = a.type === 'repeal' ? null : (asValue(a.new) ?? (fromLine ? stateValue(fromLine) : null));
  // `est portée à ... 400`: the letter is the previous one's
  // (a letter the extractor inferred from the article's other values yields to the state's own)
  const inferred = typeof a.new === 'object' && a.new !== null && (a.new as { letterInferred?: boolean }).letterInferred === true;
  if (nw && inferred && cur?.value?.letter && nw.terms.length === 1) nw = { ...nw, letter: null, terms: [{ ...nw.terms[0], letter: null }] };
  if (nw && nw.letter === null && cur?.value?.letter) nw = { ...nw, letter: cur.value.letter, terms: nw.terms.map((t) => ({ ...t, letter: t.letter ?? cur.value!.letter })) };
  if (a.type !== 'repeal' && nw === null) {
    report(ctx, 'warning', 'replay/unreadable-value', `${g.key}: new value ${JSON.stringify(a.new)} is not a relative value`, g.codes, a.at, null);
    return;
  }
  const before = cur?.value ?? null;
  if (setValue(ctx, g, nw, a.at, created)) {
    ctx.counts.values++;
    // the state knew no value: the old one is the decree's quote, marked so
    change(ctx, 'value', g.codes, a, formatValue(before ?? quoted), formatValue(nw));
    if (!before && quoted) ctx.changes[ctx.changes.length - 1].oldQuoted = true;
  }
}

function changeLabel(ctx: ApplyContext, a: Amendment, codes: string[]): void {
  const { g, created } = groupFor(ctx, codes, a.at);
  checkInForce(ctx, a, g, created);
  const cur = current(g.label);
  const old = asText(a.old);
  if (old !== null && cur?.value && normText(old) !== normText(cur.value))
    report(ctx, 'warning', 'replay/old-label-differs', `${g.key}: the decree quotes the old label "${old}", the state has "${cur.value}"`, g.codes, a.at, cur.source);
  const docLabel = ctx.doc.prestations[prestationsFor(ctx.doc, codes)[0]]?.label ?? null;
  const given = asText(a.new);
  // the quoted text can hold the value at its end, or rule sentences after it: the code line's reading is cleaner
  const split = given === null ? null : splitLabelValue(given);
  const nw = a.type === 'repeal' ? null : given !== null && docLabel && /\n/.test(given) ? docLabel : (split?.label ?? docLabel);
  if (nw === null && a.type !== 'repeal') return;
  const before = cur?.value ?? null;
  if (setLabel(ctx, g, nw, a.at, created)) {
    ctx.counts.labels++;
    change(ctx, 'label', g.codes, a, before, nw);
  }
  if (a.type !== 'repeal' && split?.value) {
    const oldValue = current(g.value)?.value ?? null;
    const value = stateValue(split.value);
    if (setValue(ctx, g, value, a.at, created)) {
      ctx.counts.values++;
      change(ctx, 'value', g.codes, a, formatValue(oldValue), formatValue(value));
    }
  }
}

/** `dans le libellé de la prestation X, les mots "a" sont remplacés par "b"`: edit the known label. */
function changeWords(ctx: ApplyContext, a: Amendment, codes: string[]): void {
  const g = ctx.ws.find(codes);
  const cur = g ? current(g.label) : null;
  const op = a.wordsEdit ?? a.type;
  const old = asText(a.old);
  const nw = asText(a.new) ?? '';
  // a label edit that cannot be applied is said, never dropped (words in a rule or heading have no label to edit)
  const unapplied = (why: string) => {
    if (a.subject === 'label') report(ctx, 'info', 'replay/words-unapplied', `${codes.join(' - ')}: ${why}; the label is left as it was`, codes, a.at, cur?.source ?? null);
  };
  if (!g || !cur?.value) return unapplied('no known label to edit');
  let label: string | null = null;
  if (op === 'insertion') {
    // words inserted into a rule, a heading or a list name codes they do not edit the label of
    if (a.subject !== 'label') return;
    if (!nw) return unapplied('no inserted words');
    label = insertWords(cur.value, nw, a.target.anchorText ?? null, a.target.position);
    if (label === null) return unapplied(`the words "${a.target.anchorText}" that place the insertion are not in its known label`);
  } else {
    if (old === null) return unapplied('the words it changes are not quoted');
    ctx.counts.wordsQuoted++;
    // exact words first; else spacing, parentheses and Justel notes (`<Err. …>`) ignored
    let base = cur.value;
    let words = old;
    let i = base.indexOf(words);
    if (i < 0) {
      [base, words] = [loose(base), loose(old)];
      i = base.indexOf(words);
    }
    if (i < 0) {
      report(ctx, 'info', 'replay/words-not-found', `${g.key}: the words "${old}" are not in its known label`, g.codes, a.at, cur.source);
      return;
    }
    ctx.counts.wordsFound++;
    label = base.slice(0, i) + (op === 'repeal' ? '' : nw) + base.slice(i + words.length);
  }
  touch(ctx, g, a.at);
  const before = cur.value;
  if (setLabel(ctx, g, label.replace(/\s+/g, ' ').trim(), a.at, false)) {
    ctx.counts.labels++;
    change(ctx, 'label', g.codes, a, before, label);
  }
}

/**
 * Words inserted into a label: after or before the quoted words that place
 * them (`entre les mots "A" et "B"` is after A), else at its end (`est
 * complété par les mots …`) or start (`au début du libellé`: position
 * before, no anchor). Null when the placing words are not in the label.
 */
function insertWords(label: string, words: string, anchor: string | null, position: 'after' | 'before' | 'at' | null | undefined): string | null {
  const join = (a: string, b: string) => `${a.trimEnd()} ${b.trimStart()}`;
  if (anchor) {
    const first = anchor.split(' … ')[0];
    const i = label.indexOf(first);
    if (i < 0) return null;
    return position === 'before' ? join(join(label.slice(0, i), words), label.slice(i)) : join(join(label.slice(0, i + first.length), words), label.slice(i + first.length));
  }
  return position === 'before' ? join(words, label) : join(label, words);
}

/** Text compared loosely: editorial notes, parentheses and spaces around dashes dropped. */
function loose(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/[()]/g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prestations the document states that no amendment claimed: what the text says they are from now. */
function restate(ctx: ApplyContext, claimed: Set<number>): void {
  ctx.doc.prestations.forEach((p, i) => {
    if (claimed.has(i) || (p.label === null && p.value === null)) return;
    const { g, created } = groupFor(ctx, p.codes, p.at);
    const st = statusOf(g);
    if (st !== 'in-force') open(g.status, 'in-force', ctx.date, ref(ctx, p.at), created || st === 'unknown');
    const oldLabel = current(g.label)?.value ?? null;
    const oldValue = current(g.value)?.value ?? null;
    const l = setLabel(ctx, g, p.label, p.at, created);
    const v = p.value ? setValue(ctx, g, stateValue(p.value), p.at, created) : false;
    if (created || st !== 'in-force') change(ctx, 'restated', g.codes, null, null, { label: p.label, value: formatValue(p.value ? stateValue(p.value) : null) }, p.at);
    else {
      if (l) change(ctx, 'label', g.codes, null, oldLabel, p.label, p.at);
      if (v) change(ctx, 'value', g.codes, null, formatValue(oldValue), formatValue(p.value ? stateValue(p.value) : null), p.at);
    }
  });
}

/** Prestations an insertion without codes brings: those of the same decree article. */
function unclaimedInArticle(ctx: ApplyContext, a: Amendment, claimed: Set<number>): string[][] {
  const out: string[][] = [];
  ctx.doc.prestations.forEach((p, i) => {
    if (!claimed.has(i) && p.at.article === a.at.article) out.push(p.codes);
  });
  return out;
}

export function applyDocument(ws: WorkingState, doc: ReplayDocument): ChangeSet {
  const ctx: ApplyContext = {
    ws,
    doc,
    date: doc.document.entryIntoForce.date,
    changes: [],
    diagnostics: [],
    counts: { insertions: 0, repeals: 0, values: 0, labels: 0, rules: 0, oldValueQuoted: 0, oldValueChecks: 0, oldValueAgreed: 0, wordsQuoted: 0, wordsFound: 0 },
    touched: new Set(),
  };
  const claimed = new Set<number>();
  for (const a of doc.amendments) {
    if (a.type === 'gap') {
      change(ctx, 'gap', a.codes.flat(), a, null, null);
      continue;
    }
    let groups = a.codes;
    if (a.subject === 'prestation' && a.type === 'insertion' && groups.length === 0) groups = unclaimedInArticle(ctx, a, claimed);
    switch (a.subject) {
      case 'prestation':
        for (const c of groups) (a.type === 'repeal' ? repealPrestation(ctx, a, c) : putPrestation(ctx, a, c, claimed));
        // `les prestations X, Y sont remplacées par les prestations Z, W`: a replaced code that is not among the new ones goes
        if (a.type === 'substitution') for (const c of replacedGroups(a)) repealPrestation(ctx, a, c);
        break;
      case 'relativeValue':
        for (const c of groups) changeValue(ctx, a, c);
        break;
      case 'label':
        // words edited inside the label: edit the known label, as for words
        for (const c of groups) (a.wordsEdit ? changeWords(ctx, a, c) : changeLabel(ctx, a, c));
        break;
      case 'rule':
        for (const c of groups) applyRuleAmendment(ctx, a, c);
        break;
      case 'words':
        for (const c of groups) changeWords(ctx, a, c);
        change(ctx, 'words', a.codes.flat(), a, a.old, a.new);
        break;
      case 'provision':
        closeProvisionRules(ctx, a);
        change(ctx, 'provision', a.codes.flat(), a, a.old, a.new);
        break;
    }
    // a relative value or label amendment also names its prestation: claim it
    for (const c of groups) prestationsFor(doc, c).forEach((i) => claimed.add(i));
  }
  restate(ctx, claimed);
  applyDocRules(ctx);
  applyIndications(ctx);
  return { document: replayedDocument(doc), changes: ctx.changes, diagnostics: ctx.diagnostics, counts: ctx.counts };
}
