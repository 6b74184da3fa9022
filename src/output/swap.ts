import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A build as a whole is atomic: it is written into a fresh hidden sibling
 * of the output directory (`.out.nomen-new`) and swapped in at the end
 * (out → `.out.nomen-old`, new → out, old removed). A build killed at any
 * moment leaves out/ as the previous build or the new one, never a mix; the
 * only moment out/ is missing (between the two renames) is repaired by
 * `recoverOut`, which every build and every reader of a build calls first.
 * A lock file beside out/ (`.out.nomen-lock`, holding the pid) refuses a
 * second concurrent build.
 */
export interface OutPaths {
  out: string;
  staging: string;
  old: string;
  lock: string;
}

export function outPaths(out: string): OutPaths {
  const abs = resolve(out);
  const parent = dirname(abs);
  const name = basename(abs);
  return { out: abs, staging: join(parent, `.${name}.nomen-new`), old: join(parent, `.${name}.nomen-old`), lock: join(parent, `.${name}.nomen-lock`) };
}

export class BuildLockedError extends Error {
  constructor(
    readonly out: string,
    readonly pid: number,
  ) {
    super(`another nomen build (pid ${pid}) is writing ${out}; wait for it to finish (or remove ${outPaths(out).lock} if that process is gone)`);
    this.name = 'BuildLockedError';
  }
}

/** The moments of a build, in order, at which a test can stop it (`reachedPhase`). */
export const BUILD_PHASES = ['staging-fresh', 'documents-written', 'replay-written', 'staging-complete', 'out-set-aside', 'swapped', 'committed'] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];

/**
 * Test seam: with NOMEN_TEST_KILL_AT=<phase> in its environment, the build
 * kills itself with SIGKILL (what `kill -9` does) on reaching that phase, so
 * that a test interrupts each step of the write and of the swap for sure
 * instead of by luck of timing. Only tests set it.
 */
export function reachedPhase(phase: BuildPhase): void {
  if (process.env.NOMEN_TEST_KILL_AT === phase) process.kill(process.pid, 'SIGKILL');
}

/** `out` holds files that are not a nomen build: replacing it would delete them. */
export class NotABuildError extends Error {
  constructor(readonly out: string) {
    super(`output directory '${out}' holds files that are not a nomen build (no index.json, errors.json and documents/); a build replaces its output directory whole, so it will not write there: choose an empty or new directory`);
    this.name = 'NotABuildError';
  }
}

/** What every build writes at the top of its output: a directory holding them all is an earlier build. */
const BUILD_MARKS = ['index.json', 'errors.json', 'documents'];

/**
 * The swap replaces out/ whole and removes what was there. That is right for an earlier build, and wrong for anything
 * else an --out (or a symlink standing for it) may name: a home folder, a repository. So out/ must be missing, empty,
 * or an earlier build; otherwise NotABuildError, before anything is written.
 */
export async function assertReplaceable(out: string): Promise<void> {
  const entries = await readdir(resolve(out), { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  if (entries.length === 0) return;
  const mark = (name: string) => entries.some((e) => e.name === name && (name === 'documents' ? e.isDirectory() : e.isFile()));
  if (BUILD_MARKS.every(mark)) return;
  throw new NotABuildError(out);
}

const exists = (p: string) => stat(p).then(
  () => true,
  () => false,
);

/** An interrupted swap: out/ missing with the previous build set aside, or a fresh build left complete. */
export async function recoverOut(out: string): Promise<void> {
  const p = outPaths(out);
  if (await exists(p.out)) {
    await rm(p.old, { recursive: true, force: true });
    return;
  }
  if (await exists(p.old)) await rename(p.old, p.out);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the lock on `out`, or throw BuildLockedError naming the holder. A lock whose process is gone is taken over. */
export async function lockOut(out: string): Promise<() => Promise<void>> {
  const p = outPaths(out);
  await mkdir(dirname(p.lock), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    // the lock appears with its pid in it (written aside, then linked: link fails when the lock exists);
    // a lock created empty and filled after could be read empty, taken for stale, and taken over
    const aside = `${p.lock}.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      await writeFile(aside, `${process.pid}\n`);
      try {
        await link(aside, p.lock);
      } finally {
        await unlink(aside).catch(() => undefined);
      }
      return async () => {
        await unlink(p.lock).catch(() => undefined);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(await readFile(p.lock, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new BuildLockedError(out, pid);
      await unlink(p.lock).catch(() => undefined); // stale: its build was killed
    }
  }
  throw new BuildLockedError(out, 0);
}

/** A fresh, empty staging directory for the next build of `out`. */
export async function freshStaging(out: string): Promise<string> {
  const p = outPaths(out);
  await rm(p.staging, { recursive: true, force: true });
  await mkdir(p.staging, { recursive: true });
  reachedPhase('staging-fresh');
  return p.staging;
}

/** Swap the finished staging directory in as out/. */
export async function commitStaging(out: string): Promise<void> {
  const p = outPaths(out);
  reachedPhase('staging-complete');
  // (again, right before out/ is set aside: files put there while the build ran are not deleted)
  await assertReplaceable(out);
  await rm(p.old, { recursive: true, force: true });
  if (await exists(p.out)) await rename(p.out, p.old);
  reachedPhase('out-set-aside');
  await rename(p.staging, p.out);
  reachedPhase('swapped');
  await rm(p.old, { recursive: true, force: true });
  reachedPhase('committed');
}
