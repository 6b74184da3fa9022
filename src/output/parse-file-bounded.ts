import { LIMITS } from '../limits.js';
import type { NomenclatureDocument } from '../schema/document.js';
import { SourceError } from '../source/types.js';
import { outOfHeapFailure, timedOutFailure, workerDiedFailure, type Failure } from './failure.js';
import { startWorker } from './worker-start.js';

/**
 * Parse one file (`nomen parse`, `nomen diff`) in a worker thread that is
 * stopped after LIMITS.parseTimeoutMs and whose heap is bounded by
 * LIMITS.parseLargeWorkerHeapMb: a decree on which some pattern goes
 * quadratic, or that needs more memory than that, fails with `parse-timeout`
 * or `too-complex` instead of holding the command for ever. The worker runs
 * the very parseFile of the library (src/pipeline/parse.ts), and its document
 * comes back by structured clone, which keeps every value and key order: the
 * output is the same as a parse in this thread (test/hardening/parse-file-bounded.test.ts).
 */
export function parseFileBounded(path: string, { timeoutMs = LIMITS.parseTimeoutMs, heapMb = LIMITS.parseLargeWorkerHeapMb }: { timeoutMs?: number; heapMb?: number } = {}): Promise<NomenclatureDocument> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('parse-file-worker', { maxOldGenerationSizeMb: heapMb }, { path });
    let settled = false;
    const settle = (outcome: { document: NomenclatureDocument } | { failure: Failure }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if ('document' in outcome) resolve(outcome.document);
      else reject(new SourceError(outcome.failure.code, path, outcome.failure.reason));
    };
    const timer = setTimeout(() => settle({ failure: timedOutFailure(timeoutMs) }), timeoutMs);
    worker.on('message', settle);
    worker.on('error', (e) =>
      settle({ failure: (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfHeapFailure(heapMb) : workerDiedFailure(`failed: ${e.message.split('\n')[0]}`) }),
    );
    worker.on('exit', (code) => settle({ failure: workerDiedFailure(`exited (${code})`) }));
  });
}
