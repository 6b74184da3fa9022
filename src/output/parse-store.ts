import { writeFile } from 'node:fs/promises';
import { putCacheEntry, type CacheEntry } from './cache.js';
import type { Failure } from './failure.js';
import { parseInput } from './parse-source.js';

/** One input to parse, and where its results go. */
export interface ParseTask {
  /** path relative to the input directory (the name the document is given). */
  relative: string;
  absolute: string;
  bytes: Uint8Array;
  /** where its documents/ file is written (a staging name the build renames). */
  documentFile: string;
  /** where its cache entry is written (also with --no-cache: the next build may read it). */
  cache: { dir: string; key: string };
}

/** What the build keeps of a parsed input: its document file is written, the rest is in `document`. */
export type StoredOutcome =
  | { document: Extract<CacheEntry, { document: unknown }>['document'] }
  | { failure: Failure; remember: boolean }
  | { writeError: string };

/**
 * Parse one input and write what it gives (its documents/ file, its cache
 * entry) in the thread that parsed it: the build's own thread only orders
 * results, so on two cores it no longer competes with the parse workers for
 * formatting and writing tens of megabytes. Never throws: a file that cannot
 * be written comes back as `writeError`, which fails the build as it did
 * when the build's thread wrote it.
 */
export async function parseAndStore(task: ParseTask): Promise<StoredOutcome> {
  const outcome = await parseInput(task.relative, task.absolute, task.bytes);
  try {
    if ('failure' in outcome) {
      if (outcome.remember) await putCacheEntry(task.cache.dir, task.cache.key, { failure: outcome.failure });
      return outcome;
    }
    const { json, sha256, part, summary } = outcome.document;
    await writeFile(task.documentFile, json);
    const document = { sha256, size: Buffer.byteLength(json), part, summary };
    await putCacheEntry(task.cache.dir, task.cache.key, { document });
    return { document };
  } catch (e) {
    return { writeError: e instanceof Error ? e.message : String(e) };
  }
}
