import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parserFingerprint, putCacheEntrySync } from '../src/output/cache.js';
import { storedPart } from '../src/output/stored-part.js';
import { parseBytes } from '../src/pipeline/parse.js';
import { replayPart } from '../src/replay/input.js';
import { withoutRepealSentences } from '../src/replay/withdrawals.js';

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

// The build keeps a part's metadata; the replay reads the rest back from the cache entry (the rules then stay).
describe('storedPart', async () => {
  const name = '2013022530.md';
  const whole = replayPart(await parseBytes(name, readFileSync(join(corpus, name))));
  const dir = mkdtempSync(join(tmpdir(), 'nomen-part-'));
  const summary = { counts: { codes: 0, invalidCodes: 0, prestations: 0, amendments: 0, diagnostics: { error: 0, warning: 0, info: 0 } }, byCode: {} };
  putCacheEntrySync({ dir, key: 'k', fingerprint: parserFingerprint() }, { document: { sha256: '0'.repeat(64), size: 1, part: whole, summary } });
  const stored = storedPart({ document: whole.document }, join(dir, 'k.json'));

  it('reads as the whole part, also through the replay\'s copies', () => {
    expect(whole.amendments.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(stored))).toEqual(JSON.parse(JSON.stringify(whole)));
    const copy = { ...stored };
    expect(Object.keys(copy).sort()).toEqual(Object.keys(whole).sort());
    expect(JSON.stringify(withoutRepealSentences(stored))).toBe(JSON.stringify(withoutRepealSentences(whole)));
  });

  it('keeps the rules once read: the feed reads them after the replay has read other parts', () => {
    const first = storedPart({ document: whole.document }, join(dir, 'k.json'));
    expect(whole.rules.length).toBeGreaterThan(0);
    expect(first.amendments.length).toBe(whole.amendments.length); // the replay reads the part
    const document = { ...whole.document, id: 'other' };
    putCacheEntrySync({ dir, key: 'other', fingerprint: parserFingerprint() }, { document: { sha256: '0'.repeat(64), size: 1, part: { ...whole, document }, summary } });
    const other = storedPart({ document }, join(dir, 'other.json'));
    expect(other.prestations.length).toBe(whole.prestations.length); // then another part
    const saved = readFileSync(join(dir, 'k.json'));
    rmSync(join(dir, 'k.json'));
    try {
      // the entry is gone, the rules read with the part are still there
      expect(first.rules).toEqual(whole.rules);
      expect(() => first.prestations).toThrow(/cannot be read/);
    } finally {
      writeFileSync(join(dir, 'k.json'), saved);
    }
  });

  it('fails loudly when its cache entry changed during the build, never replays a gap', () => {
    const other = storedPart({ document: whole.document }, join(dir, 'edited.json'));
    writeFileSync(join(dir, 'edited.json'), readFileSync(join(dir, 'k.json'), 'utf8').replace('"amendments":[', '"amendments":[ '));
    expect(() => other.amendments).toThrow(/changed during the build/);
  });
});
