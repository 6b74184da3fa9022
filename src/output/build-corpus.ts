import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, renameSync, rmSync } from 'node:fs';
import { rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Progress } from '../cli/progress.js';
import { identityOf, noIdentities, openedStatOrNull, readIdentities, sameIdentity, settledIdentity, type SeenFiles } from './identity.js';
import type { CommandIO } from '../commands/types.js';
import type { ReplayDocument } from '../replay/input.js';
import type { Base } from '../replay/base.js';
import type { BuildError } from '../schema/build.js';
import { assignFiles, writeBuild, writeDiagnostics, type BuildResult, type BuiltDocument } from './build-writer.js';
import { DocumentFiles, ParseCache, parserFingerprint } from './cache.js';
import { describeFailure, type Failure } from './failure.js';
import { readInputBytes } from '../source/read.js';
import { SourceError } from '../source/types.js';
import { MissParser } from './parse-misses.js';
import type { DocumentSummary } from './parse-source.js';
import { oneReadingPerNumac } from './readings.js';
import { storedPart, type KeptPart, type LightPart } from './stored-part.js';
import type { StepOutput } from './steps.js';
import { outPaths } from './swap.js';
import { removeTempFiles } from './write.js';
import { replayKey, reuseReplay, vouchPreviousOutputs, writeRecord } from './replay-record.js';
import { carryOver } from './replay-tail.js';
import { listInputs, type InputFile } from './walk.js';
import { WrittenFiles } from './written.js';

export interface BuildOptions {
  dir: string;
  out: string;
  io: CommandIO;
  /** reuse cached parse results (default true); the output is the same either way. */
  cache?: boolean;
  /** the starting state of the replay. */
  base?: Base;
  /** parse workers (default: one per core when there are two inputs to parse or more; 0: parse in this thread). */
  workers?: number;
  /**
   * give each document's rules in the outcome (default true). `nomen build`
   * prints counts only and passes false: a build that reused its replay
   * then reads no cache entry back (1,500 decrees: 0.2 s of a 1 s build).
   */
  outcomeRules?: boolean;
}

/**
 * `replayErrors`: the error findings of the replay, as written in
 * nomenclature.json (0 when the replay step failed). `documents` carry each
 * document's metadata and rules only (`Part`: its metadata only with
 * `outcomeRules: false`): the rest is in its documents/ file (the build's
 * cache entries it read them back from move with the swap).
 */
export type BuildOutcome<Part extends KeptPart = LightPart> = Omit<BuildResult, 'documents'> & {
  documents: (Omit<BuiltDocument, 'part'> & { part: Part })[];
  cacheHits: number;
  /** the previous build's replay outputs were linked: the same documents, nothing replayed (see replay-record.ts) */
  replayReused: boolean;
  /** files not read because they were still the very files the previous build recorded (identity.ts): inputs, cache entries, replay outputs */
  trusted: { inputs: number; entries: number; outputs: number };
  /** previous replay outputs the new replay's writers compared with by their recorded hash, not read back (replay-record.ts) */
  vouchedOutputs: number;
  summary: string[];
  failedSteps: string[];
  replayErrors: number;
};

/** One input once parsed or found in the cache: its document file is at `from` (staged, or the previous build's). */
interface Ready {
  path: string;
  part: ReplayDocument;
  summary: DocumentSummary;
  sha256: string;
  size: number;
  from: string;
  staged: boolean;
}

/**
 * Build `options.dir` into `staging` (the caller swaps it in): every input
 * is looked up in the cache (its parse result, and the previous build's
 * documents/ file it wrote), the others are parsed on worker threads and
 * their documents/ file written at once (by the parser), keeping only each
 * document's metadata: the replay reads the rest back from its
 * cache entry (stored-part.ts). Then names are given in path order, the replay
 * and the feed run, and index/diagnostics/errors are written. Files whose
 * bytes did not change are linked from the previous build.
 */
export async function buildInto(options: BuildOptions, staging: string): Promise<BuildOutcome<LightPart | KeptPart> & { seen: SeenFiles }> {
  const { dir, out, io } = options;
  const paths = outPaths(out);
  const useCache = options.cache !== false;
  // an unreadable folder is reported like an unreadable file, and the rest is built
  const unreadable: BuildError[] = [];
  const inputs = await listInputs(dir, [out, paths.staging, paths.old], (path, reason, code = 'unreadable') => unreadable.push({ path, code, reason }));
  // the previous build's cache is read; the new build's is written (only the entries it used)
  const cache = new ParseCache(join(out, '.cache', 'parse'), join(staging, '.cache', 'parse'));
  const previous = await DocumentFiles.read(out);
  // what the previous build recorded of its files after its swap: those still the same are not read (identity.ts)
  const known = useCache ? readIdentities(out, parserFingerprint()) : noIdentities();
  const seen: SeenFiles = { inputs: [], entries: [], outputs: [] };
  const progress = new Progress(io, inputs.length, process.stderr.columns || 100);
  const docDir = join(staging, 'documents');
  await mkdir(docDir, { recursive: true });

  const ready: (Ready | Failure | undefined)[] = new Array(inputs.length);
  // each input's cache key, when it was found in the cache or parsed into it (the replay's record is keyed by them)
  const keys: (string | null)[] = new Array(inputs.length).fill(null);
  let done = 0;
  let hits = 0;
  let trustedInputs = 0;
  let steps: Promise<typeof import('./steps.js')> | undefined;
  const misses = new MissParser<{ index: number; input: InputFile; key: string; sha256: string }>(async (miss, parse) => {
    progress.update(done, miss.input.relative);
    const bytes = readInputSync(miss.input);
    if (!(bytes instanceof Uint8Array)) {
      ready[miss.index] = bytes;
      done++;
      return;
    }
    // a file changed since it was looked up is parsed as it is now, under the key of what is parsed
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = sha256 === miss.sha256 ? miss.key : cache.key(miss.input.relative, sha256);
    // the parser writes the documents/ file and the cache entry itself, and hands back what the build keeps
    const from = join(docDir, `.parsed-${miss.index}.json`);
    const outcome = await parse({
      relative: miss.input.relative,
      absolute: miss.input.absolute,
      bytes,
      documentFile: from,
      cache: { dir: cache.writeDir, key, fingerprint: parserFingerprint() },
    });
    if ('writeError' in outcome) throw Object.assign(new Error(outcome.writeError.message), outcome.writeError.code ? { code: outcome.writeError.code } : {});
    if ('document' in outcome) {
      const { sha256: docSha, size, summary, kept } = outcome.document;
      ready[miss.index] = { path: miss.input.relative, sha256: docSha, size, summary, part: storedPart(kept, cache.entryFile(key)), from, staged: true };
      keys[miss.index] = key;
    } else {
      ready[miss.index] = outcome.failure;
      if (outcome.remember) keys[miss.index] = key;
      // a worker that died while writing may have left part of the file
      await rm(from, { force: true });
    }
    done++;
  }, options.workers);
  try {
    // the identity before the bytes: a change while they are read moves it, and the next build reads the file again
    const identities = inputs.map((input) => {
      const now = Date.now();
      const stats = openedStatOrNull(input.absolute);
      const id = stats === null ? null : identityOf(stats);
      const recorded = known.inputs[input.relative];
      return { now, stats, id, trusted: recorded !== undefined && sameIdentity(recorded.id, id) };
    });
    // inputs the previous build did not record as they are now are looked up first: a miss among them starts its parse
    // (and the worker's start) while the others are looked up. A new decree's name sorts last: found last, its parse
    // began after the whole lookup of a 1,500-decree history. (Results go by input: the order changes nothing else.)
    const order = [...inputs.keys()].sort((a, b) => Number(identities[a].trusted) - Number(identities[b].trusted) || a - b);
    // one input at a time, with synchronous calls (source, cache entry, stat, link): one call each instead
    // of several trips through libuv's thread pool; they halved the lookup of a built 1,500-decree history
    for (const index of order) {
      const input = inputs[index];
      const { now, stats } = identities[index];
      const recorded = known.inputs[input.relative];
      let sha256: string;
      if (identities[index].trusted) {
        sha256 = recorded.sha256;
        trustedInputs++;
      } else {
        const bytes = readInputSync(input);
        if (!(bytes instanceof Uint8Array)) {
          ready[index] = bytes;
          continue;
        }
        sha256 = createHash('sha256').update(bytes).digest('hex');
      }
      seen.inputs.push({ absolute: input.absolute, relative: input.relative, sha256, id: settledIdentity(stats, now, true) });
      const key = cache.key(input.relative, sha256);
      const entry = useCache ? await cache.get(key, { sha256, path: input.relative }, known.entries[key]) : null;
      if (entry && 'failure' in entry) ready[index] = entry.failure;
      else if (entry) {
        // the document file it wrote must still be there as written, else it is parsed again
        const from = await previous.withContent(entry.document.sha256, entry.document.size);
        const { sha256: docSha, size, summary, part } = entry.document;
        if (from !== null) ready[index] = { path: input.relative, sha256: docSha, size, summary, part: storedPart(part, cache.entryFile(key)), from, staged: false };
      }
      // a miss is read again when its parse starts: holding the bytes of every miss meanwhile grew the build with the history (33 MB at 5,000 decrees)
      if (ready[index] === undefined) {
        misses.add({ index, input, key, sha256 });
        // a document to parse means a replay to run: its modules load while the parse goes on (0.1-0.2 s of adding one decree)
        steps ??= import('./steps.js');
      } else {
        hits++;
        keys[index] = key;
        await cache.keep(key);
        progress.update(++done, input.relative);
      }
    }
    await misses.finish();
  } finally {
    await misses.close();
    // a worker that died while writing a cache entry left its temporary file
    await removeTempFiles(cache.writeDir);
  }

  const parsed: Ready[] = [];
  const errors: BuildError[] = [...unreadable];
  ready.forEach((r, i) => {
    if (r && 'part' in r) parsed.push(r);
    else if (r) errors.push({ path: inputs[i].relative, code: r.code, reason: r.reason });
  });
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  progress.clear();
  for (const e of errors) io.stderr(`nomen build: ${e.path}: ${e.reason} [${e.code}]\n`);
  progress.update(inputs.length, 'writing');

  const readings = oneReadingPerNumac(parsed);
  const { documents: named, notices: renamed } = assignFiles(readings.kept);
  const notices = [...readings.notices, ...renamed];
  const kept = new Set(readings.kept);
  for (const r of parsed) if (!kept.has(r) && r.staged) await rm(r.from, { force: true });
  const documents: BuiltDocument[] = [];
  for (const d of named) {
    await place(d, join(staging, d.file), previous);
    documents.push({ path: d.path, part: d.part, summary: d.summary, file: d.file });
  }
  await DocumentFiles.write(staging, named.map((d) => ({ name: d.file.slice('documents/'.length), sha256: d.sha256 })));

  const result: BuildResult = { files: inputs.length + unreadable.length, documents, errors, notices, ...(options.base ? { base: options.base } : {}) };
  await writeBuild(staging, result, out);
  const summary: string[] = [];
  const failedSteps: string[] = [];
  let findings: StepOutput['findings'];
  // the very same documents as the previous build (every input cached under the same key, nothing unreadable): its replay outputs are linked
  const fileOf = new Map(named.map((d) => [d.path, d.file]));
  const key = unreadable.length === 0 && keys.every((k) => k !== null) ? replayKey(parserFingerprint(), options.base, inputs.map((i, n) => ({ path: i.relative, key: keys[n]!, file: fileOf.get(i.relative) ?? null }))) : null;
  // the writers note each output's sha256 for the replay record (none is written without a key)
  const written = key === null ? undefined : new WrittenFiles();
  let vouched = 0;
  const reused = key === null || !useCache ? null : reuseReplay(out, staging, key, parserFingerprint(), written, known.outputs);
  if (reused) {
    summary.push(...reused.summary);
    carryOver(out, staging);
  } else {
    // what the previous build's outputs hold, where its record and their identities vouch for it: compared by hash
    if (written && useCache) vouched = vouchPreviousOutputs(out, parserFingerprint(), written, known.outputs);
    // loaded only when the replay runs: a build that links the previous replay's outputs never loads it
    const { buildSteps } = await (steps ?? import('./steps.js'));
    for (const step of buildSteps) {
      progress.update(inputs.length, step.name);
      try {
        const output = await step.run(staging, result, out, written, useCache);
        summary.push(...output.lines);
        findings ??= output.findings;
      } catch (e) {
        // The documents are written; a later stage's bug must not hide them, nor pass unnoticed.
        failedSteps.push(step.name);
        progress.clear();
        io.stderr(`nomen build: the ${step.name} step failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      }
    }
    await writeDiagnostics(staging, result, findings, out, written);
  }
  const replayErrors = reused ? reused.replayErrors : (findings?.filter((f) => f.severity === 'error').length ?? 0);
  if (key !== null && failedSteps.length === 0) seen.outputs = writeRecord(staging, key, summary, replayErrors, parserFingerprint(), written);
  // (after a failed step nothing is vouched for: the next build reads every entry and output whole, and a damaged
  // entry, whose rest the replay could not read, is parsed again)
  seen.entries = failedSteps.length ? [] : keys.filter((k): k is string => k !== null);
  if (failedSteps.length) seen.outputs = [];
  if (reused) summary.push('replay: the same documents as the previous build: its replay and feed outputs are kept (unchanged since written)');
  progress.clear();
  if (inputs.length === 0) io.stderr(`nomen build: warning: no input files in ${dir}\n`);
  for (const n of notices) io.stderr(`nomen build: ${n.severity}: ${n.message} (${n.paths.join(', ')})\n`);
  // the replay read every part's rules; after a failed step, an entry that cannot be read gives none (the step is reported failed)
  const rulesOf = (part: ReplayDocument) => {
    try {
      return part.rules;
    } catch {
      return [];
    }
  };
  const light = result.documents.map(({ part, ...d }) => ({ ...d, part: options.outcomeRules === false ? { document: part.document } : { document: part.document, rules: rulesOf(part) } }));
  return { ...result, documents: light, cacheHits: hits, summary, failedSteps, replayErrors, replayReused: reused !== null, trusted: { inputs: trustedInputs, entries: cache.trusted, outputs: reused?.trusted ?? 0 }, vouchedOutputs: vouched, seen };
}

/** An input's bytes, or why it cannot be read (named by its relative path, never the absolute one). */
function readInputSync(input: InputFile): Uint8Array | Failure {
  try {
    return readInputBytes(input.absolute, input.relative);
  } catch (e) {
    return e instanceof SourceError ? describeFailure(e) : unreadable(input, e);
  }
}

function unreadable(input: InputFile, e: unknown): Failure {
  const reason = (e instanceof Error ? e.message : String(e)).split(input.absolute).join(input.relative);
  return { code: 'unreadable', reason: `cannot be read: ${reason}` };
}

/**
 * Put a document's file in place under its name. The previous build's file
 * (a cache hit), or its file of that name when a parse gave the same bytes,
 * is hard-linked, so an unchanged document keeps its modification time.
 */
async function place(d: Ready & { file: string }, target: string, previous: DocumentFiles): Promise<void> {
  // synchronous, like the cache lookup: placing 1,500 documents took 170 ms through the thread pool, 25 ms so
  const same = d.staged ? await previous.named(d.file.slice('documents/'.length), d.sha256, d.size) : d.from;
  if (same !== null && linked(same, target)) {
    if (d.staged) rmSync(d.from, { force: true });
    return;
  }
  if (d.staged) renameSync(d.from, target);
  else copyFileSync(d.from, target);
}

/** Hard-link `from` as `to`; false when links are refused (another file system…): the caller copies. */
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}
