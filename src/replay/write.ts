import { join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';
import { formatJson } from '../output/write.js';
import { writeUnlessSame } from '../output/build-writer.js';
import type { ReplayDocument } from './input.js';
import { ChangeSet, NomenclatureState, Timeline } from '../schema/replay.js';
import { replay, summaryLines, type ReplayResult } from './replay.js';

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
function changeSetFiles(r: ReplayResult, fileOf?: (doc: ReplayDocument) => string | undefined): string[] {
  const taken = new Set<string>();
  return r.changeSets.map((c, i) => {
    const doc = r.documents[i];
    const wanted = (doc && fileOf?.(doc)) ?? changeSetFile(c.document.id);
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
  const state = NomenclatureState.parse(r.state);
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
  await put('nomenclature.json', state);
  return [...summaryLines(r), `replay: ${r.changeSets.length} change sets validated`];
}
