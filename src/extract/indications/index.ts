import type { Indication, IndicationItem } from '../../schema/rules.js';
import { DiagnosticSink, provenance } from '../../structure/provenance.js';
import type { DocumentStructure } from '../../structure/types.js';
import { groupsIn, piecesOf, prestationAt, prestationsOf, ruleSegments, type Piece } from '../rules/context.js';
import { anaphorOf } from '../rules/refs.js';
import { dedupeGroups } from '../rules/code-sets.js';
import { labelledPrestations, rangeExpander } from '../rules/ranges.js';
import { splitSentences } from '../rules/sentences.js';
import { isNormative } from '../rules/normative.js';
import { peekTypes } from '../rules/typers.js';
import { parseConditions } from './conditions.js';

/**
 * Indication lists: the tree of cases under `La prestation X ne peut être
 * attestée que dans le cas d'une des indications suivantes :`, attached to
 * the codes the opening sentence names. Levels follow the marker kinds in
 * order of first appearance (`A.` then `a)` then `-`), as the texts do.
 */

// (`ne peut être effectuée que dans les circonstances suivantes :`, `… que dans les conditions suivantes :`: the cases it
// is paid in; not `… est soumis aux conditions suivantes :`, rules to meet)
export const INDICATION_OPENER = /(?<!\w)(?:indications?|situations?|cas|circonstances)\s+(?:suivante?s|ci-dessous|ci-après)\s*:?\s*"?\s*$|(?<!\w)que\s+dans\s+les\s+conditions\s+suivantes\s*:?\s*"?\s*$|(?<!\w)(?:remboursement|intervention)\b[^.;:]{0,80}?(?<!\w)(?:est|sont)\s+(?:seulement|uniquement|exclusivement)\s+prévue?s?\s*:\s*"?\s*$/iu;

/** An opener that refuses or allows something else in the cases it lists: a negation, or a cumulation. */
const NOT_CASES = /(?<!\w)(?:n'|ne\s)[^.;:]{0,80}?(?<!\w)(?:pas|jamais)\b|(?<!\w)cumul/iu;

/** An opener that names the cases (not `les cas suivants` alone: `sauf dans les cas suivants` lists exceptions). */
const NAMES_CASES = /indications?|situations?|circonstances|(?:seulement|uniquement|exclusivement)\s+prévu|que\s+dans\s+les\s+conditions/iu;

const MARKERS: Array<[RegExp, string]> = [
  [/^([A-Z])\.\s+/u, 'upper'],
  [/^([a-z])\)\s*/u, 'lowerParen'],
  [/^([a-z])\.\s+/u, 'lowerDot'],
  [/^(\d+)°\s*/u, 'degree'],
  [/^(\d+)\)\s*/u, 'numParen'],
  [/^(\d+)\.\s+(?!\d)/u, 'num'],
  [/^(-)\s+/u, 'dash'],
  [/^(•)\s*/u, 'bullet'],
  [/^(o)\s+/u, 'circle'],
  [/^(\*)\s+/u, 'star'],
];

function markerOf(s: string): { kind: string; label: string; length: number } | null {
  for (const [re, kind] of MARKERS) {
    const m = re.exec(s);
    if (m) return { kind, label: m[0].trim(), length: m[0].length };
  }
  return null;
}

/** Ends a list: a rule about prestations, a heading, a prestation, a new opener. */
const STOP = /^(?:ARTICLE\s+\d|Art(?:icle)?\.?\s+\d|§\s*\d|\d+(?:\.\d+)+\.?\s)|\b(?:ne\s+peu(?:t|vent)|doi(?:t|vent)\s+être|sont\s+accessibles|sont\s+attestées|est\s+attestée|cumul)/u;

interface Open {
  item: IndicationItem;
  kind: string | null;
}

export function extractIndications(doc: DocumentStructure, sink: DiagnosticSink): Indication[] {
  return extractIndicationsWithSpans(doc, sink).indications;
}

interface IndicationReading {
  indications: Indication[];
  /** the paragraphs of indication items, each with the codes of its indication list */
  paragraphs: Map<number, string[][]>;
  /** the paragraphs of rules stated among the items (`La demande doit comporter …`), each with the codes of its list */
  rules: Map<number, string[][]>;
  /** what the reading reports, replayed into each caller's sink */
  warnings: { code: string; message: string; span: { start: number; end: number } }[];
}

/** The rule extractor asks first (for the paragraphs to skip), the indication extractor next: read once per document. */
const readings = new WeakMap<DocumentStructure, IndicationReading>();

/**
 * `defined`: the document's prestations, as the parse hands them to the rule reader (ranges over tables are expanded
 * over them); read here when absent. The first caller's reading is kept for the document.
 */
export function extractIndicationsWithSpans(
  doc: DocumentStructure,
  sink: DiagnosticSink,
  defined?: readonly { codes: string[]; label: string | null }[],
): { indications: Indication[]; paragraphs: Map<number, string[][]>; rules: Map<number, string[][]> } {
  let reading = readings.get(doc);
  if (!reading) readings.set(doc, (reading = readIndications(doc, defined)));
  for (const w of reading.warnings) sink.report('warning', w.code, w.message, w.span);
  return { indications: reading.indications, paragraphs: reading.paragraphs, rules: reading.rules };
}

function readIndications(doc: DocumentStructure, defined?: readonly { codes: string[]; label: string | null }[]): IndicationReading {
  const text = doc.ingested.text.text;
  const pieces = piecesOf(doc, ruleSegments(doc));
  const prestations = prestationsOf(doc);
  // (a range over prestations a table or a fixed-width block defines is expanded as the rule reader does)
  const expand = rangeExpander(prestations, text, () => labelledPrestations(doc, defined));
  const warnings: IndicationReading['warnings'] = [];
  const out: Indication[] = [];
  const covered = new Map<number, string[][]>();
  const rules = new Map<number, string[][]>();
  let lastCodes: string[][] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const own = groupsIn(text, piece.start, piece.end);
    if (own.length) lastCodes = expand(own);
    const sentences = splitSentences(text, piece.start, piece.end);
    const last = sentences[sentences.length - 1];
    if (!last) continue;
    const intro = text.slice(last.start, last.end).trim();
    if (!INDICATION_OPENER.test(intro) || !NAMES_CASES.test(intro)) continue;
    // (not the cases it is refused in, `Le remboursement n'est pas accordé dans les circonstances suivantes :`, nor those
    // a cumulation is allowed in; and not conditions that are rules, `… que dans les conditions suivantes : a) elle est
    // effectuée par un médecin spécialiste …`)
    if (/circonstances|conditions\s+suivantes/iu.test(intro) && NOT_CASES.test(intro)) continue;
    const first = pieces[i + 1] && pieces[i + 1].segment === piece.segment ? text.slice(pieces[i + 1].start, pieces[i + 1].end).replace(/^[\s"]+/u, '') : '';
    // (the first item's first sentence: an item may state a limit after its case, `1. Lors de l'initialisation … . Dans cette
    // indication la prestation ne peut être portée en compte qu'une seule fois`)
    if (/conditions\s+suivantes/iu.test(intro) && isRuleAmongItems(first.slice(markerOf(first)?.length ?? 0).split(/(?<=[.;])\s/u)[0])) continue;

    let codes = expand(groupsIn(text, last.start, last.end));
    // (the prestations the opening names or points to, `Cette prestation n'est remboursée que …`: a rule among the items
    // is on those, not on a guess: `La condition d'âge ne s'applique pas … des pathologies suivantes :` names none)
    const anaphor = anaphorOf(intro);
    // (or a possessive standing for the prestation the same paragraph named first, `La prestation X n'est pas cumulable avec
    // Y. Son remboursement est réservé aux situations suivantes :`: X; `Leur …`: all it named)
    const possessive = own.length > 0 && codes.length === 0 ? /^\W*(?:(son|sa|ses)|leur|leurs)\s/iu.exec(intro) : null;
    if (possessive) codes = possessive[1] ? expand(own.slice(0, 1)) : expand(own);
    const named = codes.length > 0 || anaphor === 'previous' || anaphor === 'latter' || anaphor === 'block';
    if (codes.length === 0 && /présente\s+convention|présent\s+article/iu.test(text.slice(piece.start, piece.end))) codes = dedupeGroups(prestations.flatMap((p) => p.codes));
    if (codes.length === 0) codes = lastCodes;
    if (codes.length === 0) warnings.push({ code: 'indication/no-codes', message: 'indication list names no code', span: { start: last.start, end: last.end } });

    const { items, lastPiece, rulePieces } = buildTree(text, pieces, i + 1, piece.segment);
    if (items.length === 0) continue;
    // (a rule between or after the items is the rule reader's: `La demande doit comporter …`)
    for (let k = i + 1; k <= lastPiece; k++) if (!rulePieces.has(k)) covered.set(pieces[k].paragraph, codes);
    // (those after the last item too: the list's rules, up to what ends it)
    for (const k of rulePieces) rules.set(pieces[k].paragraph, named ? codes : []);
    out.push({ codes, intro, items, at: provenance(doc, last.start, pieces[lastPiece].end) });
    i = lastPiece;
  }
  return { indications: out, paragraphs: covered, rules, warnings };
}

/**
 * The items from piece `from` on. A paragraph with no marker that states a rule (`La demande doit comporter …`,
 * `La prestation X n'est remboursée que si …`) is no item: it is left to the rule reader (`rulePieces`), and the
 * list goes on past it only if more items follow.
 */
function buildTree(text: string, pieces: Piece[], from: number, segment: number): { items: IndicationItem[]; lastPiece: number; rulePieces: Set<number> } {
  const roots: IndicationItem[] = [];
  const rulePieces = new Set<number>();
  const kinds: string[] = [];
  let stack: Open[] = [];
  let lastPiece = from - 1;
  let lastItem: IndicationItem | null = null;
  for (let j = from; j < pieces.length && pieces[j].segment === segment; j++) {
    const raw = text.slice(pieces[j].start, pieces[j].end).replace(/^[\s"]+|[\s"]+$/g, '');
    if (!raw) continue;
    const marker = markerOf(raw);
    if (!marker) {
      if (prestationAt(text, pieces[j], pieces[j + 1]) || STOP.test(raw) || INDICATION_OPENER.test(raw)) break;
      // (not a line the PDF cut from the item above: that one ends without its punctuation)
      if (!(lastItem && !/[.;:]\s*$/.test(lastItem.text)) && isRuleAmongItems(raw)) {
        rulePieces.add(j);
        continue;
      }
      if (lastItem && !/[.;:]\s*$/.test(lastItem.text)) {
        // a line the PDF cut: `A1.3 ou` / `A2.3;`
        lastItem.text += ' ' + raw;
        lastItem.conditions = parseConditions(lastItem.text);
      } else if (raw.endsWith(':') || stack.length === 0) {
        const item = node(null, raw);
        roots.push(item);
        stack = [{ item, kind: null }];
        lastItem = item;
      } else {
        const item = node(null, raw);
        stack[0].item.items.push(item);
        stack = [stack[0]];
        lastItem = item;
      }
      lastPiece = j;
      continue;
    }
    if (kinds.indexOf(marker.kind) < 0) kinds.push(marker.kind);
    const body = raw.slice(marker.length);
    const parts = splitInline(body);
    const item = node(marker.label, parts.head);
    for (const [label, t] of parts.items) item.items.push(node(label, t));
    // the parent is the nearest open item whose kind came before this one
    while (stack.length && (stack[stack.length - 1].kind === null ? false : kinds.indexOf(stack[stack.length - 1].kind!) >= kinds.indexOf(marker.kind))) stack.pop();
    if (stack.length) stack[stack.length - 1].item.items.push(item);
    else roots.push(item);
    stack.push({ item, kind: marker.kind });
    lastItem = parts.items.length ? item.items[item.items.length - 1] : item;
    lastPiece = j;
  }
  return { items: roots, lastPiece, rulePieces };
}

/**
 * A rule stated among the items (`La demande doit comporter …`): a rule sentence of a type, not a sub-heading
 * (`Chez les patients dont l'état requiert une hospitalisation :`) nor a criterion on the patient (`Patients dont le
 * traitement antérieur n'est pas remboursé;`).
 */
function isRuleAmongItems(raw: string): boolean {
  if (/:\s*$/u.test(raw) || /^(?:les\s+|des\s+|le\s+|la\s+|pour\s+les\s+|chez\s+(?:les?\s+|la\s+|des\s+)?)?(?:patients?|patientes?|bénéficiaires?|enfants?|femmes?|hommes?)\b/iu.test(raw)) return false;
  return isNormative(raw) && peekTypes(raw).length > 0;
}

function node(label: string | null, t: string): IndicationItem {
  const textOf = t.trim();
  return { label, text: textOf, conditions: parseConditions(textOf), items: [] };
}

/** `Carcinome hépatocellulaire a. Tumeur unique < 2 cm b. 1 à 3 tumeurs` → head and items a., b. */
function splitInline(body: string): { head: string; items: Array<[string, string]> } {
  const re = /(?:^|\s)([a-z])([.)])\s+/gu;
  const hits: Array<{ at: number; label: string; after: number }> = [];
  let expect = 'a';
  let sep = '';
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1] !== expect || (sep && m[2] !== sep)) continue;
    sep = m[2];
    hits.push({ at: m.index, label: m[1] + m[2], after: m.index + m[0].length });
    expect = String.fromCharCode(expect.charCodeAt(0) + 1);
  }
  if (hits.length < 2) return { head: body, items: [] };
  const items: Array<[string, string]> = hits.map((h, k) => [h.label, body.slice(h.after, k + 1 < hits.length ? hits[k + 1].at : body.length).trim()]);
  return { head: body.slice(0, hits[0].at).trim(), items };
}
