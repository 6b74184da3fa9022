import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline/parse.js';
import { orderDocuments } from '../../src/replay/order.js';
import type { NomenclatureDocument } from '../../src/schema/document.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');

/**
 * What users read back: a code list edited in a rule or a percentage list
 * read as a prestation repeal marks an in-force code as repealed. Over the
 * whole corpus, in replay order, no decree repeals a prestation that the
 * same decree, or a decree replayed after it, still defines or changes
 * (its label or value), unless a decree in between inserts it again.
 */
describe.runIf(existsSync(corpus))('repeals over the corpus', () => {
  it('no repealed code is still defined or changed by the same or a later decree', async () => {
    const docs: NomenclatureDocument[] = [];
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.md')).sort()) {
      try {
        docs.push(await parseFile(join(corpus, f)));
      } catch {
        // a text that fails to parse is another test's concern
      }
    }
    const { ordered } = orderDocuments(docs);
    const first = (g: readonly string[]) => g[0];
    const names = (d: NomenclatureDocument, c: string) =>
      d.amendments.some((x) => (x.subject === 'label' || x.subject === 'relativeValue') && x.type !== 'repeal' && x.codes.some((h) => first(h) === c)) ||
      d.prestations.some((p) => first(p.codes) === c);
    const inserts = (d: NomenclatureDocument, c: string) => d.amendments.some((x) => x.type === 'insertion' && x.subject === 'prestation' && x.codes.some((h) => first(h) === c));
    const violations: string[] = [];
    ordered.forEach((d, i) => {
      for (const a of d.amendments) {
        if (a.type !== 'repeal' || a.subject !== 'prestation') continue;
        for (const g of a.codes) {
          const c = first(g);
          // the same decree may quote the deleted line itself: its own definitions do not count, its changes do
          if (d.amendments.some((x) => (x.subject === 'label' || x.subject === 'relativeValue') && x.type !== 'repeal' && x.codes.some((h) => first(h) === c))) {
            violations.push(`${d.document.id} repeals and changes ${c}`);
          }
          for (const e of ordered.slice(i + 1)) {
            if (inserts(e, c)) break;
            if (names(e, c)) violations.push(`${d.document.id} (line ${a.at.line}) repeals ${c}; ${e.document.id} replayed later defines or changes it`);
          }
        }
      }
    });
    expect(violations).toEqual([]);
  }, 120_000);
});
