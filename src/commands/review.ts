import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCommandArgs, usageError } from '../cli/args.js';
import { within } from '../output/walk.js';
import { readInputBytes } from '../source/read.js';
import { writeFileAtomic } from '../output/write.js';
import { loadDocuments, loadState } from '../query/state.js';
import { reviewSite } from '../review/site.js';
import { ChangeSet } from '../schema/replay.js';
import type { Command } from './types.js';

const usage = `Usage: nomen review [--out DIR] [--sources DIR] [--to DIR]

Writes a static review site of a build (DIR, default out/) into --to
(default DIR/review): index.html lists the decrees by entry into force with
their counts and diagnostics; a page per decree shows what it changes (added,
repealed, values old → new, label word diffs, rules, indications), its
diagnostics by severity, and its source text with every extracted fact
highlighted, each fact linking to its line; a page per code group shows its
timeline with the decree that set each version. Plain HTML and CSS, no
server, no JavaScript needed. The source texts are read from --sources
(default corpus/, the directory the build was made from).

Options:
  --out DIR      the build directory (default out)
  --sources DIR  the input directory of the build (default corpus)
  --to DIR       where to write the site (default DIR/review)
  -h, --help     show this help

Exit status: 0 written, 1 no build in DIR, 2 bad command line.
`;

export const command: Command = {
  name: 'review',
  summary: 'write a static review site of a build (decrees, changes, highlighted sources, code timelines)',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(command, argv, { out: { type: 'string', default: 'out' }, sources: { type: 'string', default: 'corpus' }, to: { type: 'string' } }, io);
    if (!args.ok) return args.exitCode;
    if (args.positionals.length) return usageError(command, `unexpected argument ${args.positionals[0]}`, io).exitCode;
    const out = args.values.out!;
    const sources = resolve(args.values.sources!);
    try {
      const documents = await loadDocuments(out);
      const state = await loadState(out);
      const changeFiles = (await readdir(join(out, 'changes')).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
      const changeSets = await Promise.all(changeFiles.map(async (f) => ChangeSet.parse(JSON.parse(await readFile(join(out, 'changes', f), 'utf8')))));
      // the source texts, as the build read them (only shown, never parsed again)
      // (only a file inside the sources, as the build read it: never one a symlink or a `..` in a path leads out to)
      const texts = new Map<string, string | null>();
      const realSources = await realpath(sources).catch(() => sources);
      for (const d of documents) {
        const p = d.document.source.path;
        if (texts.has(p)) continue;
        const file = join(sources, p);
        texts.set(p, d.document.source.format === 'pdf' || !(await within(realSources, file)) ? null : await sourceText(file));
      }
      const pages = reviewSite({ documents, state, changeSets, sourceText: (d) => texts.get(d.document.source.path) ?? null });
      const to = args.values.to ?? join(out, 'review');
      for (const p of pages) await writeFileAtomic(join(to, p.path), p.html);
      io.stdout(`nomen review: ${pages.length} files in ${to} (open ${join(to, 'index.html')})\n`);
      return 0;
    } catch (e) {
      io.stderr(`nomen review: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  },
};

/** A source's text for its page: a regular file within the input limits (never a pipe that would hang), else none. */
async function sourceText(file: string): Promise<string | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    return Buffer.from(readInputBytes(file)).toString('utf8');
  } catch {
    return null;
  }
}
