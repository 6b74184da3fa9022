import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

/**
 * The library API as a user imports it: by the package's name, through
 * `exports` (the compiled dist/ that `npm ci` builds), not by source path.
 */
describe('import { … } from "nomen"', () => {
  it('parses a seed, replays it and answers a query with the exported functions and schemas', async () => {
    const nomen = await import('nomen');
    const doc = await nomen.parseFile(resolve(repo, 'corpus/004_454269a9a45fdbff.txt'));
    expect(nomen.NomenclatureDocument.safeParse(doc).success).toBe(true);
    const r = nomen.replay([doc]);
    expect(nomen.NomenclatureState.safeParse(r.state).success).toBe(true);
    const rows = nomen.stateAt(r.state, '2030-01-01');
    expect(rows.some((x) => x.codes[0] === '312174')).toBe(true);
    expect(nomen.CONSTRUCTIONS.length).toBeGreaterThan(0);
  });
  it('declares its types and entry points', () => {
    const pkg = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(pkg.types).toBe('dist/index.d.ts');
  });
});
