import { basename, extname } from 'node:path';
import type { DocumentMeta } from '../schema/document.js';
import type { DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { extractEntryIntoForce } from './entry-into-force.js';
import { frenchDate, frontMatterDate, frontMatterText } from './french-dates.js';
import { extractDecreeRepeals, extractStatus } from './withdrawal.js';

type Kind = DocumentMeta['kind'];

/**
 * The `document` block: identity (NUMAC or file stem, ELI), kind, title and
 * dates. Front matter is trusted when it holds what it claims; junk in a
 * date field is reported and the text is read instead.
 */
export function extractMeta(doc: DocumentStructure, sink: DiagnosticSink): DocumentMeta {
  const { ingested } = doc;
  const fm = ingested.frontMatter ?? {};
  const text = ingested.text.text;

  const numac = stringField(fm.number);
  const stem = basename(ingested.source.path, extname(ingested.source.path)) || ingested.source.path;
  const id = numac && /^\d{6,12}$/.test(numac) ? numac : stem;
  if (numac && id !== numac) sink.report('warning', 'meta/numac', `front matter "number" is not a NUMAC: ${JSON.stringify(numac)}; the file stem is the id`);

  // (a web address only: a `javascript:` or `file:` url would be a live link in the review site and in every reader's page)
  const url = stringField(fm.url);
  const eli = url !== null && /^https?:\/\/[^\s<>"']+$/i.test(url) ? url : null;
  if (url !== null && eli === null) sink.report('warning', 'meta/url', `front matter "url" is not an http(s) address: ${JSON.stringify(url.slice(0, 80))}; left out`);
  const title = stringField(fm['title-fr']) ?? titleFromText(doc);
  const kind = kindOf(title, text);

  const signed = dateField(fm, 'date', sink) ?? signatureDate(doc, sink);
  // A Moniteur PDF has no front matter: its running header gives the date.
  const published = dateField(fm, 'publication', sink) ?? doc.ingested.layout?.published ?? doc.ingested.published ?? null;
  const entryIntoForce = extractEntryIntoForce(doc, published, sink);
  if (doc.ingested.dutchLinesLeftOut) {
    sink.report('info', 'source/dutch-left-out', `bilingual text extracted from a PDF: the Dutch column's text of ${doc.ingested.dutchLinesLeftOut} lines was left out; the French text was read`);
  }

  const justelCase = stringField(fm.case);
  const status = extractStatus(doc, entryIntoForce.date);
  const repeals = extractDecreeRepeals(doc);
  return {
    id,
    eli,
    kind,
    title,
    signed,
    published,
    entryIntoForce,
    source: { path: ingested.source.path, format: ingested.format, sha256: ingested.source.sha256 },
    ...(justelCase ? { case: justelCase } : {}),
    ...(status ? { status } : {}),
    ...(repeals.length ? { repeals } : {}),
  };
}

function stringField(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/\s+/g, ' ');
  return s === '' ? null : s;
}

/** A front matter date; a filled field that is no date is reported, not trusted. */
function dateField(fm: Record<string, unknown>, key: string, sink: DiagnosticSink): string | null {
  const v = fm[key];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const iso = frontMatterDate(v);
  if (!iso) sink.report('warning', 'meta/date', `front matter "${key}" is not a date: ${JSON.stringify(frontMatterText(v))}`);
  return iso;
}

/** `Donné à Bruxelles, le 18 octobre 2002.` / `Fait à Bruxelles, le …` (the last one in the text). */
function signatureDate(doc: DocumentStructure, sink: DiagnosticSink): string | null {
  const text = doc.ingested.text.text;
  const re = /\b(?:Donné|Fait)\s+(?:en\s+\S+\s+exemplaires\s+)?à\s+[^,\n]{2,40},\s+le\s+([^\n.]{0,40})/gu;
  let found: { iso: string | null; start: number; end: number } | null = null;
  for (const m of text.matchAll(re)) {
    const d = frenchDate(m[1]);
    found = { iso: d?.iso ?? null, start: m.index, end: m.index + m[0].length };
  }
  if (found && !found.iso) sink.report('info', 'meta/signature-date', 'signature line holds no date', found);
  return found?.iso ?? null;
}

/** PDF text has no title field: the heading lines before the first sentence. */
function titleFromText(doc: DocumentStructure): string | null {
  const { paragraphs, text } = doc.ingested;
  const lines: string[] = [];
  for (const p of paragraphs.slice(0, 8)) {
    const s = text.text.slice(p.start, p.end).trim();
    if (!s) continue;
    const heading = s.length <= 120 && (s === s.toUpperCase() || /^(?:Article|ARTICLE|Art\.)\s+\d+\w*\s*[-–—]/u.test(s));
    if (!heading) break;
    lines.push(s);
    if (/^(?:Article|Art\.)\s/u.test(s)) break;
  }
  if (lines.length === 0) return null;
  // PDF heading lines can break a word with a hyphen (`TU-` / `MEURS`).
  return lines.reduce((acc, l) => (/\p{Lu}-$/u.test(acc) && /^\p{Lu}/u.test(l) ? acc.slice(0, -1) + l : `${acc} ${l}`)).replace(/\s+/g, ' ');
}

function kindOf(title: string | null, text: string): Kind {
  const head = `${title ?? ''}\n${text.slice(0, 600)}`;
  if (/^\s*Arr[êe]t[ée]\s+royal/iu.test(title ?? '')) return 'arrete-royal';
  if (/^\s*Arr[êe]t[ée]\s+minist[ée]riel/iu.test(title ?? '')) return 'arrete-ministeriel';
  if (/^\s*Loi\b/u.test(title ?? '')) return 'loi';
  if (/^\s*(?:CONVENTION|Convention)\b/u.test(head) || /\bCONVENTION\s+ENTRE\b/u.test(head)) return 'convention';
  if (/^\s*Arr[êe]t[ée]\s+royal/imu.test(head)) return 'arrete-royal';
  if (/^\s*Arr[êe]t[ée]\s+minist[ée]riel/imu.test(head)) return 'arrete-ministeriel';
  // a bare extract of the annex: `Article 34 – PRESTATIONS INTERVENTIONNELLES`
  if (/^\s*Article\s+\d+\w*\s*[-–—]\s*\p{Lu}/u.test(text.slice(0, 200))) return 'nomenclature-extract';
  return 'unknown';
}
