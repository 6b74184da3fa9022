import { expect, it } from 'vitest';
import { corpusFiles, FIELDS, formatReport, overallAgreement, ratio, runAgreement } from '../../scripts/pdf-agreement.js';

// The same measure as `npx tsx scripts/pdf-agreement.ts --limit 92 --all`: every
// corpus decree (about 15 s), so each field is judged on enough facts for 99%
// to mean something (92 entry-into-force dates, ~640 prestations, ~1800 amendments).
it('the PDF route reads the facts the markdown route reads, field by field (all corpus decrees)', async () => {
  const files = await corpusFiles(Number.MAX_SAFE_INTEGER);
  expect(files.length).toBeGreaterThanOrEqual(90);
  const report = await runAgreement(files);
  const lines = formatReport(report, true).join('\n');
  expect(report.failures, lines).toEqual([]);
  for (const f of FIELDS) {
    const s = report.fields[f];
    expect(s.markdown, `${f}: too few facts to judge\n${lines}`).toBeGreaterThanOrEqual(f === 'entryIntoForce' ? 90 : 500);
    expect(ratio(s), `${f}\n${lines}`).toBeGreaterThanOrEqual(0.99);
  }
  expect(overallAgreement(report), lines).toBeGreaterThanOrEqual(0.995);
}, 180_000);
