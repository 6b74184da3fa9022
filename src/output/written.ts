import { statSync } from 'node:fs';

/**
 * The sha256 and size of files as their writer wrote them, so that the
 * replay record (replay-record.ts) takes an output's hash from the writer
 * that already computed it instead of reading tens of MB back. An entry is
 * used only while the path is still the very file noted (same inode, size
 * and modification time); any other file is hashed from its bytes.
 */
export class WrittenFiles {
  private readonly files = new Map<string, { sha256: string; size: number; ino: number; mtimeMs: number }>();

  /** `path` was just written (or linked) with bytes of this sha256 and size. */
  note(path: string, sha256: string, size: number): void {
    const s = statSync(path, { throwIfNoEntry: false });
    if (s && s.size === size) this.files.set(path, { sha256, size, ino: s.ino, mtimeMs: s.mtimeMs });
    else this.files.delete(path);
  }

  /** The sha256 `path` was written with, when it is still that file; else null. */
  sha256Of(path: string): string | null {
    const noted = this.files.get(path);
    if (!noted) return null;
    const s = statSync(path, { throwIfNoEntry: false });
    return s && s.ino === noted.ino && s.size === noted.size && s.mtimeMs === noted.mtimeMs ? noted.sha256 : null;
  }
}
