import { readFileSync } from 'node:fs';
import { digestOf } from './cache.js';
import { writeFileAtomicSync } from './write.js';

/*
 * A build's own records (.cache/replay.json, .cache/identity.json): a line with the digest of what follows, of
 * the record's kind and of nomen's fingerprint, then the record as JSON. One edited by hand, truncated, of
 * another kind or written by another nomen does not match, and is read as absent.
 */

function signature(kind: string, json: string, fingerprint: string): string {
  return digestOf(`${kind}\0${json}`, fingerprint);
}

/** Write `value` as a signed record of `kind` (atomically). */
export function writeSignedRecord(path: string, kind: string, value: unknown, fingerprint: string): void {
  const json = JSON.stringify(value);
  writeFileAtomicSync(path, `${signature(kind, json, fingerprint)}\n${json}\n`);
}

/** The parsed JSON of a signed record of `kind`, or null when absent, unreadable or not signed by this nomen. */
export function readSignedRecord(path: string, kind: string, fingerprint: string): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    const cut = text.indexOf('\n');
    const json = text.slice(cut + 1).trimEnd();
    if (cut !== 64 || text.slice(0, cut) !== signature(kind, json, fingerprint)) return null;
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
