import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NomenclatureState } from '../schema/replay.js';
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
