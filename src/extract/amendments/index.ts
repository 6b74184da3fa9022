import type { Amendment, AmendmentTarget, Prestation } from '../../schema/document.js';
import { lineEndOf, lineStartOf } from './bounds.js';
import { DiagnosticSink, provenance } from '../../structure/provenance.js';
import { extractPrestations } from '../prestations.js';
import { ANNEX_PAYLOAD_RE, definedIn, definedInAnnex, withPayloadPrestations } from './constructions/payload-prestations.js';
import { headingGrowsByCodes, isCodeListEdit, listEditAmendment } from './constructions/list-edits.js';
import { splitEndingValue } from './constructions/label-with-value.js';
import { refineTarget } from '../../structure/targets.js';
import { targetAt } from '../../structure/target-at.js';
import type { DocumentStructure, Quote } from '../../structure/types.js';
import { amendingVerbs, findClauses, GAP_RE, type Clause } from './clauses.js';
import { groupsToCodes, insertedPrestations, labelWithoutValue, leadingCodeGroups, newValueAfter, quoteText, valueIn } from './payload.js';
import { readSubject, WORDS_NOUN_RE, type Subject } from './subject.js';
import { findCodeGroups, type CodeGroup } from '../codes.js';
import { inferValueLetter } from '../value-letter.js';
import { ownText, QUOTE_FILL } from '../own-text.js';
import { work } from '../../work.js';
import { anchorsIn, clauseContext, leadAnchors, leadsOf, WORD_ANCHOR_BEFORE, type Anchor } from './context.js';
import { placeQuote, refineSubjects, type AmendmentCtx } from './refine.js';
import { asLabelEdit, headingOfListed, labelLocus, labelLocusInLeads, wordsInNamedPrestation } from './constructions/label-words.js';
import { asListEdit, distribute, verblessPlaces } from './constructions/distributed-places.js';
import { valueList } from './constructions/value-lists.js';

const DUTCH_RE = /\bnéerlandais|\bversion\s+néerlandaise|\btexte\s+néerlandais/iu;
const AMENDING_OPENER = /^\s*(?:[a-z]\)|\d{1,2}[°.)]|[A-Z]\.|[IVX]+\.|[-•])\s*(?:dans|au|aux|à|a|en|entre|après|avant|le|la|les|l'|il|un|une|sous|pour)(?!\p{L})/iu;
const POINT_START = /^\s*(?:[a-z]\)|\d{1,2}[°.)]|[A-Z]\.|[IVX]+\.|[-•])\s/u;

type Ctx = AmendmentCtx;

/**
 * Amendments made by the decree's own text, in Akoma Ntoso terms: each
 * amending clause (`… est remplacé par …`, `… sont insérées après la
 * prestation …`, `… sont supprimées`) gives one or more amendments with
 * its target in the annex, the codes concerned and the old/new payload.
 * Quoted text is payload, never searched for amendments; a clause whose
 * subject cannot be told becomes an `amendment/unparsed` diagnostic.
 */
export function extractAmendments(doc: DocumentStructure, sink: DiagnosticSink, prestations?: readonly Prestation[], valueRows?: Set<Prestation>): Amendment[] {
  const own = ownText(doc);
  // the prestations the text defines: an inserted provision that holds code lines inserts them
  const defined = prestations ?? extractPrestations(doc, new DiagnosticSink(doc));
  const ctx: Ctx = { doc, own, sink, prestations: defined, valueRows: valueRows ?? new Set() };
  const out: Amendment[] = [];
  const usedGaps = new Set<number>();
  const seen = new Set<string>();
  for (const c of findClauses(doc, own)) {
    if (c.gap) usedGaps.add(c.gap.start);
    const key = repeatKey(ctx, c);
    if (key !== null && seen.has(key)) {
      sink.report('info', 'amendment/duplicate', 'this amending sentence repeats an earlier one of the same article word for word, point number included (an editorial duplication): read once', { start: c.start, end: c.verbEnd });
      continue;
    }
    if (key !== null) seen.add(key);
    out.push(...fromClause(ctx, c));
  }
  // gap notes standing alone (a whole article or point replaced by `(Image non reprise …)`)
  for (const a of doc.articles) {
    GAP_RE.lastIndex = 0;
    for (const m of own.slice(a.start, a.end).matchAll(GAP_RE)) {
      const start = a.start + m.index;
      if (usedGaps.has(start)) continue;
      const t = targetAt(doc, start);
      out.push({ type: 'gap', subject: 'provision', target: { article: t.article, path: [...t.path], anchor: null, position: null }, codes: [], old: null, new: null, at: provenance(doc, start, start + m[0].length) });
      sink.report('info', 'amendment/gap', 'a change is not reproduced in this source (gap note)', { start, end: start + m[0].length });
    }
  }
  return out.map((a, i) => ({ a, i })).sort((x, y) => x.a.at.offset - y.a.at.offset || x.i - y.i).map((x) => x.a);
}

function fromClause(ctx: Ctx, clause: Clause, asLead = false): Amendment[] {
  let c = clause;
  const { doc, own, sink } = ctx;
  const pre = own.slice(c.start, c.verbStart);
  const post = own.slice(c.verbEnd, Math.max(c.end, c.regionEnd));
  const reading = readSubject(pre, post, c.lemma);
  refineSubjects(ctx, c, reading, pre);
  const paraEnd = doc.ingested.paragraphs.find((p) => c.verbStart >= p.start && c.verbStart <= p.end)?.end ?? c.end;
  const atSpan = { start: c.start, end: Math.max(c.verbEnd, Math.min(Math.max(c.end, c.verbEnd), paraEnd)) };
  const at = provenance(doc, atSpan.start, atSpan.end);

  // `les numéros d'ordre suivants sont supprimés : - sous l'intitulé "…" : X, Y`: the items list what goes, under their headings
  const listed = reading.subjects.includes('prestation') && /(?<!\p{L})suivante?s?(?!\p{L})/iu.test(pre) && !/\d{6}/u.test(pre);
  // (items that start with a code are the entries of a list, not places: `- 540735-540746 : B 90;`)
  const nextParagraph = nextOwnParagraph(ctx, c.end);
  if (!asLead && !listed && !c.gap && /:\s*$/u.test(own.slice(c.verbEnd, c.end)) && POINT_START.test(nextParagraph) && !/^\s*[-•]\s*\d{6}/u.test(nextParagraph)) {
    // `les mots "…" sont insérés : a) au § 1er, … b) …`: verbless points are the places of the lead's operation
    const found = verblessPlaces(doc, own, c);
    if (found && reading.subjects.some((s) => s === 'words' || s === 'label')) return distribute(doc, own, c, fromClause(ctx, c, true), found);
    // `la prestation "426311" est supprimée : - au § 1er, …; - au § 2, …`: taken out of the lists of those places
    if (found && found.locative && reading.subjects.includes('prestation')) return distribute(doc, own, c, fromClause(ctx, c, true).map((a) => asListEdit(doc, c, a)), found);
    if (c.payload.length === 0) return []; // `Le § 2 est modifié comme suit :` — its points carry the changes
  }
  if (reading.subjects.length === 0) {
    sink.report('warning', 'amendment/unparsed', `amending clause "${own.slice(c.verbStart, c.verbEnd)}" with a subject not understood: "${squash(reading.phrase).slice(0, 120)}"`, atSpan);
    return [];
  }

  let anchors = anchorsIn(own, c.start, Math.max(c.end, c.verbEnd));
  if (anchors.length === 0) anchors = leadAnchors(own, c.start);
  // `… de la prestation X est portée à N 140, et la règle d'application qui suit cette prestation est abrogée`
  if (anchors.length === 0 && /qui\s+(?:la\s+)?(?:suit|suivent|précède|précèdent)\s+(?:cette|ladite)\s+(?:même\s+)?prestation(?!\p{L})/iu.test(pre)) {
    const before = findCodeGroups(own, lineStartOf(own, c.start), c.start);
    const last = before[before.length - 1];
    if (last) anchors = [{ group: last, position: /précèd/iu.test(pre) ? 'before' : 'after', relative: true }];
  }
  if (anchors.length === 0 && reading.subjects.includes('words')) anchors = [headingOfListed(own, c)].filter((a) => a !== null);
  const anchorStarts = new Set(anchors.map((a) => a.group.start));
  // (`la prestation X, qui fait double emploi avec la prestation Y, est supprimée`: Y describes X, it is not repealed)
  const described = relativeClauses(own, c.start, c.verbStart);
  let preGroups = findCodeGroups(own, c.start, c.verbStart).filter((g) => !anchorStarts.has(g.start) && !described.some((r) => g.start >= r.start && g.end <= r.end));
  if (preGroups.length === 0 && reading.subjects.some((x) => x === 'words' || x === 'relativeValue' || x === 'label')) preGroups = labelLocus(own, c, doc.articles.find((x) => c.verbStart >= x.start && c.verbStart < x.end)?.start ?? 0) ?? [];
  // what the enclosing points' leads say: `4. à la prestation X, a) le libellé …`, `au premier alinéa des règles qui suivent la prestation X : 1. …`
  const context = clauseContext(doc, own, c.verbStart);
  if (preGroups.length === 0 && context.prestation && reading.subjects.some((x) => x === 'relativeValue' || x === 'label')) preGroups = [context.prestation];
  if (anchors.length === 0 && !reading.subjects.includes('prestation')) {
    if (context.anchor) anchors = [context.anchor];
    else if (context.prestation && reading.subjects.some((x) => x === 'rule' || x === 'words')) anchors = [{ group: context.prestation, position: 'after', relative: false }];
  }
  const anchor = anchors[0] ?? null;
  const base = targetAt(doc, c.verbStart);
  const refined = pre.length < 400 ? refineTarget(base, pre) : base;
  // `… sont insérés avant l'intitulé "D. Oto-rhino-laryngologie :" :`: a quoted heading places the insertion, it is not its payload
  const place = reading.subjects.includes('words') ? null : placeQuote(ctx, c);
  if (place) c = { ...c, payload: c.payload.filter((q) => q !== place.quote) };
  const target = (extra: Partial<AmendmentTarget> = {}): AmendmentTarget => ({
    article: refined.article,
    path: [...refined.path],
    anchor: anchor ? anchor.group.codes[0] : (place?.code ?? null),
    position: anchor ? anchor.position : place ? place.position : null,
    ...(place && !anchor && !place.code ? { anchorText: place.text } : {}),
    ...extra,
  });
  const dutch = DUTCH_RE.test(own.slice(c.start, Math.max(c.end, c.verbEnd))) && !/\bfrançais/iu.test(own.slice(c.start, c.end));
  // with a gap note the change exists (its type and target are known) but its new text is not in this source
  const type = c.type;
  const mk = (subject: Subject, codes: string[][], old: unknown, nw: unknown, t: AmendmentTarget = target()): Amendment => ({
    type,
    subject,
    target: t,
    codes,
    old: c.gap ? null : (old ?? null),
    new: c.gap ? null : (nw ?? null),
    ...(dutch ? { language: 'nl' as const } : {}),
    at,
  });
  if (dutch) sink.report('info', 'amendment/dutch-only', 'the change concerns only the Dutch text', atSpan);
  if (c.gap) sink.report('info', 'amendment/gap', 'the new text is not reproduced in this source (gap note)', c.gap);
  const gapAmendment = (): Amendment[] => {
    if (!c.gap) return [];
    const g = mk(reading.subjects[0], [], null, null);
    return [{ ...g, type: 'gap', at: provenance(doc, c.gap.start, c.gap.end) }];
  };

  // codes edited in a list of the annex (constructions/list-edits.ts): words, with the groups named
  if (c.type !== 'gap' && ((reading.subjects.includes('prestation') && isCodeListEdit(doc, own, c, ctx.prestations)) || headingGrowsByCodes(doc, own, c))) {
    return [listEditAmendment(own, c, anchors.map((a) => a.group), (codes, old, nw) => mk('words', codes, old, nw))];
  }
  const out: Amendment[] = [];
  const loose = c.payload.length || c.gap ? null : unquotedPayload(ctx, c);
  if (loose) sink.report('info', 'amendment/unquoted-payload', 'the new text follows without quote marks; read up to the next point', loose);
  const payloadText = c.payload.length ? c.payload.map((q) => quoteText(doc, q)).join('\n') : loose ? loose.text : null;
  if (loose) c = { ...c, payload: [{ start: loose.start, end: loose.end, innerStart: loose.start, innerEnd: loose.end, closed: false, article: null }] };
  const leading = leadingCodeGroups(doc, c.payload);
  for (const subject of reading.subjects) {
    switch (subject) {
      case 'words':
        out.push(wordsAmendment(ctx, c, mk, preGroups, anchorStarts));
        break;
      case 'relativeValue': {
        // `les valeurs relatives des prestations suivantes sont remplacées comme suit :` + a list or table giving each its value
        const inList = preGroups.length || reading.subjects.includes('label') ? [] : definedIn(doc, c.payload, ctx.prestations);
        const rows = preGroups.length || reading.subjects.includes('label') ? null : valueList(doc, c.payload, leading, inList);
        if (rows) {
          for (const r of rows) out.push(mk('relativeValue', [[...r.group.codes]], null, r.value, target({ anchor: null, position: 'at' })));
          for (const p of inList) ctx.valueRows.add(p);
          break;
        }
        const codes = groupsToCodes(preGroups.length ? preGroups : leading);
        const oldQ = c.preQuotes.find((q) => /valeurs?\s+relatives?\s*$/iu.test(own.slice(c.start, q.start)));
        const old = oldQ ? valueIn(doc, oldQ.innerStart, oldQ.innerEnd) : null;
        let nw = null;
        if (c.payload.length && reading.subjects.includes('label')) nw = labelWithoutValue(doc, c.payload[0]).value;
        else if (c.payload.length) nw = valueIn(doc, c.payload[0].innerStart, c.payload[0].innerEnd) ?? valueIn(doc, c.verbEnd, c.payload[0].end);
        else nw = newValueAfter(doc, c.verbEnd, Math.max(c.end, c.verbEnd));
        if (!nw && !c.gap && c.type !== 'repeal') sink.report('warning', 'amendment/value-missing', 'relative value change without a readable new value', atSpan);
        else if (nw && nw.letter === null) inferValueLetter(doc, sink, nw, codes.map((g) => g.join(' - ')), atSpan);
        if (codes.length === 0 && !c.gap) sink.report('warning', 'amendment/codes-missing', 'value change whose prestation is not named where the reader looks (sentence, lead)', atSpan);
        out.push(mk('relativeValue', codes, old, nw, target({ anchor: null, position: 'at' })));
        break;
      }
      case 'label': {
        const codes = groupsToCodes(preGroups.length ? preGroups : leading);
        const nw = c.payload.length ? (reading.subjects.includes('relativeValue') ? labelWithoutValue(doc, c.payload[0]).label : payloadText) : null;
        if (nw === null && !c.gap && c.type !== 'repeal') sink.report('warning', 'amendment/payload-missing', 'label change without a quoted new label', atSpan);
        // a new label that ends with a value changes both (constructions/label-with-value.ts)
        const ending = c.type === 'substitution' && c.payload.length === 1 && !reading.subjects.includes('relativeValue') ? splitEndingValue(doc, c.payload[0]) : null;
        if (codes.length === 0 && !c.gap) sink.report('warning', 'amendment/codes-missing', 'label change whose prestation is not named where the reader looks (sentence, lead, label locus)', atSpan);
        out.push(mk('label', codes, null, ending ? ending.label : nw, target({ anchor: null, position: 'at' })));
        if (ending) out.push(mk('relativeValue', codes, null, ending.value, target({ anchor: null, position: 'at' })));
        break;
      }
      case 'prestation':
        out.push(...prestationAmendments(ctx, c, mk, { preGroups, leading, anchors, rule: reading.subjects.includes('rule'), atSpan }));
        break;
      case 'rule': {
        if (reading.subjects.includes('prestation')) break; // handled with the prestations
        const ruleAnchor = anchorText(reading.phrase);
        const ruleCodes = [...(anchor ? [anchor.group] : []), ...findCodeGroups(own, c.start, c.verbStart).filter((g) => g.start !== anchor?.group.start)];
        out.push(mk('rule', groupsToCodes(ruleCodes), null, c.type === 'repeal' ? null : payloadText, target(ruleAnchor ? { anchorText: ruleAnchor } : {})));
        if (c.type !== 'repeal' && payloadText === null && !c.gap) sink.report('warning', 'amendment/payload-missing', 'rule change without quoted text', atSpan);
        break;
      }
      case 'provision':
        out.push(...provisionAmendments(ctx, c, mk, reading.phrase, refineTarget(refined, reading.phrase), payloadText, atSpan));
        break;
    }
  }
  // words edited inside the label of named prestations change those labels (constructions/label-words.ts)
  const article = doc.articles.find((x) => c.verbStart >= x.start && c.verbStart < x.end);
  const quotedRule = c.preQuotes.length > 0 && /règles?\s+(?:de\s+cumul|diagnostiques?)\s*"?\s*$/iu.test(own.slice(c.start, c.preQuotes[0].start + 1));
  const owners = out.some((a) => a.subject === 'words' || (a.subject === 'label' && a.type === 'insertion') || (a.subject === 'rule' && quotedRule))
    ? (labelLocus(own, c, article?.start ?? 0) ??
      labelLocusInLeads(own, leadsOf(doc, c.verbStart)) ??
      (context.prestation && preGroups.length === 0 && anchors.every((x) => x.group === context.prestation) && wordsInNamedPrestation(own, c) ? [context.prestation] : null))
    : null;
  const edited = (owners ? out.map((a) => asLabelEdit(a, owners, quotedRule)) : out);
  // the new text may be the decree's own annex (`est remplacé par l'annexe du présent arrêté`)
  const inAnnex = c.payload.length === 0 && ANNEX_PAYLOAD_RE.test(own.slice(c.start, Math.max(c.end, c.verbEnd)));
  const defined = inAnnex ? definedInAnnex(doc, ctx.prestations) : definedIn(doc, c.payload, ctx.prestations);
  const withPrestations = withPayloadPrestations(c, edited, defined, (codes) => mk('prestation', codes, null, null));
  return [...withPrestations, ...gapAmendment()];
}

/**
 * Justel sometimes repeats a run of points (`2. à la fin du texte de la règle
 * 4, …` then `2.à la fin du texte de la règle 4, …`). The same point number,
 * article and wording (spacing aside) is one operation, not two.
 */
const KEY_WINDOW = 2000;

function repeatKey(ctx: Ctx, c: Clause): string | null {
  const { doc, own } = ctx;
  const para = doc.ingested.paragraphs.find((p) => c.verbStart >= p.start && c.verbStart <= p.end);
  if (!para) return null;
  const label = /^\s*(\d{1,2}[.°)]|[a-z]\)|[A-Z]\.)/u.exec(own.slice(para.start, para.end))?.[1];
  if (!label) return null;
  const article = doc.articles.findIndex((a) => c.verbStart >= a.start && c.verbStart < a.end);
  const squeeze = (t: string) => {
    work.steps += t.length;
    return t.replace(/\s+/g, '').replace(new RegExp(`${QUOTE_FILL}+`, 'g'), QUOTE_FILL);
  };
  const raw = doc.ingested.text.text;
  // the wording within KEY_WINDOW of the verb: the whole paragraph for each of
  // its clauses was quadratic (1,651 clauses on one 65 KB line: 19 s)
  const from = Math.max(para.start, c.verbStart - KEY_WINDOW);
  const to = Math.min(para.end, c.verbEnd + KEY_WINDOW);
  const text = `${from > para.start ? '…' : ''}${squeeze(raw.slice(from, c.verbStart))}[${squeeze(raw.slice(c.verbStart, c.verbEnd))}]${squeeze(own.slice(c.verbEnd, to))}${to < para.end ? '…' : ''}`;
  // the enclosing point: `1. à la prestation X, a) le libellé est remplacé` repeats legitimately under `2. à la prestation Y`
  const enclosing = doc.points.findLast((pt) => pt.start <= para.start && c.verbStart < pt.end);
  const parent = enclosing && enclosing.start === para.start ? enclosing.parent : enclosing ? doc.points.indexOf(enclosing) : null;
  return `${article}|${parent ?? -1}|${label}|${text}`;
}

type Make = (subject: Subject, codes: string[][], old: unknown, nw: unknown, t?: AmendmentTarget) => Amendment;

function wordsAmendment(ctx: Ctx, c: Clause, mk: Make, preGroups: CodeGroup[], anchorStarts: ReadonlySet<number>): Amendment {
  const { doc, own, sink } = ctx;
  // quotes before the wording noun locate the change (`intitulé "Hanche"`), they are not the words
  let nounEnd = c.start;
  WORDS_NOUN_RE.lastIndex = 0;
  for (const m of own.slice(c.start, c.verbStart).matchAll(WORDS_NOUN_RE)) nounEnd = c.start + m.index;
  const quotes = [...c.preQuotes.filter((q) => q.start >= nounEnd), ...c.payload];
  const content: Quote[] = [];
  const anchorQ: Quote[] = [];
  let prevAnchor = false;
  for (const q of quotes) {
    const before = own.slice(Math.max(c.start, q.start - 60), q.start);
    const isAnchor: boolean = WORD_ANCHOR_BEFORE.test(before) || (prevAnchor && /"\s*et\s*$/u.test(before));
    (isAnchor ? anchorQ : content).push(q);
    prevAnchor = isAnchor;
  }
  const texts = (qs: Quote[]) => qs.map((q) => quoteText(doc, q));
  const one = (xs: string[]) => (xs.length === 0 ? null : xs.length === 1 ? xs[0] : xs);
  if (content.length === 0) {
    // `les numéros 103913, 103935 et 103950 sont ajoutés`, `le numéro 461322 est inséré`: codes as wording
    // (not the prestation that places them: `sont supprimés, dans la règle qui suit la prestation X, les numéros Y et Z`)
    const post = findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd)).filter((g) => !anchorStarts.has(g.start) && !/(?:après|avant|entre)\s+(?:le|les|la)?\s*(?:numéros?|prestations?)?\s*$/iu.test(own.slice(Math.max(c.start, g.start - 30), g.start)));
    if (preGroups.length || post.length) {
      const codesOf = (gs: CodeGroup[]) => (gs.length ? groupsToCodes(gs) : null);
      const old = c.type === 'insertion' ? null : codesOf(preGroups);
      const nw = c.type === 'insertion' ? codesOf(preGroups.length ? preGroups : post) : c.type === 'substitution' ? codesOf(post) : null;
      if (c.type === 'substitution' && nw === null) sink.report('warning', 'amendment/payload-missing', 'code list substitution without the new codes', { start: c.start, end: c.verbEnd });
      // a number replaced names both the old and the new one (as a list edit does)
      const named = c.type === 'substitution' ? [...preGroups, ...post.filter((g) => !preGroups.some((p) => p.codes.join() === g.codes.join()))] : preGroups.length ? preGroups : post;
      return mk('words', groupsToCodes(named), old, nw);
    }
  }
  const preContent = content.filter((q) => q.start < c.verbStart);
  const postContent = content.filter((q) => q.start > c.verbEnd);
  let old: unknown = null;
  let nw: unknown = null;
  if (c.type === 'substitution') {
    if (preContent.length) {
      old = one(texts(preContent));
      nw = one(texts(postContent));
    } else if (postContent.length >= 2) {
      old = texts(postContent)[0];
      nw = one(texts(postContent.slice(1)));
    } else if (postContent.length === 1) {
      // `l'intitulé … est adapté comme suit : "…"`, `le numéro d'ordre X est remplacé par "…"`: the whole text is replaced, the old one named, not quoted
      nw = texts(postContent)[0];
      old = preGroups.length ? groupsToCodes(preGroups) : null;
    }
    const wordsNamed = /(?<!\p{L})(?:mots?|termes?)(?!\p{L})/iu.test(own.slice(c.start, c.verbStart));
    if (nw === null || (old === null && wordsNamed)) sink.report('warning', 'amendment/payload-missing', 'words substitution without both the old and the new words quoted', { start: c.start, end: c.verbEnd });
  } else if (c.type === 'insertion') {
    nw = one(texts(content));
    if (nw === null) sink.report('warning', 'amendment/payload-missing', 'words insertion without quoted words', { start: c.start, end: c.verbEnd });
  } else {
    old = one(texts(content));
  }
  const wordAnchor = anchorQ.length ? texts(anchorQ).join(' … ') : undefined;
  const position = /\bavant\b|\bdevant\b/iu.test(own.slice(c.verbEnd, anchorQ[0]?.start ?? c.verbEnd)) ? 'before' : anchorQ.length ? 'after' : null;
  const base = mk('words', groupsToCodes(preGroups), old, nw);
  return {
    ...base,
    target: { ...base.target, ...(wordAnchor ? { anchorText: wordAnchor, position } : {}), ...(c.type === 'insertion' && !wordAnchor && /complét/u.test(c.lemma) ? { position: 'after' as const } : {}) },
  };
}

function prestationAmendments(
  ctx: Ctx,
  c: Clause,
  mk: Make,
  o: { preGroups: CodeGroup[]; leading: CodeGroup[]; anchors: Anchor[]; rule: boolean; atSpan: { start: number; end: number } },
): Amendment[] {
  const { doc, own, sink } = ctx;
  const anchorStarts = new Set(o.anchors.map((a) => a.group.start));
  const out: Amendment[] = [];
  if (c.type === 'insertion' || c.type === 'gap') {
    const { prestations, rules } = insertedPrestations(doc, c.payload);
    let groups = o.leading;
    if (groups.length === 0) groups = findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd)).filter((g) => !anchorStarts.has(g.start));
    if (groups.length === 0) groups = o.preGroups;
    if (groups.length === 0) groups = c.preQuotes.flatMap((q) => findCodeGroups(doc.ingested.text.text, q.innerStart, q.innerEnd)).slice(0, 1);
    if (groups.length === 0 && !c.gap) sink.report('warning', 'amendment/codes-missing', 'prestation insertion without a readable code', o.atSpan);
    out.push(mk('prestation', groupsToCodes(groups), null, prestations.length ? prestations : null));
    // the rules come with the inserted prestations: placed by the clause's anchor, their codes are the prestations' own (rules[])
    if (o.rule) out.push(mk('rule', [], null, rules.length ? rules : null));
    return out;
  }
  if (c.type === 'repeal') {
    // `les prestations X, Y sont supprimées`, `la prestation " 470050-470061 " est supprimée`, `La prestation suivante est supprimée : "…"`
    const raw = doc.ingested.text.text;
    let repealed = o.preGroups;
    if (repealed.length === 0) repealed = c.preQuotes.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd));
    if (repealed.length === 0) {
      const leads = new Set(o.leading.map((g) => g.start));
      repealed = o.leading.length ? listedOn(raw, (g) => leads.has(g.start), c.payload.map((q) => ({ start: q.innerStart, end: q.innerEnd }))) : c.payload.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd));
    }
    // `… suivants sont supprimés : "688531-688542, 688553-688564 et 688590-688601"`: a quoted list of bare codes is all of it
    const bareList = c.payload.filter((q) => /^[\s\d,;.–-]*(?:(?:et|ou)[\s\d,;.–-]+)*$/u.test(raw.slice(q.innerStart, q.innerEnd)));
    if (bareList.length) repealed = [...repealed, ...bareList.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd)).filter((g) => !repealed.some((r) => r.start === g.start))];
    if (repealed.length === 0) repealed = throughSemicolons(own, findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd)).filter((g) => !anchorStarts.has(g.start)));
    if (repealed.length === 0) {
      // `… suivantes sont supprimées : " D. ORL : " Prothèse " : 611516-611520 …`: quote marks nested in the list broke
      // its payload; the code lines up to the next point or article are still what goes
      const region = /(?<!\p{L})suivante?s?(?!\p{L})/iu.test(own.slice(c.start, c.verbStart)) ? regionAfter(ctx, c) : null;
      // (first on its line, or right after a heading's colon: `- sous l'intitulé "Catégorie 1" : X et Y;`)
      if (region) repealed = listedOn(raw, (g) => /^[\s"'*[-]*$|:\s*$/u.test(raw.slice(raw.lastIndexOf('\n', g.start - 1) + 1, g.start)), [region]);
    }
    if (repealed.length === 0) sink.report('warning', 'amendment/codes-missing', 'prestation repeal without a readable code', o.atSpan);
    out.push(mk('prestation', groupsToCodes(repealed), null, null, { ...mk('prestation', [], null, null).target, anchor: null, position: 'at' }));
    if (o.rule) {
      // `… et les deux règles d'application qui suivent cette dernière prestation sont supprimées`
      // `la prestation X, la première règle d'application qui la suit et la prestation Y`: the rule follows the group named before it
      const ruleAt = /(?:la|les)\s+(?:\S+\s+){0,2}règles?\s+d'application[^,;]*/iu.exec(own.slice(c.start, c.verbStart));
      const phrase = ruleAt?.[0];
      const before = ruleAt ? repealed.filter((g) => g.start < c.start + ruleAt.index) : [];
      const last = before.length ? before[before.length - 1] : repealed[repealed.length - 1];
      const anchor = o.anchors[0]?.group.codes[0] ?? last?.codes[0] ?? null;
      const t = mk('rule', [], null, null).target;
      out.push(mk('rule', last ? [[...last.codes]] : [], null, null, { ...t, anchor, position: anchor ? 'after' : null, ...(phrase ? { anchorText: squash(phrase) } : {}) }));
    }
    return out;
  }
  // substitution: `le numéro d'ordre "645433" est remplacé par les numéros d'ordre "645433 - 645444"`,
  // `les prestations X et Y sont remplacées par les prestations Z et W`
  const raw = doc.ingested.text.text;
  const oldGroups = [...c.preQuotes.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd)), ...o.preGroups];
  let newGroups = c.payload.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd));
  if (o.leading.length) newGroups = o.leading;
  if (newGroups.length === 0) newGroups = findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd));
  if (newGroups.length === 0 && !c.gap) sink.report('warning', 'amendment/codes-missing', 'prestation substitution without readable new codes', o.atSpan);
  const { prestations, rules } = insertedPrestations(doc, c.payload);
  // `la prestation X … est remplacée par les prestations Y, Z`: the replaced prestation places the new ones
  const kept = new Set(newGroups.flatMap((g) => g.codes));
  const replaced = newGroups.length && oldGroups.length && !oldGroups.some((g) => g.codes.some((x) => kept.has(x))) ? oldGroups[0].codes[0] : null;
  const t = { ...mk('prestation', [], null, null).target, position: 'at' as const, ...(replaced ? { anchor: replaced } : {}) };
  out.push(mk('prestation', groupsToCodes(newGroups.length ? newGroups : oldGroups), groupsToCodes(oldGroups), prestations.length ? prestations : groupsToCodes(newGroups), t));
  // `la prestation X et la règle d'application qui la suit sont remplacées par les prestations et règle suivantes`
  if (o.rule) out.push(mk('rule', [], null, rules.length ? rules : null, { ...t, anchor: replaced ?? oldGroups[0]?.codes[0] ?? null, position: 'after' }));
  return out;
}

/** `, qui fait double emploi avec la prestation Y,`: relative clauses describing the subject (not `qui comprend les prestations …`). */
function relativeClauses(own: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of own.slice(from, to).matchAll(/,\s*qui\s(?!\s*(?:comprend|comporte|contient|regroupe))[^,;:]*,/giu)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** `sont supprimées les prestations X; Y.`: a list cut by semicolons whose pieces hold only codes goes on. */
function throughSemicolons(own: string, groups: CodeGroup[]): CodeGroup[] {
  if (groups.length === 0) return groups;
  const out = [...groups];
  const limit = lineEndOf(own, out[out.length - 1].end);
  for (;;) {
    const last = out[out.length - 1];
    const m = /^\s*;\s*/u.exec(own.slice(last.end, limit));
    if (!m) break;
    const pieceEnd = own.slice(last.end + m[0].length, limit).search(/[;.]|$/u) + last.end + m[0].length;
    const piece = findCodeGroups(own, last.end + m[0].length, pieceEnd);
    if (piece.length === 0 || !/^[\s\d,–-]*(?:et[\s\d,–-]*)?$/u.test(own.slice(last.end + m[0].length, pieceEnd))) break;
    out.push(...piece);
  }
  return out;
}

/** Line-leading groups of a deletion list and the groups each line's list goes on with (`450402-450413 et 450424-450435;`). */
function listedOn(raw: string, leads: (g: CodeGroup) => boolean, ranges: readonly { start: number; end: number }[]): CodeGroup[] {
  const out: CodeGroup[] = [];
  for (const r of ranges) {
    let prev: CodeGroup | null = null;
    for (const g of findCodeGroups(raw, r.start, r.end)) {
      const keep: boolean = leads(g) || (prev !== null && /^\s*(?:,|et)\s*$/u.test(raw.slice(prev.end, g.start)));
      if (keep) out.push(g);
      prev = keep ? g : null;
    }
  }
  return out;
}

function provisionAmendments(
  ctx: Ctx,
  c: Clause,
  mk: Make,
  phrase: string,
  refined: { article: string | null; path: string[] },
  payloadText: string | null,
  atSpan: { start: number; end: number },
): Amendment[] {
  const nw = c.type === 'repeal' ? null : payloadText;
  if (nw === null && c.type !== 'repeal' && !c.gap) {
    ctx.sink.report('warning', 'amendment/payload-missing', 'provision change without quoted text', atSpan);
  }
  const base = mk('provision', [], null, nw);
  const extra = subPath(phrase);
  // `les §§ 10 et 11 sont abrogés`: one operation (one sentence) on several paragraphs
  const many = /§§\s*([\dà-ÿa-z\s,]+?(?:\s+et\s+\d+\w*))/iu.exec(phrase);
  if (many) {
    const nums = many[1].split(/\s*,\s*|\s+et\s+/u).map((s) => s.trim().replace(/er$/u, '')).filter(Boolean);
    const paths = nums.map((n) => [...refined.path.filter((x) => !x.startsWith('§')), `§ ${n}`]);
    return [{ ...base, target: { ...base.target, path: paths[0], paths } }];
  }
  return [{ ...base, target: { ...base.target, path: [...refined.path, ...extra.filter((x) => !refined.path.includes(x))] } }];
}

const ORDINAL_WORDS: Record<string, number> = { premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10 };

/** `alinéa 2`, `le troisième alinéa`, `le dernier alinéa` → path steps below the § of the target. */
function subPath(phrase: string): string[] {
  const m = /\balinéa\s+(\d+)|\b(\p{L}+)\s+alinéa\b|\b(\d+)(?:e|er|ème)\s+alinéa\b/iu.exec(phrase);
  if (!m) return [];
  if (m[1]) return [`alinéa ${m[1]}`];
  if (m[3]) return [`alinéa ${m[3]}`];
  const w = m[2].toLowerCase();
  if (w in ORDINAL_WORDS) return [`alinéa ${ORDINAL_WORDS[w]}`];
  if (w === 'dernier') return ['dernier alinéa'];
  return [];
}

/** `la deuxième règle d'application qui suit la prestation …` → `la deuxième règle d'application`. */
function anchorText(phrase: string): string | undefined {
  const m = /(?:la|les|le)\s+(?:\S+\s+){0,3}?(?:règles?|alinéas?)(?:\s+d'application|\s+des\s+règles\s+d'application)?/iu.exec(phrase);
  return m ? squash(m[0]) : undefined;
}

function nextOwnParagraph(ctx: Ctx, offset: number): string {
  const p = ctx.doc.ingested.paragraphs.find((x) => x.start > offset);
  return p ? ctx.own.slice(p.start, p.end) : '';
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * `le libellé … est remplacé par ce qui suit :` followed by the new text
 * without quote marks: the paragraphs up to the next point, amending
 * sentence or article.
 */
function unquotedPayload(ctx: Ctx, c: Clause): { text: string; start: number; end: number } | null {
  const { own } = ctx;
  const post = own.slice(c.verbEnd, Math.max(c.end, c.verbEnd));
  // `… est remplacé par ce qui suit :`, or `les prestations suivantes sont insérées après la prestation X :`
  const announces = /(?:suit|suivante?s?|comme\s+suit)\s*:\s*$/iu.test(post) || (/:\s*$/u.test(post) && /(?<!\p{L})(?:suivante?s?|ci-après|ci-dessous)(?!\p{L})/iu.test(own.slice(c.start, c.verbStart)));
  // `Les prestations suivantes sont supprimées :` lists what goes; other repeals have no payload
  if (!announces || (c.type === 'repeal' && !/(?<!\p{L})(?:suivante?s?|ci-après|ci-dessous)(?!\p{L})/iu.test(own.slice(c.start, c.verbStart)))) return null;
  return regionAfter(ctx, c);
}

/** The paragraphs after a clause's verb up to the next point of the amending text, amending sentence or article. */
function regionAfter(ctx: Ctx, c: Clause): { text: string; start: number; end: number } | null {
  const { doc, own } = ctx;
  const art = doc.articles.find((a) => c.verbStart >= a.start && c.verbStart < a.end);
  const limit = art ? art.end : own.length;
  let start = -1;
  let end = -1;
  for (const p of doc.ingested.paragraphs) {
    if (p.start <= c.verbEnd) continue;
    if (p.start >= limit) break;
    const t = own.slice(p.start, p.end);
    // a point of the amending text (`b) au § 3,`, `2. les mots …`) ends the payload; `C. Neurochirurgie`, `- Catégorie 2a :` are payload
    // (`- sous l'intitulé "…" :` heads the next lines of a list: a place, not a point of its own)
    if (amendingVerbs(own, p.start, p.end).length) break;
    if (POINT_START.test(t) && AMENDING_OPENER.test(t) && !/:\s*(?:\d{6}(?:[\s,;.–-]|et|\d{6})*)?$/u.test(t)) break;
    if (start < 0) start = p.start;
    end = p.end;
  }
  if (start < 0) return null;
  return { text: doc.ingested.text.text.slice(start, end).replace(/^[\s*]+|[\s";]+$/g, ''), start, end };
}

