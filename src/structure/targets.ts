import type { AnnexTarget } from './types.js';

/** Latin ordinal suffixes used for inserted articles and paragraphs. */
const SUFFIX = '(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)?';
const ARTICLE_NUMBER = `(\\d+)\\s?(?:er)?\\s?(${SUFFIX.slice(3, -2)})?`;

/**
 * The annex article a sentence names: `A l'article 14 de l'annexe`,
 * `L'article 19, modifié par …`, `à l'article 35bis de la même annexe`,
 * `Dans l'article 3, § 2`. Only the first mention counts: later mentions
 * in the sentence are usually `modifié par l'arrêté … article`-noise.
 */
export function articleOf(sentence: string): { article: string; index: number } | null {
  const re = new RegExp(`(?:^|[\\s(])(?:[AaÀà]|[Dd]ans|[Ll]'|[Aa]u|[Ee]n)\\s?(?:l')?article\\s+${ARTICLE_NUMBER}\\b`, 'u');
  const m = re.exec(sentence);
  if (!m) return null;
  return { article: m[1] + (m[2] ?? ''), index: m.index };
}

const TITLE_MARK = String.raw`(?<=(?:intitulé|rubrique)s?\s+")`;
// (`§ 1er`, or in words, `au paragraphe 1er`, `le paragraphe 18`: not a chapter's number, `paragraphe 840000 du chapitre IV`)
const PARAGRAPH_REF = new RegExp(`(?:§\\s?|(?<![\\p{L}])paragraphe\\s+)(\\d{1,3})(?!\\d)\\s?(?:er)?\\s?(${SUFFIX.slice(3, -2)})?`, 'u');
/** A decree's point mark opening a phrase: before a word in lower case or a sentence's article or preposition, and, for a
 * letter, before the annex letter it names (`b) f)bis est complété`); not `I. a) Prestations …`, a place and its letter. */
const MARK_WORD = String.raw`(?:(?:\p{Ll}{2,}|[àa]|L[ae]s?|Au|Aux|À|A|Dans|En)(?![\p{L})])|[ldLD]')`;
const POINT_MARK = new RegExp(String.raw`^\s*(?:(?:[A-Z]|[IVX]{1,4})\.\s+(?=${MARK_WORD})|[a-z]\)\s+(?=${MARK_WORD}|[a-z]\)))`, 'u');
// (a point written with a comma after its paragraph, as some decrees do, `au § 1er, B, 2,`, `au § 1er, E, 1., 7°`: B, then the
// number under it; a letter and a comma elsewhere are words, `soit A, soit B`)
// (spaces bounded: a lookbehind tried at every position of a run of spaces)
const PARAGRAPH_AND_COMMA = String.raw`§\s?\d+\s?(?:er)?\s?${SUFFIX}\s{0,3},\s{0,3}`;
const POINT_AFTER_PARAGRAPH = String.raw`(?<=${PARAGRAPH_AND_COMMA})`;
const NUMBER_AFTER_POINT = String.raw`(?<=${PARAGRAPH_AND_COMMA}[A-H]\s{0,3},\s{0,3})`;

/**
 * The path inside an annex article that a phrase designates, outermost
 * first: `§ 4bis, II., A.` → ['§ 4bis', 'II', 'A'], `Au l),` → ['l)'],
 * `au § 7,` → ['§ 7']. Reads only the head of the phrase, up to the verb.
 */
export function pathOf(phrase: string): string[] {
  // (not the decree's own point mark before the place it names: `A. au § 1er, B, 4, les prestations …`, `a) le § 1er, 2°, I.
  // Prestations …`, `B. les dispositions du § 2 …`; a heading, `A. ORTHOPEDIE`, is a place)
  const head = (phrase.split(/\b(?:modifié|inséré|remplacé|rédigé|sont|est|il|le\s+mot|les\s+mots|la\s+prestation|les\s+prestations)\b/u)[0] ?? phrase).replace(POINT_MARK, '');
  const path: string[] = [];
  const re = new RegExp(
    // (a heading quoted tight after `intitulé` or `rubrique`, `intitulé "A. ORTHOPEDIE …"`, is the point it names, as one
    // quoted with spaces is; not quoted words, `les termes "A. R. du …"`)
    `${PARAGRAPH_REF.source}|(?:^|[\\s,(]|${TITLE_MARK})([a-z])\\)|(?:^|[\\s,]|${TITLE_MARK})([IVX]{1,5})\\.?(?=[\\s,]|$)|(?:^|[\\s,]|${TITLE_MARK})([A-H])\\.(?=[\\s,]|$)|(\\d{1,2})°|${POINT_AFTER_PARAGRAPH}([A-H])(?=\\s{0,3},)|${NUMBER_AFTER_POINT}(\\d{1,2})(?:\\s?\\.)?(?=\\s{0,3},)`,
    'gu',
  );
  for (const m of head.matchAll(re)) {
    if (m[1]) path.push(`§ ${m[1]}${m[2] ?? ''}`);
    else if (m[3]) path.push(`${m[3]})`);
    else if (m[4]) path.push(m[4]);
    else if (m[5]) path.push(m[5]);
    else if (m[6]) path.push(`${m[6]}°`);
    else if (m[7]) path.push(m[7]);
    else if (m[8]) path.push(m[8]);
  }
  return path;
}

/** The target a decree article's introductory sentence names. */
export function targetOfIntro(intro: string, previous: AnnexTarget | null): AnnexTarget {
  const art = articleOf(intro);
  if (!art) {
    // `A la même annexe` / no article named: keep the previous article.
    return { article: /même annexe|même article/u.test(intro) ? (previous?.article ?? null) : null, path: [] };
  }
  const after = intro.slice(art.index);
  // Strip the article mention itself and the `de l'annexe à l'arrêté royal …` tail.
  const rest = after
    .replace(/^.*?article\s+\d+\s?(?:er)?\s?\w*/u, '')
    .replace(/de l'annexe[^,]*?indemnités/u, '')
    .replace(/de la même annexe/u, '');
  return { article: art.article, path: pathOf(rest) };
}

/** Refine a target with a point's own phrase (`Au § 7`, `au l),`, `Le § 1er est remplacé`). */
export function refineTarget(base: AnnexTarget, phrase: string): AnnexTarget {
  const art = articleOf(phrase);
  if (art && art.index < 40) {
    return { article: art.article, path: pathOf(phrase.slice(art.index).replace(/^.*?article\s+\d+\s?(?:er)?\s?\w*/u, '')) };
  }
  const path = pathOf(phrase.slice(0, 120));
  if (path.length === 0) return base;
  // A § resets the path below the article (wherever the phrase names it: `au littera h), § 1, 3°` in an article whose
  // letters stand above its paragraphs); a lower level refines it.
  if (path.some((p) => p.startsWith('§'))) return { article: base.article, path };
  const keep = base.path.filter((p) => p.startsWith('§'));
  return { article: base.article, path: [...keep, ...path] };
}
