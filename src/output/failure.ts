import { SourceError, type SourceErrorCode } from '../source/types.js';

/** Why one input file produced no document: what errors.json and stderr say. */
export interface Failure {
  code: SourceErrorCode;
  reason: string;
}

/**
 * A SourceError is the pipeline refusing bad input; anything else is a bug
 * in nomen, reported as `internal` with its message so the batch goes on.
 */
export function describeFailure(e: unknown): Failure {
  if (e instanceof SourceError) {
    const prefix = `${e.path}: `;
    return { code: e.code, reason: e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', reason: `internal error: ${message.split('\n')[0]}` };
}

/** A parse stopped after `ms` of wall time (a worker terminated for it). */
export const timedOutFailure = (ms: number): Failure => ({ code: 'parse-timeout', reason: `parsing took more than ${ms / 1000} s: stopped` });

/** A parse that ran its worker out of a heap of `mb`. */
export const outOfHeapFailure = (mb: number): Failure => ({ code: 'too-complex', reason: `parsing needs more than ${mb} MB of memory` });

/** A parse whose worker died otherwise (`why`: how), an internal error. */
export const workerDiedFailure = (why: string): Failure => ({ code: 'internal', reason: `internal error: the parse worker ${why}` });
