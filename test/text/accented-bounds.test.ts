import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

  it('no pattern of src/ puts a \\b next to an accented letter (a word, a class, or a group whose alternatives start or end with one)', () => {
    const hits: string[] = [];
    for (const file of tsFiles(join(import.meta.dirname, '../../src'))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(?:\/\/|\*|\/\*)/u.test(line)) return;
          for (const m of line.matchAll(/(?<!\\)\\b/gu)) {
            const after = line.slice(m.index + 2);
            const before = line.slice(0, m.index);
            if (startsAccented(after) || endsAccented(before)) hits.push(`${file}:${i + 1}: ${line.slice(Math.max(0, m.index - 30), m.index + 30).trim()}`);
          }
        });
    }
    expect(hits).toEqual([]);
  });
});

const ACCENTED = /[éèêëàâîïôûùçœÉÈÊÀÂÎÔÛÇ]/u;

/** The index of the `)` closing the group that opens at `at`, or -1 (escapes and classes skipped). */
function groupEnd(s: string, at: number): number {
  let depth = 0;
  for (let j = at; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '[') while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
    else if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

/** The index of the `(` opening the group that closes at `at`, or -1. */
function groupStart(s: string, at: number): number {
  let depth = 0;
  for (let j = at; j >= 0; j--) {
    if (j > 0 && s[j - 1] === '\\') j--;
    else if (s[j] === ')') depth++;
    else if (s[j] === '(' && --depth === 0) return j;
  }
  return -1;
}

/** A group body's top-level alternatives. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let j = 0; j < body.length; j++) {
    const c = body[j];
    if (c === '\\') {
      current += body.slice(j, j + 2);
      j++;
    } else if (c === '[') {
      let k = j + 1;
      while (k < body.length && body[k] !== ']') k += body[k] === '\\' ? 2 : 1;
      current += body.slice(j, k + 1);
      j = k;
    } else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else {
      if (c === '(') depth++;
      if (c === ')') depth--;
      current += c;
    }
  }
  return [...out, current];
}

/** Whether a pattern's text may begin with an accented letter: the letter itself, a class holding one, or a group with such an alternative (not a lookaround). */
function startsAccented(s: string): boolean {
  if (s.startsWith('(')) {
    const end = groupEnd(s, 0);
    const inner = s.slice(1, end).replace(/^\?:/u, '');
    return end > 0 && !inner.startsWith('?') && alternatives(inner).some(startsAccented);
  }
  if (s.startsWith('[')) return ACCENTED.test(s.slice(0, s.indexOf(']')));
  return ACCENTED.test(s.charAt(0));
}

/** Whether a pattern's text may end with an accented letter (its optional endings `e?`, `s?` set aside). */
function endsAccented(s: string): boolean {
  const x = s.replace(/[?*+]+$/u, '').replace(/(?:e\?|s\?)+$/u, '');
  if (x.endsWith(')')) {
    const inner = x.slice(groupStart(x, x.length - 1) + 1, -1).replace(/^\?:/u, '');
    return !inner.startsWith('?') && alternatives(inner).some(endsAccented);
  }
  if (x.endsWith(']')) return ACCENTED.test(x.slice(x.lastIndexOf('[')));
  return ACCENTED.test(x.charAt(x.length - 1));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}
