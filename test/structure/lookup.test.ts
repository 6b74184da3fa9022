import { describe, expect, it } from 'vitest';
import { indexHolding, itemHolding, itemsHolding, lastIndexEnclosing } from '../../src/structure/lookup.js';

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
});
