import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { LIMITS } from '../limits.js';
import type { ParseTask, StoredOutcome } from './parse-store.js';
import { outOfHeapFailure, timedOutFailure, workerDiedFailure } from './failure.js';
import { startWorker } from './worker-start.js';

/**
 * Parses inputs on worker threads (node:worker_threads: the build needs one
 * call and its result, which a dozen lines give; piscina or tinypool would add
 * a dependency for queueing we do not need). Each worker runs the very
 * `parseAndStore` the build runs in its own thread, and the build orders results
 * by input, so the output never depends on which worker parsed what, or when.
 * A worker that runs out of memory has its input parsed again, alone, in a
 * worker of a larger heap under the same time limit (never in the build's own
 * thread, where nothing could stop it); one that dies otherwise fails its input
 * (as an internal error, not remembered) and is replaced; after a few deaths in
 * a row the rest is parsed in the build's thread.
 */
export class ParsePool {
  private readonly idle: Worker[] = [];
  private readonly queue: { task: ParseTask; settle: (o: StoredOutcome) => void }[] = [];
  private readonly running = new Map<Worker, { id: number; task: ParseTask; settle: (o: StoredOutcome) => void; timer: NodeJS.Timeout }>();
  /** workers stopped for a parse's time: replaced when they exit, never given another input, no death */
  private readonly stopped = new WeakSet<Worker>();
  /** the workers of a larger heap parsing an input that ran a worker out of memory */
  private readonly large = new Set<Worker>();
  private next = 0;
  private closed = false;
  private deaths = 0;
  private degraded = false;

  /** `timeoutMs`: wall time one input may take in a worker before the worker is stopped and the input fails (`parse-timeout`). */
  constructor(
    size: number,
    private readonly timeoutMs: number = LIMITS.parseTimeoutMs,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Start workers up to `size` in all (a build learns how many inputs it must parse while it looks them up). */
  grow(size: number): void {
    if (this.closed || this.degraded) return;
    for (let n = this.idle.length + this.running.size; n < size; n++) this.idle.push(this.spawn());
    this.pump();
  }

  parse(task: ParseTask): Promise<StoredOutcome> {
    return new Promise((settle) => {
      if (this.degraded) void this.inThread({ task, settle });
      else {
        this.queue.push({ task, settle });
        this.pump();
      }
    });
  }

  /** Parse in the build's own thread: the same function, so the same outcome. */
  private async inThread(job: { task: ParseTask; settle: (o: StoredOutcome) => void }): Promise<void> {
    job.settle(await parseInThisThread(job.task));
  }

  /** One input alone in a worker of LIMITS.parseLargeWorkerHeapMb, stopped after the pool's time limit like the others. */
  private inLargeWorker(job: { task: ParseTask; settle: (o: StoredOutcome) => void }): void {
    const worker = startParseWorker(LIMITS.parseLargeWorkerHeapMb);
    this.large.add(worker);
    let settled = false;
    const finish = (outcome: StoredOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.settle(outcome);
      void worker.terminate().finally(() => this.large.delete(worker));
    };
    const timer = setTimeout(() => finish(timedOut(this.timeoutMs)), this.timeoutMs);
    worker.on('message', (m: { outcome: StoredOutcome }) => finish(m.outcome));
    worker.on('error', (e) =>
      finish(
        (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { failure: outOfHeapFailure(LIMITS.parseLargeWorkerHeapMb), remember: false }
          : workerFailed(`failed: ${firstLine(e)}`),
      ),
    );
    worker.on('exit', (code) => finish(workerFailed(`exited (${code})`)));
    worker.postMessage({ id: 0, ...job.task });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.running.keys(), ...this.large];
    this.idle.length = 0;
    for (const job of this.running.values()) clearTimeout(job.timer);
    await Promise.all(all.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { task, settle } = this.queue.shift()!;
      const id = this.next++;
      // a parse running past its time is stopped with its worker (a pattern gone quadratic on some input must not hold the build)
      const timer = setTimeout(() => {
        const job = this.running.get(worker);
        if (job?.id !== id) return;
        this.stopped.add(worker);
        void worker.terminate();
      }, this.timeoutMs);
      this.running.set(worker, { id, task, settle, timer });
      worker.postMessage({ id, ...task });
    }
  }

  private spawn(): Worker {
    const worker = startParseWorker();
    worker.on('message', (m: { id: number; outcome: StoredOutcome }) => {
      const job = this.running.get(worker);
      if (!job || job.id !== m.id) return;
      clearTimeout(job.timer);
      this.running.delete(worker);
      // (a result that came in after its worker was stopped for time is kept, whole as it was written; the worker, being
      // stopped, gets no other input: its replacement comes when it exits)
      if (this.stopped.has(worker)) {
        this.deaths = 0;
        job.settle(m.outcome);
        return;
      }
      this.idle.push(worker);
      this.deaths = 0;
      job.settle(m.outcome);
      this.pump();
    });
    let dead = false;
    const died = (why: string) => {
      if (dead) return; // 'error' is followed by 'exit'
      dead = true;
      const job = this.running.get(worker);
      this.running.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (job) clearTimeout(job.timer);
      if (this.closed) return;
      // (stopped for its time: the input fails, not remembered, since the time depends on the machine's load; the worker
      // was sound, so this is no death towards parsing in the build's own thread, where nothing could stop it)
      if (this.stopped.has(worker)) {
        job?.settle(timedOut(this.timeoutMs));
        this.idle.push(this.spawn());
        this.pump();
        return;
      }
      // a source that needs more memory than a worker is given is parsed alone in a larger worker, under the same time
      // limit (an input that could also hang must not reach the build's own thread); not a death: the worker was sound
      if (job && outOfMemory) {
        this.inLargeWorker(job);
        this.idle.push(this.spawn());
        this.pump();
        return;
      }
      job?.settle(workerFailed(why));
      // workers that die again and again (cannot start): parse the rest in this thread
      if (++this.deaths > MAX_DEATHS) {
        this.degraded = true;
        for (const q of this.queue.splice(0)) void this.inThread(q);
        return;
      }
      this.idle.push(this.spawn());
      this.pump();
    };
    let outOfMemory = false;
    worker.on('error', (e) => {
      outOfMemory = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      died(`failed: ${firstLine(e)}`);
    });
    worker.on('exit', (code) => died(`exited (${code})`));
    return worker;
  }
}

/** An input stopped for its time (not remembered: the time depends on the machine's load). */
const timedOut = (ms: number): StoredOutcome => ({ failure: timedOutFailure(ms), remember: false });

/** An input whose worker died (`why`: how), an internal error, not remembered. */
const workerFailed = (why: string): StoredOutcome => ({ failure: workerDiedFailure(why), remember: false });

const firstLine = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0] : String(e));

/** Workers that may die in a row (no task finished in between) before the pool gives up. */
const MAX_DEATHS = 3;

/** A parse worker of `heapMb` of old heap (a bounded heap makes a worker collect its garbage instead of growing: two
 * workers otherwise doubled the build's peak memory; a source that needs more is parsed again in a worker of a larger heap). */
function startParseWorker(heapMb: number = LIMITS.parseWorkerHeapMb): Worker {
  return startWorker('parse-worker', { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: LIMITS.parseWorkerYoungMb });
}

/**
 * How many workers to parse `misses` inputs: one per core, at most one per
 * input; one for a single input too (about 0.15 s more than parsing it in the
 * build's own thread, where no time limit could stop it: the decree added to a
 * built history must be bounded like any other). NOMEN_WORKERS=n sets it (0:
 * parse in the build's own thread, without a time limit).
 */
export function workerCount(misses: number, requested?: number): number {
  const env = process.env.NOMEN_WORKERS;
  const wanted = requested ?? (env !== undefined && /^\d+$/.test(env) ? Number(env) : undefined);
  if (wanted !== undefined) return Math.min(wanted, misses);
  return Math.min(availableParallelism(), misses);
}

/** The parser, loaded when a source is first parsed in this thread: a build with nothing to parse never loads it. */
async function parseInThisThread(task: ParseTask): Promise<StoredOutcome> {
  const { parseAndStore } = await import('./parse-store.js');
  return parseAndStore(task);
}

/** Parse in the build's own thread, with the same interface as the pool. */
export const inThread = { parse: parseInThisThread, close: async () => undefined };
