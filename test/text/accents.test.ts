import { describe, expect, it } from 'vitest';
import { accentTolerant, accentTolerantSource } from '../../src/text/accents.js';
import { typeSentence } from '../../src/extract/rules/typers.js';

describe('accent-tolerant patterns', () => {
  it('let each accented letter match its plain letter, in and out of classes', () => {
    expect(accentTolerantSource(String.raw`attestée?s?\s+à`)).toBe(String.raw`attest[ée]e?s?\s+[àa]`);
    expect(accentTolerantSource('[ée]')).toBe('[ée]');
    expect(accentTolerantSource('[àù]x')).toBe('[àùau]x');
    expect(accentTolerantSource('[^é]')).toBe('[^é]');
    // (a trailing `-` stays a literal dash, not a range)
    expect(accentTolerantSource('[é-]')).toBe('[ée-]');
    expect(accentTolerantSource(String.raw`\[é\]`)).toBe(String.raw`\[[ée]\]`);
  });

  it('compile once per call site and hand back a global regex at lastIndex 0', () => {
    const tag = accentTolerant('giu');
    const site = () => tag`médecin`;
    const a = site();
    a.exec('un medecin et un médecin');
    expect(a.lastIndex).toBeGreaterThan(0);
    const b = site();
    expect(b).toBe(a);
    expect(b.lastIndex).toBe(0);
    expect([...'un medecin et un MÉDECIN'.matchAll(site())].map((m) => m[0])).toEqual(['medecin', 'MÉDECIN']);
  });
});

describe('rule typing without accents (the annex tables, 1998022388, 2002023049)', () => {
  it('types the same rule with and without accents', () => {
    const pairs: Array<[string, string]> = [
      ['Les prestations 422354 et 422376 ne peuvent pas être cumulées le même jour.', 'Les prestations 422354 et 422376 ne peuvent pas etre cumulees le meme jour.'],
      ['Pour la prestation 422472 une prescription par un médecin est exigée.', 'Pour la prestation 422472 une prescription par un medecin est exigee.'],
      ["La prestation 422354 peut être attestée au maximum deux fois le jour de l'accouchement.", "La prestation 422354 peut etre attestee au maximum deux fois le jour de l'accouchement."],
      ['Les prestations 422030 et 422052 sont remboursées au maximum douze fois par période de grossesse.', 'Les prestations 422030 et 422052 sont remboursees au maximum douze fois par periode de grossesse.'],
    ];
    for (const [accented, plain] of pairs) {
      const a = typeSentence(accented);
      expect(a.length, accented).toBeGreaterThan(0);
      expect(typeSentence(plain), plain).toEqual(a);
    }
  });
});

describe('accent-tolerant classes with an escaped dash', () => {
  it('leave an escaped trailing dash escaped (a range would be a syntax error under the u flag)', () => {
    expect(accentTolerantSource(String.raw`[é\-]`)).toBe(String.raw`[é\-e]`);
    expect(() => new RegExp(accentTolerantSource(String.raw`[é\-]`), 'u')).not.toThrow();
  });

  it('refuse a substitution that changes at the same call site', () => {
    const tag = accentTolerant('u');
    const site = (x: string) => tag`é${x}`;
    site('a');
    expect(() => site('b')).toThrow(/constants/);
  });
});
