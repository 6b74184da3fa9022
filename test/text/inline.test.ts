import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pushInline } from '../../src/text/inline.js';
import { TextBuilder } from '../../src/text/normalized.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { parseSource } from '../../src/pipeline/parse.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

function normalise(s: string) {
  const b = new TextBuilder();
  pushInline(b, s, 0);
  return b.build(s);
}

describe('typesetting forms of text extracted from PDFs', () => {
  it('spells ligatures out, each letter attributed to the ligature', () => {
    const n = normalise('modiﬁé, ﬂ, eﬀet, oﬃce');
    expect(n.text).toBe('modifié, fl, effet, office');
    // 'f' and 'i' of 'modifié' both point back at the ligature (original offset 4)
    expect([n.originalOffset(4), n.originalOffset(5), n.originalOffset(6)]).toEqual([4, 4, 5]);
  });

  it('composes a letter and its combining accents (decomposed Unicode) into one letter', () => {
    const s = 'supprime\u0301e, inse\u0301re\u0301e, a\u0300 l\u2019annexe, pre\u0302t';
    const n = normalise(s);
    expect(n.text).toBe("supprimée, insérée, à l'annexe, prêt");
    expect(n.text).toBe(n.text.normalize('NFC'));
    // the composed 'é' of 'supprimée' stands at the base letter's offset, the next letter after the accent
    expect([n.originalOffset(7), n.originalOffset(8)]).toEqual([7, 9]);
  });

  it('keeps an accent that composes with nothing as written', () => {
    expect(normalise('a \u0301b').text).toBe('a \u0301b');
  });

  it('the modifier letter apostrophe is an apostrophe', () => {
    expect(normalise('l\u02bcarticle').text).toBe("l'article");
  });
});

// The same decrees, their body written the way another PDF text extractor writes it (ligatures,
// decomposed accents), give the same facts: before the folding, 2126 amendments of the corpus fell to 33.
const FILES = ['1996022453', '2002022476', '2009022078', '2013022530', '2016022108', '2021030868'];
const facts = (doc: ReturnType<typeof parseSource>) =>
  JSON.stringify({ a: doc.amendments, p: doc.prestations, c: doc.codes, r: doc.rules, e: doc.document.entryIntoForce }, (k, v) =>
    ['provenance', 'source', 'snippet', 'location', 'offset', 'line', 'column', 'length', 'start', 'end'].includes(k) ? undefined : v,
  );

describe.each(FILES)('corpus decree %s typeset with ligatures and decomposed accents', (numac) => {
  it('reads the same amendments, prestations, codes, rules and entry into force', () => {
    const text = readFileSync(path.join(corpus, `${numac}.md`), 'utf8');
    const body = text.indexOf('\n---', 4) + 4;
    const typeset =
      text.slice(0, body) +
      text.slice(body).replace(/ffi/g, 'ﬃ').replace(/fi/g, 'ﬁ').replace(/fl/g, 'ﬂ').replace(/ff/g, 'ﬀ').normalize('NFD');
    expect(typeset).not.toBe(text);
    const plain = parseSource(makeSourceFile(`${numac}.md`, new TextEncoder().encode(text)));
    const other = parseSource(makeSourceFile(`${numac}.md`, new TextEncoder().encode(typeset)));
    expect(plain.amendments.length).toBeGreaterThan(0);
    expect(facts(other)).toBe(facts(plain));
  });
});
