import { writeFileSync } from 'node:fs';
import { putCacheEntrySync } from './cache.js';
import type { Failure } from './failure.js';
import { parseInput, type DocumentSummary } from './parse-source.js';
import type { KeptPart } from './stored-part.js';

/** One input to parse, and where its results go. */
export interface ParseTask {
  /** path relative to the input directory (the name the document is given). */
  relative: string;
  absolute: string;
  bytes: Uint8Array;
  /** where its documents/ file is written (a staging name the build renames). */
  documentFile: string;
  /**
   * where its cache entry is written (also with --no-cache: the next build
   * may read it), signed with the build thread's parser fingerprint (a
   * worker computing its own could differ if nomen's files changed meanwhile).
   */
  cache: { dir: string; key: string; fingerprint: string };
}

/** What the build keeps of a parsed input: its document file and cache entry are written, the rest is in `document`. */
export type StoredOutcome =
  | { document: { sha256: string; size: number; summary: DocumentSummary; kept: KeptPart } }
  | { failure: Failure; remember: boolean }
  | { writeError: { message: string; code?: string } };

/**
 * Parse one input and write what it gives (its documents/ file, its cache
 * entry) in the thread that parsed it: a document's JSON (tens of MB over a
 * long history) no longer crosses to the build's thread to be written there,
 * which lowered the build's peak memory. The writes are synchronous: a worker
 * has nothing else to do meanwhile, and awaiting libuv's thread pool (shared
 * by every worker) left workers idle 12-16 % of a 1,500 build. Never throws:
 * a file that cannot be written comes back as `writeError`, which fails the
 * build as it did when the build's thread wrote it.
 */
export async function parseAndStore(task: ParseTask): Promise<StoredOutcome> {
  const outcome = await parseInput(task.relative, task.absolute, task.bytes);
  try {
    if ('failure' in outcome) {
      if (outcome.remember) putCacheEntrySync(task.cache, { failure: outcome.failure });
      return outcome;
    }
    const { json, sha256, part, summary } = outcome.document;
    writeFileSync(task.documentFile, json);
    const size = Buffer.byteLength(json);
    putCacheEntrySync(task.cache, { document: { sha256, size, part, summary } });
    // the rest of the part stays in the cache entry, read back by the replay (stored-part.ts)
    return { document: { sha256, size, summary, kept: { document: part.document } } };
  } catch (e) {
    // the errno code (ENOSPC, EACCES…) lets `nomen build` say it cannot write, not that it failed
    const code = (e as NodeJS.ErrnoException).code;
    return { writeError: { message: e instanceof Error ? e.message : String(e), ...(typeof code === 'string' ? { code } : {}) } };
  }
}
