import type { RuleWith } from '../../schema/rules.js';
import type { DiagnosticSink } from '../../structure/provenance.js';
import type { CodeGroup } from '../code-groups.js';
import type { PrestationRef } from './context.js';
import { ANY_OTHER, CLAUSE_BREAK, clauseWords, CONDITION_AFTER, CONDITION_EXCEPTION, DEMONSTRATIVE_PARTY, EXCEPTION_CLAUSE, INCLUDES_VERB, NEG_CUMUL_PARTY, PARTY_EXCEPTION, sameCodes, SUBJECT_CODES } from './forms.js';
import { articleRefs, emptyWith, labelRef, relationIndex, resolveLabel, rubricRefs } from './refs.js';
import { dedupeGroups } from './code-sets.js';
import { barredAfterDone } from './barred-after-done.js';
import { repeatedBefore } from './repeated-before.js';
import { BARRED_AFTER, COMMA_IN_CODES, COMMA_NOT_IN_CODES, forbidsCumulation, NO_SUPPLEMENT, ONLY_SUPPLEMENT, ONLY_WITH } from './cumulation.js';
import type { Typed } from './typers.js';

/**
 * The two parties of a rule sentence: the prestations it governs (its own codes, before the relation
 * word: `avec`, `cumulable`, `lors de`…) and the other party (the codes after it, up to the clause's end).
 */

/** What may stand before a clause that opens a sentence: an item's mark, a word and its comma (`1° `, `Toutefois, `). */
const OPENING = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*|\d+°\s*)?(?:\p{L}+\s*,\s*)?$/u;

/** A circumstance that opens the sentence, up to its comma: `Lors d'une …, `, `Lorsque la prestation X est …, ` (a span set in
 * it between commas: `Si, au cours d'une même séance opératoire, la prestation X n'est pas portée en compte, `). */
// (up to its comma: not one inside a list of codes, `… que les prestations Y, Z ou W, elle …`)
const OPENING_CIRCUMSTANCE = new RegExp(String.raw`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:lors\s+d|au\s+cours\s+d|en\s+cas\s+d|dans\s+le\s+cas\s+d|[aà]\s+d[ée]faut\s+d|faute\s+d|en\s+l'absence\s+d|lorsqu|quand\s|si\s|(?:si|lorsque|quand)\s*,[^,;:]{1,80}?,)(?:[^,;:]|${COMMA_IN_CODES})*${COMMA_NOT_IN_CODES}\s*`, 'iu');
/** A clause up to its end, a comma (not one inside a list of codes) or a semicolon; an exception's, up to its comma only. */
const CLAUSE_TO_END = new RegExp(String.raw`^(?:[^,;]|${COMMA_IN_CODES})*(?:;|${COMMA_NOT_IN_CODES})`, 'u');
const CLAUSE_TO_COMMA = new RegExp(String.raw`^(?:[^,]|${COMMA_IN_CODES})*${COMMA_NOT_IN_CODES}`, 'u');
/** What a circumstance compares the act with: `… au cours d'une même séance que la prestation Y`, `… qu'une prestation Y`. */
const CIRCUMSTANCE_COMPARED = /(?<![\p{L}])(?:que|qu'|avec)\s*(?:la|les|l'|une?|des)?\s*prestations?\s+(?:n°\s*)?\d{6}/iu;
/** A word that refers back to an act named before: `celle-ci`, `cette dernière`, `cette prestation`. */
const BACK_REFERENCE = /(?:celle|celui|ceux|celles)-(?:ci|là)|(?<![\p{L}])(?:cette|ces)\s+(?:dernière|derniers?|dernières|prestations?)(?![\p{L}])|(?<![\p{L}])ce\s+dernier(?![\p{L}])/iu;
/** An exception right before it, `… excepté avec celle-ci`, `… aucune autre prestation que celle-ci`: what it refers to is allowed. */
const EXCEPTED_BEFORE = /(?<![\p{L}])(?:sauf|excepté|hormis|à\s+l'exception\s+d[e']|à\s+l'exclusion\s+d[e']|si\s+ce\s+n'est|mais\s+l'est|autres?\s+(?:prestations?\s+)?que)\s*(?:avec\s+|de\s+|d')?\s*$/iu;
/** Where another clause begins: a condition or a relative clause. */
const BEFORE_ANOTHER_CLAUSE = /(?<![\p{L}])(?:si|lorsque|lorsqu'|quand|qui|dont)(?![\p{L}])/iu;
/** The fee a supplement is billed with, by its codes: `… en supplément de la prestation Y`, `… des prestations Y et Z`. */
const SUPPLEMENT_OF = /^\s*(?:de\s+la|des|du|de)\s+prestations?\s+(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou)\s*(?:n°\s*)?\d{6}(?:\s*-\s*\d{6})?)*/iu;
/**
 * A prestation the subject's act is dated or done by reference to: `… dans les douze mois qui suivent la prestation Y`,
 * `… qu'après (la réalisation de) la prestation Y`, `… que postérieurement à la prestation Y`, `… par un médecin spécialiste
 * autre que celui qui effectue (ayant effectué) la prestation Y` (with the list of codes that follows it).
 */
const CODE_REF = String.raw`(?:n°s?\s*)?\d{6}(?:\s*-\s*\d{6})?`;
const REFERENCE_EVENT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:qui|lesquel(?:le)?s)\s+(?:suit|suivent|précède|précèdent)|suivant|précédant|après|avant|(?:postérieurement|antérieurement)\s+à|à\s+la\s+suite\s+d(?:e\s+la|e\s+l'|es|u)|(?:autre\s+que|différente?\s+d[eu])\s+(?:celui|celle)\s+(?:qui\s+(?:\p{L}+\s+){1,2}?|ayant\s+(?:\p{L}+\s+)?))\s*(?:(?:la\s+|l')?(?:réalisation|exécution)\s+d(?:e\s+|')\s*)?(?:la\s+|les\s+|une?\s+|l')?prestations?\s+${CODE_REF}(?:\s*(?:,|et|ou)\s*${CODE_REF})*`,
  'giu',
);

/** A subject named by its code: `la prestation Z`, `les prestations Z et W`. */
const SUBJECT_BY_CODE = /^(?:seule?s?\s+)?(?:la|les|ces|cette)\s+prestations?\s+(?:n°\s*)?\d{6}/iu;

/** A sentence that opens on its subject named by codes: `La prestation X`, `a/1) Les prestations X, Y et Z`, `5° la prestation X`. */
const SUBJECT_HEAD = /^\W*(?:[\p{L}\d°/]{1,5}[.)]\s*|\d{1,2}°\s*)?(?:la|les|cette|ces)\s+prestations?\s+(?:n°s?\s*|nos\s+)?\d{6}(?:\s*-\s*\d{6})?(?:\s*(?:,|et|ou|à)\s*(?:n°s?\s*|nos\s+)?\d{6}(?:\s*-\s*\d{6})?)*/iu;
/** A clause with a subject of its own after a condition, joined by `et`: `… et il en va de même pour …`, `… et elle …`. */
/** A main clause on each of the acts its circumstance named: `chaque prestation …`, `les deux prestations …`. */
const EACH_OF_THEM = /^(?:chaque\s+prestation|chacune\s+(?:des|de\s+ces)\s+(?:deux\s+)?prestations|(?:les|ces)\s+deux\s+prestations)(?![\p{L}])/iu;

/** A clause that allows what the rule before it barred: `…, mais peuvent être cumulés avec …`. */
const ALLOWING_CLAUSE = /,\s*mais\s+(?:(?:il|elle|ils|elles)\s+)?(?:peu(?:t|vent)\s+(?:également\s+|toutefois\s+|néanmoins\s+)?être|sont|est)\s+(?:également\s+|toutefois\s+|néanmoins\s+)?(?:cumul|attest|port)/iu;

const CLAUSE_AFTER_CONDITION = /\s(?:et|mais)\s+(?:il|elle|ils|elles)\s/iu;
/** A condition on that subject: `… que si …`, `… lorsqu'elle …`, `… quand …`, `… s'ils …`. */
// (or a prestation it goes with or a patient's history, set after it: `…, et uniquement en même temps que la prestation Y`, `… et
// qu'en même temps que …` (a second restriction: not the rule's only one, `X ne peut être attestée qu'en même temps que Y`),
// `…, et seulement chez un bénéficiaire pour qui la prestation Y a été attestée`, `… qui a déjà bénéficié de la prestation Y`;
// not any relative clause, `La prestation X effectuée chez un patient chez qui … et la prestation Y ne peuvent …`)
const SUBJECT_CONDITION = /(?<![\p{L}])(?:si(?=\s)|s'(?=ils?\s)|lorsqu(?=['’]|e\s)|quand(?=\s)|qu['’]en\s+(?:supplément|complément)(?=\s)|(?<=(?:,|(?<![\p{L}])et)\s+)(?:(?:uniquement|seulement|exclusivement)\s+|qu['’])en\s+même\s+temps\s+qu(?=['’]|e\s)|(?:uniquement|seulement|exclusivement)\s+(?:chez|pour)\s+(?:un|une|le|la|les|des)\s+(?:bénéficiaires?|patients?|patientes?|enfants?)\s+(?:(?:pour|chez)\s+(?:qui|lequel|laquelle|lesquels|lesquelles)|qui\s+(?:a|ont)\s+(?:déjà\s+)?bénéficié\s+d)(?=\s|')|qui\s+(?:a|ont)\s+déjà\s+bénéficié\s+d(?=['’]|e\s|u\s|es\s))/iu;

export interface Parties {
  /** where the relation begins in the sentence, or -1 */
  rel: number;
  /** `… n'est cumulable qu'avec X` */
  onlyWith: RegExpExecArray | null;
  own: CodeGroup[];
  other: CodeGroup[];
  /** the codes an exception clause names (`à l'exception de la prestation X`): never the rule's, whatever stands for them */
  excepted: CodeGroup[];
  /** the other party's words, from the relation to the end of its clause, before what is allowed or a condition */
  partyClause: string;
  /** the rule's own act is named by its words only (`Si une coronarographie a été portée en compte …`): no codes are its own */
  ownByWords?: boolean;
  /** what alone may be billed with the rule's own (`Seule la prestation X peut être attestée en supplément`): X's words */
  onlyAllowed?: string;
  /** the other party is named by a condition opening the sentence, `Si la prestation X a été attestée, …`: the rule is never on it */
  partyInCondition?: boolean;
}

/** An exception's clause: `à moins que …`, `sauf si …`, `sauf en cas de …`. */
const UNLESS_CLAUSE = /(?<![\p{L}])(?:à\s+moins\s+qu|sauf\s+(?:si|s'|lorsqu|quand|en\s+cas))/iu;

/**
 * Split the codes `groups` of the sentence text[start, end) between the rule and the other party. `entry`: the
 * sentence is a table's entry, whose own code is the rule's.
 */
export function divideParties(text: string, start: number, end: number, groups: readonly CodeGroup[], typed: readonly Typed[], entry: string[][] | undefined): Parties {
  const unitText = text.slice(start, end);
  // `Si … par la prestation X, aucune des prestations Y, Z ne peut …`: the condition names the other party, the rule's own
  // follow it
  const isBar = typed.some((t) => t.type === 'nonCumulation');
  // (an act done within a span before another, then repeated in the same session as it: `Si la prestation X a été portée en
  // compte dans les 30 jours qui précèdent la prestation Y, la prestation X effectuée au cours de la même séance …`: X's codes
  // with Y's, none of its own where the condition names X by its words)
  const repeated = isBar ? repeatedBefore(unitText) : null;
  if (repeated) {
    const within = (g: CodeGroup, span: { from: number; to: number }) => g.start >= start + span.from && g.start < start + span.to;
    const done = groups.filter((g) => within(g, repeated.done));
    const before = groups.filter((g) => within(g, repeated.other));
    // (the act the main clause bars, where it names codes of its own: `…, la prestation Z effectuée au cours de la même séance …`)
    const barred = groups.filter((g) => within(g, repeated.barred) && !before.some((b) => sameCodes(b.codes, g.codes)));
    const own = barred.length ? barred : done;
    const other = before.filter((g) => !own.some((o) => sameCodes(o.codes, g.codes)));
    return { rel: 0, onlyWith: null, own, other, excepted: [], partyClause: unitText.slice(repeated.other.from, repeated.other.to), ownByWords: own.length === 0 };
  }
  // (only X as a supplement: the rule is on the fee it supplements, named after `en supplément de` or not at all; X is allowed)
  // (not when the sentence states a bar of its own: `…; elle n'est pas cumulable avec la prestation Y`)
  const onlySupplement = isBar && !forbidsCumulation(unitText) && !ONLY_WITH.test(unitText) ? ONLY_SUPPLEMENT.exec(unitText) : null;
  if (onlySupplement) {
    const of = SUPPLEMENT_OF.exec(unitText.slice(onlySupplement[0].length));
    const ofFrom = start + onlySupplement[0].length;
    const own = of ? groups.filter((g) => g.start >= ofFrom && g.start < ofFrom + of[0].length) : [];
    return { rel: 0, onlyWith: null, own, other: [], excepted: [], partyClause: '', onlyAllowed: onlySupplement[1] };
  }
  // (or the barred named by their codes: `Si la prestation X a été attestée, les prestations Y et Z ne peuvent pas …`)
  const barredBy = isBar ? (BARRED_AFTER.exec(unitText)?.[1] ?? barredAfterDone(unitText)) : null;
  if (barredBy !== null) {
    const cut = start + barredBy.length;
    // (but codes the rule excepts, `…, à l'exception de la prestation W`, are neither)
    const exceptAt = EXCEPTION_CLAUSE.exec(unitText.slice(barredBy.length));
    const exceptFrom = exceptAt ? cut + exceptAt.index : end;
    const excepted = groups.filter((g) => g.start >= exceptFrom);
    const own = groups.filter((g) => g.start >= cut && g.start < exceptFrom);
    const other = groups.filter((g) => g.start < cut && !own.some((o) => sameCodes(o.codes, g.codes)));
    return { rel: 0, onlyWith: null, own, other, excepted, partyClause: barredBy, partyInCondition: true };
  }
  // a sentence that opens on the relation (`Lors d'un même postpartum, les prestations …`) sets its scope, not the other party
  let rel = relationIndex(unitText);
  if (rel >= 0 && rel < 4 && groups.length) {
    const firstCode = groups[0].end - start;
    const relTail = relationIndex(unitText.slice(firstCode));
    rel = relTail >= 0 ? relTail + firstCode : -1;
  }
  // (a relation inside a circumstance opening the sentence compares its act, `Lorsqu'elle est effectuée au cours de la même
  // séance qu'une prestation Y, la prestation X est honorée à 50 %`: the rule is on the prestation named after the comma,
  // and a relation the tail names with its party is the rule's, `…, la prestation X n'est pas cumulable avec la prestation
  // Z`; a relational rule whose tail names no party keeps the circumstance's, `Lorsque X … le même jour que Y, la prestation
  // X ne peut être cumulée avec celle-ci`)
  const opensOn = rel >= 0 ? OPENING_CIRCUMSTANCE.exec(unitText) : null;
  // (`Lorsque la prestation X est effectuée dans le même temps opératoire que la prestation Y, chaque prestation est prise en
  // compte à 100 %`: a rule on each of them, no party)
  // (and a bar on each of them names its other party after them: `…, chaque prestation ne peut être cumulée avec la prestation
  // Z` is on X and Y, with Z)
  if (opensOn && rel < opensOn[0].length && EACH_OF_THEM.test(unitText.slice(opensOn[0].length))) {
    const cut = start + opensOn[0].length;
    if (!typed.some((t) => t.relational)) return { rel: -1, onlyWith: null, own: groups.slice(), other: [], excepted: [], partyClause: '' };
    const relTail = relationIndex(unitText.slice(opensOn[0].length));
    if (relTail >= 0) {
      const own = groups.filter((g) => g.start < cut);
      const other = groups.filter((g) => g.start >= cut && !own.some((o) => sameCodes(o.codes, g.codes)));
      return { rel: opensOn[0].length + relTail, onlyWith: null, own, other, excepted: [], partyClause: unitText.slice(opensOn[0].length + relTail) };
    }
  }
  if (opensOn && rel < opensOn[0].length && SUBJECT_BY_CODE.test(unitText.slice(opensOn[0].length))) {
    const after = unitText.slice(opensOn[0].length);
    const relTail = relationIndex(after);
    // (the tail's relation clause, to the sentence's end: a pronoun there, not after an exception, stands for the
    // circumstance's act, `… avec celle-ci`, `… avec cette dernière, ni avec …`)
    // (searched before a condition or a relative clause: not `… lorsque celle-ci est attestée par …`, `…, qui est comprise
    // dans cette prestation`)
    const clause = relTail >= 0 ? after.slice(relTail).split(/;|\.\s/u)[0] : '';
    const pronoun = BACK_REFERENCE.exec(clause.split(BEFORE_ANOTHER_CLAUSE)[0]);
    const excepted = pronoun !== null && EXCEPTED_BEFORE.test(clause.slice(0, pronoun.index));
    const onlyWithAfter = ONLY_WITH.exec(after);
    // (a permission, `… n'est cumulable qu'avec celle-ci`: the tail's, read as the general reading below reads it)
    if (onlyWithAfter && (relTail < 0 || onlyWithAfter.index < relTail)) rel = opensOn[0].length + onlyWithAfter.index;
    else if (relTail >= 0 && !(pronoun && !excepted && typed.some((t) => t.relational))) rel = relTail + opensOn[0].length;
    else if (!typed.some((t) => t.relational)) rel = -1;
    else if (pronoun) {
      // (`Lorsqu'elle est effectuée … qu'une prestation Y, la prestation X ne peut être cumulée avec celle-ci (ni avec la
      // prestation Z)`: X is the rule's; Y, and Z, the other party; not a code of a condition, `…, sauf si la prestation W …`)
      const cut = start + opensOn[0].length;
      const tailAt = cut + relTail;
      const partyWords = clause.split(PARTY_CONDITION)[0];
      const tailEnd = tailAt + partyWords.length;
      const own = groups.filter((g) => g.start >= cut && g.start < tailAt);
      const other = groups.filter((g) => ((g.start >= start + rel && g.start < cut) || (g.start >= tailAt && g.start < tailEnd)) && !own.some((o) => sameCodes(o.codes, g.codes)));
      return { rel: rel, onlyWith: null, own, other, excepted: [], partyClause: partyWords };
    }
    // (a relational rule whose tail names no relation keeps the circumstance's: `Lorsque X … le même jour que Y, X ne peut …`)
  }
  // `… n'est cumulable qu'avec X`: X is no party the rule forbids, and none of the rule's own codes
  const onlyWith = ONLY_WITH.exec(unitText);
  if (onlyWith && (rel < 0 || onlyWith.index < rel)) rel = onlyWith.index;
  const relAt = rel >= 0 ? start + rel : end;
  // codes named as exceptions (`à l'exception des radiothérapies … 444334 - 444345`) are the ones the rule does not govern
  const except = EXCEPTION_CLAUSE.exec(unitText.slice(0, rel >= 0 ? rel : unitText.length));
  // (an exception opening the sentence ends at its comma: `Sauf si la prestation X a été attestée, la prestation Y …` is on Y)
  // (after an item's mark or a word and its comma: `1° A l'exception de …`, `Toutefois, à l'exception de …`)
  const opening = except !== null && OPENING.test(unitText.slice(0, except.index));
  // (the comma that ends it, not one inside its list of codes: `A l'exception des prestations 599082, 599104 et 599303, …`)
  const clause = except && opening ? CLAUSE_TO_COMMA.exec(unitText.slice(except.index)) : null;
  const exceptEnd = except && clause ? start + except.index + clause[0].length - 1 : Infinity;
  let own = groups.filter((g) => g.start < relAt && !(except && g.start >= start + except.index && g.start < exceptEnd));
  // codes in a condition's exception after the rule's own (`Les prestations X … qu'une fois tous les dix ans, sauf en cas de
  // révision attestée au moyen de la prestation Y`), up to its clause's end, are a condition's
  // (or opening the sentence up to its comma: `Sauf si la prestation Y a été attestée le même jour, la prestation X …`)
  // (or a condition set after them: `…, à condition qu'une des prestations Y, Z ou W ait été attestée`; a condition opening
  // the sentence, `Pour autant que les prestations X et Y soient …, elles …`, is on the rule's own prestations)
  // (`A condition que la prestation Y ait été attestée, la prestation X …`, naming its subject by code after its comma, is a
  // condition too)
  const before = unitText.slice(0, rel >= 0 ? rel : unitText.length);
  const exception = CONDITION_EXCEPTION.exec(before);
  const setAfter = exception ? null : CONDITION_AFTER.exec(before);
  // (a clause ends at a comma, not one inside its list of codes)
  const endOf = (at: number) => CLAUSE_TO_END.exec(unitText.slice(at));
  const openingSetAfter = setAfter !== null && OPENING.test(unitText.slice(0, setAfter.index)) ? endOf(setAfter.index) : null;
  const namedAfter = openingSetAfter !== null && SUBJECT_BY_CODE.test(unitText.slice(setAfter!.index + openingSetAfter[0].length).trimStart());
  const condition = exception ?? (setAfter && (own.some((g) => g.start < start + setAfter.index) || namedAfter) ? setAfter : null);
  const clauseEnd = condition ? endOf(condition.index) : null;
  const opensWithCondition = (exception !== null || namedAfter) && clauseEnd !== null && OPENING.test(unitText.slice(0, condition!.index));
  if (condition && (opensWithCondition || own.some((g) => g.start < start + condition.index))) {
    const to = clauseEnd ? start + condition.index + clauseEnd[0].length - 1 : end;
    own = own.filter((g) => g.start < start + condition.index || g.start >= to);
  }
  // a subject named by its codes at the sentence's head, then a condition on it that names other prestations (`La prestation
  // X est remboursée à 50 % lorsqu'elle est délivrée en même temps qu'une des prestations Y, Z`, `La prestation X ne peut
  // être portée en compte que si la prestation Y donne un résultat positif`, `… ne peut être attestée qu'en supplément de la
  // prestation Y`): the condition's codes, up to its clause's end, are not the rule's
  const head = SUBJECT_HEAD.exec(unitText);
  const subjectCondition = head ? SUBJECT_CONDITION.exec(unitText.slice(head[0].length)) : null;
  if (head && subjectCondition) {
    const at = head[0].length + subjectCondition.index;
    if (rel < 0 || at < rel) {
      const clauseEnd = endOf(at);
      // (or at a clause of its own that follows it without a comma: `… que si le bénéficiaire est hospitalisé et il en va
      // de même pour la prestation Z`)
      const nextClause = CLAUSE_AFTER_CONDITION.exec(unitText.slice(at));
      const to = Math.min(clauseEnd ? start + at + clauseEnd[0].length - 1 : end, nextClause ? start + at + nextClause.index : end);
      own = own.filter((g) => g.start < start + at || g.start >= to);
    }
  }
  // after a subject named by its codes, a prestation its act is dated or done by reference to is not the rule's
  if (head)
    for (const ref of unitText.slice(head[0].length).matchAll(REFERENCE_EVENT)) {
      const from = start + head[0].length + ref.index;
      own = own.filter((g) => g.start < from || g.start >= from + ref[0].length);
    }
  // a circumstance opening the sentence up to its comma names the act the rule is about, or another (`Lorsque la prestation X
  // est effectuée au cours d'une même séance que la prestation Y, elle est honorée à 50 %` is on X; `Lors d'une fermeture
  // visée aux prestations X ou Y, la prestation Z ne peut …` is on Z): never what it compares the act with, nor anything
  // once the sentence names its subject by code after the comma
  const circumstance = own.length > 1 || (own.length === 1 && CIRCUMSTANCE_COMPARED.test(unitText)) ? OPENING_CIRCUMSTANCE.exec(unitText) : null;
  if (circumstance) {
    const cut = start + circumstance[0].length;
    const compared = CIRCUMSTANCE_COMPARED.exec(circumstance[0]);
    if (SUBJECT_BY_CODE.test(unitText.slice(circumstance[0].length)) && own.some((g) => g.start >= cut)) own = own.filter((g) => g.start >= cut);
    // (`…, chaque prestation est prise en compte à 100 %`: each of them, the act and what it is compared with)
    else if (compared && !EACH_OF_THEM.test(unitText.slice(circumstance[0].length))) own = own.filter((g) => g.start < start + compared.index || g.start >= cut);
  }
  // what a fee includes is the object: `Les prestations X et Y comprennent l'évaluation … (prestation Z)` is on X and Y
  const includes = typed.length > 0 && typed.every((t) => t.type === 'coverage') ? INCLUDES_VERB.exec(unitText) : null;
  if (includes && own.some((g) => g.start < start + includes.index)) own = own.filter((g) => g.start < start + includes.index);
  // the other party ends with its clause, unless the next clause names another party (`… entre elles et ne peuvent pas être cumulées avec …`)
  const boundary = rel >= 0 ? CLAUSE_BREAK.exec(unitText.slice(rel)) : null;
  // (`…, mais sont cumulables avec X`: what follows is allowed, never a party)
  const partyEnd = boundary && (/^,\s+mais\s/u.test(boundary[0]) || !/cumul/iu.test(unitText.slice(rel + boundary.index))) ? relAt + boundary.index : end;
  // (`… avec aucune autre prestation endoscopique, excepté avec les prestations X`: X is allowed, not a party)
  const allowed = rel >= 0 ? PARTY_EXCEPTION.exec(unitText.slice(rel)) : null;
  const otherEnd = allowed ? Math.min(partyEnd, relAt + allowed.index) : partyEnd;
  // (never the rule's own codes named again: `Si une coronarographie … précèdent les prestations X, la coronarographie
  // effectuée au cours de la même séance que les prestations X ne peut …`)
  let other = groups.filter((g) => g.start >= relAt && g.start < otherEnd && !own.some((o) => sameCodes(o.codes, g.codes)));
  // a label's rule is on the prestation it describes: codes the label names (`… combinant les examens 460460
  // et 460364, non cumulable avec ceux-ci`) are what `ceux-ci` stands for; a table's entry is its own code
  const demonstrative =
    rel >= 0 && other.length === 0 && own.length > 0 && DEMONSTRATIVE_PARTY.test(unitText.slice(rel)) && !SUBJECT_CODES.test(text.slice(start, own[0].start));
  if (entry || demonstrative) {
    const isEntry = (g: (typeof own)[number]) => entry !== undefined && sameCodes(g.codes, entry[0]);
    if (demonstrative) other = own.filter((g) => !isEntry(g));
    own = own.filter(isEntry);
  }
  const excepted = except ? groups.filter((g) => g.start < relAt && g.start >= start + except.index && g.start < exceptEnd) : [];
  // the words of the other party: its clause, up to what is allowed or a condition (`…, sauf si les prestations du § 2 …`)
  const partyWords = rel >= 0 ? unitText.slice(rel, Math.max(rel, Math.min(otherEnd, end) - start)) : '';
  const partyClause = partyWords.split(PARTY_CONDITION)[0];
  return { rel, onlyWith, own, other, excepted, partyClause };
}

/** A party the rule's own annex article holds: `visés au présent article`, `de cet article`. */
const PRESENT_ARTICLE = /(?<![\p{L}])(?:(?:au|du|dans\s+le|par\s+le)\s+présent\s+article|de\s+cet\s+article)(?![\p{L}])/iu;

const PARTY_CONDITION = /(?<![\p{L}])(?:(?:sauf|excepté|hormis|à\s+l'exception|à\s+moins|si|lorsque|quand|pour\s+autant|à\s+condition)(?![\p{L}])|s'(?=ils?(?![\p{L}]))|lorsqu')/iu;

/**
 * The other party of one typed rule, as its words name it: codes, articles, rubrics, labels, `entre elles`;
 * null when the rule is not relational. A non-cumulation whose party cannot be resolved is said (info).
 */
export function partyOf(
  t: Typed,
  unitText: string,
  { rel, onlyWith, other, partyClause, onlyAllowed }: Pick<Parties, 'rel' | 'onlyWith' | 'other' | 'partyClause' | 'onlyAllowed'>,
  codes: readonly string[][],
  expand: (groups: readonly CodeGroup[]) => string[][],
  prestations: readonly PrestationRef[],
  /** every prestation of the document with its label (table and fixed-width rows too), read when a party is named by its words */
  labelled: () => readonly PrestationRef[],
  sink: DiagnosticSink,
  { start, end }: { start: number; end: number },
  placeCodes: () => readonly string[][] | null = () => null,
  /** the annex article the rule stands in, for a party `visé au présent article` */
  presentArticle: () => string | null = () => null,
): RuleWith | null {
  let withParty: RuleWith | null = null;
  const supplement = t.type === 'nonCumulation' ? NO_SUPPLEMENT.exec(unitText) : null;
  if (t.type === 'nonCumulation' && onlyAllowed !== undefined) {
    withParty = emptyWith();
    withParty.labels.push(`toute prestation autre que ${onlyAllowed}`);
  } else if (t.type === 'nonCumulation' && onlyWith) {
    // every prestation but those named: kept as words, as `avec d'autres prestations` is
    withParty = emptyWith();
    withParty.labels.push(`toute prestation autre que ${clauseWords(unitText.slice(onlyWith.index + onlyWith[0].length))}`);
  } else if (supplement && !NEG_CUMUL_PARTY.test(unitText)) {
    withParty = emptyWith();
    withParty.labels.push(clauseWords(supplement[1]));
  } else if (t.relational) {
    // (up to a clause that allows, `…, mais peuvent être cumulés avec … et avec les prestations de l'article 2`: never a party)
    const whole = rel >= 0 ? unitText.slice(rel) : unitText;
    const allows = ALLOWING_CLAUSE.exec(whole);
    const tail = allows ? whole.slice(0, allows.index) : whole;
    withParty = emptyWith();
    withParty.codes = expand(other);
    // (`… le même jour que les prestations visées au § 14bis`: those the text at hand puts there)
    // (not `… avec aucune autre prestation du présent 22°`: any other, kept as words below)
    const placed = withParty.codes.length === 0 && !ANY_OTHER.test(tail) ? placeCodes() : null;
    if (placed) withParty.codes = placed.filter((g) => !codes.some((c) => sameCodes(c, g)));
    withParty.articles = articleRefs(tail);
    let presentOnly = false;
    // (`… avec les honoraires de surveillance visés au présent article`, `… avec aucune autre prestation du présent article`: the
    // article the rule stands in; any other of it is also kept as words below)
    // (in the party, not in an exception after it: `…, sauf dans les cas prévus au présent article`)
    const partyPart = tail.slice(0, PARTY_CONDITION.exec(tail)?.index ?? tail.length);
    if (withParty.codes.length === 0 && withParty.articles.length === 0 && PRESENT_ARTICLE.test(partyPart)) {
      const article = presentArticle();
      if (article !== null) (withParty.articles = [article]), (presentOnly = true);
    }
    withParty.rubrics = rubricRefs(tail);
    // (not `aucune d'entre elles n'est cumulable avec …`: one of them, with another party)
    withParty.mutual = /(?<![\p{L}])(?<!d')entre[\s-]+(?:elles|eux)(?![\p{L}])/iu.test(unitText);
    // (among themselves, a code the exception names is no party: `Elles ne sont pas cumulables entre elles …, à moins que le
    // résultat de la prestation X ne soit négatif`)
    // (the clause only: opening the sentence, up to its comma, not `Sauf en cas de …, X et Y ne sont pas cumulables entre elles
    // ni avec Z`; after the rule, to its end, `…, à moins que, pour un même enfant, la prestation Z …`)
    const unless = withParty.mutual && withParty.codes.length ? UNLESS_CLAUSE.exec(unitText) : null;
    if (unless) {
      const opening = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?$/u.test(unitText.slice(0, unless.index));
      const comma = opening ? unitText.slice(unless.index).search(/[,;]/u) : -1;
      const [from, to] = [start + unless.index, comma < 0 ? end : start + unless.index + comma];
      withParty.codes = expand(other.filter((g) => g.start < from || g.start >= to));
    }
    // `Les prestations A, B, C ne peuvent être cumulées dans une période de 30 jours`: no other party, so among themselves
    // (not `… avec d'autres prestations`: any other prestation is the other party)
    // (nor `… avec les honoraires pour avis`, `… avec la consultation`: another party, named by its words)
    const named = withParty.mutual ? null : namedParty(partyClause);
    if (t.type === 'nonCumulation' && codes.length > 1 && withParty.codes.length === 0 && withParty.articles.length === 0 && withParty.rubrics.length === 0 && !labelRef(tail) && !ANY_OTHER.test(tail) && !named) withParty.mutual = true;
    if (withParty.codes.length === 0 && (withParty.articles.length === 0 || presentOnly) && withParty.rubrics.length === 0 && !withParty.mutual) {
      const act = labelRef(tail);
      const label = act ?? named;
      const anyOther = ANY_OTHER.exec(tail);
      if (label) {
        // (two acts named so, `avec le bilan initial ni avec la concertation de liaison`: each)
        // (not `avec la réduction et la contention d'une luxation`, one act: only `ni`, or `et avec`, `ou avec`, joins two)
        const names = act ? [label] : label.split(/\s+(?:ni\s+(?:avec\s+)?|(?:et|ou)\s+avec\s+)(?=(?:les?|la|des|du)\s|l')/u);
        withParty.labels.push(...names);
        // (an act of a kind, `lors d'une vertébroplastie`, is any the paragraphs define so; a party named with its article,
        // `avec la consultation individuelle`, the one the document defines with that label, in a table or not)
        withParty.codes = dedupeGroups((act ? resolveLabel(act, prestations) : names.flatMap((n) => resolveLabel(n, labelled()))).filter((g) => !codes.some((c) => sameCodes(c, g))));
      } else if (anyOther) {
        // (kept as words: every prestation but the rule's own)
        withParty.labels.push(anyOther[1]);
      }
    }
    if (t.type === 'nonCumulation' && withParty.codes.length === 0 && withParty.articles.length === 0 && withParty.rubrics.length === 0 && withParty.labels.length === 0 && !withParty.mutual) {
      sink.report('info', 'rule/unresolved-party', 'non-cumulation without a resolved other party', { start, end });
    }
  }
  return withParty;
}

/**
 * The other party a relation names by its words with a definite article (`… ne peuvent jamais être cumulés avec les
 * honoraires pour avis`, `… le même jour que la consultation`), as written up to its clause's end; null when it names
 * prestations, another prestation in general, or the rule's own (`avec les mêmes`, `avec les autres`, `entre elles`).
 */
function namedParty(tail: string): string | null {
  const m = NAMED_PARTY.exec(tail);
  if (!m) return null;
  const words = m[1].split(/\s+(?:le\s+même|la\s+même|au\s+cours|lors|pendant|durant|effectuée?s?|attestée?s?|réalisée?s?|dans|sauf|excepté|hormis|à\s+l'exception|si|lorsque?|lorsqu')(?![\p{L}])/u)[0];
  return words.trim() || null;
}

// (`que` only after `le même jour`, `au cours de la même séance`: not `à moins que le médecin …`, a condition)
// (not someone's leave or help, `avec l'accord du médecin-conseil`, `avec le concours d'un anesthésiste`: a condition; an
// act may be named so, `avec l'aide opératoire`, `avec l'avis du spécialiste`: a party)
const NAMED_PARTY = /(?<![\p{L}])(?:avec|(?:même|mêmes)\s+(?:jour|journée|séance|intervention|période|hospitalisation)\s+que)\s+((?:les|la|le|l'|des|du)\s*(?!(?:prestations?|autres?|mêmes?|celles?|ceux|codes?|numéros?|accords?|autorisations?|concours|approbation|consentement)(?![\p{L}]))\p{L}[\p{L}'-]{3,}[^,.;:()]{0,80})/iu;
