import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { extractAmendments } from '../../src/extract/amendments/index.js';
import { CONSTRUCTIONS } from '../../src/extract/amendments/constructions/index.js';
import { Amendment } from '../../src/schema/document.js';

/** The example's points inside a decree article over an annex article, as the decrees write them. */
function read(points: string) {
  const text = `---\nnumber: 1\n---\n\n**Article 1er.** A l'article 35 de l'annexe à l'arrêté royal du 14 septembre 1984 établissant la nomenclature des prestations de santé, sont apportées les modifications suivantes :\n\n${points}\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2013.\n`;
  const doc = buildStructure(ingestText(makeSourceFile('x.md', new TextEncoder().encode(text))));
  const sink = new DiagnosticSink(doc);
  const amendments = extractAmendments(doc, sink);
  for (const a of amendments) expect(Amendment.safeParse(a).success).toBe(true);
  return amendments;
}

/** `substitution/label 703253-703264,703275` — the form examples are written in. */
const show = (a: Amendment) => `${a.type}/${a.subject}${a.codes.length ? ` ${a.codes.map((g) => g.join('-')).join(',')}` : ''}${a.target.anchor ? ` @${a.target.anchor}` : ''}`;
const bare = (s: string) => s.replace(/ @\d+$/, '');

describe.each(CONSTRUCTIONS.map((c) => [c.id, c] as const))('construction %s', (_id, construction) => {
  it.each(construction.examples.map((e, i) => [`${e.from} #${i + 1}`, e] as const))('reads %s', (_name, example) => {
    const found = read(example.text).map(show);
    const pool = [...found];
    for (const want of example.reads) {
      // an anchor is compared only when the example names one
      const k = pool.findIndex((f) => f === want || (!/ @\d+$/.test(want) && bare(f) === want));
      expect(k, `${want} not in ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
      pool.splice(k, 1);
    }
    for (const bad of example.never ?? []) expect(found.some((f) => f.startsWith(bad)), `${bad} in ${JSON.stringify(found)}`).toBe(false);
  });
});
