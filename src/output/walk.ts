import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** One input file of a build: where it is, and how the build names it. */
export interface InputFile {
  absolute: string;
  /** relative to the input directory, `/`-separated: the name in every output. */
  relative: string;
}

/**
 * Every regular file under `dir`, recursively, sorted by relative path (code
 * unit order, independent of locale and file system). Hidden files and
 * directories are skipped, and so are the `exclude`d directories (the output
 * directory when it sits inside the input). Any extension is taken: the
 * pipeline detects the format from the content. A symlink is followed only
 * to a file inside the input directory: one that leads out of it (to a key,
 * to /proc/self/…) is reported, never read, since what a build reads ends
 * up in its documents and review pages.
 */
export async function listInputs(dir: string, exclude: string[] = [], onUnreadable?: Unreadable): Promise<InputFile[]> {
  const root = resolve(dir);
  const skip = new Set(exclude.map((d) => resolve(d)));
  const out: InputFile[] = [];
  await walk({ root, real: await realpath(root).catch(() => root), skip, out, onUnreadable }, root);
  return out.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** An input that is left out, and why (`code`: errors.json's; `unreadable` unless said). */
export type Unreadable = (relativePath: string, reason: string, code?: string) => void;

interface Walk {
  root: string;
  /** the root with its symlinks resolved: where a followed link must stay */
  real: string;
  skip: Set<string>;
  out: InputFile[];
  onUnreadable?: Unreadable;
}

async function walk(w: Walk, dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // the input folder itself must be readable; a sub-folder that is not is reported, not fatal
    if (dir === w.root || !w.onUnreadable) throw e;
    w.onUnreadable(relativeName(w.root, dir), `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); its files are not in the build`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const absolute = join(dir, entry.name);
    if (w.skip.has(absolute)) continue;
    if (entry.isFile()) w.out.push({ absolute, relative: relativeName(w.root, absolute) });
    else if (entry.isDirectory()) await walk(w, absolute);
    // A symlink counts as what it points to, but only files are followed (no loops), and only inside the input.
    else if (entry.isSymbolicLink() && (await stat(absolute).catch(() => null))?.isFile() === true) {
      if (await within(w.real, absolute)) w.out.push({ absolute, relative: relativeName(w.root, absolute) });
      else w.onUnreadable?.(relativeName(w.root, absolute), 'a symbolic link to a file outside the input directory, or to a hidden one in it; not read', 'outside-input');
    }
  }
}

const relativeName = (root: string, path: string) => relative(root, path).split(sep).join('/');

/**
 * Whether `path`, its symlinks resolved, lies inside `realRoot` (a directory whose own symlinks are resolved), and not
 * in a hidden file or folder there, which the walk skips (`x.md -> .git/config`, `-> .env`).
 */
export async function within(realRoot: string, path: string): Promise<boolean> {
  const real = await realpath(path).catch(() => null);
  if (real === null) return false;
  const rel = relative(realRoot, real);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) && !rel.split(sep).some((part) => part.startsWith('.'));
}
