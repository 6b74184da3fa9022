import { diffWordsWithSpace } from 'diff';
import type { WordPart } from '../schema/replay.js';

/** Spaces folded, so a word diff is not about line breaks of the source. */
export function foldSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Word-level diff of two texts (spaces folded). The `=` and `-` parts
 * concatenate to the old text, `=` and `+` to the new one.
 */
export function wordDiff(oldText: string, newText: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const c of diffWordsWithSpace(foldSpaces(oldText), foldSpaces(newText))) {
    const op = c.added ? '+' : c.removed ? '-' : '=';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else parts.push({ op, text: c.value });
  }
  return parts;
}

export function hasChanges(parts: WordPart[]): boolean {
  return parts.some((p) => p.op !== '=');
}
