import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFile } from '../src/pipeline/parse.js';
import type { NomenclatureDocument } from '../src/schema/document.js';

/** End to end over the five seeds: the facts the project was created from. */
const SEEDS = resolve(__dirname, '../../shared/seeds');
const seedPath = (prefix: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

const docs = new Map<string, NomenclatureDocument>();
async function seed(prefix: string): Promise<NomenclatureDocument> {
  if (!docs.has(prefix)) docs.set(prefix, await parseFile(seedPath(prefix)));
  return docs.get(prefix)!;
}
const valueOf = (d: NomenclatureDocument, code: string) => d.prestations.filter((p) => p.codes[0] === code).map((p) => p.value && `${p.value.letter ?? '?'} ${p.value.coefficient}`);

describe('seed entry into force', () => {
  it.each([
    ['001', '2001-06-01', 'formula'],
    ['002', '2002-11-01', 'front-matter'],
    ['004', '2004-02-01', 'front-matter'],
    ['003', '2024-11-01', 'date-in-text'],
  ])('seed %s enters into force on %s (%s)', async (s, date, basis) => {
    const d = await seed(s);
    expect(d.document.entryIntoForce.date).toBe(date);
    expect(d.document.entryIntoForce.basis).toBe(basis);
  });
});

describe('seed codes and pairs', () => {
  it('flags the known typos with the right suggestion', async () => {
    const all = await Promise.all(['000', '001', '002', '003', '004'].map(seed));
    const flagged = new Map<string, string | null>();
    for (const d of all) for (const c of d.codes) if (!c.valid) flagged.set(c.code, c.suggestion);
    expect(flagged.get('105345')).toBe('105346');
    expect(flagged.get('343630')).toBe('434630');
    expect(flagged.get('236240')).toBe('436240');
  });
  it('finds every pair of seed 002 in its lists', async () => {
    const d = await seed('002');
    const pairs = new Set(d.codes.filter((c) => c.role === 'ambulatory').map((c) => `${c.code}-${c.pairedWith}`));
    for (const p of ['688516-688520', '689054-689065', '682430-682441', '682496-682500', '685296-685300', '688236-688240']) expect(pairs).toContain(p);
  });
  it('reads a pair split over two lines in PDF text (seed 003: 587134- / 587145)', async () => {
    const d = await seed('003');
    const c = d.codes.find((x) => x.code === '587134');
    expect(c?.pairedWith).toBe('587145');
  });
});

describe('seed prestations', () => {
  it('seed 002: single code 688472 with U 240', async () => {
    const d = await seed('002');
    expect(valueOf(d, '688472')).toContain('U 240');
  });
  it('seed 003: the four ablations and the three CM prestations', async () => {
    const d = await seed('003');
    expect(valueOf(d, '587134')).toContain('I 633');
    expect(valueOf(d, '587156')).toContain('I 633');
    expect(valueOf(d, '587171')).toContain('I 633');
    expect(valueOf(d, '587193')).toContain('I 601');
    expect(valueOf(d, '350755')).toContain('K 121');
    expect(valueOf(d, '350770')).toContain('K 17');
    expect(valueOf(d, '350792')).toContain('K 17');
  });
  it('seed 000: the vertebroplasty 589890-589901 with I 400', async () => {
    const d = await seed('000');
    expect(valueOf(d, '589890')).toContain('I 400');
  });
  it('seed 004: inserted prestations with leader-dot values', async () => {
    const d = await seed('004');
    expect(valueOf(d, '312174')).toContain('K 11');
    expect(valueOf(d, '312336')).toContain('K 75');
    expect(valueOf(d, '312911')).toContain('K 75');
  });
});

describe('seed 004 amendments', () => {
  const find = (d: NomenclatureDocument, subject: string, code: string) =>
    d.amendments.filter((a) => a.subject === subject && a.codes.some((g) => g.includes(code)));
  it('value changes', async () => {
    const d = await seed('004');
    for (const code of ['255452', '311791', '317236', '317295']) {
      const a = find(d, 'relativeValue', code);
      expect(a.length, code).toBeGreaterThan(0);
      expect(a[0].type).toBe('substitution');
    }
    const k300 = find(d, 'relativeValue', '255452')[0].new as { letter: string; coefficient: number };
    expect([k300.letter, k300.coefficient]).toEqual(['K', 300]);
  });
  it('312616-312620 → 400: letter from context, with a diagnostic', async () => {
    const d = await seed('004');
    const a = find(d, 'relativeValue', '312616')[0];
    expect((a.new as { coefficient: number }).coefficient).toBe(400);
    expect(d.diagnostics.some((x) => x.code.startsWith('value/') && x.at?.snippet.includes('400'))).toBe(true);
  });
  it('insertions anchored after the right code', async () => {
    const d = await seed('004');
    const ins = d.amendments.filter((a) => a.type === 'insertion' && a.subject === 'prestation');
    const anchors = ins.map((a) => a.target.anchor);
    for (const anchor of ['310855', '311356', '312130', '317251', '317295', '312756']) expect(anchors).toContain(anchor);
    const after310855 = ins.find((a) => a.target.anchor === '310855')!;
    expect(after310855.codes.flat()).toEqual(expect.arrayContaining(['312174', '312196']));
  });
  it('deletions and label changes', async () => {
    const d = await seed('004');
    const repealed = d.amendments.filter((a) => a.type === 'repeal' && a.subject === 'prestation').flatMap((a) => a.codes.map((g) => g[0]));
    expect(repealed).toEqual(expect.arrayContaining(['310730', '310870', '312152', '317096', '317133', '317155', '317273', '317310', '317332', '317354']));
    for (const code of ['311415', '317052', '317074', '312756', '312631']) expect(find(d, 'label', code).length, code).toBeGreaterThan(0);
  });
  it('every fact points back to the sentence it came from', async () => {
    const d = await seed('004');
    const { readFileSync } = await import('node:fs');
    const original = readFileSync(seedPath('004'), 'utf8');
    for (const c of d.codes) expect(original.slice(c.at.offset, c.at.offset + c.at.length)).toBe(c.code);
  });
});
