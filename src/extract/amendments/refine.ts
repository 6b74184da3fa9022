import type { Prestation } from '../../schema/document.js';
import { lineStartOf } from './bounds.js';
import type { DocumentStructure, Quote } from '../../structure/types.js';
import type { DiagnosticSink } from '../../structure/provenance.js';
import type { Clause } from './clauses.js';
import { leadingCodeGroups, quoteText } from './payload.js';
import { clauseContext, leadsOf } from './context.js';
import { POINT_START } from './regions.js';
import type { SubjectReading } from './subject.js';
import { findRelativeValues } from '../values.js';
import { spanMemo } from './memo.js';

/** What the amendment builders share about one document. */
export interface AmendmentCtx {
  doc: DocumentStructure;
  own: string;
  sink: DiagnosticSink;
  /** the prestations the text defines (code lines), see ../prestations.ts */
  prestations: readonly Prestation[];
  /** filled here: code lines that are rows of a value list (`… sont remplacées comme suit : X K 26, Y K 34`), not definitions */
  valueRows: Set<Prestation>;
  /** filled here when given: where new annex text follows without quote marks (rules are read there as in quotes) */
  loosePayloads?: { start: number; end: number }[];
}

/** A whole relative value as quoted text: `N 8`, `K 21,40`, `N 27 + P 6`. */
const QUOTED_VALUE = /^\s*[A-Z]{1,3}\s?\d+(?:[,.]\d+)?(?:\s*(?:\+\s*)?[A-Z]{1,3}\s?\d+(?:[,.]\d+)?)*\s*$/u;
/** `les numéros d'ordre "…"`, `les numéros de prestation "…"`, `le numéro "…"` as the subject */
const QUOTED_NUMBERS_RE = /(?<!\p{L})(?:les?\s+)?(?:numéros?|n°s?)(?:\s+d'ordre|\s+de\s+(?:la\s+)?prestations?)?\s*"/iu;
/** `le numéro de code 461355`, `les numéros d'ordre 461355 et 461370` (unquoted) ending the subject, right before the verb */
const BARE_NUMBER_SUBJECT_RE = /(?<!\p{L})(?:le|les)\s+numéros?\s+(?:d'ordre|de\s+code)\s+\d{6}(?:\s*(?:-|,|et)\s*\d{6})*\s*$/iu;
/** The clause's subject is a heading: `l'intitulé "…"`, `le titre "…"`, `le chiffre romain "II" et l'intitulé …`, `- le titre c. 2.`. */
const HEADING_HEAD_RE =
  /^\s*(?:[\w°]{1,4}[.)]\s*|\d{1,2}°\s*|[-–•]\s*)?(?:(?:le|la)\s+(?:chiffre\s+romain|lettre)\s*"[^"]*"\s*et\s+)?(?:l'|les\s+|le\s+)(?:intitulés?|titres?)(?!\p{L})/iu;
/**
 * The grammatical subject says what a clause names; where it stands and
 * what its payload holds say what it changes. These rules turn the first
 * reading into the Akoma Ntoso subject (a code list edit is words, a
 * rubric inserted with its prestations is prestations, …).
 */
export function refineSubjects(ctx: AmendmentCtx, c: Clause, reading: SubjectReading, pre: string): void {
  const { doc, own } = ctx;
  // `dans la deuxième règle d'application, les prestations X sont supprimées et les prestations Y sont insérées`:
  // codes edited in a rule or list are wording of that text, not prestations of the nomenclature
  const bareCodes = c.payload.every((q) => !/\d{6}\s+\p{L}{3,}/u.test(doc.ingested.text.text.slice(q.innerStart, q.innerEnd)));
  if (reading.subjects.includes('prestation') && ((c.type !== 'substitution' && bareCodes && isListEdit(doc, own, c)) || (c.type === 'substitution' && inTextOf(doc, own, c)))) {
    reading.subjects = reading.subjects.map((x) => (x === 'prestation' ? 'words' : x)).filter((x) => x !== 'rule');
  }
  // `la (sous-)rubrique suivante est insérée après la prestation X : "… 598861 …"`: prestations are inserted, under
  // a new heading (a provision, as inserting a heading is)
  // (a rubric completed creates no unit: `la rubrique "3/HEMATOLOGIE" est complétée comme suit` inserts prestations only)
  if (c.type === 'insertion' && !/^complét/u.test(c.lemma) && reading.subjects.length === 1 && reading.subjects[0] === 'provision' && /(?<!\p{L})(?:sous-)?rubriques?(?!\p{L})/iu.test(reading.phrase) && leadingCodeGroups(doc, c.payload).length) {
    reading.subjects = ['prestation', 'provision'];
  }
  // `la rubrique suivante est supprimée : "Valves … : 613362 - 613373 …"`: the rubric goes, with the prestations it quotes
  if (c.type === 'repeal' && reading.subjects.length === 1 && reading.subjects[0] === 'provision' && /(?<!\p{L})(?:sous-)?rubriques?\s+suivantes?(?!\p{L})/iu.test(reading.phrase) && leadingCodeGroups(doc, c.payload).length) {
    reading.subjects = ['provision', 'prestation'];
  }
  // `la rubrique "Règles diagnostiques" est complétée comme suit : "98 Les prestations …"`: rules added (quoted name as unquoted)
  if (reading.subjects.length === 1 && reading.subjects[0] === 'provision' && /(?<!\p{L})rubriques?\s*$/iu.test(own.slice(c.start, c.preQuotes[0]?.start ?? c.start)) && c.preQuotes.length === 1 && /^\s*règles?\s+(?:diagnostiques?|de\s+cumul|de\s+non-cumul|d'application)\s*$/iu.test(quoteText(doc, c.preQuotes[0]))) {
    reading.subjects = ['rule'];
  }
  // `A l'article 26, § 10, le numéro de code 461355 est inséré.`: a bare number added, with no text and no place among the
  // prestations (`après le numéro d'ordre X` places one), is put into a list of codes: wording of that list
  if (c.type === 'insertion' && reading.subjects.join() === 'prestation' && c.payload.length === 0 && BARE_NUMBER_SUBJECT_RE.test(pre) && /^\s*[.;]?\s*$/u.test(own.slice(c.verbEnd, Math.max(c.end, c.verbEnd)))) {
    reading.subjects = ['words'];
  }
  // `les numéros d'ordre "453574" et "453596" sont insérés après le numéro d'ordre "453316"`: quoted numbers are wording of a list
  if (c.type !== 'substitution' && QUOTED_NUMBERS_RE.test(own.slice(c.start, c.verbStart)) && reading.subjects.every((x) => x === 'prestation' || x === 'provision')) {
    reading.subjects = ['words'];
  }
  // `dans le libellé de la prestation 460670, le point 5 est remplacé comme suit`: a part of a label is wording of that label
  if (reading.subjects.length === 1 && reading.subjects[0] === 'provision' && /(?:dans|au)\s+(?:le\s+)?libell[ée]\s+(?:français\s+|néerlandais\s+)?(?:de\s+la|des)\s+prestations?\s+(?:n°\s*)?\d{6}/iu.test(pre)) {
    reading.subjects = ['words'];
  }
  // `les intitulés et prestations suivants sont insérés …: "C. Neurochirurgie : Valves … : 695516-695520"`: headings
  // and code numbers put into a list (no label, no value) are a provision, not prestations defined
  // (also with no payload: `les intitulés "Catégorie 2a :" et la prestation 733434 sont insérés` names the code itself)
  if (c.type === 'insertion' && reading.subjects.includes('prestation') && (/(?<!\p{L})intitulés?(?!\p{L})/iu.test(reading.phrase) || /(?<!\p{L})les\s+intitulés(?!\p{L})/iu.test(pre)) && !listPayload(ctx, c).some((q) => findRelativeValues(doc.ingested.text.text, q.innerStart, q.innerEnd).length) && (listPayload(ctx, c).length > 0 || /\d{6}/u.test(reading.phrase))) {
    reading.subjects = ['provision'];
  }
  // `il est inséré la disposition suivante : " et toutes les prestations … "`: a fragment (lower case, one paragraph) is wording, not a provision
  if (c.type === 'insertion' && reading.subjects.length === 1 && reading.subjects[0] === 'provision' && c.payload.length === 1 && isFragment(quoteText(doc, c.payload[0]))) {
    reading.subjects = ['words'];
  }
  // `à la prestation X, « N 8 » est remplacé par « N 10 »`: a quoted value replaced by a value is the prestation's value
  // (also a sub-item `b) " B 400 " est remplacé par " B 350 "` under `à la prestation X :`)
  if (c.type === 'substitution' && reading.subjects.length === 1 && (reading.subjects[0] === 'words' || reading.subjects[0] === 'provision') && c.preQuotes.length === 1 && c.payload.length === 1) {
    const raw = doc.ingested.text.text;
    const isValue = (q: Quote) => q.innerEnd - q.innerStart < 40 && QUOTED_VALUE.test(raw.slice(q.innerStart, q.innerEnd));
    const bareQuote = /,\s*"[^"\n]*"\s*$/u.test(pre) || /^\s*(?:[\w°]{1,4}[.)°]\s*)?"[^"\n]*"\s*$/u.test(pre);
    const named = /\d{6}/u.test(pre) || clauseContext(doc, own, c.verbStart).prestation !== null;
    if (isValue(c.preQuotes[0]) && isValue(c.payload[0]) && bareQuote && named) reading.subjects = ['relativeValue'];
  }
  // a heading's text replaced is wording; a heading inserted or deleted is a provision, and so is a heading replaced
  // with the prestations under it (`l'intitulé 3/Coagulation et les prestations qui le suivent sont remplacés par …`)
  if (HEADING_HEAD_RE.test(reading.phrase) && reading.subjects.length === 1 && (reading.subjects[0] === 'words' || reading.subjects[0] === 'provision')) {
    const withPrestations = /(?:(?<!\w)et|ainsi\s+que)\s+(?:la|les)\s+prestations?(?!\p{L})/iu.test(reading.phrase);
    reading.subjects = [c.type === 'substitution' && !withPrestations ? 'words' : 'provision'];
    // `l'intitulé " Préfab " et la prestation 676535 sont supprimés`: the heading and the prestation
    if (c.type !== 'substitution' && /(?:(?<!\w)et|ainsi\s+que)\s+(?:la|les)\s+prestations?\s+(?:n°\s*)?\d{6}/iu.test(reading.phrase)) reading.subjects.push('prestation');
    // `l'intitulé suivant et les prestations qu'il comporte sont supprimés : "Hernies : 227220-227231 …"`: the quoted prestations go too
    else if (c.type === 'repeal' && withPrestations && leadingCodeGroups(doc, c.payload).length) reading.subjects.push('prestation');
  }
}

/** ` et toutes les prestations citées …`: a piece of a sentence (starts with a lower-case word, no sentence or paragraph break), not a provision. */
function isFragment(text: string): boolean {
  return /^[\s"]*(?:\p{Ll}{2,}(?![\p{L})°.])|,)/u.test(text) && text.length < 400 && !text.includes('\n') && !/[.:;]\s+\p{Lu}/u.test(text);
}

/** The payload quotes without the one that places the clause. */
function listPayload(ctx: AmendmentCtx, c: Clause): Quote[] {
  const place = placeQuote(ctx, c);
  return c.payload.filter((q) => q !== place?.quote);
}

/** The quoted heading or words after `avant` / `après` in the clause, when it is one of its payload quotes. */
export function placeQuote(ctx: AmendmentCtx, c: Clause): { quote: Quote; text: string; position: 'after' | 'before'; code?: string } | null {
  for (const q of c.payload) {
    const before = ctx.own.slice(Math.max(c.start, q.start - 40), q.start);
    const m = /(?<!\p{L})(avant|après)\s+(?:l'|le\s+|la\s+|les\s+)(?:intitulés?|titres?|rubriques?|sous-rubriques?|mots?|termes?|phrases?|mentions?)\s*$/iu.exec(before);
    if (m) return { quote: q, text: quoteText(ctx.doc, q), position: m[1].toLowerCase() === 'avant' ? 'before' : 'after' };
    // `l'intitulé "…" est inséré avant la prestation " 733272-733283 "`: a quoted code number places it like an unquoted one
    const p = /(?<!\p{L})(avant|après)\s+la\s+prestation\s*$/iu.exec(before);
    const code = p ? /^\s*(\d{6})(?:\s*-\s*\d{6})?\s*$/u.exec(ctx.doc.ingested.text.text.slice(q.innerStart, q.innerEnd)) : null;
    if (p && code) return { quote: q, text: quoteText(ctx.doc, q), position: p[1].toLowerCase() === 'avant' ? 'before' : 'after', code: code[1] };
  }
  return null;
}

/**
 * `c) à l'ancien alinéa 3, …, le numéro d'ordre X est remplacé par …`: a code cited in the text of an alinéa, rule or
 * list; also an alinéa named in the locator's path (`A l'article 26, § 4, alinéa 1er, … les numéros d'ordre "X" sont
 * remplacés par …`, or in the lead of the enclosing points): prestation lines are not alinéas.
 */
function inTextOf(doc: DocumentStructure, own: string, c: Clause): boolean {
  let from = c.start;
  from = lineStartOf(own, from);
  const sentence = own.slice(from, c.verbStart);
  // (the leads too: `A l'article 26, …, dans la liste des prestations qui suit l'alinéa 1er, sont apportées les
  // modifications suivantes : - le numéro de code "599476" est remplacé par …`)
  return placesInText(sentence) || leadsOf(doc, c.verbStart).some((l) => leadPlacesInText(doc, own, l));
}

const placesInText = (t: string): boolean => IN_TEXT_RE.test(t) || ALINEA_IN_PATH.test(t);

const leadMemo = spanMemo<boolean>();

/** placesInText of a lead paragraph, read once per lead. */
function leadPlacesInText(doc: DocumentStructure, own: string, lead: { start: number; end: number }): boolean {
  return leadMemo(doc, own, lead, () => placesInText(own.slice(lead.start, lead.end)));
}

/** `dans l'alinéa 2`, `à la règle d'application`, `dans la liste des prestations`: a place inside a text of the annex. */
const IN_TEXT_RE = /(?:^|[\s,(])(?:dans|à|au)\s+(?:l'|le\s+|la\s+|les\s+)(?:ancien(?:ne)?\s+)?(?:\S+\s+){0,2}?(?:alinéas?|règles?\s+d'application|listes?|phrases?|texte)(?!\p{L})/iu;
/** `§ 4, alinéa 1er,`, `, alinéa 2,`, `au premier alinéa`: an alinéa as a step of the place. */
const ALINEA_IN_PATH = /(?:^|[\s,(])(?:alinéa\s+(?:\d+(?:er|e|ème)?|premier|unique)|(?:premier|\p{L}+ième|dernier)\s+alinéa)(?!\p{L})/iu;

function isListEdit(doc: DocumentStructure, own: string, c: Clause): boolean {
  let from = c.start;
  from = lineStartOf(own, from);
  // (the enclosing points' leads place it too: `a) à l'alinéa premier, sont apportées les modifications suivantes : - le numéro …`)
  const pointLeads = leadsOf(doc, c.verbStart)
    .map((l) => own.slice(l.start, l.end))
    .filter((t) => POINT_START.test(t));
  const lead = [...pointLeads, own.slice(from, c.verbStart)].join(' ');
  const post = own.slice(c.verbEnd, Math.max(c.end, c.verbEnd)).slice(0, 80);
  return (
    // (`(?<!\p{L})`, not `\b`: `\bà` never matches after a space)
    /(?<!\p{L})(?:dans|à|au)\s+(?:la|le|les|l')?\s*(?:\S+\s+){0,3}?(?:règles?|listes?|énumérations?|alinéas?|séries?|phrases?|texte)\b/iu.test(lead) ||
    // (an alinéa as a step of the place, `A l'article 15, § 4, alinéa 1er, de la même annexe, …`: prestation lines are not alinéas)
    ALINEA_IN_PATH.test(lead) ||
    // (`… sont supprimés de la liste`, `… de l'énumération des prestations`)
    /^\s*(?:de|dans)\s+(?:la\s+liste|l'énumération)(?!\p{L})/iu.test(post) ||
    // (`les numéros X sont supprimés de la liste et les numéros Y sont ajoutés`: the sentence's list holds both, 2013022580)
    /(?<!\p{L})(?:de|dans)\s+(?:la\s+liste|l'énumération)(?!\p{L})/iu.test(own.slice(from, c.start)) ||
    // (quoted numbers only: `les numéros d'ordre suivants sont supprimés :` and `les numéros d'ordre 561886 et 561901 sont
    // abrogés` in the annex itself repeal prestations)
    /(?<!\w)numéros?\s+d'ordre\s*"/iu.test(lead.slice(-200))
  );
}
