/**
 * pdf.js on Node: open a PDF within limits and return, per page, its text
 * runs with geometry. pdf.js runs in a worker thread (read-worker.mjs) that
 * is terminated at the time limit and has its own heap; whatever pdf.js does
 * (throws, rejects a promise nobody awaits, loops, allocates) becomes a
 * SourceError naming the file, and the batch goes on.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LIMITS } from '../../limits.js';
import { SourceError, type SourceErrorCode, type SourceFile } from '../types.js';

export interface PdfLimits {
  /** refuse files larger than this many bytes */
  maxBytes?: number;
  /** refuse documents with more pages */
  maxPages?: number;
  /** stop the reader after this many milliseconds */
  timeoutMs?: number;
  /** bytes the Flate streams may inflate to */
  maxInflatedBytes?: number;
  /** content operators in the whole file */
  maxOperators?: number;
  /** q/Q nesting in one content stream */
  maxStateDepth?: number;
  /** page width or height, PDF points */
  maxPageSide?: number;
  /** text runs in the whole file */
  maxRuns?: number;
}

export const DEFAULT_LIMITS: Required<PdfLimits> = {
  maxBytes: LIMITS.maxPdfBytes,
  maxPages: LIMITS.maxPdfPages,
  timeoutMs: LIMITS.pdfTimeoutMs,
  maxInflatedBytes: LIMITS.maxPdfInflatedBytes,
  maxOperators: LIMITS.maxPdfOperators,
  maxStateDepth: LIMITS.maxPdfStateDepth,
  maxPageSide: LIMITS.maxPdfPageSide,
  maxRuns: LIMITS.maxPdfRuns,
};

/** A text run as pdf.js reports it, in PDF points (origin bottom-left). */
export interface TextRun {
  str: string;
  /** left of the run */
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font size (the text matrix' vertical scale) */
  size: number;
  mono: boolean;
  /** the next run on the baseline starts inside this one: a cell overprinted by the next cell, cut there (see `clipOverprint`) */
  cut?: boolean;
}

export interface PageText {
  /** 1-based */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

export async function loadPdf(source: SourceFile, limits: PdfLimits = {}): Promise<PageText[]> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const { path, bytes } = source;
  if (bytes.length > lim.maxBytes) {
    throw new SourceError('pdf-too-large', path, `PDF of ${bytes.length} bytes exceeds the limit of ${lim.maxBytes} bytes`);
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new SourceError('pdf-corrupt', path, 'not a PDF file (no %PDF- header)');
  const answer = await reader.run(bytes, lim);
  if ('error' in answer) throw new SourceError(answer.error.code, path, answer.error.message);
  return answer.pages;
}

type Answer = { pages: PageText[] } | { error: { code: SourceErrorCode; message: string } };

interface Job {
  bytes: Uint8Array;
  lim: Required<PdfLimits>;
  done: (a: Answer) => void;
}

/**
 * One worker, one job at a time (so a worker that dies is blamed on the file
 * it was reading), started on first use and kept while jobs come; unref'd
 * when idle so it never keeps the process alive.
 */
class PdfReader {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private busy = false;
  private nextId = 1;

  run(bytes: Uint8Array, lim: Required<PdfLimits>): Promise<Answer> {
    return new Promise((done) => {
      this.queue.push({ bytes, lim, done });
      this.pump();
    });
  }

  private pump(): void {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    this.busy = true;
    const worker = this.start();
    worker.ref();
    const id = this.nextId++;
    let settled = false;
    const finish = (a: Answer, kill: boolean | 'retire') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (kill === 'retire') this.retire(worker, id);
      else if (kill) this.drop(worker);
      this.busy = false;
      job.done(a);
      this.pump();
    };
    const fail = (code: SourceErrorCode, message: string, kill: boolean | 'retire' = true) => finish({ error: { code, message } }, kill);
    const onMessage = (m: { id?: number } & Partial<Answer>) => {
      if (m.id === id) finish(m as Answer, false);
    };
    const onError = (e: Error & { code?: string }) =>
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? fail('pdf-too-large', `reading the PDF needs more than ${LIMITS.pdfWorkerHeapMb} MB of memory; gave up`)
        : fail('pdf-corrupt', `PDF cannot be read (pdf.js failed: ${rejectionReason(e.message)}); the file is damaged`);
    const onExit = (code: number) => fail('pdf-corrupt', `PDF cannot be read (the reader stopped with code ${code}); the file is damaged`);
    const timer = setTimeout(() => fail('pdf-timeout', `reading the PDF took longer than ${job.lim.timeoutMs} ms; gave up`, 'retire'), job.lim.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const copy = new Uint8Array(job.bytes);
    worker.postMessage({ id, bytes: copy, limits: job.lim }, [copy.buffer]);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const pdfjsUrl = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
    const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), {
      workerData: { pdfjsUrl },
      resourceLimits: { maxOldGenerationSizeMb: LIMITS.pdfWorkerHeapMb },
    });
    // a dead worker is reported by the job it was running
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate().catch(() => undefined);
  }

  /**
   * A worker past the time limit: the job has its answer; the worker stops itself at the same limit (read-worker.mjs
   * checks it between streams and pages) and is terminated once idle, or after PDF_STOP_GRACE_MS. Terminated in the
   * middle of its work, a worker can take the process down with it: Node 20 asserts (`close before init`) when it
   * frees a zlib stream created but not yet initialised, and the prescan creates one per stream.
   */
  private retire(worker: Worker, id: number): void {
    if (this.worker === worker) this.worker = null;
    retiredWorkers.retiring++;
    const stop = (how: 'itself' | 'busy') => {
      clearTimeout(grace);
      if (how === 'itself') retiredWorkers.stoppedThemselves++;
      else retiredWorkers.terminatedBusy++;
      worker.off('message', stopped);
      worker.off('exit', exited);
      void worker.terminate().catch(() => undefined);
    };
    const stopped = (m: { id?: number }) => {
      if (m.id === id) stop('itself');
    };
    const exited = () => stop('itself');
    const grace = setTimeout(() => stop('busy'), PDF_STOP_GRACE_MS);
    worker.on('message', stopped);
    worker.on('exit', exited);
  }
}

/**
 * Workers past their time limit (for tests): how many were retired (the job's timer ran out first: a worker that
 * answers its own time-out first needs no retiring), how many of those stopped themselves, how many had to be
 * terminated busy.
 */
export const retiredWorkers = { retiring: 0, stoppedThemselves: 0, terminatedBusy: 0 };

/** How long a worker past its time limit has to stop itself before it is terminated in the middle of its work. */
const PDF_STOP_GRACE_MS = 10_000;

const reader = new PdfReader();

/** Node words an unawaited rejection at length; the reason is what it quotes. */
function rejectionReason(message: string): string {
  return /The promise rejected with the reason "([^"]*)"/.exec(message)?.[1] ?? message.split('\n')[0];
}
