/**
 * Fuzz families of the hardening issue: each turns a seeded random source
 * and the base inputs (corpus decrees, PDFs rendered from them) into one
 * hostile input. Deterministic: the same seed gives the same bytes.
 */
import { onePagePdf, deflateBombPdf, qFloodPdf, operatorFloodPdf } from '../pdf-fixtures/hostile.js';

export type Rng = () => number;

/** mulberry32 */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export interface Bases {
  texts: Buffer[];
  pdfs: Buffer[];
}

export interface Case {
  name: string;
  bytes: Buffer;
}

type Family = (r: Rng, b: Bases) => Buffer;

const FRAGMENTS = [
  '589676 - 589680 ',
  'Le présent arrêté entre en vigueur le 1er janvier 2024. ',
  '"312174 - 312185" ',
  'la prestation 589676 est remplacée par ',
  'K 20 ',
  '... ',
  'à l\'exception des articles 2 et 3 qui entrent en vigueur le 1er mars 2024 ',
];

function insertAt(base: Buffer, at: number, chunk: string | Buffer): Buffer {
  return Buffer.concat([base.subarray(0, at), Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk), base.subarray(at)]);
}

function lineStartNear(base: Buffer, r: Rng): number {
  const at = int(r, 0, base.length);
  const nl = base.indexOf(10, at);
  return nl < 0 ? base.length : nl + 1;
}

const textFamilies: Record<string, Family> = {
  'byte-flips': (r, b) => {
    const out = Buffer.from(pick(r, b.texts));
    // one case in four flips to any byte (mostly refused as encoding); the others stay in
    // printable ASCII and new lines, so they get past decoding into the parser
    const anyByte = r() < 0.25;
    for (let n = int(r, 1, 30); n > 0; n--) {
      const at = int(r, 0, out.length - 1);
      if (!anyByte && out[at] >= 0x80) continue; // inside a multi-byte character: would only be an encoding error
      out[at] = anyByte ? int(r, 0, 255) : r() < 0.85 ? int(r, 32, 126) : 10;
    }
    return out;
  },
  truncation: (r, b) => {
    const base = pick(r, b.texts);
    return base.subarray(0, int(r, 0, base.length));
  },
  splicing: (r, b) => {
    const [x, y] = [pick(r, b.texts), pick(r, b.texts)];
    const parts = [x.subarray(0, int(r, 0, x.length)), y.subarray(int(r, 0, y.length))];
    if (r() < 0.5) parts.splice(1, 0, pick(r, b.texts).subarray(...[int(r, 0, 2000), int(r, 2000, 8000)]));
    return Buffer.concat(parts);
  },
  'huge-lines': (r, b) => {
    const base = pick(r, b.texts);
    // mostly under the line limit (the parser's own work), sometimes far over it
    const chars = r() < 0.7 ? int(r, 1_000, 32_000) : int(r, 32_000, 600_000);
    const line = pick(r, FRAGMENTS).repeat(Math.ceil(chars / 20)).slice(0, chars);
    return insertAt(base, lineStartNear(base, r), `${line}\n`);
  },
  'deep-nesting': (r, b) => {
    const base = pick(r, b.texts);
    const depth = int(r, 50, 5000);
    const kind = int(r, 0, 3);
    const block =
      kind === 0 ? `${'- '.repeat(depth)}589676 x\n`
      : kind === 1 ? `${'>'.repeat(depth)} 589676 x\n`
      : kind === 2 ? Array.from({ length: Math.min(depth, 400) }, (_, i) => `${'  '.repeat(i)}- a) 589676\n`).join('')
      : `${'*'.repeat(depth)}x${'*'.repeat(depth)}\n`;
    return insertAt(base, lineStartNear(base, r), `\n${block}\n`);
  },
  'many-articles': (r, b) => {
    const n = int(r, 200, 2500); // around the article limit (2,000)
    const arts = Array.from({ length: n }, (_, i) => `**Art. ${i + 1}.** A l'article ${i % 40} de l'annexe, la prestation ${589676 + (i % 900)} - ${589680 + (i % 900)} est supprimée.`);
    return Buffer.from(`---\nnumber: 2099${String(int(r, 0, 999999)).padStart(6, '0')}\n---\n\n${arts.join('\n\n')}\n` + (r() < 0.5 ? pick(r, b.texts).toString('utf8') : ''));
  },
  // one of the base's own sentences, its full stops taken out, said again and again as one run-on paragraph (1-120 KB,
  // a line break every 40 words, under the line and paragraph limits), as the decree's text or inside a quote: every
  // pattern that reads from each of its words to the end of the sentence is quadratic here (3.5 s for 90 KB of `… par un
  // médecin spécialiste en …`, before the fix)
  'run-on-sentences': (r, b) => {
    const base = pick(r, b.texts);
    const sentences = base.toString('utf8').split(/[.;:]\s|\n\s*\n/u).map((x) => x.replace(/[.;:"«»*|#>\\]/gu, ' ').replace(/\s+/gu, ' ').trim()).filter((x) => x.length >= 20);
    const sentence = sentences.length ? pick(r, sentences) : 'La prestation 589676 n\'est remboursée que par un médecin spécialiste en';
    const chars = Math.round(2 ** (10 + r() * 6.9)); // log-uniform, 1 KB to 120 KB
    let words = 0;
    // (or with its full stop each time, `X. X. X.`: where a full stop after a code ends no sentence, one sentence still)
    const unit = r() < 0.5 ? `${sentence} ` : `${sentence}. `;
    const run = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars).replace(/ /gu, () => (++words % 40 === 0 ? '\n' : ' '));
    // (after the front matter: inside it the case would only be refused)
    const bodyStart = base.subarray(0, 3).toString() === '---' ? base.indexOf('\n---', 3) + 4 : 0;
    const at = Math.max(bodyStart, lineStartNear(base, r));
    const nl = base.indexOf(10, at);
    return insertAt(base, at === bodyStart && bodyStart > 0 ? (nl < 0 ? base.length : nl + 1) : at, r() < 0.5 ? `\n${run}\n\n` : `\n"589676 - 589680 Séance K 20\n\n${run}"\n\n`);
  },
  'case-flips': (r, b) => {
    const text = pick(r, b.texts).toString('utf8');
    if (r() < 0.3) return Buffer.from(r() < 0.5 ? text.toUpperCase() : text.toLowerCase());
    const chars = [...text];
    for (let n = int(r, 1, 40); n > 0; n--) {
      const at = int(r, 0, chars.length - 1);
      const len = int(r, 1, 400);
      const up = r() < 0.7;
      for (let k = at; k < Math.min(chars.length, at + len); k++) chars[k] = up ? chars[k].toUpperCase() : chars[k].toLowerCase();
    }
    return Buffer.from(chars.join(''));
  },
};

const pdfFamilies: Record<string, Family> = {
  'xref-damage': (r, b) => {
    const s = pick(r, b.pdfs).toString('latin1');
    const entries = [...s.matchAll(/(\d{10}) (\d{5}) n/g)].map((m) => m[1]);
    let k = 0;
    const target = int(r, 0, Math.max(0, entries.length - 1));
    const mode = int(r, 0, 4);
    let out = s;
    if (mode === 0) out = s.replace(/(\d{10}) 00000 n/g, (m, o: string) => (k++ === target || r() < 0.2 ? `${String(Math.max(0, Number(o) + int(r, -50, 50))).padStart(10, '0')} 00000 n` : m));
    else if (mode === 1) out = s.replace(/(\d{10}) 00000 n/g, (m) => (k++ === target ? `${pick(r, entries)} 00000 n` : m));
    else if (mode === 2) out = s.replace(/startxref\n\d+/, `startxref\n${int(r, 0, s.length + 1000)}`);
    else if (mode === 3) out = s.replace(/xref\n[\s\S]*?trailer/, 'trailer');
    else {
      const at = s.lastIndexOf('xref');
      const chars = [...s];
      for (let n = int(r, 1, 8); n > 0; n--) chars[int(r, at, chars.length - 1)] = pick(r, ['0', '9', ' ', 'x', ')', '\n', 'n', 'f']);
      out = chars.join('');
    }
    return Buffer.from(out, 'latin1');
  },
  'operator-floods': (r) => {
    const n = int(r, 100, 60_000);
    const kind = int(r, 0, 3);
    if (kind === 0) return qFloodPdf(n);
    if (kind === 1) return operatorFloodPdf(n * 10);
    if (kind === 2) return onePagePdf(`BT /F1 10 Tf 60 780 Td (Article 1er. La prestation 589676 est supprimee.) Tj ET\n${'q 1 0 0 1 0 0 cm Q '.repeat(n)}`, { deflate: true });
    const ops = ['q', 'Q', 'BT', 'ET', 'Tj', 'TJ', 'cm', 'Td', 'Tf', 're', 'f', 'l', 'm', 'Do', 'BI', 'ID', 'EI'];
    const soup = Array.from({ length: n }, () => `${int(r, -1e6, 1e6)} ${pick(r, ['(x)', '/F1', '[1 2]', '<414243>'])} ${pick(r, ops)}`).join(' ');
    return onePagePdf(soup, { deflate: r() < 0.5 });
  },
  'huge-mediabox': (r, b) => {
    const v = () => pick(r, ['0', '1e9', '-1e9', '1e308', 'NaN', '595', '842', '0.0001', '-5', '99999999999999999999', '14400', '14401', '']);
    const box = `[${v()} ${v()} ${v()} ${v()}]`;
    if (r() < 0.5) return onePagePdf('BT /F1 10 Tf 60 780 Td (Article 1er. La prestation 589676 - 589680 est supprimee.) Tj ET', { mediaBox: box });
    return Buffer.from(pick(r, b.pdfs).toString('latin1').replace(/\/MediaBox \[[^\]]*\]/g, (m) => (r() < 0.5 ? `/MediaBox ${box}` : m)), 'latin1');
  },
  'deflate-bombs': (r) => {
    // log-uniform from 1 MB to 1 GB inflated, around the 256 MB budget; made in milliseconds
    const mb = Math.round(2 ** (r() * 10));
    const bomb = deflateBombPdf(mb, r() < 0.3, pick(r, [' ', '0', '\n', '\0', 'q ', '(x) Tj ']));
    // sometimes cut inside the stream: what inflates before the damage counts
    return r() < 0.1 ? bomb.subarray(0, int(r, 64, bomb.length)) : bomb;
  },
};

export const FAMILIES: Record<string, { kind: 'text' | 'pdf'; make: Family }> = {
  ...Object.fromEntries(Object.entries(textFamilies).map(([k, make]) => [k, { kind: 'text' as const, make }])),
  ...Object.fromEntries(Object.entries(pdfFamilies).map(([k, make]) => [k, { kind: 'pdf' as const, make }])),
};

export function makeCase(family: string, seed: number, bases: Bases): Case {
  const f = FAMILIES[family];
  return { name: `${family}-${seed}.${f.kind === 'pdf' ? 'pdf' : 'md'}`, bytes: f.make(rng(seed * 2654435761 + family.length), bases) };
}
