/**
 * Hardening issue, item 4: the scans behind the text hangs are linear (or
 * bounded). Each family of input is parsed at n and 2n; the elementary steps
 * of those scans (src/work.ts) must about double, not quadruple. Operations
 * are counted, not time.
 */
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline/parse.js';
import { continuesIntoCode } from '../../src/text/continues.js';
import { work } from '../../src/work.js';

const head = "---\nnumber: 2099000020\n---\n\n**Article 1er.** A l'article 14 de l'annexe, les modifications suivantes sont apportées :\n\n";

/** Each family with its n: 2n stays under the limits (48 KB paragraphs, 2,000 articles). */
const families: Record<string, [(n: number) => string, number]> = {
  // `entre en vigueur` 8,000 times took 22 s: each clause walked back to the start of the text
  'entry into force repeated': [(n) => head + 'Le présent arrêté entre en vigueur le 1er janvier 2024.\n'.repeat(n), 400],
  // 8,000 quoted code pairs took 33 s: every code looked for its quote among all quotes
  'quoted code pairs': [(n) => head + Array.from({ length: n }, (_, i) => `"${100000 + 2 * i} - ${100011 + 2 * i}",`).join('\n\n') + '\n', 1500],
  // codes in one long paragraph: each code's line lead was the whole paragraph before it
  'rule sentences in one quote': [
    (n) => head + '"589676 - 589680 Séance K 20\n\n' + Array.from({ length: n }, (_, i) => `La prestation 589676 n'est pas cumulable avec les prestations ${589690 + i}, 589705 et 589716.`).join('\n') + '"\n',
    250,
  ],
  // 1,651 amending clauses on one 65 KB line took 19 s (the fuzz run's huge-lines): each clause's repeat key squeezed the whole paragraph
  'amending clauses on one line': [(n) => head + '1. ' + Array.from({ length: n }, (_, i) => `la prestation ${589676 + i} est supprimée;`).join(' ') + '\n', 300],
  // 150,000 quote marks on 60 KB lines took 43 s: each mark searched its paragraph's bounds and counted its marks again;
  // and each sentence of a stretch with no digit searched the rest of the text for one
  'quote marks in long paragraphs': [(n) => head + '" ' + Array.from({ length: Math.ceil(n / 6000) }, () => '« a '.repeat(6000)).join('\n\n').slice(0, n * 4) + ' "\n', 24_000],
  'one-code lines': [(n) => head + Array.from({ length: n }, (_, i) => `${589676 + i}`).join('\n\n') + '\n', 1500],
  'many articles': [(n) => head + Array.from({ length: n }, (_, i) => `**Art. ${i + 2}.** La prestation ${589676 + i} est supprimée.`).join('\n\n') + '\n', 900],
};

async function steps(text: string): Promise<number> {
  work.steps = 0;
  await parseBytes('linear.md', Buffer.from(text));
  return work.steps;
}

describe('doubling the input does not quadruple the work', () => {
  for (const [name, [make, n]] of Object.entries(families)) {
    it(name, async () => {
      const [a, b] = [await steps(make(n)), await steps(make(2 * n))];
      expect(b / Math.max(a, 1)).toBeLessThan(2.6);
    });
  }

  it('continuesIntoCode reads only the end of what comes before', () => {
    const long = 'x '.repeat(200_000) + 'la prestation ';
    expect(continuesIntoCode(long)).toBe(true);
    expect(continuesIntoCode(`${' '.repeat(100_000)}fin.`)).toBe(false);
  });
});
