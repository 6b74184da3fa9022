export interface Command { name: string; summary: string; usage: string; run(argv: string[], io: CommandIO): Promise<number> }
/**
 * Where a command writes. `styled`: the text holds nomen's own terminal sequences (progress line, colours) and its
 * input-derived parts were made visible already (text/terminal.ts); any other text going to a terminal has its control
 * characters made visible by the CLI.
 */
export interface CommandIO { stdout: (s: string, styled?: boolean) => void; stderr: (s: string, styled?: boolean) => void; isTTY: boolean }
