import { closeSync, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { readSignedRecord, writeSignedRecord } from './signed-record.js';

/**
 * What a finished build remembers of the files it read or wrote, by their
 * file-system identity, so that the next build trusts a file that is still
 * that very file without reading it: an input's sha256 (its cache key), a
 * cache entry's digest, a replay output's sha256 (the replay record). At
 * 1,500 decrees reading and hashing them was most of a build with nothing
 * to do (inputs 10 MB, cache entries 29 MB, replay outputs 100 MB).
 *
 * The identity is the inode, size, modification and change times (what git
 * compares). nomen replaces files by rename or link, never in place, so any
 * write gives a new identity: an edit in place changes the modification time,
 * and one whose time was put back (`touch -r`) the change time. Two rules keep
 * this from ever trusting a changed file:
 * - the identities are taken after the build is swapped in (`out/.cache`), so
 *   the links and unlinks of the swap, which move the change times, are behind them;
 * - a file modified less than SETTLED_MS before its identity was taken is not
 *   remembered (it is read next time): an edit made just after, within the
 *   same tick of a coarse file-system clock (FAT's is 2 s), could otherwise
 *   keep its modification time. (An input: nor one whose change time is that
 *   recent. nomen's own outputs and entries get new change times from every
 *   swap, and are never written in place.)
 * What stays unseen, as with git: an edit that puts back size and
 * modification time within the same clock tick as nomen's look at the file.
 * The record is signed like a cache entry: one edited by hand, or written by
 * another nomen, is not trusted (every file is then read, as before).
 */
export const SETTLED_MS = 2000;

/** inode, size, modification and change times, in ms (as node gives them). */
export type FileIdentity = [ino: number, size: number, mtimeMs: number, ctimeMs: number];

export interface IdentityRecord {
  /** inputs by path relative to the input folder: identity and the sha256 of their bytes */
  inputs: Record<string, { id: FileIdentity; sha256: string }>;
  /** the build's cache entries (`.cache/parse/<key>.json`) by key */
  entries: Record<string, FileIdentity>;
  /** the replay's outputs by path relative to out/, as the replay record lists them */
  outputs: Record<string, FileIdentity>;
}

const RECORD = join('.cache', 'identity.json');

export function identityOf(s: Stats): FileIdentity {
  return [s.ino, s.size, s.mtimeMs, s.ctimeMs];
}

/**
 * A file's identity when it can be remembered (a regular file modified at least SETTLED_MS before `now`, when it
 * was taken), else null. `changed`: its change time too (an input copied with its time kept, `cp -p`, has an old
 * modification time and a new change time). Not for nomen's own outputs and cache entries: the links and unlinks
 * of every build's swap renew their change times, and nomen never writes them in place.
 */
export function settledIdentity(s: Stats | null, now: number, changed = false): FileIdentity | null {
  const latest = s === null ? 0 : changed ? Math.max(s.mtimeMs, s.ctimeMs) : s.mtimeMs;
  return s !== null && s.isFile() && latest < now - SETTLED_MS ? identityOf(s) : null;
}

export function sameIdentity(a: FileIdentity | undefined, b: FileIdentity | null): boolean {
  return a !== undefined && b !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/** The identity of `path` now, or null (absent, unreadable, not a file). */
export function currentIdentity(path: string): FileIdentity | null {
  const s = statOrNull(path);
  return s !== null && s.isFile() ? identityOf(s) : null;
}

/**
 * The stats of `path` as an open() gives them: on a network file system a plain stat may answer from an attribute
 * cache (NFS: up to a minute), an open revalidates it (close-to-open consistency), as reading the file did.
 */
export function openedStatOrNull(path: string): Stats | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    return fstatSync(fd);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

export function noIdentities(): IdentityRecord {
  return { inputs: Object.create(null), entries: Object.create(null), outputs: Object.create(null) } as IdentityRecord;
}

/** The previous build's record, or an empty one when absent, unsigned, or not this nomen's. */
export function readIdentities(buildDir: string, fingerprint: string): IdentityRecord {
  const empty = noIdentities();
  try {
    const r = readSignedRecord(join(buildDir, RECORD), 'identity', fingerprint) as Partial<IdentityRecord> | null;
    if (r === null) return empty;
    const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (!isObject(r.inputs) || !isObject(r.entries) || !isObject(r.outputs)) return empty;
    const inputs: IdentityRecord['inputs'] = Object.create(null) as IdentityRecord['inputs'];
    for (const [path, v] of Object.entries(r.inputs)) {
      const x = v as { id?: unknown; sha256?: unknown };
      if (isIdentity(x?.id) && typeof x.sha256 === 'string' && /^[0-9a-f]{64}$/.test(x.sha256)) inputs[path] = { id: x.id, sha256: x.sha256 };
    }
    return { inputs, entries: identities(r.entries), outputs: identities(r.outputs) };
  } catch {
    return empty;
  }
}

function identities(raw: Record<string, unknown>): Record<string, FileIdentity> {
  const out = Object.create(null) as Record<string, FileIdentity>;
  for (const [k, v] of Object.entries(raw)) if (isIdentity(v)) out[k] = v;
  return out;
}

function isIdentity(x: unknown): x is FileIdentity {
  return Array.isArray(x) && x.length === 4 && x.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** What a build read and wrote, for its identity record. */
export interface SeenFiles {
  /** each input read or trusted: its sha256, and its settled identity taken just before it was read (null: not settled) */
  inputs: { absolute: string; relative: string; sha256: string; id: FileIdentity | null }[];
  /** the keys of the cache entries the build holds */
  entries: string[];
  /** the replay outputs its replay record lists */
  outputs: string[];
}

/**
 * Record the identities of a build just swapped in as `buildDir`: `inputs`
 * (absolute path, name, sha256 of the bytes read), the cache entries by key,
 * the replay outputs by path. Only settled files are remembered.
 */
export function writeIdentities(
  buildDir: string,
  fingerprint: string,
  seen: SeenFiles,
): void {
  const now = Date.now();
  const record = noIdentities();
  for (const i of [...seen.inputs].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))) {
    // the identity was taken (settled) just before the input was read: it must still be the file's
    if (i.id !== null && sameIdentity(i.id, currentIdentity(i.absolute))) record.inputs[i.relative] = { id: i.id, sha256: i.sha256 };
  }
  for (const key of [...seen.entries].sort()) {
    const id = settledIdentity(statOrNull(join(buildDir, '.cache', 'parse', `${key}.json`)), now);
    if (id) record.entries[key] = id;
  }
  for (const path of [...seen.outputs].sort()) {
    const id = settledIdentity(statOrNull(join(buildDir, path)), now);
    if (id) record.outputs[path] = id;
  }
  writeSignedRecord(join(buildDir, RECORD), 'identity', record, fingerprint);
}
