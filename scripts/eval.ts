/**
 * `npm run eval [-- --verbose] [--json] [--min 0.98] [--gold dir] [--only stem] [--docs dir]`
 * Runs the pipeline on every gold file's source and scores it per field,
 * micro-averaged over the gold set. Exit code 0 unless --min is given and a
 * field's F1 is below it (or the pipeline failed on a file).
 */
import { evaluateRules, formatRulesReport } from '../src/eval/rules.js';
import { evaluatePlaces, formatPlacesReport } from '../src/eval/places.js';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDocument } from '../src/eval/compare.js';
import { GoldFile } from '../src/eval/gold.js';
import { aggregate, belowThreshold, formatDetails, formatTable, type FileResult } from '../src/eval/report.js';
import type { NomenclatureDocument } from '../src/schema/document.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  verbose: boolean;
  json: boolean;
  min: number | null;
  goldDir: string;
  only: string | null;
  /** score documents already parsed (`<stem>.json` from `nomen parse --json`) instead of parsing. */
  docsDir: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { verbose: false, json: false, min: null, goldDir: path.join(repoRoot, 'test/gold'), only: null, docsDir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--json') o.json = true;
    else if (a === '--min') {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0 || v > 1) throw new Error('--min takes a number between 0 and 1');
      o.min = v;
    } else if (a === '--gold') o.goldDir = path.resolve(argv[++i] ?? '');
    else if (a === '--only') o.only = argv[++i] ?? null;
    else if (a === '--docs') o.docsDir = path.resolve(argv[++i] ?? '');
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

type ParseFile = (p: string) => Promise<NomenclatureDocument>;

async function loadParser(): Promise<ParseFile> {
  // Loaded at run time so the metric code builds before the pipeline exists.
  const modulePath: string = '../src/pipeline/parse.js';
  const mod = (await import(modulePath)) as { parseFile?: ParseFile };
  if (typeof mod.parseFile !== 'function') throw new Error('src/pipeline/parse.ts exports no parseFile');
  return mod.parseFile;
}

/** A document with no facts: what a failed parse contributes (all gold missed). */
function emptyDocument(): NomenclatureDocument {
  return {
    document: {
      id: 'failed',
      eli: null,
      kind: 'unknown',
      title: null,
      signed: null,
      published: null,
      entryIntoForce: { date: null, basis: 'unknown', at: null },
      source: { path: '', format: 'justel-markdown', sha256: '0'.repeat(64) },
    },
    codes: [],
    prestations: [],
    amendments: [],
    rules: [],
    indications: [],
    diagnostics: [],
  };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const parseFile = await loadParser();
  const names = (await readdir(opts.goldDir)).filter((n) => n.endsWith('.json')).sort();
  const results: FileResult[] = [];
  for (const name of names) {
    if (opts.only !== null && !name.startsWith(opts.only)) continue;
    const gold = GoldFile.parse(JSON.parse(await readFile(path.join(opts.goldDir, name), 'utf8')));
    const source = path.resolve(repoRoot, gold.source);
    const text = await readFile(source, 'utf8').catch(() => null);
    let doc: NomenclatureDocument;
    let error: string | undefined;
    try {
      doc = opts.docsDir === null
        ? await parseFile(source)
        : (JSON.parse(await readFile(path.join(opts.docsDir, `${path.basename(name, '.json')}.json`), 'utf8')) as NomenclatureDocument);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      doc = emptyDocument();
    }
    results.push({ gold: name, source: gold.source, fields: compareDocument(gold, doc, text), ...(error ? { error } : {}) });
  }
  const report = aggregate(results, opts.verbose || opts.json);
  // Rules and indications have their own gold (test/rules/gold): scored per rule type.
  const rules = opts.only === null ? evaluateRules(repoRoot) : null;
  // rules gold read blind (test/rules/gold-blind/*): each set's first score is in its SCORE-BLIND.txt; later runs are tuned figures
  // (and the decrees written blind, test/rules/gold-synthetic/round*: the same, on synthetic text)
  const setsIn = (root: string, label: string) =>
    opts.only === null && existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().map((set) => ({ set: `${label}${set}`, report: evaluateRules(repoRoot, path.join(root, set)) })) : [];
  const rulesBlind = [...setsIn(path.join(repoRoot, 'test/rules/gold-blind'), ''), ...setsIn(path.join(repoRoot, 'test/rules/gold-synthetic'), 'synthetic ')];
  // where each amendment applies, against a key written blind (test/gold-places): first score in its SCORE-BLIND.txt
  const places = opts.only === null ? evaluatePlaces(repoRoot) : null;
  if (opts.json) process.stdout.write(JSON.stringify(rules ? { ...report, rules, rulesBlind, places } : report, null, 2) + '\n');
  else {
    process.stdout.write(formatTable(report) + '\n');
    if (rules) process.stdout.write('\n' + formatRulesReport(rules) + '\n');
    for (const b of rulesBlind) process.stdout.write(`\nrules gold read blind, ${b.set} (first score in its SCORE-BLIND.txt; this run is not blind):\n` + formatRulesReport(b.report) + '\n');
    if (places) process.stdout.write('\n' + formatPlacesReport(places) + (opts.verbose ? '\n' + places.misses.map((m) => `  ${m}`).join('\n') : '') + '\n');
    if (opts.verbose) process.stdout.write('\n' + formatDetails(report) + '\n');
  }
  if (opts.min !== null) {
    const below = belowThreshold(report, opts.min);
    if (below.length > 0 || report.errors.length > 0) {
      process.stderr.write(`below ${opts.min}: ${below.map((f) => `${f.field} (F1 ${f.f1.toFixed(3)})`).join(', ') || 'none'}; pipeline errors: ${report.errors.length}\n`);
      process.exitCode = 1;
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
