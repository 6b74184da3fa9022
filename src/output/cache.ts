import { createHash } from 'node:crypto';
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSER_VERSION } from '../pipeline/version.js';
import type { ReplayDocument } from '../replay/input.js';
import type { Failure } from './failure.js';
import { identityOf, sameIdentity, type FileIdentity } from './identity.js';
import type { DocumentSummary } from './parse-source.js';
import { writeFileAtomic, writeFileAtomicSync } from './write.js';

/**
 * What the cache remembers of parsing one source: what the build reads of
 * its document (the replay's part, the summary for index.json and
 * diagnostics.json) and the sha256 and size of the documents/ file it wrote,
 * or why there is no document. Never a second copy of the document: that is
 * the previous build's documents/ file, reused only when it is still the
 * file that build wrote (see DocumentFiles).
 */
export type CacheEntry = { document: { sha256: string; size: number; part: ReplayDocument; summary: DocumentSummary } } | { failure: Failure };

/** A cache entry as the lookup reads it: of the part, only its metadata (the rest is read by the replay). */
export type CacheEntryHead = { document: { sha256: string; size: number; part: Pick<ReplayDocument, 'document'>; summary: DocumentSummary } } | { failure: Failure };

/**
 * Content-hash cache of parse results, so an unchanged file is not parsed
 * again. The key covers everything the result depends on: the source bytes,
 * the name the source is given (it is written into the document), and the
 * parser: PARSER_VERSION plus a hash of nomen's own code, so a forgotten
 * version bump can never serve a stale result. An entry is a line with the
 * digest of what follows (and of the parser), then the entry as JSON lines:
 * a truncated, hand-edited or foreign file fails the digest and is ignored.
 * A failure is one line; a document two: what the lookup reads (its files'
 * sha256 and size, summary, metadata), then the rest of its replay part,
 * parsed only when the replay reads it (stored-part.ts).
 * The previous build's entries are read; the new build's are written into
 * its own directory (the ones it used linked, not copied).
 */
export class ParseCache {
  hits = 0;
  /** entries whose head was read alone, trusted by their identity */
  trusted = 0;
  private madeWriteDir = false;

  /** `dir`: where entries are read; `writeDir` (default the same): where this build's entries go. */
  constructor(
    readonly dir: string,
    readonly writeDir: string = dir,
  ) {}

  key(sourcePath: string, sha256: string): string {
    return createHash('sha256').update(`${parserFingerprint()}\0${sourcePath}\0${sha256}`).digest('hex');
  }

  /**
   * The cached result, or null when absent or not to be trusted: the digest
   * must match and the entry name the very source it was made from
   * (`sha256`, `path`), so a cache can never put into a build what parsing
   * would not.
   */
  async get(key: string, expect: { sha256: string; path: string }, known?: FileIdentity): Promise<CacheEntryHead | null> {
    // an entry that is still the very file the previous build recorded (identity.ts): its head alone is read
    if (known) {
      // (the identity of the file opened, read from that same descriptor: no other file can come in between)
      const head = readHeadSync(this.file(key), known);
      const entry = head === null ? null : readEntry(head.json, expect);
      if (entry && (!('document' in entry) || head!.rest)) {
        this.trusted++;
        return entry;
      }
    }
    let text: string;
    try {
      // synchronous: one call per small file instead of four trips through libuv's thread pool (open, stat, read, close)
      text = readFileSync(this.file(key), 'utf8');
    } catch {
      return null; // absent or unreadable: parse again
    }
    const head = readCacheEntryHead(text);
    const entry = head === null ? null : readEntry(head, expect);
    // a document entry without the rest of its part would fail the replay: parsed again instead
    return entry && 'document' in entry && text.indexOf('\n', 65) < 0 ? null : entry;
  }

  /** Keep an entry read from the previous build in this one (a hard link, else a copy). */
  async keep(key: string): Promise<void> {
    if (this.writeDir === this.dir) return;
    const to = join(this.writeDir, `${key}.json`);
    if (!this.madeWriteDir) mkdirSync(this.writeDir, { recursive: true });
    this.madeWriteDir = true;
    try {
      linkSync(this.file(key), to);
      return;
    } catch {
      // another file system, or links refused: copied below
    }
    await writeFileAtomic(to, await readFile(this.file(key)));
  }

  /** Drop entries of `writeDir` not in `used`, so the cache does not grow forever (when it is written in place). */
  async prune(used: Set<string>): Promise<void> {
    const names = await readdir(this.writeDir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !used.has(n.replace(/\.json$/, ''))).map((n) => rm(join(this.writeDir, n), { force: true })));
  }

  /** Where this build's entry of `key` is (written by the parser, or kept from the previous build). */
  entryFile(key: string): string {
    return join(this.writeDir, `${key}.json`);
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}

/**
 * What the lookup reads of a cache entry file's text (the entry, with its
 * part's metadata only), or null when its digest line does not match
 * (truncated, edited, another parser's). The digest covers the whole entry,
 * the rest of the part included.
 */
export function readCacheEntryHead(text: string): unknown {
  const cut = text.indexOf('\n');
  if (cut !== 64 || text.slice(0, cut) !== digestOf(text.slice(cut + 1))) return null;
  const end = text.indexOf('\n', cut + 1);
  try {
    return JSON.parse(end < 0 ? text.slice(cut + 1) : text.slice(cut + 1, end)) as unknown;
  } catch {
    return null;
  }
}

/** A document entry's whole replay part (metadata and rest), or null when the digest does not match or the entry has no part. */
export function readCacheEntryPart(text: string): ReplayDocument | null {
  const head = readCacheEntryHead(text) as { document?: { part?: Pick<ReplayDocument, 'document'> } } | null;
  const end = text.indexOf('\n', 65);
  const document = head?.document?.part?.document;
  if (!document || end < 0) return null;
  try {
    return { document, ...(JSON.parse(text.slice(end + 1)) as Omit<ReplayDocument, 'document'>) };
  } catch {
    return null;
  }
}

/** Write a cache entry, synchronously, signed with `fingerprint` (the build thread's: a parse worker writes its own entries, see parse-store.ts). */
export function putCacheEntrySync(at: { dir: string; key: string; fingerprint: string }, entry: CacheEntry): void {
  let json: string;
  if ('document' in entry) {
    const { part, ...d } = entry.document;
    const { document, ...rest } = part;
    // JSON.stringify escapes line breaks inside strings: each line is one JSON text
    json = `${JSON.stringify({ document: { ...d, part: { document } } })}\n${JSON.stringify(rest)}`;
  } else json = JSON.stringify(entry);
  writeFileAtomicSync(join(at.dir, `${at.key}.json`), `${digestOf(json, at.fingerprint)}\n${json}`);
}

/** The signature of a text this nomen wrote: a file of another version, or edited, does not match. */
export function digestOf(json: string, fingerprint = parserFingerprint()): string {
  return createHash('sha256').update(fingerprint).update('\0').update(json).digest('hex');
}

/**
 * The head line of an entry file (what the lookup reads) without the rest,
 * read a few KB at a time, and whether a rest follows; null when unreadable
 * or when the file opened is not the one `known` identifies. The digest is
 * not checked: only for an entry trusted by its identity.
 */
function readHeadSync(file: string, known: FileIdentity): { json: unknown; rest: boolean } | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    if (!sameIdentity(known, identityOf(fstatSync(fd)))) return null;
    const chunks: Buffer[] = [];
    let length = 0;
    // a line break byte never occurs inside a UTF-8 sequence: the head is between the first two
    const breaks: number[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(8192);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      for (let at = chunk.indexOf(10); at >= 0 && at < n && breaks.length < 2; at = chunk.indexOf(10, at + 1)) breaks.push(length + at);
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (breaks.length === 2) break;
    }
    const all = Buffer.concat(chunks, length);
    if (breaks.length === 0) return null;
    return { json: JSON.parse(all.toString('utf8', breaks[0] + 1, breaks[1] ?? length)) as unknown, rest: breaks.length === 2 };
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

function readEntry(raw: unknown, expect: { sha256: string; path: string }): CacheEntryHead | null {
  if (!raw || typeof raw !== 'object') return null;
  const e = raw as { document?: unknown; failure?: { code?: unknown; reason?: unknown } };
  if ('document' in e) {
    const d = e.document as Partial<Extract<CacheEntryHead, { document: unknown }>['document']> | undefined;
    const source = d?.part?.document?.source;
    if (!d || typeof d.sha256 !== 'string' || !SHA256.test(d.sha256) || typeof d.size !== 'number' || !d.summary) return null;
    if (!source || source.sha256 !== expect.sha256 || source.path !== expect.path) return null;
    return { document: d as Extract<CacheEntryHead, { document: unknown }>['document'] };
  }
  const f = e.failure;
  if (f && typeof f.code === 'string' && /^[a-z]+(?:-[a-z]+)*$/.test(f.code) && typeof f.reason === 'string') {
    return { failure: { code: f.code as Failure['code'], reason: f.reason } };
  }
  return null;
}

/**
 * The documents/ files of the previous build, by the sha256 of their bytes,
 * as its `.cache/documents.json` recorded them with their size and
 * modification time. A cached parse is used only when the file it wrote is
 * still there unchanged (same size and time: nomen replaces files by rename,
 * and keeps an unchanged one as a hard link), so it can be linked into the
 * new build instead of being parsed and written again.
 */
export class DocumentFiles {
  private constructor(
    private readonly docDir: string,
    private readonly byName: Map<string, FileRecord>,
    private readonly bySha: Map<string, string>,
  ) {}

  static async read(buildDir: string): Promise<DocumentFiles> {
    const byName = new Map<string, FileRecord>();
    const bySha = new Map<string, string>();
    try {
      const list = JSON.parse(await readFile(join(buildDir, MANIFEST), 'utf8')) as unknown;
      if (Array.isArray(list))
        for (const r of list as Partial<FileRecord>[])
          if (typeof r?.name === 'string' && !r.name.includes('/') && typeof r.sha256 === 'string' && typeof r.size === 'number' && typeof r.mtimeMs === 'number') {
            byName.set(r.name, r as FileRecord);
            if (!bySha.has(r.sha256)) bySha.set(r.sha256, r.name);
          }
    } catch {
      // no previous build, or one without the list: every document is written anew
    }
    return new DocumentFiles(join(buildDir, 'documents'), byName, bySha);
  }

  /** The previous build's file with these bytes, if it is still as that build wrote it. */
  async withContent(sha256: string, size: number): Promise<string | null> {
    const name = this.bySha.get(sha256);
    return name !== undefined && (await this.unchanged(this.byName.get(name)!, size)) ? join(this.docDir, name) : null;
  }

  /** The previous build's `documents/<name>` if it holds these bytes, unchanged. */
  async named(name: string, sha256: string, size: number): Promise<string | null> {
    const r = this.byName.get(name);
    return r && r.sha256 === sha256 && (await this.unchanged(r, size)) ? join(this.docDir, name) : null;
  }

  private async unchanged(r: FileRecord, size: number): Promise<boolean> {
    let s: Stats | null = null;
    try {
      s = statSync(join(this.docDir, r.name));
    } catch {
      // gone: parsed again
    }
    return s !== null && s.isFile() && s.size === size && r.size === size && s.mtimeMs === r.mtimeMs;
  }

  /** Record the documents/ files of a finished build (stat after they are in place). */
  static async write(buildDir: string, files: { name: string; sha256: string }[]): Promise<void> {
    const docDir = join(buildDir, 'documents');
    const records: FileRecord[] = [];
    for (const f of files) {
      const s = statSync(join(docDir, f.name));
      records.push({ name: f.name, sha256: f.sha256, size: s.size, mtimeMs: s.mtimeMs });
    }
    await writeFileAtomic(join(buildDir, MANIFEST), JSON.stringify(records) + '\n');
  }
}

interface FileRecord {
  name: string;
  sha256: string;
  size: number;
  mtimeMs: number;
}

const MANIFEST = join('.cache', 'documents.json');

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
