import { parseDocument } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Node, Parent } from 'unist';
import { TextBuilder } from '../text/normalized.js';
import { pushInline } from '../text/inline.js';
import { blockSkeleton } from './block-skeleton.js';
import { plainBlocks } from './plain-blocks.js';
import { SourceError, type IngestedText, type Paragraph, type SourceFile } from './types.js';
import { LIMITS } from '../limits.js';

/** Leaf blocks whose raw source is running text. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'code', 'html', 'table']);

export interface RawBlock {
  start: number;
  end: number;
}

/**
 * Justel markdown: `readFrontMatter` splits the YAML front matter; remark-parse
 * finds block boundaries in the body. We keep remark's positions, not its
 * text: each block's raw source is re-read and normalised here so offsets map
 * back to the file exactly (markers and escapes included).
 */
export function ingestMarkdown(source: SourceFile, text: string): IngestedText {
  const { frontMatter, bodyStart } = readFrontMatter(source.path, text);
  const body = text.slice(bodyStart);
  const blocks = leafBlocks(body);

  const b = new TextBuilder();
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    // Start at the line start so list markers (`1.`, `-`) stay in the text.
    let start = block.start;
    while (start > 0 && body[start - 1] !== '\n') start--;
    let raw = body.slice(start, block.end);
    // Fenced blocks hold fixed-width tables: keep their lines, drop the fences.
    const fence = /^\s*(```|~~~)[^\n]*\n?/.exec(raw);
    if (fence) {
      start += fence[0].length;
      raw = raw.slice(fence[0].length).replace(/\n?\s*(```|~~~)\s*$/, '');
    }
    for (const line of fence ? splitAtNotes(raw, start) : splitTableRows(raw, start)) {
      emitParagraph(b, paragraphs, line.text, bodyStart + line.start, line.tableRow);
    }
  }
  return { source, format: 'justel-markdown', frontMatter, text: b.build(text), paragraphs };
}

/**
 * The YAML front matter, read with `yaml` (YAML 1.2 core schema): no engine
 * that runs code (gray-matter's `---js` evals), aliases bounded (a 500-byte
 * alias bomb expands to hundreds of MB), and dates stay strings so an
 * impossible `2024-02-30` is reported instead of rolling over to March.
 */
function readFrontMatter(path: string, text: string): { frontMatter: Record<string, unknown> | null; bodyStart: number } {
  const lead = text.match(/^\s*/)![0].length;
  if (!text.startsWith('---', lead)) return { frontMatter: null, bodyStart: 0 };
  const fenceEnd = text.indexOf('\n', lead);
  const language = text.slice(lead + 3, fenceEnd < 0 ? text.length : fenceEnd).trim();
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    throw new SourceError('front-matter', path, `front matter language "${language.slice(0, 40)}" refused: only YAML front matter is read`);
  }
  const closing = /\n---[ \t]*(?:\r?\n|$)/g;
  closing.lastIndex = fenceEnd < 0 ? text.length : fenceEnd;
  const close = fenceEnd < 0 ? null : closing.exec(text);
  if (!close) throw new SourceError('front-matter', path, 'front matter opened with "---" is never closed');
  const yamlText = text.slice(fenceEnd + 1, Math.max(fenceEnd + 1, close.index));
  if (yamlText.length > LIMITS.maxFrontMatterBytes) {
    throw new SourceError('front-matter', path, `front matter of ${yamlText.length} characters exceeds the limit of ${LIMITS.maxFrontMatterBytes}`);
  }
  let data: unknown = simpleFrontMatter(yamlText);
  if (data === undefined) {
    try {
      const doc = parseDocument(yamlText, { prettyErrors: false });
      if (doc.errors.length > 0) throw doc.errors[0];
      data = doc.toJS({ maxAliasCount: LIMITS.maxYamlAliases });
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new SourceError('front-matter', path, `front matter is not valid YAML: ${reason}`);
    }
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceError('front-matter', path, 'front matter is not a YAML mapping');
  }
  // The body starts on the line right after the closing fence, blank or not.
  return { frontMatter: data as Record<string, unknown>, bodyStart: close.index + close[0].length };
}

/**
 * The front matter Justel files carry (`key: value` lines: plain words, a
 * double-quoted title, dates, a NUMAC, empty fields), read as `yaml` reads
 * it, without it: `yaml` took 2-3 % of a corpus parse. Anything else (a
 * comment, an escape, a nested or repeated key, a value `yaml` would read
 * as a number other than a short integer, a boolean or a spelled null)
 * gives undefined, and `yaml` reads the text.
 * test/source/front-matter.test.ts checks it against `yaml` on the corpus
 * and on generated lines.
 */
export function simpleFrontMatter(yamlText: string): Record<string, unknown> | undefined {
  if (yamlText === '' || /[^\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\n]/.test(yamlText)) return undefined;
  const data: Record<string, unknown> = {};
  for (const line of yamlText.split('\n')) {
    const m = /^([A-Za-z][A-Za-z0-9_-]*):(?: (\S.*))?$/.exec(line);
    if (!m || Object.hasOwn(data, m[1]) || YAML_SPECIAL.test(m[1])) return undefined;
    const value = m[2];
    if (value === undefined) data[m[1]] = null;
    else if (/^"[^"\\]*"$/.test(value) || /^'[^']*'$/.test(value)) data[m[1]] = value.slice(1, -1);
    else if (/^[0-9]{1,15}$/.test(value)) data[m[1]] = Number(value);
    else if (/^[-?:,[\]{}#&*!|>'"%@`]|: | #|:$|\s$/.test(value) || YAML_SPECIAL.test(value)) return undefined;
    else data[m[1]] = value;
  }
  return data;
}

/** What the YAML 1.2 core schema reads as other than a string (null, booleans, numbers). */
const YAML_SPECIAL = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/**
 * remark (micromark) is quadratic in list nesting and in runs of emphasis
 * marks (8,000 nested list markers: 18 s; 16,000 `*`: 13 s). Only its block
 * boundaries are used (the text is re-read from the source), so it is given
 * a copy in which a line's container prefix past LIMITS.maxContainerPrefix
 * characters is blanked and long runs of `*`/`_` inside a line are masked:
 * same length, so every position still points into the source.
 */
export function tameForRemark(body: string): string {
  const max = LIMITS.maxContainerPrefix;
  if (!/[*_]{5}/.test(body) && !new RegExp(`^[ \\t>*+\\-\\d.)]{${max},}`, 'm').test(body)) return body;
  return body.replace(/^[^\n]*/gm, (line) => {
    const prefix = /^(?:[ \t]|[-*+>](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/.exec(line)![0];
    let out = prefix.length > max ? prefix.slice(0, max) + prefix.slice(max).replace(/\S/g, ' ') + line.slice(prefix.length) : line;
    if (/[*_]{5}/.test(out) && !/^[\s*_-]*$/.test(out)) out = out.replace(/[*_]{5,}/g, (run) => run.slice(0, 4) + 'x'.repeat(run.length - 4));
    return out;
  });
}

/**
 * micromark's inline (text) constructs. Only block boundaries are read from
 * remark, and inline constructs never move one (CommonMark finds blocks
 * first, then parses the inline content of each): turned off, the text
 * inside a paragraph is plain data, which is most of the parse saved.
 * `definition` (a link reference definition, `[x]: url`) is off too: it
 * costs a trial on every paragraph, Justel has none, and one met in a decree
 * stays a paragraph of text instead of vanishing from the document.
 * test/structure/markdown-blocks.test.ts checks every corpus file gives the
 * same blocks as the full parser.
 */
const OFF_CONSTRUCTS = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd', 'definition'];

const blockParser = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [{ disable: { null: OFF_CONSTRUCTS } }])
  .freeze();
const fullParser = unified().use(remarkParse).freeze();

/**
 * The leaf blocks (paragraphs, headings, code, html, tables) of a markdown
 * body, in document order, as offsets into `body`. Sections made only of
 * paragraphs and `- ` items are read line by line (src/source/plain-blocks.ts);
 * remark reads the rest, as the block skeleton of each run of other sections
 * (src/source/block-skeleton.ts: long lines of text with their middle cut
 * out), its positions mapped back. `full` parses the whole body with every
 * construct on (the reference the others are tested against); `plain: false`
 * gives every section to remark, `skeleton: false` keeps remark on the text
 * itself.
 */
export function leafBlocks(
  body: string,
  {
    full = false,
    plain = !full,
    skeleton = !full,
    minPiece = full ? Infinity : MIN_PIECE,
  }: { full?: boolean; plain?: boolean; skeleton?: boolean; minPiece?: number } = {},
): RawBlock[] {
  const tamed = tameForRemark(body);
  const read = (text: string, out: RawBlock[], base: number) => remarkBlocks(text, full ? fullParser : blockParser, skeleton, minPiece, out, base);
  const blocks: RawBlock[] = [];
  if (!plain || tamed.includes('\r') || hasHtmlLine(tamed)) {
    read(tamed, blocks, 0);
    return blocks;
  }
  // `run`: where the text not read yet starts; sections that are not plain wait there for remark
  let run = 0;
  let tries = 0;
  for (const [start, end] of sections(tamed)) {
    const own: RawBlock[] = [];
    if (!plainBlocks(tamed, start, end, own)) continue;
    if (start > run) {
      // (the run before may end in code that goes on into this section: then the section is read with the run)
      const before: RawBlock[] = [];
      if (read(tamed.slice(run, start), before, run)) {
        if (++tries > 3) break;
        continue;
      }
      for (const b of before) blocks.push(b);
      tries = 0;
    }
    for (const b of own) blocks.push(b);
    run = end;
  }
  if (run < tamed.length) read(tamed.slice(run), blocks, run);
  return blocks;
}

/** The sections of a text between its fresh starts (see freshStarts), as [start, end) pairs. */
function* sections(text: string): Generator<[number, number]> {
  let from = 0;
  for (const at of freshStarts(text, 0)) {
    if (at > from) yield [from, at];
    from = at;
  }
  if (from < text.length) yield [from, text.length];
}

/**
 * remark's leaf blocks of `text` pushed to `out` (offsets plus `base`);
 * whether its last leaf block is code (which, in a longer text, might have
 * gone on past its end).
 */
function remarkBlocks(text0: string, parser: typeof blockParser, skeleton: boolean, minPiece: number, out: RawBlock[], base: number): boolean {
  const read = skeleton ? blockSkeleton(text0) : { text: text0, toSource: (o: number) => o };
  const blocks: RawBlock[] = [];
  const text = read.text;
  // (remark in pieces, each from a fresh top-level line: see freshStarts)
  let from = 0;
  let tries = 0;
  for (const at of freshStarts(text, minPiece)) {
    if (at - from < minPiece) continue;
    const tree = parser.parse(text.slice(from, at));
    // (a piece that ends in code, fenced or indented, may end it elsewhere than the whole body does: an open fence runs
    // on past the cut, one in a list item takes in the blank line before it; cut at a later start, or read the rest whole)
    if (endsInCode(tree)) {
      if (++tries > 3) break;
      continue;
    }
    collectLeafBlocks(tree, blocks, from);
    from = at;
    tries = 0;
  }
  const last = parser.parse(from === 0 ? text : text.slice(from));
  collectLeafBlocks(last, blocks, from);
  const mapped = text !== text0;
  for (const b of blocks) out.push(mapped ? { start: base + read.toSource(b.start), end: base + read.toSource(b.end) } : { start: base + b.start, end: base + b.end });
  return endsInCode(last);
}

/**
 * Characters of remark input per piece, at least. micromark is quadratic in
 * a document's length: it copies the whole event list at every lazy line
 * that ends a list (2013022530, 1,995 lines: 100 ms of a 330 ms corpus
 * pass), and 4,000 short paragraphs take three times what 2,000 do. A piece
 * this long amortises the parser's set-up per call.
 */
const MIN_PIECE = 2048;

/**
 * The starts of lines where a markdown body can be cut and each part read
 * as a document of its own with the same blocks: a line after a blank line
 * that starts at its first column with a letter, a quote mark or a strong
 * opener (`**Art. 2.**`) opens a paragraph at the top level, whatever came
 * before: no container goes on (list items and block quotes continue only on
 * indented or marked lines, and a blank line ended any paragraph a lazy line
 * could have continued), no leaf block does (indented code needs 4 spaces).
 * Except code, which may run on past blank lines (a fenced code left open):
 * the caller checks each piece's end (endsInCode). Html blocks (some run on
 * past blank lines) and carriage returns: no cut at all.
 * test/structure/markdown-blocks.test.ts compares the blocks read in pieces
 * and whole on the corpus and on generated markdown.
 */
function* freshStarts(text: string, minPiece: number): Generator<number> {
  if (text.length < 2 * minPiece || text.includes('\r') || hasHtmlLine(text)) return;
  let blank = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (blank && start > 0 && FRESH_LINE.test(text.slice(start, start + 3))) yield start;
    blank = BLANK_LINE.test(text.slice(start, end));
    start = end + 1;
  }
}

const FRESH_LINE = /^(?:\p{L}|"|\*\*[^\s*])/u;
const BLANK_LINE = /^[ \t]*$/;
/** Any `<` after container markers (a superset of an html block's start). */
const HTML_LINE = /^(?:[ \t>]|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*</m;
/** HTML_LINE's test, skipped where no `<` is (most decrees): the pattern is tried at every character. */
const hasHtmlLine = (text: string): boolean => text.includes('<') && HTML_LINE.test(text);

/** Whether the last leaf block of a tree is code. */
function endsInCode(tree: Node): boolean {
  let node: Node | undefined = tree;
  while (node && !LEAF_BLOCKS.has(node.type)) node = (node as Parent).children?.at(-1);
  return node?.type === 'code';
}

/** Depth-first, in document order, without recursion: nesting depth is the input's to choose. */
function collectLeafBlocks(root: Node, out: RawBlock[], base = 0): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (LEAF_BLOCKS.has(node.type)) {
      const p = node.position;
      if (p?.start.offset !== undefined && p.end.offset !== undefined) out.push({ start: base + p.start.offset, end: base + p.end.offset });
      continue;
    }
    const children = (node as Parent).children;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Pipe-table rows become one paragraph each; anything else stays whole. */
/**
 * A fixed-width block's text, with each note under its table (`  (2) Numero d'ordre reserve a des beneficiaires non
 * hospitalises.`, `(*) …`) a paragraph of its own: not part of the rule above it. Notes are the lines that close the block,
 * each opening on its mark, after a sentence's end (not conditions numbered so after a colon, `… les conditions suivantes
 * sont remplies : (1) Elle est effectuee …`). (Its `§ N.` lines stay in the block's paragraph: a qualification's intro
 * before them, `b) lorsqu'elles requièrent la qualification d'accoucheuse (V) … :`, lists the prestations of all of them.)
 */
function splitAtNotes(raw: string, start: number): { text: string; start: number; tableRow: boolean }[] {
  const lines = raw.split('\n');
  const isNote = (l: string) => /^[ \t]*\((?:\d+|\*+)\)[ \t]+\p{Lu}\p{Ll}/u.test(l);
  // the closing run of notes, one line each
  let first = lines.length;
  for (let i = lines.length - 1; i >= 0 && (isNote(lines[i]) || lines[i].trim() === ''); i--) if (isNote(lines[i])) first = i;
  const before = lines.slice(0, first).join('\n').trimEnd();
  if (first === lines.length || !/[.;]$/u.test(before)) return [{ text: raw, start, tableRow: false }];
  const out: { text: string; start: number; tableRow: boolean }[] = [];
  let from = 0;
  let at = 0;
  lines.forEach((line, i) => {
    if (i >= first && isNote(line) && at > from) {
      if (raw.slice(from, at - 1).trim()) out.push({ text: raw.slice(from, at - 1), start: start + from, tableRow: false });
      from = at;
    }
    at += line.length + 1;
  });
  out.push({ text: raw.slice(from), start: start + from, tableRow: false });
  return out;
}

function splitTableRows(raw: string, start: number): { text: string; start: number; tableRow: boolean }[] {
  if (!/^\s*\|/.test(raw)) return [{ text: raw, start, tableRow: false }];
  const out: { text: string; start: number; tableRow: boolean }[] = [];
  let pos = 0;
  for (const line of raw.split('\n')) {
    if (line.trim() && !/^\s*\|?\s*:?-{3,}/.test(line) && !/^[\s|]*$/.test(line)) out.push({ text: line, start: start + pos, tableRow: true });
    pos += line.length + 1;
  }
  return out;
}

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|<>"\''.split(''));

function emitParagraph(b: TextBuilder, paragraphs: Paragraph[], raw: string, base: number, tableRow: boolean): void {
  // Strip the leading blockquote/indent, then read a bold lead-in (`**Art. 2.**`).
  let i = raw.match(/^[\s>]*/)![0].length;
  let heading: string | null = null;
  const strong = /^\*\*([^*]+?)\*\*/.exec(raw.slice(i));
  if (b.length > 0) b.push('\n', base + i, false);
  const start = b.length;
  if (strong) {
    heading = strong[1].trim();
    pushInline(b, strong[1], base + i + 2);
    i += strong[0].length;
  }
  let chunkStart = i;
  const flush = (end: number) => {
    if (end > chunkStart) pushInline(b, raw.slice(chunkStart, end), base + chunkStart);
  };
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '\\' && ESCAPABLE.has(raw[i + 1] ?? '')) {
      flush(i);
      chunkStart = i + 1;
      i += 2;
      continue;
    }
    if (ch === '*' && raw[i + 1] === '*') {
      flush(i);
      i += 2;
      chunkStart = i;
      continue;
    }
    i++;
  }
  flush(raw.length);
  b.trimEndSpaces();
  if (b.length === start) {
    // nothing but markup: drop the separator we emitted
    return;
  }
  paragraphs.push({ index: paragraphs.length, start, end: b.length, heading, ...(tableRow ? { tableRow } : {}) });
}
