import { accentTolerant } from '../../text/accents.js';

// patterns with accents read words with or without them
const ci = accentTolerant('iu');

/*
 * Where a rule says its prestations stand in the annex text: `les prestations visées au § 1er, F., 9°`, `… du § 1er,
 * point G., 8.`, `… aux 1° à 4°`, `… aux a), b) et c)`, `chaque prestation du § 1er`, `… du présent 5°bis`. The
 * reference is read whole, as a path of steps (paragraph, lettered or roman point, numbered item, lettered item),
 * or a list of such paths at its last step; a reference read only in part is no reference (null): reading `§ 1er`
 * of `§ 1er, rubrique …` would give the rule every prestation of the paragraph.
 */

export type LocatorStep =
  | { kind: 'paragraph'; label: string }
  /** `F.`, `point G`, `II.`: a capital letter or roman numeral opening a line. */
  | { kind: 'point'; label: string }
  /** `7°`, `5°bis`; `dotted` when written `4.` or `6,` (a point numbered `6.`, or `6°`). */
  | { kind: 'item'; label: string; dotted: boolean }
  /** `a)`. */
  | { kind: 'letter'; label: string };

export interface LocatorRef {
  /** `du présent 5°bis`, `du présent paragraphe`: the step holding the sentence itself. */
  present: boolean;
  /** Each path one stretch of text; several when the last step is a list or a range. */
  paths: LocatorStep[][];
}

/** The noun, its participle, the preposition: `les prestations visées au`, `chaque prestation du`, `les examens visés aux`. */
const PLACED = String.raw`(?:(?:cité|visé|repris|prévu|mentionné|énuméré|défini|décrit|inscrit|indiqué|énoncé|fixé|inséré|listé)e?s?\s+|figurant\s+)`;
// (the noun may take an adjective that says which acts, `les séances individuelles du § 1er, 1°`; things billed are
// named so too, with the participle that places them: `le matériel visé au a)`, not `le matériel nécessaire au § 3`)
// (or a complement that says which, before the participle: `les prestations de chirurgie du bassin visées au présent 12°`)
// (acts named in the plural, by a noun that looks like one, with the participle that places them: `les endoscopies visées au
// § 1er, f), 4°`, `les interventions visées au 2°`; not people, disorders, costs or documents, `les bénéficiaires visés au § 2`,
// `les troubles visés au § 2, b), 1°`, `les frais visés …`, `les certificats visés …`; the limits set on them too: `au-delà des quotas fixés au présent paragraphe`)
const NOT_ACTS = String.raw`(?:bénéficiaires|patients|patientes|médecins|praticiens|prescripteurs|dispensateurs|prestataires|personnes|enfants|femmes|conditions|critères|indications|documents|formulaires|rapports|protocoles|dossiers|montants|délais|règles|dispositions|modalités|données|informations|pathologies|affections|maladies|situations|cas|établissements|hôpitaux|services|centres|équipes|programmes|périodes|dates|prix|tarifs|valeurs|normes|exigences|diagnostics|symptômes|lésions|tumeurs|organismes|membres|spécialistes|titres|qualifications|agréments|accords|demandes|prescriptions|attestations)`;
const HEAD = ci`(?<![\p{L}])(?:(?:prestations?|examens?|séances?|honoraires?|consultations?)(?:\s+(?:individuel(?:le)?|collecti(?:f|ve)|technique|spéciale?|supplémentaire|complémentaire|ambulatoire)s?)?(?:\s+(?:de|du|des|d')\s*[\p{L}-]+(?:\s+[\p{L}'-]+){0,3}?\s+${PLACED}|\s+${PLACED}?)|(?:matériels?|dispositifs?|implants?|orthèses?|prothèses?|appareils?|bandages?|électrodes?)\s+${PLACED}|(?<=(?<![\p{L}])(?:les|ces|des|aux)\s+)(?!${NOT_ACTS}(?![\p{L}]))(?:[\p{L}-]{2,}(?:ies|ions|ages|ments|ures|yses)|actes|soins|bilans|tests|visites|forfaits|quotas|maxima|maximums|plafonds|limites)\s+${PLACED})(?:au|aux|du|des(?=\s+§§)|dans\s+le|sous(?:\s+le)?)\s+`;

// one step at the reading position (sticky)
const PARAGRAPH_STEP = /§\s*(\d+)(?:er)?(?:\s*(bis|ter|quater|quinquies|sexies))?(?![\p{L}\d])/uy;
const ITEM_STEP = /(?:points?\s+)?(\d+)\s*°(?:\s*(bis|ter|quater|quinquies|sexies)(?![\p{L}]))?/uy;
// (`4.`, and a bare number before a comma, `§ 1er, 6, …`; not `4.5`, nor a number of something else, `2 fois`)
const DOTTED_STEP = /(?:points?\s+)?(\d{1,2})(?:\.(?![\d\p{L}])|(?=\s*,(?!\d))|(?<=points?\s+\d{1,2})(?![\d\p{L}°.,]))/uy;
// (`F.`, `B,`, `point K`, `II.`: not a word's capital, `A l'exception`)
const POINT_STEP = /(?:points?\s+)?([A-Z]|[IVX]{2,4})(?:\.(?![\p{L}\d])|(?=\s*[,(])|(?<=points?\s+(?:[A-Z]|[IVX]{2,4}))(?![\p{L}\d]))/uy;
const LETTER_STEP = /([a-z])\)/uy;

function stepAt(s: string, i: number): { step: LocatorStep; end: number } | null {
  const read = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(s);
  };
  let m: RegExpExecArray | null;
  if ((m = read(PARAGRAPH_STEP))) return { step: { kind: 'paragraph', label: m[1] + (m[2] ?? '') }, end: m.index + m[0].length };
  if ((m = read(ITEM_STEP))) return { step: { kind: 'item', label: m[1] + (m[2] ?? ''), dotted: false }, end: m.index + m[0].length };
  if ((m = read(DOTTED_STEP))) return { step: { kind: 'item', label: m[1], dotted: true }, end: m.index + m[0].length };
  if ((m = read(LETTER_STEP))) return { step: { kind: 'letter', label: m[1] }, end: m.index + m[0].length };
  if ((m = read(POINT_STEP))) return { step: { kind: 'point', label: m[1] }, end: m.index + m[0].length };
  return null;
}

/** A step's level: a `4.` and a `15°` are two (`§ 1er, E., 3., 15°`). */
const level = (step: LocatorStep): string => (step.kind === 'item' && step.dotted ? 'dotted' : step.kind);

/** After `aux points 1`, a bare number ends the list: `… à 4 ne sont …`. */
function bareNumberAt(s: string, i: number, after: LocatorStep): { step: LocatorStep; end: number } | null {
  if (after.kind !== 'item' || !after.dotted) return null;
  const m = /(\d{1,2})(?![\d\p{L}°])/uy;
  m.lastIndex = i;
  const r = m.exec(s);
  return r ? { step: { kind: 'item', label: r[1], dotted: true }, end: r.index + r[0].length } : null;
}

/**
 * A bare number after a paragraph and its comma, before the sentence's verb or another number: the point numbered so
 * (`une seule des prestations du § 1er, 6 peut …`, `… du § 1er, 7 ne sont …`, `… au § 1er, 6 et 7 fait …`); not a count
 * (`§ 1er, 2 fois`, `§ 1er, 3 et 6 mois après …`, `Parmi les prestations … § 1er, 2 peuvent …`).
 */
function bareItemAfterParagraph(s: string, sep: RegExpExecArray, after: LocatorStep): { step: LocatorStep; end: number } | null {
  // (not a count as the subject: `Parmi les prestations visées au § 1er, 2 peuvent …`)
  if (after.kind !== 'paragraph' || !sep[0].includes(',') || /^\W*parmi\b/iu.test(s)) return null;
  BARE_ITEM.lastIndex = sep.index + sep[0].length;
  const r = BARE_ITEM.exec(s);
  return r ? { step: { kind: 'item', label: r[1], dotted: true }, end: r.index + r[1].length } : null;
}
// (what may follow the number, or the last of `6 et 7`, `6 à 8`: the sentence's verb, or its end)
const AFTER_BARE = String.raw`(?:\s+(?:(?:ne|sont|est|peu\p{L}*|doi\p{L}*|fai\p{L}*|font|donn\p{L}*|compren\p{L}*|couvr\p{L}*)(?![\p{L}])|n['’])|\s*[.;:)])`;
const BARE_ITEM = new RegExp(String.raw`(\d{1,2})(?=(?:\s+(?:et|ou|à)\s+\d{1,2})?${AFTER_BARE})`, 'uy');

/** The labels from `a` to `b` of one kind (`1` to `4`, `a` to `d`, `B` to `D`), or null when they make no range. */
function range(a: LocatorStep, b: LocatorStep): LocatorStep[] | null {
  if (a.kind !== b.kind || a.kind === 'paragraph') return null;
  const num = /^\d+$/u;
  if (num.test(a.label) && num.test(b.label)) {
    const [x, y] = [Number(a.label), Number(b.label)];
    return y > x && y - x <= 30 ? Array.from({ length: y - x + 1 }, (_, k) => ({ ...a, label: String(x + k) })) : null;
  }
  if (/^[a-zA-Z]$/u.test(a.label) && /^[a-zA-Z]$/u.test(b.label)) {
    const [x, y] = [a.label.charCodeAt(0), b.label.charCodeAt(0)];
    return y > x && y - x <= 25 ? Array.from({ length: y - x + 1 }, (_, k) => ({ ...a, label: String.fromCharCode(x + k) })) : null;
  }
  return null;
}

// what may not follow a reference read whole: another text's (`de l'article 7`), a narrower part (`, rubrique …`,
// `sous l'intitulé …`), more of it than was read (`bis`, `3`, `et au § 2`)
const NOT_WHOLE = ci`^\s*,?\s*(?:de\s+l['’]article|de\s+l['’]annexe|du\s+chapitre|de\s+l['’]arrêté|de\s+la\s+(?:présente\s+)?nomenclature|de\s+la\s+loi|du\s+décret|des\s+articles|de\s+la\s+section|de\s+cet\s+article|de\s+ce(?:tte)?\s|dudit|de\s+ladite|du\s+même|du\s+(?:§|paragraphe|point|titre|chapitre)|de\s+l['’]alinéa|alinéa|sous\s+(?:\d|[a-z]\)|le\s+point)|ainsi\s+que|respectivement|ni\b|rubrique|catégorie|sous\s+l['’]intitulé|sous\s+le\s+titre|sous\s+la\s+rubrique|bis\b|ter\b|quater\b|[\d§]|et\b|ou\b|jusqu)`;
// (case matters: a point's capital, `, C et D`, `I à III`, is more than was read; `a` or `à` is not)
// (`, B ne sont …`, `, D, E ne sont …`; not `A l'exception …`, nor `à l'exception …`, `à condition …`: a range's `à` is read above)
const MORE_POINTS = /^\s*,?\s*(?:(?:et|ou)\s+)?(?:points?\s+)?(?:[A-Z]|[IVX]{2,4})(?:[.,)]|\s+(?:et|ou|à|ne|n['’]|sont|est|peu\p{L}*|doi\p{L}*)(?![\p{L}])|\s*$)|^\s*,?\s*[a-z]\)/u;
const partial = (rest: string): boolean => NOT_WHOLE.test(rest) || MORE_POINTS.test(rest);
const THIS_ARTICLE = ci`^\s*,?\s*du\s+présent\s+article(?![\p{L}])`;
const SEPARATOR = /\s*,\s*|\s+/uy;
const MAX_PLACES = 60;
const LIST_JOIN = /\s*(?:,\s*(?:et\s+|ou\s+)?|\s+et\s+|\s+ou\s+)(?:aux?\s+)?/uy;
const RANGE_JOIN = /\s+à\s+(?:l'|la\s+|le\s+|au\s+)?/uy;

/** Paragraphs named together: `§§ 1er et 2`, `§§ 3, 4 et 6`, `§§ 4 à 10` (each number a paragraph). */
const PARAGRAPHS = /§§\s*(\d+(?:er)?(?:\s*(?:,|et|ou|à)\s*\d+(?:er)?)+)(?![\p{L}\d])/uy;

/** The paragraphs `§§ …` at `from` name, each a path; null when there is none there, or more follows than was read. */
function paragraphList(s: string, from: number): LocatorStep[][] | null {
  PARAGRAPHS.lastIndex = from;
  const m = PARAGRAPHS.exec(s);
  if (!m) return null;
  const steps: LocatorStep[] = [];
  for (const part of m[1].split(/\s*(?:,|et|ou)\s*/u)) {
    const [a, b] = part.split(/\s*à\s*/u).map((x) => ({ kind: 'paragraph' as const, label: x.replace(/er$/u, '') }));
    // (a range of paragraphs numbered as items are: `range` reads no paragraph range in a path, `§ 1er à § 3` being no place)
    const span = b ? range({ kind: 'item', label: a.label, dotted: false }, { kind: 'item', label: b.label, dotted: false })?.map((x) => ({ kind: 'paragraph' as const, label: x.label })) : [a];
    if (!span) return null;
    steps.push(...span);
  }
  return steps.length <= MAX_PLACES && !partial(s.slice(m.index + m[0].length)) ? steps.map((x) => [x]) : null;
}

/** The reference at `from` in `s` (just after its head), or null when none is read whole. */
function readPath(s: string, from: number): LocatorStep[][] | null {
  if (s.startsWith('§§', from)) return paragraphList(s, from);
  const prefix: LocatorStep[] = [];
  let i = from;
  let first = stepAt(s, i);
  if (!first) return null;
  for (;;) {
    const step: LocatorStep = first!.step;
    i = first!.end;
    // siblings of this step, or a range of them: `a), b) et c)`, `1° à 4°`
    let siblings: LocatorStep[] = [step];
    for (;;) {
      RANGE_JOIN.lastIndex = i;
      const r = RANGE_JOIN.exec(s);
      const toStep = r ? (stepAt(s, r.index + r[0].length) ?? bareNumberAt(s, r.index + r[0].length, step)) : null;
      if (r && toStep && level(toStep.step) === level(step)) {
        const span = range(siblings[siblings.length - 1], toStep.step);
        if (!span) return null;
        siblings.pop();
        for (const x of span) siblings.push(x);
        // (no reference names so many places: a hostile run of ranges is no reference, and is not read on)
        if (siblings.length > MAX_PLACES) return null;
        i = toStep.end;
        continue;
      }
      LIST_JOIN.lastIndex = i;
      const j = LIST_JOIN.exec(s);
      const next = j ? (stepAt(s, j.index + j[0].length) ?? bareNumberAt(s, j.index + j[0].length, step)) : null;
      if (j && next && level(next.step) === level(step) && next.step.kind !== 'paragraph') {
        siblings.push(next.step);
        if (siblings.length > MAX_PLACES) return null;
        i = next.end;
        continue;
      }
      break;
    }
    // a deeper step, of another kind: `§ 1er, F., 9°`
    SEPARATOR.lastIndex = i;
    const sep = SEPARATOR.exec(s);
    const deeper: { step: LocatorStep; end: number } | null = sep && siblings.length === 1 ? (stepAt(s, sep.index + sep[0].length) ?? bareItemAfterParagraph(s, sep, step)) : null;
    if (deeper && deeper.step.kind !== 'paragraph' && level(deeper.step) !== level(step) && !prefix.some((p) => level(p) === level(deeper.step))) {
      prefix.push(step);
      first = deeper;
      continue;
    }
    let rest = s.slice(i);
    const article = THIS_ARTICLE.exec(rest);
    if (article) rest = rest.slice(article[0].length);
    if (partial(rest)) return null;
    return siblings.map((x) => [...prefix, x]);
  }
}

/** The first reference a sentence makes to prestations by where the annex text puts them, read whole; else null. */
export function readLocator(sentence: string): LocatorRef | null {
  const head = new RegExp(HEAD.source, 'giu');
  for (let m = head.exec(sentence); m; m = head.exec(sentence)) {
    const at = m.index + m[0].length;
    // (`present` too: the fixed-width tables print no accents)
    const present = /^pr[ée]sent\s+/iu.exec(sentence.slice(at));
    if (present) {
      const word = /^paragraphe(?![\p{L}])/iu.exec(sentence.slice(at + present[0].length));
      if (word) return partial(sentence.slice(at + present[0].length + word[0].length)) ? null : { present: true, paths: [[]] };
      const step = stepAt(sentence, at + present[0].length);
      if (step && step.step.kind !== 'paragraph' && !partial(sentence.slice(step.end))) return { present: true, paths: [[step.step]] };
      return null;
    }
    // (not a place: `les prestations du groupe …`; the next may be)
    if (!stepAt(sentence, at) && !sentence.startsWith('§§', at)) continue;
    const paths = readPath(sentence, at);
    // (the first place named decides: `les prestations visées au § 1er, rubrique …` names no whole paragraph)
    return paths ? { present: false, paths } : null;
  }
  return null;
}
