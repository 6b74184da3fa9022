import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Command, CommandIO } from '../commands/types.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> =
  | { ok: true; values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']; positionals: string[] }
  | { ok: false; exitCode: number };

/**
 * Parse a command's flags the same way for every command: `--help`/`-h`
 * prints the usage (exit 0); an unknown flag or a bad value prints the
 * reason and the usage on stderr (exit 2, the usual "usage error" code).
 */
export function parseCommandArgs<O extends Options>(command: Pick<Command, 'name' | 'usage'>, argv: string[], options: O, io: CommandIO): Parsed<O> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(withNewline(command.usage));
    return { ok: false, exitCode: 0 };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { ok: true, values, positionals };
  } catch (e) {
    return usageError(command, e instanceof Error ? e.message : String(e), io);
  }
}

/** A mistake gets the reason and the synopsis lines, not the whole help. */
export function usageError(command: Pick<Command, 'name' | 'usage'>, reason: string, io: CommandIO): { ok: false; exitCode: number } {
  io.stderr(`nomen ${command.name}: ${reason}\n${shortUsage(command)}`);
  return { ok: false, exitCode: 2 };
}

/** The `Usage:` line and its continuation lines, and where the full help is. */
export function shortUsage(command: Pick<Command, 'name' | 'usage'>): string {
  const lines = command.usage.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Usage:'));
  if (start < 0) return withNewline(command.usage);
  let end = start + 1;
  while (end < lines.length && /^\s+nomen\b/.test(lines[end])) end++;
  return `${lines.slice(start, end).join('\n')}\nRun 'nomen ${command.name} --help' for the options.\n`;
}

export function withNewline(s: string): string {
  return s.endsWith('\n') ? s : s + '\n';
}
