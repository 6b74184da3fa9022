import { statSync } from 'node:fs';

/**
 * The sha256 and size of files as their writer wrote them, so that the
 * replay record (replay-record.ts) takes an output's hash from the writer
 * that already computed it instead of reading tens of MB back. An entry is
 * used only while the path is still the file noted (same inode, size,
 * modification and change times; nomen replaces files by rename or link,
 * never in place); any other file is hashed from its bytes. A change that
 * kept all four (a write into the build's own staging directory within the
 * same clock tick as nomen's) would go unseen, here as in identity.ts.
 */
export class WrittenFiles {
  private readonly files = new Map<string, Noted>();

  /** `path` was just written (or linked) with bytes of this sha256 and size. */
  note(path: string, sha256: string, size: number): void {
    const s = statSync(path, { throwIfNoEntry: false });
    if (s && s.size === size) this.files.set(path, { sha256, size, ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs });
    else this.files.delete(path);
  }

  /** The sha256 `path` was written with, when it is still that file; else null. */
  sha256Of(path: string): string | null {
    return stillThat(path, this.files.get(path));
  }

  /** The size `path` was written with, when it is still that file; else null. */
  sizeOf(path: string): number | null {
    const noted = this.files.get(path);
    return stillThat(path, noted) === null ? null : noted!.size;
  }

  /**
   * The previous build's `path` (an output of the build this one replaces) holds bytes of this sha256 and size, as
   * its replay record says and its identity, recorded after that build's swap, vouches (replay-record.ts): a writer
   * compares its new bytes with it by hash, without reading the old file back.
   */
  vouch(path: string, sha256: string, size: number, id: { ino: number; mtimeMs: number; ctimeMs: number }): void {
    this.previous.set(path, { sha256, size, ...id });
  }

  /** What the previous build's `path` holds, when vouched for and still that file; else null (read it to compare). */
  vouchedOf(path: string): { sha256: string; size: number } | null {
    const v = this.previous.get(path);
    const sha256 = stillThat(path, v);
    return sha256 && v ? { sha256, size: v.size } : null;
  }

  private readonly previous = new Map<string, Noted>();
}

type Noted = { sha256: string; size: number; ino: number; mtimeMs: number; ctimeMs: number };

function stillThat(path: string, noted: Noted | undefined): string | null {
  if (!noted) return null;
  const s = statSync(path, { throwIfNoEntry: false });
  // (ctime too: a file edited with its modification time put back, `touch -r`, has a new one)
  return s && s.ino === noted.ino && s.size === noted.size && s.mtimeMs === noted.mtimeMs && s.ctimeMs === noted.ctimeMs ? noted.sha256 : null;
}
