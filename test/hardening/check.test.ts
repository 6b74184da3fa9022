/**
 * Hardening issue, item 8 for `nomen check`: a claim saved with a UTF-8 BOM
 * is read; a claim of 10,000 acts is checked in n log n (it took 189 s,
 * quadratic), counted in reads of the claim, not in time; an absurd claim
 * is refused.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkClaim, type BilledAct } from '../../src/check/evaluate.js';
import { command } from '../../src/commands/check.js';
import { writeFeed } from '../../src/feed/write.js';
import { type Feed } from '../../src/feed/schema.js';
import { LIMITS } from '../../src/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'nomen-check-hard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = { document: 'seed', article: '1', line: 1, text: 'x' };
const feed = {
  nonCumulation: [
    { column1: '589676', column2: '589890', column2Scope: null, scope: 'sameDay', modifierIndicator: '0', from: null, to: null, refusal: '010', source },
    { column1: '589676', column2: '589890', column2Scope: null, scope: 'any', modifierIndicator: '0', from: null, to: null, refusal: '010', source: { ...source, line: 2 } },
  ],
  limits: [{ kind: 'frequency', code: '589676', group: ['589676'], max: 1, period: { count: 1, unit: 'day' }, per: 'patient', adjudication: 'period', from: null, to: null, refusal: '002', source }],
  qualifications: [],
  priorApprovals: [],
  settings: [],
} satisfies Feed;

/** `n` acts over n/2 patients, two codes, spread over days. */
function claim(n: number): BilledAct[] {
  return Array.from({ length: n }, (_, i) => ({ code: i % 2 ? '589676' : '589890', date: `2024-0${1 + (i % 9)}-1${i % 10}`, patient: `p${i % (n / 2)}` }));
}

/** Reads of claim[i] during checkClaim. */
function reads(acts: BilledAct[]): number {
  let n = 0;
  const counted = new Proxy(acts, {
    get(target, key, recv) {
      if (typeof key === 'string' && /^\d+$/.test(key)) n++;
      return Reflect.get(target, key, recv);
    },
  });
  checkClaim(feed, counted);
  return n;
}

describe('nomen check on large and odd claims', () => {
  it('doubling a claim (5,000 → 10,000 acts) does not quadruple the work', () => {
    const [small, large] = [reads(claim(5000)), reads(claim(10_000))];
    expect(large / small).toBeLessThan(2.6);
  });

  it('reads a claim saved with a UTF-8 byte-order mark', async () => {
    await writeFeed(feed, dir);
    const path = join(dir, 'bom.json');
    writeFileSync(path, '\ufeff' + JSON.stringify([{ code: '589676', date: '2024-03-01', patient: 'p1' }, { code: '589890', date: '2024-03-01', patient: 'p1' }]));
    let out = '';
    let err = '';
    const code = await command.run([path, '--out', dir], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
    // a feed without its replayed state beside it: check says it cannot tell what is in force, nothing else
    expect(err.replace(/^nomen check: no replayed state in .*\n/m, '')).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('nonCumulation');
  });

  it('refuses a claim over the act limit with exit 2 and the reason', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, JSON.stringify(Array.from({ length: LIMITS.maxClaimActs + 1 }, () => ({ code: '589676', date: '2024-03-01' }))));
    let err = '';
    expect(await command.run([path, '--out', dir], { stdout: () => {}, stderr: (s) => (err += s), isTTY: false })).toBe(2);
    expect(err).toContain('more than the limit');
  });
});
