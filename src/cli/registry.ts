import type { Command } from '../commands/types.js';

/**
 * A command whose module (and what it imports: pdf.js, the replay, the
 * extractors) is loaded only when it runs: `nomen --version` and `nomen
 * --help` load none of them. Its summary is repeated here; a test checks it
 * against the module's own.
 */
function lazy(name: string, summary: string, load: () => Promise<{ command: Command }>): Command & { load: typeof load } {
  return {
    name,
    summary,
    usage: `Usage: nomen ${name} [options]  (nomen ${name} --help)`,
    load,
    run: async (argv, io) => (await load()).command.run(argv, io),
  };
}

/**
 * Every `nomen` command, in the order `nomen --help` lists them. Adding a
 * command: one line here (name, summary, module).
 */
export const commands: readonly (Command & { load: () => Promise<{ command: Command }> })[] = [
  lazy('parse', 'parse files and print their documents (summary or --json)', () => import('../commands/parse.js')),
  lazy('build', 'parse a directory of sources into out/ (documents, index, diagnostics, errors)', () => import('../commands/build.js')),
  lazy('check', 'check billed acts against non-cumulation, limits and qualification rules', () => import('../commands/check.js')),
  lazy('diff', 'compare two documents, two dates, or a decree with the day before', () => import('../commands/diff.js')),
  lazy('history', 'every version of one code, with its sources', () => import('../commands/history.js')),
  lazy('at', 'the prestations in force on a date (from a built state)', () => import('../commands/at.js')),
  lazy('export', 'write the open dataset of a build (CSV, JSON Lines, datapackage.json)', () => import('../commands/export.js')),
  lazy('review', 'write a static review site of a build (decrees, changes, highlighted sources, code timelines)', () => import('../commands/review.js')),
  lazy('serve', 'serve the review site on 127.0.0.1, read-only', () => import('../commands/serve.js')),
];
