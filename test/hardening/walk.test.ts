/**
 * Hardening issue, item 8: an unreadable sub-folder (`EACCES … scandir`)
 * aborted the whole build. It is now reported in errors.json and the rest
 * is built. The tests run as root, for whom chmod 000 reads anyway: the
 * refusal is simulated at `readdir`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return (real.readdir as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readdir;
  return { ...real, default: { ...real, readdir }, readdir };
});

const { command: build } = await import('../../src/commands/build.js');

const tmp = mkdtempSync(join(tmpdir(), 'nomen-walk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('an unreadable sub-folder is reported in errors.json and the rest is built', async () => {
  const dir = join(tmp, 'in');
  mkdirSync(join(dir, 'locked'), { recursive: true });
  writeFileSync(join(dir, 'locked', 'x.md'), 'x');
  writeFileSync(join(dir, 'a.md'), `---\nnumber: 2099000011\n---\n\n**Article 1er.** La prestation 589676 - 589680 est supprimée.\n`);
  let err = '';
  const code = await build.run([dir, '--out', join(tmp, 'out')], { stdout: () => {}, stderr: (s) => void (err += s), isTTY: false });
  expect(code).toBe(1);
  expect(err).toContain('locked: folder cannot be read (EACCES)');
  const errors = JSON.parse(readFileSync(join(tmp, 'out', 'errors.json'), 'utf8')).errors;
  expect(errors).toEqual([{ path: 'locked', code: 'unreadable', reason: expect.stringContaining('EACCES') }]);
  expect(JSON.parse(readFileSync(join(tmp, 'out', 'index.json'), 'utf8')).documents).toHaveLength(1);
});
