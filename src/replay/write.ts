import { join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';
import { AtomicChunkWriter, formatJson, jsonObjectChunks, listEnd, listItem, memberStart, writeChunksAtomic, writeValidatedFileSync } from '../output/write.js';
import { writeUnlessSame } from '../output/build-writer.js';
import type { ReplayDocument } from './input.js';
import { z } from 'zod';
import { ChangeSet, NomenclatureState, Timeline, TimelineEntry } from '../schema/replay.js';
import { replay, replayOrder, summaryLines, type ReplayResult } from './replay.js';
import { orderDocuments } from './order.js';
import type { Base } from './base.js';
import { ArticleIndex } from './timeline.js';
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
  private readonly index = new ArticleIndex();

  constructor(path: string, previous?: string, written?: WrittenFiles) {
    // the layout below writes the schema's members in this order
    if (Object.keys(Timeline.shape).join() !== 'entries,articles') throw new Error('internal error: timeline.json members changed');
    this.out = new AtomicChunkWriter(path, previous, written);
    this.out.write('{' + memberStart('entries', true));
  }

  push(entry: TimelineEntry): void {
    const json = JSON.stringify(TimelineEntry.parse(entry), null, 2);
    this.out.write(listItem(json, this.index.add(entry) === 0));
  }

  finish(): void {
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
 * Replay `docs` and write its outputs into `outDir` as writeReplayOutputs
 * does, each change set written the moment the replay hands it over and then
 * let go (a long history's change sets are as large as its state), and
 * nomenclature.json and timeline.json an item at a time. For a build: `outDir` is fresh;
 * an unchanged file is linked from `previousDir`; `written` is told each file's sha256.
 */
export async function replayInto(
  docs: ReplayDocument[],
  outDir: string,
  options: { base?: Base; fileOf?: (doc: ReplayDocument) => string | undefined; previousDir?: string; written?: WrittenFiles } = {},
): Promise<{ result: ReplayResult; lines: string[] }> {
  const { base, fileOf, previousDir, written } = options;
  const ordered = replayOrder(orderDocuments(docs).ordered, base);
  const files = changeSetFiles({ documents: ordered }, fileOf);
  const fileOfDoc = new Map(ordered.map((d, i) => [d, files[i]]));
  let changeSetsWritten = 0;
  const previous = (file: string) => previousDir && join(previousDir, file);
  const timeline = new TimelineFile(join(outDir, 'timeline.json'), previous('timeline.json'), written);
  let result: ReplayResult;
  try {
    result = replay(docs, {
      base,
      onChangeSet: (cs, doc) => {
        const f = `changes/${fileOfDoc.get(doc)!}`;
        writeValidatedFileSync(join(outDir, f), cs, ChangeSet, previousDir && join(previousDir, f), written);
        changeSetsWritten++;
      },
      onTimelineEntry: (entry) => timeline.push(entry),
    });
  } catch (e) {
    timeline.abort();
    throw e;
  }
  timeline.finish();
  await writeChunksAtomic(join(outDir, 'nomenclature.json'), stateChunks(result.state), previous('nomenclature.json'), written);
  return { result, lines: [...summaryLines(result), `replay: ${changeSetsWritten} change sets validated`] };
}
