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
