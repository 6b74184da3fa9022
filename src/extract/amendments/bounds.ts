/**
 * Where the sentence (or line) around an offset of own text starts and ends.
 * The walk stops at a line break, at `;` when asked, and after SENTENCE_WINDOW
 * characters: a decree's amending sentence is far shorter, and a hostile
 * paragraph of half a megabyte without a break must not make every clause
 * rescan it (the walks were quadratic there).
 */
export const SENTENCE_WINDOW = 2000;

export function lineStartOf(own: string, offset: number, alsoSemicolon = false): number {
  const floor = Math.max(0, offset - SENTENCE_WINDOW);
  let from = offset;
  while (from > floor && own[from - 1] !== '\n' && !(alsoSemicolon && own[from - 1] === ';')) from--;
  return from;
}

export function lineEndOf(own: string, offset: number, alsoSemicolon = false): number {
  const ceil = Math.min(own.length, offset + SENTENCE_WINDOW);
  let to = offset;
  while (to < ceil && own[to] !== '\n' && !(alsoSemicolon && own[to] === ';')) to++;
  return to;
}
