import type { IngestedText, Paragraph } from '../source/types.js';
import type { NormalizedText } from '../text/normalized.js';
import { work } from '../work.js';
import { closingGlyph, innerStyledPair } from './nested-marks.js';
import { findPoints } from './points.js';
import { targetOfIntro } from './targets.js';
import type { AnnexTarget, DecreeArticle, DocumentStructure, Quote, TargetScope } from './types.js';

const ARTICLE_HEADING = /^(?:Article|Art\.?|ARTICLE)\s*(\d+)\s*(?:er|ère)?\s*(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)?\s*[.:-]?/u;

/**
 * Document structure: decree articles, their points, and quoted passages.
 * Quotes are found first inside each article (they never cross articles);
 * points are the marked paragraphs outside quotes.
 */
export function buildStructure(ingested: IngestedText): DocumentStructure {
  const articles = findArticles(ingested);
  const quotes: Quote[] = [];
  // no push(...spread): a text of 100,000+ quotes would overflow the stack
  const marks = new MarkIndex(ingested.text.text);
  for (const a of articles) for (const q of findQuotes(ingested.text, marks, a.start, a.end, a.number)) quotes.push(q);
  if (articles.length === 0) for (const q of findQuotes(ingested.text, marks, 0, ingested.text.text.length, null)) quotes.push(q);
  const scopes: TargetScope[] = [];
  const points = findPoints(ingested, articles, quotes, scopes);
  return { ingested, articles, points, quotes, scopes };
}

function articleHeading(ingested: IngestedText, p: Paragraph): { number: string; label: string } | null {
  const text = ingested.text.text.slice(p.start, p.end);
  if (ingested.format === 'justel-markdown') {
    // Justel marks decree articles in bold; body text starting `Article` is not one.
    if (!p.heading) return null;
    const m = ARTICLE_HEADING.exec(p.heading);
    return m ? { number: m[1] + (m[2] ?? ''), label: p.heading } : null;
  }
  const m = /^(?:ARTICLE|Article|Art\.)\s+(\d+)\s*(?:er)?\s*(bis|ter|quater)?\s*[.:-]/u.exec(text);
  if (!m) return null;
  return { number: m[1] + (m[2] ?? ''), label: m[0].replace(/\s*[.:-]$/, '').trim() };
}

function findArticles(ingested: IngestedText): DecreeArticle[] {
  const out: DecreeArticle[] = [];
  const paras = ingested.paragraphs;
  let previousTarget: AnnexTarget | null = null;
  for (const p of paras) {
    const h = articleHeading(ingested, p);
    if (!h) {
      // `Donné à Bruxelles, le …` ends the enacting terms: the signature is no article's text.
      const last = out[out.length - 1];
      if (last && last.lastParagraph === paras.length - 1 && /^(?:Donné à|Fait à|Par le Roi)/u.test(ingested.text.text.slice(p.start, p.end))) {
        last.end = p.start;
        last.lastParagraph = p.index - 1;
      }
      continue;
    }
    const last = out[out.length - 1];
    if (last) {
      last.end = p.start;
      last.lastParagraph = p.index - 1;
    }
    const intro = ingested.text.text.slice(p.start, p.end).slice(h.label.length);
    // `Article 34 - PRESTATIONS INTERVENTIONNELLES`: an extract of the annex itself.
    const annexHeading = ingested.format !== 'justel-markdown' && /^\s*-\s*[A-ZÀ-Ý ]{6,}/u.test(intro);
    const target: AnnexTarget = annexHeading ? { article: h.number, path: [] } : targetOfIntro(intro.slice(0, 600), previousTarget);
    previousTarget = target;
    out.push({ number: h.number, label: h.label, start: p.start, end: ingested.text.text.length, firstParagraph: p.index, lastParagraph: paras.length - 1, target });
  }
  return out;
}

/** A rubric's or heading's name before a mark: what follows is its title, quoted. */
const TITLE_DETERMINER = String.raw`(?<![\p{L}])(?:la|le|l'|cette|du|de\s+la|de\s+l')\s*`;
const TITLE_BEFORE = new RegExp(String.raw`${TITLE_DETERMINER}(?:rubrique|intitulé|titre)\s*$`, 'iu');
/** Before a name quoted at the end of a quote's heading: `pour la prestation " bilan fonctionnel ".` */
const TITLE_ENDING = new RegExp(String.raw`${TITLE_DETERMINER}(?:rubrique|intitulé|titre|prestation|mention|notion)\s*$`, 'iu');
/** Amending words in a title's paragraph: the title is an instruction's, not words of the quote (`l'intitulé " … " est complété par …`). */
const TITLE_AMENDED = /(?<!\p{L})(?:est|sont)\s+(?:(?:à\s+)?chaque\s+fois\s+)?(?:insérée?s?|remplacée?s?|supprimée?s?|ajoutée?s?|introduite?s?|abrogée?s?|complétée?s?|modifiée?s?|adaptée?s?)(?!\p{L})/u;

/**
 * Quote marks are all `"` after normalisation and Justel pads them with
 * spaces on both sides, so side is read from context: a mark ending a
 * paragraph or followed by `.;,)` or a verb (`sont`, `est`) closes; one
 * starting a paragraph or following `:` / `les mots` opens. Plain
 * alternation decides the rest. A quote still open when a paragraph starts
 * with an opening mark, or at the article's end, is kept as unclosed (real
 * texts forget closing quotes); a closing mark with nothing open is stray.
 *
 * Quoted text quotes too (`" L'interprétation du terme " complications " …
 * "`), so inside an open quote a mark that clearly opens, with at least two
 * marks left to close it and the outer quote, starts a nested quote rather
 * than closing. A point of the amending text (`14. … les mots " de contrôle "`)
 * is never inside a quote opened in an earlier paragraph: that quote was
 * left unclosed. A closing mark left over right after a quote closed by
 * plain alternation in the same paragraph (`" Chaussure … à la prestation
 * " 644512-644523 ";`) means that mark was an inner one: the quote runs on.
 */
function findQuotes(nt: NormalizedText, marks: MarkIndex, start: number, end: number, article: string | null): Quote[] {
  const text = nt.text;
  const out: Quote[] = [];
  let open = -1;
  const closeUnclosed = (at: number) => {
    let e = amendingTextAfter(text, open, at);
    while (e > open + 1 && /\s/.test(text[e - 1])) e--;
    out.push({ start: open, end: e, innerStart: open + 1, innerEnd: e, closed: false, article });
    open = -1;
  };
  let nested = 0;
  // whether amending words stand in the open quote before `at`: each stretch of text is read once (a long quote holding
  // many styled pairs is not re-read from its opening for each)
  let amendedFrom = -1;
  let amendedTo = -1;
  let amended = false;
  const amendedSince = (from: number, at: number): boolean => {
    if (amendedFrom !== from) [amendedFrom, amendedTo, amended] = [from, from + 1, false];
    if (!amended && at > amendedTo) {
      // (from a word's start, a little before where the last reading ended: a verb may straddle it)
      let w = Math.max(from + 1, amendedTo - 60);
      while (w > from + 1 && /\p{L}/u.test(text[w - 1])) w--;
      amended = AMENDING_VERB.test(text.slice(w, at));
    }
    amendedTo = Math.max(amendedTo, at);
    return amended;
  };
  // the last quote closed by plain alternation (its closing mark read as 'either'), still extendable
  let loose: Quote | null = null;
  // the paragraph of the mark at hand, found once per paragraph (a paragraph of many marks is not searched again for each)
  let paraStart = start;
  let paraEnd = -1;
  for (let i = start; i < end; i++) {
    if (text[i] !== '"') continue;
    if (i >= paraEnd) {
      paraStart = text.lastIndexOf('\n', i - 1) + 1;
      const paraEndAt = text.indexOf('\n', i + 1);
      paraEnd = paraEndAt < 0 ? end : Math.min(paraEndAt, end);
      work.steps += paraEnd - paraStart;
    }
    work.steps++;
    // words quoted inside in another style than the quote's own marks (`" … la fonction « soins urgents », … "`)
    // (not where amending words stand between the quote's opening and the pair, `la disposition " (…), est remplacée par la
    // disposition « (…) »`, nor in a later paragraph that is amending text again or opens with the mark: the quote was
    // never closed, and ends there, below)
    const inner = open >= 0 && nested === 0 ? innerStyledPair(nt, open, i, paraEnd) : null;
    if (inner !== null && !(amendedSince(open, i) || (paraStart > open && (isAmendingPoint(text.slice(paraStart, i)) || /^[ \t]*$/u.test(text.slice(paraStart, i)))))) {
      i = inner;
      continue;
    }
    // A title quoted inside a quote, by a rubric's or heading's name: `" c/1) Pour les prestations de la rubrique " Treillis
    // pariétaux ", l'étiquette … "`, `"A l'exception …, les prestations de la rubrique " Surveillance … " ne sont pas …"`: both
    // marks are the title's, its partner the next mark of the paragraph after which the sentence goes on
    // (with no amending words in its paragraph, nor an amending point: not `A l'intitulé "- 10 % pour les prestations :", …`
    // after a quote left open; in a later paragraph of a block quote too, where its rules stand)
    if (open >= 0 && nested === 0 && TITLE_BEFORE.test(text.slice(Math.max(open + 1, i - 24), i)) && (open >= paraStart ? !amendedSince(open, i) : !isAmendingPoint(text.slice(paraStart, i)))) {
      const partner = text.indexOf('"', i + 1);
      // (nor where amending words stand in the paragraph: `intitulé " F. Chirurgie …, l'intitulé " Catégorie 2b " est complété
      // par …`, a quote that lost its closing mark, then the instruction's own; `les mots " de la rubrique " Soins intensifs "
      // sont chaque fois remplacés …`; and only a title after its article: not `le mot " rubrique " est remplacé …`)
      if (partner > i && partner < paraEnd && /^\s*,?\s+\p{Ll}/u.test(text.slice(partner + 1, partner + 24)) && !TITLE_AMENDED.test(text.slice(Math.max(open + 1, paraStart), paraEnd))) {
        i = partner;
        continue;
      }
    }
    // A heading of the quote ending on a quoted name, `" 3. Règles d'application pour la prestation " bilan fonctionnel ".`,
    // its rules in the paragraphs after: the pair is the name's when the quote, opened at a paragraph's start, closes later
    // (the next mark, in a later paragraph, closes) and no amending words stand in the paragraph
    if (open >= 0 && nested === 0 && TITLE_ENDING.test(text.slice(Math.max(open + 1, i - 24), i)) && /^\s*$/u.test(text.slice(paraStart, open))) {
      const partner = text.indexOf('"', i + 1);
      const next = partner > i ? text.indexOf('"', partner + 1) : -1;
      if (partner > i && partner < paraEnd && /^\s*[.:]?\s*$/u.test(text.slice(partner + 1, paraEnd)) && /\p{L}/u.test(text.slice(i + 1, partner)) && next > paraEnd && next < end && quoteSide(text, next) === 'close' && !TITLE_AMENDED.test(text.slice(Math.max(open + 1, paraStart), paraEnd))) {
        i = partner;
        continue;
      }
    }
    // Inner quotes of a padded quote are tight: `" … le terme "cell-saving" de … "`.
    if (open >= 0 && text[open + 1] === ' ') {
      // …but `" du cathéter "est remplacée` is a closing mark missing its space
      if (nested === 0 && /[\s(]/.test(text[i - 1] ?? ' ') && /[\p{L}\d]/u.test(text[i + 1] ?? '') && quoteSide(text, i) !== 'close') {
        nested++;
        continue;
      }
      if (nested > 0 && /[\p{L}\d).]/u.test(text[i - 1] ?? '') && !/[\p{L}\d]/u.test(text[i + 1] ?? '')) {
        nested--;
        continue;
      }
    }
    // `rubrique "Colles tissulaires, … anti-adhésifs :" les mots "…"`: in a tight quote, a mark glued to a colon and
    // followed by a space closes it (the colon ends the quoted title; `comme suit :"…` opens, glued to its text)
    // (and, in a padded quote opened in this paragraph, a mark after its colon and a space: `rubrique « Colles tissulaires,
    // … anti-adhésifs : » les mots « … »`, as the Moniteur prints it; one printed as a closing mark, `»` or `”`, or a
    // straight one that amending words follow; not an opening one, `on entend par : « la prestation de base »`)
    const side =
      open >= 0 && nested === 0 && ((text[open + 1] !== ' ' && text[i - 1] === ':' && /\s/u.test(text[i + 1] ?? ' ')) || (text[open + 1] === ' ' && open >= paraStart && text[i - 1] === ' ' && text[i - 2] === ':' && closesTitle(nt, i)))
        ? 'close'
        : quoteSide(text, i);
    if (open >= 0 && nested < 0) {
      // closing mark of a padded nested quote
      nested = 0;
      continue;
    }
    if (open < 0) {
      const next = text.indexOf('"', i + 1);
      // a closing mark is stray when no mark follows in its paragraph, or the next one clearly opens
      if (side === 'close' && (next < 0 || next >= paraEnd || quoteSide(text, next) === 'open')) {
        if (loose && loose.end > paraStart && marks.count(loose.end, i) === 0) {
          loose.end = i + 1;
          loose.innerEnd = i;
          loose = null;
          continue;
        }
        out.push({ start: i, end: i + 1, innerStart: i, innerEnd: i, closed: false, article, stray: true });
        continue;
      }
      open = i;
      loose = null;
    } else if (side === 'open' && paraStart > open && /^[ \t]*$/u.test(text.slice(paraStart, i))) {
      // a paragraph (or an indented fixed-width line) opening with a mark starts a new quote
      closeUnclosed(i - 1);
      nested = 0;
      open = i;
    } else if (side === 'open' && paraStart > open && isAmendingPoint(text.slice(paraStart, i))) {
      closeUnclosed(paraStart - 1);
      nested = 0;
      open = i;
    } else if (paraStart > open && i > paraStart && innerPairs(text, marks, paraStart, i, paraEnd)) {
      // `… scindé en " honoraire " et en " frais " .` inside a block quote: skip its inner pairs
      i = text.lastIndexOf('"', paraEnd - 1);
    } else if (open >= paraStart && /^[ \t]*$/u.test(text.slice(paraStart, open)) && /\p{L}/u.test(text.slice(text.lastIndexOf('"', paraEnd - 1) + 1, paraEnd)) && innerPairs(text, marks, open + 1, i, paraEnd)) {
      // (the same in the paragraph a block quote opens, which it does not close, its words going on after the pair: `" §
      // 14bis. 1. … sauf la prestation " rapport écrit ", qui …` then more paragraphs of the quote; not `" Chaussure …
      // correspondant à la prestation " 644512-644523 ";`, whose last mark closes it)
      i = text.lastIndexOf('"', paraEnd - 1);
    } else if (side === 'open' && nested === 0 && MISSING_CLOSE.test(text.slice(Math.max(open + 1, i - MISSING_CLOSE_REACH), i))) {
      // `la disposition " (Règle 37,322), est remplacée par la disposition " (…) "`: the first quote lost its closing mark
      // (the amending words end at the mark: only the text just before it is read, not the whole quote for each mark)
      const from = Math.max(open + 1, i - MISSING_CLOSE_REACH);
      const m = MISSING_CLOSE.exec(text.slice(from, i))!;
      closeUnclosed(from + m.index);
      nested = 0;
      open = i;
    } else if (side === 'open' && nested === 0 && nestedFits(text, marks, i, paraEnd, end)) {
      nested = -1;
    } else {
      const q: Quote = { start: open, end: i + 1, innerStart: open + 1, innerEnd: i, closed: true, article };
      out.push(q);
      loose = side === 'either' ? q : null;
      open = -1;
      nested = 0;
    }
  }
  if (open >= 0) closeUnclosed(end);
  return out;
}

/**
 * Room for a nested quote opening at `i`: its closing mark and the outer
 * one follow in the paragraph, or one follows and the outer quote runs on
 * into a next paragraph that is not a new point of the amending text.
 */
function nestedFits(text: string, marks: MarkIndex, i: number, paraEnd: number, end: number): boolean {
  const inPara = marks.count(i + 1, paraEnd);
  if (inPara >= 2) return true;
  if (inPara !== 1 || paraEnd >= end) return false;
  const nextEnd = text.indexOf('\n', paraEnd + 1);
  const nextPara = text.slice(paraEnd + 1, nextEnd < 0 ? end : Math.min(nextEnd, end));
  return marks.count(paraEnd, end) >= 1 && !isAmendingPoint(nextPara.slice(0, 60)) && !/^(?:Art|"|\d{1,2}[.°]|[a-z]\))/u.test(nextPara);
}

/** The positions of the text's marks, counted in a range by binary search: counting by scanning, for each mark, made a
 * paragraph of many marks quadratic (40,000 marks on 60,000-character lines: 2.8 s). */
class MarkIndex {
  private readonly at: number[] = [];
  constructor(text: string) {
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) this.at.push(i);
  }
  /** How many marks stand in [from, to). */
  count(from: number, to: number): number {
    return to <= from ? 0 : this.firstAtOrAfter(to) - this.firstAtOrAfter(from);
  }
  private firstAtOrAfter(x: number): number {
    let [lo, hi] = [0, this.at.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * A later paragraph of an open quote whose marks all pair up inside it: it
 * quotes words, it does not close the quote. Not when its last mark opens a
 * new block (`… est remplacé par ce qui suit : "`).
 */
function innerPairs(text: string, marks: MarkIndex, paraStart: number, first: number, paraEnd: number): boolean {
  if (marks.count(paraStart, first) > 0) return false;
  const n = marks.count(first, paraEnd);
  if (n % 2 !== 0) return false;
  // `… par bénéficiaire; " est remplacé par les mots " Séance …`: a close and an open around amending words, not an inner pair
  const second = text.indexOf('"', first + 1);
  if (second > 0 && AMENDING_VERB.test(text.slice(first + 1, second))) return false;
  const last = text.lastIndexOf('"', paraEnd - 1);
  return !/(?::|suit|suivante?s?)\s*$/u.test(text.slice(Math.max(paraStart, last - 20), last));
}

/**
 * Where an unclosed quote really ends: before the first later paragraph that
 * is amending text again (`C. dans la rubrique …`, `la prestation suivante
 * est insérée …`), else at `at`.
 */
function amendingTextAfter(text: string, open: number, at: number): number {
  let p = text.indexOf('\n', open);
  while (p >= 0 && p < at) {
    const next = text.indexOf('\n', p + 1);
    const para = text.slice(p + 1, next < 0 || next > at ? at : next);
    if (!para.includes('"') && (isAmendingPoint(para) || /^[A-Z]\.\s+(?:dans|au|aux|à|le|la|les|l')(?![\p{L}])/u.test(para) || AMENDING_VERB.test(para))) return p;
    p = next;
  }
  return at;
}

/** What follows a quoted title's closing mark in amending text: `les mots`, `le libellé`, `est remplacé` … */
const AMENDING_WORDS_AFTER = /^\s+(?:les?\s+mots?|les?\s+termes?|les?\s+chiffres?|la\s+valeur|la\s+mention|le\s+nombre|le\s+titre|l'alinéa|la\s+phrase|le\s+texte|la\s+disposition|les?\s+libellés?|l'intitulé|la\s+prestation|les\s+prestations|est\s|sont\s)/u;

/** A mark after a quoted title's colon that closes it: printed as a closing mark, or straight with amending words after it. */
function closesTitle(nt: NormalizedText, i: number): boolean {
  const style = closingGlyph(nt, i);
  return style === 'close' || (style === 'straight' && AMENDING_WORDS_AFTER.test(nt.text.slice(i + 1, i + 40)));
}

/** Amending text right before an opening mark, inside what would be a quote: the quote was never closed. */

// (its words are a short run: `, est remplacée par la disposition suivante :`)
const MISSING_CLOSE_REACH = 400;
const MISSING_CLOSE =
  /[\s,;]*(?<![\p{L}])(?:est|sont)\s+(?:remplacée?s?|insérée?s?|ajoutée?s?|complétée?s?)\s+(?:par\s+)?(?:la|les|le|l')\s*(?:disposition|mots?|termes?|phrase|texte|chiffres?|nombres?|intitulés?(?:\s+et\s+(?:la|les)\s+prestations?)?|prestations?)s?(?:\s+suivante?s?)?\s*:?\s*$/u;
const AMENDING_VERB = /(?<!\p{L})(?:est|sont)\s+(?:insérée?s?|remplacée?s?|supprimée?s?|ajoutée?s?|introduite?s?|abrogée?s?)(?!\p{L})/u;

/** `14. dans le libellé … les mots ` before a mark: a point of the amending text, not quoted text. */
function isAmendingPoint(head: string): boolean {
  return !head.includes('"') && /^(?:\d{1,2}\.|\d{1,2}°|[a-z]\)|-)\s*(?:dans|au|aux|à|a|le|la|les|l'|entre|après|avant|il est)(?![\p{L}])/iu.test(head);
}

const CLOSER_FOLLOWS = /^\s*(?:$|\n|[.;,)\]:]|(?:sont|est|soit|seront|sera|figurant|prévue?s?|visée?s?)(?![\p{L}\d_]))/u;
const OPENER_PRECEDES = /(?:^|\n|[:(]|\b(?:mots?|termes?|dispositions?|titres?|intitulés?|libellés?|[Pp]ar|phrases?|alinéas?|suivante?s?|rédigée?s?))\s*$/u;

function quoteSide(text: string, i: number): 'open' | 'close' | 'either' {
  const after = text.slice(i + 1, i + 24);
  const before = text.slice(Math.max(0, i - 24), i);
  const closer = CLOSER_FOLLOWS.test(after);
  const opener = OPENER_PRECEDES.test(before);
  if (closer && !opener) return 'close';
  if (opener && !closer) return 'open';
  return 'either';
}
