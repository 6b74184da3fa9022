/**
 * French or Dutch? A stop-word score on the text itself: the Moniteur prints
 * either language in either column, so position says nothing.
 */
const FR = new Set(['le', 'la', 'les', 'des', 'est', 'sont', 'du', 'et', 'un', 'une', 'dans', 'pour', 'par', 'au', 'aux', 'qui', 'que', 'sur', 'avec', 'pas', 'il', 'ou', 'cette', 'ces', 'à']);
const NL = new Set(['het', 'een', 'van', 'en', 'zijn', 'wordt', 'worden', 'voor', 'met', 'op', 'aan', 'bij', 'door', 'die', 'dat', 'niet', 'ook', 'te', 'is', 'naar', 'tot', 'deze', 'of', 'uit']);

export type Lang = 'fr' | 'nl' | 'unknown';

export function languageScore(text: string): { fr: number; nl: number } {
  let fr = 0;
  let nl = 0;
  for (const w of text.toLowerCase().split(/[^a-zà-ÿ]+/)) {
    if (FR.has(w)) fr++;
    else if (NL.has(w)) nl++;
  }
  return { fr, nl };
}

export function detectLanguage(text: string): Lang {
  const { fr, nl } = languageScore(text);
  if (fr + nl < 3) return 'unknown';
  if (fr > nl * 1.5) return 'fr';
  if (nl > fr * 1.5) return 'nl';
  return 'unknown';
}
