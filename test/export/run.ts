import { expect } from 'vitest';
import type { Command, CommandIO } from '../../src/commands/types.js';

/** Run a command in-process; it must succeed (its stderr is the failure message). Returns its stdout. */
export async function run(cmd: Command, argv: string[]): Promise<string> {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), isTTY: false };
  expect(await cmd.run(argv, io), err).toBe(0);
  return out;
}
