/**
 * `npm run hunt`: looks for readings whose time grows faster than the text, by
 * parsing each real sentence or paragraph of ../shared/corpus repeated into a
 * document of S and of 2S characters and printing those whose time more than
 * doubles by a margin. A plain script (not a test): it prints, it asserts
 * nothing; times are noisy, so a suspect is one to profile, not a verdict.
 *
 *   npm run hunt -- [--shape run-on|run-on-stops|paragraphs] [--size S] [--ratio R] [--floor MS] [--sample K]
 *
 * --shape   run-on: one sentence, its full stops taken out, said again and again as
 *           one paragraph (line breaks every 40 words), as decree text and in a quote;
 *           run-on-stops: the same with its full stop each time (`X. X. X.`);
 *           paragraphs: one paragraph repeated as many paragraphs (default run-on)
 * --size    S in characters (default 30,000 for the run-on shapes, 100,000 for paragraphs)
 * --ratio   print when time(2S) / time(S) is above this (default 2.8)
 * --floor   skip what parses in less than this many ms at S (default 60)
 * --sample  take one sentence or paragraph in K (default 1: all; a whole pass takes 10-20 minutes)
 *
 * It found the quadratic readings fixed in December 2026 (test/hardening/run-on.test.ts lists them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBytes } from '../src/pipeline/parse.js';

const { values } = parseArgs({
  options: { shape: { type: 'string', default: 'run-on' }, size: { type: 'string' }, ratio: { type: 'string', default: '2.8' }, floor: { type: 'string', default: '60' }, sample: { type: 'string', default: '1' } },
});
const shape = values.shape!;
if (!['run-on', 'run-on-stops', 'paragraphs'].includes(shape)) throw new Error(`unknown shape ${shape} (run-on, run-on-stops, paragraphs)`);
const size = Number(values.size ?? (shape === 'paragraphs' ? 100_000 : 30_000));
const [ratio, floor, sample] = [Number(values.ratio), Number(values.floor), Math.max(1, Number(values.sample))];

const corpusDir = resolve(import.meta.dirname, '../../shared/corpus');
const HEAD = "---\nnumber: 2099000020\n---\n\n**Article 1er.** A l'article 14 de l'annexe, les modifications suivantes sont apportées :\n\n";

/** The corpus' sentences (run-on shapes) or paragraphs, without front matter, distinct, in order. */
function units(): string[] {
  const out = new Set<string>();
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.md')).sort()) {
    const body = readFileSync(resolve(corpusDir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/u, '');
    if (shape === 'paragraphs') {
      for (const p of body.split(/\n\s*\n/u)) if (p.trim().length >= 40 && p.trim().length <= 3000) out.add(p.trim());
    } else {
      for (const s of body.split(/[.;:]\s|\n\s*\n/u)) {
        const u = s.replace(/[.;:"«»“”*|#>\\]/gu, ' ').replace(/\s+/gu, ' ').trim();
        if (u.length >= 30 && u.length <= 400) out.add(u);
      }
    }
  }
  return [...out];
}

/** Documents of about `chars` characters made of `unit`: as decree text, and (run-on shapes) inside a quote. */
function documents(unit: string, chars: number): string[] {
  if (shape === 'paragraphs') return [HEAD + `${unit}\n\n`.repeat(Math.ceil(chars / (unit.length + 2)))];
  const piece = shape === 'run-on' ? `${unit} ` : `${unit}. `;
  let words = 0;
  const run = piece.repeat(Math.ceil(chars / piece.length)).replace(/ /gu, () => (++words % 40 === 0 ? '\n' : ' '));
  return [HEAD + run + '\n', `${HEAD}"589676 - 589680 Séance K 20\n\n${run}"\n`];
}

async function ms(text: string): Promise<number> {
  const t = process.hrtime.bigint();
  try {
    await parseBytes('hunt.md', Buffer.from(text));
  } catch {
    // refused (a limit): its time still counts
  }
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main(): Promise<void> {
  const all = units().filter((_, i) => i % sample === 0);
  console.log(`hunt: ${all.length} ${shape === 'paragraphs' ? 'paragraphs' : 'sentences'} (${shape}), ${size} and ${2 * size} characters; printed when the time ratio is over ${ratio}`);
  let suspects = 0;
  for (const unit of all) {
    const [small, large] = [documents(unit, size), documents(unit, 2 * size)];
    for (let k = 0; k < small.length; k++) {
      const a = await ms(small[k]);
      if (a < floor) continue;
      const b = await ms(large[k]);
      if (b / a <= ratio) continue;
      suspects++;
      console.log(`${a.toFixed(0).padStart(7)} ms ${b.toFixed(0).padStart(7)} ms  ×${(b / a).toFixed(2)}  ${k ? 'quoted' : 'text  '}  ${JSON.stringify(unit.slice(0, 140))}`);
    }
  }
  console.log(`${suspects} suspect(s): profile one with node --cpu-prof on a document of that shape`);
}

await main();
