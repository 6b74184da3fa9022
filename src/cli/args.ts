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

export function usageError(command: Pick<Command, 'name' | 'usage'>, reason: string, io: CommandIO): { ok: false; exitCode: number } {
  io.stderr(`nomen ${command.name}: ${reason}\n\n${withNewline(command.usage)}`);
  return { ok: false, exitCode: 2 };
}

export function withNewline(s: string): string {
  return s.endsWith('\n') ? s : s + '\n';
}
