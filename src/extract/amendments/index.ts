import type { Amendment, AmendmentTarget, Prestation } from '../../schema/document.js';
import { lineStartOf } from './bounds.js';
import { DiagnosticSink, provenance } from '../../structure/provenance.js';
import { extractPrestations } from '../prestations.js';
import { ANNEX_PAYLOAD_RE, definedIn, definedInAnnex, withPayloadPrestations } from './constructions/payload-prestations.js';
import { headingGrowsByCodes, isCodeListEdit, listEditAmendment } from './constructions/list-edits.js';
import { labelWithCodeList, splitEndingValue } from './constructions/label-with-value.js';
import { valueOwnersAfter } from './constructions/value-forms.js';
import { articleOf, HEADING_WORDS, refineTarget, refineTargets } from '../../structure/targets.js';
import { targetAt } from '../../structure/target-at.js';
import type { DocumentStructure } from '../../structure/types.js';
import { indexHolding, itemHolding, lastIndexEnclosing, lowerBound } from '../../structure/lookup.js';
import { findClauses, GAP_RE, type Clause } from './clauses.js';
import { groupsToCodes, labelWithoutValue, leadingCodeGroups, newValueAfter, quoteText, respectiveValues, valueIn } from './payload.js';
import { readSubject, type Subject } from './subject.js';
import { findCodeGroups } from '../codes.js';
import { inferValueLetter } from '../value-letter.js';
import { ownText, QUOTE_FILL } from '../own-text.js';
import { work } from '../../work.js';
import { anchorsIn, betweenBoundaryStarts, clauseContext, leadAnchors, leadsOf, sameAnchorBefore } from './context.js';
import { placeQuote, refineSubjects, type AmendmentCtx } from './refine.js';
import { asLabelEdit, headingOfListed, labelLocus, labelLocusInLeads, wordsInNamedPrestation } from './constructions/label-words.js';
import { asListEdit, distribute, inlineDashPlaces, verblessPlaces } from './constructions/distributed-places.js';
import { valueList } from './constructions/value-lists.js';
import { anchorText, prestationAmendments, provisionAmendments, relativeClauses, squash, wordsAmendment } from './objects.js';
import { nextOwnParagraph, POINT_START, unquotedPayload } from './regions.js';
import { execAll } from '../../text/exec-all.js';

const DUTCH_RE = /(?<!\w)néerlandais|(?<!\w)version\s+néerlandaise|(?<!\w)texte\s+néerlandais/iu;

type Ctx = AmendmentCtx;

/**
 * Amendments made by the decree's own text, in Akoma Ntoso terms: each
 * amending clause (`… est remplacé par …`, `… sont insérées après la
 * prestation …`, `… sont supprimées`) gives one or more amendments with
 * its target in the annex, the codes concerned and the old/new payload.
 * Quoted text is payload, never searched for amendments; a clause whose
 * subject cannot be told becomes an `amendment/unparsed` diagnostic.
 */
/**
 * Where the decree's new annex text follows its instruction without quote marks (insertions and replacements), for
 * the rules extractor: what the pipeline collects while it extracts the amendments, for a caller that wants only this.
 */
export function unquotedPayloads(doc: DocumentStructure): { start: number; end: number }[] {
  return amendmentsWithPayloads(doc).unquoted;
}

/** The amendments a document states, and its unquoted payloads (unquotedPayloads), read once: for a reader outside the parse. */
export function amendmentsWithPayloads(doc: DocumentStructure): { amendments: Amendment[]; unquoted: { start: number; end: number }[] } {
  const unquoted: { start: number; end: number }[] = [];
  const amendments = extractAmendments(doc, new DiagnosticSink(doc), undefined, undefined, unquoted);
  return { amendments, unquoted };
}

export function extractAmendments(
  doc: DocumentStructure,
  sink: DiagnosticSink,
  prestations?: readonly Prestation[],
  valueRows?: Set<Prestation>,
  loosePayloads?: { start: number; end: number }[],
): Amendment[] {
  const own = ownText(doc);
  // the prestations the text defines: an inserted provision that holds code lines inserts them
  const defined = prestations ?? extractPrestations(doc, new DiagnosticSink(doc));
  const ctx: Ctx = { doc, own, sink, prestations: defined, valueRows: valueRows ?? new Set(), loosePayloads };
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
    if (c.typo) sink.report('warning', 'amendment/verb-typo', `"${own.slice(c.verbStart, c.verbEnd)}" read as "est …": the official text writes "et" for "est"`, { start: c.verbStart, end: c.verbEnd });
    out.push(...fromClause(ctx, c));
  }
  // gap notes standing alone (a whole article or point replaced by `(Image non reprise …)`)
  for (const a of doc.articles) {
    GAP_RE.lastIndex = 0;
    for (const m of execAll(GAP_RE, own.slice(a.start, a.end))) {
      const start = a.start + m.index;
      if (usedGaps.has(start)) continue;
      const t = targetAt(doc, start);
      out.push({ type: 'gap', subject: 'provision', target: { article: t.article, path: [...t.path], anchor: null, position: null }, codes: [], old: null, new: null, at: provenance(doc, start, start + m[0].length) });
      sink.report('info', 'amendment/gap', 'a change is not reproduced in this source (gap note)', { start, end: start + m[0].length });
    }
  }
  return out.map((a, i) => ({ a, i })).sort((x, y) => x.a.at.offset - y.a.at.offset || x.i - y.i).map((x) => x.a);
}

/** A run of quoted payload (built once, not per clause; replace resets its lastIndex). */
const FILL_RUN = new RegExp(`${QUOTE_FILL}+`, 'g');

/** A quote a heading's word opens: `intitulé "F. UROLOGIE"`, `le titre '1. Prescripteurs'`. */
const TITLE_BEFORE_RE = new RegExp(`${HEADING_WORDS}\\s*$`, 'u');
/** The marks opening a heading: `F. `, `II. `, `1. `, `b) `, `II. a) 1° `. */
const TITLE_MARK_RE = /^(?:\s*(?:[IVX]{1,5}\.|[A-Z]\.|\d{1,2}\.|[a-z]\)|\d{1,2}°))+(?=\s)/u;

/**
 * `text` (of the own text, from `start`) with the marks of the headings it quotes as titles put back: they name a place
 * (`Au § 1er, intitulé "F. UROLOGIE", …` is § 1, F), where other quoted words are what changes.
 */
function withTitles(doc: DocumentStructure, text: string, start: number): string {
  const raw = doc.ingested.text.text;
  let out = text;
  // (the quotes starting in the text, found by binary search: a clause per quote on long lines)
  for (let k = lowerBound(doc.quotes.length, (i) => doc.quotes[i].start < start); k < doc.quotes.length && doc.quotes[k].start < start + text.length; k++) {
    const q = doc.quotes[k];
    if (q.innerStart < start || q.innerEnd > start + text.length) continue;
    if (!TITLE_BEFORE_RE.test(raw.slice(Math.max(0, q.start - 20), q.start))) continue;
    // (its mark only, `F.`, `1.`, `b)`: the title's words, `- 50 % pour les prestations`, stay out of the place's reading)
    const mark = TITLE_MARK_RE.exec(raw.slice(q.innerStart, q.innerEnd));
    if (!mark) continue;
    const kept = mark[0].length + 1; // (and the space after it)
    out = out.slice(0, q.innerStart - start) + raw.slice(q.innerStart, q.innerStart + kept) + out.slice(q.innerStart - start + kept);
  }
  return out;
}

/** A text opening with a subdivision's number and title: `IV. Prestations effectuées …`, `B. Chirurgie`, `8. Gaines …`. */
const SUBDIVISION_OPENING_RE = /^[\s"«“]*(?:[IVX]{1,6}|[A-Z]|\d{1,2})\.\s+\p{Lu}\p{Ll}/u;
/** One line before the first code line, no code, no dot (no leader, not a sentence): a heading, `Implant d'oreille moyenne :`. */
const HEADING_LINE_RE = /^[\s"«“]*\p{Lu}(?![^\n]*\d{6})[^\n.]{2,100}?\s*:?\s*$/u;

function fromClause(ctx: Ctx, clause: Clause, asLead = false): Amendment[] {
  let c = clause;
  const { doc, own, sink } = ctx;
  const pre = own.slice(c.start, c.verbStart);
  const post = own.slice(c.verbEnd, Math.max(c.end, c.regionEnd));
  const reading = readSubject(pre, post, c.lemma);
  refineSubjects(ctx, c, reading, pre);
  const paraEnd = itemHolding(doc.ingested.paragraphs, c.verbStart, true)?.end ?? c.end;
  const atSpan = { start: c.start, end: Math.max(c.verbEnd, Math.min(Math.max(c.end, c.verbEnd), paraEnd)) };
  const at = provenance(doc, atSpan.start, atSpan.end);

  // `les numéros d'ordre suivants sont supprimés : - sous l'intitulé "…" : X, Y`: the items list what goes, under their headings
  // (`sont supprimées les prestations suivantes : a) sous l'intitulé "…" : X`: inverted, the subject after the verb)
  const named = reading.offset >= pre.length ? `${pre} ${reading.phrase}` : pre;
  const listed = reading.subjects.includes('prestation') && /(?<!\p{L})suivante?s?(?!\p{L})/iu.test(named) && !/\d{6}/u.test(named);
  // (items that start with a code are the entries of a list, not places: `- 540735-540746 : B 90;`)
  const nextParagraph = nextOwnParagraph(ctx, c.end);
  // (or dash places after the colon on the same line: `le numéro "563920" est supprimé : - au § 1er, 5°, B; - au § 3, …`)
  const inline = !asLead && !listed && !c.gap && inlineDashPlaces(own, c.verbEnd).length > 0;
  if (inline || (!asLead && !listed && !c.gap && /:\s*$/u.test(own.slice(c.verbEnd, c.end)) && POINT_START.test(nextParagraph) && !/^\s*[-•]\s*\d{6}/u.test(nextParagraph))) {
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
  if (anchors.length === 0) anchors = [sameAnchorBefore(doc, own, c.start, pre)].filter((a) => a !== null);
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
  // `est portée à N 90 la valeur relative de la prestation X`: inverted, the prestation is named after the verb
  if (preGroups.length === 0 && reading.offset >= pre.length && reading.subjects.join() === 'relativeValue' && c.payload.length === 0) preGroups = valueOwnersAfter(own, c);
  if (anchors.length === 0 && !reading.subjects.includes('prestation')) {
    if (context.anchor) anchors = [context.anchor];
    else if (context.prestation && reading.subjects.some((x) => x === 'rule' || x === 'words')) anchors = [{ group: context.prestation, position: 'after', relative: false }];
  }
  const anchor = anchors[0] ?? null;
  const base = targetAt(doc, c.verbStart);
  // (every place when the phrase names several: `aux 1°, 2°, 4° et 5°, les mots … sont insérés`)
  // (a long one too when it is the verb's own paragraph and names no article, its quoted words making it long: `3) au 4, les
  // mots "- de la rubrique c) 472076-472080, …" sont abrogés`; an intro's place is the structure's, read with its quotes)
  const ownParagraph = pre.length < 400 || (itemHolding(doc.ingested.paragraphs, c.start) === itemHolding(doc.ingested.paragraphs, c.verbStart) && !articleOf(pre.slice(0, 120)));
  const places = ownParagraph ? refineTargets(base, withTitles(doc, pre, c.start).slice(0, 400)) : [base];
  const refined = places[0];
  // `… sont insérés avant l'intitulé "D. Oto-rhino-laryngologie :" :`: a quoted heading places the insertion, it is not its payload
  const place = reading.subjects.includes('words') ? null : placeQuote(ctx, c);
  if (place) c = { ...c, payload: c.payload.filter((q) => q !== place.quote) };
  const target = (extra: Partial<AmendmentTarget> = {}): AmendmentTarget => ({
    article: refined.article,
    path: [...refined.path],
    anchor: anchor ? anchor.group.codes[0] : (place?.code ?? null),
    position: anchor ? anchor.position : place ? place.position : null,
    ...(place && !anchor && !place.code ? { anchorText: place.text } : {}),
    ...(places.length > 1 ? { paths: places.map((p) => [...p.path]) } : {}),
    ...extra,
  });
  const dutch = DUTCH_RE.test(own.slice(c.start, Math.max(c.end, c.verbEnd))) && !/(?<!\w)français/iu.test(own.slice(c.start, c.end));
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
  // a change whose text is not in this source: the operation the sentence states, and a gap for each thing it changes
  // (`est complété par la prestation et les règles suivantes : (Liste non reprise …)`: a prestation and rules not given)
  const withGaps = (made: Amendment[]): Amendment[] => {
    if (!c.gap) return made;
    const gapAt = provenance(doc, c.gap.start, c.gap.end);
    const subjects = [...new Set(made.length ? made.map((a) => a.subject) : [reading.subjects[0]])];
    return [...made, ...subjects.map((subject): Amendment => ({ ...mk(subject, [], null, null), type: 'gap', at: gapAt }))];
  };

  // codes edited in a list of the annex (constructions/list-edits.ts): words, with the groups named
  if (c.type !== 'gap' && ((reading.subjects.includes('prestation') && isCodeListEdit(doc, own, c, ctx.prestations)) || headingGrowsByCodes(doc, own, c))) {
    return [listEditAmendment(own, c, anchors.map((a) => a.group), (codes, old, nw) => mk('words', codes, old, nw))];
  }
  const out: Amendment[] = [];
  const loose = c.payload.length || c.gap ? null : unquotedPayload(ctx, c);
  if (loose) sink.report('info', 'amendment/unquoted-payload', 'the new text follows without quote marks; read up to the next point', loose);
  // (new annex text, whose rules are the decree's own: not a list of what a repeal removes)
  if (loose && c.type !== 'repeal') ctx.loosePayloads?.push({ start: loose.start, end: loose.end });
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
          // each row's value change points at its row, not only at the announcing sentence
          for (const r of rows) out.push({ ...mk('relativeValue', [[...r.group.codes]], null, r.value, target({ anchor: null, position: 'at' })), at: provenance(doc, r.group.start, r.end) });
          for (const p of inList) ctx.valueRows.add(p);
          break;
        }
        // `les valeurs relatives des prestations X et Y sont portées respectivement de U 120 à U 135 et de U 240 à U 260`
        const each = preGroups.length > 1 && c.payload.length === 0 ? respectiveValues(doc, c.verbEnd, Math.max(c.end, c.verbEnd), preGroups.length) : null;
        if (each) {
          preGroups.forEach((g, k) => out.push(mk('relativeValue', [[...g.codes]], null, each[k], target({ anchor: null, position: 'at' }))));
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
        // (constructions/label-with-value.ts: a quoted label holding its code list and value)
        const listed = preGroups.length === 0 && c.type === 'substitution' && !reading.subjects.includes('relativeValue') ? labelWithCodeList(doc, c.payload, c.preQuotes, ctx.prestations) : null;
        if (listed) {
          for (const l of listed) {
            out.push(mk('label', l.codes, null, l.label ?? payloadText, target({ anchor: null, position: 'at' })));
            if (l.value) out.push(mk('relativeValue', l.codes, l.old, l.value, target({ anchor: null, position: 'at' })));
          }
          break;
        }
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
        // (`entre les prestations X et Y, un alinéa …`: the rule is X's; Y only bounds the place)
        const bounds = betweenBoundaryStarts(own, c.start, c.verbStart);
        const ruleCodes = [...(anchor ? [anchor.group] : []), ...findCodeGroups(own, c.start, c.verbStart).filter((g) => g.start !== anchor?.group.start && !bounds.has(g.start))];
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
  // `au § 1er, il est ajouté ce qui suit : "<code line> …"`: text added at a place, no unit named, that opens with a code line
  const raw = doc.ingested.text.text;
  const addsText = /^(?:ajout|insér)/u.test(c.lemma) && leading.length > 0 && /^\s*ce\s+qui\s+suit\s*:?\s*$/iu.test(own.slice(c.verbEnd, c.payload[0].start)) && /^[\s"«“*+°[|-]*$/u.test(raw.slice(c.payload[0].innerStart, leading[0].start));
  // `le 3° est complété comme suit : "IV. Prestations effectuées … <code lines> V. …"`: the text opens with a new subdivision,
  // or with a new heading over its code lines (`l'intitulé "Catégorie 3" est complété comme suit : "Implant … : <code lines>"`)
  const first = c.payload[0];
  const opensUnit =
    first !== undefined &&
    (SUBDIVISION_OPENING_RE.test(raw.slice(first.innerStart, first.innerEnd)) ||
      (leading.length > 0 && leading[0].start > first.innerStart && leading[0].start < first.innerEnd && HEADING_LINE_RE.test(raw.slice(first.innerStart, leading[0].start))));
  const withPrestations = withPayloadPrestations(c, edited, defined, (codes) => mk('prestation', codes, null, null), addsText, opensUnit);
  return withGaps(withPrestations);
}


/**
 * Justel sometimes repeats a run of points (`2. à la fin du texte de la règle
 * 4, …` then `2.à la fin du texte de la règle 4, …`). The same point number,
 * article and wording (spacing aside) is one operation, not two.
 */
const KEY_WINDOW = 2000;

function repeatKey(ctx: Ctx, c: Clause): string | null {
  const { doc, own } = ctx;
  const para = itemHolding(doc.ingested.paragraphs, c.verbStart, true);
  if (!para) return null;
  const label = /^\s*(\d{1,2}[.°)]|[a-z]\)|[A-Z]\.)/u.exec(own.slice(para.start, para.end))?.[1];
  if (!label) return null;
  const article = indexHolding(doc.articles, c.verbStart);
  const squeeze = (t: string) => {
    work.steps += t.length;
    return t.replace(/\s+/g, '').replace(FILL_RUN, QUOTE_FILL);
  };
  const raw = doc.ingested.text.text;
  // the wording within KEY_WINDOW of the verb: the whole paragraph for each of
  // its clauses was quadratic (1,651 clauses on one 65 KB line: 19 s)
  const from = Math.max(para.start, c.verbStart - KEY_WINDOW);
  const to = Math.min(para.end, c.verbEnd + KEY_WINDOW);
  const text = `${from > para.start ? '…' : ''}${squeeze(raw.slice(from, c.verbStart))}[${squeeze(raw.slice(c.verbStart, c.verbEnd))}]${squeeze(own.slice(c.verbEnd, to))}${to < para.end ? '…' : ''}`;
  // the enclosing point: `1. à la prestation X, a) le libellé est remplacé` repeats legitimately under `2. à la prestation Y`
  const at = lastIndexEnclosing(doc.points, para.start, c.verbStart);
  const enclosing = at < 0 ? undefined : doc.points[at];
  const parent = enclosing && enclosing.start === para.start ? enclosing.parent : enclosing ? at : null;
  return `${article}|${parent ?? -1}|${label}|${text}`;
}
