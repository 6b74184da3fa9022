/**
 * The build's parse workers stop an input that runs past LIMITS.parseTimeoutMs: the input fails with `parse-timeout`
 * (not remembered: the time depends on the machine's load), its worker is replaced, and timeouts do not count as
 * worker deaths (after MAX_DEATHS of those the pool parses in the build's own thread, where nothing could stop a parse).
 * A 1 ms limit makes every parse run past it (starting a worker alone takes longer); no time is measured.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { ParsePool, workerCount } from '../../src/output/parse-pool.js';
import type { ParseTask } from '../../src/output/parse-store.js';

const tmp = mkdtempSync(join(tmpdir(), 'nomen-timeout-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seed = resolve(import.meta.dirname, '../../corpus/002_29c95240c44a6cf6.txt');

const task = (name: string): ParseTask => ({
  relative: name,
  absolute: join(tmp, name),
  bytes: readFileSync(seed),
  documentFile: join(tmp, `${name}.json`),
  cache: { dir: tmp, key: `key-${name}`, fingerprint: 'test' },
});

it('an input parsed past its time fails with parse-timeout, again and again, and the pool still parses with workers', async () => {
  const pool = new ParsePool(1, 1);
  try {
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await pool.parse(task(`slow-${i}.md`)));
    for (const o of outcomes) expect(o).toEqual({ failure: { code: 'parse-timeout', reason: 'parsing took more than 0.001 s: stopped' }, remember: false });
  } finally {
    await pool.close();
  }
  const usual = new ParsePool(1);
  try {
    const outcome = await usual.parse(task('usual.md'));
    expect('document' in outcome).toBe(true);
  } finally {
    await usual.close();
  }
}, 120_000);

it('a result that comes in as its worker is stopped for time is kept, and the next input goes to a new worker, not the stopped one', async () => {
  // (the build's thread is busy while the worker finishes and the timer falls due: Node runs the timer first, then still
  // hands over the result; the stopped worker was put back to work and the next input failed as `internal`, a death)
  const pool = new ParsePool(1, 300);
  try {
    const a = pool.parse(task('a.md'));
    const b = pool.parse(task('b.md'));
    const since = Date.now();
    while (Date.now() - since < 4000) {
      // busy, as a build's thread reading its cache
    }
    const outcomes = await Promise.all([a, b]);
    for (const o of outcomes) expect('document' in o || ('failure' in o && o.failure.code === 'parse-timeout')).toBe(true);
    expect((pool as unknown as { deaths: number }).deaths).toBe(0);
  } finally {
    await pool.close();
  }
}, 120_000);

it('an input that runs its worker out of memory is parsed again alone in a worker of a larger heap (never in the build\'s thread), or fails as too-complex', async () => {
  const limits = LIMITS as unknown as Record<'parseWorkerHeapMb' | 'parseLargeWorkerHeapMb', number>;
  const saved = { small: limits.parseWorkerHeapMb, large: limits.parseLargeWorkerHeapMb };
  // (the pool's first worker gets a 4 MB heap, which cannot hold the parser: it runs out of memory on its input; the
  // workers that replace it get the usual heap back)
  const poolWithSmallFirstWorker = () => {
    limits.parseWorkerHeapMb = 4;
    const pool = new ParsePool(1);
    limits.parseWorkerHeapMb = saved.small;
    return pool;
  };
  try {
    const pool = poolWithSmallFirstWorker();
    try {
      const outcome = await pool.parse(task('big.md'));
      expect('document' in outcome).toBe(true);
      expect((pool as unknown as { deaths: number }).deaths).toBe(0);
      expect((pool as unknown as { degraded: boolean }).degraded).toBe(false);
      // (and the pool goes on with its usual workers)
      expect('document' in (await pool.parse(task('next.md')))).toBe(true);
    } finally {
      await pool.close();
    }
    limits.parseLargeWorkerHeapMb = 4;
    const small = poolWithSmallFirstWorker();
    try {
      expect(await small.parse(task('bigger.md'))).toEqual({ failure: { code: 'too-complex', reason: 'parsing needs more than 4 MB of memory' }, remember: false });
    } finally {
      await small.close();
    }
  } finally {
    limits.parseWorkerHeapMb = saved.small;
    limits.parseLargeWorkerHeapMb = saved.large;
  }
}, 120_000);

it('a single input is parsed in a worker too (the decree added to a built history is bounded in time like any other); NOMEN_WORKERS=0 parses in the build\'s thread', () => {
  const env = process.env.NOMEN_WORKERS;
  delete process.env.NOMEN_WORKERS;
  try {
    expect(workerCount(0)).toBe(0);
    expect(workerCount(1)).toBe(1);
    expect(workerCount(1, 0)).toBe(0);
    expect(workerCount(3, 2)).toBe(2);
  } finally {
    if (env !== undefined) process.env.NOMEN_WORKERS = env;
  }
});
