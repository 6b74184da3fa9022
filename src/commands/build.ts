import { constants } from 'node:fs';
import { access, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseCommandArgs, usageError } from '../cli/args.js';
import { buildInto, type BuildOptions, type BuildOutcome } from '../output/build-corpus.js';
import { parserFingerprint } from '../output/cache.js';
import { writeIdentities } from '../output/identity.js';
import type { KeptPart, LightPart } from '../output/stored-part.js';
import { dateProblem } from '../query/dates.js';
import { readBase, type Base } from '../replay/base.js';
import { assertReplaceable, BuildLockedError, commitStaging, freshStaging, lockOut, NotABuildError, recoverOut } from '../output/swap.js';
import type { Command } from './types.js';

export type { BuildOptions } from '../output/build-corpus.js';

const usage = `Usage: nomen build [DIR] [--out DIR] [--no-cache] [--strict] [--base FILE [--base-date DATE]]

Parse every file under DIR (default: corpus/) and write the results into the
output directory (default: out/):

  documents/<id>.json   one validated document per source
  index.json            per document: id, title, source path and sha256,
                        format, entry into force, counts
  diagnostics.json      diagnostics counted by severity and code, per document
  errors.json           every file that failed: path, error code, reason
  nomenclature.json, changes/<id>.json, timeline.json
                        the documents replayed in order (see README)

Files are read recursively in path order; hidden files are skipped; the
format is detected from the content (Justel markdown, PDF text, PDF), not
the extension. Output is deterministic: two builds of the same sources give
identical bytes. Documents left over from an earlier build are removed.
Parse results are cached in <out>/.cache/ by content hash; the cache never
changes the output. The build is written beside <out> and swapped in at the
end, so an interrupted build leaves the previous one whole; a second build
of the same <out> is refused while one runs.

Options:
  --out DIR    output directory (default: out)
  --no-cache   parse every file again (the cache is still refreshed)
  --base FILE  start the replay from the prestations in force on a date: the
               table \`nomen at DATE --format csv\` (or --json) writes. Only
               the decrees in force after that date are applied on top; facts
               from the base say so (source.base in nomenclature.json, "base"
               in at/history rows)
  --base-date DATE
               the day the base describes (default: its latest "from")
  --strict     fail (exit 1) when the replay finds an error (a repealed code
               changed or repealed again); without it such errors are
               reported on stderr and in diagnostics.json, and the build passes
  -h, --help   show this help

Exit status: 0 all files built, 1 some file failed (each named on stderr
with the reason; the others are still built) or, with --strict, the replay
found an error, 2 bad command line or output directory, 73 the output
cannot be written, 75 another build holds <out>.
`;

export const command: Command = {
  name: 'build',
  summary: 'parse a directory of sources into out/ (documents, index, diagnostics, errors)',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(
      command,
      argv,
      { out: { type: 'string' }, 'no-cache': { type: 'boolean' }, strict: { type: 'boolean' }, base: { type: 'string' }, 'base-date': { type: 'string' } },
      io,
    );
    if (!args.ok) return args.exitCode;
    if (args.positionals.length > 1) return usageError(command, `one input directory expected, got ${args.positionals.length}`, io).exitCode;
    const dir = args.positionals[0] ?? 'corpus';
    const given = args.values.out ?? 'out';
    // a symlinked --out is built where it points (the swap must not replace the link)
    const out = await realpath(given).catch(() => given);
    const problem = await checkDirs(dir, out);
    if (problem) return usageError(command, problem, io).exitCode;

    let base: Base | undefined;
    if (args.values['base-date'] !== undefined && !args.values.base) return usageError(command, '--base-date goes with --base FILE', io).exitCode;
    if (args.values['base-date'] !== undefined) {
      const bad = dateProblem(args.values['base-date']);
      if (bad) return usageError(command, `--base-date: ${bad}`, io).exitCode;
    }
    if (args.values.base) {
      try {
        // (recorded by its name: a build's outputs hold no absolute path, nor the user's folders)
        base = readBase(basename(args.values.base), await readFile(args.values.base, 'utf8'), args.values['base-date'] ?? null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : e instanceof Error ? e.message : String(e);
        io.stderr(`nomen build: --base ${args.values.base}: ${why}\n`);
        return 1;
      }
    }
    let result: BuildOutcome<KeptPart>;
    try {
      // the command prints counts: no document's rules are read back for it
      result = await buildCorpus({ dir, out, io, cache: !args.values['no-cache'], base, outcomeRules: false });
    } catch (e) {
      if (e instanceof BuildLockedError) {
        io.stderr(`nomen build: ${e.message}\n`);
        return EXIT_LOCKED;
      }
      if (e instanceof NotABuildError) return usageError(command, e.message, io).exitCode;
      const code = (e as NodeJS.ErrnoException).code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
        // the file system refused (permissions, space, a file in the way): not a bug, not the input's fault
        io.stderr(`nomen build: cannot write the build to '${given}': ${(e as Error).message}\n`);
        return EXIT_CANT_WRITE;
      }
      throw e;
    }
    const failed = result.errors.length;
    for (const line of result.summary) io.stdout(`${line}\n`);
    io.stdout(
      `nomen build: ${result.files} files, ${result.documents.length} documents written to ${out}` +
        (failed > 0 ? `, ${failed} failed (see ${join(out, 'errors.json')})` : '') +
        '\n',
    );
    const { replayErrors } = result;
    if (replayErrors > 0)
      io.stderr(`nomen build: the replay found ${replayErrors} error${replayErrors > 1 ? 's' : ''} (see ${join(out, 'diagnostics.json')}, "replay")${args.values.strict ? '' : '; --strict fails the build on them'}\n`);
    return failed > 0 || result.failedSteps.length > 0 || (args.values.strict && replayErrors > 0) ? 1 : 0;
  },
};

/** Another build holds the lock on --out (EX_TEMPFAIL). */
export const EXIT_LOCKED = 75;
/** --out cannot be written (EX_CANTCREAT). */
export const EXIT_CANT_WRITE = 73;

async function checkDirs(dir: string, out: string): Promise<string | null> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) return `input directory '${dir}' does not exist or is not a directory`;
  const outInfo = await stat(out).catch(() => null);
  if (outInfo && !outInfo.isDirectory()) return `output '${out}' exists and is not a directory`;
  const parent = dirname(resolve(out));
  if (!(await access(parent, constants.W_OK).then(() => true, () => (stat(parent).then(() => false, () => true))))) {
    return `output directory '${out}' cannot be written: no write permission on '${parent}'`;
  }
  if (outInfo && !(await access(out, constants.W_OK).then(() => true, () => false))) return `output directory '${out}' is not writable`;
  dir = await realpath(dir);
  const inside = relative(resolve(out), resolve(dir));
  if (inside === '' || (!inside.startsWith('..') && !inside.startsWith(sep) && !/^[A-Za-z]:/.test(inside))) {
    return `output directory '${out}' must not be the input directory or contain it`;
  }
  return null;
}

/**
 * Parse every input of `dir` and write the build into `out`, as a whole: the
 * build is written into a fresh staging directory and swapped in at the end
 * (see output/swap.ts), under a lock that refuses a concurrent build of the
 * same `out` (BuildLockedError), and refuses an `out` that holds files but no earlier build (NotABuildError):
 * the swap would delete them. Never throws for a bad input file.
 */
export async function buildCorpus(options: BuildOptions & { outcomeRules: false }): Promise<BuildOutcome<KeptPart>>;
export async function buildCorpus(options: BuildOptions): Promise<BuildOutcome>;
export async function buildCorpus(options: BuildOptions): Promise<BuildOutcome<LightPart | KeptPart>> {
  const release = await lockOut(options.out);
  try {
    await recoverOut(options.out);
    await assertReplaceable(options.out);
    const staging = await freshStaging(options.out);
    const { seen, ...result } = await buildInto(options, staging);
    await commitStaging(options.out);
    // after the swap, whose links and unlinks move the change times: best effort, a build without it reads its files next time
    try {
      writeIdentities(options.out, parserFingerprint(), seen);
    } catch {
      // (a full disk, a read-only .cache): the build itself is in place
    }
    return result;
  } finally {
    await release();
  }
}
