import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../src/review/serve.js';

const repo = resolve(import.meta.dirname, '../..');
const SECRET = 'NOT-FOR-THE-SITE';

/** One raw HTTP/1.1 exchange, the target sent as written (fetch would normalise `..` away). */
function raw(port: number, request: string, host = '127.0.0.1'): Promise<{ status: number; head: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, host);
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (data += d));
    socket.on('error', fail);
    socket.on('close', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

const get = (port: number, target: string, headers: Record<string, string> = {}) =>
  raw(port, `GET ${target} HTTP/1.1\r\n${Object.entries({ Host: `127.0.0.1:${port}`, Connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`);

/** Resolves when the server closes this socket (it is never sent a whole request). */
function closedByServer(socket: ReturnType<typeof connect>): Promise<string> {
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => (data += d));
  return new Promise((done) => socket.on('close', () => done(data)));
}

/**
 * `nomen serve`: loopback only, read-only, nothing outside the site
 * directory (`..` plain or percent-encoded, backslashes, NUL, hidden files,
 * symlinks that lead out), bounded requests.
 */
describe('nomen serve: the review site on 127.0.0.1, read-only', () => {
  let dir = '';
  let site = '';
  let server: SiteServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nomen-serve-'));
    site = join(dir, 'site');
    mkdirSync(join(site, 'decrees'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>index</title><a href="decrees/x.html">x</a>\n');
    writeFileSync(join(site, 'style.css'), 'body { margin: 0 }\n');
    writeFileSync(join(site, 'decrees', 'x.html'), '<!doctype html><title>décret</title>\n');
    writeFileSync(join(site, '.hidden'), SECRET);
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    symlinkSync(join(dir, 'secret.txt'), join(site, 'out-link.txt'));
    symlinkSync(dir, join(site, 'out-dir'));
    symlinkSync(join(site, 'decrees', 'x.html'), join(site, 'in-link.html'));
    server = await serveSite(site, 0);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the site: the index for /, pages and the stylesheet with their types', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>index</title>');
    const page = await fetch(new URL('decrees/x.html', server.url));
    expect(await page.text()).toContain('décret');
    expect((await fetch(new URL('style.css', server.url))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    // a symlink that stays inside the site is followed
    expect((await fetch(new URL('in-link.html', server.url))).status).toBe(200);
    const head = await fetch(server.url, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), await head.text()]).toEqual([200, String(Buffer.byteLength('<!doctype html><title>index</title><a href="decrees/x.html">x</a>\n')), '']);
    expect((await fetch(new URL('nope.html', server.url))).status).toBe(404);
  });

  it('listens on 127.0.0.1 only: another loopback address and ::1 are refused', async () => {
    const refused = (host: string) =>
      new Promise<string>((done) => {
        const s = connect(server.port, host);
        s.on('connect', () => {
          s.destroy();
          done('connected');
        });
        s.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'));
      });
    expect(await refused('127.0.0.2')).toBe('ECONNREFUSED');
    expect(['ECONNREFUSED', 'EADDRNOTAVAIL', 'ENETUNREACH']).toContain(await refused('::1'));
  });

  it.each([
    ['/../secret.txt', 400],
    ['/decrees/../../secret.txt', 400],
    ['/%2e%2e/secret.txt', 400],
    ['/%2E%2E%2Fsecret.txt', 400],
    ['/decrees/..%2f..%2fsecret.txt', 400],
    ['/..%5csecret.txt', 400],
    ['/.%2e/secret.txt', 400],
    ['/index.html%00.txt', 400],
    ['/%zz', 400],
    ['/%252e%252e/secret.txt', 404], // decoded once: a name `%2e%2e` that is not there
    ['/.hidden', 404],
    ['/out-link.txt', 403], // a symlink to a file outside
    ['/out-dir/secret.txt', 403], // a symlink to a directory outside
    ['//etc/passwd', 404],
    ['http://127.0.0.1/../secret.txt', 400],
  ])('refuses %s (%i) and never sends what lies outside', async (target, status) => {
    const r = await get(server.port, target);
    expect(r.status).toBe(status);
    expect(r.body).not.toContain(SECRET);
  });

  it('is read-only: other methods are refused with Allow, and write nothing', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await raw(server.port, `${method} /new.html HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`);
      expect([method, r.status]).toEqual([method, 405]);
      expect(r.head).toMatch(/\r\nallow: GET, HEAD/i);
    }
    expect(existsSync(join(site, 'new.html'))).toBe(false);
    expect((await raw(server.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc`)).status).toBe(413);
  });

  it('refuses another Host (a DNS-rebound page), a long target, oversized headers', async () => {
    expect((await get(server.port, '/', { Host: 'evil.example' })).status).toBe(421);
    expect((await get(server.port, '/', { Host: `localhost:${server.port}` })).status).toBe(200);
    expect((await get(server.port, `/${'a'.repeat(3000)}`)).status).toBe(414);
    expect((await get(server.port, '/', { 'X-Big': 'x'.repeat(20_000) })).status).toBe(431);
  });

  it('bounds requests: a client that stalls in its headers is cut off, connections past the cap are dropped', async () => {
    const tight = await serveSite(site, 0, { headersTimeoutMs: 300, requestTimeoutMs: 300, checkIntervalMs: 100, maxConnections: 2 });
    try {
      const stalled = connect(tight.port, '127.0.0.1');
      const cut = closedByServer(stalled);
      stalled.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${tight.port}\r\n`); // and never the blank line
      expect(await cut).toMatch(/^HTTP\/1\.1 408|^$/);
      const held = [connect(tight.port, '127.0.0.1'), connect(tight.port, '127.0.0.1')];
      await Promise.all(held.map((s) => new Promise((ok) => s.on('connect', ok))));
      const third = connect(tight.port, '127.0.0.1');
      expect(await closedByServer(third)).toBe('');
      held.forEach((s) => s.destroy());
    } finally {
      await tight.close();
    }
  });

  it('the command: prints its URL, serves, stops on SIGTERM with exit 0; refuses a missing site (1), a taken port (1), a bad port (2)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/main.ts'), 'serve', '--site', site, '--port', '0'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) done(m[0]);
      });
      child.on('exit', () => fail(new Error(`serve exited: ${out}`)));
    });
    expect(await (await fetch(url)).text()).toContain('<title>index</title>');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const { command } = await import('../../src/commands/serve.js');
    let err = '';
    const io = { stdout: () => undefined, stderr: (s: string) => void (err += s), isTTY: false };
    expect(await command.run(['--site', join(dir, 'none')], io)).toBe(1);
    expect(err).toContain('no review site');
    expect(await command.run(['--site', site, '--port', '70000'], io)).toBe(2);
    const listeners = process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');
    expect(await command.run(['--site', site, '--port', String(server.port)], io)).toBe(1);
    expect(err).toContain(`port ${server.port} is taken`);
    expect(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM')).toBe(listeners);
  }, 60_000);
});
