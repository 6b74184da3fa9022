import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCodes } from '../src/extract/codes.js';
import { makeSourceFile } from '../src/source/decode.js';
import { ingestText } from '../src/source/ingest.js';
import { DiagnosticSink } from '../src/structure/provenance.js';

const root = path.resolve(import.meta.dirname, '..');
const dirs = [path.resolve(root, '../shared/corpus'), path.resolve(root, '../shared/seeds')];
const files = dirs.flatMap((d) => {
  try {
    return readdirSync(d)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => path.join(d, f));
  } catch {
    return [];
  }
});

/**
 * An independent scan of the ORIGINAL file: 6-digit runs passing the check
 * digit, not inside a longer digit run, not the decimals of a number
 * (`2,801231`), not the integer part of an amount (`123456,78`), not a
 * paragraph of chapter IV of the pharmaceutical specialities list
 * (`le paragraphe 840000 du chapitre 4`), outside the front matter. Every one
 * must be among the extracted codes (by original offset).
 */
function simpleScan(original: string): { code: string; offset: number }[] {
  let body = 0;
  if (/^---\r?\n/.test(original)) {
    const close = original.indexOf('\n---', 3);
    if (close > 0) body = original.indexOf('\n', close + 1) + 1;
  }
  const out: { code: string; offset: number }[] = [];
  for (const m of original.slice(body).matchAll(/(?<!\d)(?<!\d[,.])\d{6}(?!\d)(?![,.]\d{1,2}(?!\d))/g)) {
    const code = m[0];
    if (Number(code.slice(0, 5)) % 7 !== Number(code[5])) continue;
    const at = body + m.index!;
    if (/paragraphes?\s+(?:n°\s*)?(?:\d{6,7}\s*(?:,|et)\s*)*$/i.test(original.slice(Math.max(0, at - 120), at)) || /^\s+du\s+chapitre\s+(?:IV|4)\b/i.test(original.slice(at + 6, at + 24))) continue;
    out.push({ code, offset: at });
  }
  return out;
}

describe('every check-digit-valid code written in the corpus is extracted', () => {
  it('has the corpus', () => expect(files.length).toBeGreaterThan(5));
  let total = 0;
  let flagged = 0;
  const invalid: string[] = [];
  for (const file of files) {
    it(path.basename(file), () => {
      const ingested = ingestText(makeSourceFile(file, readFileSync(file)));
      const doc = { ingested, articles: [], points: [], quotes: [] };
      const codes = extractCodes(doc, new DiagnosticSink(doc));
      const found = new Set(codes.map((c) => `${c.at.offset}:${c.code}`));
      const missing = simpleScan(ingested.text.original).filter((s) => !found.has(`${s.offset}:${s.code}`));
      expect(missing).toEqual([]);
      total += codes.length;
      flagged += codes.filter((c) => !c.valid).length;
      for (const c of codes) if (!c.valid) invalid.push(`${path.basename(file)}:${c.at.line} ${c.code}${c.suggestion ? ` → ${c.suggestion}` : ''}`);
    });
  }
  it('reports the corpus figures', () => {
    console.log(`codes: ${total} occurrences in ${files.length} files, ${flagged} not valid:\n  ${invalid.join('\n  ')}`);
    expect(total).toBeGreaterThan(0);
  });
});
