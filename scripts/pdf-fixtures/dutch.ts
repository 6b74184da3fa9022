/**
 * Dutch-looking text for the right-hand column of a bilingual Moniteur page.
 * There is no Dutch corpus, so each French block gets a deterministic Dutch
 * filler of about the same length, built from a small vocabulary, keeping the
 * French block's numbers, codes and relative values in order (a translation
 * keeps them too) and its bold lead-in (`Art. 2.`).
 */
import type { Block, Run } from './markdown.js';

const WORDS = [
  'de', 'het', 'een', 'van', 'en', 'in', 'op', 'voor', 'met', 'wordt', 'worden', 'zijn', 'is', 'dat', 'die', 'aan', 'bij', 'door',
  'verstrekking', 'verstrekkingen', 'bijlage', 'koninklijk', 'besluit', 'nomenclatuur', 'geneeskundige', 'verzorging', 'artikel',
  'vervangen', 'ingevoegd', 'opgeheven', 'waarde', 'betrekkelijke', 'geneesheer', 'specialist', 'tegemoetkoming', 'verplichte',
  'verzekering', 'uitkeringen', 'rechthebbende', 'ziekenhuis', 'toepassingsregels', 'volgende', 'bepaling', 'woorden', 'gewijzigd',
  'omschrijving', 'aanrekenbaar', 'maximum', 'per', 'jaar', 'onderzoek', 'behandeling', 'patiënt', 'adviserend', 'tarief',
];

/** Park-Miller generator: the same French text always gives the same Dutch. */
function rng(seed: number): () => number {
  let s = (seed % 2147483647) || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const KEEP = /^(?:\d[\d.,/-]*[;:,.]?|[A-Z]{1,2}|§|\d+°|[a-z]\)|[A-Z]\.)$/;

function dutchRun(text: string, rand: () => number): string {
  const out: string[] = [];
  const tokens = text.split(/\s+/).filter(Boolean);
  for (const t of tokens) {
    if (KEEP.test(t)) out.push(t);
    else out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  }
  if (out.length) out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ');
}

/** Words of a fixed-width line or a cell replaced, numbers and spacing kept. */
function dutchWords(line: string, rand: () => number): string {
  return line.replace(/\p{L}{2,}/gu, () => WORDS[Math.floor(rand() * WORDS.length)]);
}

export function dutchBlocks(blocks: Block[]): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === 'code') {
      const rand = rng(hash(b.lines.join('\n')));
      return { kind: 'code', lines: b.lines.map((l) => dutchWords(l, rand)) };
    }
    if (b.kind === 'table') {
      const rand = rng(hash(b.rows.flat().join('|')));
      return { kind: 'table', rows: b.rows.map((r) => r.map((c) => dutchWords(c, rand))) };
    }
    const rand = rng(hash(b.runs.map((r) => r.text).join(' ')));
    const runs: Run[] = b.runs.map((r) =>
      r.bold ? { bold: true, text: r.text.replace(/^Article\s+1er\b/, 'Artikel 1').replace(/^Article\b/, 'Artikel') } : { bold: false, text: dutchRun(r.text, rand) },
    );
    return { kind: 'para', runs };
  });
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `10 JUIN 2002` / `10 JUNI 2002`, as the Moniteur prints a decree's date. */
export function longDate(iso: string, lang: 'fr' | 'nl'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = (lang === 'fr' ? MONTHS_FR : MONTHS_NL)[m - 1];
  return `${d === 1 && lang === 'fr' ? '1er' : d} ${month.toUpperCase()} ${y}`;
}
