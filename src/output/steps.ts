import { buildFeed } from '../feed/build.js';
import { validityFromState } from '../feed/validity.js';
import { writeFeed } from '../feed/write.js';
import { replay } from '../replay/replay.js';
import { writeReplayOutputs } from '../replay/write.js';
import { writeDiagnostics, type BuildResult } from './build-writer.js';
import { reachedPhase } from './swap.js';

/**
 * Writers that run after the documents are written: replay outputs
 * (nomenclature.json, changes/, timeline.json) and the rules-engine feed,
 * whose validity dates come from the same replay.
 * Each is exported by its own stage; a step writes only under `outDir`,
 * with writeJsonAtomic, deterministically, and returns the summary lines
 * `nomen build` prints.
 */
export interface BuildStep {
  name: string;
  run(outDir: string, result: BuildResult): Promise<string[]>;
}

export const buildSteps: readonly BuildStep[] = [
  {
    name: 'replay+feed',
    async run(outDir, result) {
      const docs = result.documents.map((d) => d.document);
      const replayed = replay(docs, { base: result.base });
      // changes/X.json goes with documents/X.json, also when ids repeat
      const files = new Map(result.documents.map((d) => [d.document, d.file.slice('documents/'.length)]));
      const lines = await writeReplayOutputs(docs, outDir, replayed, (doc) => files.get(doc));
      await writeDiagnostics(outDir, result, replayed.state.diagnostics);
      reachedPhase('replay-written');
      const feed = buildFeed(
        docs.map((d) => ({ document: d.document, rules: d.rules })),
        validityFromState(replayed.state),
      );
      await writeFeed(feed, outDir);
      const rows = Object.entries(feed).map(([table, r]) => `${table} ${(r as unknown[]).length}`);
      return [...lines, `feed: ${rows.join(', ')}`];
    },
  },
];
