import { parseCommandArgs, usageError } from '../cli/args.js';
import { formatJson } from '../output/write.js';
import { stateAt } from '../query/at.js';
import { loadState } from '../query/state.js';
import { formatValue } from '../replay/extras.js';
import { AtRow } from '../schema/replay.js';
import type { Command } from './types.js';

const usage = `Usage: nomen at DATE [--out DIR] [--json]

The nomenclature in force on DATE (YYYY-MM-DD), from the replayed state of a
build (DIR/nomenclature.json, default out/): one line per prestation in
force with its relative value, label, the period it holds and the document
that set it. Prestations set by documents without an entry-into-force date
are not included (their start is unknown).

Options:
  --out DIR   the build directory (default out)
  --json      print an array of {codes, label, value: {letter, coefficient} | null, from, to, source}
  -h, --help  show this help

Exit status: 0 done, 1 no replayed state in DIR, 2 bad command line.
`;

export const command: Command = {
  name: 'at',
  summary: 'the prestations in force on a date (from a built state)',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(command, argv, { out: { type: 'string', default: 'out' }, json: { type: 'boolean' } }, io);
    if (!args.ok) return args.exitCode;
    const [date] = args.positionals;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || args.positionals.length > 1) return usageError(command, 'give one DATE as YYYY-MM-DD', io).exitCode;
    let rows: AtRow[];
    try {
      rows = stateAt(await loadState(args.values.out!), date).map((r) => AtRow.parse(r));
    } catch (e) {
      io.stderr(`nomen at: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    if (args.values.json) {
      io.stdout(formatJson(rows));
      return 0;
    }
    io.stdout(`${rows.length} prestations in force on ${date}\n`);
    for (const r of rows) {
      const value = r.value ? formatValue({ ...r.value, terms: [] }) : '—';
      io.stdout(`${r.codes.join(' - ').padEnd(15)} ${String(value).padEnd(10)} [${r.from ?? '?'} → ${r.to ?? ''}) ${r.source}  ${r.label ?? ''}\n`);
    }
    return 0;
  },
};
