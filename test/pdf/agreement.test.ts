import { expect, it } from 'vitest';
import { corpusFiles, FIELDS, formatReport, overallAgreement, ratio, runAgreement } from '../../scripts/pdf-agreement.js';

// Full run: npx tsx scripts/pdf-agreement.ts --limit 92
it('the PDF route reads the facts the markdown route reads (sample of corpus decrees)', async () => {
  const files = (await corpusFiles(24)).filter((f) => !/1999022423|2013022530/.test(f)); // the two biggest are in ingest.test and the script
  const report = await runAgreement(files);
  const lines = formatReport(report, true).join('\n');
  expect(report.failures, lines).toEqual([]);
  for (const f of FIELDS) {
    const s = report.fields[f];
    // prestations and amendments are few per decree: one miss costs several per cent
    if (f !== 'entryIntoForce') expect(ratio(s), `${f}\n${lines}`).toBeGreaterThanOrEqual(f === 'codes' || f === 'pairs' ? 0.99 : 0.92);
  }
  expect(report.fields.codes.markdown).toBeGreaterThan(50);
  expect(overallAgreement(report), lines).toBeGreaterThanOrEqual(0.99);
}, 60_000);
