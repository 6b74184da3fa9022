/**
 * Hardening issue, items 6, 7 and 8 at the level of a build: atomic as a
 * whole (kill -9 loop), a lock on --out, one change set file per document,
 * long stems, a tampered cache, and the errors that are not the input's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, command as build } from '../../src/commands/build.js';
import type { CommandIO } from '../../src/commands/types.js';
import { BuildIndex } from '../../src/schema/build.js';
import { BUILD_PHASES } from '../../src/output/swap.js';
import { command as at } from '../../src/commands/at.js';
import { command as history } from '../../src/commands/history.js';

const repo = resolve(import.meta.dirname, '../..');
const shared = resolve(repo, '../shared/corpus');
const tmp = mkdtempSync(join(tmpdir(), 'nomen-hard-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** Every file of a build (relative path → bytes), the cache left out. */
function snapshot(dir: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === '.cache') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(`${relative(dir, p)}\n${readFileSync(p, 'latin1')}`);
    }
  };
  walk(dir);
  return files.join('\0');
}

const ARTICLE = '**Article 1er.** A l\'article 14 de l\'annexe, la prestation 589676 - 589680 est supprimée.\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2024.\n';

function inputDir(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

describe('item 7: one change set file per document', () => {
  it('two sources with the same NUMAC are one document (the other reported), stems `a b` / `a_b` two; one changes/ file each', async () => {
    const fm = (n: string) => `---\nnumber: ${n}\n---\n\n${ARTICLE}`;
    const dir = inputDir('same-id', { 'x.md': fm('2099000001'), 'y.md': fm('2099000001'), 'a b.md': `---\n---\n\n${ARTICLE}`, 'a_b.md': `---\n---\n\n${ARTICLE}` });
    const out = join(tmp, 'same-id-out');
    await buildCorpus({ dir, out, io: fakeIO().io });
    const docs = readdirSync(join(out, 'documents')).sort();
    // one document per NUMAC (the read-back issue): x.md is kept, y.md reported as build/duplicate-numac
    expect(docs).toHaveLength(3);
    expect(readdirSync(join(out, 'changes')).sort()).toEqual(docs);
  });

  it('a 236-character stem builds, replay included (ENAMETOOLONG before)', async () => {
    const stem = 'd'.repeat(236);
    const dir = inputDir('long', { [`${stem}.md`]: `---\n---\n\n${ARTICLE}` });
    const out = join(tmp, 'long-out');
    const result = await buildCorpus({ dir, out, io: fakeIO().io });
    expect(result.failedSteps).toEqual([]);
    expect(readdirSync(join(out, 'changes'))).toHaveLength(1);
    expect(readdirSync(join(out, 'documents'))).toEqual(readdirSync(join(out, 'changes')));
  });

  it('a parse-cache entry of the right shape but tampered content is not written into documents/', async () => {
    const dir = inputDir('cache', { 'c.md': `---\nnumber: 2099000002\n---\n\n${ARTICLE}` });
    const out = join(tmp, 'cache-out');
    await buildCorpus({ dir, out, io: fakeIO().io });
    const clean = readFileSync(join(out, 'documents', '2099000002.json'), 'utf8');
    const cacheDir = join(out, '.cache', 'parse');
    for (const name of readdirSync(cacheDir)) {
      const p = join(cacheDir, name);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/"title": null/, '"title": "TAMPERED"').replaceAll('589676', '999999'));
    }
    const again = await buildCorpus({ dir, out, io: fakeIO().io });
    expect(again.cacheHits).toBe(0);
    expect(readFileSync(join(out, 'documents', '2099000002.json'), 'utf8')).toBe(clean);
  });
});

describe('item 8: errors that are not errors of the input', () => {
  const dir = () => inputDir('ok-input', { 'a.md': `---\nnumber: 2099000003\n---\n\n${ARTICLE}` });

  it('--out a regular file: exit 2 with a message, no stack trace', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const f = fakeIO();
    expect(await build.run([dir(), '--out', file], f.io)).toBe(2);
    expect(f.err()).toContain('is not a directory');
    expect(f.err()).not.toMatch(/\n\s+at /);
  });

  it('--out under a regular file (cannot be created): exit 73 with a message', async () => {
    const file = join(tmp, 'another-file');
    writeFileSync(file, 'x');
    const f = fakeIO();
    expect(await build.run([dir(), '--out', join(file, 'out')], f.io)).toBe(73);
    expect(f.err()).toMatch(/cannot write the build/);
  });

  it('--out a symlink to the input folder is refused', async () => {
    const input = dir();
    const link = join(tmp, 'link-to-input');
    symlinkSync(input, link);
    const f = fakeIO();
    expect(await build.run([input, '--out', link], f.io)).toBe(2);
    expect(f.err()).toContain('must not be the input directory');
    expect(readdirSync(input)).toEqual(['a.md']);
  });

  it('--out a symlink to another folder builds there and keeps the link', async () => {
    const target = join(tmp, 'real-out');
    mkdirSync(target);
    const link = join(tmp, 'link-out');
    symlinkSync(target, link);
    expect(await build.run([dir(), '--out', link], fakeIO().io)).toBe(0);
    expect(existsSync(join(target, 'index.json'))).toBe(true);
    expect(readFileSync(join(link, 'index.json'), 'utf8')).toBe(readFileSync(join(target, 'index.json'), 'utf8'));
  });
});

// decrees that build without error (a few corpus files hold no article)
/** CI runs 10; NOMEN_KILL_RUNS=30 for the count. */
const KILLS = Number(process.env.NOMEN_KILL_RUNS ?? 10);

const decrees = readdirSync(shared)
  .filter((n) => n.endsWith('.md') && /\*\*(?:Article|Art\.)\s/.test(readFileSync(join(shared, n), 'utf8')))
  .sort();

/** `node --import tsx src/cli/main.ts build DIR --out OUT` */
function cli(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/main.ts'), ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('item 6: a build is atomic as a whole, and locked', () => {
  // Build A: 6 decrees; build B: 6 others. Both are built once to know their bytes.
  const setA = decrees.slice(0, 6);
  const setB = decrees.slice(6, 12);
  const make = (name: string, files: string[]) => {
    const d = join(tmp, name);
    mkdirSync(d, { recursive: true });
    for (const f of files) cpSync(join(shared, f), join(d, f));
    return d;
  };

  /** Builds A and B made once, with their bytes and what the readers answer from each. */
  let refs: Promise<{ a: string; b: string; snapA: string; snapB: string; readA: string; readB: string }> | null = null;
  const references = () =>
    (refs ??= (async () => {
      const a = make('kill-a', setA);
      const b = make('kill-b', setB);
      const refA = join(tmp, 'ref-a');
      const refB = join(tmp, 'ref-b');
      await buildCorpus({ dir: a, out: refA, io: fakeIO().io });
      await buildCorpus({ dir: b, out: refB, io: fakeIO().io });
      return { a: refA, b: refB, snapA: snapshot(refA), snapB: snapshot(refB), readA: await readers(refA), readB: await readers(refB) };
    })());

  /** What `at` and `history` answer from a build (exit codes and output), for a code of each build. */
  async function readers(out: string): Promise<string> {
    const answers: string[] = [];
    const ask = async (cmd: typeof at, argv: string[]) => {
      const f = fakeIO();
      const code = await cmd.run([...argv, '--out', out], f.io);
      answers.push(`${argv.join(' ')} → ${code}\n${f.out()}\n${f.err().split(out).join('OUT')}`);
    };
    await ask(at, ['2030-01-01', '--format', 'json']);
    for (const code of ['589676', '460493', '102012']) await ask(history, [code, '--json']);
    return answers.join('\n');
  }

  it('a build killed at each named phase leaves out/ as the old build before the swap and the new one from it, and `at`/`history` answer from that build alone', async () => {
    const { a: refA, snapA, snapB, readA, readB } = await references();
    expect(snapA).not.toBe(snapB);
    expect(readA).not.toBe(readB);
    const input = make('phase-input', setB);
    const out = join(tmp, 'phase-out');
    for (const phase of BUILD_PHASES) {
      rmSync(out, { recursive: true, force: true });
      cpSync(refA, out, { recursive: true });
      const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/main.ts'), 'build', input, '--out', out, '--no-cache'], { cwd: repo, stdio: 'ignore', env: { ...process.env, NOMEN_TEST_KILL_AT: phase } });
      const signal = await new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, sig) => r(sig)));
      // killed there, so the phase was reached: never a build that ran to its end by chance
      expect({ phase, signal }).toEqual({ phase, signal: 'SIGKILL' });
      // between the two renames there is no out/ at all, only the old build set aside
      if (phase === 'out-set-aside') expect(existsSync(out)).toBe(false);
      // the readers first, on the directory as the kill left it: they repair an interrupted swap themselves
      const read = await readers(out);
      const snap = snapshot(out);
      const swapped = BUILD_PHASES.indexOf(phase) >= BUILD_PHASES.indexOf('swapped');
      expect({ phase, build: snap === snapA ? 'old' : snap === snapB ? 'new' : 'mixed' }).toEqual({ phase, build: swapped ? 'new' : 'old' });
      expect({ phase, readers: read === readA ? 'old' : read === readB ? 'new' : 'mixed' }).toEqual({ phase, readers: swapped ? 'new' : 'old' });
      // and the next build (the lock of the killed one is stale) is whole
      expect(await build.run([input, '--out', out, '--no-cache'], fakeIO().io)).toBe(0);
      expect(snapshot(out)).toBe(snapB);
    }
  }, 300_000);

  it(`${KILLS} kill -9 at spread moments leave out/ as the old build or the new one, never a mix`, async () => {
    const input = join(tmp, 'kill-input');
    const { a: refA, snapA, snapB, readA, readB } = await references();
    const b = join(tmp, 'kill-b');
    expect(snapA).not.toBe(snapB);

    // how long a build of B takes in a child, to spread the kills over it
    rmSync(input, { recursive: true, force: true });
    cpSync(b, input, { recursive: true });
    const t0 = Date.now();
    const full = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/main.ts'), 'build', input, '--out', join(tmp, 'timing-out'), '--no-cache'], { cwd: repo });
    expect(full.status).toBe(0);
    const span = Date.now() - t0;

    const out = join(tmp, 'kill-out');
    const seen = { old: 0, new: 0 };
    for (let k = 0; k < KILLS; k++) {
      rmSync(out, { recursive: true, force: true });
      cpSync(refA, out, { recursive: true });
      const child = cli(['build', input, '--out', out, '--no-cache']);
      const exited = new Promise((r) => child.on('exit', r));
      // spread over the whole build, the writing at its end included, and a little past it
      await new Promise((r) => setTimeout(r, Math.round(span * (0.3 + (0.8 * (k + 0.5)) / KILLS))));
      child.kill('SIGKILL');
      await exited;
      const read = await readers(out); // they repair an interrupted swap first, as the next build does
      const snap = snapshot(out);
      expect(snap === snapA || snap === snapB).toBe(true);
      expect(read).toBe(snap === snapA ? readA : readB);
      seen[snap === snapA ? 'old' : 'new']++;
    }
    // the kills did land before the swap (the last ones may land after it)
    expect(seen.old).toBeGreaterThan(0);
    if (process.env.NOMEN_KILL_RUNS) console.log(`kill -9 runs: ${KILLS}, old build left ${seen.old}, new build ${seen.new}, mixed 0`);
    // and a build after all that is whole
    expect(await build.run([input, '--out', out], fakeIO().io)).toBe(0);
    expect(snapshot(out)).toBe(snapB);
  }, 300_000);

  it('a second build into the same --out is refused with a clear message while the first runs', async () => {
    const input = make('lock-input', decrees.slice(0, 20));
    const out = join(tmp, 'lock-out');
    const child = cli(['build', input, '--out', out, '--no-cache']);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    // wait until the first build holds the lock
    const lock = join(tmp, '.lock-out.nomen-lock');
    for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 25));
    expect(existsSync(lock)).toBe(true);
    const f = fakeIO();
    expect(await build.run([input, '--out', out], f.io)).toBe(75);
    expect(f.err()).toMatch(/another nomen build \(pid \d+\) is writing/);
    expect(await exited).toBe(0);
    expect(err).toBe('');
    expect(BuildIndex.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).documents.length).toBe(20);
  }, 120_000);
});
