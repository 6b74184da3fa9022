import { buildFeed, feedRules } from '../feed/build.js';
import { validityFromState } from '../feed/validity.js';
import { writeFeed } from '../feed/write.js';
import { replayInto } from '../replay/write.js';
import type { BuildResult, ReplayFinding } from './build-writer.js';
import { reachedPhase } from './swap.js';
import { parserFingerprint } from './cache.js';
import { readFeedRules, replayTailStore, writeFeedRules } from './replay-tail.js';
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
  /** `goOn`: the step may go on from what the previous build kept for it (its replay's tail; not with `--no-cache`) */
  run(outDir: string, result: BuildResult, previousDir?: string, written?: WrittenFiles, goOn?: boolean): Promise<StepOutput>;
}

export const buildSteps: readonly BuildStep[] = [
  {
    name: 'replay+feed',
    async run(outDir, result, previousDir, written, goOn = true) {
      const docs = result.documents.map((d) => d.part);
      // changes/X.json goes with documents/X.json, also when ids repeat
      const files = new Map(result.documents.map((d) => [d.part, d.file.slice('documents/'.length)]));
      // a document's content is its source (path and bytes) read by this nomen (the tail's key)
      const keyOf = (doc: (typeof docs)[number]) => `${doc.document.source.path}\0${doc.document.source.sha256}`;
      // (what the previous build kept is read only when the step may go on from it; this build's is kept either way)
      const store = previousDir ? replayTailStore(previousDir, outDir, parserFingerprint(), result.base) : undefined;
      const tail = store && !goOn ? { load: () => null, save: store.save } : store;
      const { result: replayed, lines } = await replayInto(docs, outDir, { base: result.base, fileOf: (doc) => files.get(doc), previousDir, written, keyOf, tail });
      reachedPhase('replay-written');
      // a document the replay did not apply again (it went on from the previous build) is not read back for its
      // rules: the previous build kept them (reading 1,500 cache entries was a third of adding one decree)
      const fingerprint = parserFingerprint();
      const kept = previousDir && goOn && replayed.resumed ? readFeedRules(previousDir, fingerprint) : new Map<string, ReturnType<typeof feedRules>>();
      const inputs = docs.map((d) => ({ document: d.document, rules: kept.get(keyOf(d)) ?? feedRules(d.rules) }));
      const feed = buildFeed(inputs, validityFromState(replayed.state));
      await writeFeed(feed, outDir, previousDir);
      if (tail) writeFeedRules(outDir, new Map(docs.map((d, i) => [keyOf(d), inputs[i].rules])), fingerprint);
      const rows = Object.entries(feed).map(([table, r]) => `${table} ${(r as unknown[]).length}`);
      return { lines: [...lines, `feed: ${rows.join(', ')}`], findings: replayed.diagnostics };
    },
  },
];
