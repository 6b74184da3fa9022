/**
 * nomen as a library: `import { parseFile, replay, stateAt } from 'nomen'`.
 * The same functions the CLI runs, with plain data in and out; every output
 * has its zod schema here too (the JSON Schemas in `schemas/` are generated
 * from them).
 */
export { parseBytes, parseFile, parseSource, parseIngested, PARSER_VERSION, type ParseOptions } from './pipeline/parse.js';
// (parseFile parses in its caller's thread; parseFileBounded, in a worker stopped after a time limit, with a bounded heap)
export { parseFileBounded } from './output/parse-file-bounded.js';
export { buildCorpus, type BuildOptions } from './commands/build.js';
export { BuildLockedError, NotABuildError } from './output/swap.js';
export { replay, replayFrom, summarize, type ReplayResult, type ReplaySummary } from './replay/replay.js';
export { writeReplayOutputs } from './replay/write.js';
export { compareSides, documentSide, stateSide } from './diff/compare.js';
export { stateAt, groupAt } from './query/at.js';
export { codeHistory, findGroup } from './query/history.js';
export { loadState } from './query/state.js';
export { buildFeed } from './feed/build.js';
export { checkClaim, Claim, BilledAct, type Violation } from './check/evaluate.js';
export { SourceError } from './source/types.js';
export { CONSTRUCTIONS } from './extract/amendments/constructions/index.js';
export * from './schema/document.js';
export * from './schema/replay.js';
export * from './schema/build.js';
