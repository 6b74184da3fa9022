import { join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';
import { writeJsonAtomic } from '../output/write.js';
import type { NomenclatureDocument } from '../schema/document.js';
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
function changeSetFiles(r: ReplayResult, fileOf?: (doc: NomenclatureDocument) => string | undefined): string[] {
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
 */
export async function writeReplayOutputs(
  docs: NomenclatureDocument[],
  outDir: string,
  result?: ReplayResult,
  fileOf?: (doc: NomenclatureDocument) => string | undefined,
): Promise<string[]> {
  const r = result ?? replay(docs);
  const state = NomenclatureState.parse(r.state);
  const sets = r.changeSets.map((c) => ChangeSet.parse(c));
  const timeline = Timeline.parse(r.timeline);
  const changesDir = join(outDir, 'changes');
  const files = changeSetFiles(r, fileOf);
  const names = new Set(files);
  const present = new Set(await readdir(changesDir).catch(() => [] as string[]));
  // an incremental replay leaves earlier documents' change sets as they were written
  const redo = new Set(r.replayed);
  for (const [i, c] of sets.entries()) {
    const f = files[i];
    if (redo.has(c.document.id) || !present.has(f)) await writeJsonAtomic(join(changesDir, f), c);
  }
  // change sets of documents no longer in the build would mislead readers
  for (const f of present) if (f.endsWith('.json') && !names.has(f)) await rm(join(changesDir, f), { force: true });
  await writeJsonAtomic(join(outDir, 'timeline.json'), timeline);
  await writeJsonAtomic(join(outDir, 'nomenclature.json'), state);
  return [...summaryLines(r), `replay: ${sets.length} change sets validated`];
}
