/**
 * Does the PDF route read what the markdown route reads? Each corpus decree
 * is rendered to a bilingual Moniteur PDF (scripts/pdf-fixtures), then both
 * the markdown and the PDF run through the full pipeline and their facts are
 * compared per field: codes, pairs, prestations with values, amendments,
 * entry-into-force date; and, apart, the rules read (type and codes).
 * Agreement = 2·common / (markdown + pdf) facts.
 *
 *   npx tsx scripts/pdf-agreement.ts [--limit N] [--verbose | --all] [--only NUMAC] [--engine E]
 *
 * --engine moniteur (default: our own PDF writer, scripts/pdf-fixtures/moniteur.ts),
 * chromium (the same decree typeset by Chromium, French | Dutch side by side) or
 * chromium-columns (French only, two newspaper columns) or chromium-single (French only,
 * one column): scripts/pdf-fixtures/chromium.ts; libreoffice (French, one column) or
 * libreoffice-bilingual (French | Dutch in a table), typeset by LibreOffice Writer:
 * scripts/pdf-fixtures/libreoffice.ts.
 *
 * --via pdftotext | pdftotext-layout: the PDF is not read by nomen's PDF route but turned into
 * text by poppler's `pdftotext` (reading order, or -layout), and that text goes through the route
 * of text extracted from a PDF: how nomen reads what another extractor made of another engine's PDF.
 *
 * --all lists every differing fact (--verbose the first 15 per side); --only keeps the decrees whose name contains NUMAC.
 *
 * A PDF has no front matter: the publication date comes from the running
 * header (`layout.published`), which extractMeta reads.
 */
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeSourceFile } from '../src/source/decode.js';
import { ingestPdf } from '../src/source/pdf/index.js';
import { parseIngested, parseSource } from '../src/pipeline/parse.js';
import type { NomenclatureDocument } from '../src/schema/document.js';
import { moniteurPdf } from './pdf-fixtures/moniteur.js';
import { chromiumPdf, closeChromium } from './pdf-fixtures/chromium.js';
import { libreofficePdf, libreofficePdfs } from './pdf-fixtures/libreoffice.js';

export type Engine = 'moniteur' | 'chromium' | 'chromium-columns' | 'chromium-single' | 'libreoffice' | 'libreoffice-bilingual';
export const ENGINES: readonly Engine[] = ['moniteur', 'chromium', 'chromium-columns', 'chromium-single', 'libreoffice', 'libreoffice-bilingual'];

export type Via = 'pdf' | 'pdftotext' | 'pdftotext-layout';
export const VIAS: readonly Via[] = ['pdf', 'pdftotext', 'pdftotext-layout'];

/** poppler's text of a PDF (UTF-8, read from stdin, written to stdout). */
async function pdftotext(pdf: Buffer, layout: boolean): Promise<Buffer> {
  const child = promisify(execFile)('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'], { encoding: 'buffer', maxBuffer: 1 << 28 });
  child.child.stdin!.end(pdf);
  return (await child).stdout;
}

function render(markdown: string, engine: Engine): Promise<Buffer> {
  if (engine === 'libreoffice') return libreofficePdf(markdown, 'single');
  if (engine === 'libreoffice-bilingual') return libreofficePdf(markdown, 'bilingual');
  if (engine === 'chromium') return chromiumPdf(markdown, 'bilingual');
  if (engine === 'chromium-columns') return chromiumPdf(markdown, 'columns');
  if (engine === 'chromium-single') return chromiumPdf(markdown, 'single');
  return moniteurPdf(markdown);
}

export const FIELDS = ['codes', 'pairs', 'prestations', 'amendments', 'entryIntoForce'] as const;
export type Field = (typeof FIELDS)[number];
/**
 * Also compared, apart from "all facts" (what the reading of the text gives): the rules read from it, each as its type and
 * code groups. They depend on where the reading puts sentences and quotes, so they are judged on floors of their own.
 */
export const RULES = 'rules';
export const REPORTED = [...FIELDS, RULES] as const;
export type Reported = (typeof REPORTED)[number];

export interface FieldScore {
  markdown: number;
  pdf: number;
  common: number;
  onlyMarkdown: string[];
  onlyPdf: string[];
}

export interface AgreementReport {
  files: number;
  fields: Record<Reported, FieldScore>;
  failures: { file: string; reason: string }[];
  /** decrees whose body is only Justel's withdrawal note: not rendered, not compared */
  withdrawn: string[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

/** The facts of one document, per field, as comparable strings (a multiset). */
export function facts(doc: NomenclatureDocument): Record<Reported, string[]> {
  const value = (v: NomenclatureDocument['prestations'][number]['value']) =>
    v ? v.terms.map((t) => `${t.letter ?? '?'}${t.coefficient}`).join('+') : '-';
  return {
    codes: doc.codes.map((c) => c.code),
    pairs: doc.codes.filter((c) => c.pairedWith && c.role === 'ambulatory').map((c) => `${c.code}-${c.pairedWith}`),
    prestations: doc.prestations.map((p) => `${p.codes.join('-')}=${value(p.value)}`),
    amendments: doc.amendments.map((a) => `${a.type}/${a.subject}/${a.target.article ?? '?'}/${a.codes.map((g) => g.join('-')).join(',')}`),
    entryIntoForce: [doc.document.entryIntoForce.date ?? 'none'],
    rules: doc.rules.map((r) => `${r.type}/${r.codes.map((g) => g.join('-')).sort().join(',')}`),
  };
}

function compare(a: string[], b: string[]): FieldScore {
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  let common = 0;
  const onlyPdf: string[] = [];
  for (const x of b) {
    const n = left.get(x) ?? 0;
    if (n > 0) {
      common++;
      left.set(x, n - 1);
    } else onlyPdf.push(x);
  }
  const onlyMarkdown = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { markdown: a.length, pdf: b.length, common, onlyMarkdown, onlyPdf };
}

export function ratio(s: FieldScore): number {
  return s.markdown + s.pdf === 0 ? 1 : (2 * s.common) / (s.markdown + s.pdf);
}

export async function compareFile(file: string, engine: Engine = 'moniteur', via: Via = 'pdf'): Promise<Record<Reported, FieldScore> | 'withdrawn'> {
  const md = await readFile(file);
  const fromMarkdown = parseSource(makeSourceFile(file, md));
  // a withdrawn decree's body is only Justel's note: the Moniteur never printed that page, there is nothing to compare
  if (fromMarkdown.document.status) return 'withdrawn';
  const pdfPath = file.replace(/\.md$/, '.pdf');
  const pdf = await render(md.toString('utf8'), engine);
  // no front matter: extractMeta reads the publication date from the running header
  const fromPdf =
    via === 'pdf'
      ? parseIngested(await ingestPdf(makeSourceFile(pdfPath, pdf)))
      : parseSource(makeSourceFile(file.replace(/\.md$/, '.txt'), await pdftotext(pdf, via === 'pdftotext-layout')));
  const a = facts(fromMarkdown);
  const b = facts(fromPdf);
  return Object.fromEntries(REPORTED.map((f) => [f, compare(a[f], b[f])])) as Record<Reported, FieldScore>;
}

export async function runAgreement(files: string[], engine: Engine = 'moniteur', via: Via = 'pdf'): Promise<AgreementReport> {
  const fields = Object.fromEntries(REPORTED.map((f): [Reported, FieldScore] => [f, { markdown: 0, pdf: 0, common: 0, onlyMarkdown: [], onlyPdf: [] }])) as Record<Reported, FieldScore>;
  const failures: AgreementReport['failures'] = [];
  const withdrawn: string[] = [];
  // soffice takes a second to start: convert the whole batch in one run
  if (engine.startsWith('libreoffice')) {
    const markdowns = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    await libreofficePdfs(markdowns, engine === 'libreoffice' ? 'single' : 'bilingual');
  }
  for (const file of files) {
    try {
      const r = await compareFile(file, engine, via);
      if (r === 'withdrawn') {
        withdrawn.push(file);
        continue;
      }
      for (const f of REPORTED) {
        const s = fields[f];
        s.markdown += r[f].markdown;
        s.pdf += r[f].pdf;
        s.common += r[f].common;
        const tag = path.basename(file, '.md');
        s.onlyMarkdown.push(...r[f].onlyMarkdown.map((x) => `${tag}: ${x}`));
        s.onlyPdf.push(...r[f].onlyPdf.map((x) => `${tag}: ${x}`));
      }
    } catch (e) {
      failures.push({ file, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { files: files.length - withdrawn.length, fields, failures, withdrawn };
}

export async function corpusFiles(limit: number): Promise<string[]> {
  const all = (await readdir(corpusDir)).filter((f) => f.endsWith('.md')).sort();
  // spread the sample over the years rather than taking the oldest decrees
  const step = Math.max(1, all.length / limit);
  const out: string[] = [];
  for (let i = 0; out.length < Math.min(limit, all.length); i++) out.push(path.join(corpusDir, all[Math.floor(i * step)]));
  return out;
}

/** Agreement over all facts of all fields: 2·common / (markdown + pdf). */
export function overallAgreement(r: AgreementReport): number {
  let common = 0;
  let total = 0;
  for (const f of FIELDS) {
    common += 2 * r.fields[f].common;
    total += r.fields[f].markdown + r.fields[f].pdf;
  }
  return total ? common / total : 1;
}

export function formatReport(r: AgreementReport, verbose = false, shown = 15): string[] {
  const lines = [`PDF vs markdown agreement on ${r.files} corpus decrees${r.failures.length ? ` (${r.failures.length} failed)` : ''}`];
  for (const f of REPORTED) {
    const s = r.fields[f];
    if (f === RULES) lines.push(`  ${'all facts'.padEnd(15)} ${(100 * overallAgreement(r)).toFixed(2).padStart(6)}%  (${FIELDS.join(', ')})`);
    lines.push(`  ${f.padEnd(15)} ${(100 * ratio(s)).toFixed(2).padStart(6)}%  markdown ${s.markdown}, pdf ${s.pdf}, common ${s.common}`);
    if (verbose) {
      for (const x of s.onlyMarkdown.slice(0, shown)) lines.push(`      only markdown  ${x}`);
      for (const x of s.onlyPdf.slice(0, shown)) lines.push(`      only pdf       ${x}`);
    }
  }
  for (const f of r.failures) lines.push(`  failed: ${f.file}: ${f.reason}`);
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: 'string', default: '25' }, verbose: { type: 'boolean', short: 'v' }, all: { type: 'boolean' }, only: { type: 'string' }, engine: { type: 'string', default: 'moniteur' }, via: { type: 'string', default: 'pdf' } } });
  const engine = values.engine as Engine;
  if (!ENGINES.includes(engine)) throw new Error(`--engine takes ${ENGINES.join(', ')}`);
  const via = values.via as Via;
  if (!VIAS.includes(via)) throw new Error(`--via takes ${VIAS.join(', ')}`);
  let files = await corpusFiles(Number(values.limit));
  if (values.only) files = files.filter((f) => f.includes(values.only!));
  const report = await runAgreement(files, engine, via).finally(closeChromium);
  process.stdout.write(`engine: ${engine}${via === 'pdf' ? '' : `, read via ${via}`}\n`);
  process.stdout.write(formatReport(report, values.verbose || values.all, values.all ? Infinity : 15).join('\n') + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
