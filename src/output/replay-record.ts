import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Base } from '../replay/base.js';
import { sha256OfFileSync } from './write.js';
import { readSignedRecord, writeSignedRecord } from './signed-record.js';
import { currentIdentity, sameIdentity, type FileIdentity } from './identity.js';
import type { WrittenFiles } from './written.js';

/**
 * What a build remembers of its replay, so that the next build of the very
 * same documents links the replay's outputs instead of replaying: the replay
 * and the feed depend only on the documents (each named by its cache key,
 * which covers its source bytes, its path and nomen's code), the names they
 * are written under and the base, all in `key`. The outputs are linked only
 * when the record is signed by this nomen and every output is still there
 * with the bytes it was written with (its sha256: reading them back costs a
 * tenth of replaying); otherwise the build replays as always.
 */
export interface ReplayRecord {
  key: string;
  /** the lines the replay and feed steps printed (a build that reuses them prints them again) */
  summary: string[];
  replayErrors: number;
  /** every file of the build but its documents, cache, index.json and errors.json: what the replay, feed and diagnostics wrote */
  files: { path: string; size: number; sha256: string }[];
}

const RECORD = join('.cache', 'replay.json');
/** What the build writes before the replay: not the replay's. */
const NOT_REPLAY = new Set(['documents', '.cache', 'index.json', 'errors.json']);

/** The key of a replay: the parser fingerprint, the base, and every input with its cache key and the file it is written as. */
export function replayKey(fingerprint: string, base: Base | undefined, inputs: { path: string; key: string; file: string | null }[]): string {
  const hash = createHash('sha256').update(fingerprint).update('\0').update(base ? JSON.stringify(base) : '-');
  for (const i of inputs) hash.update(`\0${i.path}\0${i.key}\0${i.file ?? '-'}`);
  return hash.digest('hex');
}

/**
 * Link the previous build's replay outputs into `staging` when its record
 * has this key, lists exactly the replay outputs that build holds, and each
 * still has the bytes it was written with (its sha256, or its identity as
 * recorded after that build's swap, `known`: identity.ts); the record, or null
 * (with nothing left linked) when the replay must run. `written` is told
 * the sha256 of each file linked (just checked).
 */
export function reuseReplay(previousDir: string, staging: string, key: string, fingerprint: string, written?: WrittenFiles, known: Record<string, FileIdentity> = {}): (ReplayRecord & { trusted: number }) | null {
  const record = readRecord(previousDir, fingerprint);
  if (record === null || record.key !== key) return null;
  const present = replayFiles(previousDir);
  if (present.length !== record.files.length || present.some((p, i) => p !== record.files[i].path)) return null;
  // the size first: a file of another size is not read
  for (const f of record.files) if (statSync(join(previousDir, f.path), { throwIfNoEntry: false })?.size !== f.size) return null;
  // a file still the one the previous build recorded after its swap (identity.ts) is not read again
  let trusted = 0;
  for (const f of record.files) {
    const path = join(previousDir, f.path);
    if (sameIdentity(known[f.path], currentIdentity(path))) trusted++;
    else if (sha256OfFileSync(path) !== f.sha256) return null;
  }
  const linked: string[] = [];
  try {
    for (const f of record.files) {
      mkdirSync(dirname(join(staging, f.path)), { recursive: true });
      linkSync(join(previousDir, f.path), join(staging, f.path));
      linked.push(join(staging, f.path));
      written?.note(join(staging, f.path), f.sha256, f.size);
    }
  } catch {
    for (const l of linked) rmSync(l, { force: true });
    return null;
  }
  return { ...record, trusted };
}

/**
 * Tell `written` what the previous build's replay outputs hold (their sha256 and size, from its signed record) for
 * each output that is still the very file that build recorded after its swap (`known`, identity.ts): when the
 * replay runs again, a writer compares its new bytes with the old file by hash instead of reading it back.
 */
export function vouchPreviousOutputs(previousDir: string, fingerprint: string, written: WrittenFiles, known: Record<string, FileIdentity>): number {
  const record = readRecord(previousDir, fingerprint);
  if (record === null) return 0;
  let vouched = 0;
  for (const f of record.files) {
    const path = join(previousDir, f.path);
    const id = currentIdentity(path);
    if (id === null || id[1] !== f.size || !sameIdentity(known[f.path], id)) continue;
    written.vouch(path, f.sha256, f.size, { ino: id[0], mtimeMs: id[2], ctimeMs: id[3] });
    vouched++;
  }
  return vouched;
}

/**
 * Remember the replay of a finished build (its outputs as they are in
 * `buildDir`), signed like a cache entry. An output's sha256 is taken from
 * `written` when its writer noted it and it is still that file, else read.
 * Gives the outputs' paths (their identities are recorded after the swap).
 */
export function writeRecord(buildDir: string, key: string, summary: string[], replayErrors: number, fingerprint: string, written?: WrittenFiles): string[] {
  const hashOf = (file: string) => written?.sha256Of(file) ?? sha256OfFileSync(file);
  const files = replayFiles(buildDir).map((path) => ({ path, size: statSync(join(buildDir, path)).size, sha256: hashOf(join(buildDir, path))! }));
  writeSignedRecord(join(buildDir, RECORD), 'replay', { key, summary, replayErrors, files } satisfies ReplayRecord, fingerprint);
  return files.map((f) => f.path);
}

/** The files of a build the replay, the feed and diagnostics.json wrote, sorted. */
function replayFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (!dir && NOT_REPLAY.has(e.name)) continue;
    if (e.isDirectory()) out.push(...replayFiles(root, path));
    else out.push(path);
  }
  return out.sort();
}

function readRecord(dir: string, fingerprint: string): ReplayRecord | null {
  try {
    // a record edited by hand or written by another nomen is not trusted
    const r = readSignedRecord(join(dir, RECORD), 'replay', fingerprint) as Partial<ReplayRecord> | null;
    if (r === null) return null;
    const fileOk = (f: unknown) => {
      const x = f as ReplayRecord['files'][number];
      return typeof x?.path === 'string' && typeof x.size === 'number' && typeof x.sha256 === 'string';
    };
    if (typeof r.key !== 'string' || !Array.isArray(r.summary) || !r.summary.every((l) => typeof l === 'string')) return null;
    if (typeof r.replayErrors !== 'number' || !Array.isArray(r.files) || !r.files.every(fileOk)) return null;
    return r as ReplayRecord;
  } catch {
    return null;
  }
}
