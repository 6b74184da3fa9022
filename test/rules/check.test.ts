import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim, inPeriod } from '../../src/check/evaluate.js';
import { command } from '../../src/commands/check.js';
import { extractRules } from '../../src/extract/rules/index.js';
import { buildFeed } from '../../src/feed/build.js';
import { Feed } from '../../src/feed/schema.js';
import { writeFeed } from '../../src/feed/write.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { loadDoc } from './load.js';

let dir: string;
let feed: Feed;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nomen-check-'));
  const docs = ['000', '002', '003', '004'].map((name) => {
    const doc = loadDoc(name);
    return { document: { id: `seed-${name}`, entryIntoForce: { date: null, basis: 'unknown' as const, at: null } }, rules: extractRules(doc, new DiagnosticSink(doc)) };
  });
  feed = buildFeed(docs);
  await writeFeed(feed, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(claim: unknown, ...flags: string[]) {
  const path = join(dir, `claim-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof claim === 'string' ? claim : JSON.stringify(claim));
  let out = '';
  let err = '';
  const code = await command.run([path, '--out', dir, ...flags], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

describe('rules-engine feed', () => {
  it('writes one NCCI-style row per code pair, and CSV, JSON and JSON Schema files', () => {
    expect(feed.nonCumulation).toContainEqual(expect.objectContaining({ column1: '589676', column2: '589890', refusal: '010' }));
    // 7 pairs × 2 codes × 2 codes for 350755-350766
    expect(feed.nonCumulation.filter((r) => r.column1 === '350755').length).toBe(14);
    expect(feed.nonCumulation.find((r) => r.column1 === '587134' && r.column2Scope === 'article 17bis')).toBeTruthy();
    const csv = readFileSync(join(dir, 'feed', 'non-cumulation.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('column1,column2,column2Scope,scope,modifierIndicator,from,to,refusal,source_document,source_article,source_line,source_text');
    const schema = JSON.parse(readFileSync(join(dir, 'feed', 'schema', 'limits.schema.json'), 'utf8'));
    expect(schema.type).toBe('array');
    expect(Feed.parse(JSON.parse(readFileSync(join(dir, 'feed', 'feed.json'), 'utf8')))).toEqual(feed);
  });
});

describe('nomen check', () => {
  it('reports 589676 and 589890 billed the same day with the source sentence', async () => {
    const r = await run([{ code: '589676', date: '2024-03-01', patient: 'p1' }, { code: '589890', date: '2024-03-01', patient: 'p1' }]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('nonCumulation (refusal 010)');
    expect(r.out).toContain('vertébroplastie');
  });
  it('reports three vertebrae at once as a quantity limit', async () => {
    const r = await run([{ code: '589676', date: '2024-03-01', units: 3 }], '--json');
    expect(r.code).toBe(1);
    const v = JSON.parse(r.out).violations;
    expect(v.some((x: { type: string; source: { text: string } }) => x.type === 'quantity' && x.source.text.includes('plus de deux vertèbres'))).toBe(true);
  });
  it('passes a clean claim and rejects bad input with exit code 2', async () => {
    expect((await run([{ code: '589676', date: '2024-03-01', units: 2 }])).code).toBe(0);
    expect((await run('{not json')).code).toBe(2);
    expect((await run([{ code: '58967', date: '2024-03-01' }])).code).toBe(2);
    const noFeed = await command.run([join(dir, 'x.json'), '--out', join(dir, 'nowhere')], { stdout: () => {}, stderr: () => {}, isTTY: false });
    expect(noFeed).toBe(2);
  });
  it('counts per lesion within 3 months and per two calendar years', () => {
    const lesion = checkClaim(feed, [
      { code: '587134', date: '2024-01-10', lesion: 'L1' },
      { code: '587134', date: '2024-03-01', lesion: 'L2' },
      { code: '587134', date: '2024-03-20', lesion: 'L1' },
    ]);
    expect(lesion.filter((v) => v.type === 'frequency' && v.source.text.includes('même lésion')).map((v) => v.acts)).toEqual([[0, 2]]);
    expect(inPeriod('2023-01-01', '2024-12-31', { count: 2, unit: 'calendarYear' })).toBe(true);
    expect(inPeriod('2022-12-31', '2024-01-01', { count: 2, unit: 'calendarYear' })).toBe(false);
  });
});
