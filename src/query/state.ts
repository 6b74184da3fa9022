import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChangeSet, NomenclatureState } from '../schema/replay.js';
import { BuildIndex, DiagnosticsSummary } from '../schema/build.js';
import { NomenclatureDocument } from '../schema/document.js';
import { recoverOut } from '../output/swap.js';

/** The replayed state a build wrote; queries read it, they never re-parse. */
export async function loadState(outDir: string): Promise<NomenclatureState> {
  await recoverOut(outDir).catch(() => undefined); // a build killed in its final swap
  const path = join(outDir, 'nomenclature.json');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new Error(`no replayed state at ${path}: run \`nomen build --out ${outDir}\` first`);
  }
  return NomenclatureState.parse(JSON.parse(raw));
}

/** A replay finding as diagnostics.json lists it (its place is in its document's change set). */
export type ReplayFindingItem = NonNullable<DiagnosticsSummary['replay']>['items'][number];

/**
 * Every replay finding a build wrote (diagnostics.json `replay.items`; none when its replay did not
 * run), or null when there is no diagnostics.json (replay outputs written by `writeReplayOutputs` alone).
 */
export async function loadReplayFindings(outDir: string): Promise<ReplayFindingItem[] | null> {
  const path = join(outDir, 'diagnostics.json');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${path} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return DiagnosticsSummary.parse(JSON.parse(raw)).replay?.items ?? [];
}

/** The change set a build wrote for one document (out/changes/ID.json). */
export async function loadChangeSet(outDir: string, id: string): Promise<ChangeSet> {
  const path = join(outDir, 'changes', `${id}.json`);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new Error(`no change set at ${path}: run \`nomen build --out ${outDir}\` first`);
  }
  return ChangeSet.parse(JSON.parse(raw));
}

/** The documents a build wrote, in its index order; readers of a build (export, review) never re-parse. */
export async function loadDocuments(outDir: string): Promise<NomenclatureDocument[]> {
  let raw: string;
  try {
    raw = await readFile(join(outDir, 'index.json'), 'utf8');
  } catch {
    throw new Error(`no build at ${outDir}: run \`nomen build --out ${outDir}\` first`);
  }
  const index = BuildIndex.parse(JSON.parse(raw));
  return Promise.all(index.documents.map(async (d) => NomenclatureDocument.parse(JSON.parse(await readFile(join(outDir, d.file), 'utf8')))));
}
