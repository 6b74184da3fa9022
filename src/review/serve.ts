import { open, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';

/**
 * `nomen serve`: the static review site over HTTP on the loopback only,
 * read-only, for a browser that will not open file:// pages. Every bound is
 * here, in one place.
 */
export const SERVE_LIMITS = {
  /** the only address it listens on */
  host: '127.0.0.1',
  /** request target, in characters (the site's longest path is ~40) */
  maxUrl: 2048,
  /** all request headers, in bytes (Node's own bound, set explicitly) */
  maxHeaderSize: 16 * 1024,
  /** to receive the headers, then the whole request */
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  /** how often Node looks for requests past those two (its default, 30 s, would let a stalled one live that long) */
  checkIntervalMs: 1_000,
  /** an idle socket, and an idle keep-alive one */
  socketTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 64,
  maxRequestsPerSocket: 1_000,
  /** a file larger than this is not served (the site's largest page is well under 1 MB) */
  maxFileBytes: 64 * 1024 * 1024,
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** What a request maps to: a file inside the site, or the status that refuses it. */
export type Resolved = { status: 200; file: string } | { status: 400 | 403 | 404 | 405 | 413 | 414 | 421; reason: string };

/**
 * Map a request to a file of the site, or refuse it. Each path segment is
 * percent-decoded once and must then be a plain name: `..`, `.`, a slash, a
 * backslash or a NUL in it (`%2e%2e`, `%2f`, `%5c`, `%00` included) is a
 * bad request, and so is a name starting with a dot. The file's real path
 * (symlinks resolved) must lie inside the site's real path.
 */
export async function resolveRequest(root: string, req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>, port: number, maxUrl: number = SERVE_LIMITS.maxUrl): Promise<Resolved> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, reason: 'read-only: GET and HEAD only' };
  const host = req.headers.host;
  // a page that rebinds its own DNS name to 127.0.0.1 still sends that name: refuse it
  if (host !== `${SERVE_LIMITS.host}:${port}` && host !== `localhost:${port}`) return { status: 421, reason: `unexpected Host ${JSON.stringify(host ?? '')}` };
  if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined) return { status: 413, reason: 'a request body' };
  const url = req.url ?? '';
  if (url.length > maxUrl) return { status: 414, reason: 'request target too long' };
  if (!url.startsWith('/')) return { status: 400, reason: 'origin-form target expected' };
  const path = url.replace(/[?#].*$/s, '');
  const segments: string[] = [];
  for (const raw of path.split('/').slice(1)) {
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      return { status: 400, reason: 'bad percent-encoding' };
    }
    if (name === '') continue;
    if (name === '.' || name === '..' || /[/\\\0]/.test(name)) return { status: 400, reason: 'path traversal' };
    if (name.startsWith('.')) return { status: 404, reason: 'hidden file' };
    segments.push(name);
  }
  const inside = (p: string) => p === root || p.startsWith(root + sep);
  let file: string;
  try {
    file = await realpath(join(root, ...segments));
    if (!inside(file)) return { status: 403, reason: 'outside the site' };
    if ((await stat(file)).isDirectory()) {
      file = await realpath(join(file, 'index.html'));
      if (!inside(file)) return { status: 403, reason: 'outside the site' };
    }
  } catch {
    return { status: 404, reason: 'not found' };
  }
  return { status: 200, file };
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // the site is HTML and one stylesheet: nothing else is loaded, nothing runs
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

async function handle(root: string, port: number, limits: ServeLimits, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const r = await resolveRequest(root, req, port, limits.maxUrl);
  if (r.status !== 200) {
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' };
    if (r.status === 405) headers.Allow = 'GET, HEAD';
    if (r.status === 413) headers.Connection = 'close'; // its body is never read
    res.writeHead(r.status, headers).end(`${r.status} ${r.reason}\n`);
    return;
  }
  const fd = await open(r.file, 'r').catch(() => null);
  const info = fd ? await fd.stat() : null;
  if (!fd || !info?.isFile() || info.size > limits.maxFileBytes) {
    await fd?.close();
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('404 not found\n');
    return;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(r.file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': String(info.size) });
  if (req.method === 'HEAD' || info.size === 0) {
    await fd.close();
    res.end();
    return;
  }
  // the stream reads the file opened and checked above (and closes it), not the path again, and no more than it announced
  const body = fd.createReadStream({ start: 0, end: info.size - 1 });
  body.on('error', () => res.destroy()).pipe(res);
  res.on('close', () => body.destroy());
}

export interface SiteServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export type ServeLimits = { -readonly [K in keyof typeof SERVE_LIMITS]: (typeof SERVE_LIMITS)[K] extends string ? string : number };

/** Serve the site in `dir` on 127.0.0.1:`port` (0: any free port) until `close()`; tests tighten `limits`, never the host. */
export async function serveSite(dir: string, port = 0, overrides: Partial<Omit<ServeLimits, 'host'>> = {}): Promise<SiteServer> {
  const limits = { ...SERVE_LIMITS, ...overrides };
  const root = await realpath(dir);
  if (!(await stat(root)).isDirectory()) throw new Error(`${dir} is not a directory`);
  let bound = port;
  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderSize,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
    },
    (req, res) => {
      handle(root, bound, limits, req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('500 internal error\n');
        else res.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.setTimeout(limits.socketTimeoutMs, (socket) => socket.destroy());
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, SERVE_LIMITS.host, () => {
      server.off('error', fail);
      done();
    });
  });
  bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${SERVE_LIMITS.host}:${bound}/`,
    port: bound,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
