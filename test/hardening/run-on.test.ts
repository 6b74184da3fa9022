/**
 * Patterns that read from each of their words to the end of a sentence were quadratic in a run-on sentence (one
 * sentence said again and again with no full stop, up to the 128 KB paragraph limit): 90 KB of `… par un médecin
 * spécialiste en …` took 3.5 s, 120 KB of `… fois …` 0.7 s, of `Lorsque les prestations X et Y sont attestées …` 1.1 s,
 * of `Le présent arrêté entre en vigueur le …` 1.3 s, of `696732, 696754, 696776 et 696791.` said again with its full stop
 * 2.8 s (each found by running every corpus sentence and every rule gold note that way; now 0.2-0.5 s). And in a
 * document of many short paragraphs (one corpus paragraph repeated): scans that ran on the whole text and only then
 * checked they had passed their span's end, 16.9 s for 800 KB of `" 737752-737763 Clou … U5600 ";` (the value
 * patterns and the search for a list's previous value), 7.0 s for 400 KB of `- au § 6, dans l'intitulé et au 2°, 3° et
 * 6°.` (the table cuts); now 3.1 and 1.8 s (`npm run hunt -- --shape paragraphs` finds such shapes). A second reader
 * found three more: each clause whose payload is the decree's annex looked for the annex heading through the rest of
 * the text (800 KB: 7.5 s, now 1.9 s), each qualification intro read every prestation for every heading after it and
 * the rest of the text for headings (400 KB: 6.2 s, now 1.3 s), a value list's row end looked for a blank line to the
 * end of the text. Then `npm run hunt -- --shape paragraphs` over the whole corpus: each sentence naming `§ 1er` looked
 * for that paragraph's heading through the whole span (800 KB of `§ 16. Le montant des honoraires des séances visées au
 * § 1 …`: 8.9 s, now 1.5 s), and each amending clause looked for its enclosing point among all of them (800 KB of `c)
 * l'alinéa suivant est ajouté in fine :` 3.7 s, now 2.1 s), and each sentence naming a paragraph placed every quote of
 * the decree again (200 KB of `" 1° Une deuxième séance … au moyen des prestations du § 1er, 3° :`: 9.1 s, now 0.8 s). The fuzz family `run-on-sentences` makes such inputs; here, what each bounded reading
 * still reads, and that the rewritten test decides as the pattern it replaces. (No timing is asserted: see
 * linear.test.ts for the scans whose steps are counted.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline/parse.js';
import { BARRED_AFTER } from '../../src/extract/rules/cumulation.js';
import { timesAndTimes } from '../../src/extract/rules/typers.js';
import { specialtiesIn } from '../../src/extract/rules/qualification.js';
import { findRelativeValues } from '../../src/extract/values.js';
import { atEntryEnds } from '../../src/extract/rules/table-pieces.js';

const corpusDir = resolve(import.meta.dirname, '../../../shared/corpus');
const OLD_TIMES_AND_TIMES = /fois[^.;]*(?<!\w)et\b[^.;]*fois/iu;

describe('run-on sentences: bounded readings read what they read before', () => {
  it('timesAndTimes decides as /fois[^.;]*(?<!\\w)et\\b[^.;]*fois/iu on every corpus paragraph and on edge cases', () => {
    const samples = [
      'au maximum une fois par semaine et douze fois par année civile',
      'deux FOIS par jour ET 10 Fois par an',
      'une fois par jour; et deux fois par an',
      'une fois par jour et. deux fois',
      'une foiset deux fois',
      'une fois par jour sauf deux fois',
      'fois et fois',
      'et fois et',
      'une fois ; une fois et deux fois',
      "une fois par an, et l'autre fois",
      '',
    ];
    for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.md'))) samples.push(...readFileSync(join(corpusDir, f), 'utf8').split(/\n\s*\n/u));
    const differing = samples.filter((s) => timesAndTimes(s) !== OLD_TIMES_AND_TIMES.test(s));
    expect(differing).toEqual([]);
    expect(samples.filter((s) => timesAndTimes(s)).length).toBeGreaterThan(5);
  });

  it('a specialty is read up to its end, and a name running on past 400 characters is cut there', () => {
    expect(specialtiesIn('La prestation 478531-478542 n\'est attestée que par un médecin spécialiste en neurologie ou en neurochirurgie.')).toEqual(['neurologie', 'neurochirurgie']);
    expect(specialtiesIn('réservées aux médecins spécialistes en chirurgie orthopédique, en neurochirurgie et en chirurgie plastique')).toEqual(['chirurgie orthopédique', 'neurochirurgie', 'chirurgie plastique']);
    const long = specialtiesIn(`par un médecin spécialiste en ${'x'.repeat(1000)}`);
    expect(long).toEqual(['x'.repeat(400)]);
  });

  it('the barred form `Si …, aucune des prestations …` reads a condition of up to 2,000 characters on each side of its code', () => {
    const rest = ', aucune des prestations 589690 ne peut être attestée.';
    const at = (before: number, after: number) => BARRED_AFTER.test(`Si ${'a'.repeat(before)} la prestation 589676 a été attestée ${'b'.repeat(after)}${rest}`);
    expect(at(0, 0)).toBe(true);
    expect(at(1900, 1900)).toBe(true);
    expect(at(2100, 0)).toBe(false);
    expect(at(0, 2100)).toBe(false);
    // (a condition listing a hundred codes, 900 characters, as a second reader tried: still read)
    const codes = Array.from({ length: 100 }, (_, i) => String(589000 + 7 * i).slice(0, 5) + ((Number(String(589000 + 7 * i).slice(0, 5)) % 7) % 10)).join(', ');
    expect(BARRED_AFTER.test(`Si l'une des prestations ${codes} a été attestée${rest}`)).toBe(true);
  });

  it('an entry-into-force clause with no full stop after it is read, its sentence cut at 2,000 characters', async () => {
    const text = `---\nnumber: 2099000021\n---\n\n**Article 1er.** La prestation 589676 est supprimée.\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2024 ${'et ainsi de suite '.repeat(400)}\n`;
    const doc = await parseBytes('run-on.md', Buffer.from(text));
    expect(doc.document.entryIntoForce.date).toBe('2024-01-01');
    // (the sentence from its start, the article's number and `Le présent arrêté`, to 2,000 characters after the verb;
    // 7,000 and more, to the end of the text, before)
    expect(doc.document.entryIntoForce.at!.snippet.length).toBeLessThan(2100);
    expect(doc.document.entryIntoForce.at!.snippet.length).toBeGreaterThan(1900);
  });

  it('a value read within a span still sees the characters after the span that tell it is no value', () => {
    // (`K 20` before `,5`: part of `K 20,5`, not a value ending at the span's end; nor `K 20` before `5`)
    const text = 'Séance . . . . . K 20,5 et le reste du texte';
    const to = text.indexOf(',5');
    expect(findRelativeValues(text, 0, to)).toEqual([]);
    expect(findRelativeValues(text, 0, text.indexOf(' et')).map((v) => v.value.coefficient)).toEqual([20.5]);
    const values = findRelativeValues('Séance . . . . . K 20\nConsultation . . . . . N 5\n', 0, 22);
    expect(values.map((v) => v.value.coefficient)).toEqual([20]);
  });

  it('a table is still cut before a `§ 2.` heading spaced from its number, the cut being read within its sentence', () => {
    for (const gap of [' ', '      ', '\n\n\n\n\n\n']) {
      const text = `La prestation 422030 est remboursée une fois.\n§${gap}2. Soins prénatals : 422052 Séance`;
      const pieces = atEntryEnds(text, [{ start: 0, end: text.length }], () => false, (o) => o === 0 || text[o - 1] === '\n');
      expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['La prestation 422030 est remboursée une fois.', `§${gap}2. Soins prénatals : 422052 Séance`]);
    }
  });
});
