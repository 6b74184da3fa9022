import { parseCommandArgs, usageError } from '../cli/args.js';
import { formatJson } from '../output/write.js';
import { codeHistory, findGroup } from '../query/history.js';
import { loadReplayFindings, loadState } from '../query/state.js';
import { HistoryRow, type IndicationItem, type NomenclatureState } from '../schema/replay.js';
import type { Command } from './types.js';

const usage = `Usage: nomen history CODE [--out DIR] [--json]

Every version of one prestation, oldest first, from the replayed state of a
build (DIR/nomenclature.json, default out/): its status, relative value and
label with the period [from, to) each held, the document that set it and the
source sentence. CODE is one code (either of a pair) or a pair \`589676-589680\`.
Its rules and indications (each version with its source: decree, article,
line) and the replay's consistency findings about it (DIR/diagnostics.json)
follow.

Options:
  --out DIR   the build directory (default out)
  --json      print an array of {codes, label, value, from, to, knownSince, source,
              article, status, sentence, sourceAt: {article, line, column}}
  -h, --help  show this help

Exit status: 0 done, 1 no replayed state or unknown code, 2 bad command line.
`;

/** `2003022342 art. 1, line 57` */
function where(doc: string, at: { article: string | null; line: number } | null): string {
  if (!at) return doc;
  return `${doc}${at.article ? ` art. ${at.article}` : ''}, line ${at.line}`;
}

function indicationLines(items: IndicationItem[], indent: string): string[] {
  return items.flatMap((it) => [`${indent}${it.label ? `${it.label} ` : ''}${it.text.replace(/\s+/g, ' ')}`, ...indicationLines(it.items, indent + '  ')]);
}

export const command: Command = {
  name: 'history',
  summary: 'every version of one code, with its sources',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(command, argv, { out: { type: 'string', default: 'out' }, json: { type: 'boolean' } }, io);
    if (!args.ok) return args.exitCode;
    const code = args.positionals.join(' ');
    if (!/^\d{6}(?:\s*[-–]?\s*\d{6})?$/.test(code)) return usageError(command, 'give one CODE (6 digits) or a pair', io).exitCode;
    let state: NomenclatureState;
    try {
      state = await loadState(args.values.out!);
    } catch (e) {
      io.stderr(`nomen history: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const g = findGroup(state, code);
    if (!g) {
      io.stderr(`nomen history: ${code} is not in the replayed state\n`);
      return 1;
    }
    const rows = codeHistory(g).map((r) => HistoryRow.parse(r));
    if (args.values.json) {
      io.stdout(formatJson(rows));
      return 0;
    }
    io.stdout(`${g.codes.join(' - ')}${g.article ? ` (annex art. ${g.article})` : ''}: ${rows.length} versions, ${g.rules.length} rules, ${g.indications.length} indication sets\n`);
    if (rows.length === 0) io.stdout('  no status, label or value is known for it: only rules or indications name it\n');
    for (const r of rows) {
      const value = r.value?.text ?? '—';
      io.stdout(`\n[${r.from ?? '?'} → ${r.to ?? ''}) ${r.status}${r.knownSince ? ' (first seen here, earlier past unknown)' : ''}  ${value}  ${r.source}\n`);
      if (r.label) io.stdout(`  label: ${r.label}\n`);
      if (r.sentence) io.stdout(`  source: ${where(r.source, r.sourceAt)}: ${r.sentence.replace(/\s+/g, ' ')}\n`);
    }
    if (g.rules.length) {
      io.stdout(`\nrules (${g.rules.length}):\n`);
      for (const r of g.rules) {
        io.stdout(`  [${r.from ?? '?'} → ${r.to ?? ''}) ${r.value.type}: ${r.value.text.replace(/\s+/g, ' ')}\n`);
        io.stdout(`    source: ${where(r.source.document, r.source.at)}${r.closedBy ? `; closed by ${r.closedBy.document}` : ''}\n`);
      }
    }
    if (g.indications.length) {
      io.stdout(`\nindications (${g.indications.length} versions):\n`);
      for (const v of g.indications) {
        io.stdout(`  [${v.from ?? '?'} → ${v.to ?? ''}) ${where(v.source.document, v.source.at)}\n`);
        for (const line of indicationLines(v.value, '    ')) io.stdout(`${line}\n`);
      }
    }
    // a document's findings are in its change set; diagnostics.json lists them all, with their codes
    let findings;
    try {
      findings = await loadReplayFindings(args.values.out!);
    } catch (e) {
      io.stderr(`nomen history: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    if (findings === null) {
      io.stderr(`nomen history: no diagnostics.json in ${args.values.out}: the consistency findings are not shown\n`);
      return 0;
    }
    const diags = findings.filter((d) => d.codes.some((c) => g.codes.includes(c)));
    if (diags.length) {
      io.stdout(`\nconsistency (${diags.length}):\n`);
      for (const d of diags) io.stdout(`  ${d.severity} ${d.code} ${d.document}${d.against ? ` vs ${d.against}` : ''}: ${d.message}\n`);
    }
    return 0;
  },
};
