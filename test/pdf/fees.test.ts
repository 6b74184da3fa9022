import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { ingestPdf } from '../../src/source/pdf/index.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { extractPrestations } from '../../src/extract/prestations.js';
import { extractFees, findFeeRows } from '../../src/extract/fees.js';
import type { IngestedText } from '../../src/source/types.js';
import { conventionPdf } from '../../scripts/pdf-fixtures/convention.js';
import { pdfSource, seed } from './helpers.js';

function fees(ingested: IngestedText, fromText = true) {
  const doc = buildStructure(ingested);
  const sink = new DiagnosticSink(doc);
  const prestations = extractFees(doc, sink, fromText ? extractPrestations(doc, sink) : []);
  const byCodes = new Map(prestations.filter((p) => p.fee).map((p) => [p.codes.join('-'), p]));
  return { prestations, byCodes, diagnostics: sink.items.filter((d) => d.code.startsWith('fee/')) };
}

const text003 = seed('003');

describe('fee rows', () => {
  it('reads key-letter value, code pair, relative value and amounts from a flattened row', () => {
    const [row] = findFeeRows('I = 2,801231 587134 587145 = I 633 1773,18 1773,18 1773,18 1773,18 1773,18');
    expect(row).toMatchObject({ letter: 'I', letterValue: 2.801231, codes: ['587134', '587145'], valueLetter: 'I', coefficient: 633 });
    expect(row.amounts.map((a) => a.value)).toEqual([1773.18, 1773.18, 1773.18, 1773.18, 1773.18]);
  });

  it('does not take a code list or a date for a fee row', () => {
    expect(findFeeRows('Les prestations 587134-587145, 587156-587160 = I 633 le 14 juillet 1994')).toEqual([]);
  });
});

describe.each([
  ['text route', async (t: string) => ingestText(makeSourceFile('/seeds/003.txt', Buffer.from(t)))],
  ['PDF route', async (t: string) => ingestPdf(pdfSource('convention-003.pdf', await conventionPdf(t)))],
])('seed 003 fees (%s)', (_, ingest) => {
  it('computes coefficient × letter value and finds every amount consistent', async () => {
    const { byCodes, diagnostics } = fees(await ingest(text003));
    expect(byCodes.get('587134-587145')?.fee).toEqual({ letterValue: 2.801231, computed: 1773.18, amounts: [1773.18, 1773.18, 1773.18, 1773.18, 1773.18], consistent: true });
    for (const c of ['587156-587160', '587171-587182']) expect(byCodes.get(c)?.fee?.computed).toBe(1773.18);
    expect(byCodes.get('587193-587204')?.fee?.computed).toBe(1683.54);
    expect(byCodes.get('350755-350766')?.fee).toMatchObject({ letterValue: 1.465095, computed: 177.28, consistent: true });
    expect(byCodes.get('350770-350781')?.fee?.computed).toBe(24.91);
    expect(byCodes.get('350792-350803')?.fee?.computed).toBe(24.91);
    expect(byCodes.get('200093-200104')?.fee).toMatchObject({ letterValue: 2.824045, computed: 559.16, amounts: [559.16, 559.16, 559.16], consistent: true });
    expect(diagnostics.filter((d) => d.code === 'fee/mismatch')).toEqual([]);
  });

  it('flags an amount that is not coefficient × letter value', async () => {
    const tampered = text003.replace('587193 587204 = I 601 1683,54 1683,54', '587193 587204 = I 601 1683,54 1638,54');
    expect(tampered).not.toBe(text003);
    const { byCodes, diagnostics } = fees(await ingest(tampered));
    expect(byCodes.get('587193-587204')?.fee?.consistent).toBe(false);
    const mismatch = diagnostics.filter((d) => d.code === 'fee/mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].message).toContain('1638,54');
    expect(mismatch[0].at?.snippet).toBe('1638,54');
  });
});

it('adds a prestation from a fee row when the text defines none for its codes', async () => {
  const ingested = ingestText(makeSourceFile('/x.txt', Buffer.from('ARTICLE 4. HONORAIRES\n\nK = 1,465095 350755 350766 = K 121 177,28 177,28\n')));
  const { prestations } = fees(ingested, false);
  const p = prestations.find((x) => x.codes.join('-') === '350755-350766');
  expect(p?.value).toMatchObject({ letter: 'K', coefficient: 121 });
  expect(p?.fee?.computed).toBe(177.28);
  expect(p?.at.snippet).toContain('K = 1,465095');
});
