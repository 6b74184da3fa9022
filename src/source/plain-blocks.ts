/**
 * The leaf blocks of plain markdown, read without remark: most of a Justel
 * body is paragraphs and `- ` list items whose lines open with text, and
 * their blocks follow from the lines alone. micromark walks every character
 * through its state machines; this reads each line's first characters.
 *
 * In such a section (src/source/markdown.ts cuts the body at fresh
 * top-level lines, where no container or leaf block goes on), CommonMark
 * gives: a `- x` line opens a list item and its paragraph (a bullet item
 * with content interrupts a paragraph, and at any indentation under 4 it is
 * an item of some list), as a `1. x` line does after a blank line (where it
 * interrupts nothing); a line after a blank line opens a paragraph (in an
 * item or at the top level: its start is after its indentation either way);
 * any other line continues the paragraph before it (as its next line or
 * lazily: a plain lead interrupts nothing). A fence at the first column
 * opens fenced code at the top level (it is no paragraph's lazy line), which
 * runs to its closing fence. A block ends at the end of its
 * last line, trailing spaces included, as micromark's paragraph does. A line
 * that might be anything else (another marker, a fence, a heading, html, a
 * break or setext underline, a tab, code indentation) gives up: the section
 * goes to remark. test/structure/markdown-blocks.test.ts compares the two on
 * the corpus and on generated markdown.
 */

import type { RawBlock } from './markdown.js';

/** An ordered list marker (`1.`, `12)`) followed by a space, a tab or the line's end. */
const ORDERED_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/;
/** The marks of a bullet item (`- x`, `* x`, `+ x`: before a space). */
const BULLETS = '-*+';
/** An ordered item's marker and the one space after it (`1. au § 2`), sticky. */
const ORDERED_ITEM = /\d{1,9}[.)] /y;

/** Marks that make a bullet before a space (`* x`), or a thematic break or setext underline where a line has nothing else. */
const MARKS = '*-_+=';
/** A character other than the line's first mark and blanks (`**Art. 2.**`, `_Table:_`, `-5 %`); the line's end is one. */
const NOT_MARK_ONLY: Record<string, RegExp> = Object.fromEntries([...MARKS].map((m) => [m, new RegExp(`[^\\${m} \t]`, 'g')]));

/** Whether the line's content from `at` opens with text: no block construct can start there. */
function plainLead(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const c = text.charCodeAt(at);
  const ch = text[at];
  if (MARKS.includes(ch)) {
    // no bullet (a space or tab after the mark), no break or underline (the mark and blanks only): emphasis, a sign
    const next = text.charCodeAt(at + 1);
    if (at + 1 >= end || next === 32 || next === 9) return false;
    const other = NOT_MARK_ONLY[ch];
    other.lastIndex = at + 1;
    const found = other.exec(text);
    return found !== null && found.index < end;
  }
  if (c >= 48 && c <= 57) return !ORDERED_MARKER.test(text.slice(at, Math.min(end, at + 12)));
  // fence, heading, html, quote, definition, escape, entity, image; blanks
  return !'<[`~#>\\&!'.includes(ch) && c !== 32 && c !== 9;
}

/** An opening code fence (a backtick fence's info has no backtick), sticky. */
const OPENING_FENCE = /(`{3,})[^`\n]*$|(~{3,})[^\n]*$/my;

/**
 * The end of the line closing the code fence opened by the line text[start, end)
 * (a fence of its character, as long or longer, indented under 4, nothing after
 * it but spaces), or -1 if it is no fence or does not close before `to`.
 */
function closingFence(text: string, start: number, end: number, to: number): number {
  OPENING_FENCE.lastIndex = start;
  const open = OPENING_FENCE.exec(text);
  if (!open || open.index + open[0].length !== end) return -1;
  const fence = open[1] ?? open[2];
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'gm');
  closing.lastIndex = end + 1;
  const close = end < to ? closing.exec(text) : null;
  if (!close) return -1;
  const closeEnd = close.index + close[0].length;
  return closeEnd <= to ? closeEnd : -1;
}

/**
 * Push the leaf blocks of text[from, to) (`from` at a line start, `to` at a
 * line start or the text's end) to `out`, or push nothing and return false
 * when a line is not plain.
 */
export function plainBlocks(text: string, from: number, to: number, out: RawBlock[]): boolean {
  const mark = out.length;
  let block: RawBlock | null = null;
  for (let start = from; start < to; ) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end >= to) end = to === text.length ? to : to - 1;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const indent = i - start;
    if (i === end) {
      block = null; // a blank line ends the paragraph
    } else if (indent === 0 && (text.startsWith('```', i) || text.startsWith('~~~', i))) {
      // fenced code at the first column: at the top level whatever came before, up to its closing fence
      const close = closingFence(text, start, end, to);
      if (close < 0) {
        out.length = mark;
        return false;
      }
      out.push({ start, end: close });
      block = null;
      start = close + 1;
      continue;
    } else {
      let content = i;
      if (BULLETS.includes(text[i]) && text.charCodeAt(i + 1) === 32) content = i + 2;
      else if (block === null) {
        // (an ordered item after a blank line: one that would interrupt a paragraph opens an item only in some lists)
        ORDERED_ITEM.lastIndex = i;
        if (ORDERED_ITEM.test(text)) content = ORDERED_ITEM.lastIndex;
      }
      const item = content > i;
      // (code indentation after a blank line, an item indented as much: what they are depends on the list's indents)
      if (!plainLead(text, content, end) || (indent >= 4 && (item || block === null))) {
        out.length = mark;
        return false;
      }
      if (item || block === null) {
        block = { start: content, end };
        out.push(block);
      } else {
        block.end = end;
      }
    }
    start = end + 1;
  }
  return true;
}
