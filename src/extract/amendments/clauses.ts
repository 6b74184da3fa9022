import type { DocumentStructure, Quote } from '../../structure/types.js';
import { QUOTE_FILL } from '../own-text.js';
import { paragraphAt } from '../../structure/provenance.js';
import { execAll } from '../../text/exec-all.js';

export type AmendmentType = 'insertion' | 'substitution' | 'repeal' | 'gap';

/**
 * The amending verbs, passive as the decrees write them: `est remplacé`,
 * `sont insérées`, `est portée à`, `sont chaque fois remplacés`, `est
 * rétabli`, and as an order, `doit être remplacé par` (2003022342) — only
 * with the four verbs that amend and nothing else (`la demande doit être
 * introduite auprès du médecin-conseil` prescribes, it does not amend).
 * `modifié`/`rédigé` count only with `comme suit` / `en` (`modifié par
 * l'arrêté royal du …` is history, not a change).
 */
const VERB_RE =
  /(?<!\w)(?:est|sont|sera|seront)\s+(?:(?:également|respectivement|(?:à\s+)?chaque\s+fois|ainsi|dès\s+lors|de\s+nouveau|in\s+fine)\s+)?(remplac|insér|introdui|ajout|supprim|abrog|adapt|complét|port|rétabli|inscri|modifi|rédig|fix|rapport|retir)(?:ée?s?|te?s?|e?s?)(?=[\s,.;:]|$)|(?<!\w)il\s+y\s+a\s+lieu\s+d[e']\s*(remplac|insér|ajout|supprim)er\b|(?<!\w)et\s+(ajout|insér|remplac|supprim|introdui)(?:ée?s?|é|te?s?)(?=\s)|(?<!\w)(?:doit|doivent)\s+être\s+(remplac|insér|supprim|abrog)(?:ée?s?)(?=[\s,.;:]|$)/giu;

/** Every VERB_RE alternative holds one of these stems (same flags): a text without any has no amending verb. */
const VERB_HINT = /remplac|insér|introdui|ajout|supprim|abrog|adapt|complét|port|rétabli|inscri|modifi|rédig|fix|rapport|retir/iu;

const TYPE_OF: Record<string, AmendmentType> = {
  remplac: 'substitution',
  adapt: 'substitution',
  port: 'substitution',
  modifi: 'substitution',
  fix: 'substitution',
  rédig: 'substitution',
  insér: 'insertion',
  introdui: 'insertion',
  ajout: 'insertion',
  complét: 'insertion',
  rétabli: 'insertion',
  inscri: 'insertion',
  supprim: 'repeal',
  abrog: 'repeal',
  // `L'arrêté royal du … est rapporté / retiré`: a decree withdrawn (test/gold/README.md: repeal/provision)
  rapport: 'repeal',
  retir: 'repeal',
};

/** `(Modification non reprise pour des raisons techniques, voir M.B. …)`, `(Image non reprise …)`. */
export const GAP_RE = /\(\s*(?:Modifications?|Images?|Tableaux?|Textes?|Annexes?|Dispositions?|Listes?)\s+non\s+reprise?s?\b[^)]*\)?/giu;

/** One amending sentence (or the part of one that a single verb governs). */
export interface Clause {
  type: AmendmentType;
  lemma: string;
  verbStart: number;
  verbEnd: number;
  /** normalised offsets of the clause in the decree's own text (payload quotes excluded). */
  start: number;
  end: number;
  /** quotes that carry the clause's payload (after the verb) */
  payload: Quote[];
  /** quotes inside the clause before the verb (`les mots "…"`, `la valeur relative "K 25"`) */
  preQuotes: Quote[];
  /** end of the payload region (after the last payload paragraph) */
  regionEnd: number;
  /** `et` written for `est` before the verb (the official text's typo): reported, read as `est` */
  typo?: boolean;
  /** a gap note standing in the payload region */
  gap: { start: number; end: number } | null;
}

const isFill = (c: string) => c === QUOTE_FILL;
/** A run of quoted payload (built once, not per call; replace resets its lastIndex). */
const FILL_RUN = new RegExp(`${QUOTE_FILL}+`, 'g');

/** True when a paragraph's own text is only quoted payload, quote marks, punctuation or a gap note. */
function payloadOnly(own: string, start: number, end: number): boolean {
  const s = own.slice(start, end).replace(GAP_RE, '').replace(FILL_RUN, '');
  return /^[\s"'`«».,;:()*+-]*$/u.test(s);
}

/** The first non-blank character from `i` walking by `step`, before `limit`. */
function nonBlank(own: string, i: number, step: 1 | -1, limit: number): string {
  for (let k = i; step > 0 ? k < limit : k >= limit; k += step) if (!/\s/.test(own[k])) return own[k];
  return '';
}

function unitStart(own: string, from: number, floor: number): number {
  for (let k = from - 1; k >= floor; k--) {
    const c = own[k];
    // a line break inside quoted text (masked on both sides) does not end the sentence that quotes it
    if (c === '\n' && isFill(nonBlank(own, k - 1, -1, floor)) && isFill(nonBlank(own, k + 1, 1, from))) continue;
    if (c === '\n' || c === ';') return k + 1;
    if (c === '.' && /\s/.test(own[k + 1] ?? '') && /[\p{Ll}]{3}\.$|["')]\.$/u.test(own.slice(Math.max(0, k - 3), k + 1)) && /^\.\s+[\p{Lu}]/u.test(own.slice(k, k + 4))) {
      return k + 1;
    }
  }
  return floor;
}

function unitEnd(own: string, from: number, ceil: number): number {
  for (let k = from; k < ceil; k++) {
    const c = own[k];
    if (c === '\n' || c === ';') return k;
    if (c === '.' && /\s/.test(own[k + 1] ?? '') && /^\.\s+[\p{Lu}]/u.test(own.slice(k, k + 4)) && /[\p{Ll}]{3}\.$|["')]\.$/u.test(own.slice(Math.max(0, k - 3), k + 1))) return k + 1;
  }
  return ceil;
}

/** `typo`: `et` written for `est` (`la prestation suivante et introduite après …`). */
export type AmendingVerb = { start: number; end: number; lemma: string; elliptic: boolean; typo?: boolean };

/**
 * Answers for the document being read, by span: the lead paragraphs of a
 * point are asked again for each of its clauses (a quarter of this
 * function's work on the corpus). The answer is read, never changed.
 */
const verbMemo: { own: string | null; bySpan: Map<string, readonly AmendingVerb[]> } = { own: null, bySpan: new Map() };

/** The amending verbs of own text in [start, end), history (`modifié par l'arrêté royal du …`) left out. */
export function amendingVerbs(own: string, start: number, end: number): readonly AmendingVerb[] {
  if (verbMemo.own !== own) {
    verbMemo.own = own;
    verbMemo.bySpan.clear();
  }
  const key = `${start}:${end}`;
  let verbs = verbMemo.bySpan.get(key);
  if (!verbs) verbMemo.bySpan.set(key, (verbs = readVerbs(own, start, end)));
  return verbs;
}

/** An elliptic participle shares the verb just before it in the same sentence. */
function sharesVerb(own: string, v: AmendingVerb, before: AmendingVerb | undefined): boolean {
  return before !== undefined && !before.elliptic && !/[.;:]/u.test(own.slice(before.end, v.start)) && v.start - before.end < 300;
}

function readVerbs(own: string, start: number, end: number): AmendingVerb[] {
  const slice = own.slice(start, end);
  if (!VERB_HINT.test(slice)) return [];
  return (
    execAll(VERB_RE, slice)
      .map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, lemma: (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase(), elliptic: m[3] !== undefined }))
      .filter((v) => !isHistory(own, v))
      // `il est inséré le numéro "…" et ajouté la disposition suivante`: a participle sharing the verb before it in the sentence
      // (`la prestation suivante et introduite après …`, with no verb before: the official text's typo for `est`)
      .map((v, i, all) => (v.elliptic && !sharesVerb(own, v, all[i - 1]) && /(?<!\w)suivante?s?\s+$/iu.test(own.slice(Math.max(0, v.start - 30), v.start)) ? { ...v, elliptic: false, typo: true } : v))
      .filter((v, i, all) => !v.elliptic || sharesVerb(own, v, all[i - 1]))
  );
}

/** Amending clauses of the decree articles, in text order. */
export function findClauses(doc: DocumentStructure, own: string): Clause[] {
  const out: Clause[] = [];
  const spans = doc.articles.length ? doc.articles.map((a) => ({ start: a.start, end: a.end })) : [{ start: 0, end: own.length }];
  const paragraphs = doc.ingested.paragraphs;
  for (const span of spans) {
    const verbs = amendingVerbs(own, span.start, span.end);
    let prevEnd = span.start;
    for (let i = 0; i < verbs.length; i++) {
      const v = verbs[i];
      const next = verbs[i + 1];
      let start = unitStart(own, v.start, Math.max(span.start, prevEnd));
      // no need to look past the next verb: the clause is cut before it anyway (keeps long paragraphs linear)
      let end = unitEnd(own, v.end, next ? Math.min(span.end, next.start + 1) : span.end);
      if (next && next.elliptic && next.start < end) {
        end = next.start; // `… le numéro "…" | et ajouté la disposition suivante`
      } else if (next && next.start < end) {
        // two verbs in one sentence: `… est ajoutée et la disposition "…" est supprimée`
        const between = own.slice(v.end, next.start);
        // cut before the second subject: `… et les numéros …`, `…, la disposition …`, not inside a code list
        const heads = execAll(/(?:\s+et|,)\s+(?=(?:les?|la|l'|un|une|il|dans|au|aux|à|après|avant|en\s+fin)\s)/giu, between);
        const cut = heads.length ? heads[heads.length - 1].index : Math.max(between.lastIndexOf(' et '), between.lastIndexOf(', '));
        end = cut >= 0 ? v.end + cut : v.end;
        while (end < next.start && isFill(own[end])) end++;
      }
      start = Math.max(start, prevEnd);
      // the payload may continue in the following paragraphs (`comme suit :` + quote)
      let regionEnd = end;
      const pIdx = paragraphAt(doc, end) ?? -1;
      if (pIdx >= 0 && (!next || next.start > paragraphs[pIdx].end) && payloadOnly(own, end, paragraphs[pIdx].end)) {
        regionEnd = paragraphs[pIdx].end;
        for (let k = pIdx + 1; k < paragraphs.length; k++) {
          const p = paragraphs[k];
          if (p.start >= span.end || !payloadOnly(own, p.start, p.end)) break;
          regionEnd = p.end;
        }
      }
      if (next && regionEnd > next.start) regionEnd = Math.max(end, Math.min(regionEnd, next.start));
      const payload = quotesFrom(doc.quotes, v.end, regionEnd).filter((q) => q.start >= v.end);
      const preQuotes = quotesFrom(doc.quotes, start, v.start).filter((q) => q.end <= v.start);
      GAP_RE.lastIndex = 0;
      const region = own.slice(v.end, regionEnd);
      const g = GAP_RE.exec(region);
      const gap = g ? { start: v.end + g.index, end: v.end + g.index + g[0].length } : null;
      const clauseEnd = Math.max(end, payload.length ? payload[payload.length - 1].end : end);
      out.push({ type: TYPE_OF[v.lemma], lemma: v.lemma, verbStart: v.start, verbEnd: v.end, start, end: Math.min(clauseEnd, regionEnd > end ? regionEnd : clauseEnd), payload, preQuotes, regionEnd, gap, ...(v.typo ? { typo: true } : {}) });
      prevEnd = end;
    }
  }
  return out;
}

/** The quotes (in text order) that start in [from, to), found by binary search. */
function quotesFrom(quotes: readonly Quote[], from: number, to: number): Quote[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Quote[] = [];
  for (let k = lo; k < quotes.length && quotes[k].start < to; k++) out.push(quotes[k]);
  return out;
}

/** `modifié par l'arrêté royal du …`, `remplacé par la loi du …`: history in an intro sentence. */
function isHistory(own: string, v: { start: number; end: number; lemma: string }): boolean {
  const after = own.slice(v.end, v.end + 60);
  // `une rubrique e) qui est rédigée comme suit`: a relative clause describing the payload
  if (/(?<!\w)qui\s*$/iu.test(own.slice(Math.max(0, v.start - 8), v.start))) return true;
  if (v.lemma === 'port' && /^\s*en\s+compte/iu.test(after)) return true;
  // `la valeur relative de la prestation X est fixée à N 300`: `fixé` amends only a value (a rule's `est fixé par le Comité` does not)
  // (`est fixée à K 120 au lieu de K 100 la valeur relative de …`: inverted, the value named after the verb)
  const valueNamed = /(?:valeurs?\s+relatives?|coefficient)[^.;:]*$/iu.test(own.slice(Math.max(0, v.start - 160), v.start)) || /^\s*à\s[^.;:"]{0,40}?\s(?:la|les)\s+valeurs?\s+relatives?(?!\p{L})/iu.test(after);
  if (v.lemma === 'fix' && !(/^\s*(?:à\s|comme\s+suit)/iu.test(after) && valueNamed)) return true;
  // (`l'AR` is a word: case-blind it would take `est remplacé par l'article 33 reproduit en annexe` for history; an article
  // of an act is history, `remplacé par l'article 5 de la loi du …`)
  if (/^\s*(?:par\s+(?:l'arrêté|les\s+arrêtés|la\s+loi|l'AR(?!\p{L})|l'article\s+[\w.]+(?:\s*,\s*§\s*\d+\w*)?\s+(?:de\s+la\s+loi|de\s+l'arrêté|de\s+l'AR(?!\p{L})))|en\s+dernier\s+lieu)/iu.test(after)) return true;
  if ((v.lemma === 'modifi' || v.lemma === 'rédig') && !/^\s*(?:comme\s+suit|de\s+la\s+manière\s+suivante|ainsi|en\b|:|par\s+(?:ce\s+qui\s+suit|les?\s+))/iu.test(after)) return true;
  return false;
}
