import { join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';
import { writeJsonAtomic } from '../output/write.js';
import type { NomenclatureDocument } from '../schema/document.js';
import { ChangeSet, NomenclatureState, Timeline } from '../schema/replay.js';
import { replay, summaryLines, type ReplayResult } from './replay.js';

/** File name of a document's change set: ids are NUMACs or file stems. */
export function changeSetFile(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
}

/**
 * Write out/nomenclature.json, out/changes/<id>.json and out/timeline.json,
 * each validated by its schema, and return the summary lines the build
 * prints. Pass `result` to write an already computed (e.g. incremental) replay.
 */
export async function writeReplayOutputs(docs: NomenclatureDocument[], outDir: string, result?: ReplayResult): Promise<string[]> {
  const r = result ?? replay(docs);
  const state = NomenclatureState.parse(r.state);
  const sets = r.changeSets.map((c) => ChangeSet.parse(c));
  const timeline = Timeline.parse(r.timeline);
  const changesDir = join(outDir, 'changes');
  const names = new Set(sets.map((c) => changeSetFile(c.document.id)));
  const present = new Set(await readdir(changesDir).catch(() => [] as string[]));
  // an incremental replay leaves earlier documents' change sets as they were written
  const redo = new Set(r.replayed);
  for (const c of sets) {
    const f = changeSetFile(c.document.id);
    if (redo.has(c.document.id) || !present.has(f)) await writeJsonAtomic(join(changesDir, f), c);
  }
  // change sets of documents no longer in the build would mislead readers
  for (const f of present) if (f.endsWith('.json') && !names.has(f)) await rm(join(changesDir, f), { force: true });
  await writeJsonAtomic(join(outDir, 'timeline.json'), timeline);
  await writeJsonAtomic(join(outDir, 'nomenclature.json'), state);
  return [...summaryLines(r), `replay: ${sets.length} change sets validated`];
}
