import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseCache, parserFingerprint, readCacheEntryPart } from '../src/output/cache.js';
import { parseAndStore } from '../src/output/parse-store.js';
import { createHash } from 'node:crypto';


// The parser (a worker, or the build's own thread) writes the documents/ file and the cache entry itself.
describe('parseAndStore', () => {
  const bytes = new TextEncoder().encode(`---\nnumber: 2099000001\ndate: 2099-01-01\ntitle-fr: "Arrêté royal"\n---\n\n**Article 1er.** Dans l'article 2 de l'annexe, la prestation 101010-101021 est supprimée.\n`);

  it('writes the document and a cache entry the next build reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomen-store-'));
    const cache = new ParseCache(join(dir, 'cache'));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = cache.key('a.md', sha256);
    const out = await parseAndStore({ relative: 'a.md', absolute: join(dir, 'a.md'), bytes, documentFile: join(dir, 'doc.json'), cache: { dir: cache.writeDir, key, fingerprint: parserFingerprint() } });
    if (!('document' in out)) throw new Error(JSON.stringify(out));
    const written = readFileSync(join(dir, 'doc.json'), 'utf8');
    expect(out.document.size).toBe(Buffer.byteLength(written));
    expect(out.document.sha256).toBe(createHash('sha256').update(written).digest('hex'));
    const entry = await cache.get(key, { sha256, path: 'a.md' });
    if (!entry || !('document' in entry)) throw new Error('no cache entry');
    expect(entry.document).toMatchObject({ sha256: out.document.sha256, size: out.document.size, summary: out.document.summary });
    // the build keeps only the document's metadata; the whole part is in the entry, the rest read by the replay only
    expect(out.document.kept).toEqual({ document: entry.document.part.document });
    expect(Object.keys(entry.document.part)).toEqual(['document']);
    const part = readCacheEntryPart(readFileSync(cache.entryFile(key), 'utf8'));
    expect(part?.document).toEqual(entry.document.part.document);
    expect(part?.amendments.length).toBeGreaterThan(0);
    // a document entry signed but without the rest of its part (a one-line entry) is a miss, never a replay that fails
    const headOnly = readFileSync(cache.entryFile(key), 'utf8').split('\n')[1];
    const digest = createHash('sha256').update(parserFingerprint()).update('\0').update(headOnly).digest('hex');
    writeFileSync(cache.entryFile(key), `${digest}\n${headOnly}`);
    expect(await cache.get(key, { sha256, path: 'a.md' })).toBeNull();
  });

  it('hands back a file it cannot write as writeError (the build fails on it), not as a parse failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomen-store-'));
    const out = await parseAndStore({ relative: 'a.md', absolute: join(dir, 'a.md'), bytes, documentFile: join(dir, 'missing', 'doc.json'), cache: { dir: join(dir, 'cache'), key: 'k', fingerprint: parserFingerprint() } });
    // with its errno code, so that `nomen build` says it cannot write (exit 73), not that it failed
    expect(out).toMatchObject({ writeError: { code: 'ENOENT' } });
    expect(existsSync(join(dir, 'cache', 'k.json'))).toBe(false);
  });

  it('remembers an input that is not a decree in the cache, and writes no document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomen-store-'));
    const out = await parseAndStore({ relative: 'e.md', absolute: join(dir, 'e.md'), bytes: new Uint8Array(), documentFile: join(dir, 'doc.json'), cache: { dir: join(dir, 'cache'), key: 'k', fingerprint: parserFingerprint() } });
    expect(out).toMatchObject({ failure: { code: expect.any(String) }, remember: true });
    expect(existsSync(join(dir, 'doc.json'))).toBe(false);
    expect(existsSync(join(dir, 'cache', 'k.json'))).toBe(true);
  });
});
