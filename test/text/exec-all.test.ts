import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/text/exec-all.js';

const shape = (ms: RegExpExecArray[]) => ms.map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

/** execAll (src/text/exec-all.ts) stands for [...s.matchAll(re)] in the amendment reader: the same matches, always. */
describe('execAll', () => {
  const patterns = [/\d+/g, /(?<word>\p{L}+)|(\d)/gu, /x*/g, /x*/gu, /(?:)/gu, /(?<=a)b?/g, /\bé?/giu, /a|/gy, /[\s,]*/g, /(?!)/g, /./gsu];
  const strings = ['', 'a', 'ab12 cd 345', 'xxaxx', 'é😀x😀', '\ud83d', 'a\ud83dx', 'aab ab b', ',,  ,x'];

  it('gives matchAll’s matches and leaves lastIndex as it was', () => {
    for (const re of patterns) {
      for (const s of strings) {
        for (const start of [0, 1, 3, 50]) {
          re.lastIndex = start;
          const expected = shape([...s.matchAll(re)]);
          expect(re.lastIndex).toBe(start);
          expect(shape(execAll(re, s)), `${re} on ${JSON.stringify(s)} from ${start}`).toEqual(expected);
          expect(re.lastIndex).toBe(start);
        }
      }
      re.lastIndex = 0;
    }
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => 'a'.matchAll(/a/ as RegExp)).toThrow(TypeError);
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
