import { parentPort, workerData } from 'node:worker_threads';
import { parseFile } from '../pipeline/parse.js';
import { describeFailure } from './failure.js';

/** One file of `nomen parse` or `nomen diff` (see parse-file-bounded.ts): parsed here, its document or its failure back. */
const { path } = workerData as { path: string };
parseFile(path).then(
  (document) => parentPort!.postMessage({ document }),
  (e: unknown) => parentPort!.postMessage({ failure: describeFailure(e) }),
);
