/**
 * Found by the 100,000-case fuzz run (deflate-bombs, seed 1): the PDF
 * precheck skipped the operator count of a stream whose checksum was wrong,
 * although pdf.js reads what inflated before it; a q flood behind a bad
 * checksum went to pdf.js (more than 10 s of CPU, the 30 s pdf-timeout under
 * load). And the precheck held each inflated stream twice, so that a few
 * bombs in a row took one process past 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPdf } from '../../src/source/pdf/index.js';
import { SourceError } from '../../src/source/types.js';
import { DECREE_TEXT, onePagePdf } from '../../scripts/pdf-fixtures/hostile.js';

const repo = resolve(import.meta.dirname, '../..');

async function code(bytes: Uint8Array, limits?: Parameters<typeof ingestPdf>[1]): Promise<string> {
  try {
    await ingestPdf({ path: 'x.pdf', bytes } as Parameters<typeof ingestPdf>[0], limits);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return (e as SourceError).code;
  }
}

const text = DECREE_TEXT.map((l, i) => `BT /F1 10 Tf 60 ${780 - 14 * i} Td (${l}) Tj ET`).join('\n');

describe('operators are counted in what inflates, checksum or not', () => {
  it('q nested 300 deep behind a wrong checksum: pdf-too-complex (went to pdf.js before)', async () => {
    const flood = `${'q '.repeat(300)}\n${text}\n${'Q '.repeat(300)}`;
    expect(await code(onePagePdf(flood, { deflate: true, badChecksum: true }))).toBe('pdf-too-complex');
    // the same stream intact was refused all along, and the text alone is read
    expect(await code(onePagePdf(flood, { deflate: true }))).toBe('pdf-too-complex');
    expect(await code(onePagePdf(text, { deflate: true, badChecksum: true }))).toBe('ok');
  });

  it('an operator flood behind a wrong checksum: pdf-too-complex', async () => {
    const flood = `BT /F1 10 Tf 60 700 Td ${'(x) Tj '.repeat(6000)} ET\n${text}`;
    expect(await code(onePagePdf(flood, { deflate: true, badChecksum: true }), { maxOperators: 5000 })).toBe('pdf-too-complex');
    expect(await code(onePagePdf(flood, { deflate: true, badChecksum: true }), { maxOperators: 7000 })).toBe('ok');
  });

  it('operators split across inflated pieces are counted once each, names and strings left out', async () => {
    // 100,000 `Tj` in a stream of several inflate chunks: 100,000 + the text's operators
    const many = `BT /F1 10 Tf 60 700 Td ${'(a b c) Tj '.repeat(100_000)} ET\n${text}`;
    expect(await code(onePagePdf(many, { deflate: true }), { maxOperators: 100_000 })).toBe('pdf-too-complex');
    expect(await code(onePagePdf(many, { deflate: true }), { maxOperators: 100_020 })).toBe('ok');
  });
});

it('the first 8 deflate-bomb cases of seed 1 in one child: no hang, no memory overrun (one hang before)', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/fuzz.ts'), '--family', 'deflate-bombs', '--runs', '8', '--seed', '1', '--json'], { cwd: repo, encoding: 'utf8', timeout: 280_000 });
  const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as { bad: number; families: Record<string, { cases: number; peakRssMb: number }> };
  expect(report.families['deflate-bombs'].cases).toBe(8);
  expect(report.bad).toBe(0);
  expect(report.families['deflate-bombs'].peakRssMb).toBeLessThan(1024);
}, 300_000);
