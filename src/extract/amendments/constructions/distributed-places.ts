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
  summary: 'an operation in a lead whose verbless sub-items are its places → one amendment per place (per lead for dash lists, with every place)',
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
      // dash items: one operation over several places (target.paths), a quoted code being the words taken out
      from: '2002022694',
      text: '1. la prestation "426311" est supprimée :\n\n- au § 1er, 4°, I.B;\n\n- au § 2, 1er alinéa;\n\n- au § 4, 4°;',
      reads: ['repeal/words'],
      never: ['repeal/prestation', 'repeal/words 426311'],
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
  let k = paragraphs.findIndex((p) => p.start > c.end);
  if (k < 0) return null;
  const places: { start: number; end: number }[] = [];
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
  if (found.dashes) {
    // one operation over a list of places: one amendment whose target names every place
    const paths = found.places.map((p) => [...refineTarget(targetAt(doc, p.start), own.slice(p.start, p.end)).path]);
    const last = found.places[found.places.length - 1];
    return lead.map((a) => ({ ...a, target: { ...a.target, path: paths[0], paths }, at: provenance(doc, c.start, last.end) }));
  }
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
      const placed: Amendment = {
        ...a,
        target: {
          ...a.target,
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
