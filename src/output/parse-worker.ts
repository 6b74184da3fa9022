import { parentPort } from 'node:worker_threads';
import { parseInput } from './parse-source.js';

/** A parse worker of the build (see parse-pool.ts): one input per message, its outcome back. */
interface Task {
  id: number;
  relative: string;
  absolute: string;
  bytes: Uint8Array;
}

parentPort!.on('message', (task: Task) => {
  void parseInput(task.relative, task.absolute, task.bytes).then((outcome) => parentPort!.postMessage({ id: task.id, outcome }));
});
