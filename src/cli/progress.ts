import type { CommandIO } from '../commands/types.js';
import { visibleControls } from '../text/terminal.js';

/**
 * One status line on a terminal, rewritten in place (`\r` + clear line).
 * Silent when stderr is not a terminal, so logs and CI output stay clean.
 */
export class Progress {
  private shown = false;
  constructor(
    private readonly io: CommandIO,
    private readonly total: number,
    private readonly columns = 100,
  ) {}

  update(done: number, label: string): void {
    if (!this.io.isTTY) return;
    const head = `[${done}/${this.total}] `;
    const room = Math.max(10, this.columns - head.length - 1);
    const tail = label.length > room ? '…' + label.slice(label.length - room + 1) : label;
    this.io.stderr(`\r\x1b[2K${head}${visibleControls(tail)}`, true);
    this.shown = true;
  }

  /** Clear the line before any other message goes to stderr. */
  clear(): void {
    if (!this.shown) return;
    this.io.stderr('\r\x1b[2K', true);
    this.shown = false;
  }
}
