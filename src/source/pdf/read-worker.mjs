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
import { createInflate, constants } from 'node:zlib';

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
 * Inflate every Flate stream within the budget and count content operators.
 * Damaged streams are left for pdf.js to judge.
 * @param {Uint8Array} bytes
 * @param {{ maxInflatedBytes: number, maxOperators: number, maxStateDepth: number }} lim
 */
async function precheck(bytes, lim) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let inflated = 0;
  let operators = 0;
  const re = /stream\r?\n/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= 3 && text.slice(m.index - 3, m.index) === 'end') continue;
    const start = m.index + m[0].length;
    let end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    const dictStart = Math.max(text.lastIndexOf(' obj', m.index), m.index - 4096, 0);
    const dict = text.slice(dictStart, m.index);
    re.lastIndex = end;
    let data = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    if (/FlateDecode|\/Fl\b/.test(dict)) {
      const budget = lim.maxInflatedBytes - inflated;
      const out = await inflateWithin(data, budget);
      // what inflates before a damaged spot or a wrong checksum counts too: pdf.js keeps it
      inflated += out.size;
      if (out.size > budget) throw new Refusal('pdf-too-large', `its streams inflate to more than ${lim.maxInflatedBytes} bytes (a deflate bomb?)`);
      if (!out.data) continue; // damaged: pdf.js decides
      data = out.data;
    } else if (/\/Filter/.test(dict)) {
      continue; // other filters: images, mostly
    }
    if (/\/Subtype\s*\/Image|\/Length1|\/Length2|\/FontFile|\/XRef|\/ObjStm/.test(dict)) continue;
    operators += countOperators(data, lim, operators);
  }
}

/**
 * Inflate a zlib stream, counting its output and stopping past `budget`.
 * Streaming, so a checksum error at the end or damage in the middle still
 * tells how much came out before (inflateSync would only throw).
 * @param {Buffer} data @param {number} budget
 * @returns {Promise<{ size: number, data: Buffer | null }>}
 */
function inflateWithin(data, budget) {
  return new Promise((resolve) => {
    const z = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let done = false;
    const finish = (/** @type {boolean} */ ok) => {
      if (done) return;
      done = true;
      resolve({ size, data: ok && size <= budget ? Buffer.concat(chunks) : null });
    };
    z.on('data', (/** @type {Buffer} */ c) => {
      size += c.length;
      if (size > budget) {
        finish(false);
        z.destroy();
      } else chunks.push(c);
    });
    z.on('end', () => finish(true));
    z.on('error', () => finish(false));
    z.end(data);
  });
}

/**
 * Operators (alphabetic tokens) of one content stream, and the depth of its
 * q/Q nesting; refuses beyond the limits.
 * @param {Uint8Array} data @param {{ maxOperators: number, maxStateDepth: number }} lim @param {number} before
 */
function countOperators(data, lim, before) {
  let n = 0;
  let depth = 0;
  let i = 0;
  const len = data.length;
  while (i < len) {
    const c = data[i];
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      const s = i;
      while (i < len && ((data[i] >= 65 && data[i] <= 90) || (data[i] >= 97 && data[i] <= 122) || data[i] === 42)) i++;
      const prev = s > 0 ? data[s - 1] : 32;
      if (prev === 47) continue; // a /Name
      n++;
      if (i - s === 1 && c === 113) {
        if (++depth > lim.maxStateDepth) throw new Refusal('pdf-too-complex', `graphics states nested more than ${lim.maxStateDepth} deep (q operators)`);
      } else if (i - s === 1 && c === 81) depth = Math.max(0, depth - 1);
      if (before + n > lim.maxOperators) throw new Refusal('pdf-too-complex', `more than ${lim.maxOperators} content operators`);
    } else if (c === 40) {
      // a (string): skip it, with its escapes and nested parentheses
      let level = 1;
      i++;
      while (i < len && level > 0) {
        if (data[i] === 92) i++;
        else if (data[i] === 40) level++;
        else if (data[i] === 41) level--;
        i++;
      }
    } else i++;
  }
  return n;
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

/** @param {Uint8Array} bytes @param {any} lim */
async function read(bytes, lim) {
  await precheck(bytes, lim);
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
