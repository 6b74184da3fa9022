import type { IngestedText } from '../source/types.js';

/** Which part of the annex a decree article or point changes. */
export interface AnnexTarget {
  /** annex article (`14`, `35bis`, `1er` → `1`), null when unknown. */
  article: string | null;
  /** path inside that article, outermost first: `['§ 7']`, `['l)']`, `['II', 'a)']`. */
  path: string[];
}

/** An article of the decree itself (`**Art. 2.**`), or of a convention (`ARTICLE 4.`). */
export interface DecreeArticle {
  /** `1`, `2`, `2bis` (`1er` is normalised to `1`). */
  number: string;
  /** label as written: `Article 1er.`, `Art. 2.` */
  label: string;
  /** normalised offsets [start, end) of the whole article. */
  start: number;
  end: number;
  /** index of the first and last paragraph (inclusive). */
  firstParagraph: number;
  lastParagraph: number;
  /** the annex part its introductory sentence names, inherited by its points. */
  target: AnnexTarget;
}

/**
 * A numbered or lettered point of a decree article (`1.`, `1°`, `a)`, `-`,
 * `A.`) outside quoted text. Points nest: `parent` is the index of the
 * enclosing point in `DocumentStructure.points`.
 */
export interface Point {
  marker: string;
  level: number;
  start: number;
  end: number;
  article: string | null;
  parent: number | null;
  firstParagraph: number;
  lastParagraph: number;
  /** resolved target: the article's, refined by `Au § 7`, `au l)`, … */
  target: AnnexTarget;
}

/**
 * A quoted passage: the text a decree inserts or substitutes. It can span
 * many paragraphs. `end` is the closing quote's offset + 1, or the end of
 * the article when the quote is never closed (`closed: false`).
 */
export interface Quote {
  start: number;
  end: number;
  /** offsets of the text inside the quote marks */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  article: string | null;
  /** a closing mark with no quote open: reported, holds no text. */
  stray?: boolean;
}

/**
 * A paragraph like `Au i),` or `au § 7,` that is not a point but sets the
 * target of what follows it, until the next such paragraph or point of the
 * first level, or the article's end.
 */
export interface TargetScope {
  start: number;
  end: number;
  article: string | null;
  target: AnnexTarget;
}

export interface DocumentStructure {
  ingested: IngestedText;
  articles: DecreeArticle[];
  points: Point[];
  quotes: Quote[];
  /** `Au i),` scopes; optional so hand-built structures in tests may omit it. */
  scopes?: TargetScope[];
}
