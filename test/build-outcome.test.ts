import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/index.js';

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

// The build reads most of each part back from its cache entries, which move with the swap:
// what buildCorpus hands back must be plain data that stays readable after it returns.
describe('buildCorpus outcome', () => {
  it('gives each document its metadata and rules as plain data', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nomen-outcome-'));
    const dir = join(root, 'in');
    mkdirSync(dir);
    for (const f of ['2013022530.md', '2014022132.md']) copyFileSync(join(corpus, f), join(dir, f));
    const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false };
    const result = await buildCorpus({ dir, out: join(root, 'out'), io, workers: 0 });
    expect(result.documents).toHaveLength(2);
    for (const d of result.documents) expect(Object.keys(d.part).sort()).toEqual(['document', 'rules']);
    expect(() => JSON.stringify(result)).not.toThrow();
    expect(result.documents.map((d) => d.part.document.id).sort()).toEqual(['2013022530', '2014022132']);
    expect(result.documents.some((d) => d.part.rules.length > 0)).toBe(true);
    // without rules (what `nomen build` asks for: it prints counts), from the replay or reusing it
    for (const cache of [false, true]) {
      const light = await buildCorpus({ dir, out: join(root, 'out'), io, workers: 0, cache, outcomeRules: false });
      expect(light.replayReused).toBe(cache);
      expect(light.documents.map((d) => Object.keys(d.part))).toEqual([['document'], ['document']]);
      expect(light.documents.map((d) => d.part.document)).toEqual(result.documents.map((d) => d.part.document));
    }
  });
});
