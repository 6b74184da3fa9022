import type { Amendment } from '../../../schema/document.js';
import type { DocumentStructure } from '../../../structure/types.js';
import { provenance } from '../../../structure/provenance.js';
import { refineTarget } from '../../../structure/targets.js';
import { targetAt } from '../../../structure/target-at.js';
import { amendingVerbs, type Clause } from '../clauses.js';
import { anchorsIn, WORD_ANCHOR_BEFORE } from '../context.js';
import { quoteText } from '../payload.js';
import { asLabelEdit, labelLocusInLeads } from './label-words.js';
import type { Construction } from './types.js';

/**
 * One operation stated in a lead, its places listed in sub-items that have no
 * verb of their own (`1. les mots "…" sont insérés : a) au § 1er, après les
 * mots "…" dans le libellé des prestations X et Y; b) … dans l'intitulé
 * précédant la prestation Z;`): the operation happens once per place. Each
 * place gives the lead's amendment with that place's locator; a place inside
 * a label makes it that label's change.
 */
export const distributedPlaces: Construction = {
  id: 'distributed-places',
  summary: 'an operation in a lead whose verbless sub-items are its places (lettered, numbered or dash items, also dash items on the lead\'s line) → one amendment per place',
  examples: [
    {
      from: '2009022096',
      text: '1. les mots " , en oncologie médicale " sont insérés :\n\na) au § 1er, après les mots " en rhumatologie " dans le libellé des prestations 598404 et 598146;\n\nb) au § 1er, après les mots " en psychiatrie " dans l\'intitulé précédant la prestation 598706;\n\n2. au § 3bis, les mots " ou en oncologie médicale " sont insérés après les mots " ou en pédiatrie " dans le libellé des prestations 590892 et 590973.',
      reads: ['substitution/label 598404,598146', 'insertion/words @598706', 'substitution/label 590892,590973'],
      never: ['insertion/words 598404'],
    },
    {
      // the same shape with a substitution, places given as paragraphs
      from: 'issue 9 (general form)',
      text: '1. les mots " 15 e " sont remplacés par les mots " 18 e " :\n\na) au § 2, dans le libellé de la prestation 371556-371560;\n\nb) au § 4, dans la règle d\'application qui suit la prestation 372514-372525.',
      reads: ['substitution/label 371556-371560', 'substitution/words @372514'],
    },
    {
      // dash items: the operation once per place (test/gold/README.md), a quoted code being the words taken out
      from: '2002022694',
      text: '1. la prestation "426311" est supprimée :\n\n- au § 1er, 4°, I.B;\n\n- au § 2, 1er alinéa;\n\n- au § 4, 4°;',
      reads: ['repeal/words', 'repeal/words', 'repeal/words'],
      never: ['repeal/prestation', 'repeal/words 426311'],
    },
    {
      // thirteenth synthetic blind round (AD 2003092408): the dash places on the lead's own line after its colon
      from: 'synthetic round 13, 2003092408',
      text: '1. le numéro de code "563920" est supprimé : - au § 1er, 5°, B; - au § 3, alinéa 2; - au § 8, 3°; - au § 12, 1°.\n\n2. la valeur relative de la prestation 288212 - 288223 est portée à N 250;',
      reads: ['repeal/words', 'repeal/words', 'repeal/words', 'repeal/words', 'substitution/relativeValue 288212-288223'],
      never: ['repeal/prestation'],
    },
  ],
};

/** `a) `, `1° `, `2. `, `3) `, `- `: the label that opens a sub-item, and its style. */
const ITEM = /^\s*(?:([a-z])\)|(\d{1,2})([°.)])|([-•–]))\s/u;
const styleOf = (m: RegExpExecArray) => (m[1] ? 'l' : m[4] ? 'dash' : `d${m[3]}`);
/** A sub-item that is only a place: `- au § 1er, 4°, I.B;`, `b) à l'alinéa 3`. */
const PLACE_ITEM = /^\s*(?:[a-z]\)|\d{1,2}[°.)]|[-•–])\s*(?:au|aux|à|a|dans|en)\s/iu;

export interface Places {
  places: { start: number; end: number }[];
  /** dash items: one operation in several places, not one per place */
  dashes: boolean;
  /** every item opens with a locative (`au § 2, 1er alinéa`) */
  locative: boolean;
}


/**
 * The sub-items after a lead clause that ends with a colon and has no payload
 * of its own, when none of them amends by itself; null when the sub-items
 * carry their own verbs (`Le § 2 est modifié comme suit : a) le mot … est
 * remplacé …`).
 */
export function verblessPlaces(doc: DocumentStructure, own: string, c: Clause): Places | null {
  const paragraphs = doc.ingested.paragraphs;
  const art = doc.articles.find((a) => c.verbStart >= a.start && c.verbStart < a.end);
  const limit = art ? art.end : own.length;
  const places: { start: number; end: number }[] = [];
  // dash items after the colon on the lead's own line (`est supprimé : - au § 1er, 5°, B; - au § 3, alinéa 2; …`)
  const inline = inlineDashPlaces(own, c.verbEnd);
  if (inline.length) return { places: inline, dashes: true, locative: true };
  let k = paragraphs.findIndex((p) => p.start > c.end);
  if (k < 0) return null;
  let style: string | null = null;
  for (; k < paragraphs.length && paragraphs[k].start < limit; k++) {
    const p = paragraphs[k];
    const m = ITEM.exec(own.slice(p.start, p.end));
    if (!m || (style !== null && styleOf(m) !== style)) break;
    // a sub-item that amends by itself is a clause, and so are its siblings
    if (amendingVerbs(own, p.start, p.end).length) return null;
    style = styleOf(m);
    places.push({ start: p.start, end: p.end });
  }
  if (places.length === 0) return null;
  return { places, dashes: style === 'dash', locative: places.every((p) => PLACE_ITEM.test(own.slice(p.start, p.end))) };
}

/** `- au § 1er, 5°, B; - au § 3, alinéa 2; - au § 8, 3°.` after a colon on one line: each dash item a place. */
const INLINE_DASH = /[-–•]\s*(?:au|aux|à|a|dans|en)\s[^;\n]*?(?=;\s*[-–•]\s|[;.]?\s*$|[;.]?\s*\n)/giu;

/** The verbless dash places that follow `:` at `at` up to the end of its line (none when anything else is there). */
export function inlineDashPlaces(own: string, at: number): { start: number; end: number }[] {
  const colon = /^[ \t]*:[ \t]*(?=[-–•]\s*(?:au|aux|à|a|dans|en)\s)/iu.exec(own.slice(at));
  if (!colon) return [];
  const from = at + colon[0].length;
  const nl = own.indexOf('\n', from);
  const lineEnd = nl < 0 ? own.length : nl;
  const line = own.slice(from, lineEnd);
  const places: { start: number; end: number }[] = [];
  let covered = 0;
  for (const m of line.matchAll(INLINE_DASH)) {
    if (line.slice(covered, m.index).replace(/[;\s]/gu, '') !== '') return [];
    if (amendingVerbs(own, from + m.index, from + m.index + m[0].length).length) return [];
    places.push({ start: from + m.index, end: from + m.index + m[0].length });
    covered = m.index + m[0].length;
  }
  return line.slice(covered).replace(/[;.\s]/gu, '') === '' ? places : [];
}

/**
 * `la prestation "426311" est supprimée : - au § 1er, 4°, I.B; - au § 2, 1er
 * alinéa;`: a code taken out of (put into) the lists of several places is a
 * list edit (words); a quoted code is the words changed, not the codes.
 */
export function asListEdit(doc: DocumentStructure, c: Clause, a: Amendment): Amendment {
  if (a.subject !== 'prestation') return a;
  const quoted = c.preQuotes.map((q) => quoteText(doc, q));
  const text = quoted.length === 0 ? null : quoted.length === 1 ? quoted[0] : quoted;
  return {
    ...a,
    subject: 'words',
    codes: quoted.length ? [] : a.codes,
    old: a.type === 'insertion' ? null : (text ?? a.codes),
    new: a.type === 'insertion' ? (text ?? a.codes) : null,
  };
}

/** The lead's amendments once per place, each with that place's locator. */
export function distribute(doc: DocumentStructure, own: string, c: Clause, lead: readonly Amendment[], found: Places): Amendment[] {
  const out: Amendment[] = [];
  // (dash items too, `le numéro "563920" est supprimé : - au § 1er, 5°, B; - au § 3, alinéa 2;`: the operation happens
  // once in each place, test/gold/README.md)
  for (const place of found.places) {
    const text = own.slice(place.start, place.end);
    const owners = labelLocusInLeads(own, [place]);
    const anchor = anchorsIn(own, place.start, place.end)[0] ?? null;
    const base = targetAt(doc, place.start);
    const refined = refineTarget(base, text);
    const wordPlace = doc.quotes.filter((q) => q.start >= place.start && q.end <= place.end && WORD_ANCHOR_BEFORE.test(own.slice(Math.max(place.start, q.start - 40), q.start)));
    const before = wordPlace.length > 0 && /(?:avant|devant)\s+\S+\s+\S+\s*$/iu.test(own.slice(Math.max(place.start, wordPlace[0].start - 40), wordPlace[0].start));
    const anchorText = wordPlace.length ? wordPlace.map((q) => quoteText(doc, q)).join(' … ') : undefined;
    for (const a of lead) {
      // (the lead's places are not this one's: `paths` goes with the lead)
      const { paths: _, ...leadTarget } = a.target;
      const placed: Amendment = {
        ...a,
        target: {
          ...leadTarget,
          article: refined.article,
          path: [...refined.path],
          anchor: anchor ? anchor.group.codes[0] : null,
          position: anchor ? anchor.position : anchorText ? (before ? 'before' : 'after') : a.target.position,
          ...(anchorText ? { anchorText } : {}),
        },
        at: provenance(doc, place.start, place.end),
      };
      out.push(owners ? asLabelEdit(placed, owners) : placed);
    }
  }
  return out;
}
