import type { CodeGroup } from '../code-groups.js';
import type { DiagnosticSink } from '../../structure/provenance.js';
import type { DocumentStructure } from '../../structure/types.js';
import type { Piece, PrestationRef } from './context.js';
import type { Anaphor } from './refs.js';
import type { Parties } from './party.js';
import type { TablePiece } from './table-pieces.js';
import type { ReadingState } from './reading-state.js';
import { countedPrestations, subjectLabelCodes, withoutExceptedLabels } from './refs.js';
import { KIND_ANAPHOR, ofKind, countedKindOf, beforeFirstVerb, renewedThingOf } from './act-kinds.js';
import { readLocator } from './locators.js';
import { titledRubricCodes } from './titled-rubric.js';
import { countedNoun, demonstrativeNoun, OTHER_ARTICLE } from './antecedents.js';
import { definedBeforeInParagraph, introducedCodes, paragraphRefCodes, opensParagraphOnThese, PREVIOUS_PARAGRAPH_SUBJECT, previousParagraphCodes } from './paragraph-refs.js';
import { ELLIPTICAL_LIMIT, NAMED_SUBJECT, PLURAL_PRONOUN, PRONOUN_SUBJECT, QUALIFICATION_INTRO, rubricAct, sameCodes, subjectPart, THIS_LIMIT } from './forms.js';

/*
 * Where a rule sentence that names no prestation of its own gets its codes (subjectCodes).
 */

/**
 * What the rule reader knows of the whole document: its prestations and where the decree puts them. spanAround,
 * samePlaceCodes and latter also read the reading state (the current segment, the last sentence's codes).
 */
export interface DocumentReader {
  doc: DocumentStructure;
  text: string;
  prestations: readonly PrestationRef[];
  sink: DiagnosticSink;
  labelledPrestations: () => PrestationRef[];
  tableRows: () => PrestationRef[];
  wider: (paragraphs: string[][] | null, tables: () => string[][] | null) => string[][] | null;
  definedBefore: (at: number) => string[][];
  samePlaceCodes: (at: number) => string[][];
  spanAround: (at: number) => { start: number; end: number };
  paragraphQuotes: (at: number) => (n: string) => { start: number; end: number; path: string[] }[];
  labelCandidates: (s: string, at: number) => PrestationRef[];
  relabelledRefs: PrestationRef[];
  placeKeyAt: (at: number) => string | null;
  latter: () => string[][] | null;
}

/** The sentence (or unit) being read, as the reader has divided it so far. */
export interface SubjectSentence {
  unitText: string;
  start: number;
  end: number;
  k: number;
  sentences: TablePiece[];
  piece: Piece;
  last: boolean;
  rel: number;
  anaphor: Anaphor;
  own: CodeGroup[];
  parties: Parties;
  pronounOf: string[][] | null;
  ruleBefore: string[][] | null;
  namedBefore: string[][];
  listRule: string[][] | null;
  contextless: boolean;
  actOfQuote: boolean;
  kindPool: string[][];
  /** the codes the sentence names of its own (its parties' and a list's): the reading starts from them */
  codes: string[][];
}

/** The codes read, and what gave them (the rule writer's checks after it ask). */
export interface CodesOfSubject {
  codes: string[][];
  /** the prestation above, a paragraph's */
  onPrestationAbove: boolean;
  /** named by where the annex puts them: `Les prestations du point D …` */
  byPlace: boolean;
  /** an act named by its label's words: `3° La plasmaphérèse ne peut …` */
  bySubjectLabel: boolean;
  /** a qualification's codes, excepted ones included, whose exception only adds a performer */
  qualifiedToo: string[][] | null;
}

/**
 * The prestations a rule sentence that names none of its own is about (index.ts reads the sentences in order): what its
 * demonstrative, pronoun or words stand for, the paragraph or rubric it names, the list it stands in, the prestation or the
 * rule above it. Each reading below is one a drafter's wording calls for; the first that applies wins.
 */
export function subjectCodes(reader: DocumentReader, st: ReadingState, sentence: SubjectSentence): CodesOfSubject {
  const { doc, text, prestations, sink, labelledPrestations, tableRows, wider, definedBefore, samePlaceCodes, spanAround, paragraphQuotes, labelCandidates, relabelledRefs, placeKeyAt, latter } = reader;
  const { unitText, start, end, k, sentences, piece, last, rel, anaphor, own, parties, pronounOf, ruleBefore, namedBefore, listRule, contextless, actOfQuote, kindPool } = sentence;
  let codes = sentence.codes;
  let byLabel: string[][] = [];
  let onPrestationAbove = false;
  // (its codes named by where the annex puts them: `Les prestations du point D …`)
  let byPlace = false;
  // (its subject an act named by its label's words: `3° La plasmaphérèse ne peut …`)
  let bySubjectLabel = false;
  let definedAs: string[][] | undefined;
  // (the codes, excepted ones included, of a qualification whose exception only adds a performer)
  let qualifiedToo: string[][] | null = null;
  // (the act its condition names by words, `Si une coronarographie a été portée en compte …`: it has none, as said)
  if (codes.length === 0 && parties.ownByWords) sink.report('warning', 'rule/unresolved-subject', UNRESOLVED_MESSAGE, { start, end });
  else if (codes.length === 0) {
    // (`Les prestations X, Y, Z comprennent … . Ces prestations entrent uniquement en ligne de compte …`: the ones just named)
    // (`2° au-delà de ce nombre, ces prestations …` after `1° les prestations X et Y …`: the ones the item before named)
    const named = anaphor === 'block' ? (st.mentioned && st.mentioned.length > 1 ? st.mentioned : null) : anaphor === 'latter' && latter() ? latter() : (anaphor === 'previous' || anaphor === 'latter') && st.mentioned?.length === 1 ? st.mentioned : null;
    // (`Ces deux consultations …` after two prestations: those two, whatever the sentences between named)
    // (or, where the quote defines fewer, those the decree's article defined before it: `1. … les prestations suivantes sont
    // insérées : " X … Y … "` then `3. … " … ces deux prestations ne sont jamais cumulables … "`)
    // (or, in a quote of rules that defines none, as many as the sentence before named, any role: `La prestation X … ; elle n'est
    // jamais cumulable avec la prestation Y … . Ces deux prestations …`)
    const counted = anaphor === 'block' ? (countedPrestations(unitText, st.seen) ?? countedPrestations(unitText, definedBefore(start)) ?? countedExactly(unitText, namedBefore)) : null;
    // (in a list whose intro names them, `4° elles …` are the intro's, whatever the item before named)
    // (`Les prestations citées au § 1er ne sont pas cumulables …`: those the segment's § 1er defines; as the
    // subject only: not in a condition or an exception, `Cette visite ne peut … que si une des prestations du § 1er …`)
    const previousParagraph = PREVIOUS_PARAGRAPH_SUBJECT.test(unitText);
    const subjectWords = subjectPart(rel >= 0 ? unitText.slice(0, rel) : unitText);
    const byParagraph = anaphor === null && !pronounOf && !previousParagraph
      ? wider(paragraphRefCodes(subjectWords, text, spanAround(start), prestations, start, paragraphQuotes(start)), () => paragraphRefCodes(subjectWords, text, spanAround(start), tableRows(), start, paragraphQuotes(start), false))
      : null;
    // (`Sont considérées comme prestations qui requièrent la qualification de … :`: the prestations listed after it)
    // (a fixed-width table's rows too: `a) lorsqu'elles requièrent la qualification d'accoucheuse (V) :` over one)
    const introduced = !byParagraph && anaphor === null && last && qualificationIntro(unitText) ? wider(introducedCodes(text, end, spanAround(start), prestations, numberedHeading(text, start, unitText), rubricAct(unitText)), () => introducedCodes(text, end, spanAround(start), tableRows(), numberedHeading(text, start, unitText), rubricAct(unitText))) : null;
    // (`§ 2. Ces prestations ne sont remboursées que …` after the table of § 1er, `§ 2. Les prestations définies au paragraphe
    // précédent …`: the prestations of the paragraph before)
    const byPreviousParagraph = (anaphor === 'block' && (!named || opensParagraphOnThese(text, start, spanAround(start)))) || previousParagraph
        ? wider(previousParagraphCodes(text, start, spanAround(start), prestations), () => previousParagraphCodes(text, start, spanAround(start), labelledPrestations(), (i) => doc.ingested.text.originalOffset(i)))
        : null;
    // (`… les prestations de la rubrique " Surveillance … " …`: those the decree puts under that title)
    const byRubricTitle = !byParagraph && anaphor === null && !pronounOf ? wider(titledRubricCodes(subjectWords, text, prestations, start), () => titledRubricCodes(subjectWords, text, tableRows(), start)) : null;
    if (byParagraph) (codes = byParagraph), (byPlace = true);
    else if (byRubricTitle) (codes = byRubricTitle), (byPlace = true);
    else if (byPreviousParagraph) codes = byPreviousParagraph;
    else if (introduced) codes = introduced;
    // (`132 ¶ Ce test ne peut …` in the rubric `Règles diagnostiques`: the prestations whose label refers to rule 132)
    else if (st.numberedRule && !named && !pronounOf && anaphor !== 'article') codes = st.numberedRule.slice();
    // (`ces tiges` after `Les tiges mentionnées sous les prestations X, Y et Z sont considérées …`: those, whatever is above)
    else if ((anaphor === null || anaphor === 'block') && !named && (definedAs = st.namedByNoun.get(demonstrativeNoun(unitText) ?? ''))) codes = definedAs.slice();
    // (not a pronoun after the item's first sentence: `d) la prestation X n'est remboursable que … . Elle peut être attestée …`,
    // `… . Celle-ci est limitée à …`, is X)
    else if (st.listCodes && k > 0 && !named && st.mentioned?.length && STANDS_FOR_SUBJECT.test(unitText)) codes = st.mentioned.slice();
    // (`4° ces prestations sont …` opening an item of a list whose intro named them, `Les prestations A, B, C et D sont soumises
    // aux conditions suivantes :`: the intro's, not the part of them the item before named)
    else if (st.listCodes && anaphor !== 'article' && !((pronounOf || ((anaphor === 'previous' || anaphor === 'latter') && st.mentioned?.length)) && k > 0 && !named))
      codes = (named && !(k === 0 && anaphor === 'block' && ITEM_DEMONSTRATIVE.test(unitText) && !THIS_LIMIT.test(unitText) && strictSubset(named, st.listCodes)) ? named : st.listCodes).slice();
    // (`Dans ce cas, cette dernière …`: the latter, not the whole case the sentence before stated)
    else if (anaphor === 'latter' && latter()) codes = latter()!;
    else if (pronounOf) codes = pronounOf.slice();
    // (`… que sur prescription … . Le kinésithérapeute conserve cette prescription …`, `… . Dans ce cas, une attestation …`:
    // the prestations of the rule before, in the same paragraph, that asked for that document, or of the rule just before)
    else if (ruleBefore) codes = ruleBefore.slice();
    else if (counted && !(named && named.length === counted.length)) codes = counted;
    // (a plural never stands for one prestation: with no block open and the last rule on one, the segment's so far)
    else if (anaphor === 'block') {
      const namedHere = st.paragraphNamedAt === piece.paragraph ? st.paragraphNamed : [];
      codes = st.mentioned && st.mentioned.length > 1 ? st.mentioned.slice() : st.block.length ? st.block.slice() : st.lastRuleCodes.length < 2 && st.seen.length > 1 ? st.seen.slice() : st.lastRuleCodes.length < 2 && namedHere.length > 1 ? namedHere.slice() : st.lastRuleCodes.length < 2 && st.quoteNamed.length > 1 ? st.quoteNamed.slice() : st.lastRuleCodes.slice();
      // (a table's section that has listed nothing yet: the rows it lists below, `b) preparation a l'accouchement :` /
      // `Ces prestations doivent avoir une durée globale moyenne …` / `422096 Preparation individuelle …`, 1998022388)
      if (codes.length === 0 && st.sectionOpen && st.seen.length === 0) codes = entriesBelow(sentences, k);
    }
    else if (anaphor === 'previous' || anaphor === 'latter') codes = st.mentioned?.length === 1 ? st.mentioned.slice() : st.previous.length ? (st.previous.length > 1 && st.bullets ? st.lastPrestation.slice() : st.previous.slice()) : st.lastRuleCodes.slice();
    else if (anaphor === 'article') codes = [];
    else if (listRule) codes = listRule.slice();
    // (`Pour les cas qui dérogent aux quotas fixés ci-dessus, …`: every prestation a limit above was set on)
    else if (LIMITS_ABOVE.test(unitText) && st.countCodesHere.length) codes = st.countCodesHere.slice();
    // (`La première séance comprend …` under three prestations: the one of them whose label its subject opens, not the last)
    // (an act named by the new label the decree gives it, `L'évaluation psychogériatrique initiale n'est remboursée …` under the
    // rules inserted after another prestation: that one)
    // (not where the prestation just above is labelled so too: `L'évaluation psychogériatrique …` under `Évaluation
    // psychogériatrique de suivi …` is that one's)
    else if (
      relabelledRefs.length &&
      anaphor === null &&
      (byLabel = subjectLabelCodes(unitText, labelCandidates(unitText, start))).some((g) => relabelledRefs.some((r) => sameCodes(r.codes[0], g))) &&
      !(st.blockOpen && byLabel.some((g) => st.previous.some((p) => sameCodes(p, g))))
    )
      (codes = byLabel), (bySubjectLabel = true);
    else if (st.blockOpen && st.previous.length && (byLabel = subjectLabelCodes(unitText, labelledPrestations())).length && byLabel.every((g) => st.block.some((b) => sameCodes(b, g))) && !byLabel.every((g) => st.previous.some((p) => sameCodes(p, g))))
      (codes = byLabel), (bySubjectLabel = true);
    else if (st.blockOpen && st.previous.length) {
      codes = st.previous.slice();
      onPrestationAbove = st.aboveIsParagraph;
    }
    // (`Maximum 2 fois par mois.` under a prestation's conditions: that prestation's, whatever rule came between)
    // (not one that names its act, `Au maximum deux séances de destruction percutanée …` after the rules of another: the
    // prestations labelled so)
    else if (ELLIPTICAL_LIMIT.test(unitText) && st.previous.length && !(/maximum\s+\S+\s+s[ée]ances?\s+(?:de\s|d')/iu.test(unitText) && subjectLabelCodes(unitText, labelCandidates(unitText, start)).length)) codes = st.previous.slice();
    else if ((byLabel = subjectLabelCodes(unitText, labelCandidates(unitText, start))).length) (codes = byLabel), (bySubjectLabel = true);
    // (a quote of rules only, `3. L'alinéa 6 est remplacé par ce qui suit : " Le formulaire … est signé … "`: the prestations
    // the decree article put earlier into the same annex place, `1. L'alinéa 1er est remplacé : " 685230-685241 … "`)
    // (not a duty following such a rule on an act named by words, `Une seule visite postnatale … . Dans ce cas, l'accoucheuse note
    // … dans le dossier`: that act's, which nomen could not find)
    else if (contextless) codes = st.segment < 0 || st.unresolvedIn === piece.paragraph ? [] : actOfQuote ? renewedThingOf(unitText, st.ruleInQuote, labelledPrestations(), st.seen) : samePlaceCodes(start);
    // (`Ce nombre peut être dépassé …` with no prestation above it: the last limit, or rule that set a count)
    else if (THIS_LIMIT.test(unitText) && st.lastCountCodes.length) codes = st.lastCountCodes.slice();
    // (a plural pronoun never stands for one prestation: `Cette dernière … . Elles …`)
    // (nor does a sentence that names its own place, one not found here, `C. Les prestations visées au § 1er, E. …`, or its own
    // kind of act or article: `§ 6. Les honoraires pour les prestations de curiethérapie …`)
    // (nor a demonstrative that picked one of the last rule's own codes, `Les prestations X et Y … . Cette prestation …`: the
    // next rule is still on both)
    // (the sentence after one whose subject named its act by words, in the same item: `3° La plasmaphérèse ne peut être attestée que
    // 5 fois … . Au-delà, la poursuite du traitement est subordonnée à …`, that act's)
    else if (st.labelSubject && st.labelSubject.paragraph === piece.paragraph && !(st.labelSubject.codes.length < 2 && PLURAL_PRONOUN.test(unitText)) && readLocator(subjectWords) === null && !OWN_KIND.test(subjectWords) && !OTHER_ARTICLE.test(subjectWords)) codes = st.labelSubject.codes.slice();
    else if (st.lastReferred.length && !(st.lastReferred.length < 2 && PLURAL_PRONOUN.test(unitText)) && readLocator(subjectWords) === null && !OWN_KIND.test(subjectWords) && !OTHER_ARTICLE.test(subjectWords) && !st.lastReferred.every((g) => st.lastRuleCodes.some((c) => sameCodes(c, g)))) codes = st.lastReferred.slice();
    else if (st.lastRuleCodes.length) codes = st.lastRuleCodes.slice();
    else if (st.previous.length) codes = st.previous.slice();
    // (nothing in its own quote: a rule tied to the one before it there, or a demonstrative, stands for the same place's)
    // (a demonstrative with nothing it could stand for above: the last rule of its quote, `A. Les prestations visées au § 1er,
    // F., 4° … . ¶ Pour …, le bilan établi pour ces prestations …`, whatever gave that rule its codes)
    if (codes.length === 0 && (anaphor === 'block' || anaphor === 'previous') && st.segment >= 0) codes = st.ruleInQuote.slice();
    // (nor in its quote: the last rule an earlier quote of the decree article put into the same place)
    if (codes.length === 0 && (anaphor === 'block' || anaphor === 'previous') && st.segment >= 0) {
      const key = placeKeyAt(start);
      const before = key === null ? undefined : st.placeRules.get(key);
      if (before && before.segment !== st.segment) codes = before.codes.slice();
    }
    // (`c) Les électrodes X et Y … . d) Deux électrodes au maximum …`: the things its subject counts, by the noun a rule of
    // the quote named them with)
    if (codes.length === 0 && st.namedByNoun.size) codes = st.namedByNoun.get(countedNoun(unitText) ?? demonstrativeNoun(unitText) ?? '')?.slice() ?? [];
    if (codes.length === 0 && anaphor !== 'article' && !contextless && st.segment >= 0) codes = samePlaceCodes(start);
    // (nor before it, in its quote: the prestations its `§` paragraph defines above it, `4° Une deuxième séance … peut être
    // attestée …` under `§ 14bis. … 1° … 564701 …`)
    // (not a rule on another article's acts: `Les consultations de l'article 2 ne peuvent …`, `Le bilan visé à l'article 20 …`)
    if (codes.length === 0 && anaphor !== 'article' && st.segment >= 0 && !OTHER_ARTICLE.test(unitText)) codes = definedBeforeInParagraph(text, spanAround(start), start, prestations) ?? [];
    // (a chain of them: `Elle ne doit pas être prescrite. Elle peut être attestée dès …`; or, in its number, after a
    // demonstrative: `Ensemble, ces prestations sont remboursées …. Elles ne sont pas cumulables entre elles …`)
    if (pronounOf || (st.listCodes && PRONOUN_SUBJECT.test(unitText))) st.lastSubject = codes;
    else if (anaphor !== null && anaphor !== 'article' && codes.length > 0) {
      st.lastSubject = codes;
      st.lastSubjectNumber = anaphor === 'block' ? 'plural' : 'singular';
    }
    // (or an act its subject names by its words, whatever gave it its codes: `La concertation peut être attestée … . Elle peut
    // être réalisée par …`)
    // (not a plural given one prestation: `Les séances de groupe réunissent …`, on the one of the rule before)
    else if (codes.length > 0 && NAMED_SUBJECT.test(unitText) && !(codes.length === 1 && /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:les|des)\s/iu.test(unitText))) st.lastSubject = codes;
    // (`Ces suppléments …` under a fee and its supplements: the supplements)
    // (in the subject; or where the sentence names no other demonstrative there, the one that made it an anaphor: `L'accoucheuse
    // doit motiver ces visites supplémentaires …`; not `Ces prestations … que si … la date de ces séances`)
    const subjectOnly = beforeFirstVerb(unitText);
    const kind = anaphor === 'block' && codes.length > 1 ? (KIND_ANAPHOR.exec(subjectOnly) ?? (/(?<![\p{L}])(?:ces|lesdites|lesdits)\s/iu.test(subjectOnly) ? null : KIND_ANAPHOR.exec(unitText))) : null;
    if (kind) codes = ofKind(codes, [kind[1], kind[2]].filter((k): k is string => k !== undefined), labelledPrestations());
    // (`Le nombre de séances remboursables est limité à …` given the prestation above, a `Bilan fonctionnel écrit …` under three
    // séances: the séances its quote defined, where what it was given holds none of that kind)
    if (own.length === 0 && kindPool.length && countedKindOf(unitText, codes, labelledPrestations()).length === 0) {
      const ofThatKind = countedKindOf(unitText, kindPool, labelledPrestations());
      if (ofThatKind.length) codes = ofThatKind;
    }
    // (`A l'exception de la prestation X, les prestations visées ci-dessus …`: those but X; but one that `peut également être
    // attestée par` another physician is still one whose performers are limited, by more of them)
    if (parties.excepted.length && EXCEPTED_ALSO_BY.test(unitText)) qualifiedToo = codes;
    if (parties.excepted.length) codes = codes.filter((c) => !parties.excepted.some((e) => e.codes[0] === c[0]));
    // (`…, sauf la prestation " rapport écrit "`: those but the ones whose label opens so)
    if (codes.length > 1) codes = withoutExceptedLabels(unitText, codes, labelledPrestations());
    if (codes.length === 0 && anaphor !== 'article') sink.report('warning', 'rule/no-codes', 'rule sentence names no code and none precedes it', { start, end });
  }

  return { codes, onPrestationAbove, byPlace, bySubjectLabel, qualifiedToo };
}

/**
 * A qualification's intro, the whole unit or its first line: `Sont considérées comme prestations qui requièrent la
 * qualification de … :` stays one unit with the headings under it (`1. Echographie ostéo-articulaire.`, `Echographie
 * bidimensionnelle … :`) down to the first code.
 */
export const qualificationIntro = (unit: string): boolean => QUALIFICATION_INTRO.test(unit) || (/\n/u.test(unit) && QUALIFICATION_INTRO.test(unit.slice(0, unit.indexOf('\n'))));

/** The number of a numbered heading (`4. Microchirurgie (…)`, before the sentence or in it), whose list ends at the next one (`5.`); null when none. */
export const numberedHeading = (text: string, start: number, sentence: string): number | null => {
  const n = /(?:^|\n)[\s"]*(\d{1,2})\.\s*$/u.exec(text.slice(Math.max(0, start - 12), start)) ?? /^\W*(\d{1,2})\.\s+\p{Lu}/u.exec(sentence);
  return n ? Number(n[1]) : null;
};

/** Said of a rule sentence whose subject stands for prestations nomen could not find (rule/unresolved-subject). */
export const UNRESOLVED_MESSAGE = 'rule sentence whose subject (a pronoun, a demonstrative, an act named by words) stands for prestations nomen could not tie it to';

/** A demonstrative pronoun as a sentence's subject: `Celle-ci est limitée à …`. */
const STANDS_FOR_SUBJECT = /^\W*(?:celle|celui|celles|ceux)-(?:ci|là)(?![\p{L}])/iu;

/** An exception that adds a performer to the excepted prestation: `…, à l'exception de la prestation X, qui peut également être attestée par …`. */
const EXCEPTED_ALSO_BY = /(?<![\p{L}])(?:à\s+l'exception|sauf|excepté)(?![\p{L}])[^.;]{0,120}?,\s*qui\s+peu(?:t|vent)\s+(?:également|aussi)\s+être\s+(?:attestée?s?|effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|portée?s?\s+en\s+compte)\s+par(?![\p{L}])/iu;

/** Prestations named by their kind: `les prestations de curiethérapie` (not `de ces …`, `de la présente …`). */
const OWN_KIND = /(?<![\p{L}])(?:les|des)\s+prestations\s+(?:de|d'|du|des)\s*(?!(?:ce|cet|cette|ces|celles?|la\s+présente|le\s+présent)(?![\p{L}]))\p{L}/iu;

/** The limits set above, named so: `les quotas fixés ci-dessus`, `aux maxima prévus ci-avant`. */
// (`au-delà du nombre maximum de séances fixé ci-dessus`, `aux fréquences fixées ci-dessus`, `aux maxima précités`)
const LIMITS_ABOVE = /(?<![\p{L}])(?:aux?|les?|du|des|ces)\s+(?:quotas?|maxima|maximums?|limites?|plafonds?|fréquences?|nombres?\s+maxim(?:um|aux|al)s?)(?:\s+d(?:e\s+|')\p{L}+)?\s+(?:(?:fixée?s?|prévue?s?|visée?s?|mentionnée?s?|précisée?s?)\s+(?:ci-dessus|ci-avant|plus\s+haut)|précitée?s?|susvisée?s?|susmentionnée?s?)(?![\p{L}])/iu;

/** `Ces deux prestations` standing for the `groups` a sentence named, when it named that many: those; else null. */
function countedExactly(sentence: string, groups: readonly string[][]): string[][] | null {
  // (prestations or acts counted so: not `Ces deux séances hebdomadaires`, which counts sessions)
  if (!/(?<![\p{L}])ces\s+(?:deux|trois|quatre|\d+)\s+(?:prestations|actes)(?![\p{L}])/iu.test(sentence)) return null;
  const counted = countedPrestations(sentence, groups);
  return counted && counted.length === groups.length ? counted : null;
}

/** An item that opens on a demonstrative of prestations: `4° ces prestations …`, `b) Ces actes …`, `2° lesdites prestations …`. */
const ITEM_DEMONSTRATIVE = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*|\d{1,2}°\s*)(?:ces|lesdites|lesdits)\s+(?:prestations|actes|examens|interventions)(?![\p{L}])/iu;

/** Every group of `part` is in `whole`, which has more. */
function strictSubset(part: readonly string[][], whole: readonly string[][]): boolean {
  return part.length < whole.length && part.every((p) => whole.some((w) => sameCodes(p, w)));
}

/** The entries of a table's section after sentence `k`, up to the next section: the rows a rule standing above them announces. */
function entriesBelow(sentences: readonly { entry?: string[][]; opensSection?: true }[], k: number): string[][] {
  const out: string[][] = [];
  for (let j = k + 1; j < sentences.length && !sentences[j].opensSection; j++) if (sentences[j].entry) out.push(...sentences[j].entry!.map((g) => g.slice()));
  return out;
}
