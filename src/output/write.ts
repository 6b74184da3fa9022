import { createHash, randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { WrittenFiles } from './written.js';

/**
 * Write a file so readers never see half of it: the data goes to a temporary
 * file in the same directory (same file system, so rename is atomic), then
 * replaces the target in one step.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * The one JSON layout of every file nomen writes: 2-space indent, trailing
 * newline. Keys keep the order they were built in (the schema's order);
 * callers sort arrays.
 */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, formatJson(value));
}

/**
 * Write a file given in pieces, never holding it whole (nomenclature.json
 * of a long history is tens of MB), atomically like writeFileAtomic. When
 * `previous` (the same file in the build this one replaces) has the very
 * bytes, it is hard-linked instead, keeping its modification time.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>, previous?: string, written?: WrittenFiles): Promise<void> {
  const out = new AtomicChunkWriter(path, previous, written);
  try {
    for (const chunk of chunks) out.write(chunk);
  } catch (e) {
    out.abort();
    throw e;
  }
  out.finish();
}

/**
 * formatJson of an object, one member at a time: `members` gives each key
 * with its value already in the file's layout at the top level
 * (JSON.stringify(value, null, 2)), or, for a long list, its items so.
 */
export function* jsonObjectChunks(members: Iterable<[string, { json: string } | { items: Iterable<string> }]>): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, value] of members) {
    yield memberStart(key, first);
    first = false;
    if ('json' in value) {
      yield value.json.replace(/\n/g, '\n  ');
      continue;
    }
    let any = false;
    for (const item of value.items) {
      yield listItem(item, !any);
      any = true;
    }
    yield listEnd(any);
  }
  yield first ? '}\n' : '\n}\n';
}

/** The pieces of jsonObjectChunks' layout, for a writer that is handed its items (see AtomicChunkWriter). */
export const memberStart = (key: string, first: boolean): string => `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
export const listItem = (json: string, first: boolean): string => `${first ? '[' : ','}\n    ${json.replace(/\n/g, '\n    ')}`;
export const listEnd = (any: boolean): string => (any ? '\n  ]' : '[]');

/**
 * formatJson(value), in pieces: every array of more than `bulk` items is
 * given item by item (each laid out by JSON.stringify), so a long list is
 * never one string (diagnostics.json of a long history is tens of MB;
 * nomenclature.json and timeline.json, validated item by item, go through
 * jsonObjectChunks). An object with toJSON is laid out whole, as it is.
 */
export function* formatJsonChunks(value: unknown, bulk = 256): Generator<string> {
  yield* layout(value, '', bulk);
  yield '\n';
}

function* layout(value: unknown, indent: string, bulk: number): Generator<string> {
  if (Array.isArray(value) && value.length > bulk) {
    const inner = `${indent}  `;
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* layout(value[i], inner, bulk);
    }
    yield `\n${indent}]`;
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && !('toJSON' in value) && holdsBulk(value, bulk)) {
    const inner = `${indent}  `;
    // the members JSON.stringify writes: not undefined, functions or symbols
    const keys = Object.keys(value).filter((k) => !unwritable((value as Record<string, unknown>)[k]));
    yield keys.length === 0 ? '{}' : '{';
    for (const [i, k] of keys.entries()) {
      yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(k)}: `;
      yield* layout((value as Record<string, unknown>)[k], inner, bulk);
    }
    if (keys.length > 0) yield `\n${indent}}`;
  } else {
    // an array item JSON.stringify cannot write (undefined, a function) is null there
    const json = JSON.stringify(value, null, 2) ?? 'null';
    yield indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
  }
}

/** A member JSON.stringify leaves out (tested without laying out a long list whole). */
function unwritable(v: unknown): boolean {
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return true;
  return v !== null && typeof v === 'object' && 'toJSON' in v && JSON.stringify(v) === undefined;
}

/** Whether an object holds, at any depth, an array of more than `bulk` items (only then is it laid out in pieces). */
function holdsBulk(value: object, bulk: number): boolean {
  for (const v of Object.values(value)) {
    if (Array.isArray(v) ? v.length > bulk || v.some((x) => x !== null && typeof x === 'object' && holdsBulk(x, bulk)) : v !== null && typeof v === 'object' && holdsBulk(v, bulk)) return true;
  }
  return false;
}

/**
 * writeFileAtomic, synchronously, for a writer called from inside a
 * computation (the replay hands each change set over as it is done). When
 * `previous` has the very bytes, it is hard-linked instead. `written`
 * (when given) is told the file's sha256.
 */
export function writeFileAtomicSync(path: string, data: string, previous?: string, written?: WrittenFiles): void {
  // encoded once: sized, compared, written and hashed as bytes (decoding the previous file to compare
  // strings was a sixth of writing a long history's change sets)
  const bytes = Buffer.from(data);
  const sha256 = written ? createHash('sha256').update(bytes).digest('hex') : null;
  // (the previous build's file, where its record vouches for what it holds, is compared by hash: not read back)
  const vouched = previous && written ? written.vouchedOf(previous) : null;
  writeBytesAtomicSync(path, bytes, previous, vouched && { same: vouched.size === bytes.length && vouched.sha256 === sha256 });
  if (written) written.note(path, sha256!, bytes.length);
}

/**
 * writeFileAtomicSync of formatJson(schema.parse(value)), except that when
 * the previous build's file is vouched for (its record, signed by this very
 * nomen, gives its sha256: written.ts) and formatJson(value) is that file
 * byte for byte, the file is linked without validating again: those bytes
 * passed this schema when this nomen wrote them, and the schemas (no
 * transforms, no defaults) lay out a value they gave back as the same bytes
 * (test/write-validated.test.ts). On a long history most change sets
 * of a rebuild are such files: validating them again was about a twentieth
 * of adding one decree to 1,500 (120 ms of 2.5 s, profiled).
 */
export function writeValidatedFileSync(path: string, value: unknown, schema: { parse(v: unknown): unknown }, previous?: string, written?: WrittenFiles): void {
  const vouched = previous && written ? written.vouchedOf(previous) : null;
  if (previous && vouched) {
    const bytes = Buffer.from(formatJson(value));
    if (bytes.length === vouched.size) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 === vouched.sha256) {
        writeBytesAtomicSync(path, bytes, previous, { same: true });
        written!.note(path, sha256, bytes.length);
        return;
      }
    }
  }
  writeFileAtomicSync(path, formatJson(schema.parse(value)), previous, written);
}

export function writeBytesAtomicSync(path: string, bytes: Buffer, previous?: string, known?: { same: boolean } | null): void {
  // the directory is made only when missing: a mkdir per file was a tenth of writing 1,500 change sets
  const inDirectory = <T>(act: () => T): T => {
    try {
      return act();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dirname(path), { recursive: true });
      return act();
    }
  };
  if (previous && (known ? known.same : statSync(previous, { throwIfNoEntry: false })?.size === bytes.length)) {
    try {
      if (known?.same || bytes.equals(readFileSync(previous))) return inDirectory(() => linkSync(previous, path));
    } catch {
      // not linkable: written below
    }
  }
  const tmp = tempPathFor(path);
  try {
    inDirectory(() => writeFileSync(tmp, bytes));
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * An atomic file written in pieces, synchronously, for writeChunksAtomic
 * and for a writer that is handed its pieces (the replay gives each timeline
 * entry as it applies a document): `write` appends, `finish` puts the file in
 * place (hard-linked from `previous` when it has the very bytes; `written`,
 * when given, is told its sha256), `abort` removes what was written.
 */
export class AtomicChunkWriter {
  private readonly tmp: string;
  private fd: number | null;
  private readonly hash = createHash('sha256');
  private size = 0;
  private batch: string[] = [];
  private length = 0;

  constructor(
    readonly path: string,
    private readonly previous?: string,
    private readonly written?: WrittenFiles,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = tempPathFor(path);
    this.fd = openSync(this.tmp, 'w');
  }

  write(chunk: string): void {
    // sized and hashed when flushed, as the bytes written: each piece is encoded once
    this.batch.push(chunk);
    this.length += chunk.length;
    if (this.length >= 1 << 20) this.flush();
  }

  finish(): void {
    try {
      this.flush();
      closeSync(this.fd!);
      this.fd = null;
      const previous = this.previous;
      const sha256 = this.hash.digest('hex');
      // (the previous build's file, where its record vouches for what it holds, is compared by hash: not read back)
      const vouched = previous ? this.written?.vouchedOf(previous) : null;
      const same = vouched ? vouched.size === this.size && vouched.sha256 === sha256 : previous !== undefined && sizeOf(previous) === this.size && sha256OfFileSync(previous) === sha256;
      if (previous && same) {
        let linked = false;
        try {
          linkSync(previous, this.path);
          linked = true;
        } catch {
          // not linkable: renamed below
        }
        if (linked) {
          rmSync(this.tmp, { force: true });
          this.written?.note(this.path, sha256, this.size);
          return;
        }
      }
      renameSync(this.tmp, this.path);
      this.written?.note(this.path, sha256, this.size);
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  abort(): void {
    try {
      if (this.fd !== null) closeSync(this.fd);
    } finally {
      this.fd = null;
      rmSync(this.tmp, { force: true });
    }
  }

  /** Bytes as they are (a previous file's start, copied: not decoded and encoded again). */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    this.put(bytes);
  }

  /** How many bytes the file holds so far. */
  get bytesWritten(): number {
    this.flush();
    return this.size;
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.put(Buffer.from(this.batch.join('')));
    this.batch = [];
    this.length = 0;
  }

  private put(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.size += bytes.length;
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd!, bytes, at);
  }
}

/** A file's size, or null when it cannot be read (absent, or any other error: then it is simply not reused). */
function sizeOf(path: string): number | null {
  try {
    return statSync(path, { throwIfNoEntry: false })?.size ?? null;
  } catch {
    return null;
  }
}

/** A file's sha256, read 1 MB at a time (never the whole of a large output in memory), or null when it cannot be read. */
export function sha256OfFileSync(path: string): string | null {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    for (let n: number; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return hash.digest('hex');
}

/** A temporary name beside `path` (same directory, so the rename that replaces it is atomic), unique to this process and call. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Remove the temporary files an atomic write left in `dir` (not recursive):
 * only a thread killed between writing and renaming leaves one, e.g. a parse
 * worker that ran out of memory while it wrote a cache entry. Only for a
 * directory no other writer is using (a build's own staging directory).
 */
export async function removeTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  // best effort: a leftover that cannot be removed must not hide how the build went
  await Promise.all(names.filter((n) => TEMP_NAME.test(n)).map((n) => rm(join(dir, n), { force: true }).catch(() => undefined)));
}
