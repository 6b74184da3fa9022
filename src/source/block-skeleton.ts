/**
 * The block skeleton of a markdown body: the same lines, with the middle of
 * each long line of running text cut out, and a map from the skeleton's
 * offsets back to the body's.
 *
 * Why: remark (micromark) walks every character through several state
 * machines, at about 1 MB/s; only its block boundaries are used here. In
 * CommonMark a line's part in the block structure is decided by its start
 * (container markers, the first characters of a leaf: fence, heading,
 * thematic break, html, list marker) and by whether it is blank. Once a line
 * is known to be running text, the rest of it is inline content and never
 * moves a boundary. So a line whose lead (after every container marker) is
 * plainly text keeps its first LEAD_KEPT characters and its last one; the
 * middle goes. A line of running text with no container marker after such a
 * line with none either continues the same block (a paragraph's next line, a
 * lazy line, a fenced code line): such a run is cut as one line, from the
 * first line's head to the last line's last character (a third fewer lines
 * for remark on the corpus). What the rule cannot see (html blocks, whose end conditions
 * look inside lines; carriage returns) makes the whole body go to remark
 * as it is.
 *
 * test/structure/markdown-blocks.test.ts checks that every corpus decree,
 * and generated markdown, gives the same blocks with and without the
 * skeleton.
 */

/**
 * Characters kept after a line's container markers. The kept head and the
 * kept last character must not make a construct together: a head of digits
 * and `.` glued to a last `.` reads as an ordered list marker (`6842.`), so
 * a head of nothing else is never cut.
 */
const LEAD_KEPT = 16;
/** Cut only when it saves at least this much (a cut costs a map entry). */
const MIN_CUT = 8;

/**
 * Every container-marker run a line can start with (block quote `>`, bullet
 * and ordered list markers followed by a space or a tab, indentation): a
 * superset of the real markers, so the lead after it is never inside one.
 */
const CONTAINER_PREFIX = /^(?:[ \t>]|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

/**
 * A lead that opens no block of its own and cannot continue one by its
 * content: not a fence (` ~), heading (#), thematic break or setext
 * underline (- _ * =), html (<), block quote (>), list marker (+ - *),
 * link reference definition ([), escape or entity (\ &), image (!).
 * `**Art. 2.**` (a strong opener) is text: `*` followed by `*` and a
 * non-space is no bullet and no break.
 */
function plainLead(line: string, at: number): boolean {
  const c = line[at];
  if (c === undefined || c === ' ' || c === '\t') return false;
  if (c === '*') return line[at + 1] === '*' && line[at + 2] !== undefined && !/[\s*]/.test(line[at + 2]);
  return !'<[`~#=-_+>\\&!'.includes(c);
}

/** A line whose start opens an html block (a superset: any `<` after container markers). */
const HTML_START = /^(?:[ \t>]|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*</m;

export interface BlockSkeleton {
  text: string;
  /** The body offset of a skeleton offset. */
  toSource(offset: number): number;
}

interface Cut {
  /** skeleton offset where the dropped middle was */
  at: number;
  /** characters dropped there and at every cut before */
  dropped: number;
}

export function blockSkeleton(body: string): BlockSkeleton {
  if (body.includes('\r') || (body.includes('<') && HTML_START.test(body))) return { text: body, toSource: (o) => o };
  const pieces: string[] = [];
  const cuts: Cut[] = [];
  let kept = 0; // skeleton length so far
  let from = 0; // body offset not yet copied
  const lineEnd = (start: number) => {
    const end = body.indexOf('\n', start);
    return end < 0 ? body.length : end;
  };
  for (let start = 0; start < body.length; ) {
    const lineStop = lineEnd(start);
    let end = lineStop;
    const line = body.slice(start, end);
    const lead = CONTAINER_PREFIX.exec(line)![0].length;
    const keepTo = lead + LEAD_KEPT;
    const plain = plainLead(line, lead) && /[^\d.)]/.test(line.slice(lead, keepTo));
    // the lines of running text after it with no container marker continue its block (lazily, or as its paragraph or
    // fenced code goes on): the run is cut as one line, up to the last of them that ends in a non-space
    if (plain && lead === 0) {
      for (let next = end + 1; next < body.length; ) {
        const nextEnd = lineEnd(next);
        const following = body.slice(next, nextEnd);
        if (CONTAINER_PREFIX.exec(following)![0].length !== 0 || !plainLead(following, 0)) break;
        if (!/\s/.test(following[following.length - 1])) end = nextEnd;
        next = nextEnd + 1;
      }
    }
    const keepEnd = Math.min(start + keepTo, lineStop);
    // the last character stays, and must not be a space: a block's end then falls on it, not in the cut
    if (end - 1 - keepEnd >= MIN_CUT && plain && !/\s/.test(body[end - 1])) {
      pieces.push(body.slice(from, keepEnd));
      kept += keepEnd - from;
      const dropped = (cuts.at(-1)?.dropped ?? 0) + end - 1 - keepEnd;
      cuts.push({ at: kept, dropped });
      from = end - 1;
    }
    start = end + 1;
  }
  if (cuts.length === 0) return { text: body, toSource: (o) => o };
  pieces.push(body.slice(from));
  return { text: pieces.join(''), toSource: (offset) => offset + droppedBefore(cuts, offset) };
}

/** Characters cut at or before skeleton offset `offset` (an offset at a cut lies after it: the line's last character). */
function droppedBefore(cuts: readonly Cut[], offset: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid].at <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : cuts[lo - 1].dropped;
}
