import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/rules/sentences.js';

const sentences = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('a capital that ends a reference or a name, before a word that opens a sentence, ends the sentence', () => {
    // (2008022210: `… de l'hépatite B. Dans cette indication la prestation …`; round 83: `… à l'article 2, B. Seul le médecin …`)
    expect(sentences("Lors de l'initialisation d'un traitement de l'hépatite B. Dans cette indication la prestation ne peut être portée en compte qu'une seule fois.")).toEqual([
      "Lors de l'initialisation d'un traitement de l'hépatite B.",
      "Dans cette indication la prestation ne peut être portée en compte qu'une seule fois.",
    ]);
    expect(sentences("Ils ne sont pas cumulables avec les visites visées à l'article 2, B. Seul le médecin accrédité peut porter en compte la prestation 146123.")).toHaveLength(2);
    // (an elided article opens one too: `… B. L'intervention …`)
    expect(sentences("Elle est réservée aux patients atteints d'hépatite B. L'intervention de l'assurance est limitée à un traitement.")).toHaveLength(2);
  });

  it('a single capital stays inside the sentence otherwise: an item mark, a heading after its letter, a point named by its letter, an initial', () => {
    expect(sentences('" A. Les prestations visées au § 1er ne sont remboursées que si …')).toHaveLength(1);
    expect(sentences('Les prestations du § 1er, G. Chirurgie thoracique et cardiaque sont concernées.')).toHaveLength(1);
    expect(sentences('A. Ces dispositions concernent les prestations du point E. Les orthèses plantaires ne sont remboursées que si …')).toHaveLength(1);
    expect(sentences('Vu l’avis de M. Dupont, la prestation est remboursée.')).toHaveLength(1);
    expect(sentences('Les prestations suivantes : A. Les orthèses …')).toHaveLength(1);
  });
});
