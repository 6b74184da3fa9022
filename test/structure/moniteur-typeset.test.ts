/**
 * The Moniteur belge prints quotes as `« … »` with no-break spaces, inner quotes as `“ … ”`, apostrophes as `’`, a
 * no-break space before `:` and `;`; Justel prints `"`, `'`. A decree re-typeset so reads as the original does: the
 * same codes, prestations, amendments (targets included) and rules. Named decrees, each one a case that once read
 * differently (2013022038: a padded title ending with its colon; 2013022575: a heading quoted tight; 2004022699,
 * 1999022423: an unclosed straight quote before `« … »` pairs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/pipeline/parse.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

/** The decree as the Moniteur would print it: each closed quote's marks, the marks inside it, apostrophes, `:` and `;`. */
function retypeset(file: string, bytes: Buffer): string {
  const text = bytes.toString('utf8');
  const doc = buildStructure(ingestText(makeSourceFile(file, bytes)));
  const nt = doc.ingested.text;
  const repl = new Map<number, string>();
  for (const q of doc.quotes) {
    if (!q.closed || q.stray) continue;
    repl.set(nt.originalOffset(q.start), '«\u00a0');
    repl.set(nt.originalOffset(q.end - 1), '\u00a0»');
    const inner: number[] = [];
    for (let k = q.start + 1; k < q.end - 1; k++) if (nt.text[k] === '"') inner.push(nt.originalOffset(k));
    if (inner.length % 2 === 0) inner.forEach((o, n) => repl.set(o, n % 2 === 0 ? '“' : '”'));
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const r = repl.get(i);
    const c = text[i];
    out += r !== undefined && c === '"' ? r : c === "'" ? '’' : (c === ':' || c === ';') && text[i - 1] === ' ' ? '\u00a0' + c : c;
  }
  return out;
}

/** What a reader takes from a decree, without positions and with quoted words' spacing folded. */
function facts(bytes: Buffer, file: string) {
  const d = parseSource(makeSourceFile(file, bytes));
  return {
    codes: d.codes.map((c) => c.code),
    prestations: d.prestations.map((p) => [p.codes, p.label?.replace(/\s+/gu, ' '), p.value]),
    amendments: d.amendments.map((a) => [a.type, a.subject, a.target, a.codes]),
    rules: d.rules.map((r) => [r.type, r.codes, r.params]),
  };
}

describe('a decree re-typeset as the Moniteur prints it reads as the original', () => {
  for (const id of ['2013022038', '2013022575', '2004022699', '1999022423']) {
    it(id, () => {
      const file = path.join(corpus, `${id}.md`);
      const bytes = readFileSync(file);
      expect(facts(Buffer.from(retypeset(file, bytes)), file)).toEqual(facts(bytes, file));
    });
  }
});
