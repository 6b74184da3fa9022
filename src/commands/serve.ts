import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCommandArgs, usageError } from '../cli/args.js';
import { SERVE_LIMITS, serveSite } from '../review/serve.js';
import type { Command } from './types.js';

const usage = `Usage: nomen serve [--out DIR] [--site DIR] [--port N]

Serves the static review site (written by \`nomen review\`, default
DIR/review) over HTTP on 127.0.0.1 only, read-only (GET and HEAD), until
interrupted (Ctrl-C). The site needs no server; this is for a browser that
will not open file:// pages. Nothing outside the site directory is served:
no \`..\` (encoded or not), no hidden file, no symlink that leads out.

Options:
  --out DIR    the build directory (default out)
  --site DIR   the site to serve (default DIR/review)
  --port N     the port (default 8000; 0 picks a free one)
  -h, --help   show this help

Exit status: 0 stopped, 1 no site or the port is taken, 2 bad command line.
`;

/** The first SIGINT or SIGTERM (`signalled`); `release()` removes the listeners. */
function interruption(): { signalled: Promise<void>; release: () => void } {
  let release = () => undefined as void;
  const signalled = new Promise<void>((done) => {
    const stop = () => {
      release();
      done();
    };
    release = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { signalled, release };
}

export const command: Command = {
  name: 'serve',
  summary: 'serve the review site on 127.0.0.1, read-only',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs(command, argv, { out: { type: 'string', default: 'out' }, site: { type: 'string' }, port: { type: 'string', default: '8000' } }, io);
    if (!args.ok) return args.exitCode;
    if (args.positionals.length) return usageError(command, `unexpected argument ${args.positionals[0]}`, io).exitCode;
    const port = args.values.port!;
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return usageError(command, `--port ${port}: give a port number (0-65535)`, io).exitCode;
    const site = args.values.site ?? join(args.values.out!, 'review');
    const isDir = await stat(site).then((s) => s.isDirectory(), () => false);
    if (!isDir) {
      io.stderr(`nomen serve: no review site at ${site}: run \`nomen review --to ${site}\` first\n`);
      return 1;
    }
    // listening for the signal before the port opens: a Ctrl-C at any moment stops it cleanly
    const stop = interruption();
    try {
      const server = await serveSite(site, Number(port));
      io.stdout(`nomen serve: ${server.url} (${site}, read-only, on ${SERVE_LIMITS.host} only; Ctrl-C stops)\n`);
      await stop.signalled;
      await server.close();
      return 0;
    } catch (e) {
      stop.release();
      const code = (e as NodeJS.ErrnoException).code;
      io.stderr(`nomen serve: ${code === 'EADDRINUSE' ? `port ${port} is taken: give another --port` : e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  },
};
