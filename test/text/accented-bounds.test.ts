import { describe, expect, it } from 'vitest';
import { JUSTEL_NOTE } from '../../src/extract/own-text.js';
import { isNormative } from '../../src/extract/rules/normative.js';
import { paramsOf } from '../rules/load.js';

/**
 * A word that starts or ends with an accented letter is bounded by letters, never by `\b`: JavaScript's `\b` knows ASCII
 * word characters only, so `excepté\b` and `\bà` never match before or after a space. Each case below was silently
 * missed that way.
 */
describe('words bounded at an accented letter', () => {
  it('`à moins que … un autre jour`, `excepté si … un autre jour`: a same-day non-cumulation, as with `sauf`', () => {
    for (const s of [
      "La prestation 471015-471026 n'est pas cumulable avec la prestation 471030-471041, à moins qu'elles ne soient effectuées un autre jour.",
      "La prestation 471015-471026 n'est pas cumulable avec la prestation 471030-471041, excepté si elle est effectuée un autre jour.",
    ])
      expect(paramsOf(s, 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
  });

  it('`… ne sont pas remboursées, à moins que, lorsqu’elles sont effectuées par X, …`: an exception, X is not excluded', () => {
    expect(paramsOf("Les prestations 471015-471026 ne sont pas remboursées, à moins que, lorsqu'elles sont effectuées par un médecin spécialiste en chirurgie, le bénéficiaire soit hospitalisé.", 'qualification')).toMatchObject({ excluded: [] });
    expect(paramsOf("Les prestations 471015-471026 ne sont pas remboursées lorsqu'elles sont effectuées par un médecin spécialiste en chirurgie.", 'qualification')).toMatchObject({ excluded: ['chirurgie'] });
  });

  it('`est exclusivement réalisé dans …` (masculine singular) is a rule sentence, as `réalisée` and `réalisés` are', () => {
    expect(isNormative("L'examen 471015-471026 est exclusivement réalisé dans un centre agréé.")).toBe(true);
  });

  it('a Justel note opening on `Arrêté` is a note, as one opening on `AR` or `L` is', () => {
    const note = new RegExp(JUSTEL_NOTE);
    expect(note.test('<Arrêté royal 2002-08-22/30, art. 1, 002>')).toBe(true);
    expect(note.test('<L 2002-08-22/30, art. 1, 002>')).toBe(true);
    expect(note.test('<Lx 2002>')).toBe(false);
  });
});
