import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { unquotedPayloads } from '../../src/extract/amendments/index.js';
import { extractRules } from '../../src/extract/rules/index.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { decree, loadDoc, summary } from './load.js';

function read(text: string) {
  const doc = buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(text))));
  const sink = new DiagnosticSink(doc);
  return { rules: extractRules(doc, sink, undefined, unquotedPayloads(doc)), diagnostics: sink.items };
}

/**
 * A duty stated in new annex text that names no prestation and follows none (a replaced `§ 14, 5°, B, h)` of
 * conditions, a numbered list of a paragraph's requirements) was dropped without a word. It is a rule of the
 * provision it stands in: kept with codes [] and that provision, never put on an earlier rule's codes.
 */
describe('rules tied to no prestation in new annex text', () => {
  it('a duty in a replaced provision of conditions is a rule of that provision', () => {
    const { rules, diagnostics } = read(
      decree(
        "**Article 1er.** A l'article 7 de l'annexe, le § 14, 5°, h) est remplacé par ce qui suit :",
        '',
        '" h) Polyneuropathie chronique :',
        '',
        "La prescription initiale est rédigée par un médecin spécialiste en neurologie, qui y joint le compte rendu de l'examen. Le kinésithérapeute conserve ce compte rendu dans le dossier du patient. \".",
      ),
    );
    const kept = rules.filter((r) => r.text.startsWith('Le kinésithérapeute conserve'));
    expect(summary(kept)).toEqual([['documentation', '']]);
    expect(kept[0].provision).toMatchObject({ article: '7', path: expect.arrayContaining(['h)']) });
    expect(kept[0].at.snippet).toContain('dans le dossier du patient');
    // (said, so a maintainer sees the rule has no code of its own)
    expect(diagnostics.some((d) => d.code === 'rule/no-codes')).toBe(true);
  });

  it('a numbered requirement of a corpus decree with no code in its quote (2013022005)', () => {
    const doc = loadDoc('2013022005');
    const rules = extractRules(doc, new DiagnosticSink(doc), undefined, unquotedPayloads(doc));
    const kept = rules.filter((r) => /les prescriptions doivent être gardées pendant deux ans/u.test(r.text));
    expect(summary(kept)).toEqual([['documentation', '']]);
    expect(kept[0].provision).toBeDefined();
  });

  it('a subject that stands for prestations named nowhere is reported, not guessed', () => {
    const { rules, diagnostics } = read(
      decree(
        "**Article 1er.** A l'article 3 de l'annexe, le § 5, b) est remplacé par ce qui suit :",
        '',
        "\" b) elle n'est attestée qu'une fois par période de 6 mois;",
        '',
        "c) ils ne sont jamais remboursés plus de deux fois par année civile. \".",
      ),
    );
    expect(rules).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'rule/unresolved-subject')).toHaveLength(2);
  });

  it('a limit on an act named only by words is reported, not kept codeless; a duty to document is kept whoever names it', () => {
    const { rules, diagnostics } = read(
      decree(
        "**Article 1er.** A l'article 2 de l'annexe, le § 4 est remplacé par ce qui suit :",
        '',
        "\" § 4. La consultation de suivi est octroyée une seule fois par période de douze mois. Le médecin note les résultats dans le dossier du patient. \".",
      ),
    );
    expect(summary(rules)).toEqual([['documentation', '']]);
    expect(diagnostics.filter((d) => d.code === 'rule/unresolved-subject')).toHaveLength(1);
  });

  it('a sentence tied to nothing whose words type no rule is not made one', () => {
    const { rules } = read(
      decree(
        "**Article 1er.** A l'article 11 de l'annexe, le § 3 est remplacé par ce qui suit :",
        '',
        '" § 3. Chaque séance comporte à la fois : 1) un entretien avec le patient; 2) un examen clinique. ".',
      ),
    );
    expect(rules).toEqual([]);
  });

  it('outside new annex text (the decree’s own articles) nothing changes', () => {
    const { rules } = read(decree("**Article 1er.** Le kinésithérapeute conserve la prescription dans le dossier du patient.", '', '**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2020.'));
    expect(rules).toEqual([]);
  });
});
