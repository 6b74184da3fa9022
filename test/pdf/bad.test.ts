import { describe, expect, it, vi } from 'vitest';
import { ingestPdf } from '../../src/source/pdf/index.js';
import { SourceError } from '../../src/source/types.js';
import { retiredWorkers } from '../../src/source/pdf/load.js';
import { corruptPdf, encryptedPdf, hugeCountPdf, manyPagesPdf, scannedPdf, truncatedPdf, zeroPagesPdf } from '../../scripts/pdf-fixtures/bad.js';
import { pdfSource } from './helpers.js';

async function failure(name: string, bytes: Uint8Array, limits?: Parameters<typeof ingestPdf>[1]): Promise<SourceError> {
  const started = Date.now();
  try {
    await ingestPdf(pdfSource(name, bytes), limits);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    expect(Date.now() - started).toBeLessThan(15_000);
    const err = e as SourceError;
    expect(err.path).toBe(`/fixtures/${name}`);
    expect(err.message).toContain(`/fixtures/${name}: `);
    return err;
  }
  throw new Error(`${name} was accepted`);
}

describe('bad PDFs give a clear SourceError naming the file', () => {
  it('corrupt', async () => {
    expect((await failure('corrupt.pdf', corruptPdf())).code).toBe('pdf-corrupt');
  });

  it('truncated', async () => {
    const whole = await manyPagesPdf(3);
    const err = await failure('truncated.pdf', truncatedPdf(whole));
    expect(err.code).toBe('pdf-corrupt');
    expect(err.message).toMatch(/damaged or truncated|cannot be read/);
  });

  it('not a PDF at all', async () => {
    expect((await failure('text.pdf', Buffer.from('Art. 1er. Ceci est du texte.'))).code).toBe('pdf-corrupt');
  });

  it('encrypted', async () => {
    const err = await failure('encrypted.pdf', await encryptedPdf());
    expect(err.code).toBe('pdf-encrypted');
    expect(err.message).toContain('password');
  });

  it('zero pages', async () => {
    expect((await failure('empty.pdf', zeroPagesPdf())).code).toBe('pdf-no-pages');
  });

  it('scanned, no text layer: says OCR would be needed', async () => {
    const err = await failure('scan.pdf', await scannedPdf(1));
    expect(err.code).toBe('pdf-no-text');
    expect(err.message).toContain('OCR');
  });

  it('a page tree claiming a million pages, holding one empty page', async () => {
    const err = await failure('hostile.pdf', hugeCountPdf());
    expect(['pdf-no-text', 'pdf-too-large', 'pdf-corrupt']).toContain(err.code);
  });

  it('too many pages, too many bytes, too slow: the limits are configurable', async () => {
    const pdf = await manyPagesPdf(12);
    expect((await failure('pages.pdf', pdf, { maxPages: 10 })).message).toContain('12 pages');
    expect((await failure('bytes.pdf', pdf, { maxBytes: 1000 })).code).toBe('pdf-too-large');
    const before = { ...retiredWorkers };
    const slow = await failure('slow.pdf', pdf, { timeoutMs: 1 });
    expect(slow.code).toBe('pdf-timeout');
    expect(slow.message).toContain('longer than 1 ms');
    // a worker past its limit either answers its own time-out first (it checks the same limit between streams and
    // pages: nothing to retire), or the job's timer runs out first and the worker is retired: it stops itself at its
    // next check and is terminated idle, or, when that check does not come within the grace period, it is terminated
    // busy (Node 20 can abort the process when a worker is terminated between a zlib stream's creation and its
    // initialisation: the reason for the grace). Which happens depends on timing and load (a fresh-clone CI run
    // failed twice waiting for one of them); the test asks that every retirement begun ends, not which way
    const begun = retiredWorkers.retiring - before.retiring;
    await vi.waitFor(() => expect(retiredWorkers.stoppedThemselves + retiredWorkers.terminatedBusy).toBe(before.stoppedThemselves + before.terminatedBusy + begun), { timeout: 60_000 });
    // within limits the same file reads
    const ok = await ingestPdf(pdfSource('pages.pdf', pdf), { maxPages: 12 });
    expect(ok.paragraphs.at(-1)!.page).toBe(12);
  });
});

it('the fixture generator is deterministic: same input, same bytes', async () => {
  const { moniteurPdf } = await import('../../scripts/pdf-fixtures/moniteur.js');
  const { readFileSync } = await import('node:fs');
  const { corpusDir } = await import('./helpers.js');
  const md = readFileSync(`${corpusDir}/1996022453.md`, 'utf8');
  const [a, b] = [await moniteurPdf(md), await moniteurPdf(md)];
  expect(Buffer.compare(a, b)).toBe(0);
  expect(Buffer.compare(await encryptedPdf(), await encryptedPdf())).toBe(0);
});
