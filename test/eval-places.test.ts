import { describe, expect, it } from 'vitest';
import { evaluatePlaces, keyPath, readPlaceRows, scorePlaces, type PlacesReport } from '../src/eval/places.js';
import { repoRoot } from './rules/load.js';
import type { Amendment } from '../src/schema/document.js';

const empty = (): PlacesReport => ({ rounds: [], operations: 0, found: 0, right: 0, beforeVerb: { operations: 0, right: 0 }, misses: [] });
const amendment = (line: number, article: string, path: string[], snippet = 'x'): Amendment =>
  ({ type: 'substitution', subject: 'words', target: { article, path, anchor: null, position: null }, codes: [], old: null, new: null, at: { line, column: 1, offset: 0, length: 1, article: '1', paragraph: 1, snippet } }) as Amendment;

describe('places metric (test/gold-places, a key written blind)', () => {
  it('matches an operation to the amendment covering its line, and compares article and path without alinéas', () => {
    const rows = readPlaceRows('line\tarticle\tpath\tpaths\tafter_verb\tverb\tsnippet\n20\t17bis\t§ 1, B\t\tno\tsont\tx\n24\t7\t§ 2\t\tyes\test\tx\n30\t7\t§ 3\t\tno\test\tx\n');
    const report = empty();
    scorePlaces(report, 'r/d', [amendment(18, '17bis', ['§ 1', 'B'], '1. au B,\n\nles prestations'), amendment(24, '7', ['§ 2', 'alinéa 3']), amendment(30, '7', ['§ 4'])], rows);
    expect(report).toMatchObject({ operations: 3, found: 3, right: 2, beforeVerb: { operations: 2, right: 1 } });
    expect(report.misses).toEqual(['r/d:30: key 7 § 3, nomen 7 § 4']);
    expect(keyPath(['§ 5', 'dernier alinéa'])).toBe('§ 5');
  });

  it('the key of rounds 43–46 (250 operations): at least 90 % of the places right', () => {
    const report = evaluatePlaces(repoRoot)!;
    expect(report.rounds).toEqual(['round43', 'round44', 'round45', 'round46']);
    expect(report.operations).toBe(250);
    expect(report.found).toBe(250);
    expect(report.right / report.operations).toBeGreaterThanOrEqual(0.9);
  });
});
