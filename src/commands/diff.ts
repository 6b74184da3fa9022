import { readInputBytes } from '../source/read.js';
import { parseCommandArgs, usageError } from '../cli/args.js';
import { compareSides, documentSide, stateSide } from '../diff/compare.js';
import { decreeReview } from '../diff/decree.js';
import { renderMarkdown, renderText } from '../diff/render.js';
import { formatJson } from '../output/write.js';
import { parseFileBounded } from '../output/parse-file-bounded.js';
import { dateProblem } from '../query/dates.js';
import { loadChangeSet, loadState } from '../query/state.js';
import { Diff } from '../schema/replay.js';
import { makeSourceFile } from '../source/decode.js';
import { ingestText } from '../source/ingest.js';
import type { Command } from './types.js';

const usage = `Usage: nomen diff A B [--format text|md|json] [--json]
       nomen diff --at DATE1 --at DATE2 [--out DIR] [--format …]
       nomen diff --decree ID [--out DIR] [--format …]

Compare two versions of the nomenclature:
  A B            two documents (files, parsed): prestations by codes, relative
                 values, labels and rules (matched by type + codes) with a
                 word-level diff, indications matched by codes then item path
                 (A/a)) condition by condition; when no indications were
                 extracted, a word diff of the texts and the measured
                 conditions it changes (durations, percentages, thresholds).
  --at D1 --at D2  the replayed state of a build in force on two dates.
  --decree ID    what one decree does, from its change set (changes/ID.json):
                 prestations added and repealed, values old → new, labels and
                 words, rules and indications, provisions, gaps, withdrawals,
                 with counts that are the change set's.

Options:
  --out DIR      the build directory for --at/--decree (default out)
  --format F     text (default; coloured on a terminal), md (markdown), json
  --json         same as --format json (validated Diff schema)
  -h, --help     show this help

Exit status: 0 done, 1 a file or the state could not be read, 2 bad command line.
`;

async function textOf(path: string): Promise<string | null> {
  try {
    return ingestText(makeSourceFile(path, readInputBytes(path))).text.text;
  } catch {
    return null; // a PDF or unreadable text: compare without the text fallback
  }
}

export const command: Command = {
  name: 'diff',
  summary: 'compare two documents, two dates, or a decree with the day before',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(
      command,
      argv,
      {
        at: { type: 'string', multiple: true },
        decree: { type: 'string' },
        out: { type: 'string', default: 'out' },
        format: { type: 'string', default: 'text' },
        json: { type: 'boolean' },
      },
      io,
    );
    if (!args.ok) return args.exitCode;
    const format = args.values.json ? 'json' : args.values.format!;
    if (!['text', 'md', 'json'].includes(format)) return usageError(command, `unknown format ${format}`, io).exitCode;
    const dates = args.values.at ?? [];
    const mode = args.values.decree ? 'decree' : dates.length ? 'dates' : 'files';
    if (mode === 'files' && args.positionals.length !== 2) return usageError(command, 'give two files, two --at dates, or --decree ID', io).exitCode;
    if (mode === 'dates' && dates.length !== 2) return usageError(command, 'give --at twice, each YYYY-MM-DD', io).exitCode;
    const bad = mode === 'dates' ? dates.map(dateProblem).find((p) => p !== null) : null;
    if (bad) return usageError(command, bad, io).exitCode;

    let diff: Diff;
    try {
      if (mode === 'files') {
        const [a, b] = args.positionals;
        const [da, db] = await Promise.all([parseFileBounded(a), parseFileBounded(b)]);
        const [ta, tb] = await Promise.all([textOf(a), textOf(b)]);
        diff = compareSides(documentSide(da, ta), documentSide(db, tb));
      } else {
        const state = await loadState(args.values.out!);
        if (mode === 'dates') diff = compareSides(stateSide(state, dates[0], dates[0]), stateSide(state, dates[1], dates[1]));
        else {
          const id = args.values.decree!;
          const doc = state.documents.find((d) => d.id === id);
          if (!doc) throw new Error(`no document ${id} in the replayed state`);
          diff = decreeReview(await loadChangeSet(args.values.out!, id), state);
        }
      }
      diff = Diff.parse(diff);
    } catch (e) {
      io.stderr(`nomen diff: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    if (format === 'json') io.stdout(formatJson(diff));
    else if (format === 'md') io.stdout(renderMarkdown(diff));
    else io.stdout(renderText(diff, io.isTTY), io.isTTY);
    return 0;
  },
};
