import { readFileSync } from 'node:fs';
import type { ReplayDocument } from '../replay/input.js';
import { readCacheEntryPart } from './cache.js';

/**
 * A document's replay part as the build holds it between the parse and the
 * replay: its metadata (index.json and the readings read it) in memory; its
 * prestations, amendments, rules and indications read back from its cache
 * entry (written by the parser, or kept from the previous build) when the
 * replay asks. Holding every part whole made the build's memory grow with
 * the history (about 60 MB of live parts at 1,500 decrees, the rules alone
 * 25-35 MB at 5,000 during the parse); this way one part is held at a time.
 * The rules, once read, stay: the feed and the build's outcome read them
 * after the replay (feed rows need the replayed state), so they come back
 * as the replay goes, never during the parse.
 *
 * The stored fields are own enumerable getters, so `{ ...part }` (the
 * replay copies a document before applying it) reads them like plain
 * fields. The replay reads a part's fields together, so the last part read
 * is kept: one read per document and pass.
 */
export function storedPart(kept: KeptPart, entry: string): ReplayDocument {
  const { document } = kept;
  let rules: ReplayDocument['rules'] | null = null;
  const load = (): ReplayDocument => {
    const part = last?.entry === entry ? last.part : read();
    rules ??= part.rules;
    return part;
  };
  const read = (): ReplayDocument => {
    let text: string;
    try {
      text = readFileSync(entry, 'utf8');
    } catch (e) {
      throw new Error(`the cache entry ${entry} of ${document.id} cannot be read: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    const whole = readCacheEntryPart(text);
    // this build wrote or checked the entry moments ago: anything else is a fault, never a silent gap in the replay
    if (!whole || whole.document?.id !== document.id) throw new Error(`internal error: the cache entry ${entry} of ${document.id} changed during the build`);
    last = { entry, part: whole };
    return whole;
  };
  const stored = { document } as ReplayDocument;
  for (const key of ['prestations', 'amendments'] as const) Object.defineProperty(stored, key, { enumerable: true, get: () => load()[key] });
  Object.defineProperty(stored, 'rules', { enumerable: true, get: () => rules ?? load().rules });
  Object.defineProperty(stored, 'indications', { enumerable: true, get: () => load().indications });
  return stored;
}

let last: { entry: string; part: ReplayDocument } | null = null;

/** What the build keeps of a part in memory until the replay. */
export type KeptPart = Pick<ReplayDocument, 'document'>;

/** What the build gives back of each document (its outcome). */
export type LightPart = Pick<ReplayDocument, 'document' | 'rules'>;
