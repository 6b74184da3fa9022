import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fastWordBoundaries } from '../../src/text/word-boundary.js';

describe('fastWordBoundaries', () => {
  it('writes a \\b the next element decides as its lookaround, and leaves the others', () => {
    const cases: Array<[string, string]> = [
      [String.raw`\bfois\s+au\b`, String.raw`(?<!\w)fois\s+au\b`],
      [String.raw`\b(?:est|sont)\s`, String.raw`(?<!\w)(?:est|sont)\s`],
      [String.raw`\b\d+`, String.raw`(?<!\w)\d+`],
      [String.raw`\b(?:le\s+)?x`, String.raw`(?<!\w)(?:le\s+)?x`],
      [String.raw`\b(?:la|l')\s*x`, String.raw`(?<!\w)(?:la|l')\s*x`],
      // (a lookaround consumes nothing: the element after it decides)
      [String.raw`\b(\d+|(?<![\p{L}-])(?:un|deux))\s`, String.raw`(?<!\w)(\d+|(?<![\p{L}-])(?:un|deux))\s`],
      [String.raw`\bn'(?:est|sont)\b[^.]{0,300}?\bqu(?:e\b|')`, String.raw`(?<!\w)n'(?:est|sont)\b[^.]{0,300}?(?<!\w)qu(?:e\b|')`],
      [String.raw`x\b'`, String.raw`x(?<=\w)'`],
      [String.raw`(?:\bx|y)`, String.raw`(?:(?<!\w)x|y)`],
      // left: the next character may be either kind, or is not known here
      [String.raw`\b[ée]galement`, String.raw`\b[ée]galement`],
      [String.raw`\b(?:le\s+)?é`, String.raw`\b(?:le\s+)?é`],
      [String.raw`\b(?:a|)`, String.raw`\b(?:a|)`],
      [String.raw`(?:x)?\b`, String.raw`(?:x)?\b`],
      [String.raw`\b\p{L}+`, String.raw`\b\p{L}+`],
      [String.raw`\b.`, String.raw`\b.`],
      [String.raw`\b[^a]`, String.raw`\b[^a]`],
      [String.raw`\bſ`, String.raw`\bſ`],
      // (a group that may match nothing, repeated; `{00}` skips; a character outside the BMP takes its quantifier whole)
      [String.raw`\b(?:\s?)+a`, String.raw`\b(?:\s?)+a`],
      [String.raw`\b(?:'|-?){2}de`, String.raw`\b(?:'|-?){2}de`],
      [String.raw`\ba{00}\.`, String.raw`\ba{00}\.`],
      ['\\b😀?a', '\\b😀?a'],
      [String.raw`\b(?:x|yz?)+\s`, String.raw`(?<!\w)(?:x|yz?)+\s`],
      // (in a class, `\b` is a backspace)
      [String.raw`[\b]\bx`, String.raw`[\b](?<!\w)x`],
    ];
    for (const [source, fast] of cases) expect(fastWordBoundaries(source), source).toBe(fast);
    expect(fastWordBoundaries(fastWordBoundaries(String.raw`\bfois\b`))).toBe(String.raw`(?<!\w)fois\b`);
  });

  it('matches exactly as the pattern it rewrites (random patterns, random text with ſ and K, iu and u)', () => {
    const random = mulberry32(20261205);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const atoms = ['a', 'e', 'k', 's', '1', '_', 'é', "'", ' ', '-', '😀', String.raw`\s`, String.raw`\d`, String.raw`\w`, '[ée]', '[ks]', '[éè]', String.raw`\p{L}`, '.', '[^a]'];
    const element = (depth: number): string => {
      const r = random();
      let e: string;
      if (r < 0.15 && depth < 3) e = `(?:${sequence(depth + 1)}|${sequence(depth + 1)})`;
      // (a group that may match nothing, repeated: what follows it may come first)
      else if (r < 0.2 && depth < 3) e = `(?:${pick(atoms)}?|${random() < 0.5 ? '' : `${pick(atoms)}*`})${pick(['+', '{2}', '{1,3}', '{00}', '{00,2}'])}`;
      else if (r < 0.27 && depth < 3) e = `(?${pick(['=', '!', '<=', '<!'])}${sequence(depth + 1)})`;
      else if (r < 0.47) e = String.raw`\b`;
      else e = pick(atoms);
      const quantified = /[+}]$/.test(e);
      if (!quantified && !e.startsWith('(?=') && !e.startsWith('(?!') && !e.startsWith('(?<') && e !== String.raw`\b` && random() < 0.25) e += pick(['?', '*', '+', '{0,2}', '{1,2}', '{00}', '{00,1}']);
      return e;
    };
    const sequence = (depth: number): string => Array.from({ length: 1 + Math.floor(random() * 4) }, () => element(depth)).join('');
    const alphabet = ['a', 'e', 'k', 's', '1', '_', 'é', 'É', "'", ' ', '-', 'ſ', '\u212a', 'K', 'x', '.', '😀'];
    const texts = Array.from({ length: 60 }, () => Array.from({ length: Math.floor(random() * 12) }, () => pick(alphabet)).join(''));
    let rewritten = 0;
    for (let n = 0; n < 4000; n++) {
      const source = sequence(0);
      const fast = fastWordBoundaries(source);
      if (fast === source) continue;
      rewritten++;
      for (const flags of ['giu', 'gu']) {
        const a = new RegExp(source, flags);
        const b = new RegExp(fast, flags);
        for (const t of texts) expect([...t.matchAll(b)].map((m) => [m.index, m[0]]), `${source} → ${fast} on ${JSON.stringify(t)} /${flags}`).toEqual([...t.matchAll(a)].map((m) => [m.index, m[0]]));
      }
    }
    expect(rewritten).toBeGreaterThan(500);
  });

  it('every /…/iu pattern of src/ is written so already (else V8 runs it many times slower)', () => {
    const slow: string[] = [];
    for (const file of tsFiles(join(import.meta.dirname, '../../src'))) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          const [, source, flags] = /^\/(.*)\/([a-z]*)$/s.exec(node.text)!;
          if (flags.includes('i') && flags.includes('u') && fastWordBoundaries(source) !== source) {
            slow.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: write ${fastWordBoundaries(source).slice(0, 80)}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(slow).toEqual([]);
  });
});

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** A small seeded generator: the same patterns on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
