import { buildFeed } from '../feed/build.js';
import { validityFromState } from '../feed/validity.js';
import { writeFeed } from '../feed/write.js';
import { replayInto } from '../replay/write.js';
import type { BuildResult, ReplayFinding } from './build-writer.js';
import { reachedPhase } from './swap.js';
import type { WrittenFiles } from './written.js';

/** What a step gives back: the summary lines `nomen build` prints, and the replay's findings for diagnostics.json. */
export interface StepOutput {
  lines: string[];
  findings?: ReplayFinding[];
}

/**
 * Writers that run after the documents are written: replay outputs
 * (nomenclature.json, changes/, timeline.json) and the rules-engine feed,
 * whose validity dates come from the same replay.
 * Each is exported by its own stage; a step writes only under `outDir`,
 * atomically and deterministically (a file whose bytes did not change is
 * linked from `previousDir`, the build it replaces), and tells `written`
 * the sha256 of what it wrote where it has it.
 */
export interface BuildStep {
  name: string;
  run(outDir: string, result: BuildResult, previousDir?: string, written?: WrittenFiles): Promise<StepOutput>;
}

export const buildSteps: readonly BuildStep[] = [
  {
    name: 'replay+feed',
    async run(outDir, result, previousDir, written) {
      const docs = result.documents.map((d) => d.part);
      // changes/X.json goes with documents/X.json, also when ids repeat
      const files = new Map(result.documents.map((d) => [d.part, d.file.slice('documents/'.length)]));
      const { result: replayed, lines } = await replayInto(docs, outDir, { base: result.base, fileOf: (doc) => files.get(doc), previousDir, written });
      reachedPhase('replay-written');
      const feed = buildFeed(
        docs.map((d) => ({ document: d.document, rules: d.rules })),
        validityFromState(replayed.state),
      );
      await writeFeed(feed, outDir, previousDir);
      const rows = Object.entries(feed).map(([table, r]) => `${table} ${(r as unknown[]).length}`);
      return { lines: [...lines, `feed: ${rows.join(', ')}`], findings: replayed.diagnostics };
    },
  },
];
