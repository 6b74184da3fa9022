import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, topUsage } from '../src/cli/dispatch.js';
import { commands } from '../src/cli/registry.js';
import { command as parse } from '../src/commands/parse.js';
import type { CommandIO } from '../src/commands/types.js';
import { NomenclatureDocument } from '../src/schema/document.js';

const repo = resolve(import.meta.dirname, '..');
const seed = (n: string) => join(repo, 'corpus', n);
const MARKDOWN_SEED = seed('001_45d16e9a2e138ba7.txt');
const PDF_TEXT_SEED = seed('000_38b4d671bf116aa2.txt');

function fakeIO(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('dispatch', () => {
  it('lists every registered command in the top-level help', async () => {
    const f = fakeIO();
    expect(await dispatch(['--help'], f.io, commands)).toBe(0);
    for (const c of commands) expect(f.out()).toMatch(new RegExp(`^  ${c.name}\\s+${c.summary.slice(0, 20).replace(/[()]/g, '\\$&')}`, 'm'));
    expect(f.out()).toBe(topUsage(commands));
  });

  it('prints the usage and exits 2 with no command or an unknown one', async () => {
    const none = fakeIO();
    expect(await dispatch([], none.io, commands)).toBe(2);
    expect(none.err()).toContain('Usage: nomen <command>');
    const unknown = fakeIO();
    expect(await dispatch(['frobnicate', 'x'], unknown.io, commands)).toBe(2);
    expect(unknown.err()).toContain("unknown command 'frobnicate'");
    expect(unknown.err()).toContain('Usage: nomen <command>');
    expect(unknown.out()).toBe('');
  });

  it('gives --help on every command, and `help <command>`', async () => {
    for (const c of commands) {
      for (const flag of ['--help', '-h']) {
        const f = fakeIO();
        expect(await dispatch([c.name, flag], f.io, commands)).toBe(0);
        expect(f.out()).toContain(`Usage: nomen ${c.name}`);
      }
      const h = fakeIO();
      expect(await dispatch(['help', c.name], h.io, commands)).toBe(0);
      expect(h.out()).toContain(`Usage: nomen ${c.name}`);
    }
  });

  it('refuses an unknown flag with exit 2 and the command usage', async () => {
    const f = fakeIO();
    expect(await dispatch(['parse', '--jsn', MARKDOWN_SEED], f.io, commands)).toBe(2);
    expect(f.err()).toMatch(/--jsn/);
    expect(f.err()).toContain('Usage: nomen parse');
  });

  it('prints the package version', async () => {
    const f = fakeIO();
    expect(await dispatch(['--version'], f.io, commands)).toBe(0);
    expect(f.out().trim()).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
  });
});

describe('nomen parse', () => {
  it('prints a readable summary with line:column positions', async () => {
    const f = fakeIO();
    expect(await parse.run([MARKDOWN_SEED], f.io)).toBe(0);
    const text = f.out();
    const doc = await jsonOf(MARKDOWN_SEED);
    expect(text).toContain(`  id         ${doc.document.id}`);
    expect(text).toContain(`  title      ${doc.document.title}`);
    expect(text).toMatch(/^  in force   (\d{4}-\d{2}-\d{2}|unknown) \(basis: [a-z-]+/m);
    expect(text).toContain(`${doc.prestations.length} prestations, ${doc.amendments.length} amendments`);
    for (const a of doc.amendments.slice(0, 5)) expect(text).toContain(`${a.at.line}:${a.at.column}  ${a.type} ${a.subject}`);
    for (const g of doc.diagnostics.filter((g) => g.at).slice(0, 5)) expect(text).toContain(`${g.at!.line}:${g.at!.column}  ${g.severity} ${g.code}`);
    expect(f.err()).toBe('');
  });

  it('prints valid JSON with --json: one object for one file, an array for several', async () => {
    const one = await jsonOf(MARKDOWN_SEED);
    expect(NomenclatureDocument.parse(one)).toEqual(one);
    const f = fakeIO();
    expect(await parse.run(['--json', MARKDOWN_SEED, PDF_TEXT_SEED], f.io)).toBe(0);
    const many = JSON.parse(f.out()) as NomenclatureDocument[];
    expect(many.map((d) => d.document.source.format)).toEqual(['justel-markdown', 'pdf-text']);
    expect(many[0]).toEqual(one);
  });

  it('names a file that failed and exits 1, still printing the others', async () => {
    const f = fakeIO();
    const missing = join(repo, 'corpus', 'no-such-file.md');
    expect(await parse.run([MARKDOWN_SEED, missing], f.io)).toBe(1);
    expect(f.err()).toContain(`${missing}: cannot be read`);
    expect(f.err()).toContain('[unreadable]');
    expect(f.out()).toContain('  id ');
  });

  it('exits 2 without a file', async () => {
    const f = fakeIO();
    expect(await parse.run([], f.io)).toBe(2);
    expect(f.err()).toContain('no FILE given');
  });
});

async function jsonOf(file: string): Promise<NomenclatureDocument> {
  const f = fakeIO();
  expect(await parse.run(['--json', file], f.io)).toBe(0);
  return JSON.parse(f.out()) as NomenclatureDocument;
}

// The real binary, as `npx nomen` runs it: compiled by `npm run build`.
describe('the nomen binary', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nomen-cli-'));
  const bin = join(repo, 'dist', 'cli', 'main.js');
  beforeAll(() => {
    // `npm ci` (prepare) has compiled dist/ already in CI; compile again only when a source is newer.
    if (!existsSync(bin) || newestSource(join(repo, 'src')) > statSync(bin).mtimeMs) {
      execFileSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: repo });
      chmodSync(bin, 0o755); // as `npm run build` does
    }
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('starts with a node shebang and is executable: npx runs the file itself, not through node', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const run = spawnSync(bin, ['--help'], { cwd: repo, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nomen');
  });

  it('builds the embedded corpus and exits 0; exits 2 on an unknown command', () => {
    const out = join(tmp, 'out');
    const run = spawnSync(process.execPath, [bin, 'build', 'corpus', '--out', out], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^nomen build: 5 files, 5 documents written to /m);
    expect(existsSync(join(out, 'index.json'))).toBe(true);
    const bad = spawnSync(process.execPath, [bin, 'nope'], { cwd: repo, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: nomen <command>');
  });

  it('parses in its bundled worker (npm run build) what it parses in its own thread, to the byte', () => {
    // (the bundle is made again when older than the modules: the beforeAll above may have recompiled them with tsc alone)
    const bundle = join(repo, 'dist', 'output', 'parse-worker.bundle.js');
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(join(repo, 'dist', 'output', 'parse-worker.js')).mtimeMs) {
      execFileSync(process.execPath, [join(repo, 'scripts', 'bundle-worker.mjs')], { cwd: repo });
    }
    const build = (out: string, workers: string) => spawnSync(process.execPath, [bin, 'build', 'corpus', '--out', out, '--no-cache'], { cwd: repo, encoding: 'utf8', env: { ...process.env, NOMEN_WORKERS: workers } });
    const inThread = build(join(tmp, 'in-thread'), '0');
    const inWorkers = build(join(tmp, 'in-workers'), '2');
    expect([inThread.status, inWorkers.status]).toEqual([0, 0]);
    const files = (dir: string, sub = ''): string[] =>
      readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.name === '.cache' ? [] : e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)])).sort();
    expect(files(join(tmp, 'in-workers'))).toEqual(files(join(tmp, 'in-thread')));
    for (const f of files(join(tmp, 'in-thread'))) expect(readFileSync(join(tmp, 'in-workers', f)).equals(readFileSync(join(tmp, 'in-thread', f))), f).toBe(true);
  }, 120_000);
});

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

describe('the registry loads command modules lazily', () => {
  it('repeats each module\'s name and summary exactly', async () => {
    for (const c of commands) {
      const { command } = await c.load();
      expect([command.name, command.summary]).toEqual([c.name, c.summary]);
    }
  });
});
