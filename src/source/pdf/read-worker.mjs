// @ts-check
/**
 * The PDF reader's worker thread: pdf.js runs here, never on the main
 * thread, so that a PDF can be stopped (the main thread terminates this
 * worker at the time limit), cannot exhaust the main heap (the worker has
 * its own heap limit), and cannot kill the process (a rejection pdf.js
 * leaves unawaited kills only this worker, and the main thread turns that
 * into the file's `pdf-corrupt` error).
 *
 * Plain JavaScript on purpose: a worker cannot load TypeScript under every
 * runner nomen is used with (node, tsx, vitest). It receives one job at a
 * time: `{ id, bytes, limits }` and answers `{ id, pages }` or
 * `{ id, error: { code, message } }`. Before pdf.js sees the file, its
 * streams are inflated here within a byte budget and their operators
 * counted (deflate bombs, operator floods and q nesting are refused cheaply).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createInflateRaw, constants } from 'node:zlib';

// pdf.js's legacy build (pdf.mjs and pdf.worker.mjs both) replaces Array.prototype.push
// with a core-js polyfill on Node 20 (V8 < 12.1 is not standard on non-writable lengths,
// which pdf.js never meets). That polyfill costs 15-25 % of a PDF pass and every push
// after it: its worker half is loaded here up front (pdf.js's fake worker takes it from
// globalThis.pdfjsWorker instead of importing it later), then the native push goes back.
const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
const { getDocument } = await import(workerData.pdfjsUrl);
globalThis.pdfjsWorker = await import(new URL('./pdf.worker.mjs', workerData.pdfjsUrl).href);
if (nativePush) Object.defineProperty(Array.prototype, 'push', nativePush);

class Refusal extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * Inflate every Flate stream within the budget and count content operators
 * as the bytes come out, keeping none of them: what inflates before a
 * damaged spot or a wrong checksum is counted too (pdf.js keeps it, and a
 * q flood behind a bad checksum once went through to pdf.js), and the
 * worker never holds an inflated stream twice (a few bombs in a row took
 * the process past 1 GB).
 * @param {Uint8Array} bytes
 * @param {{ maxInflatedBytes: number, maxOperators: number, maxStateDepth: number }} lim
 * @param {() => void} [inTime] throws past the time limit
 */
async function precheck(bytes, lim, inTime = () => {}) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let inflated = 0;
  let operators = 0;
  const re = /stream\r?\n/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    inTime();
    if (m.index >= 3 && text.slice(m.index - 3, m.index) === 'end') continue;
    const start = m.index + m[0].length;
    let end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    const dictStart = Math.max(text.lastIndexOf(' obj', m.index), m.index - 4096, 0);
    const dict = text.slice(dictStart, m.index);
    re.lastIndex = end;
    const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    const counter = /\/Subtype\s*\/Image|\/Length1|\/Length2|\/FontFile|\/XRef|\/ObjStm/.test(dict) ? null : new OperatorCounter(lim, operators);
    if (/FlateDecode|\/Fl\b/.test(dict)) {
      const budget = lim.maxInflatedBytes - inflated;
      inflated += await inflateWithin(data, budget, counter, inTime);
      if (inflated > lim.maxInflatedBytes) throw new Refusal('pdf-too-large', `its streams inflate to more than ${lim.maxInflatedBytes} bytes (a deflate bomb?)`);
    } else if (/\/Filter/.test(dict)) {
      continue; // other filters: images, mostly
    } else counter?.feed(data);
    if (counter) operators += counter.end();
  }
}

/**
 * Inflate a zlib stream, feeding its output to `counter` and stopping past
 * `budget`; returns how many bytes came out. As pdf.js reads it: its 2-byte
 * header skipped and its checksum never checked (zlib's own check would
 * throw away the last piece of output, all of a small stream). Streaming,
 * so damage in the middle still tells how much came out before; of that,
 * zlib drops the last output chunk (at most 16 KB, about 8,000 operators:
 * seconds of pdf.js, not a hang). A refusal of the counter is thrown, and
 * the time-out of `inTime`, checked at every piece of output: a stream that
 * inflates for long (a bomb under the byte budget, on a loaded machine) is
 * left at the time limit, so the worker stops itself rather than be
 * terminated busy by the main thread (load.ts: `retire`).
 * @param {Buffer} data @param {number} budget @param {OperatorCounter | null} counter @param {() => void} inTime
 * @returns {Promise<number>}
 */
function inflateWithin(data, budget, counter, inTime) {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH });
    let size = 0;
    let done = false;
    const stop = (/** @type {unknown} */ refusal) => {
      if (done) return;
      done = true;
      z.destroy();
      if (refusal) reject(refusal);
      else resolve(size);
    };
    z.on('data', (/** @type {Buffer} */ c) => {
      size += c.length;
      if (size > budget) return stop(null);
      try {
        inTime();
        counter?.feed(c);
      } catch (e) {
        stop(e);
      }
    });
    z.on('end', () => stop(null));
    z.on('error', () => stop(null));
    z.end(data.subarray(2));
  });
}

/**
 * The operators (alphabetic tokens) of one content stream and the depth of
 * its q/Q nesting, fed in pieces; refuses beyond the limits.
 */
class OperatorCounter {
  /** @param {{ maxOperators: number, maxStateDepth: number }} lim @param {number} before */
  constructor(lim, before) {
    this.lim = lim;
    this.before = before;
    this.n = 0;
    this.depth = 0;
    /** the byte before the current one (a word after `/` is a name) */
    this.prev = 32;
    /** length of the word being read, 0 when none */
    this.word = 0;
    this.first = 0;
    this.name = false;
    /** nesting of the (string) being skipped, 0 when none */
    this.str = 0;
    this.escape = false;
  }

  /** @param {Uint8Array} data */
  feed(data) {
    let { prev, word, str, escape } = this;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (str > 0) {
        if (escape) escape = false;
        else if (c === 92) escape = true;
        else if (c === 40) str++;
        else if (c === 41) str--;
        prev = c;
        continue;
      }
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (word > 0) {
        if (letter || c === 42) {
          word++;
          prev = c;
          continue;
        }
        this.endWord(word);
        word = 0;
      }
      if (letter) {
        word = 1;
        this.first = c;
        this.name = prev === 47;
      } else if (c === 40) str = 1;
      prev = c;
    }
    Object.assign(this, { prev, word, str, escape });
  }

  /** @param {number} length */
  endWord(length) {
    if (this.name) return;
    this.n++;
    if (length === 1 && this.first === 113) {
      if (++this.depth > this.lim.maxStateDepth) throw new Refusal('pdf-too-complex', `graphics states nested more than ${this.lim.maxStateDepth} deep (q operators)`);
    } else if (length === 1 && this.first === 81) this.depth = Math.max(0, this.depth - 1);
    if (this.before + this.n > this.lim.maxOperators) throw new Refusal('pdf-too-complex', `more than ${this.lim.maxOperators} content operators`);
  }

  /** The operators counted, the last word included. */
  end() {
    if (this.word > 0) this.endWord(this.word);
    this.word = 0;
    return this.n;
  }
}

/** @param {unknown} e */
function reason(e) {
  return e instanceof Error ? e.message : String(e);
}

/** @param {unknown} e */
function openError(e) {
  const name = /** @type {{name?: string}} */ (e)?.name ?? '';
  if (name === 'PasswordException') {
    return new Refusal('pdf-encrypted', 'PDF is encrypted and needs a password; decrypt it first (e.g. qpdf --decrypt)');
  }
  if (/encrypt/i.test(reason(e))) return new Refusal('pdf-encrypted', `PDF encryption is not supported: ${reason(e)}`);
  return new Refusal('pdf-corrupt', `PDF cannot be opened (${name || 'error'}: ${reason(e)}); the file is damaged or truncated`);
}

/**
 * The time limit, kept here too: the main thread answers the job at the limit, and this worker stops itself at the
 * next stream or page, so that it is terminated idle (terminated in the middle of a zlib stream's creation, Node 20
 * aborts the whole process: load.ts).
 * @param {number} timeoutMs
 */
function deadline(timeoutMs) {
  const end = Date.now() + timeoutMs;
  return () => {
    if (Date.now() > end) throw new Refusal('pdf-timeout', `reading the PDF took longer than ${timeoutMs} ms; gave up`);
  };
}

/** @param {Uint8Array} bytes @param {any} lim */
async function read(bytes, lim) {
  const inTime = deadline(lim.timeoutMs);
  await precheck(bytes, lim, inTime);
  inTime();
  const task = getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (e) {
      throw openError(e);
    }
    if (pdf.numPages === 0) throw new Refusal('pdf-no-pages', 'PDF has no pages');
    if (pdf.numPages > lim.maxPages) throw new Refusal('pdf-too-large', `PDF declares ${pdf.numPages} pages, more than the limit of ${lim.maxPages}`);
    const pages = [];
    let runCount = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      inTime();
      try {
        const page = await pdf.getPage(n);
        const [x0, y0, x1, y1] = page.view;
        const width = x1 - x0;
        const height = y1 - y0;
        if (![x0, y0, x1, y1].every(Number.isFinite) || !(width > 0) || !(height > 0)) {
          throw new Refusal('pdf-corrupt', `page ${n} has no usable page box (MediaBox ${JSON.stringify(page.view)})`);
        }
        if (width > lim.maxPageSide || height > lim.maxPageSide) {
          throw new Refusal('pdf-too-large', `page ${n} is ${Math.round(width)} × ${Math.round(height)} points, larger than the limit of ${lim.maxPageSide}`);
        }
        const content = await page.getTextContent();
        const styles = content.styles;
        const runs = [];
        for (const raw of content.items) {
          if (!('str' in raw)) continue; // marked-content boundaries
          const [a, b, , d, e, f] = raw.transform;
          if (![a, b, d, e, f, raw.width].every(Number.isFinite)) continue; // a run nowhere on the page
          if (Math.abs(b) > Math.abs(a) * 0.1) continue; // rotated text (margin stamps) is not running text
          runs.push({ str: raw.str, x: e - x0, y: f - y0, width: raw.width, size: Math.abs(d) || raw.height || 0, mono: styles[raw.fontName]?.fontFamily === 'monospace' });
        }
        runCount += runs.length;
        if (runCount > lim.maxRuns) throw new Refusal('pdf-too-complex', `more than ${lim.maxRuns} text runs`);
        pages.push({ number: n, width, height, runs });
        page.cleanup();
      } catch (e) {
        if (e instanceof Refusal) throw e;
        throw new Refusal('pdf-corrupt', `page ${n} cannot be read: ${reason(e)}`);
      }
    }
    return pages;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

parentPort?.on('message', async (/** @type {{ id: number, bytes: Uint8Array, limits: any }} */ job) => {
  try {
    const pages = await read(job.bytes, job.limits);
    parentPort?.postMessage({ id: job.id, pages });
  } catch (e) {
    const code = e instanceof Refusal ? e.code : 'pdf-corrupt';
    const message = e instanceof Refusal ? e.message : `PDF cannot be read: ${reason(e)}`;
    parentPort?.postMessage({ id: job.id, error: { code, message } });
  }
});
parentPort?.postMessage({ ready: true });
