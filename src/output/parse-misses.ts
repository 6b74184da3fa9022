import type { ParseTask, StoredOutcome } from './parse-store.js';
import { ParsePool, inThread, workerCount } from './parse-pool.js';

/**
 * The inputs a build must parse, parsed as soon as its lookup finds them:
 * the workers start and parse while the lookup goes on through the others
 * (adding one decree to a built history of 1,500 waited 0.4 s for its parse
 * after the lookup). Workers are added as misses are found, up to what
 * workerCount gives for all of them; at most two parses per worker run at
 * once, and an input's bytes are read only when its parse starts (`run`), so
 * the misses' bytes are never all held. Results go by input, never by
 * order of completion: the output is the same whatever the timing.
 */
export class MissParser<Miss> {
  private parser: ParsePool | typeof inThread | null = null;
  private found = 0;
  private running = 0;
  private readonly waiting: Miss[] = [];
  private failed: { error: unknown } | null = null;
  private idle: (() => void) | null = null;

  /**
   * `run` parses one miss with `parse` (it reads the bytes, hands them over, keeps the outcome) and throws
   * only what must fail the build. `requested`: the build's `workers` option (NOMEN_WORKERS otherwise).
   */
  constructor(
    private readonly run: (miss: Miss, parse: (task: ParseTask) => Promise<StoredOutcome>) => Promise<void>,
    private readonly requested?: number,
  ) {}

  add(miss: Miss): void {
    this.found++;
    const workers = workerCount(this.found, this.requested);
    if (this.parser === null) this.parser = workers > 0 ? new ParsePool(workers) : inThread;
    else if (this.parser instanceof ParsePool) this.parser.grow(workers);
    this.waiting.push(miss);
    this.pump();
  }

  /** Wait for every parse started or waiting; throws the first error a parse threw (the others still finish). */
  async finish(): Promise<void> {
    while (this.running > 0 || (this.waiting.length > 0 && this.failed === null)) await new Promise<void>((done) => (this.idle = done));
    if (this.failed) throw this.failed.error;
  }

  /** Stop the workers (also after an error, with parses left waiting). */
  async close(): Promise<void> {
    this.waiting.length = 0;
    await this.parser?.close();
  }

  private pump(): void {
    const limit = Math.max(2, 2 * workerCount(this.found, this.requested));
    while (this.failed === null && this.running < limit && this.waiting.length > 0) {
      const miss = this.waiting.shift()!;
      this.running++;
      const parser = this.parser!;
      this.run(miss, (task) => parser.parse(task))
        .catch((error: unknown) => {
          this.failed ??= { error };
        })
        .finally(() => {
          this.running--;
          this.pump();
          const wake = this.idle;
          this.idle = null;
          wake?.();
        });
    }
  }
}
