/**
 * A decree history of any size made from the real corpus: the real decrees
 * first, then copies of them under new NUMACs (same text, same dates), as
 * the whole 1984– history would be about 1,500 decrees of this kind.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Decree {
  /** file name in the history directory */
  name: string;
  text: string;
}

/** The real Justel decrees of `corpusDir`, in name order. */
export function realDecrees(corpusDir: string): Decree[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));
}

/**
 * Copy number `k` (1-based) of a real decree under a new NUMAC: same year,
 * a serial in 9xxxxx that no real decree uses, in the front matter's
 * `number` and `url` and in the file name.
 */
export function renumbered(real: Decree, k: number): Decree {
  const numac = /^number:\s*(\d{10})\s*$/m.exec(real.text)?.[1] ?? real.name.slice(0, 10);
  if (!/^\d{10}$/.test(numac) || k >= 100_000) throw new Error(`cannot renumber ${real.name} (copy ${k})`);
  const fresh = numac.slice(0, 4) + String(900_000 + k).slice(-6);
  return { name: `${fresh}.md`, text: real.text.split(numac).join(fresh) };
}

/** `n` decrees: the real ones, then renumbered copies cycling through them. */
export function history(reals: readonly Decree[], n: number): Decree[] {
  const out = reals.slice(0, n);
  for (let k = 1; out.length < n; k++) out.push(renumbered(reals[(k - 1) % reals.length], k));
  return out;
}

/** Write decrees into `dir` (created); returns their total size in bytes. */
export function writeDecrees(dir: string, decrees: readonly Decree[]): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const d of decrees) {
    writeFileSync(join(dir, d.name), d.text);
    bytes += Buffer.byteLength(d.text);
  }
  return bytes;
}
