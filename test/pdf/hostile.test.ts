/**
 * Hardening issue, items 2 and 3 on the PDF route: every hostile PDF is a
 * named error of that file within bounded time and memory (pdf.js runs in a
 * worker that is terminated at the time limit), never a dead process.
 */
import { describe, expect, it } from 'vitest';
import { ingestPdf } from '../../src/source/pdf/index.js';
import { SourceError } from '../../src/source/types.js';
import { deflateBombPdf, hugeMediaBoxPdf, onePagePdf, operatorFloodPdf, qFloodPdf, shiftedXrefPdf } from '../../scripts/pdf-fixtures/hostile.js';
import { manyPagesPdf } from '../../scripts/pdf-fixtures/bad.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusText, pdfSource, repoRoot } from './helpers.js';

async function code(name: string, bytes: Uint8Array, limits?: Parameters<typeof ingestPdf>[1]): Promise<string> {
  try {
    await ingestPdf(pdfSource(name, bytes), limits);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    expect((e as SourceError).message).toContain(`/fixtures/${name}: `);
    return (e as SourceError).code;
  }
}

describe('hostile PDFs are refused by a named limit', () => {
  it('20,000 nested q operators in a 800-byte file (67 s before): pdf-too-complex', async () => {
    const pdf = qFloodPdf(20_000);
    expect(pdf.length).toBeLessThan(1000);
    expect(await code('q.pdf', pdf)).toBe('pdf-too-complex');
  });

  it('the time limit stops pdf.js itself: the worker is terminated (pdf-timeout)', async () => {
    // the nesting limit lifted, the q flood runs in pdf.js until the timer fires
    expect(await code('slow-q.pdf', qFloodPdf(40_000), { maxStateDepth: 1e9, timeoutMs: 1500 })).toBe('pdf-timeout');
    // and the next file is read by a fresh worker
    expect(await code('after.pdf', await manyPagesPdf(1))).toBe('ok');
  });

  it('an operator flood beyond the limit: pdf-too-complex', async () => {
    expect(await code('ops.pdf', operatorFloodPdf(50_000), { maxOperators: 10_000 })).toBe('pdf-too-complex');
  });

  it('/MediaBox [0 0 1e9 1e9] (95 s and 4 GB before): pdf-too-large', async () => {
    expect(await code('box.pdf', hugeMediaBoxPdf())).toBe('pdf-too-large');
  });

  it('a NaN or empty MediaBox never reaches the layout as NaN', async () => {
    for (const box of ['[0 0 NaN 842]', '[0 0 0 0]', '[1 2 3]']) expect(['ok', 'pdf-corrupt']).toContain(await code('nan.pdf', hugeMediaBoxPdf(box)));
  });

  it('a deflate bomb: refused by the inflated-bytes budget', async () => {
    expect(await code('bomb.pdf', deflateBombPdf(40), { maxInflatedBytes: 16 * 1024 * 1024 })).toBe('pdf-too-large');
    expect(await code('bomb.pdf', deflateBombPdf(2))).toBe('ok');
    // a wrong checksum at the end does not hide what inflates before it
    expect(await code('bomb-sum.pdf', deflateBombPdf(40, true), { maxInflatedBytes: 16 * 1024 * 1024 })).toBe('pdf-too-large');
  });
});

/**
 * The reproducer the fuzz harness found (xref-damage): a Moniteur PDF of
 * 2012022221 whose xref table has six entries moved. pdf.js rejects a promise
 * nobody awaits (XRefEntryException: Bad (uncompressed) XRef entry), which
 * killed the process with exit 1 and a build that wrote nothing.
 */
async function damagedXrefPdf(): Promise<Buffer> {
  const { moniteurPdf } = await import('../../scripts/pdf-fixtures/moniteur.js');
  const s = (await moniteurPdf(corpusText('2012022221'))).toString('latin1');
  const at = s.lastIndexOf('\nxref\n');
  const lines = s.slice(at).split('\n');
  const moved: Record<number, number> = { 7: 17375, 8: 237, 15: 7206, 18: 14222, 21: 16514, 23: 16511 };
  for (const [i, offset] of Object.entries(moved)) lines[Number(i)] = `${String(offset).padStart(10, '0')} 00000 n `;
  return Buffer.from(s.slice(0, at) + lines.join('\n'), 'latin1');
}

describe('item 2: a corrupt PDF is that file’s pdf-corrupt error, the process goes on', () => {
  it('an xref damage that makes pdf.js reject unawaited: pdf-corrupt, and a build beside it completes', async () => {
    const pdf = await damagedXrefPdf();
    expect(await code('xref-entry.pdf', pdf)).toBe('pdf-corrupt');
    const dir = mkdtempSync(join(tmpdir(), 'nomen-xref-'));
    try {
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in', 'a-damaged.pdf'), pdf);
      writeFileSync(join(dir, 'in', 'b-good.md'), corpusText('1996022453'));
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'build', join(dir, 'in'), '--out', join(dir, 'out')], { cwd: repoRoot, encoding: 'utf8' });
      expect(r.stderr).not.toContain('UnhandledPromiseRejection');
      expect(r.status).toBe(1);
      const errors = JSON.parse(readFileSync(join(dir, 'out', 'errors.json'), 'utf8')).errors;
      expect(errors).toEqual([expect.objectContaining({ path: 'a-damaged.pdf', code: 'pdf-corrupt' })]);
      expect(readFileSync(join(dir, 'out', 'documents', '1996022453.json'), 'utf8')).toContain('"id": "1996022453"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('wrong xref offsets and illegal characters in objects', async () => {
    const good = await manyPagesPdf(2);
    for (const delta of [-40, -5, 3, 7, 20, 500]) expect(['ok', 'pdf-corrupt']).toContain(await code('xref.pdf', shiftedXrefPdf(good, delta)));
    const s = good.toString('latin1');
    const illegal = Buffer.from(s.replace(/\/Type \/Page\b/, '/Type /Pa)ge').replace(/\/MediaBox \[0 0 /, '/MediaBox [0 0 1.2.3 '), 'latin1');
    expect(await code('illegal.pdf', illegal)).toBe('pdf-corrupt');
    expect(await code('plain.pdf', onePagePdf('BT /F1 10 Tf 60 780 Td (Article 1er. La prestation 589676 - 589680 est supprimee.) Tj ET'))).toBe('ok');
  });
});
