/**
 * Justel decree markdown → printable blocks for the fixture generator:
 * front matter read (title, dates, page) and stripped, `**Art. 2.**` kept as
 * a bold run, paragraphs kept, fenced blocks kept verbatim (fixed-width
 * tables), pipe tables split into cells.
 */
import matter from 'gray-matter';

export interface Run {
  text: string;
  bold: boolean;
}

export type Block =
  | { kind: 'para'; runs: Run[] }
  | { kind: 'code'; lines: string[] }
  | { kind: 'table'; rows: string[][] };

export interface Decree {
  title: string | null;
  /** signature date, ISO */
  signed: string | null;
  /** publication in the Moniteur, ISO */
  published: string | null;
  /** first Moniteur page */
  page: number | null;
  ministry: string | null;
  blocks: Block[];
}

function isoOf(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  return null;
}

export function readDecree(markdown: string): Decree {
  let data: Record<string, unknown> = {};
  let body = markdown;
  if (/^\s*---\r?\n/.test(markdown)) {
    const parsed = matter(markdown);
    data = parsed.data as Record<string, unknown>;
    body = parsed.content;
  }
  const page = Number(data.page);
  return {
    title: typeof data['title-fr'] === 'string' ? stripNotes(data['title-fr']) : null,
    signed: isoOf(data.date),
    published: isoOf(data.publication),
    page: Number.isInteger(page) && page > 0 ? page : null,
    ministry: typeof data.source === 'string' ? data.source : null,
    blocks: readBlocks(body),
  };
}

/** Justel appends `(NOTE : …)` to titles; the Moniteur does not print it. */
function stripNotes(title: string): string {
  return title.replace(/\s*\(NOTE\s*:[\s\S]*$/, '').trim();
}

export function readBlocks(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let table: string[][] | null = null;
  const flushPara = () => {
    if (para.length) blocks.push({ kind: 'para', runs: runsOf(para.map((l) => l.trim()).join(' ')) });
    para = [];
  };
  const flushTable = () => {
    if (table && table.length) blocks.push({ kind: 'table', rows: table });
    table = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      flushPara();
      flushTable();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) code.push(lines[i].replace(/\s+$/, ''));
      blocks.push({ kind: 'code', lines: code });
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flushPara();
      if (/^[\s|:-]+$/.test(line)) continue; // the header separator row
      table ??= [];
      table.push(line.trim().replace(/^\||\|$/g, '').split('|').map((c) => unescape(c.trim())));
      continue;
    }
    flushTable();
    if (line.trim() === '') {
      flushPara();
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      flushPara();
      blocks.push({ kind: 'para', runs: [{ text: unescape(line.replace(/^#+\s*/, '').trim()), bold: true }] });
      continue;
    }
    para.push(line);
  }
  flushPara();
  flushTable();
  return blocks;
}

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|<>"'])/g;

function unescape(s: string): string {
  return s.replace(ESCAPED, '$1');
}

/** Split `**bold**` spans out of a paragraph; blockquote markers dropped. */
function runsOf(text: string): Run[] {
  const t = text.replace(/^>\s*/, '');
  const runs: Run[] = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index > last) runs.push({ text: unescape(t.slice(last, m.index)), bold: false });
    runs.push({ text: unescape(m[1]), bold: true });
    last = m.index + m[0].length;
  }
  if (last < t.length) runs.push({ text: unescape(t.slice(last)), bold: false });
  return runs.filter((r) => r.text.length > 0);
}
