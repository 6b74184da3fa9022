import { linkSync } from 'node:fs';
import { join } from 'node:path';
import type { Base } from '../replay/base.js';
import type { ReplayTail, ReplayTailStore } from '../replay/write.js';
import type { Rule } from '../schema/rules.js';
import { readSignedBlob, writeSignedBlob } from './signed-record.js';

/*
 * What a build carries over to the next one, besides its parse cache, so that adding the newest decree to a
 * long history does not read the whole history again: the replay's tail (replay/write.ts), keyed by the base,
 * and each document's rules as the feed reads them. Both are signed blobs (signed-record.ts) in the build's
 * cache: one that does not match is read as absent, and the build replays, or reads the rules back, as always.
 */

const TAIL = join('.cache', 'replay-tail.bin');
const FEED_RULES = join('.cache', 'feed-rules.bin');

/** The tail store of a build writing into `staging` after the build in `previousDir`. */
export function replayTailStore(previousDir: string, staging: string, fingerprint: string, base: Base | undefined): ReplayTailStore {
  const key = base ? JSON.stringify(base) : '-';
  return {
    load() {
      const tail = readSignedBlob(join(previousDir, TAIL), 'replay-tail', key, fingerprint) as ReplayTail | null;
      return tail && typeof tail === 'object' && tail.checkpoint && Array.isArray(tail.changes) && tail.timeline ? tail : null;
    },
    save(tail) {
      writeSignedBlob(join(staging, TAIL), 'replay-tail', key, tail, fingerprint);
    },
  };
}

/**
 * Each document's feed rules by its key (its source's path and sha256: what the
 * parser read), as the previous build stored them; empty when there are none.
 */
export function readFeedRules(previousDir: string, fingerprint: string): Map<string, Rule[]> {
  const rules = readSignedBlob(join(previousDir, FEED_RULES), 'feed-rules', '-', fingerprint);
  return rules instanceof Map ? (rules as Map<string, Rule[]>) : new Map();
}

export function writeFeedRules(staging: string, rules: Map<string, Rule[]>, fingerprint: string): void {
  writeSignedBlob(join(staging, FEED_RULES), 'feed-rules', '-', rules, fingerprint);
}

/**
 * A build that linked the previous build's replay outputs (the same documents: replay-record.ts) keeps its
 * tail and feed rules too, so that the build after it can still go on from them (they hold the same documents).
 */
export function carryOver(previousDir: string, staging: string): void {
  for (const file of [TAIL, FEED_RULES])
    try {
      linkSync(join(previousDir, file), join(staging, file));
    } catch {
      // absent (that build kept none) or not linkable: the next build replays whole, as it would have
    }
}
