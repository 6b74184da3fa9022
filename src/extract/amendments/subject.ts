/**
 * What an amending clause changes, read from its grammatical subject. The
 * subject is the last comma-separated segment before the verb (`Au § 1er,
 * dans le libellé de la prestation X, les mots "…" sont remplacés` → `les
 * mots "…"`), or the phrase after the verb in inverted clauses (`il est
 * inséré un § 16`, `sont supprimés les mots "…"`).
 */

import { fastWordBoundaries } from '../../text/word-boundary.js';
import { execAll } from '../../text/exec-all.js';

export type Subject = 'prestation' | 'relativeValue' | 'label' | 'rule' | 'words' | 'provision';

/** Nouns of quoted wording: `les mots "…"`, `la disposition "…"`, `le chiffre "…"`. */
export const WORDS_NOUN_RE =
  /(?<!\w)(?:(?:les?|des|du)\s+(?:mots?|termes?)|la\s+(?:phrase|lettre|mention|disposition|indication|date|ligne|partie\s+de\s+phrase|référence|abréviation|valeur|subdivision)|l'(?:indication|expression|abréviation|intitulé|adjectif)(?:\s+de)?|l[ea]\s+(?:chiffre|nombre|montant|signe|symbole|pourcentage|texte|numéro|code)|les\s+(?:chiffres|nombres|dispositions|signes|numéros|indications|lettres|phrases))(?:\s+(?:reprise?s?|figurant|mentionnée?s?|visée?s?)\s+(?:dans|sous|au|à|en)\s[^"\n]{0,60}?)?\s*(?:suivante?s?\s*)?(?::\s*)?"/giu;
const WORDS_PLAIN_RE = /(?<!\w)(?:les?\s+mots?|les?\s+termes?)\b(?:\s+suivants?)?/iu;
/** the value, or its number (`le nombre-coefficient de la prestation X`, `le coefficient "75" affecté à la lettre-clé K`) */
const VALUE_RE = /(?<!\w)valeurs?\s+relatives?\b|(?<!\p{L})(?:nombre-)?coefficients?(?!\p{L})/iu;
/** `la valeur U de la prestation X est portée à U 18`: the value named by its key letter (case kept: `valeur de` is not one) */
const KEY_VALUE_RE = /(?<!\p{L})[Vv]aleurs?\s+[A-Z]{1,3}(?![\p{L}\d])/u;
const namesValue = (head: string) => VALUE_RE.test(head) || KEY_VALUE_RE.test(head);
/** `libellé`, and `libelle` as unaccented fixed-width texts write it */
const LABEL_RE = /(?<!\w)libell[ée]s?(?!\p{L})/iu;
const RULE_RE = /(?<!\p{L})règles?(?!\p{L})/iu;
const RENUMBER_RE = /(?<!\w)numéros?\s+(?:d'ordre|de\s+code)\b/iu;
/** `la prestation suivante`, `les prestations 310730-310741, …` as the head noun (not `de la prestation …`). */
const PRESTATION_HEAD_RE =
  /(?:^|[\s,(])(?<!(?:(?<!\w)de|(?<!\w)du|(?<!\w)des|après|avant|(?<=\w)à|dans|pour|suit|suivent|(?<!\w)par)\s)(?:(?:la|les|une|des|cette|ces|deux|trois|quatre|cinq|\d+|nouvelles?)\s+)?(?:(?:intitulés?|sous-rubriques?|rubriques?)\s+(?:et\s+(?:la|les)\s+)?)?prestations?\b(?!\s+(?:de|d'|du)\s)/iu;
const PROVISION_RE =
  /§|(?<!\w)paragraphes?\b|(?<!\w)alinéas?\b|(?<!\w)points?\b|(?<!\w)articles?\b|(?<!\w)dispositions?\b|(?<!\w)intitulés?(?!\p{L})|(?<!\w)titres?\b|(?<!\w)phrases?\b|(?<!\w)tirets?\b|(?<!\w)littera\b|(?<!\w)rubriques?\b|(?<!\w)sous-rubriques?\b|(?<!\w)chapitres?\b|(?<!\w)sections?\b|(?<!\w)catégories?\b|(?<!\w)texte\b|(?<!\w)listes?\b|(?<!\w)tableaux?\b|(?<!\w)annexes?\b|(?<!\w)\d{1,2}°|(?:^|\s)(?:le|la|au)\s+[a-z]\)|(?:^|[\s,(])[a-z]\)\s*(?:bis|ter|quater)?(?!\p{L})|(?<!\w)(?:le|la|au)\s+\d{1,2}(?!\d)|(?<!\w)critères?\b|(?<!\w)conditions?\b|(?<!\w)notes?\b|(?<!\w)remarques?\b|(?<!\w)préambule\b|(?<!\w)définitions?\b/iu;

/** Positional phrases that name an anchor, not the subject: `après la prestation 310855 - 310866`. */
/** The words that place a change by a prestation (context.ts ANCHOR_RE reads the same): `après`, `à la suite de`, `qui suit` … */
export const ANCHOR_WORDS = String.raw`après|avant|entre|à\s+la\s+suite\s+de|qui\s+(?:suit|suivent|précède|précèdent)|suivant|précédant`;
const ANCHOR_PHRASE_RE = new RegExp(
  fastWordBoundaries(String.raw`(?<![\p{L}\d_])(?:${ANCHOR_WORDS})\s+(?:la|les|le|cette\s+dernière)?\s*(?:prestations?|n°)?\s*(?:n°\s*)?[\d\s\-–,et]*\d{6}|\bqui\s+(?:suit|suivent|précède|précèdent)\s+(?:la|cette)\s+(?:même\s+)?prestation\b`),
  'giu',
);

/** `, après la prestation X,` standing between the verb and its subject. */
const LEADING_ANCHOR_RE = new RegExp(String.raw`^\s*,?\s*(?:${ANCHOR_PHRASE_RE.source})\s*,\s*(?=(?:les|la|le|l'|une?|des|deux|trois)\s)`, 'iu');

export interface SubjectReading {
  subjects: Subject[];
  /** the subject phrase as written (for messages) */
  phrase: string;
  /** subject phrase start, relative to the clause */
  offset: number;
}

/** The subject segment: the last segment of `pre` that names something, else the phrase after the verb. */
/** Comma-separated segments of `pre`; a code list (`…, 543292 - 543303, …`) or `§§ 10, 11` stays whole. */
function segments(pre: string): { s: string; at: number }[] {
  const segs: { s: string; at: number }[] = [];
  let at = 0;
  for (const part of blankOwnParts(pre).replace(/\s+$/, '').split(/,\s+/)) {
    const prev = segs[segs.length - 1];
    // (`le d), ainsi que les prestations … qu'il comporte,`: one subject)
    // (`le point 3, qui comprend les prestations …,`: what a unit holds is read with it)
    if (prev && (/^\s*(?:et\s+|en\s+)?(?:\d|n°)/u.test(part) || (/^\s*(?:ainsi\s+que|qui\s+(?:comprend|comporte|contient|regroupe))\s/iu.test(part) && !OWN_PARTS_RE.test(part)))) prev.s += `, ${part}`;
    else segs.push({ s: part, at });
    at += part.length + 2;
  }
  // `tel que modifié …`, `reprises sous l'intitulé "…"`: modifiers of the subject, not the subject
  // (`la prestation X, qui figure sous le 2°, est supprimée`: a relative clause describes the subject; one that names
  // what a unit holds, `qui comprend les prestations …`, is read with it)
  // (`les numéros X, avec leur libellé et leur valeur relative, sont supprimés`: the parts that go with the subject)
  // (`la prestation X, insérée par l'arrêté royal du … et dont la valeur relative a été modifiée par …,`: its history)
  return segs.filter((x) => !/^\s*(?:tel(?:le)?s?\s+qu|(?:reprise?s?|figurant|visée?s?|mentionnée?s?|prévue?s?|inscrite?s?)\s+(?:sous|dans|à|au|aux|en)\s|qui\s+(?!(?:comprend|comporte|contient|regroupe))|(?:et\s+)?dont\s)/iu.test(x.s) && !OWN_PARTS_RE.test(x.s));
}

const OWN_NOUN = String.raw`(?:libellés?|valeurs?\s+relatives?)`;
const OWN_PART = String.raw`(?:leurs?|son|sa|ses|les?|la)\s+${OWN_NOUN}`;
/** `leurs libellés et valeurs relatives`, `le libellé et la valeur relative`: one possessive may serve both nouns */
const OWN_PARTS = String.raw`${OWN_PART}(?:\s+et\s+(?:(?:leurs?|son|sa|ses|les?|la)\s+)?${OWN_NOUN})?(?:\s+(?:qui\s+s'y\s+rapporte(?:nt)?|(?:y\s+)?(?:correspondant|afférent)e?s?))?`;
/**
 * `avec leur libellé et leur valeur relative`, `ainsi que les libellés et les valeurs relatives qui s'y rapportent`,
 * `de même que le libellé correspondant`: a prestation's own parts going with it, not the subject.
 */
const OWN_PARTS_RE = new RegExp(
  String.raw`^\s*(?:avec|y\s+compris|ainsi\s+que|de\s+même\s+que)\s+${OWN_PARTS}[\s.,;:]*$`,
  'iu',
);
/**
 * The same parts written without a comma before them (`les numéros suivants ainsi que leurs libellés … sont supprimés`),
 * or joined to the codes by `et` and a possessive (`la prestation X et son libellé sont remplacés par ce qui suit`).
 */
const OWN_PARTS_INLINE_RE = new RegExp(
  String.raw`(?<=\S)\s+(?:avec|y\s+compris|ainsi\s+que|de\s+même\s+que)\s+${OWN_PARTS}(?=[\s.;:]*(?:,|$))|(?<=\d)\s+et\s+(?:leurs?|son|sa|ses)\s+${OWN_NOUN}(?:\s+et\s+(?:(?:leurs?|son|sa|ses)\s+)?${OWN_NOUN})?(?=[\s.;:]*(?:,|$))`,
  'giu',
);
/** The phrase with the own parts written inline blanked (same length: offsets hold). */
const blankOwnParts = (s: string) => s.replace(OWN_PARTS_INLINE_RE, (m) => ' '.repeat(m.length));
/** A subject phrase without the own parts named beside it. */
const withoutOwnParts = (phrase: string) =>
  blankOwnParts(phrase)
    .split(/,\s+/)
    .filter((x) => !OWN_PARTS_RE.test(x))
    .join(', ');
/**
 * `sont supprimés …, les numéros : 597531; 597553;`: codes listed after the colon of a bare noun (on the
 * same line or the next paragraphs), as `les numéros suivants :` lists them.
 */
const LISTED_AFTER_COLON_RE = /(?<!\p{L})(?:les|le)\s+(?:codes?|numéros?)(?:\s+(?:de\s+(?:la\s+)?)?(?:nomenclature|prestations?|d'ordre))?\s*:\s*(?:["«]?\s*\d{6}|$)/iu;

/** The subject segment: the last segment of `pre` that names something, else null (inverted clause). */
export function subjectPhrase(pre: string): { phrase: string; offset: number } | null {
  const segs = segments(pre);
  // `le § 1er, E., 2., est modifié`: walk back over segments that are bare path markers
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i].s.trim();
    if (/^(?:[\w°)]{1,4}[.)]?\s+)?(?:et|puis)?\s*(?:il|il\s+y)\s*$/iu.test(s)) return null;
    // `dans le libellé de la prestation X`, `au § 2`, `avant l'intitulé "…"`: where, not what
    if (/^(?:[\w°)]{1,4}[.)]\s*)?(?:dans|au|aux|à|a|en|pour|sous|avant|après|entre)(?!\p{L})/iu.test(s) && i === segs.length - 1) return null;
    if (/\p{L}{2,}|§|\d{6}/u.test(s) && !/^(?:E|[IVX]+|[A-Z])\.$/u.test(s)) {
      return { phrase: segs.slice(i).map((x) => x.s).join(', '), offset: segs[i].at };
    }
  }
  return null;
}

/** `modifié par les arrêtés royaux des 30 et 31 janvier 1986, … et 22 août 2002`: history, not the subject. */
export const HISTORY_RE =
  /(?:tel(?:le)?s?\s+qu[e']\s*(?:(?:il|elle)s?\s+(?:a|ont)\s+été\s+)?)?(?:modifi|insér|remplac|rétabli|renumérot|abrog)\p{L}*\s+(?:en\s+dernier\s+lieu\s+)?par\s+(?:l'arrêté|les\s+arrêtés|la\s+loi|les\s+lois|l'AR(?!\p{L}))\s+(?:royaux?\s+|royal\s+|ministériels?\s+)?(?:du|des)\s+(?:\d{1,2}(?:er)?\s+(?:et\s+\d{1,2}(?:er)?\s+)?\p{L}+\s+\d{4}(?:(?:\s*,\s*|\s+et\s+)(?=\d))?)+/giu;
const VALUE_TOKEN = String.raw`(?:[A-Z]{1,3}\s*)?\d+(?:[,.]\d+)?(?:\s*\+\s*[A-Z]{1,3}\s*\d+(?:[,.]\d+)?)*`;
/** `est portée (de K 50) à K 60 (au lieu de K 50)` written before the value it changes (inverted). */
const NEW_VALUE_FIRST_RE = new RegExp(String.raw`^\s*(?:de\s+${VALUE_TOKEN}\s+)?à\s+${VALUE_TOKEN}(?:\s+au\s+lieu\s+de\s+${VALUE_TOKEN})?\s*,?(?=\s)`, 'u');
/** `après le terme "…"`, `entre les mots "…" et "…"`: position, not subject. */
const WORD_POSITION_RE = /(?<!\p{L})(?:après|avant|entre|devant)\s+(?:(?:le|les|la|l')\s*)?(?:\p{L}+\s*)?"[^"]*"(?:\s+et\s+"[^"]*")?/giu;
/** `les numéros 103913, 103935 et 103950 sont ajoutés à la liste`: codes as wording of a rule or list. */
const NUMBERS_RE = /(?<!prestations?\s)(?<!\w)(?:les?\s+)?(?:numéros?|n°s?|nos)\s+(?:de\s+(?:la\s+|des\s+)?prestations?\s+)?(?:n°\s*)?\d{6}/iu;

/** `dans le texte de la règle 4`, `à la fin du libellé de …`: the clause edits inside a text. */
const INSIDE_TEXT_RE = /(?<!\p{L})(?:dans|à\s+la\s+fin\s+du|au\s+début\s+du|in\s+fine\s+du)\s+(?:le\s+)?(?:texte|libell[ée])\s+(?:de\s+la\s+|du\s+|des\s+)/iu;

// (`(?<!\S)`, not a leading `\s+`: unanchored, `\s+` rescans a run of blanks from each of its positions)
const CONTENTS_RE = /(?:,\s*|(?<!\S))(?:et|ainsi\s+que)\s+(?:les|des)\s+prestations\s+(?:\d[\d\s,–-]*(?:et\s+\d[\d\s–-]*)?)?(?:qu'(?:il|elle)s?\s+(?:comporte|contient|comprend)\p{L}*|qui\s+y\s+(?:figurent|sont\s+reprises)|qui\s+(?:le|la|les)\s+suivent),?/giu;
/** `la rubrique "…", qui comprend les prestations X, Y et Z,`: the unit named with the prestations it holds. */
const HOLDING_RE = /(?:,\s*|(?<!\S))qui\s+(?:comprend|comporte|contient|regroupe)\p{L}*\s+les\s+prestations\s+\d[\d\s,–-]*(?:et\s+\d[\d\s–-]*)?,?/giu;

/** `les codes de nomenclature suivants`, `les numéros suivants`: codes listed after the colon, named by another noun. */
const LISTED_CODES_RE = /(?<!\p{L})(?:les|le)\s+(?:codes?|numéros?)(?:\s+(?:de\s+(?:la\s+)?)?(?:nomenclature|prestations?|d'ordre))?\s+suivants?(?!\p{L})/iu;

const HEADING_AND_PRESTATIONS_RE = /(?<!\p{L})(?:intitulés?|sous-rubriques?|rubriques?)\s+et\s+(?:(?:la|les)\s+)?prestations?(?!\p{L})/iu;

/**
 * `les deux alinéas qui suivent la prestation X`, `la disposition figurant après (placée après) la prestation X`:
 * the text after a prestation is its application rules.
 */
const FOLLOWING_ALINEAS_RE =
  /(?<!\p{L})(?:alinéas?|dispositions?)\s+(?:\p{L}+\s+)?(?:qui\s+(?:la\s+)?(?:suit|suivent)|(?:figurant|placée?s?|située?s?)\s+après)\s+(?:(?:la|cette)\s+(?:même\s+)?prestation|immédiatement)/iu;

/** `l'alinéa 3`, `le deuxième alinéa`, `les alinéas 2 et 3`, or a point: `le 5°`, `le point c)`: a part named alone. */
const BARE_ALINEA_RE =
  /^\s*(?:l'|les?\s+|la\s+)(?:(?:\p{L}+\s+)?alinéas?(?:\s+(?:\d+|premier|1er)(?:\s*(?:,|et)\s*\d+)*)?|(?:points?\s+)?(?:\d{1,2}°|[a-z]\))(?:\s*(?:,|et)\s*(?:\d{1,2}°|[a-z]\)))*)\s*$/iu;
/**
 * The rules of one prestation: `dans les règles d'application qui suivent la prestation X`, `dans les conditions de
 * remboursement qui suivent la prestation X`, `les conditions de l'intervention pour la prestation X`.
 */
const PRESTATION_RULES = String.raw`(?:règles?\s+d'application|conditions?\s+(?:de\s+remboursement|de\s+l'intervention|d'intervention|d'octroi))\s+(?:qui\s+(?:suit|suivent)|pour|de|relatives?\s+à)\s+(?:la|cette)\s+(?:même\s+)?prestation`;
const RULES_AFTER_LOCUS_RE = new RegExp(String.raw`(?<!\p{L})(?:dans|à|aux?)\s+(?:la|les)\s+${PRESTATION_RULES}`, 'iu');
/** `les conditions de l'intervention pour la prestation X sont complétées par un c)`: those rules as the subject. */
const PRESTATION_RULES_SUBJECT_RE = new RegExp(String.raw`^\s*(?:[\w°)]{1,4}[.)]\s*)?(?:la|les)\s+${PRESTATION_RULES}`, 'iu');

/**
 * `la prestation 612710-612721 figurant sous l'intitulé "H. Chirurgie vasculaire" est supprimée`: the quoted heading
 * after the codes says where the prestation stands; the subject is the prestation, not those words.
 */
const LOCATED_UNDER_RE =
  /(?<=\d)\s+(?:figurant|reprise?s?|visée?s?|mentionnée?s?|prévue?s?|inscrite?s?|située?s?)\s+(?:sous|dans|à|au)\s+(?:l'|le\s+|la\s+|les\s+)?(?:intitulés?|rubriques?|titres?|sous-rubriques?|catégories?)\s*"[^"]*"/giu;

/**
 * A sentence of a text closing the subject phrase: `… la deuxième phrase du premier alinéa`, `… les deux dernières phrases`;
 * not a sentence that only places the subject (`les points qui suivent la phrase liminaire`, `le point b) de la phrase …`).
 */
const TRAILING_SENTENCE_RE = /(?<!(?<!\p{L})(?:suit|suivent|après|avant|de|des|du|dans|sous|à)\s*)\s(?:la|les)\s+(?:\p{L}+\s+){0,2}phrases?(?:\s+(?:liminaires?|introductives?))?(?:\s+(?:du|de\s+la|de\s+l'|des)\s*[^,;"\n]{1,60})?\s*$/iu;

/** Classify one candidate subject phrase. */
export function classify(phrase: string): Subject[] {
  // `le point b) et les prestations qu'il comporte`: the container is the subject, its prestations go with it
  // `un article 17quater libellé comme suit`: the participle (worded), not a prestation's label
  // (named with its codes, the unit goes with those prestations: a provision and a prestation repeal)
  const holds = [...execAll(CONTENTS_RE, phrase), ...execAll(HOLDING_RE, phrase)].some((m) => /\d{6}/u.test(m[0]));
  const head = phrase.replace(LOCATED_UNDER_RE, ' ').replace(ANCHOR_PHRASE_RE, ' ').replace(CONTENTS_RE, ' ').replace(HOLDING_RE, ' ').replace(/(?<!\p{L})libell[ée]e?s?\s+(?:comme\s+suit|ainsi|de\s+la\s+manière\s+suivante)/giu, ' ');
  WORDS_NOUN_RE.lastIndex = 0;
  const beforePar = head.split(/(?<!\w)par\b/iu)[0];
  if (WORDS_NOUN_RE.test(head) || WORDS_PLAIN_RE.test(beforePar)) return namesValue(head) ? ['relativeValue'] : ['words'];
  // `la phrase liminaire du § 6`, `la deuxième phrase`: a sentence of a text is wording, quoted or not; also after a place
  // the drafter wrote no comma after (`Dans l'article 7, § 11, de l'annexe … précité la deuxième phrase du premier alinéa`)
  if (/^\s*(?:[\w°)]{1,4}[.)]\s*)?(?:la|les)\s+(?:\p{L}+\s+)?phrases?(?!\p{L})/iu.test(head) || TRAILING_SENTENCE_RE.test(head)) return ['words'];
  const out: Subject[] = [];
  // `le texte néerlandais du libellé de la prestation X`: the label in one language is the label
  const labelText = /(?<!\p{L})(?:texte|version)\s+(?:français|néerlandais|française|néerlandaise)\s+du\s+libell[ée](?!\p{L})/iu.test(head);
  if (LABEL_RE.test(head) && (labelText || !/(?<!\w)(?:dans|au|du)\s+(?:le\s+)?libell[ée]/iu.test(head))) out.push('label');
  if (namesValue(head)) out.push('relativeValue');
  // `le libellé et la valeur relative de la prestation X et la première règle d'application qui suit cette prestation`
  // (`… ainsi que la règle d'application qui suit immédiatement cette prestation sont remplacés`)
  if (out.length && /(?:(?<!\w)et|(?<!\w)ainsi\s+que)\s+(?:la|les)\s+(?:\p{L}+\s+){0,2}règles?\s+d'application/iu.test(head)) out.push('rule');
  if (out.length) return out;
  // (the prestation it names owns those rules: it is their anchor, not a subject)
  if (PRESTATION_RULES_SUBJECT_RE.test(phrase)) return ['rule'];
  if (RENUMBER_RE.test(head)) return ['prestation'];
  // `les codes de nomenclature 229751-229762 et 229902-229913 sont supprimés`
  if (/(?<!\p{L})(?:les|le)\s+codes?(?:\s+de\s+nomenclature)?\s+(?:n°\s*)?\d{6}/iu.test(beforePar)) return ['prestation'];
  if (NUMBERS_RE.test(beforePar)) return ['words'];
  if (PRESTATION_HEAD_RE.test(beforePar) || LISTED_CODES_RE.test(beforePar)) out.push('prestation');
  // `l'intitulé et la prestation suivants sont insérés`: the heading is a unit of the annex too
  if (out.length && HEADING_AND_PRESTATIONS_RE.test(beforePar)) out.push('provision');
  if (RULE_RE.test(head) || FOLLOWING_ALINEAS_RE.test(phrase)) out.push('rule');
  if (out.length) return out;
  if (PROVISION_RE.test(head)) return holds ? ['provision', 'prestation'] : ['provision'];
  return [];
}

/**
 * What the clause changes: the subject segment before the verb, else the
 * phrase after it (inverted clauses), else the whole lead-in. `[]` when
 * nothing names it.
 */
export function readSubject(pre: string, post: string, lemma = ''): SubjectReading {
  // (a reading depends on its three strings only: read once per words, each caller handed its own copy, which it may refine)
  const key = `${lemma}\u0000${pre}\u0000${post}`;
  let r = subjectReadings.get(key);
  if (r === undefined) {
    if (subjectReadings.size >= SUBJECT_READINGS_KEPT) subjectReadings.clear();
    subjectReadings.set(key, (r = readSubjectOnce(pre, post, lemma)));
  }
  return { ...r, subjects: r.subjects.slice() };
}

/**
 * The readings of the words of recent clauses: 41 % of the clauses of the corpus repeat the words of an earlier
 * clause of their decree (`le libellé est remplacé par …` under many prestations; a lead read again for its points).
 */
const subjectReadings = new Map<string, SubjectReading>();
const SUBJECT_READINGS_KEPT = 512;

function readSubjectOnce(pre: string, post: string, lemma: string): SubjectReading {
  const r = readPhrase(pre, post, lemma);
  // `les numéros X, Y et Z, avec leur libellé et leur valeur relative, sont supprimés`: numbers that go with their
  // label and value are prestations, not numbers of a list
  const own = `${pre}, ${post.slice(0, 240)}`.split(/,\s+/).some((x) => OWN_PARTS_RE.test(x) || blankOwnParts(x) !== x);
  if (r.subjects.join() === 'words' && NUMBERS_RE.test(r.phrase) && own) return { ...r, subjects: ['prestation'] };
  // `Sont supprimés, sous l'intitulé "…", les numéros X, Y et Z`: numbers placed under a heading of the annex, named
  // after the verb, are its prestations (a rule's list quotes them or is named: `dans la règle …, les numéros "…"`)
  if (r.subjects.join() === 'words' && r.offset >= pre.length && DELETION_LEMMA_RE.test(lemma) && NUMBERS_RE.test(r.phrase) && HEADING_LOCUS_RE.test(`${pre} ${post.slice(0, 240)}`)) return { ...r, subjects: ['prestation'] };
  return r;
}

const DELETION_LEMMA_RE = /^(?:supprim|abrog|retir)/u;
/** `sous l'intitulé "…"`, `sous la rubrique "…"`: a place in the annex's list of prestations */
const HEADING_LOCUS_RE = /(?<!\p{L})sous\s+(?:l'intitulé|la\s+rubrique)\s*"/iu;
/**
 * `` `G. Cumuls et règles de tarification', est complété par un alinéa ``: a unit named by its title in Justel's
 * backtick-apostrophe quotes; the title's words name the unit, they are not the subject's noun (as a "…" quote's are not).
 * (The own text writes the backtick as an apostrophe; the one that closes the title stands before punctuation or a
 * space, not before a letter: `d'intervention'`.)
 */
const BACKTICK_TITLE_RE = /(?<!\p{L})[`'](?=\p{L}|\d)[^\n]{1,200}?'(?=[\s,;:.)]|$)/gu;
/** `` `Règles diagnostiques' ``: the rubric of rules, whose completion is a rule */
const RULES_RUBRIC_RE = /^[`']\s*règles?\s+(?:diagnostiques?|de\s+cumul|de\s+non-cumul|d'application)\s*'$/iu;
/** `…, le `2. Délivrance'` ending the lead-in: a determiner and a backtick title, no noun */
const TITLE_ONLY_SUBJECT_RE = /(?:^|,\s*)(?:le|la|les|l')\s*([`'](?=\p{L}|\d)[^\n']{1,200}')\s*$/u;
/** `sous l'intitulé "…", (sous l')intitulé "…"`: the headings that place a clause */
const UNDER_HEADINGS_RE = /(?<!\p{L})sous\s+(?:l'intitulé|la\s+rubrique)\s*"[^"\n]*"(?:\s*,\s*(?:sous\s+)?(?:l'intitulé|la\s+rubrique|intitulé|rubrique)\s*"[^"\n]*")*/giu;

function readPhrase(pre: string, post: string, lemma: string): SubjectReading {
  // `au D, le `2. Délivrance' est remplacé par ce qui suit`: a unit named by nothing but its title is that unit
  const titled = TITLE_ONLY_SUBJECT_RE.exec(pre);
  if (titled && !RULES_RUBRIC_RE.test(titled[1])) return { subjects: ['provision'], phrase: titled[0], offset: titled.index };
  pre = pre.replace(HISTORY_RE, (m) => ' '.repeat(m.length)).replace(BACKTICK_TITLE_RE, (m) => (RULES_RUBRIC_RE.test(m) ? m : ' '.repeat(m.length)));
  // (`est ajoutée in fine la prestation suivante`: where it goes, before the subject)
  const after = post.slice(0, 240).replace(WORD_POSITION_RE, ' ').replace(/^\s*in\s+fine\s*,?\s*(?=(?:les|la|le|une?|des)\s|l')/iu, ' ');
  // `est complété par les mots …` / `par l'alinéa suivant` / `par les prestations …`: what is added follows `par`
  if (/^complét/u.test(lemma) && /^\s*(?:in\s+fine\s+|à\s+la\s+fin\s+)?par\b/iu.test(post)) {
    const added = after.replace(/^\s*(?:in\s+fine\s+|à\s+la\s+fin\s+)?par\s+/iu, '');
    // `Le § 14, 5°, A, a) est complété par la disposition suivante : "…"`: a unit of the annex grows by a provision
    const completed = subjectPhrase(pre) ?? { phrase: pre, offset: 0 };
    if (/^(?:la|les|une)\s+dispositions?\s+suivantes?/iu.test(added) && classify(completed.phrase).join() === 'provision') {
      return { subjects: ['provision'], ...completed };
    }
    // `l'intitulé "catégorie 1" est complété par l'intitulé et les numéros suivants : "Ciments osseux : X, Y"`: a heading
    // and its numbers put into a list, as `… est complété comme suit : "Ciments osseux : …"` is (the numbers are not words
    // of a text, nor prestations defined)
    if (/^(?:l'|les\s+)intitulés?\s+et\s+(?:les?\s+|la\s+)?(?:numéros?|codes?)(?:\s+(?:de\s+code|d'ordre))?\s+suivants?(?!\p{L})/iu.test(added)) {
      return { subjects: ['provision'], ...completed };
    }
    // `la règle d'application qui suit la prestation X est complétée par l'alinéa suivant`: the alinéa is more of that rule
    // (or by a point: `les conditions de l'intervention pour la prestation X sont complétées par un c)`)
    if (/^(?:l'|les\s+|la\s+|une?\s+)(?:alinéas?|phrases?|dispositions?|(?:points?\s+)?(?:\d{1,2}°|[a-z]\)))(?!\p{L})/iu.test(added) && classify(completed.phrase).join() === 'rule') {
      return { subjects: ['rule'], ...completed };
    }
    const r = classify(added);
    if (r.length) return { subjects: r, phrase: after, offset: pre.length };
  }
  // `dans le libellé de la prestation X, "12e" est remplacé par "14e"`: a bare quote as subject is wording
  if (/,\s*"[^"\n]*"\s*$/u.test(pre) && !/\p{L}{2,}[^,]*"[^"\n]*"\s*$/u.test(pre.slice(pre.lastIndexOf(',')))) {
    return { subjects: ['words'], phrase: pre.slice(pre.lastIndexOf(',') + 1), offset: pre.lastIndexOf(',') + 1 };
  }
  // (`à la prestation X : a) " unilatérale " est remplacé par …`: a sub-item whose subject is the bare quote)
  const item = /^\s*[\w°]{1,4}[.)°]\s*(?="[^"\n]*"\s*$)/u.exec(pre);
  if (item) return { subjects: ['words'], phrase: pre.slice(item[0].length), offset: item[0].length };
  // `A l'article 14, g), …, sont insérées les règles d'application suivantes après la prestation X`: the verb right after
  // the locator's comma, its subject after it (also behind an anchor: `…, est insérée, après la prestation X, la
  // prestation suivante`)
  const [postSubject, afterSubject] = [post, after].map((x) => x.replace(LEADING_ANCHOR_RE, ' '));
  if (/,\s*$/u.test(pre) && /^\s*(?:in\s+fine\s*,?\s*)?(?:les|la|le|l'|une?|des|deux|trois)\s/iu.test(postSubject)) {
    const r = classify(withoutOwnParts(afterSubject.split(/(?<!\p{L})par(?!\p{L})|:/iu)[0]));
    if (r.length) return { subjects: r, phrase: after, offset: pre.length };
  }
  const seg = subjectPhrase(pre);
  if (seg) {
    const r = classify(seg.phrase);
    // `dans les règles d'application qui suivent la prestation X, l'alinéa 3 est abrogé`: an alinéa of a prestation's
    // rules is rule text, as the alinéas that follow it are
    if (r.join() === 'provision' && BARE_ALINEA_RE.test(seg.phrase) && RULES_AFTER_LOCUS_RE.test(pre)) return { subjects: ['rule'], ...seg };
    if (r.length) return { subjects: r, ...seg };
  }
  // inverted: `il est inséré dans le texte, après le numéro …, la disposition suivante : "…"`
  // (`sont insérées après la prestation X les prestations suivantes`: the anchor is not the subject;
  // `il est ajouté à la rubrique Règles diagnostiques une règle 141`: the subject follows the place)
  // (`est portée à N 90 la valeur relative de la prestation X`: the new value before the subject)
  const inv = (/^(?:port|fix)/u.test(lemma) ? after.replace(NEW_VALUE_FIRST_RE, ' ') : after)
    .replace(ANCHOR_PHRASE_RE, ' ')
    .split(/(?<!\p{L})par(?!\p{L})|:/iu)[0]
    .split(/,\s+/)
    .map(blankOwnParts)
    // (`il est inséré après le § 10septies un § 10octies rédigé comme suit`: the place, then the subject)
    .map((x) => (/^\s*(?:dans|au|aux|à|après|avant|entre)(?!\p{L})/iu.test(x) ? (/\s(?:une?|des)\s.*$/iu.exec(x)?.[0] ?? x) : x))
    .filter((x) => !/^\s*(?:(?:après|avant|entre|dans|au|aux|à|in\s+fine|en\s+fin)(?!\p{L})|sous\s)/iu.test(x) && !OWN_PARTS_RE.test(x))
    .join(', ');
  let r2 = classify(inv);
  if (r2.length === 0 && LISTED_AFTER_COLON_RE.test(after.replace(ANCHOR_PHRASE_RE, ' '))) r2 = ['prestation'];
  // `à la fin du texte de la règle 4, il est inséré la disposition suivante : "…"`: words within a text, not a provision of the annex
  if (r2.length === 1 && r2[0] === 'provision' && /^\s*(?:une?|la|les)\s+(?:disposition|phrase|mention)s?(?:\s+suivante?s?)?\s*$/iu.test(inv) && INSIDE_TEXT_RE.test(pre)) r2 = ['words'];
  if (r2.length) return { subjects: r2, phrase: inv, offset: pre.length };
  // (`sous l'intitulé " E. Urologie ", intitulé " Catégorie 1b : ", il est ajouté ce qui suit`: the quoted headings are the
  // place in the annex, not words the clause changes)
  const r3 = classify(pre.replace(UNDER_HEADINGS_RE, (m) => ' '.repeat(m.length)));
  if (r3.length) return { subjects: r3, phrase: pre, offset: 0 };
  return { subjects: [], phrase: seg?.phrase ?? after, offset: seg?.offset ?? pre.length };
}
