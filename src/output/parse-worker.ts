import { parentPort } from 'node:worker_threads';
import { parseAndStore, type ParseTask } from './parse-store.js';

/** A parse worker of the build (see parse-pool.ts): one input per message, parsed and written, its outcome back. */
parentPort!.on('message', (task: ParseTask & { id: number }) => {
  void parseAndStore(task).then((outcome) => parentPort!.postMessage({ id: task.id, outcome }));
});
