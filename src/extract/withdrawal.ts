import type { DecreeRepeal, DocumentStatus } from '../schema/document.js';
import { provenance } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { frenchDate, isoDate } from './french-dates.js';

/**
 * Justel replaces the body of a decree that was withdrawn or repealed by a
 * note: `(Rapporté) <AR yyyy-mm-dd/nn, art. 3, 003; En vigueur : dd-mm-yyyy>`,
 * `[Abrogé] <AR yyyy-mm-dd/nn, art. 1, 002; En vigueur : dd-mm-yyyy>`,
 * `[Retiré par] <AR yyyy-mm-dd/nn, art. 1, 002; En vigueur : dd-mm-yyyy>`.
 * `Rapporté` / `Retiré` mean withdrawn (as if never made when the date is the
 * decree's own entry into force); `Abrogé` means repealed from the date.
 */
const NOTE_RE =
  /^\W{0,3}(\(Rapporté\)|\[Rapporté\]|\[Abrogé\]|\(Abrogé\)|\[Retiré(?: par)?\]|\(Retiré(?: par)?\))\s*<\s*((AR|AM|L|Loi)\s+(\d{4}-\d{2}-\d{2}\/\d+)(?:\s*,\s*art\.?\s*([^,;>]+?))?)\s*(?:,\s*\d+)?\s*;\s*En vigueur\s*:\s*(\d{2})-(\d{2})-(\d{4})\s*>/u;

/** The status note, when the body of the document is one (first paragraph). */
export function extractStatus(doc: DocumentStructure, entryIntoForce: string | null): DocumentStatus | undefined {
  const { text, paragraphs } = doc.ingested;
  const first = paragraphs.find((p) => text.text.slice(p.start, p.end).trim() !== '');
  if (!first) return undefined;
  const s = text.text.slice(first.start, first.end);
  const m = NOTE_RE.exec(s);
  if (!m) return undefined;
  const note = m[1].replace(/[[\]()]/g, '');
  const date = isoDate(+m[8], +m[7], +m[6]);
  const lead = s.indexOf(m[1]);
  return {
    state: /Abrogé/u.test(note) ? 'repealed' : 'withdrawn',
    note,
    by: m[2].replace(/\s+/g, ' ').trim(),
    byCase: m[4],
    date,
    abInitio: date !== null && entryIntoForce !== null && date <= entryIntoForce,
    at: provenance(doc, first.start + lead, first.start + m.index + m[0].length),
  };
}

/**
 * `L'arrêté royal du 9 février 2011 modifiant l'article 2, A, de l'annexe …,
 * publié au Moniteur belge du 3 mars 2011, page 14648, est abrogé.`: this
 * decree repeals (or withdraws) an earlier decree as a whole. Its changes stop
 * from this decree's entry into force; the replay finds it by signature date.
 */
const REPEAL_RE =
  /\bL'arr[êe]t[ée]\s+(royal|ministériel)\s+du\s+(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})((?:(?!\.\s|\.$)[^])*?)\s*,?\s+(?:est|sont)\s+(abrogé|rapporté|retiré)s?(?!\p{L})/gu;

export function extractDecreeRepeals(doc: DocumentStructure): DecreeRepeal[] {
  const text = doc.ingested.text.text;
  const out: DecreeRepeal[] = [];
  const modifies = doc.ingested.frontMatter?.modifies;
  const named = typeof modifies === 'string' || typeof modifies === 'number' ? String(modifies).trim() : '';
  for (const a of doc.articles) {
    const body = text.slice(a.start, a.end);
    for (const m of body.matchAll(REPEAL_RE)) {
      // the decree must be the sentence's subject (`Article 1er. L'arrêté royal du …`), not a decree named
      // inside another sentence (`modifié en dernier lieu par l'arrêté royal du …, l'alinéa 2 … est abrogé`)
      const before = body.slice(0, m.index).trimEnd();
      if (before !== '' && !/[.:;]$/.test(before)) continue;
      if (/,\s+(?:l'|les?\s|la\s)(?:alinéa|article|point|paragraphe|§|phrase|mots?|prestations?|règles?)/u.test(m[3])) continue;
      const signed = frenchDate(m[2])?.iso ?? null;
      // the nomenclature decree itself is never repealed this way; a decree citing it is
      if (!signed || signed === '1984-09-14') continue;
      const rest = m[3];
      const pub = /publié\s+au\s+Moniteur\s+belge\s+du\s+([^,]+)/iu.exec(rest);
      const page = /(?<!\w)page\s+(\d+)/iu.exec(rest);
      const title = rest.replace(/,\s*publié\s+au\s+Moniteur[^]*$/iu, '').replace(/^\s*,?\s*/, '').trim();
      out.push({
        kind: m[1].toLowerCase() === 'royal' ? 'arrete-royal' : 'arrete-ministeriel',
        signed,
        title: title === '' ? null : title,
        published: pub ? (frenchDate(pub[1])?.iso ?? null) : null,
        page: page ? +page[1] : null,
        verb: m[4].toLowerCase() === 'abrogé' ? 'repealed' : 'withdrawn',
        id: /^\d{10}$/.test(named) ? named : null,
        at: provenance(doc, a.start + m.index, a.start + m.index + m[0].length),
      });
    }
  }
  return out;
}
