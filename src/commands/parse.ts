import { parseCommandArgs, usageError } from '../cli/args.js';
import { parseFileBounded } from '../output/parse-file-bounded.js';
import type { NomenclatureDocument } from '../schema/document.js';
import { describeFailure } from '../output/failure.js';
import { formatJson } from '../output/write.js';
import { formatSummary } from '../output/summary.js';
import type { Command } from './types.js';

const usage = `Usage: nomen parse FILE… [--json]

Parse decree or convention files (Justel markdown, text extracted from a PDF,
or a PDF; the format is read from the content) and print what was found.

Without --json, a readable summary per file: id, title, entry into force and
its basis, counts, each prestation (codes, relative value), each amendment,
and each diagnostic with its line:column.

Options:
  --json      print the validated document as JSON (an array for several files)
  -h, --help  show this help

Exit status: 0 all files parsed, 1 a file could not be parsed (named on
stderr with the reason), 2 bad command line.
`;

export const command: Command = {
  name: 'parse',
  summary: 'parse files and print their documents (summary or --json)',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(command, argv, { json: { type: 'boolean' } }, io);
    if (!args.ok) return args.exitCode;
    if (args.positionals.length === 0) return usageError(command, 'no FILE given', io).exitCode;

    const documents: NomenclatureDocument[] = [];
    let failed = 0;
    for (const file of args.positionals) {
      try {
        const doc = await parseFileBounded(file);
        documents.push(doc);
        if (!args.values.json) io.stdout((documents.length > 1 ? '\n' : '') + formatSummary(doc));
      } catch (e) {
        failed++;
        const { code, reason } = describeFailure(e);
        io.stderr(`nomen parse: ${file}: ${reason} [${code}]\n`);
      }
    }
    if (args.values.json && documents.length > 0) {
      io.stdout(formatJson(args.positionals.length === 1 ? documents[0] : documents));
    }
    if (failed > 0 && args.positionals.length > 1) io.stderr(`nomen parse: ${failed} of ${args.positionals.length} files failed\n`);
    return failed > 0 ? 1 : 0;
  },
};
