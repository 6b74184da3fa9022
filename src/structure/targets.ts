import type { AnnexTarget } from './types.js';

/** Latin ordinal suffixes used for inserted articles and paragraphs. */
// (the compounds first: `§ 5quaterdecies` is not `§ 5quater`)
// (`sexdecies`, `septdecies`: the shorter spellings some decrees use)
const SUFFIX_WORDS = 'undecies|duodecies|terdecies|quaterdecies|quinquiesdecies|quindecies|sexiesdecies|sexdecies|septiesdecies|septdecies|octiesdecies|octodecies|noviesdecies|novodecies|bis|ter|quater|quinquies|sexies|septies|octies|novies|decies';
const SUFFIX = `(?:${SUFFIX_WORDS})?`;
const ARTICLE_NUMBER = `(\\d+)\\s?(?:er)?\\s?(${SUFFIX_WORDS})?`;

// (built once: a RegExp built per call was compiled again whenever V8's regexp cache had let it go)
const ARTICLE_OF = new RegExp(`(?:^|[\\s(])(?:[AaÀà]|[Dd]ans|[Ll]'|[Aa]u|[Ee]n)\\s?(?:l')?article\\s+${ARTICLE_NUMBER}\\b`, 'u');

/**
 * The annex article a sentence names: `A l'article 14 de l'annexe`,
 * `L'article 19, modifié par …`, `à l'article 35bis de la même annexe`,
 * `Dans l'article 3, § 2`. Only the first mention counts: later mentions
 * in the sentence are usually `modifié par l'arrêté … article`-noise.
 */
export function articleOf(sentence: string): { article: string; index: number } | null {
  const m = ARTICLE_OF.exec(sentence);
  if (!m) return null;
  return { article: m[1] + (m[2] ?? ''), index: m.index };
}

/** The words that quote a heading as the title of its place: `intitulé "F. UROLOGIE"`, `le titre '1. Prescripteurs'`. */
export const HEADING_WORDS = '(?:intitulé|rubrique|titre)s?';
const TITLE_MARK = String.raw`(?<=${HEADING_WORDS}\s+["'\x60])`;
/** Not a heading that only places what is inserted before or after it: `avant l'intitulé "J. Pneumologie …"`. */
const NOT_ANCHOR = String.raw`(?<!(?:[Aa]vant|[Aa]près|[Dd]evant|[Ee]ntre)\s+(?:l'|le\s+|les\s+)${HEADING_WORDS}\s{0,3}["'\x60]\s{0,3})`;
/** A capital letter naming a point (`B.`, `J.`; not I, V, X: roman numerals). */
const CAPITAL = '[A-HJ-UWYZ]';
/** `bis`, `ter`, … after a letter or a number: `d) quater`, `f)bis`, `3°bis`. */
const STEP_SUFFIX = (name: string) => String.raw`(?:\s?(?<${name}>${SUFFIX_WORDS})(?![\p{L}]))?`;
/** A decree's point mark opening a phrase: before a word in lower case or a sentence's article or preposition, and, for a
 * letter, before the annex letter it names (`b) f)bis est complété`); not `I. a) Prestations …`, a place and its letter. */
// (and a sentence's first word, `b) Sous l'intitulé …`, `b) Sont insérés …`; and `a) 'intitulé`, a word that lost its `l`)
const MARK_WORD = String.raw`(?:(?:\p{Ll}{2,}|[àa]|L[ae]s?|Au|Aux|À|A|Dans|En|Sous|Après|Avant|Entre|Il|Un|Une|Des|Du|De|Est|Sont|Pour|Par)(?![\p{L})])|[ldLD]'|'\p{Ll}{2,})`;
/** Not a suffix of the step before it: `11° bis`, `d) quater` are the annex's steps, not a decree's mark and a word. */
const NOT_SUFFIX = String.raw`(?!(?:${SUFFIX_WORDS})(?![\p{L}]))`;
// (`1)` and `1°` too, `4) au 1,`, `1° au § 1er,`; and a mark with nothing after it, the verb opening the sentence: `b) Sont
// insérés …`)
const POINT_MARK = new RegExp(String.raw`^\s*(?:(?:[A-Z]|[IVX]{1,4})\.\s+(?=${MARK_WORD})|(?:[a-z]|\d{1,2})\)\s+${NOT_SUFFIX}(?=${MARK_WORD}|[a-z]\))|\d{1,2}°\s+${NOT_SUFFIX}(?=${MARK_WORD})|(?:[a-z]\)|\d{1,2}\)|[A-Z]\.)\s*$)`, 'u');
// (a point written with a comma after its paragraph, as some decrees do, `au § 1er, B, 2,`, `au § 1er, E, 1., 7°`: B, then the
// number under it; a letter and a comma elsewhere are words, `soit A, soit B`)
// (spaces bounded: a lookbehind tried at every position of a run of spaces)
const PARAGRAPH_AND_COMMA = String.raw`(?:§\s?|(?<![\p{L}])paragraphe\s+)\d+\s?(?:er)?\s?${SUFFIX}\s{0,3},\s{0,3}`;
// (or under a degree point, `Le § 14, 5°, B,`; or opening the place, right after its article, `A l'article 17ter, B, 2°`)
// (bounded: a lookbehind is tried at every position, and `^[\s,]*` would scan back over a run of commas each time)
const POINT_AFTER_PARAGRAPH = String.raw`(?<=${PARAGRAPH_AND_COMMA}|\d°\s{0,3},\s{0,3}|^[\s,]{0,6})`;
/** A capital after `au`, `le` (`2. au B, 2°,`, `le D est complété`), or `du` with its comma (not `la valeur du K est portée à`). */
const POINT_AFTER_WORD = String.raw`(?:(?<=(?<![\p{L}])(?:[Aa]u|[Ll]e)\s)(?<wordCapital>${CAPITAL})(?=\s{0,3},|\s*$)|(?<=(?<![\p{L}])[Dd]u\s)(?<duCapital>${CAPITAL})(?=\s{0,3},))`;
const NUMBER_AFTER_POINT = String.raw`(?<=${PARAGRAPH_AND_COMMA}${CAPITAL}\s{0,3},\s{0,3})`;

/**
 * Where the place a phrase names ends: at its history (`au § 1er, modifié par les arrêtés royaux des …`), at what becomes of
 * it (`le § 13, J., 3°, d) actuel, qui devient le § 13, J. 2°, d)`), or at the verb and the words it changes.
 */
// (letters on both sides: `modifié` ends in a letter `\b` does not see)
const PLACE_END = /(?<![\p{L}])(?:(?:modifi|insér|remplac|rédig|complét|abrog|rétabli|renumérot)ée?s?|qui\s+devien(?:t|nent)|devien(?:t|nent)|sont|est|il|le\s+mot|les\s+mots|la\s+prestation|les\s+prestations)(?![\p{L}])/u;

const MONTH = '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)';
// (days end with their month, `des 9 et 10 décembre 1994, 14 novembre 1995`: not a place after the history, `…, 3°, les mots`)
const HISTORY_DATE = String.raw`\d{1,2}(?:er)?(?:(?:\s{0,3},\s{0,3}|\s+et\s+)\d{1,2}(?:er)?){0,9}\s+${MONTH}(?:\s+\d{4})?`;
/**
 * The history of a place, which a decree writes between the place and the rest of it: `au § 1 modifié par les arrêtés
 * royaux des 9 et 10 décembre 1994, 14 novembre 1995 et 31 août 1998 et au § 2, …`, `…, modifié en dernier lieu par
 * l'arrêté royal du 22 février 2021, le a) est complété`.
 */
const HISTORY = new RegExp(
  String.raw`,?\s{0,3}(?:et\s+)?(?:modifi|remplac|insér|rétabli|renumérot|complét|abrog)\p{L}*\s+(?:(?:en\s+dernier\s+lieu|notamment|successivement)\s+)?par\s+(?:l'arrêté\s+royal|les\s+arrêtés\s+royaux|l'arrêté\s+ministériel|les\s+arrêtés\s+ministériels|l'arrêté|la\s+loi|les\s+lois)\s+(?:du|des)\s+${HISTORY_DATE}(?:(?:\s{0,3},\s{0,3}|\s+et\s+)${HISTORY_DATE}){0,40}`,
  'gu',
);

/** The kind of a step of a path: two steps of one kind in a row are siblings (`aux 1°, 2° et 4°`), not a step and the one under it. */
function stepKind(step: string): string {
  if (step.startsWith('§')) return '§';
  if (/^[a-z]\)/u.test(step)) return 'a)';
  if (/°/u.test(step)) return '1°';
  if (/^\d+\)$/u.test(step)) return '1)';
  if (/^[IVX]+$/u.test(step)) return 'I';
  if (/^[A-Z]$/u.test(step)) return 'A';
  return '1';
}

/** One step of a place: `§ 4bis`, `paragraphe 18`, `a)`, `d) quater`, `II.`, `B.`, `3°`, `B,` and `2,` after a §, `point 1`. */
const STEP = new RegExp(
  [
    // (`§ 1er`, or in words, `au paragraphe 1er`, `le paragraphe 18`: not a chapter's number, `paragraphe 840000 du chapitre IV`)
    String.raw`(?:§\s?|(?<![\p{L}])paragraphe\s+)(?<para>\d{1,3})(?!\d)(?:\s?er)?(?:\s?(?<paraSuffix>${SUFFIX_WORDS})(?![\p{L}]))?`,
    // (a heading quoted tight after `intitulé` or `rubrique`, `intitulé "A. ORTHOPEDIE …"`, is the point it names, as one
    // quoted with spaces is; not quoted words, `les termes "A. R. du …"`)
    // (or glued to its paragraph's number, `Au paragraphe 18a),`)
    String.raw`(?:^|[\s,(]|${TITLE_MARK}|(?<=(?:§\s?|paragraphe\s+)\d{1,3}))${NOT_ANCHOR}(?<letter>[a-z])\)${STEP_SUFFIX('letterSuffix')}`,
    // (not a chapter's or a title's number: `l'intitulé du Chapitre II`)
    String.raw`(?:^|[\s,]|${TITLE_MARK})(?<![Cc]hapitre\s|[Tt]itre\s|[Ss]ection\s)${NOT_ANCHOR}(?<roman>[IVX]{1,5})\.?(?=[\s,]|$)`,
    String.raw`(?:^|[\s,]|${TITLE_MARK})${NOT_ANCHOR}(?<capital>${CAPITAL})\.(?=[\s,]|$)`,
    String.raw`${NOT_ANCHOR}(?<degree>\d{1,2})°${STEP_SUFFIX('degreeSuffix')}`,
    // (`§ 2, B` ending the place: `A l'article 18, § 2, B de la même annexe …`)
    String.raw`${POINT_AFTER_PARAGRAPH}(?<commaCapital>${CAPITAL})(?=\s{0,3},|\s*$)`,
    POINT_AFTER_WORD,
    String.raw`${NUMBER_AFTER_POINT}(?<commaNumber>\d{1,2})(?:\s?\.)?(?=\s{0,3},)`,
    // (`le point 1 est complété`, `au point 2,`: a numbered point in words; not `le point 2°`, read above)
    String.raw`(?<![\p{L}])point\s+(?<pointNumber>\d{1,2})(?![\d°])`,
    // (a numbered point under a lettered one, `au B., 1., le point c)`, `le § 1er, E., 2., est modifié`, `au G, 5., alinéa 3`;
    // or named alone, `4) au 1,`, `3) le 4 est abrogé`: not a date's day, `au 1er janvier`, nor `le 3e alinéa`)
    String.raw`(?:(?<=(?:^|[\s,])(?:${CAPITAL}|[IVX]{1,5})\.?\s{0,3},\s{0,3})|(?<=(?<![\p{L}])(?:[Aa]u|[Ll]e|[Dd]u)\s))(?<number>\d{1,2})(?:\s?\.)?(?=\s{0,3},(?!\d)|\s+et\s|\s*$)`,
    // (a numbered heading quoted as the title it names: `le titre '1. Prescripteurs' est remplacé`)
    String.raw`${TITLE_MARK}\s*${NOT_ANCHOR}(?<titleNumber>\d{1,2})\.(?=\s)`,
    // (a point numbered with a parenthesis under a lettered one: `- au K., 2), le numéro`, `au F., 3),`)
    String.raw`(?<=(?:^|[\s,])(?:${CAPITAL}|[IVX]{1,5})\.?\s{0,3},\s{0,3})(?<paren>\d{1,2})\)(?=\s{0,3},|\s*$)`,
  ].join('|'),
  'gu',
);

/**
 * The places inside an annex article that a phrase designates, each outermost
 * first: `§ 4bis, II., A.` → [['§ 4bis', 'II', 'A']], `Au l),` → [['l)']],
 * `au § 7,` → [['§ 7']], `au § 6, aux 2°, 3° et 6°` → [['§ 6', '2°'], ['§ 6', '3°'], ['§ 6', '6°']]. Reads only the
 * head of the phrase, up to the verb.
 */
export function placesOf(phrase: string, mayOpenWithMark = true): string[][] {
  // (a phrase is read again by the next clause of its sentence, the structure and the amendment reader: a quarter of the
  // calls on the corpus; STEP, tried at every character, was 3 % of a parse; the caller gets its own arrays)
  const key = (mayOpenWithMark ? '1' : '0') + phrase;
  let places = placesRead.get(key);
  if (places === undefined) {
    if (placesRead.size >= PLACES_KEPT) placesRead.clear();
    placesRead.set(key, (places = readPlaces(phrase, mayOpenWithMark)));
  }
  return places.map((path) => path.slice());
}

const placesRead = new Map<string, string[][]>();
const PLACES_KEPT = 4096;

function readPlaces(phrase: string, mayOpenWithMark: boolean): string[][] {
  // (not the decree's own point mark before the place it names: `A. au § 1er, B, 4, les prestations …`, `a) le § 1er, 2°, I.
  // Prestations …`, `B. les dispositions du § 2 …`; a heading, `A. ORTHOPEDIE`, is a place; nor where the phrase is known
  // to open with its place: after an article's number, `article 14 c) de l'annexe`, or a lead line's `Au b),`)
  // (the mark first: `C. la prestation …` ends the place at `la prestation`)
  const head = (mayOpenWithMark ? phrase.replace(POINT_MARK, '') : phrase).replace(HISTORY, ' ').split(PLACE_END)[0];
  const path: string[] = [];
  const siblings: string[] = [];
  // (exec on STEP itself: matchAll clones it, and V8 compiles a clone again (2-3 ms for this pattern) whenever a
  // collection has emptied its regexp cache, several times a corpus pass; STEP matches no empty string)
  STEP.lastIndex = 0;
  for (let m = STEP.exec(head); m; m = STEP.exec(head)) {
    const g = m.groups ?? {};
    const step = g.para
      ? `§ ${g.para}${g.paraSuffix ?? ''}`
      : g.letter
        ? `${g.letter})${g.letterSuffix ?? ''}`
        : g.roman || g.capital || g.commaCapital || g.wordCapital || g.duCapital || g.commaNumber || g.pointNumber || g.number || g.titleNumber || (g.paren ? `${g.paren})` : undefined) || `${g.degree}°${g.degreeSuffix ?? ''}`;
    const last = siblings.length ? siblings[siblings.length - 1] : path[path.length - 1];
    // (a step of the last one's kind is its sibling; a § under a § is a second place too, `au § 1 … et au § 2`)
    if (last !== undefined && (stepKind(step) === stepKind(last) || (step.startsWith('§') && path.some((p) => p.startsWith('§'))))) {
      if (stepKind(step) !== stepKind(last)) break;
      // (the same place named again, `article 14 c) …, le c) est remplacé`, is one)
      if (step !== last) siblings.push(step);
      continue;
    }
    if (siblings.length) break;
    path.push(step);
  }
  if (!siblings.length) return [path];
  const parent = path.slice(0, -1);
  return [path, ...siblings.map((s) => [...parent, s])];
}

/** The first place a phrase designates (placesOf), outermost first: `§ 4bis, II., A.` → ['§ 4bis', 'II', 'A']. */
export function pathOf(phrase: string, mayOpenWithMark = true): string[] {
  return placesOf(phrase, mayOpenWithMark)[0];
}

/** The article's mention, up to its number and suffix (not `c)` in `article 14 c)`). */
const ARTICLE_MENTION = new RegExp(`^.*?article\\s+\\d+\\s?(?:er)?(?:\\s?${SUFFIX_WORDS}(?![\\p{L}]))?`, 'u');

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
    .replace(ARTICLE_MENTION, '')
    .replace(/de l'annexe[^,]*?indemnités/u, '')
    .replace(/de la même annexe/u, '');
  return { article: art.article, path: pathOf(rest, false) };
}

/**
 * Refine a target with a point's own phrase (`Au § 7`, `au l),`, `Le § 1er est remplacé`): the first place it names.
 * `mayOpenWithMark`: the phrase may open with the decree's own point mark (false for a lead line's place, `b)` of `Au 14 b),`).
 */
export function refineTarget(base: AnnexTarget, phrase: string, mayOpenWithMark = true): AnnexTarget {
  return refineTargets(base, phrase, mayOpenWithMark)[0];
}

/** Every place a phrase names, each refining the target (`aux 1°, 2° et 4°` under `§ 3bis`: three places). */
export function refineTargets(base: AnnexTarget, phrase: string, mayOpenWithMark = true): AnnexTarget[] {
  const art = articleOf(phrase);
  if (art && art.index < 40) {
    return placesOf(phrase.slice(art.index, art.index + 400).replace(ARTICLE_MENTION, ''), false).map((path) => ({ article: art.article, path }));
  }
  const places = placesOf(phrase.slice(0, 120), mayOpenWithMark);
  if (places[0].length === 0) return [base];
  return places.map((path) => ({ article: base.article, path: below(base.article, base.path, path) }));
}

/**
 * A place a phrase names, under the place above it, from the step of its kind: `au d)` under `§ 2, B, c)` is § 2, B, d);
 * under `§ 2, B`, § 2, B, d); `au § 2` under `§ 1, b)` or `f)` is § 2, and under article 9's `a)`, a), § 2.
 */
function below(article: string | null, above: string[], path: string[]): string[] {
  let keep = above.findIndex((p) => stepKind(p) === stepKind(path[0]));
  if (keep < 0) keep = above.length;
  // (a § names the place from the top of the article, `au littera h), § 1, 3°` under `§ 1`; but for the letters that stand
  // above the paragraphs in articles 9 and 14, `article 9 a)` then `Au § 2`)
  if (path.some((p) => p.startsWith('§'))) {
    const paragraph = above.findIndex((p) => p.startsWith('§'));
    keep = Math.min(keep, paragraph >= 0 ? paragraph : LETTERS_ABOVE_PARAGRAPHS.has(article ?? '') ? above.length : 0);
  }
  return [...above.slice(0, keep), ...path];
}

/** Annex articles whose letters stand above their paragraphs: 9 (`a) … § 2`), 14 (`h), § 1er, II., 3°`). */
const LETTERS_ABOVE_PARAGRAPHS = new Set(['9', '14']);
