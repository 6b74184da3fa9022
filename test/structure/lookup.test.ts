import { describe, expect, it } from 'vitest';
import { indexHolding, itemHolding, itemsHolding, lastIndexEnclosing } from '../../src/structure/lookup.js';
import { work } from '../../src/work.js';

/**
 * The log-time lookups answer exactly what the linear scans they replaced
 * answered (`findIndex`, `find`, `filter` over spans holding an offset), on
 * nested, touching, empty and unsorted spans.
 */
describe('span lookups', () => {
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  function spans(next: () => number, sorted: boolean): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    let at = 0;
    for (let i = 0, n = Math.floor(next() * 30); i < n; i++) {
      at += Math.floor(next() * 8);
      const start = sorted ? at : Math.floor(next() * 200);
      // nested (long), touching, empty spans
      out.push({ start, end: start + Math.floor(next() < 0.2 ? next() * 120 : next() * 10) });
    }
    return out;
  }

  it('are findIndex, find and filter', () => {
    const next = random(42);
    for (let round = 0; round < 400; round++) {
      const items = spans(next, round % 5 !== 0);
      for (let at = -2; at < 220; at += 1 + Math.floor(next() * 3)) {
        for (const inclusive of [false, true]) {
          const holds = (s: { start: number; end: number }) => at >= s.start && (inclusive ? at <= s.end : at < s.end);
          expect(indexHolding(items, at, inclusive)).toBe(items.findIndex(holds));
          expect(itemHolding(items, at, inclusive)).toBe(items.find(holds));
        }
        expect(itemsHolding(items, at)).toEqual(items.filter((s) => at >= s.start && at < s.end));
        // (the enclosing point of a clause: started by `from`, still running at `at`)
        for (const from of [at - 5, at, at + 3]) expect(lastIndexEnclosing(items, from, at)).toBe(items.findLastIndex((s) => s.start <= from && at < s.end));
      }
    }
  });

  it('walk back past short spans under one long span in a few steps', () => {
    // (a point spanning a whole annex, then thousands of short ones: each lookup walked back to the long one)
    const items = [{ start: 0, end: 100_000 }, ...Array.from({ length: 5000 }, (_, k) => ({ start: 10 + 20 * k, end: 20 + 20 * k }))];
    const before = work.steps;
    for (let at = 50_000; at < 50_100; at++) {
      expect(itemsHolding(items, at)).toEqual(items.filter((s) => at >= s.start && at < s.end));
      expect(indexHolding(items, at)).toBe(items.findIndex((s) => at >= s.start && at < s.end));
      expect(lastIndexEnclosing(items, at, at)).toBe(items.findLastIndex((s) => s.start <= at && at < s.end));
    }
    expect(work.steps - before).toBeLessThan(2000);
  });
});
