import type { FrequencyParams } from './frequency.js';
import type { CodeGroup } from '../code-groups.js';
import { dedupeGroups } from './code-sets.js';
import { COUNT_NOUN, sameCodes } from './forms.js';
import type { Anaphor } from './refs.js';
import type { Typed } from './typers.js';

/**
 * What the rule reader remembers while it reads a document's pieces in order (index.ts): the prestations above, the last
 * rules and what they named, the lists and sections open. Plain fields, set as the reader goes; the methods are its moments:
 * a new segment (enterSegment resets the quote's own), a prestation's code line or a table's entry, a table's section, a
 * rule read (recordRule). namedByNoun and placeRules hold through the decree article's quotes.
 */
export class ReadingState {
  segment: number = Number.NaN;
  previous: string[][] = [];
  block: string[][] = [];
  blockOpen: boolean = false;
  lastRuleCodes: string[][] = [];
  // (the last rule, when it limited a count: what `La deuxième séance …` after it is one of)
  lastCountRule: { codes: string[][]; text: string } | null = null;
  // the codes a rule with none of its own stood for (a demonstrative, a place), when it came after the last rule that named its codes
  lastReferred: string[][] = [];
  // the act the last rule's subject named by its label's words, and its paragraph (its next sentence there may go on about it)
  labelSubject: { codes: string[][]; paragraph: number } | null = null;
  // the prestations that refer to the numbered rule (`132` in the rubric `Règles diagnostiques`) the current sentences state
  numberedRule: string[][] | null = null;
  // (the rules read so far in the current paragraph, whatever gave their codes)
  rulesHere: { codes: string[][]; text: string }[] = [];
  rulesHereAt: number = -1;
  // (the codes of the current quote's rules, whatever gave them)
  ruleInQuote: string[][] = [];
  // the paragraph whose last rule sentence named its act by words nomen could not tie to prestations
  unresolvedIn: number = -1;
  // the prestations listed as bullets under one heading since it (`Nettoyage …, par arcade :` / `X * arcade supérieure` / `Y *
  // arcade inférieure`): what a rule after them stands for, not the last bullet alone
  bullets: string[][] | null = null;
  // (only under a heading that the bullets complete, ending with a colon: not a title over prestations of their own, `TRAITEMENTS
  // PREVENTIFS` / `X * Examen buccal …` / `Y * Application de vernis fluoré …`)
  headingOpens: boolean = false;
  // (the last of them, what a singular demonstrative after them stands for: `Cette prestation …`)
  lastPrestation: string[][] = [];
  // (a fixed-width table's section opened in this piece: `b) preparation a l'accouchement :`)
  sectionOpen: boolean = false;
  nounsArticle: number = -1;
  afterIndication: boolean = false;
  // `previous` and `block` were set by a table's entry: cleared once a rule names its own codes
  fromEntry: boolean = false;
  // the prestations the last sentence naming codes named as its subject, since the last prestation or entry (`4. La
  // prestation 568234 ne peut … . Cette prestation ne peut …`: `cette prestation` is 568234, not the table's last
  // entry; `ces prestations` after a sentence naming several are those); `pendingMention`: the current sentence's,
  // in force from the next one
  mentioned: string[][] | null = null;
  pendingMention: string[][] | null | undefined = undefined;
  // the codes of a RULE_LIST_INTRO, while its items last; the intro's own item marker (`1.`: a `2.` ends its list)
  listCodes: string[][] | null = null;
  listIntroMarker: string | null = null;
  // the subject of the sentence just before (the codes it named, or a pronoun resolved to), for `Elle …`
  lastSubject: string[][] | null = null;
  // the number of a subject a demonstrative stood for (`ces prestations`: plural, `cette dernière`: singular): a pronoun
  // takes it only in that number (`Elles` after `ces prestations`, `Elle` after `cette prestation`); null: named by codes
  lastSubjectNumber: 'plural' | 'singular' | null = null;
  // the codes of the last limit, or of the last rule that sets a count (`le nombre de séances`, `un montant maximum`), for
  // `Ce nombre peut être dépassé …` where nothing closer names its prestations
  lastCountCodes: string[][] = [];
  // (whether the delay the text last named was a limit's span, `… qu'après un délai de quatre ans`, `… que tous les deux ans`, for
  // `ce délai est porté à …`: not a report's deadline named since, `… transmis dans un délai de quinze jours`)
  delayWasLimit: boolean = false;
  // the span of the last limit read (`… cent vingt fois par année civile. …, ce nombre est porté à cent cinquante`)
  lastCountPeriod: FrequencyParams['period'] = null;
  // the last limit of the decree article's earlier quotes (`1. … " … quatre-vingts fois au cours d'une période de douze mois
  // … "` then `2. … l'alinéa suivant est inséré : " …, ce nombre est porté à 150. "`): kept across quotes, for such a sentence
  articleCount: { article: number; codes: string[][]; period: FrequencyParams['period'] } | null = null;
  // the prestations the rule sentences of one text paragraph named as their subjects, in order (`La prestation X … .
  // Pour la prestation Y, … . Ces prestations sont …`: a plural after rules on one each stands for all of them)
  paragraphNamed: string[][] = [];
  paragraphNamedAt: number = -1;
  // (and those the rule sentences of the whole quote named so, since its last prestation: `La prestation X … . La prestation Y
  // … . Ces prestations ne peuvent …`, each in a paragraph of its own)
  quoteNamed: string[][] = [];
  // the code groups the last sentence that named any named, any role (what `Ces deux prestations` may count back to)
  lastNamed: string[][] = [];
  // every prestation a limit of the segment so far was set on (what `les quotas fixés ci-dessus` stand for)
  countCodesHere: string[][] = [];
  // the piece holding the label of a prestation whose code stands alone above it
  labelPiece: number = -1;
  // the prestations the segment defined so far, in order (paragraphs and table entries)
  seen: string[][] = [];
  // the prestation above is a paragraph's (a code line, or a code and its label), not a row of a table nomen reads as entries only
  aboveIsParagraph: boolean = false;
  lastRuleFromAbove: boolean = false;
  // the block is the quote's anchor (anchorBefore), not a prestation the quote defines
  anchorOpen: boolean = false;
  segmentSpan: { start: number; end: number };
  // the quote is words of a sentence (`… sont remplacés par les mots " … "`, `qui se termine par les termes " … "`), not a provision
  wordsOnly: boolean = false;

  // (the codes the quote's rules named after a noun of their own: `Les électrodes X et Y …` → électrodes: X, Y)
  readonly namedByNoun = new Map<string, string[][]>();
  // the codes of the last rule of each annex place (article and path) the decree article's quotes put rules into, and the
  // quote it stood in (`2. Le § 12, 2°, alinéa 1er est remplacé : " 2° Les prestations X, Y … "` then `3. Au § 12, 2°, l'alinéa
  // suivant est inséré : " Par dérogation à l'alinéa précédent, ces prestations … "`: those)
  readonly placeRules = new Map<string, { segment: number; codes: string[][] }>();

  constructor(textLength: number) {
    this.segmentSpan = { start: 0, end: textLength };
  }

  /**
   * A new segment (a quote, or the text outside quotes): what was above it is no antecedent, but its anchor (`la règle
   * d'application suivante est insérée après la prestation X : …`) is: the rule is X's, codes or not, until a sentence names
   * codes of its own. A noun's codes and the last limit hold through the decree article's quotes.
   */
  enterSegment(segment: number, article: number, span: { start: number; end: number }, wordsOnly: boolean, anchor: string[][]): void {
    this.segment = segment;
    this.previous = anchor;
    this.bullets = null;
    this.headingOpens = false;
    this.block = [];
    this.lastRuleCodes = [];
    this.lastReferred = [];
    this.ruleInQuote = [];
    this.delayWasLimit = false;
    this.numberedRule = null;
    // (`1. L'alinéa 2 … : " Les électrodes (prestations X, Y) … "` then `2. L'alinéa 3 … : " Au maximum deux électrodes … "`)
    if (article !== this.nounsArticle) this.namedByNoun.clear();
    this.nounsArticle = article;
    this.fromEntry = false;
    this.mentioned = null;
    this.pendingMention = undefined;
    this.listCodes = null;
    this.lastSubject = null;
    // (a new quote of the same decree article starts from its earlier quotes' last limit)
    const carried = this.articleCount !== null && this.articleCount.article >= 0 && this.articleCount.article === article ? this.articleCount : null;
    this.lastCountCodes = carried ? carried.codes.slice() : [];
    this.countCodesHere = [];
    this.lastCountRule = null;
    this.lastCountPeriod = carried?.period ?? null;
    this.paragraphNamed = [];
    this.quoteNamed = [];
    this.lastNamed = [];
    this.aboveIsParagraph = false;
    this.lastRuleFromAbove = false;
    this.seen = [];
    this.segmentSpan = span;
    this.wordsOnly = wordsOnly;
    this.blockOpen = this.anchorOpen = anchor.length > 0;
  }

  /** A prestation defined in a paragraph (its code line): the block it opens or extends, what `cette prestation` stands for. */
  underPrestation(codes: string[][], bulletLabel: boolean): void {
    this.aboveIsParagraph = true;
    // (a rule on the prestation above is an antecedent under that prestation only)
    if (this.lastRuleFromAbove) this.lastRuleCodes = [];
    this.lastReferred = [];
    this.lastRuleFromAbove = false;
    this.see(codes);
    if (!this.blockOpen) this.block = [];
    this.block.push(...codes);
    this.blockOpen = true;
    this.bullets = bulletLabel && (this.bullets !== null || this.headingOpens) ? [...(this.bullets ?? []), ...codes] : null;
    this.previous = this.bullets && this.bullets.length > 1 ? this.bullets.slice() : codes;
    this.lastPrestation = codes;
    this.paragraphNamed = [];
    this.quoteNamed = [];
    this.fromEntry = false;
    this.mentioned = null;
    this.pendingMention = undefined;
  }

  /** A table's entry (its code and label on one line): the block it opens or extends, as a code line's prestation does. */
  underEntry(entry: string[][], underPrestation: boolean): void {
    if (!underPrestation) this.aboveIsParagraph = false;
    // (a rule on the paragraph's prestation above is no antecedent past a table's entry)
    if (!underPrestation && this.lastRuleFromAbove) {
      this.lastRuleCodes = [];
      this.lastReferred = [];
      this.lastRuleFromAbove = false;
    }
    this.see(entry);
    this.fromEntry = true;
    if (!this.blockOpen) this.block = [];
    this.block.push(...entry);
    this.blockOpen = true;
    this.previous = entry;
  }

  /** Past a table's entry or section, what the sentences before named is no antecedent. */
  forgetMentions(): void {
    this.mentioned = null;
    this.paragraphNamed = [];
    this.quoteNamed = [];
    this.listCodes = null;
  }

  /**
   * A table's section (`§ 2.`, `b) …`): what came before it is no antecedent, nor are the rules above it (`b) preparation a
   * l'accouchement :` then `Ces prestations doivent …`: the prestations listed below it, 1998022388).
   */
  openSection(): void {
    this.sectionOpen = true;
    this.previous = [];
    this.seen = [];
    this.block = [];
    this.blockOpen = false;
    this.ruleInQuote = [];
    this.lastRuleCodes = [];
    this.lastReferred = [];
    this.fromEntry = false;
    this.aboveIsParagraph = false;
    this.lastRuleFromAbove = false;
  }

  /** The prestations the segment defined so far, in order (a code line is both a paragraph's prestation and a table entry's sentence: once). */
  see(groups: string[][]): void {
    for (const g of groups) if (!this.seen.length || !sameCodes(this.seen[this.seen.length - 1], g)) this.seen.push(g);
  }

  /**
   * A rule sentence read: what it leaves for the sentences after it (the last limit and its span, the codes named by a noun, in
   * the paragraph, in the quote, at the annex place, the last rule's codes and how they were found).
   */
  recordRule(rule: {
    codes: string[][];
    typed: Typed[];
    unitText: string;
    anaphor: Anaphor;
    own: CodeGroup[];
    listGroups: CodeGroup[];
    onPrestationAbove: boolean;
    byPlace: boolean;
    bySubjectLabel: boolean;
    paragraph: number;
    entry: string[][] | undefined;
    inLabel: boolean;
    article: number;
    placeKey: () => string | null;
    nounBefore: () => string | null;
  }): void {
    const { codes, typed, unitText, anaphor, own, listGroups, onPrestationAbove, byPlace, bySubjectLabel, paragraph, entry, inLabel, article, placeKey, nounBefore } = rule;
    const span = (typed.find((t) => t.type === 'frequency')?.params as FrequencyParams | undefined)?.period;
    if (span) this.lastCountPeriod = span;
    if (codes.length && (typed.some((t) => t.type === 'frequency' || t.type === 'quantity') || COUNT_NOUN.test(unitText))) {
      this.lastCountCodes = codes;
      if (typed.some((t) => t.type === 'frequency' || t.type === 'quantity')) for (const g of codes) if (!this.countCodesHere.some((c) => sameCodes(c, g))) this.countCodesHere.push(g);
      this.articleCount = { article, codes, period: span ?? null };
    }
    // (a rule on the prestation just above, not a table's entry, is an antecedent too: `A la demande est jointe une
    // prescription …` after `Les séances de traitement ne sont remboursées que moyennant l'accord …` under it)
    if (own.length) {
      const noun = nounBefore();
      if (noun) this.namedByNoun.set(noun, codes);
      if (this.paragraphNamedAt !== paragraph) this.paragraphNamed = [];
      this.paragraphNamedAt = paragraph;
      for (const g of codes) if (!this.paragraphNamed.some((n) => sameCodes(n, g))) this.paragraphNamed.push(g);
      for (const g of codes) if (!this.quoteNamed.some((n) => sameCodes(n, g))) this.quoteNamed.push(g);
    }
    if (this.rulesHereAt !== paragraph) (this.rulesHere = []), (this.rulesHereAt = paragraph);
    if (codes.length) this.rulesHere.push({ codes, text: unitText });
    // (what a later demonstrative may stand for: the codes of the quote's rules so far, all of them, `1° Les prestations du
    // § 1er, F., 4° … 2° Les prestations du § 1er, G., 3° … 3° Ces prestations …`; none after a rule on prestations
    // nomen could not tie, `C. Les prestations visées au § 1er, E. (not in the decree) … . Le renouvellement de ces …`)
    if (codes.length && this.segment >= 0) {
      const key = placeKey();
      if (key !== null) this.placeRules.set(key, { segment: this.segment, codes });
    }
    if (codes.length) this.ruleInQuote = dedupeGroups([...this.ruleInQuote, ...codes]);
    else if (/(?<![\p{L}])prestations?(?![\p{L}])/iu.test(unitText)) this.ruleInQuote = [];
    // (nor is a referred rule's place what comes after a rule nomen could not tie)
    if (codes.length === 0) this.lastReferred = [];
    // (and one whose demonstrative, or place, stood for them: `Pour cette prestation une prescription … est requise. Le
    // motif de la visite … est indiqué …`, still that prestation's; `Les prestations du point D ne sont remboursées que sur
    // prescription … . Le bandagiste conserve la prescription …`, those of point D)
    const byAnaphor = own.length === 0 && listGroups.length === 0 && codes.length > 0 && ((anaphor !== null && anaphor !== 'article') || byPlace);
    if (own.length || listGroups.length || onPrestationAbove) {
      this.lastRuleCodes = codes;
      this.lastReferred = [];
      this.lastRuleFromAbove = !(own.length || listGroups.length);
    } else if (byAnaphor) this.lastReferred = codes;
    this.lastCountRule = codes.length && typed.some((t) => t.type === 'frequency' || t.type === 'quantity') ? { codes, text: unitText } : null;
    this.labelSubject = bySubjectLabel && own.length === 0 && listGroups.length === 0 ? { codes, paragraph: paragraph } : null;
    // (after a table's entry, a rule that names its codes is the next antecedent: `ces prestations` fall back on
    // the last such rule's codes, `cette prestation` is its code if it names one; several leave it to the entry)
    if (own.length && this.fromEntry && !entry) {
      if (codes.length === 1) this.previous = codes;
      this.block = [];
      this.fromEntry = false;
    }
    // (a rule in a prestation's label is part of it: the prestations that follow join the same block)
    if (!inLabel) this.blockOpen = false;
  }
}
