/**
 * Does the text before a code go on into it? Where a line break (a PDF line
 * end, a fixed-width block) puts a code first on a line, a sentence that goes
 * on cites the code (`lors d'une des prestations 293436 - 293440 ou` /
 * `279016-279020`); one that has ended lets the code start a definition or a
 * paragraph. A sentence goes on after a comma, a hyphen, an opening bracket or
 * quote, a code's semicolon, a conjunction or preposition, an article, or a
 * word that announces codes (`prestation`, `numéros`, `n°`).
 */
export function continuesIntoCode(before: string): boolean {
  // only the end matters: a regex anchored at the end of a long text is tried from every position
  const t = before.slice(-200).trimEnd();
  // (a list of codes cut after its semicolon: `(prestations 587134-587145 ; 587171-587182 ;` / `587193-587204).`)
  if (/[,(\-–/]$|(?:^|\s)["«]$|(?:^|[\s(-])\d{6}\s*;$/.test(t)) return true;
  // letters with their combining accents: a PDF text extractor may write `numéros` decomposed
  const word = /([\p{L}\p{M}]+\.?|n°s?)$/iu.exec(t.slice(-40))?.[1].toLowerCase().normalize('NFC') ?? '';
  return CONTINUING_WORDS.has(word);
}

const CONTINUING_WORDS = new Set([
  'ou', 'et', 'à', 'de', 'du', 'des', 'la', 'le', 'les', 'au', 'aux', 'par', 'sous', 'avec', 'sans', 'que', 'entre', 'dont', 'pour', 'sur',
  'prestation', 'prestations', 'numéro', 'numéros', 'code', 'codes', 'n°', 'n°s', 'nos', 'nº', 'nr.', 'no', 'no.', 'nos.',
]);
