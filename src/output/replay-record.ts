import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Base } from '../replay/base.js';
import { writeFileAtomicSync } from './write.js';

/**
 * What a build remembers of its replay, so that the next build of the very
 * same documents links the replay's outputs instead of replaying: the replay
 * and the feed depend only on the documents (each named by its cache key,
 * which covers its source bytes, its path and nomen's code), the names they
 * are written under and the base, all in `key`. The outputs are linked only
 * when every one of them is still as the build wrote it (size and
 * modification time: nomen replaces files by rename and links unchanged
 * ones, so an edit by hand shows); otherwise the build replays as always.
 */
export interface ReplayRecord {
  key: string;
  /** the lines the replay and feed steps printed (a build that reuses them prints them again) */
  summary: string[];
  replayErrors: number;
  files: { path: string; size: number; mtimeMs: number }[];
}

const RECORD = join('.cache', 'replay.json');
/** The outputs of the replay and feed steps and of diagnostics.json (which holds the replay's findings). */
const FILES = ['nomenclature.json', 'timeline.json', 'diagnostics.json'];
const DIRS = ['changes', 'feed'];

/** The key of a replay: the parser fingerprint, the base, and every input with its cache key and the file it is written as. */
export function replayKey(fingerprint: string, base: Base | undefined, inputs: { path: string; key: string; file: string | null }[]): string {
  const hash = createHash('sha256').update(fingerprint).update('\0').update(base ? JSON.stringify(base) : '-');
  for (const i of inputs) hash.update(`\0${i.path}\0${i.key}\0${i.file ?? '-'}`);
  return hash.digest('hex');
}

/**
 * Link the previous build's replay outputs into `staging` when its record
 * has this key and every file is unchanged; the record, or null (nothing
 * linked that the replay would not write the same) when the replay must run.
 */
export function reuseReplay(previousDir: string, staging: string, key: string): ReplayRecord | null {
  const record = readRecord(previousDir);
  if (record === null || record.key !== key) return null;
  for (const f of record.files) {
    const s = statSync(join(previousDir, f.path), { throwIfNoEntry: false });
    if (!s?.isFile() || s.size !== f.size || s.mtimeMs !== f.mtimeMs) return null;
  }
  try {
    for (const f of record.files) {
      mkdirSync(dirname(join(staging, f.path)), { recursive: true });
      linkSync(join(previousDir, f.path), join(staging, f.path));
    }
  } catch {
    // links refused: the replay runs, and its writers replace what was linked by the same bytes
    return null;
  }
  return record;
}

/** Remember the replay of a finished build (its outputs as they are in `buildDir`). */
export function writeRecord(buildDir: string, key: string, summary: string[], replayErrors: number): void {
  const paths = [...FILES, ...DIRS.flatMap((d) => listFiles(buildDir, d))];
  const files = paths.map((path) => {
    const s = statSync(join(buildDir, path));
    return { path, size: s.size, mtimeMs: s.mtimeMs };
  });
  const record: ReplayRecord = { key, summary, replayErrors, files };
  writeFileAtomicSync(join(buildDir, RECORD), JSON.stringify(record) + '\n');
}

function listFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  // no changes/ when there is no document
  const entries = statSync(join(root, dir), { throwIfNoEntry: false })?.isDirectory() ? readdirSync(join(root, dir), { withFileTypes: true }) : [];
  for (const e of entries) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...listFiles(root, path));
    else if (e.isFile()) out.push(path);
  }
  return out.sort();
}

function readRecord(dir: string): ReplayRecord | null {
  try {
    const r = JSON.parse(readFileSync(join(dir, RECORD), 'utf8')) as Partial<ReplayRecord>;
    const fileOk = (f: unknown) => {
      const x = f as ReplayRecord['files'][number];
      return typeof x?.path === 'string' && !x.path.startsWith('/') && !x.path.split('/').includes('..') && typeof x.size === 'number' && typeof x.mtimeMs === 'number';
    };
    if (typeof r.key !== 'string' || !Array.isArray(r.summary) || !r.summary.every((l) => typeof l === 'string')) return null;
    if (typeof r.replayErrors !== 'number' || !Array.isArray(r.files) || !r.files.every(fileOk)) return null;
    // every output the replay writes must be in the record: one listed short would be missing from the build
    if (!FILES.every((f) => r.files!.some((x) => x.path === f))) return null;
    return r as ReplayRecord;
  } catch {
    return null;
  }
}
