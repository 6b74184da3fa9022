import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { simpleFrontMatter } from '../../src/source/markdown.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

/** What `yaml` reads, as readFrontMatter asks it; undefined where it finds an error. */
function viaYaml(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
}

/**
 * simpleFrontMatter reads the front matter Justel files carry without `yaml`
 * (src/source/markdown.ts): wherever it answers, its answer must be `yaml`'s.
 */
describe('the simple front matter reader', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')) : [];

  it.skipIf(files.length === 0)('reads every corpus front matter as yaml does', () => {
    const differ: string[] = [];
    for (const f of files) {
      const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(corpus, f), 'utf8'));
      if (!m) continue;
      const fast = simpleFrontMatter(m[1]);
      if (fast === undefined || JSON.stringify(fast) !== JSON.stringify(viaYaml(m[1]))) differ.push(f);
    }
    expect(differ).toEqual([]);
  });

  it('answers as yaml does, or not at all, on generated lines', () => {
    const KEYS = ['url', 'title-fr', 'date', 'number', 'x_1', 'null', 'True', 'Y', 'constructor', '__proto__', '1a', 'a b', 'url'];
    const VALUES = ['', ' ', 'https://x.be/a:b', '"Arrêté royal du 1er mai"', '"a \\" b"', '"a\\nb"', "'it''s'", "'plain'", '1996-07-10', '1996-07-10/38',
      '1996022453', '0123', '-5', '+5', '1.5', '1e3', '.5', '0x1F', '0o17', '.inf', '.NaN', '~', 'null', 'Null', 'true', 'FALSE', 'yes', 'no',
      '12345678901234567890', 'a: b', 'a #c', 'a#c', 'a:', '- x', '[a]', '{a}', '*a', '&a', '!a', '|', '>', '%a', '@a', '`a', '?a', ',a', 'a ',
      'a\tb', 'Prévoyance Sociale - Santé', 'a "b" c', 'é', '\u00a0', 'a\u2028b', '\u{1F600}', '"x" y', 'a  b'];
    let seed = 20261207;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const differ: string[] = [];
    let answered = 0;
    for (let n = 0; n < 20000; n++) {
      const lines: string[] = [];
      for (let k = 0, count = 1 + Math.floor(next() * 5); k < count; k++) {
        const v = pick(VALUES);
        lines.push(next() < 0.05 ? pick(['', '# note', '  x: 1', 'key:value', 'k:  v']) : `${pick(KEYS)}:${v === '' ? '' : ' ' + v}`);
      }
      const text = lines.join('\n');
      const fast = simpleFrontMatter(text);
      if (fast === undefined) continue;
      answered++;
      if (JSON.stringify(fast) !== JSON.stringify(viaYaml(text)) || Object.keys(fast).join() !== Object.keys(viaYaml(text) as object).join()) differ.push(text);
    }
    expect(differ.slice(0, 3)).toEqual([]);
    expect(answered).toBeGreaterThan(500);
  });
});
