import { parseCommandArgs, usageError } from '../cli/args.js';
import { formatJson } from '../output/write.js';
import { atCsv, stateAt } from '../query/at.js';
import { dateProblem } from '../query/dates.js';
import { loadState } from '../query/state.js';
import { AtRow } from '../schema/replay.js';
import type { Command } from './types.js';

const usage = `Usage: nomen at DATE [--code CODE] [--article N] [--letter L] [--out DIR] [--format text|json|csv]

The nomenclature in force on DATE (YYYY-MM-DD), from the replayed state of a
build (DIR/nomenclature.json, default out/): one line per prestation in
force with its relative value, label, the period it holds and the document
that set it. Prestations set by documents without an entry-into-force date
are not included (their start is unknown).

Rows whose "from" is only the day this corpus first met the code (its earlier
past unknown) are marked "first seen" (knownSince in JSON).

Options:
  --code CODE    only this code (either of a pair) or pair 589676-589680
  --article N    only the prestations of annex article N (14, 35bis)
  --letter L     only values with key letter L (K, N, I …)
  --out DIR      the build directory (default out)
  --format F     text (default), json (array of {codes, label, value: {letter,
                 coefficient, terms, text} | null, from, to, knownSince, source,
                 article}), csv (codes,label,value,from,to,knownSince,source,article)
  --json         same as --format json
  -h, --help     show this help

Exit status: 0 done, 1 no replayed state in DIR, 2 bad command line.
`;

export const command: Command = {
  name: 'at',
  summary: 'the prestations in force on a date (from a built state)',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(
      command,
      argv,
      {
        out: { type: 'string', default: 'out' },
        json: { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        code: { type: 'string' },
        article: { type: 'string' },
        letter: { type: 'string' },
      },
      io,
    );
    if (!args.ok) return args.exitCode;
    const [date] = args.positionals;
    const problem = args.positionals.length > 1 ? 'give one DATE' : dateProblem(date);
    if (problem) return usageError(command, problem, io).exitCode;
    const format = args.values.json ? 'json' : args.values.format!;
    if (!['text', 'json', 'csv'].includes(format)) return usageError(command, `unknown format ${format} (text, json or csv)`, io).exitCode;
    const { code, article, letter } = args.values;
    if (code !== undefined && !/^\d{6}(?:\s*[-–]?\s*\d{6})?$/.test(code)) return usageError(command, `--code ${code}: give a code (6 digits) or a pair`, io).exitCode;
    if (letter !== undefined && !/^[A-Za-z]{1,2}$/.test(letter)) return usageError(command, `--letter ${letter}: give a key letter (K, N, I …)`, io).exitCode;
    let rows: AtRow[];
    try {
      rows = stateAt(await loadState(args.values.out!), date!, { code, article, letter }).map((r) => AtRow.parse(r));
    } catch (e) {
      io.stderr(`nomen at: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    if (format === 'json') {
      io.stdout(formatJson(rows));
      return 0;
    }
    if (format === 'csv') {
      io.stdout(atCsv(rows));
      return 0;
    }
    io.stdout(`${rows.length} prestations in force on ${date}\n`);
    for (const r of rows) {
      const value = r.value?.text ?? '—';
      const since = r.knownSince ? ' first seen' : '';
      io.stdout(`${r.codes.join(' - ').padEnd(15)} ${value.padEnd(10)} [${r.from ?? '?'} → ${r.to ?? ''})${since} ${r.source}  ${r.label ?? ''}\n`);
    }
    return 0;
  },
};
