import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSER_VERSION } from '../pipeline/parse.js';
import type { NomenclatureDocument } from '../schema/document.js';
import type { Failure } from './failure.js';
import { formatJson, writeFileAtomic } from './write.js';

/** What parsing one source gave: a document, or why there is none. */
export type CacheEntry = { document: NomenclatureDocument } | { failure: Failure };

/**
 * Content-hash cache of parse results, so an unchanged file is not parsed
 * again. The key covers everything the result depends on: the source bytes,
 * the name the source is given (it is written into the document), and the
 * parser: PARSER_VERSION plus a hash of nomen's own code, so a forgotten
 * version bump can never serve a stale result. Entries hold the exact value
 * that was written, so a cached build is byte-identical to a fresh one.
 */
export class ParseCache {
  private readonly used = new Set<string>();
  hits = 0;

  constructor(readonly dir: string) {}

  key(sourcePath: string, sha256: string): string {
    return createHash('sha256').update(`${parserFingerprint()}\0${sourcePath}\0${sha256}`).digest('hex');
  }

  async get(key: string): Promise<CacheEntry | null> {
    this.used.add(key);
    try {
      const entry = JSON.parse(await readFile(this.file(key), 'utf8')) as Partial<Record<'document' | 'failure', { [k: string]: unknown } | null>>;
      const ok = typeof entry.document?.document === 'object' || (typeof entry.failure?.code === 'string' && typeof entry.failure.reason === 'string');
      if (!ok) return null;
      this.hits++;
      return entry as CacheEntry;
    } catch {
      return null; // absent or unreadable: parse again
    }
  }

  async put(key: string, entry: CacheEntry): Promise<void> {
    this.used.add(key);
    await writeFileAtomic(this.file(key), formatJson(entry));
  }

  /** Drop entries this build did not use, so the cache does not grow forever. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !this.used.has(n.replace(/\.json$/, ''))).map((n) => rm(join(this.dir, n), { force: true })));
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}

let fingerprint: string | null = null;

/**
 * PARSER_VERSION + the hash of every module of nomen (src/ under tsx and
 * vitest, dist/ when installed) and of the lock file (library versions).
 */
export function parserFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const codeRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256').update(PARSER_VERSION);
  for (const file of listCode(codeRoot)) hash.update(file).update(readFileSync(join(codeRoot, file)));
  try {
    hash.update(readFileSync(join(codeRoot, '..', 'package-lock.json')));
  } catch {
    // installed without a lock file: the code hash still covers nomen itself
  }
  fingerprint = `${PARSER_VERSION}+${hash.digest('hex').slice(0, 16)}`;
  return fingerprint;
}

function listCode(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listCode(root, rel));
    else if (/\.(?:ts|js|mjs|json)$/.test(e.name)) out.push(rel);
  }
  return out.sort();
}
