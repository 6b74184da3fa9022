import matter from 'gray-matter';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Node, Parent } from 'unist';
import { TextBuilder } from '../text/normalized.js';
import { pushInline } from '../text/inline.js';
import { SourceError, type IngestedText, type Paragraph, type SourceFile } from './types.js';

/** Leaf blocks whose raw source is running text. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'code', 'html', 'table']);

interface RawBlock {
  start: number;
  end: number;
}

/**
 * Justel markdown: gray-matter splits the YAML front matter; remark-parse
 * finds block boundaries in the body. We keep remark's positions, not its
 * text: each block's raw source is re-read and normalised here so offsets map
 * back to the file exactly (markers and escapes included).
 */
export function ingestMarkdown(source: SourceFile, text: string): IngestedText {
  const { frontMatter, bodyStart } = readFrontMatter(source.path, text);
  const body = text.slice(bodyStart);
  const tree = unified().use(remarkParse).parse(body);
  const blocks: RawBlock[] = [];
  collectLeafBlocks(tree, blocks);

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
    for (const line of splitTableRows(raw, start)) {
      emitParagraph(b, paragraphs, line.text, bodyStart + line.start, line.tableRow);
    }
  }
  return { source, format: 'justel-markdown', frontMatter, text: b.build(text), paragraphs };
}

/** Belt and braces: no engine that runs code, whatever gray-matter detects. */
const refuse = (): never => {
  throw new Error('only YAML front matter is read');
};
const REFUSED_ENGINES = { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse } as unknown as Record<string, (input: string) => object>;

function readFrontMatter(path: string, text: string): { frontMatter: Record<string, unknown> | null; bodyStart: number } {
  const lead = text.match(/^\s*/)![0].length;
  if (!text.startsWith('---', lead)) return { frontMatter: null, bodyStart: 0 };
  const close = text.slice(lead + 3).search(/\r?\n---[ \t]*(\r?\n|$)/);
  if (close < 0) throw new SourceError('front-matter', path, 'front matter opened with "---" is never closed');
  // gray-matter picks an engine from the fence (`---js`, `---coffee`) and its
  // JavaScript engine evals the block: only a bare `---` (YAML) is read.
  const language = /^---([^\r\n]*)/.exec(text.slice(lead))![1].trim();
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    throw new SourceError('front-matter', path, `front matter language "${language.slice(0, 40)}" refused: only YAML front matter is read`);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; disable it so a broken file is re-reported.
    parsed = matter(text.slice(lead), { excerpt: false, language: 'yaml', engines: REFUSED_ENGINES });
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new SourceError('front-matter', path, `front matter is not valid YAML: ${reason}`);
  }
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceError('front-matter', path, 'front matter is not a YAML mapping');
  }
  const closeLine = text.indexOf('\n', lead + 3 + close + 1);
  const bodyStart = text.indexOf('\n', closeLine + 1) + 1 || text.length;
  return { frontMatter: data as Record<string, unknown>, bodyStart: Math.min(bodyStart, text.length) };
}

function collectLeafBlocks(node: Node, out: RawBlock[]): void {
  if (LEAF_BLOCKS.has(node.type)) {
    const p = node.position;
    if (p?.start.offset !== undefined && p.end.offset !== undefined) out.push({ start: p.start.offset, end: p.end.offset });
    return;
  }
  const children = (node as Parent).children;
  if (Array.isArray(children)) for (const c of children) collectLeafBlocks(c, out);
}

/** Pipe-table rows become one paragraph each; anything else stays whole. */
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
