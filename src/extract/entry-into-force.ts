import type { EntryIntoForce } from '../schema/document.js';
import { provenance, type DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { work } from '../work.js';
import { addDays, firstDayOfMonthAfter, frenchDate, frenchOrdinal, frontMatterDates, frontMatterText } from './french-dates.js';
import { ownText } from './own-text.js';

type Basis = EntryIntoForce['basis'];

/** The verbs a decree uses to say when it (or part of it) takes effect. */
const IN_FORCE_RE =
  /(?<!\w)(?:entre(?:nt|ra|ront)?\s+en\s+vigueur|produi(?:t|sent|ra|ront)\s+(?:(?:néanmoins|toutefois|cependant|également)\s+)?(?:ses|leurs)\s+effets|sort(?:ent|ira)?\s+(?:ses|leurs)\s+effets|(?:est|sont)\s+applicables?\s+(?:à\s+partir\s+du|dès\s+le|au))/giu;

/** `Le présent arrêté`, `Cet arrêté`, `La présente convention`, `Il` … */
const WHOLE_TEXT_RE = /(?<!\w)(?:(?:le|la)\s+présente?|cet(?:te)?)\s+(?:arrêté|convention|loi|avenant|règlement|décret)(?!\p{L})|^\s*(?:il|elle)\s*$/iu;
/** A part of the decree itself: `l'article 1er`, `les articles 2 et 3`, `les dispositions de l'article 3, A`. */
const PART_RE = /(?<!\w)articles?\s+\d/iu;
const EXCEPTION_LEAD_RE = /(?:à\s+l'exception|sauf|excepté|hormis)(?!\p{L})/iu;

interface When {
  date: string | null;
  basis: Basis;
  /** why the date is null although the wording was understood */
  pending?: string;
}

/**
 * When the decree (or convention) enters into force. Front matter `starts`
 * wins when it holds a date; the text's own clause is always read too, to
 * cross-check it and to find parts that enter into force on other dates.
 */
export function extractEntryIntoForce(doc: DocumentStructure, published: string | null, sink: DiagnosticSink): EntryIntoForce {
  const own = ownText(doc);
  const fm = doc.ingested.frontMatter;
  const rawStarts = fm?.starts;
  const fmDates = frontMatterDates(rawStarts);
  const hasStarts = frontMatterText(rawStarts).trim() !== '';
  if (hasStarts && fmDates.length === 0) {
    sink.report('warning', 'entry-into-force/front-matter-not-date', `front matter "starts" is not a date: ${JSON.stringify(frontMatterText(rawStarts))}; read from the text`);
  }
  if (fmDates.length > 1) {
    sink.report('info', 'entry-into-force/front-matter-several', `front matter "starts" lists several dates (${fmDates.join(', ')}); the first is the main one`);
  }

  let main: (When & { start: number; end: number }) | null = null;
  const exceptions: NonNullable<EntryIntoForce['exceptions']> = [];
  const exceptionSpans: { start: number; end: number }[] = [];
  for (const m of own.matchAll(IN_FORCE_RE)) {
    const at = m.index;
    const sStart = sentenceStart(own, at);
    const sEnd = sentenceEnd(own, at + m[0].length);
    const subject = own.slice(sStart, at);
    const when = readWhen(own.slice(at + m[0].length, sEnd), published);
    const leadIdx = subject.search(EXCEPTION_LEAD_RE);
    if (leadIdx >= 0 && /(?<!\w)qui\s*$/iu.test(subject)) {
      // `… à l'exception des articles 2, 3 qui entrent en vigueur …`
      exceptions.push({ articles: partNames(subject.slice(leadIdx)), date: when.date, basis: when.basis, at: provenance(doc, sStart, sEnd) });
      exceptionSpans.push({ start: sStart, end: sEnd });
    } else if (WHOLE_TEXT_RE.test(subject.replace(/^[\s\d.]+/, '')) || (main === null && !PART_RE.test(subject) && /arrêté|convention/iu.test(subject))) {
      if (main === null) main = { ...when, start: sStart, end: sEnd };
      else if (main.date !== when.date) {
        sink.report('info', 'entry-into-force/several-clauses', `another entry-into-force clause gives ${when.date ?? 'no date'}`, { start: sStart, end: sEnd });
      }
    } else if (PART_RE.test(subject) && subject.length < 160) {
      exceptions.push({ articles: partNames(subject), date: when.date, basis: when.basis, at: provenance(doc, sStart, sEnd) });
      exceptionSpans.push({ start: sStart, end: sEnd });
    }
  }

  exceptions.forEach((e, i) => {
    sink.report('info', 'entry-into-force/part', `${e.articles} enters into force ${e.date ?? '(date not stated)'} (${e.basis})`, exceptionSpans[i]);
  });
  if (main?.pending) sink.report('warning', 'entry-into-force/pending', main.pending, main);

  const result = (date: string | null, basis: Basis, at: EntryIntoForce['at']): EntryIntoForce => ({
    date,
    basis,
    at,
    ...(exceptions.length ? { exceptions } : {}),
  });
  const mainAt = main ? provenance(doc, main.start, main.end) : null;
  if (fmDates.length > 0) {
    if (main && main.date && main.date !== fmDates[0]) {
      sink.report('warning', 'entry-into-force/mismatch', `front matter "starts" ${fmDates[0]} but the text gives ${main.date} (${main.basis})`, main);
    }
    return result(fmDates[0], 'front-matter', mainAt);
  }
  if (main) return result(main.date, main.date || main.basis !== 'unknown' ? main.basis : 'unknown', mainAt);
  sink.report('warning', 'entry-into-force/not-found', 'no entry-into-force clause in the text and no date in the front matter');
  return result(null, 'unknown', null);
}

/** Names of the parts in `à l'exception des articles 2, 3 et 10 qui` → `articles 2, 3 et 10`. */
function partNames(s: string): string {
  const i = s.search(/(?<!\w)articles?\b|(?<!\w)dispositions?\b|§/iu);
  return s
    .slice(i >= 0 ? i : 0)
    .replace(/\s*,?\s*(?<!\w)qui\s*$/iu, '')
    .replace(/^(?:toutefois|néanmoins|cependant)\s*,?\s*/iu, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+$/, '')
    .trim();
}

/** Reads the date phrase right after the verb. */
export function readWhen(after: string, published: string | null): When {
  const s = after.replace(/\s+/g, ' ').replace(/^\s*(?:néanmoins|toutefois|cependant)\s*/iu, '');
  // a date: `le 1er novembre 2024`, `au 1er octobre 2014`, `à partir du 1 janvier 2003`
  const lead = /^\s*(?:le|au|à partir du|dès le|à la date du|à compter du)?\s*/iu.exec(s)![0].length;
  const d = frenchDate(s.slice(lead, lead + 40));
  if (d && d.index === 0) return { date: d.iso, basis: 'date-in-text' };
  // `le premier jour du (deuxième) mois qui suit celui … publi…`
  const f = /^\s*(?:le|au)\s+(?:premier|1er)\s+jour\s+du\s+(?:(\S+)\s+)?mois\s+(?:qui\s+suit|suivant)\s+(.{0,120})/iu.exec(s);
  if (f && /publi/iu.test(f[2])) {
    const n = f[1] ? frenchOrdinal(f[1]) : 1;
    if (n === null) return { date: null, basis: 'unknown', pending: `unknown ordinal "${f[1]}" in the entry-into-force formula` };
    if (!published) return { date: null, basis: 'formula', pending: 'entry into force follows publication, but the publication date is unknown' };
    return { date: firstDayOfMonthAfter(published, n), basis: 'formula' };
  }
  // `le dixième jour qui suit (celui de) sa publication`
  const j = /^\s*(?:le|au)\s+(\S+)\s+jour\s+(?:qui\s+suit|suivant)\s+(.{0,80})/iu.exec(s);
  if (j && /publi/iu.test(j[2])) {
    const n = frenchOrdinal(j[1]);
    if (n === null) return { date: null, basis: 'unknown', pending: `unknown ordinal "${j[1]}" in the entry-into-force formula` };
    if (!published) return { date: null, basis: 'formula', pending: 'entry into force follows publication, but the publication date is unknown' };
    return { date: addDays(published, n), basis: 'formula' };
  }
  if (/^\s*(?:le\s+jour\s+de|dès|à\s+la\s+date\s+de)\s+(?:sa|la|leur)\s+publication/iu.test(s)) {
    if (!published) return { date: null, basis: 'publication', pending: 'enters into force on publication, but the publication date is unknown' };
    return { date: published, basis: 'publication' };
  }
  return { date: null, basis: 'unknown', pending: `entry-into-force date not understood: "${s.slice(0, 80).trim()}"` };
}

/** Start of the sentence holding `i`: after `.`+space, `;`, or a paragraph break. */
/**
 * Sentences are looked for within this many characters of the clause: a
 * text of thousands of `… le 1er janvier 2024.` (a date's full stop does not
 * end a sentence here) made every clause scan back to the start.
 */
const MAX_SENTENCE = 2000;

function sentenceStart(text: string, i: number): number {
  const floor = Math.max(0, i - MAX_SENTENCE);
  for (let k = i - 1; k >= floor; k--) {
    work.steps++;
    const c = text[k];
    if (c === '\n' || c === ';') return k + 1;
    if (c === '.' && /\s/.test(text[k + 1] ?? '') && /[a-zà-ÿ)]{2}\.$/iu.test(text.slice(Math.max(0, k - 3), k + 1)) && !/(?<!\w)(?:art|cf|al|p|n|M\.B)\.$/iu.test(text.slice(Math.max(0, k - 5), k + 1))) return k + 1;
  }
  return floor;
}

function sentenceEnd(text: string, i: number): number {
  const re = /\.(?=\s|$)|\n/g;
  re.lastIndex = i;
  // (looked for within MAX_SENTENCE characters, and a character more for the lookahead after a full stop: a text with
  // no full stop nor line break after its clauses made each of them scan to the end of the text)
  const within = text.length > i + MAX_SENTENCE + 2 ? text.slice(0, i + MAX_SENTENCE + 2) : text;
  for (let m = re.exec(within); m; m = re.exec(within)) {
    work.steps += m.index - i;
    if (m.index > i + MAX_SENTENCE) return i + MAX_SENTENCE;
    if (m[0] === '\n') return m.index;
    if (!/(?<!\w)(?:art|n|p|M\.B|al|cf)\.$/iu.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) return m.index + 1;
  }
  return within === text ? text.length : i + MAX_SENTENCE;
}
