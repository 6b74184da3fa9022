export interface Command { name: string; summary: string; usage: string; run(argv: string[], io: CommandIO): Promise<number> }
export interface CommandIO { stdout: (s: string) => void; stderr: (s: string) => void; isTTY: boolean }
