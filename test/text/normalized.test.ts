import { describe, expect, it } from 'vitest';
import { NormalizedText } from '../../src/text/normalized.js';

describe('NormalizedText.normalizedOffset', () => {
  // `a  b\nc` normalised to `a b c`: the second blank and the line break dropped or folded
  const original = 'a  b\n\nc';
  const text = new NormalizedText(original, 'a b c', [0, 1, 3, 5, 6]);

  it('is the inverse of originalOffset at every kept character', () => {
    for (let i = 0; i < text.text.length; i++) expect(text.normalizedOffset(text.originalOffset(i))).toBe(i);
  });

  it('maps a dropped character to the next kept one, and past the end to the text length', () => {
    // (original 2, the second blank, was dropped: the next kept is `b`, normalised 2)
    expect(text.normalizedOffset(2)).toBe(2);
    expect(text.normalizedOffset(4)).toBe(3);
    expect(text.normalizedOffset(100)).toBe(5);
    expect(text.normalizedOffset(0)).toBe(0);
  });
});
