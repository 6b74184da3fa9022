import type { Rule } from '../../schema/rules.js';
import type { FrequencyParams } from './frequency.js';
import { DiagnosticSink, provenance } from '../../structure/provenance.js';
import { targetAt } from '../../structure/target-at.js';
import type { DocumentStructure } from '../../structure/types.js';
import { paragraphDepth, samePlaceBefore } from './same-place.js';
import { groupsIn, piecesOf, prestationAt, prestationsOf, ruleSegments, type Piece, type PrestationRef } from './context.js';
import { anaphorOf, anchorBefore, FEE_SUBJECT, relationIndex, subjectLabelCodes } from './refs.js';
import { countedKindOf, FIRST_VERB, renewedThingOf } from './act-kinds.js';
import { dedupeGroups } from './code-sets.js';
import { ReadingState } from './reading-state.js';
import { numberedHeading, qualificationIntro, subjectCodes, UNRESOLVED_MESSAGE, type DocumentReader } from './subject-codes.js';
import { readLocator } from './locators.js';
import { namesTitledRubric, titledRubricCodes } from './titled-rubric.js';
import { numberedRubricBefore, RULE_NUMBER_PIECE, ruleReferences } from './rule-numbers.js';
import { definedThing, documentAntecedent, namedInRuleBefore, EXCEPTED_PRESTATIONS_FIRST, nounBeforeCodes } from './antecedents.js';
import { introducedCodes, paragraphHeads, paragraphRefCodes } from './paragraph-refs.js';
import { ITEM_MARKER, splitSentences, type Span } from './sentences.js';
import { typeSentence, type Typed } from './typers.js';
import { cumulScope, ONLY_WITH } from './cumulation.js';
import { bracketLimits, closesWithLimit } from './bracket-limits.js';
import { divideParties, partyOf } from './party.js';
import { clauseOf, ruleClauses } from './clauses.js';
import { isNormative } from './normative.js';
import { ABOUT_PRESTATIONS, CASE_REFERENCE, CODE_LIST_INTRO, continuesRule, DEMONSTRATIVE_SUBJECT, DIGITS, ELLIPTICAL_LIMIT, IN_THE_FEE_OF, markerClass, NAMED_SUBJECT, PERCENT_ITEM, PLURAL_PRONOUN, PRONOUN_SUBJECT, RULE_LIST_INTRO, RULE_HEADING, RULE_REFERENCE, sameCodes, subjectPart, THIS_LIMIT, UNRESOLVED_SUBJECT, WORDS_BEFORE, ANY_ACT_SUBJECT, DELAY_CHANGE, DELAY_NAMED, BARE_ACT_SUBJECT, RENEWAL_SUBJECT } from './forms.js';
export { INDICATION_INTRO } from './forms.js';
import { INDICATION_INTRO } from './forms.js';
import { extractIndicationsWithSpans } from '../indications/index.js';
import { lineEndTest } from '../prestations.js';
import type { Prestation } from '../../schema/document.js';
import { atEntryEnds, lineStartTest } from './table-pieces.js';
import { marginHeadingCodes } from './margin-headings.js';
import { labelledPrestations as labelledOf, rangeExpander } from './ranges.js';
import { PERCENT_SCALE_INTRO, PERCENT_STEP } from './percentages.js';
import { namesOneSpan, spanChangedForSome } from './renewal.js';

export { isNormative, NORMATIVE, NORMATIVE_MORE } from './normative.js';

/** An exception that opens a sentence, up to its comma: `A l'exception des prestations X et Y,`, `Sauf pour les prestations X et Y,`. */
const OPENING_EXCEPTION = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:(?:à|a)\s+l'exception\s+d(?:e\s+la|es|u)|sauf\s+(?:pour\s+)?(?:les?|la)|excepté\s+(?:pour\s+)?(?:les?|la))\s+prestations?\s+(?:n°\s*)?\d{6}(?:\s*(?:-|,|et|ou|à)\s*(?:n°\s*)?\d{6})*\s*,/iu;

/**
 * A prestation's label printed as a bullet that completes a heading, in lower case: `* arcade supérieure`, `- par dent` (not `*
 * Extraction chirurgicale …`, an act of its own under a title).
 */
const BULLET_LABEL = /^[*•–-]\s+\p{Ll}/u;

export interface RuleCandidate {
  start: number;
  end: number;
  /** how the candidate was accounted for: typed rules, `other`, or an indication intro. */
  outcome: 'typed' | 'other' | 'indication';
}

export interface RuleExtraction {
  rules: Rule[];
  candidates: RuleCandidate[];
}

/** A prestation the document defines, as the prestation extractor read it (its label names it in rule sentences). */
export type DefinedPrestation = Pick<Prestation, 'codes' | 'label'> & Partial<Pick<Prestation, 'at'>>;

/**
 * `defined`: the document's prestations (the parse passes those it extracted; read here when absent). `relabelled`: those
 * the decree gives a new label, with it (relabelledPrestations).
 * `unquoted`: where the decree's new annex text follows its instruction without quote marks (the amendments
 * extractor finds them: `… est complété par ce qui suit :` then the text, as Justel often prints it); read as
 * quoted text is.
 */
export function extractRules(doc: DocumentStructure, sink: DiagnosticSink, defined?: readonly DefinedPrestation[], unquoted: readonly Span[] = [], relabelled: readonly DefinedPrestation[] = []): Rule[] {
  return extractRulesWithCandidates(doc, sink, defined, unquoted, relabelled).rules;
}

export function extractRulesWithCandidates(doc: DocumentStructure, sink: DiagnosticSink, defined?: readonly DefinedPrestation[], unquoted: readonly Span[] = [], relabelled: readonly DefinedPrestation[] = []): RuleExtraction {
  const text = doc.ingested.text.text;
  // every prestation with a label, pipe-table and fixed-width rows included (prestationsOf reads paragraphs only)
  let labelled: PrestationRef[] | null = null;
  const labelledPrestations = () => (labelled ??= labelledOf(doc, defined));
  // those rows placed in the text (a fixed-width block is one paragraph to prestationsOf: its first row only); in the
  // decree's other quotes, only one put at the very place a rule names (`… au § 1er, F., 5°` where a quote replaces that
  // 5°): quotes that change parts inside it (`le § 1er, F., 4., est modifié …`) leave the rest to the consolidated annex
  let rows: PrestationRef[] | null = null;
  const tableRows = () => (rows ??= labelledPrestations().flatMap((p) => (p.offset === undefined ? [] : [{ ...p, start: doc.ingested.text.normalizedOffset(p.offset) }])));
  const segments = ruleSegments(doc, unquoted);
  // (by id: a decree of thousands of quotes looked each one up through all of them)
  const segmentById = new Map<number, (typeof segments)[number]>();
  for (const x of segments) if (!segmentById.has(x.id)) segmentById.set(x.id, x);
  const pieces = piecesOf(doc, segments);
  const prestations = prestationsOf(doc);
  // a range `X à Y` is every prestation defined between its ends (ranges.ts)
  const expand = rangeExpander(prestations, text, labelledPrestations);
  // (a paragraph's prestations as paragraphs give them, or as its tables do where those hold more: a fixed-width block)
  const wider = (paragraphs: string[][] | null, tables: () => string[][] | null): string[][] | null => {
    const t = tables();
    return t && (!paragraphs || t.length > paragraphs.length) ? t : paragraphs;
  };
  const atLineEnd = lineEndTest(doc);
  const atLineStart = lineStartTest(doc);

  // indication items are conditions of the prestation, not rules of their own
  const { paragraphs: inIndication, rules: amongIndications } = extractIndicationsWithSpans(doc, new DiagnosticSink(null), defined);
  const rules: Rule[] = [];
  const candidates: RuleCandidate[] = [];
  const st = new ReadingState(text.length);
  let references: Map<string, string[][]> | null = null;
  // the annex place a rule stands in, as ReadingState.placeRules keeps them
  // (a narrow place only, a point under a `§`: a whole `§ 5` holds many prestations and rules, `Au § 5, vingt-deuxième alinéa,
  // … " L'accoucheuse doit motiver ces consultations … "` need not be on the last ones a quote put there)
  const placeKeyAt = (at: number) => {
    const here = targetAt(doc, at);
    const depth = paragraphDepth(here.path);
    return here.article === null || depth === 0 || here.path.length <= depth ? null : `${articleIndexAt(at)}\u0000${here.article}\u0000${here.path.join('\u0000')}`;
  };
  const articleIndexAt = (at: number) => doc.articles.findIndex((a) => a.start <= at && at < a.end);
  // a quote's text, or (the whole text read as one segment) the decree article holding `at`: a `§ 1er` of its own
  const spanAround = (at: number) => (st.segment >= 0 ? st.segmentSpan : (doc.articles.find((a) => a.start <= at && at < a.end) ?? st.segmentSpan));

  // the prestations the decree article holding `at` defined before it, in any quote putting text into the same annex article
  const definedBefore = (at: number): string[][] => {
    const article = doc.articles.find((a) => a.start <= at && at < a.end);
    if (!article) return [];
    const annexArticle = targetAt(doc, at).article;
    return prestations.filter((p) => p.start >= article.start && p.start < at && targetAt(doc, p.start).article === annexArticle).flatMap((p) => p.codes);
  };
  // the prestations the decree article holding `at` defined before its quote, in other quotes into the same annex place
  const placedBefore = samePlaceBefore(doc, prestations);
  const samePlaceCodes = (at: number) => placedBefore(at, st.segmentSpan.start);
  // the decree's quotes putting text into paragraph `§ n` of the annex article holding `at` (a reference to it from another quote)
  // (once per annex article and paragraph: every sentence naming a paragraph placed every quote of the decree again)
  const quotesByParagraph = new Map<string, { start: number; end: number; path: string[] }[]>();
  const paragraphQuotes = (at: number) => (n: string) => {
    const article = targetAt(doc, at).article;
    if (article === null) return [];
    const key = `${article}\u0000${n}`;
    let placed = quotesByParagraph.get(key);
    // (with the place each one names, `au § 1er, B, 4, … : " … "`: a reference to `§ 1er, B, 4` is that quote whole)
    if (!placed) {
      // (or, where its instruction names no place, a quote that is that paragraph: `il est inséré un § 1erbis rédigé comme
      // suit : " § 1erbis. … "`)
      placed = doc.quotes.flatMap((q) => {
        const target = targetAt(doc, q.start + 1);
        if (target.article !== article) return [];
        if (target.path[0] === `§ ${n}`) return [{ start: q.start, end: q.end, path: target.path }];
        return target.path.length === 0 && paragraphHeads(n).test(text.slice(q.start, q.start + 40)) ? [{ start: q.start, end: q.end, path: [`§ ${n}`] }] : [];
      });
      quotesByParagraph.set(key, placed);
    }
    return placed;
  };
  // the prestations a subject named by words may be: any the document labels so, a rule often preceding its table; but a
  // subject named through its fee, among those defined before it (`Les honoraires pour les traitements psychothérapeutiques …`
  // under a table of séances is not the `Traitement psychothérapeutique d'enfant …` a later table defines)
  // (and those the decree gives a new label, by it: `Le bilan gériatrique initial …` after `le libellé de la prestation X est adapté`)
  const relabelledRefs: PrestationRef[] = relabelled.flatMap((p) => (p.label ? [{ codes: [p.codes.slice()], label: p.label, start: 0 }] : []));
  let allLabelled: PrestationRef[] | null = null;
  const labelCandidates = (s: string, at: number) => {
    if (!FEE_SUBJECT.test(s)) return relabelledRefs.length ? (allLabelled ??= [...labelledPrestations(), ...relabelledRefs]) : labelledPrestations();
    const before = doc.ingested.text.originalOffset(at);
    return [...labelledPrestations().filter((p) => p.offset === undefined || p.offset < before), ...relabelledRefs];
  };
  // `cette dernière`: the last prestation the sentence before named, when it named several (else as `cette prestation`)
  const latter = (): string[][] | null => (st.mentioned && st.mentioned.length > 1 ? [st.mentioned[st.mentioned.length - 1].slice()] : null);
  // what a list intro's `cette prestation` / `ces prestations` stands for, as a rule sentence's would (null: nothing found)
  const introAnaphor = (anaphor: ReturnType<typeof anaphorOf>): string[][] | null => {
    const codes = anaphor === 'latter' && latter() ? latter()! : anaphor === 'previous' || anaphor === 'latter' ? (st.mentioned?.length === 1 ? st.mentioned : st.previous) : anaphor === 'block' ? (st.mentioned && st.mentioned.length > 1 ? st.mentioned : st.block) : [];
    return codes.length ? codes.slice() : null;
  };

  const reader: DocumentReader = { doc, text, prestations, sink, labelledPrestations, tableRows, wider, definedBefore, samePlaceCodes, spanAround, paragraphQuotes, labelCandidates, relabelledRefs, placeKeyAt, latter };

  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.segment !== st.segment) {
      const seg = segmentById.get(piece.segment);
      const article = articleIndexAt(piece.start);
      const quoted = seg !== undefined && seg.id >= 0;
      const wordsOnly = quoted && WORDS_BEFORE.test(text.slice(Math.max(0, seg.start - 80), seg.start));
      const anchor = quoted ? anchorBefore(text, seg.start, prestations) : [];
      st.enterSegment(piece.segment, article, seg ?? { start: 0, end: text.length }, wordsOnly, anchor);
    }
    // (a numbered rule's number, `132`, in the rubric `Règles diagnostiques`: what follows is on the prestations whose label
    // refers to it, `… (Règle diagnostique 132)`)
    const ruleNumber = RULE_NUMBER_PIECE.exec(text.slice(piece.start, piece.end));
    if (ruleNumber) {
      const kind = numberedRubricBefore(text, piece.start);
      if (kind) {
        references ??= ruleReferences(text);
        st.numberedRule = references.get(`${kind} ${Number(ruleNumber[1])}`) ?? null;
        continue;
      }
    }
    const pres = prestationAt(text, piece, pieces[i + 1]);
    // (a bullet's list ends at any paragraph that is neither a prestation nor its label)
    if (!pres && i !== st.labelPiece) {
      st.bullets = null;
      st.headingOpens = /:\s*"?\s*$/u.test(text.slice(piece.start, piece.end));
    }
    if (st.listCodes) {
      const marker = markerClass(text.slice(piece.start, piece.end));
      if (pres || marker === null || marker === st.listIntroMarker) st.listCodes = null;
    }
    // (`103401` alone, then `Consultation de suivi … pour un patient visé à la prestation 103390`)
    if (pres) st.labelPiece = /\p{L}{4,}/u.test(text.slice(piece.start, piece.end)) ? -1 : i + 1;
    if (pres) st.underPrestation(pres.codes, BULLET_LABEL.test(pres.label));
    if (inIndication.has(piece.paragraph)) {
      st.afterIndication = true;
      // (but a limit in brackets closing an item is a rule on the listed prestations: `E4. dilatation de l'aorte
      // ascendante (maximum 2 fois par an)`)
      rules.push(...bracketLimits(doc, piece, inIndication.get(piece.paragraph)!));
      continue;
    }
    const sentences = atEntryEnds(text, splitSentences(text, piece.start, piece.end), atLineEnd, atLineStart);
    st.sectionOpen = false;
    let consumedTo = i;
    // (a rule stated among an indication list's items is on the list's prestations, unless it names its own)
    const listRule = amongIndications.get(piece.paragraph) ?? null;
    let ruleParagraph = st.afterIndication || listRule !== null;
    st.afterIndication = listRule !== null;
    for (let k = 0; k < sentences.length; k++) {
      let { start, end } = sentences[k];
      if (st.pendingMention !== undefined) st.mentioned = st.pendingMention;
      st.pendingMention = undefined;
      // a table's entry: what follows it refers to its prestation, as to a paragraph that defines one
      const entry = sentences[k].entry;
      if (sentences[k].opensSection) st.openSection();
      if (entry || sentences[k].opensSection) st.forgetMentions();
      // (`Elle …` stands for what the sentence just before had as its subject, not one further up)
      const antecedent = st.lastSubject;
      const antecedentNumber = st.lastSubjectNumber;
      st.lastSubject = null;
      st.lastSubjectNumber = null;
      if (entry) st.underEntry(entry, pres !== null);
      const s = text.slice(start, end);
      // (a delay named anew: `ce délai` is now that one, a limit's only if this sentence reads one below)
      if (DELAY_NAMED.test(s) && !DELAY_CHANGE.test(s)) st.delayWasLimit = false;
      const sentenceGroups = DIGITS.test(s) ? groupsIn(text, start, end) : [];
      const namedBefore = st.lastNamed;
      if (sentenceGroups.length) st.lastNamed = dedupeGroups(sentenceGroups.map((g) => g.codes));
      // (a prestation the quote defines takes the block over; codes a sentence names close the anchor's)
      if (st.anchorOpen && (pres || entry)) st.anchorOpen = false;
      else if (st.anchorOpen && sentenceGroups.length) st.blockOpen = st.anchorOpen = false;
      // (a prestation's label names codes, but no rule's subject: `cette consultation` below it is that prestation)
      const inLabel = (pres !== null && k === 0) || i === st.labelPiece;
      if (inLabel && pres) st.lastSubject = pres.codes;
      let subject: string[][] | null = null;
      if (!entry && sentenceGroups.length && !inLabel) {
        // (the codes of its subject, not the party: after `Elle n'est pas cumulable avec la prestation 471034.`,
        // `cette prestation` is still the one above)
        const rel = relationIndex(s);
        const only = ONLY_WITH.exec(s)?.index ?? -1;
        const cut = start + Math.min(rel < 0 ? s.length : rel, only < 0 ? s.length : only);
        // (not the prestations an opening exception names: `A l'exception des prestations X et Y, les honoraires Z à W ne
        // peuvent … . Une seule de ces prestations …` is on Z to W, as 1999022424's `Sauf pour les prestations X et Y, …`)
        const excepted = OPENING_EXCEPTION.exec(s);
        const named = sentenceGroups.filter((g) => g.start < cut && !(excepted && g.start < start + excepted[0].length) && !(pres && k === 0 && sameCodes(g.codes, pres.codes[0])));
        subject = named.length ? expand(named) : null;
        // (a numbered rule that names its prestations is on them, and so are its pronouns)
        if (subject) st.numberedRule = null;
        st.pendingMention = subject;
        // (`La prestation X ne peut … que si une des prestations suivantes …: A, B. Elle …`: `Elle` is X)
        // (but `La prestation X et la prestation Y ne sont …` names both)
        if (st.pendingMention && named.length > 1 && /(?<!\w)(?:la|cette)\s+prestation\s+(?:n°\s*)?$/iu.test(text.slice(start, named[0].start)) && !/^\s*(?:,|et|ou)\s*(?:la\s+prestation\s+)?(?:n°\s*)?$/iu.test(text.slice(named[0].end, named[1].start))) st.pendingMention = st.pendingMention.slice(0, 1);
        // (`Lorsque l'examen de la prestation X est répété …, la répétition est portée en compte sous le numéro Y. Dans ce cas, cette
        // prestation …`: the number the act is billed under)
        const billedUnder = named.length > 1 && /sous\s+(?:le|la)\s+(?:numéro|n°|code|prestation)/iu.test(s) ? named.filter((g) => BILLED_UNDER.test(text.slice(Math.max(start, g.start - 40), g.start)) && !NOT_BILLED_NOW.test(text.slice(Math.max(start, g.start - 80), g.start))) : [];
        if (billedUnder.length === 1) st.pendingMention = expand(billedUnder);
        st.lastSubject = st.pendingMention;
      }
      // (its subject only: `Pour les prestations X et Y, qui ne sont pas cumulables avec Z, les règles suivantes …`; or
      // the paragraph it names: `Pour pouvoir porter en compte les prestations citées au § 1er, les exigences suivantes …`)
      // (or those it stands for: `Le remboursement de cette prestation est soumis aux conditions suivantes :`)
      const introCodes = !entry && k === sentences.length - 1 && /:\s*"?\s*$/u.test(s) && RULE_LIST_INTRO.test(s) ? (subject ?? paragraphRefCodes(subjectPart(s), text, spanAround(start), prestations, start, paragraphQuotes(start)) ?? introAnaphor(anaphorOf(s))) : null;
      if (introCodes) {
        st.listCodes = introCodes;
        st.listIntroMarker = markerClass(text.slice(piece.start, piece.end));
      }
      const percentItem = PERCENT_ITEM.test(s);
      // (`… l'intervention de l'assurance est ramenée à :` followed by `- 25 % si …`: a scale of percentages, read with its items)
      const scaleIntro = k === sentences.length - 1 && PERCENT_SCALE_INTRO.test(s) && i + 1 < pieces.length && pieces[i + 1].segment === piece.segment && PERCENT_STEP.test(text.slice(pieces[i + 1].start, pieces[i + 1].end));
      if (!percentItem && !scaleIntro && !isNormative(s)) {
        // (a thing a sentence defines by its prestations, `Les tiges mentionnées sous les prestations X, Y et Z sont considérées
        // comme …`: what `ces tiges` stands for in a rule after it)
        const thing = subject && sentenceGroups.length ? definedThing(text.slice(start, sentenceGroups[0].start)) : null;
        if (thing) st.namedByNoun.set(thing, subject!);
        // (`La troisième séance peut avoir lieu plus de six mois après la première. Dans ce cas, …`: a session of the acts the
        // rule just before limited, what the next sentence's case or pronoun is about)
        // (the rule just before only, and one that counted such acts: `… ne peut recevoir plus de trois séances …`)
        const countRule = st.lastCountRule;
        const ordinal = !sentenceGroups.length && countRule ? ORDINAL_SUBJECT.exec(s) : null;
        if (ordinal && countRule && new RegExp(`(?<![\\p{L}])${ordinal[1]}s?(?![\\p{L}])`, 'iu').test(countRule.text)) st.lastSubject = countRule.codes.slice();
        continue;
      }
      let groups = sentenceGroups;
      // (a paragraph's own prestation is its context, not a code the rule names; an entry's code is the rule's own)
      if (pres && k === 0 && !entry) groups = groups.filter((g) => !sameCodes(g.codes, pres.codes[0]));
      // a sentence with nothing that ties it to a prestation: in new annex text (a quote, the decree's annex), a
      // duty its words type is still a rule of the provision it stands in (`Le kinésithérapeute garde ce protocole
      // dans le dossier …` under a replaced `§ 14, 5°, B, h)`), never guessed onto the codes of an earlier rule
      // (`Elles ne sont cumulables …` where the sentence before had no prestation for its subject: after a rule of the quote on
      // more than one prestation, a plural pronoun stands for them, not for nothing)
      // (`Le nombre de séances remboursables est limité à …` after rules under three séances and a bilan: those séances, below)
      // (not in a decree's own annex, whose long articles count acts of the whole article: `Le nombre de séances prescrites ne peut
      // excéder 12 par prescription …`)
      const kindPool = st.segment < 0 || st.segment >= doc.quotes.length ? [] : st.block.length ? st.block : st.seen;
      const countsKindHere = kindPool.length > 0 && countedKindOf(s, kindPool, labelledPrestations()).length > 0;
      const contextless =
        !countsKindHere && !percentItem && !ruleParagraph && !st.listCodes && !(st.blockOpen && st.previous.length) && groups.length === 0 && !ABOUT_PRESTATIONS.test(s) && readLocator(s.slice(0, s.search(FIRST_VERB) >>> 0)) === null && !anaphorOf(s) && !(antecedent && (PRONOUN_SUBJECT.test(s) || CASE_REFERENCE.test(s))) && !(st.segment >= 0 && st.lastRuleCodes.length > 1 && PLURAL_PRONOUN.test(s)) && !continuesRule(s, st.lastRuleCodes.length ? st.lastRuleCodes : st.lastReferred) && !(THIS_LIMIT.test(s) && st.lastCountCodes.length) && !(ELLIPTICAL_LIMIT.test(s) && st.previous.length) && !(closesWithLimit(s) && st.previous.length) && subjectLabelCodes(s, labelCandidates(s, start)).length === 0 && !(k === sentences.length - 1 && /:\s*"?\s*$/u.test(s) && qualificationIntro(s)) && !(namesTitledRubric(s) && titledRubricCodes(s, text, prestations, start) !== null);
      const contextTyped = contextless && st.segment >= 0 ? typeSentence(s) : null;
      if (contextless && (st.wordsOnly || !contextTyped?.length)) continue;
      // (`Elle n'est attestée qu'une fois …`, `Ces tests ne peuvent …` standing for what nomen did not find; `La consultation
      // de suivi est octroyée une seule fois …`, a limit on an act named by words no label of the decree begins with:
      // its readers give it that act's codes, which nomen cannot, so it is said, not guessed nor kept codeless; a duty to
      // document is the provision's whoever names it)
      // (`Une seule séance peut être attestée par jour` in a quote whose place holds prestations: any of them, as a duty is)
      const anyActHere = contextless && st.segment >= 0 && ANY_ACT_SUBJECT.test(s) && samePlaceCodes(start).length > 0;
      // (`L'implantation n'est effectuée que par …` after rules of its quote on prestations: all theirs, as a later
      // demonstrative takes them)
      // (or its renewal or continuation: `La poursuite du traitement … est soumise à l'accord du médecin-conseil`)
      const actOfQuote = contextless && st.segment >= 0 && st.ruleInQuote.length > 0 && (BARE_ACT_SUBJECT.test(s) || (RENEWAL_SUBJECT.test(s) && renewedThingOf(s, st.ruleInQuote, labelledPrestations(), st.seen).length > 0));
      if (contextless && !anyActHere && !actOfQuote && (UNRESOLVED_SUBJECT.test(s) || (NAMED_SUBJECT.test(s) && !contextTyped!.every((t) => t.type === 'documentation')))) {
        sink.report('warning', 'rule/unresolved-subject', UNRESOLVED_MESSAGE, { start, end });
        // (nor is a rule before it what a later demonstrative stands for: `C. Les chaussures … . D. Cette prestation …`)
        st.ruleInQuote = [];
        st.unresolvedIn = piece.paragraph;
        continue;
      }
      if (!contextless) ruleParagraph = true;

      const last = k === sentences.length - 1;
      const indicationIntro = last && INDICATION_INTRO.test(s.trim());
      let listGroups: ReturnType<typeof groupsIn> = [];
      if (last && /:\s*"?\s*$/.test(s) && !indicationIntro) {
        if (groups.length === 0 && (CODE_LIST_INTRO.test(s) || percentItem)) {
          // the codes follow as a list, up to the next intro or rule
          let j = i + 1;
          for (; j < pieces.length && pieces[j].segment === piece.segment; j++) {
            const t = text.slice(pieces[j].start, pieces[j].end);
            if (PERCENT_ITEM.test(t) || CODE_LIST_INTRO.test(t) || (isNormative(t) && !/^[\d\s,;:.et-]+$/.test(t))) break;
            listGroups.push(...groupsIn(text, pieces[j].start, pieces[j].end));
          }
          if (j > i + 1) consumedTo = Math.max(consumedTo, j - 1);
        } else {
          // an enumeration completes the sentence (`… les disciplines suivantes : o urologie o …`)
          let j = i + 1;
          while (j < pieces.length && pieces[j].segment === piece.segment && ITEM_MARKER.test(text.slice(pieces[j].start, pieces[j].end)) && !isNormative(text.slice(pieces[j].start, pieces[j].end))) j++;
          if (j > i + 1) {
            end = pieces[j - 1].end;
            consumedTo = Math.max(consumedTo, j - 1);
          }
        }
      }
      const unitText = text.slice(start, end);
      // a quoted heading name (`intitulé "- 10 % pour les prestations"`) is not a rule
      if (percentItem && groups.length === 0 && listGroups.length === 0) {
        // (unless it names the heading an instruction completes: `à l'intitulé "- 20 % pour les prestations", … est complété par
        // ce qui suit : "737774-737785 …"`: the prestations put under it are billed at that percentage)
        const under = marginHeadingCodes(text, pieces, segments, i);
        if (under.length === 0) continue;
        listGroups = under;
      }
      // (typed once: a sentence tied to nothing was typed above)
      const typed = contextTyped && unitText === s ? contextTyped : typeSentence(unitText);
      // (`ce délai est porté à …` changes a limit only where the delay last named was one: not a report's deadline, `… transmis
      // dans un délai de quinze jours. Ce délai est porté à un mois lorsque …`)
      const delayChange = DELAY_CHANGE.exec(unitText);
      // (or one the sentence itself set before it, for some: `… qu'une fois par période de 24 mois, sauf pour …, pour lesquels ce
      // délai est ramené à douze mois`)
      const changedForSome = delayChange ? spanChangedForSome(unitText) : null;
      if (changedForSome && typeSentence(unitText.slice(0, changedForSome.index)).some((t) => t.type === 'frequency' && (t.params as FrequencyParams).period !== null)) st.delayWasLimit = true;
      if (delayChange && !st.delayWasLimit && !/renouvellement/iu.test(unitText)) {
        // (but a limit the sentence set before it stays: `… une fois par année civile, pour autant que la demande soit introduite
        // dans un délai de deux mois; ce délai est porté à six mois …` is once a calendar year, the request's deadline aside)
        const spanOf = (t: Typed) => JSON.stringify((t.params as FrequencyParams).period);
        // (one rate only: `X … tous les 5 ans et Y … tous les trois ans; …, ce délai est ramené à deux ans` is beyond this reading)
        const before = unitText.slice(0, delayChange.index);
        // (nor one a clause after it changes for a prestation it names: `… tous les 4 ans; pour le neurostimulateur rechargeable
        // (683616-683620), ce délai est porté à neuf ans`, a limit of each prestation's own)
        const setBefore = new Set(namesOneSpan(before, false) ? typeSentence(before).filter((t) => t.type === 'frequency' && (t.params as FrequencyParams).period !== null).map(spanOf) : []);
        for (let t = typed.length - 1; t >= 0; t--) if (typed[t].type === 'frequency' && !setBefore.has(spanOf(typed[t]))) typed.splice(t, 1);
        if (typed.length === 0) continue;
      }
      // (a limit over a span is one, `… que tous les deux ans. Pour les enfants …, ce délai est ramené à un an`)
      if (!delayChange && typed.some((t) => t.type === 'frequency' && (t.params as FrequencyParams).period !== null)) st.delayWasLimit = true;
      // (`… au cours de la même séance que … . Dans ce cas, la prestation X ne peut pas être cumulée avec Y`: the case's span)
      if (k > 0 && /^\W*dans\s+ce\s+cas\b/iu.test(unitText)) {
        for (const t of typed) if (t.type === 'nonCumulation' && (t.params as { scope: string }).scope === 'any') (t.params as { scope: string }).scope = cumulScope(text.slice(sentences[k - 1].start, sentences[k - 1].end));
      }
      // a table's entry is a prestation's label: a rule only where its words type one (`…, non cumulable avec
      // ceux-ci, attestable une fois par …   N 208`), not where they merely sound like one (`Lorsque la séance 560011
      // ne peut être attestée …`, `(Règle de cumul 67)`: a reference to a rule set elsewhere)
      if (entry && typed.length === 0) continue;
      // (nor a sentence tied to nothing whose words, once its enumeration is read, type no rule)
      if (contextless && typed.length === 0) continue;
      // (nor a quote that is only such a reference, inserted after a prestation: `"(Règle de cumul 66)"`)
      if (typed.length === 0 && (RULE_REFERENCE.test(unitText) || RULE_HEADING.test(unitText))) continue;
      if (typed.length === 0 && indicationIntro) {
        candidates.push({ start, end, outcome: 'indication' });
        if (groups.length) st.lastRuleCodes = expand(groups);
        st.blockOpen = false;
        continue;
      }

      // the rule's own codes and the other party
      const parties = divideParties(text, start, end, groups, typed, entry);
      const { rel } = parties;
      let { own } = parties;
      // `Cette consultation ne peut être attestée que trois fois …, et seulement si la prestation 103390 a été attestée`:
      // the subject is a demonstrative and the verb comes before any code: the codes are a condition, not its own
      // (but `Ces actes sont compris dans les honoraires de la prestation X`: the fee that covers them is X's, the rule X's)
      if (own.length && !listGroups.length && !entry && DEMONSTRATIVE_SUBJECT.test(unitText) && isNormative(text.slice(start, own[0].start)) && !IN_THE_FEE_OF.test(text.slice(start, own[0].start))) own = [];
      // (a rule in a prestation's label is on that prestation: another code the label names is what it refers to, `Examen de
      // contrôle visé à la prestation X, …, cumulable uniquement avec la prestation X, attestable une fois par jour`)
      // (only a code named as a reference: not `…, la combinaison de celui-ci ou les numéros X et Y, non cumulable, …`)
      if (inLabel && own.length && st.previous.length && !listGroups.length && !own.some((g) => st.previous.some((p) => sameCodes(p, g.codes))) && REFERENCE_BEFORE.test(text.slice(start, own[0].start))) own = [];
      let codes = expand([...own, ...listGroups]);
      // (`A l'exception de la prestation X, les prestations A à B …`: the range but X; not an exception after them, `…, à
      // l'exception de la prestation X lorsqu'elle est effectuée par …`, which bears on a case of X)
      // (the exception names prestations only: not `A l'exception du cas où la prestation X est effectuée …`, `… des
      // bénéficiaires pour lesquels la prestation X …`)
      const firstOwn = own.find((o) => !parties.excepted.includes(o));
      const exceptedFirst = firstOwn && EXCEPTED_PRESTATIONS_FIRST.test(text.slice(start, firstOwn.start)) ? parties.excepted.filter((e) => e.start < firstOwn.start) : [];
      if (codes.length && exceptedFirst.length) codes = codes.filter((c) => !exceptedFirst.some((e) => e.codes[0] === c[0]));
      // (`Relèvent de la compétence … les prestations suivantes :` over a heading and its table: every prestation it
      // introduces, not the first table's only, whose codes the listing stopped after)
      if (own.length === 0 && listGroups.length && last && qualificationIntro(unitText)) {
        const introduced = introducedCodes(text, end, spanAround(start), prestations, numberedHeading(text, start, unitText));
        if (introduced && introduced.length > codes.length && codes.every((c) => introduced.some((g) => sameCodes(g, c)))) codes = introduced;
      }
      const anaphor = anaphorOf(rel >= 0 ? unitText.slice(0, rel) : unitText);
      // (`Elle` after `Les prestations X et Y ne peuvent …`: those, as a reader takes them, singular or not; the subject,
      // whatever the sentence names after its verb: `Elle est cumulable à 50 % avec ces prestations`)
      const agrees = antecedentNumber === null || (antecedentNumber === 'plural') === PLURAL_PRONOUN.test(unitText);
      const pronounOf = antecedent && ((PRONOUN_SUBJECT.test(unitText) && agrees) || CASE_REFERENCE.test(unitText)) ? antecedent : null;
      // (`Le rapport de cette concertation …` after `… lors d'une concertation …`: that rule's, though `cette concertation` reads as a
      // demonstrative on a prestation)
      const ruleBefore = st.rulesHereAt !== piece.paragraph ? null : anaphor === null ? documentAntecedent(unitText, st.rulesHere) : anaphor === 'previous' ? namedInRuleBefore(unitText, st.rulesHere) : null;
      const reading = subjectCodes(reader, st, { unitText, start, end, k, sentences, piece, last, rel, anaphor, own, parties, pronounOf, ruleBefore, namedBefore, listRule, contextless, actOfQuote, kindPool, codes });
      codes = reading.codes;
      const { onPrestationAbove, byPlace, bySubjectLabel, qualifiedToo } = reading;
      codes = dedupeGroups(codes);

      // (`…, ce nombre est porté à 150` with no span of its own: the span of the limit it raises)
      // (or of the limit the same sentence set before it: `… qu'une seule fois par année civile; chez …, ce nombre est porté à quatre`)
      if (THIS_LIMIT.test(unitText)) {
        const span = typed.map((t) => (t.type === 'frequency' ? (t.params as FrequencyParams).period : null)).find((p) => p !== null) ?? st.lastCountPeriod;
        if (span) for (const t of typed) if (t.type === 'frequency' && (t.params as FrequencyParams).period === null) (t.params as FrequencyParams).period = { ...span };
      }
      // (`la prestation X et sa répétition …`: and the prestation labelled as X's repetition, `Répétition … de la prestation X`)
      if (codes.length && /(?<![\p{L}])sa\s+r[ée]p[ée]tition(?![\p{L}])/iu.test(unitText)) codes = withRepetition(unitText, codes, labelledPrestations());
      const at = provenance(doc, start, end);
      const list = typed.length ? typed : [{ type: 'other' as const, params: {}, relational: rel >= 0, refusal: null }];
      // (the other party named by where the annex puts it: `… avec les prestations visées au § 14bis`; read once, when asked)
      let placed: string[][] | null | undefined;
      const placeParty = () => (placed === undefined ? (placed = rel >= 0 ? paragraphRefCodes(parties.partyClause, text, spanAround(start), prestations, start, paragraphQuotes(start)) : null) : placed);
      // (a sentence of two clauses, each with its subject's codes and a rule of its own: each rule on its clause's codes)
      const clauses = typed.length > 1 && groups.length > 1 && !listGroups.length ? ruleClauses(unitText) : null;
      for (const t of list) {
        const sameType: readonly unknown[] = list.filter((u) => u.type === t.type);
        const clause = t.relational ? null : clauseOf(clauses, t.type, sameType.indexOf(t), sameType.length);
        // (the clause's own codes: not its condition's, nor the party of a relation it states, `…, et uniquement en même temps que
        // la prestation Y, la prestation Z au maximum deux fois`, `X n'est pas cumulable avec Y et …, Z au maximum deux fois`; a
        // later clause's subject counts, though the relation before it left it among the others)
        // (a clause of its own after a relation keeps its subject, `… ne sont pas cumulables entre elles …, et la prestation Z n'est
        // attestable qu'une fois par jour`)
        const inThisClause = (g: (typeof groups)[number]) => clause !== null && g.start >= start + clause.from && g.start < start + clause.to;
        const relHere = clause !== null && parties.rel >= clause.from && parties.rel < clause.to;
        const ownHere = own.some(inThisClause);
        const inClause = clause
          ? dedupeGroups(expand(groups.filter((g) => !parties.excepted.includes(g) && inThisClause(g) && (own.includes(g) || listGroups.includes(g) || (parties.other.includes(g) ? !relHere : !ownHere)))))
          : [];
        let ruleCodes = inClause.length ? inClause : t.type === 'qualification' && qualifiedToo ? qualifiedToo : codes;
        const withParty = partyOf(t, unitText, parties, ruleCodes, expand, prestations, labelledPrestations, sink, { start, end }, placeParty, () => targetAt(doc, start).article);
        // (a subject the sentence does not name by code is never the party its opening condition names: `Si la prestation X
        // est attestée, aucune des prestations visées aux points 1 et 2 ne peut …` is not on X, whatever came before;
        // unresolved, it is said. Not a party named after the relation, `Cette prestation n'est pas cumulable avec les
        // prestations X, Y et Z` under X: that rule is on X)
        // (nor, among more prestations a demonstrative stands for, the one its party names: `Dans ce cas, ces prestations ne
        // sont pas cumulables avec la prestation X` after X, Y and Z is on Y and Z; not the same prestation performed by
        // another physician, `Elles ne sont pas cumulables avec la prestation Z effectuée par un autre médecin`)
        const inParty = (c: string[]) => withParty?.codes.some((w) => sameCodes(w, c)) ?? false;
        const amongMore = withParty !== null && !withParty.mutual && ruleCodes.filter((c) => !inParty(c)).length > 0 && !ANOTHER_PERFORMER.test(parties.partyClause);
        // (nor, named by a reference, only prestations its party names: `Le jour de l'admission, les honoraires de surveillance
        // visés à l'article 25, § 1er, ne sont pas cumulables avec les prestations X, Y et Z` is not on X and Y; `Cette
        // prestation …` under X, or `Elle …`, still is)
        const byReference = anaphor === null && !pronounOf && ruleCodes.every(inParty);
        if (withParty && (parties.partyInCondition || amongMore || byReference) && parties.own.length === 0 && ruleCodes.some(inParty)) {
          ruleCodes = ruleCodes.filter((c) => !withParty.codes.some((w) => sameCodes(w, c)));
          if (ruleCodes.length === 0) sink.report('warning', 'rule/unresolved-subject', UNRESOLVED_MESSAGE, { start, end });
        }
        const provision = ruleCodes.length === 0 ? { provision: targetAt(doc, start) } : {};
        rules.push({ type: t.type, codes: ruleCodes, with: withParty, params: t.params, text: unitText, refusal: t.refusal, ...provision, at } as Rule);
      }
      candidates.push({ start, end, outcome: typed.length ? 'typed' : 'other' });
      st.recordRule({ codes, typed, unitText, anaphor, own, listGroups, onPrestationAbove, byPlace, bySubjectLabel, paragraph: piece.paragraph, entry, inLabel, article: articleIndexAt(start), placeKey: () => placeKeyAt(start), nounBefore: () => nounBeforeCodes(text.slice(start, own[0].start)) });
    }
    i = consumedTo;
  }
  return { rules, candidates };
}

/** The same act by someone else: `… effectuée par un autre médecin`, `… par le même kinésithérapeute`. */
const ANOTHER_PERFORMER = /(?<![\p{L}])par\s+(?:un\s+autre|une\s+autre|le\s+même|la\s+même|d'autres)\s/iu;

/** The number an act is billed under, right before it: `… est portée en compte sous le numéro `. */
const BILLED_UNDER = /(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?)\s+sous\s+(?:le|la)\s+(?:numéro|n°|code|prestation)(?:\s+n°)?\s*$/iu;

/** A number the act is not, or no longer, billed under: `… n'est pas portée en compte sous le numéro`, `… était auparavant attestée sous …`. */
const NOT_BILLED_NOW = /(?<![\p{L}])(?:(?:ne|plus|auparavant|précédemment|était|étaient|a\s+été|ont\s+été)(?![\p{L}])|n')[^.;,]*$/iu;

/** A subject that is one of a series of acts: `La troisième séance …`, `Une deuxième consultation …`. */
const ORDINAL_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:la|le|une?)\s+(?:deuxième|troisième|quatrième|cinquième|sixième|seconde?|dernière)\s+(séance|prestation|consultation|application|intervention|session|injection|visite)(?![\p{L}])/iu;

/** A code named in a label as the act it refers to: `Examen de contrôle … visé à la prestation X`, `… de la prestation X`. */
const REFERENCE_BEFORE = /(?:vis[ée]e?s?\s+(?:à|au|sous)\s+(?:la\s+|le\s+)?(?:prestation|numéro)|(?:de|que|qu'une?)\s+(?:la\s+)?prestation)\s+(?:n°\s*)?$/iu;

export type { Piece };

/**
 * `la prestation X et sa répétition ne peuvent …`: X's codes and those of the prestation the document labels as its repetition
 * (`Répétition dans l'année civile de la prestation X …`), when one is; the codes as they were otherwise.
 */
function withRepetition(sentence: string, codes: string[][], labelled: readonly PrestationRef[]): string[][] {
  const m = /(\d{6})(?:\s*-\s*\d{6})?\s+et\s+sa\s+r[ée]p[ée]tition(?![\p{L}])/iu.exec(sentence);
  if (!m) return codes;
  const repeats = labelled.filter((p) => /^\W*r[ée]p[ée]tition(?![\p{L}])/iu.test(p.label) && new RegExp(String.raw`(?<!\d)${m[1]}(?!\d)`, 'u').test(p.label)).flatMap((p) => p.codes);
  return repeats.length ? dedupeGroups([...codes, ...repeats]) : codes;
}
