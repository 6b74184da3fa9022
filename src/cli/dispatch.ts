import { readFileSync } from 'node:fs';
import type { Command, CommandIO } from '../commands/types.js';

/** Top-level usage, generated from the registry so it never goes stale. */
export function topUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: nomen <command> [options]',
    '',
    'Turns the Belgian health-care nomenclature texts (decrees, conventions) into validated JSON.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help (or `nomen <command> --help`)',
    '  -V, --version  print the version',
    '',
  ].join('\n');
}

/**
 * Run `nomen <argv…>` and return the exit code: 0 ok, 1 the work failed
 * (e.g. a file could not be parsed), 2 the command line was wrong.
 */
export async function dispatch(argv: string[], io: CommandIO, commands: readonly Command[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(topUsage(commands));
    return 2;
  }
  if (name === '--help' || name === '-h') {
    io.stdout(topUsage(commands));
    return 0;
  }
  if (name === 'help') {
    const target = rest[0] === undefined ? undefined : commands.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !target) return unknown(rest[0], io, commands);
    // a command's own --help prints its full usage (its module loads only then)
    if (target) return target.run(['--help'], io);
    io.stdout(topUsage(commands));
    return 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return unknown(name, io, commands);
  return command.run(rest, io);
}

function unknown(name: string, io: CommandIO, commands: readonly Command[]): number {
  const what = name.startsWith('-') ? 'unknown option' : 'unknown command';
  io.stderr(`nomen: ${what} '${name}'\n\n${topUsage(commands)}`);
  return 2;
}

function packageVersion(): string {
  // src/cli/ and dist/cli/ both sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
