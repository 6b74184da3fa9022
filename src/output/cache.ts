import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSER_VERSION } from '../pipeline/parse.js';
import { NomenclatureDocument } from '../schema/document.js';
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

  /** `dir`: where entries are read; `writeDir` (default the same): where this build's entries go. */
  constructor(
    readonly dir: string,
    readonly writeDir: string = dir,
  ) {}

  key(sourcePath: string, sha256: string): string {
    return createHash('sha256').update(`${parserFingerprint()}\0${sourcePath}\0${sha256}`).digest('hex');
  }

  /**
   * The cached result, or null when absent or not to be trusted: an entry
   * must carry the digest of its own content, validate against its schema and
   * name the very source it was made from (`sha256`, `path`). Anything else
   * (a truncated, hand-edited or foreign file) is ignored and the source is
   * parsed again, so a cache can never put into documents/ what parsing
   * would not.
   */
  async get(key: string, expect?: { sha256: string; path: string }): Promise<CacheEntry | null> {
    this.used.add(key);
    let stored: { digest?: unknown; entry?: unknown };
    try {
      stored = JSON.parse(await readFile(this.file(key), 'utf8')) as typeof stored;
    } catch {
      return null; // absent or unreadable: parse again
    }
    if (!stored || typeof stored !== 'object' || typeof stored.digest !== 'string' || stored.digest !== digestOf(stored.entry)) return null;
    const entry = readEntry(stored.entry, expect);
    if (entry) {
      this.hits++;
      if (this.writeDir !== this.dir) await this.put(key, entry);
    }
    return entry;
  }

  async put(key: string, entry: CacheEntry): Promise<void> {
    this.used.add(key);
    await writeFileAtomic(join(this.writeDir, `${key}.json`), formatJson({ digest: digestOf(entry), entry }));
  }

  /** Drop entries this build did not use, so the cache does not grow forever. */
  async prune(): Promise<void> {
    const names = await readdir(this.writeDir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !this.used.has(n.replace(/\.json$/, ''))).map((n) => rm(join(this.writeDir, n), { force: true })));
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}

function digestOf(entry: unknown): string {
  return createHash('sha256').update(parserFingerprint()).update(JSON.stringify(entry) ?? '').digest('hex');
}

function readEntry(raw: unknown, expect?: { sha256: string; path: string }): CacheEntry | null {
  if (!raw || typeof raw !== 'object') return null;
  const e = raw as { document?: unknown; failure?: { code?: unknown; reason?: unknown } };
  if ('document' in e) {
    const checked = NomenclatureDocument.safeParse(e.document);
    if (!checked.success) return null;
    const source = checked.data.document.source;
    if (expect && (source.sha256 !== expect.sha256 || source.path !== expect.path)) return null;
    return { document: checked.data };
  }
  const f = e.failure;
  if (f && typeof f.code === 'string' && /^[a-z]+(?:-[a-z]+)*$/.test(f.code) && typeof f.reason === 'string') {
    return { failure: { code: f.code as Failure['code'], reason: f.reason } };
  }
  return null;
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
