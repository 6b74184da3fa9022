import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestPdfText } from '../../src/source/pdftext.js';

const paragraphs = (text: string) => {
  const ing = ingestPdfText(makeSourceFile('t.txt', new TextEncoder().encode(text)), text);
  return ing.paragraphs.map((p) => ing.text.text.slice(p.start, p.end));
};

describe('ingestPdfText: a code first on a line', () => {
  it('goes on with a sentence cut after an opening quote, even across a page break (2013022530)', () => {
    const text = `- le numéro d'ordre " 645175 " est remplacé par les numéros d'ordre "\n645175 - 645186 ";\n\n- le numéro d'ordre " 645190 " est remplacé par les numéros d'ordre "\n\n645190 - 645201 ";\n`;
    expect(paragraphs(text)).toEqual([
      `- le numéro d'ordre " 645175 " est remplacé par les numéros d'ordre " 645175 - 645186 ";`,
      `- le numéro d'ordre " 645190 " est remplacé par les numéros d'ordre " 645190 - 645201 ";`,
    ]);
  });

  it('goes on after a conjunction or a comma, and starts a paragraph after a value', () => {
    const text = `688671 688682 Tige pour révision utilisée lors d'une des prestations 293436 - 293440 ou\n279016-279020 U 1380\n704174-704185 Tige pour révision verrouillable U 1292\n`;
    expect(paragraphs(text)).toEqual([
      `688671 688682 Tige pour révision utilisée lors d'une des prestations 293436 - 293440 ou 279016-279020 U 1380`,
      '704174-704185 Tige pour révision verrouillable U 1292',
    ]);
  });
});
