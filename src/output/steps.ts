import { writeReplayOutputs } from '../replay/write.js';
import type { BuildResult } from './build-writer.js';

/**
 * Writers that run after the documents are written: replay outputs
 * (nomenclature.json, changes/, timeline.json) and the rules-engine feed.
 * Each is exported by its own stage; adding one is one line in `buildSteps`.
 * A step writes only under `outDir`, with writeJsonAtomic, deterministically,
 * and returns the summary lines `nomen build` prints.
 */
export interface BuildStep {
  name: string;
  run(outDir: string, result: BuildResult): Promise<string[]>;
}

export const buildSteps: readonly BuildStep[] = [
  { name: 'replay', run: (outDir, result) => writeReplayOutputs(result.documents.map((d) => d.document), outDir) },
];
