import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { digestOf } from './cache.js';
import { AtomicChunkWriter, writeFileAtomicSync } from './write.js';

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

/*
 * A build's own larger records (.cache/replay-tail.bin, .cache/feed-rules.bin: replay-tail.ts), in V8's
 * serialization format (the state of 1,500 decrees is 10 MB of JSON: the structured clone format reads and
 * writes it several times faster, and keeps shared values shared), after a line with the digest of the kind,
 * nomen's fingerprint, a `key` (what else the record depends on) and the bytes. The digest is checked before
 * the bytes are deserialized (which makes data, never runs code, in any case): a record of another kind, key
 * or nomen, edited or truncated, is read as absent.
 */

function blobSignature(kind: string, key: string, bytes: Uint8Array, fingerprint: string): string {
  return createHash('sha256').update(`${kind}\0${fingerprint}\0${key}\0`).update(bytes).digest('hex');
}

/** Write `value` as a signed blob of `kind` and `key` (atomically). */
export function writeSignedBlob(path: string, kind: string, key: string, value: unknown, fingerprint: string): void {
  const bytes = serialize(value);
  // (the line and the bytes written one after the other: not copied into one buffer, 35 MB more at 5,000 decrees)
  const out = new AtomicChunkWriter(path);
  try {
    out.writeBytes(Buffer.from(`${blobSignature(kind, key, bytes, fingerprint)}\n`, 'latin1'));
    out.writeBytes(bytes);
  } catch (e) {
    out.abort();
    throw e;
  }
  out.finish();
}

/** The value of a signed blob of `kind` and `key`, or null when absent, unreadable or not signed so by this nomen. */
export function readSignedBlob(path: string, kind: string, key: string, fingerprint: string): unknown {
  try {
    const file = readFileSync(path);
    const cut = file.indexOf(0x0a);
    if (cut !== 64) return null;
    const bytes = file.subarray(cut + 1);
    if (file.subarray(0, cut).toString('latin1') !== blobSignature(kind, key, bytes, fingerprint)) return null;
    return deserialize(bytes) as unknown;
  } catch {
    return null;
  }
}
