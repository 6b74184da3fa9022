import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

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
 * pipeline detects the format from the content.
 */
export async function listInputs(dir: string, exclude: string[] = [], onUnreadable?: (relativePath: string, reason: string) => void): Promise<InputFile[]> {
  const root = resolve(dir);
  const skip = new Set(exclude.map((d) => resolve(d)));
  const out: InputFile[] = [];
  await walk(root, root, skip, out, onUnreadable);
  return out.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

async function walk(root: string, dir: string, skip: Set<string>, out: InputFile[], onUnreadable?: (relativePath: string, reason: string) => void): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // the input folder itself must be readable; a sub-folder that is not is reported, not fatal
    if (dir === root || !onUnreadable) throw e;
    const rel = relative(root, dir).split(sep).join('/');
    onUnreadable(rel, `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); its files are not in the build`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const absolute = join(dir, entry.name);
    if (skip.has(absolute)) continue;
    // A symlink counts as what it points to, but only files are followed (no loops).
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(absolute).catch(() => null))?.isFile() === true);
    if (isFile) out.push({ absolute, relative: relative(root, absolute).split(sep).join('/') });
    else if (entry.isDirectory()) await walk(root, absolute, skip, out, onUnreadable);
  }
}
