import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutSeed000, seed000Path } from '../../scripts/cut-seed000.js';
import { command as diff } from '../../src/commands/diff.js';
import { Diff } from '../../src/schema/replay.js';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const v1 = resolve(fixtures, 'seed000-v1.txt');
const v2 = resolve(fixtures, 'seed000-v2.txt');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await diff.run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

describe('seed 000: two successive versions of the 589676-589680 provisions', () => {
  it('the fixtures are exact byte slices of the seed, cut where the second version starts', () => {
    const seed = readFileSync(seed000Path());
    const { v1: a, v2: b } = cutSeed000(seed);
    expect(readFileSync(v1).equals(a)).toBe(true);
    expect(readFileSync(v2).equals(b)).toBe(true);
    expect(a.toString('utf8').endsWith(`ne peut être portée en compte lors d'une \n\nvertébroplastie."`)).toBe(true);
    expect(b.toString('utf8')).toMatch(/^"\s+589890 589901 /);
    expect(seed.indexOf(b)).toBeGreaterThan(a.length);
  });

  it('nomen diff names the new pair with its value and the changed indication conditions', async () => {
    const r = await run([v1, v2, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const d = Diff.parse(JSON.parse(r.out));
    expect(d.added).toContainEqual(expect.objectContaining({ codes: ['589890', '589901'], value: 'I 400' }));
    // structured indications when extracted, else the text fallback: both say the same thing
    const conds = [...d.indications.flatMap((i) => i.conditions), ...(d.text?.conditions ?? [])];
    const pair = (re1: RegExp, re2: RegExp) => conds.some((c) => c.old !== null && c.new !== null && re1.test(c.old) && re2.test(c.new));
    expect(pair(/8 semaines/, /35 jours/)).toBe(true);
    expect(pair(/4 mois/, /120 jours/)).toBe(true);
    const tscore = conds.filter((c) => /T-score/i.test(c.quantity) || /-2[.,]5|≤ -1|-1\b/.test(`${c.old} ${c.new}`));
    expect(tscore.some((c) => c.old && /-2[.,]5/.test(c.old))).toBe(true);
    expect(tscore.some((c) => c.new && /≤\s*-1|<=\s*-1/.test(c.new))).toBe(true);
  });

  it('renders readable text and markdown', async () => {
    const t = await run([v1, v2]);
    expect(t.out).toContain('Prestations added (1)');
    expect(t.out).toMatch(/589890 - 589901 I 400/);
    expect(t.out).toMatch(/plus de 8 semaines → plus de 35 jours/);
    const md = await run([v1, v2, '--format', 'md']);
    expect(md.out).toMatch(/^# seed000-v1 → seed000-v2/);
    expect(md.out).toMatch(/~~\S/);
  });
});
