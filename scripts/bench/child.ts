/**
 * Runs the nomen CLI (dist/) as a child process, one process per build, and
 * reads back its wall time, CPU and peak RSS (process.resourceUsage() of the
 * child itself, written at its exit by ./rusage.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = resolve(fileURLToPath(import.meta.url), '..');
export const repo = resolve(here, '../..');
/** $NOMEN_BENCH_DIST: another compiled tree to measure (an earlier commit's dist/, kept under node_modules/ so it finds the packages). */
const dist = process.env.NOMEN_BENCH_DIST ? resolve(process.env.NOMEN_BENCH_DIST) : join(repo, 'dist');
export const cliPath = join(dist, 'cli/main.js');
const cli = cliPath;
const preload = pathToFileURL(join(here, 'rusage.mjs')).href;

export interface ChildRun {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
  status: number | null;
  /** the child's stderr tail, for a run that failed */
  stderr: string;
}

/** `node dist/cli/main.js ...args` with the usage preload; throws when it exits with a status not in `ok`. */
export function runCli(args: readonly string[], ok: readonly number[] = [0]): ChildRun {
  const tmp = mkdtempSync(join(tmpdir(), 'nomen-bench-rusage-'));
  try {
    const file = join(tmp, 'rusage.json');
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', preload, cli, ...args], {
      cwd: repo,
      env: { ...process.env, NOMEN_BENCH_RUSAGE: file },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    const wallMs = performance.now() - t0;
    const stderr = r.stderr?.toString('utf8').slice(-2000) ?? '';
    if (r.error) throw r.error;
    if (!ok.includes(r.status ?? -1)) throw new Error(`nomen ${args.join(' ')} exited ${r.status}:\n${stderr}`);
    const u = JSON.parse(readFileSync(file, 'utf8')) as { maxRssKiB: number; userUs: number; systemUs: number };
    return { wallMs, cpuMs: (u.userUs + u.systemUs) / 1000, maxRssMiB: u.maxRssKiB / 1024, status: r.status, stderr };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Wall time of a command started as is (no preload): the start-up cost a user sees. */
export function timeCommand(cmd: string, args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: repo, stdio: 'ignore' });
  const ms = performance.now() - t0;
  if (r.error || r.status !== 0) throw r.error ?? new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return ms;
}

/** dist/ older than src/ would measure old code: say so before measuring anything. */
export function distIsStale(): string | null {
  let newest = 0;
  let newestFile = '';
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (statSync(p).mtimeMs > newest) {
        newest = statSync(p).mtimeMs;
        newestFile = p;
      }
    }
  };
  walk(join(repo, 'src'));
  let built = 0;
  try {
    built = statSync(cli).mtimeMs;
  } catch {
    return 'dist/ is missing';
  }
  return newest > built && !process.env.NOMEN_BENCH_DIST ? `${newestFile.slice(repo.length + 1)} is newer than dist/` : null;
}
