import { dirname, join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { AtomicChunkWriter, formatJson, sha256OfFileSync, jsonObjectChunks, listEnd, listItem, memberStart, writeChunksAtomic, writeValidatedFileSync } from '../output/write.js';
import { writeUnlessSame } from '../output/build-writer.js';
import type { ReplayDocument } from './input.js';
import { z } from 'zod';
import { ChangeSet, NomenclatureState, Timeline, TimelineEntry } from '../schema/replay.js';
import { replay, replayOrder, resumePoint, summaryLines, type ReplayCheckpoint, type ReplayResult } from './replay.js';
import { orderDocuments } from './order.js';
import type { Base } from './base.js';
import { ArticleIndex, type ArticleIndexData } from './timeline.js';
import type { WrittenFiles } from '../output/written.js';

/**
 * File name of a document's change set: ids are NUMACs or file stems, made
 * safe for any file system and short enough for it (a 236-character stem
 * failed with ENAMETOOLONG). The build passes the name it gave the document
 * itself, so `changes/X.json` always goes with `documents/X.json`.
 */
export function changeSetFile(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 150);
  return `${s || '_'}.json`;
}

/** One file per change set, even when ids repeat or differ only by unsafe characters or case. */
function changeSetFiles(r: Pick<ReplayResult, 'documents'>, fileOf?: (doc: ReplayDocument) => string | undefined): string[] {
  const taken = new Set<string>();
  return r.documents.map((doc) => {
    const wanted = fileOf?.(doc) ?? changeSetFile(doc.document.id);
    const base = wanted.replace(/\.json$/, '');
    let name = `${base}.json`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}--${n}.json`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * Write out/nomenclature.json, out/changes/<id>.json and out/timeline.json,
 * each validated by its schema, and return the summary lines the build
 * prints. Pass `result` to write an already computed (e.g. incremental) replay.
 * Writing beside a previous build (`previousDir`), a file whose bytes did
 * not change is linked from it rather than written again.
 */
export async function writeReplayOutputs(
  docs: ReplayDocument[],
  outDir: string,
  result?: ReplayResult,
  fileOf?: (doc: ReplayDocument) => string | undefined,
  previousDir?: string,
): Promise<string[]> {
  const r = result ?? replay(docs);
  const timeline = Timeline.parse(r.timeline);
  const changesDir = join(outDir, 'changes');
  const put = (file: string, value: unknown) => writeUnlessSame(join(outDir, file), formatJson(value), previousDir && join(previousDir, file));
  const files = changeSetFiles(r, fileOf);
  const names = new Set(files);
  const present = new Set(await readdir(changesDir).catch(() => [] as string[]));
  // an incremental replay leaves earlier documents' change sets as they were written
  const redo = new Set(r.replayed);
  for (const [i, c] of r.changeSets.entries()) {
    const f = files[i];
    if (redo.has(c.document.id) || !present.has(f)) await put(`changes/${f}`, ChangeSet.parse(c));
  }
  // change sets of documents no longer in the build would mislead readers
  for (const f of present) if (f.endsWith('.json') && !names.has(f)) await rm(join(changesDir, f), { force: true });
  await put('timeline.json', timeline);
  await writeChunksAtomic(join(outDir, 'nomenclature.json'), stateChunks(r.state), previousDir && join(previousDir, 'nomenclature.json'));
  return [...summaryLines(r), `replay: ${r.changeSets.length} change sets validated`];
}

/**
 * nomenclature.json as formatJson(NomenclatureState.parse(state)) would
 * write it, validated and laid out one list item at a time (documents, code
 * groups, diagnostics): the state of a long history is not copied whole by
 * the schema, nor held as one string (the diagnostics of 1,500 decrees, laid
 * out whole, were the build's peak memory).
 */
function* stateChunks(state: NomenclatureState): Generator<string> {
  const shape = NomenclatureState.shape;
  function* members(): Generator<[string, { json: string } | { items: Iterable<string> }]> {
    for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
      if (key === 'base') {
        const value = shape.base.parse(state.base);
        if (value !== undefined) yield [key, { json: JSON.stringify(value, null, 2) }];
      } else yield [key, eachItem(state[key], shape[key].element)];
    }
  }
  yield* jsonObjectChunks(members());
}

/**
 * timeline.json as formatJson(Timeline.parse(timeline)) would write it,
 * written as the replay hands each entry over (validated and laid out one at
 * a time): only the article index is held, never a long history's entries.
 */
class TimelineFile {
  private readonly out: AtomicChunkWriter;
  private readonly index: ArticleIndex;

  /** `start`: go on from a previous timeline.json's entries (its bytes up to their end, and its index) */
  constructor(path: string, previous?: string, written?: WrittenFiles, start?: { bytes: Uint8Array; index: ArticleIndexData }) {
    // the layout below writes the schema's members in this order
    if (Object.keys(Timeline.shape).join() !== 'entries,articles') throw new Error('internal error: timeline.json members changed');
    this.out = new AtomicChunkWriter(path, previous, written);
    this.index = start ? ArticleIndex.from(start.index) : new ArticleIndex();
    if (start) this.out.writeBytes(start.bytes);
    else this.out.write('{' + memberStart('entries', true));
  }

  push(entry: TimelineEntry): void {
    const json = JSON.stringify(TimelineEntry.parse(entry), null, 2);
    this.out.write(listItem(json, this.index.add(entry) === 0));
  }

  /** Gives where the entries end in the file and the index: what a later build goes on from. */
  finish(): { entriesEnd: number; index: ArticleIndexData } {
    const end = { entriesEnd: this.out.bytesWritten, index: this.index.toData() };
    try {
      const articles = this.index.articles();
      this.out.write(listEnd(this.index.size > 0) + memberStart('articles', false));
      articles.forEach((a, i) => this.out.write(listItem(JSON.stringify(Timeline.shape.articles.element.parse(a), null, 2), i === 0)));
      this.out.write(listEnd(articles.length > 0) + '\n}\n');
    } catch (e) {
      this.out.abort();
      throw e;
    }
    this.out.finish();
    return end;
  }

  abort(): void {
    this.out.abort();
  }
}

/** A list's items, each validated by its schema and laid out (the list is checked to be one). */
function eachItem(items: unknown, schema: { parse(v: unknown): unknown }): { items: Iterable<string> } {
  const list = z.array(z.unknown()).parse(items);
  return {
    items: (function* () {
      for (const item of list) yield JSON.stringify(schema.parse(item), null, 2);
    })(),
  };
}

/**
 * What a build keeps of its replay so that the next one, given the same
 * documents and more after them, applies only those (replay.ts's
 * checkpoint), and keeps the change sets and timeline entries already
 * written: each change set file with the bytes it was written with, and
 * where timeline.json's entries end. A build stores it as it likes (signed,
 * in its cache: output/replay-tail.ts).
 */
export interface ReplayTail {
  checkpoint: ReplayCheckpoint;
  /** each document's change set file (name, sha256, size), in replay order */
  changes: { name: string; sha256: string; size: number }[];
  timeline: { sha256: string; size: number; entriesEnd: number; index: ArticleIndexData };
}

export interface ReplayTailStore {
  /** the previous build's tail, or null */
  load(): ReplayTail | null;
  save(tail: ReplayTail): void;
}

/**
 * Replay `docs` and write its outputs into `outDir` as writeReplayOutputs
 * does, each change set written the moment the replay hands it over and then
 * let go (a long history's change sets are as large as its state), and
 * nomenclature.json and timeline.json an item at a time. For a build: `outDir` is fresh;
 * an unchanged file is linked from `previousDir`; `written` is told each file's sha256.
 * With `tail` and `keyOf` (what identifies a document's content), the build
 * goes on from the previous one's tail when it can: its change sets and
 * timeline entries, vouched unchanged (`written`), are linked and copied,
 * and only the documents after them are applied; the files are the same
 * bytes as a whole replay's.
 */
export async function replayInto(
  docs: ReplayDocument[],
  outDir: string,
  options: { base?: Base; fileOf?: (doc: ReplayDocument) => string | undefined; previousDir?: string; written?: WrittenFiles; keyOf?: (doc: ReplayDocument) => string; tail?: ReplayTailStore } = {},
): Promise<{ result: ReplayResult; lines: string[] }> {
  const { base, fileOf, previousDir, written, keyOf, tail } = options;
  const ordered = replayOrder(orderDocuments(docs).ordered, base);
  const files = changeSetFiles({ documents: ordered }, fileOf);
  const fileOfDoc = new Map(ordered.map((d, i) => [d, files[i]]));
  let changeSetsWritten = 0;
  const previous = (file: string) => previousDir && join(previousDir, file);
  const from = previousDir && written && keyOf && tail ? goOn(tail.load(), docs, { base, keyOf, files, previousDir, written }) : null;
  const timeline = new TimelineFile(join(outDir, 'timeline.json'), previous('timeline.json'), written, from ?? undefined);
  let result: ReplayResult;
  let checkpoint: ReplayCheckpoint | null = null;
  try {
    if (from) for (const c of from.changes) linkKept(join(previousDir!, 'changes', c.name), join(outDir, 'changes', c.name), written!, c);
    result = replay(docs, {
      base,
      keyOf,
      resume: from?.checkpoint,
      onChangeSet: (cs, doc) => {
        const f = `changes/${fileOfDoc.get(doc)!}`;
        writeValidatedFileSync(join(outDir, f), cs, ChangeSet, previousDir && join(previousDir, f), written);
        changeSetsWritten++;
      },
      onTimelineEntry: (entry) => timeline.push(entry),
      onCheckpoint: tail && written ? (c) => (checkpoint = c) : undefined,
    });
    // resumePoint said the replay would go on from the checkpoint: anything else would leave the timeline wrong
    if ((result.resumed ?? 0) !== (from?.changes.length ?? 0)) throw new Error('internal error: the replay did not go on from its checkpoint as planned');
  } catch (e) {
    timeline.abort();
    throw e;
  }
  const timelineEnd = timeline.finish();
  await writeChunksAtomic(join(outDir, 'nomenclature.json'), stateChunks(result.state), previous('nomenclature.json'), written);
  if (tail && written && checkpoint) {
    const noted = (file: string) => {
      const size = written.sizeOf(join(outDir, file));
      const sha256 = written.sha256Of(join(outDir, file));
      return sha256 === null || size === null ? null : { sha256, size };
    };
    const changes = files.map((name) => ({ name, ...noted(`changes/${name}`) }));
    const tl = noted('timeline.json');
    // (a file whose hash its writer did not note is not kept for later: the next build replays whole)
    if (tl && changes.every((c): c is ReplayTail['changes'][number] => c.sha256 !== undefined)) tail.save({ checkpoint, changes, timeline: { ...tl, ...timelineEnd } });
  }
  const resumed = from ? [`replay: went on from the previous build after its ${from.changes.length} documents (the same ones, and the same withdrawals)`] : [];
  const kept = from ? `, ${from.changes.length} kept from the previous build` : '';
  return { result, lines: [...summaryLines(result), ...resumed, `replay: ${changeSetsWritten} change sets validated${kept}`] };
}

/**
 * The previous build's tail when this replay can go on from it: the replay
 * order starts with its documents (replay.ts decides), their change set
 * files have the same names, and those files and timeline.json are still
 * what it wrote (vouched by the previous build's record and identities, not read).
 */
function goOn(
  prior: ReplayTail | null,
  docs: ReplayDocument[],
  o: { base?: Base; keyOf: (doc: ReplayDocument) => string; files: string[]; previousDir: string; written: WrittenFiles },
): (ReplayTail & { bytes: Uint8Array; index: ArticleIndexData }) | null {
  if (!prior) return null;
  const n = resumePoint(docs, { base: o.base, keyOf: o.keyOf, resume: prior.checkpoint });
  if (n === 0 || prior.changes.length !== n) return null;
  // vouched by the previous build's record and identity, else read (a file written moments before that build
  // ended is not vouched for by its identity: its clock may not have moved yet, identity.ts)
  const same = (file: string, f: { sha256: string; size: number }) => {
    const path = join(o.previousDir, file);
    const v = o.written.vouchedOf(path);
    if (v) return v.sha256 === f.sha256 && v.size === f.size;
    return statSync(path, { throwIfNoEntry: false })?.size === f.size && sha256OfFileSync(path) === f.sha256;
  };
  if (!prior.changes.every((c, i) => c.name === o.files[i] && same(`changes/${c.name}`, c))) return null;
  if (!same('timeline.json', prior.timeline)) return null;
  const bytes = readStart(join(o.previousDir, 'timeline.json'), prior.timeline.entriesEnd);
  return bytes ? { ...prior, bytes, index: prior.timeline.index } : null;
}

/** The first `length` bytes of a file, or null when it is shorter or unreadable. */
function readStart(path: string, length: number): Uint8Array | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const bytes = Buffer.alloc(length);
    let at = 0;
    while (at < length) {
      const n = readSync(fd, bytes, at, length - at, at);
      if (n === 0) return null;
      at += n;
    }
    return bytes;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A kept document's change set: the previous build's file, linked (copied where links are refused). */
function linkKept(from: string, to: string, written: WrittenFiles, f: { sha256: string; size: number }): void {
  const link = () => {
    try {
      linkSync(from, to);
    } catch (e) {
      // (the folder is made when missing, not before every file)
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw e;
      copyFileSync(from, to);
    }
  };
  try {
    link();
  } catch {
    mkdirSync(dirname(to), { recursive: true });
    link();
  }
  written.note(to, f.sha256, f.size);
}
