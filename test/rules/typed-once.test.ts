import { describe, expect, it } from 'vitest';
import { peekTypes, typeSentence } from '../../src/extract/rules/typers.js';
import { isNormative } from '../../src/extract/rules/normative.js';

/**
 * The readers that only look at a sentence's typing (peekTypes) leave it for the next typeSentence of the same words,
 * which takes it as its own: the same answer, handed to one taker only (a taker may change it).
 */
describe('typings read once', () => {
  const s = 'La prestation 471034 ne peut être attestée qu\'une seule fois par année civile.';

  it('gives a peeked typing to the next typeSentence, then types anew', () => {
    const fresh = typeSentence(s);
    const peeked = peekTypes(s);
    expect(peeked).toEqual(fresh);
    const taken = typeSentence(s);
    expect(taken).toBe(peeked);
    // (the taker changes its own)
    (taken[0].params as Record<string, unknown>).period = null;
    const again = typeSentence(s);
    expect(again).not.toBe(taken);
    expect(again).toEqual(fresh);
    expect(peekTypes(s)).toEqual(fresh);
  });

  it('answers isNormative again as the first time', () => {
    const rule = isNormative(s);
    expect(isNormative(s)).toBe(rule);
    expect(isNormative('Le présent arrêté entre en vigueur le premier jour du mois.')).toBe(false);
    expect(isNormative(`${s}`)).toBe(true);
  });
});
