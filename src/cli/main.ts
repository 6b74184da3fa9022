#!/usr/bin/env node
// first: V8 reads these settings when it optimises and collects, which is after this module runs
import './v8-tuning.js';
import { dispatch } from './dispatch.js';
import { commands } from './registry.js';
import type { CommandIO } from '../commands/types.js';
import { visibleControls } from '../text/terminal.js';

// A reader that goes away (`nomen parse --json x | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// (what goes to a terminal has an input's control characters made visible, but for nomen's own styled text; a pipe or a
// file gets the bytes as they are)
const io: CommandIO = {
  stdout: process.stdout.isTTY ? (s, styled) => void process.stdout.write(styled ? s : visibleControls(s)) : (s) => void process.stdout.write(s),
  stderr: process.stderr.isTTY ? (s, styled) => void process.stderr.write(styled ? s : visibleControls(s)) : (s) => void process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
};

try {
  // exitCode, not exit(): let large outputs drain to a pipe first.
  process.exitCode = await dispatch(process.argv.slice(2), io, commands);
} catch (e) {
  io.stderr(`nomen: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 70;
}
