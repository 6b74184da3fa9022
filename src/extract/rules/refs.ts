import type { RuleWith } from '../../schema/rules.js';
import { groupsIn, type PrestationRef } from './context.js';
import { accentTolerant } from '../../text/accents.js';
import { LEAD_MARK } from './sentences.js';
import { actOfLabel, escapeRegExp, fold, foldedLabel } from './label-words.js';
import { dedupeGroups, expandGroups } from './code-sets.js';

// patterns with accents read words with or without them (tables print `cumulees`, `attestee`)
const ci = accentTolerant('iu');

/**
 * Code references of a rule sentence: the codes it governs, and what it sets
 * them against. Explicit codes win; otherwise the text's own context
 * (`la prestation qui précède`, `ces prestations`, the prestation the rule
 * follows in an inserted list).
 */

/** Where the governed part of a sentence ends and the other party begins. */
// (`… le même jour qu'une séance …`: the word after `qu'` is read with it, the relation's end being no letter's middle; not
// `… le même jour qu'une seule des prestations …`, a restriction to one)
const RELATION =
  ci`(?<![\p{L}])(?:cumul\p{L}*(?:\s+(?:pas|jamais|ni))?(?:\s*,[^,.;]{1,80},|\s+le\s+même\s+jour|\s+(?:au\s+cours|lors|pendant|durant)\s+d[^,;.:]{1,50}?)?\s+(?:avec|entre)|(?<=\bn'(?:est|sont)\s+pas\s+(?:remboursée?s?|attestée?s?)\s+)(?:pendant|durant|dans)\s+les\s+\S+\s+(?:mois|jours|semaines|ans|années)\s+qui\s+(?:suivent|précèdent)|(?<=\bn'(?:est|sont)\s+pas\s+(?:remboursée?s?|attestée?s?|honorée?s?)\s+)(?:lorsqu(?=')|lorsque|si|quand)(?=\s*'?\s*(?:la|les|une|l'une)(?:\s+des)?\s+(?:autres?\s+prestations?\s|prestations?\s+(?:n°\s*)?\d{6}))|(?:in)?compatibles?\s+(?:ni\s+)?avec|(?:être\s+)?(?:portée?s?\s+en\s+compte|attestée?s?|facturée?s?)\s+(?:lors\s+d'une?|en\s+même\s+temps\s+que|le\s+même\s+jour\s+que|avec)|avec\s+(?:les?|la|celles?|une?)\s+(?:prestations?|articles?)|(?:uniquement\s+)?à\s+la\s+suite\s+de|qu'après|le\s+même\s+jour\s+qu(?:e|'(?!une?\s+seule?(?![\p{L}]))\p{L}*)|(?:au\s+cours\s+d(?:e\s+la|u)|dans\s+l[ae]|pendant\s+l[ae])\s+même\s+(?:\p{L}+\s+){1,2}?qu(?:e|'(?!une?\s+seule?(?![\p{L}]))\p{L}*)|lors\s+d'une?|en\s+(?:vue|préparation)\s+d(?:es?|u|e\s+la)\s+prestations?|exclut)(?![\p{L}])`;

export interface Split {
  governedEnd: number; // offset in sentence-relative text where the other party starts, or text.length
}

export function relationIndex(s: string): number {
  const m = RELATION.exec(s);
  return m ? m.index : -1;
}

/** `celles des articles 17, 17 bis, 17ter et 17quater` → ['17', '17bis', '17ter', '17quater']. */
export function articleRefs(s: string): string[] {
  const out: string[] = [];
  // (the suffix takes its own space: `\d+\s*` would eat the space `et` needs, and `articles 8 et 9` gave 8 only)
  const re = /(?<!\w)articles?\s+((?:\d+(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)(?![\p{L}]))?(?:\s*,\s*|\s+et\s+|\s+ou\s+)?)+)/giu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    for (const a of m[1].matchAll(/(\d+)\s*(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)?/giu)) {
      out.push(a[1] + (a[2] ? a[2].toLowerCase() : ''));
    }
  }
  return [...new Set(out)];
}

/** `les prestations de la rubrique A2` → ['A2']. */
export function rubricRefs(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\brubriques?\s+((?:[A-Z]{1,2}\d*(?:\s*,\s*|\s+et\s+|\s+ou\s+)?)+)/gu)) {
    for (const r of m[1].matchAll(/[A-Z]{1,2}\d*/gu)) out.push(r[0]);
  }
  return [...new Set(out)];
}

/** An act named by words after the relation: `lors d'une vertébroplastie` → `vertébroplastie`. */
export function labelRef(s: string): string | null {
  // (`… le même jour qu'un bandage de compression`, `en même temps qu'un treillis`: a party named by its words)
  const m = ci`(?:lors\s+d'une?|avec\s+une?|simultanée\s+d'une?|même\s+(?:jour|temps|séance|journée)\s+qu'une?)\s+([\p{L}-]{5,}(?:\s+[\p{L}-]{4,})?)`.exec(s);
  if (!m) return null;
  const w = m[1].trim();
  if (ci`^(?:prestations?|même|seule|part|manière|période|séance|intervention|autres?)\b`.test(w)) return null;
  return w;
}

/** A fee that names its act: `les honoraires pour les séances …`, `l'honoraire de la consultation …`. */
const FEE_OF = String.raw`honoraires?\s+(?:pour|de|afférents?\s+aux?)\s`;
/** What may open a rule sentence before its subject: an item's mark (`b)`, `1.2.`), a span (`Par bénéficiaire, `, `Au cours d'une même séance, `). */
const SUBJECT_OPENING = String.raw`^\W*(?:(?:${LEAD_MARK}|\d{1,2}°)\s*)?(?:(?:par|pour|au\s+cours\s+d'une?|lors\s+d'une?|pendant\s+une?)\s+[^,;:()]{1,40},\s*)?`;

/**
 * Prestations of the document whose label begins with `words` (case and accents folded): an act's first word
 * (`vertébroplastie`), or a party named with its article (`la consultation individuelle`, `les honoraires pour le bilan
 * fonctionnel`), whose label must open with the whole name (up to eight words; the head noun and its adjectives
 * singular for a plural: `les séances collectives de …`, not `bras` → `bra`). A name no label opens with names none:
 * `la consultation visée ci-dessus` is not every consultation, `les prothèses du bras` not every `Prothèse du …`.
 */
export function resolveLabel(words: string, prestations: readonly PrestationRef[]): string[][] {
  const named = NAMED_WITH_ARTICLE.exec(words);
  const folded = fold(named ? named[3] : words).replace(/\s+/gu, ' ').trim().split(' ');
  if (folded[0].length < 5 || GENERIC_HEAD.test(folded[0])) return [];
  const plural = named !== null && (named[1] !== undefined || named[2] !== undefined);
  // (up to the first preposition: the head noun and its adjectives)
  const head = folded.findIndex((w) => /^(?:de|du|des|d'.*|au|aux|en|pour|par|a|sur|avec|sans)$/u.test(w));
  const singular = (w: string, k: number) => (plural && (head < 0 || k < head) && w.length > 3 ? w.replace(/[sx]$/u, '') : w);
  const prefix = (named ? folded.slice(0, 8) : folded.slice(0, 1)).map(singular).join(' ');
  const out: string[][] = [];
  for (const p of prestations) {
    const opens = (label: string) => (named ? label === prefix || label.startsWith(prefix + ' ') || label.startsWith(prefix + ',') : label.startsWith(prefix));
    if (opens(foldedLabel(p)) || opens(actOfLabel(p))) out.push(...p.codes);
  }
  return dedupeGroups(out);
}

/**
 * The prestations a subject names by fewer words than their label, where none opens with its words: the label's noun with
 * its complement, its adjectives left out (`Les bilans de suivi` for `Bilan psychogériatrique de suivi …`, `Les séances de
 * rééducation périnéale` for `Séance individuelle de rééducation périnéale postnatale …`), or, for one prestation only, the
 * thing it bills named inside its label (`Le plan de suivi` for `Supplément pour l'établissement d'un plan de suivi du
 * patient …`). `words` are folded, a plural subject's singular; a subject of a noun and its complement (`bilan de suivi`).
 */
function looseLabelCodes(words: readonly string[], prestations: readonly PrestationRef[], many: boolean): string[][] {
  if (!/^(?:de|du|des|d'.*|en|a|au|aux)$/u.test(words[1]) && !/^(?:de|du|des|d'.*|en|a|au|aux)$/u.test(words[2] ?? '')) return [];
  const [head, ...rest] = words.map(escapeRegExp);
  // (its noun, up to three words of its own, then the rest of its words; an ordinal may open the label: `Première séance de …`,
  // `Visite du médecin généraliste au domicile du patient` for `Les visites au domicile du patient`)
  const skipping = new RegExp(`^(?:[\\p{L}'-]+ )?${head}(?: [\\p{L}'-]+){0,3} ${rest.join(' ')}(?![\\p{L}])`, 'u');
  const out: string[][] = [];
  for (const p of prestations) if (skipping.test(foldedLabel(p)) || skipping.test(actOfLabel(p))) out.push(...p.codes);
  if (out.length) return out;
  const phrase = words.join(' ');
  if (phrase.length < 12) return [];
  const inside = new RegExp(`(?<![\\p{L}])${words.map(escapeRegExp).join(' ')}(?![\\p{L}])`, 'u');
  const holding = prestations.filter((p) => inside.test(foldedLabel(p)));
  return holding.length === 1 && !many ? holding[0].codes.map((c) => c.slice()) : [];
}

/** A party's words with their article, and its fee's (`les honoraires pour les séances …`): the name is group 3. */
const NAMED_WITH_ARTICLE = new RegExp(String.raw`^(?:(les|des)\s+|(?:le|la|du)\s+|l')(?:${FEE_OF}\s*(?:(les|des)\s+|(?:le|la|du)\s+|l'))?(\p{L}.*)$`, 'iu');

/** Words too general to name a prestation by its label (`La prestation …`, `Le remboursement …`, `Le médecin …`). */
/** (written without accents: it is tested against folded words) */
const GENERIC_HEAD = /^(?:prestations?|honoraires?|remboursements?|interventions?|assurances?|beneficiaires?|patients?|patientes?|medecins?|nombres?|demandes?|prescriptions?|rapports?|dossiers?|regles?|conditions?|dispositions?|montants?|codes?|numeros?|presente?s?|article|paragraphe|liste|totalite|ensemble|facturation|attestation|cumul|tarif|valeur)$/u;

/**
 * The prestations a rule's subject names by the first words of their label (`La concertation pluridisciplinaire
 * est portée en compte …`, `Les consultations de suivi peuvent …`): the document's prestations whose label opens
 * with the subject's first words (up to three, before its verb), singular for a plural subject; one prestation
 * for a singular subject. A counted subject (`Une seule séance de monitoring foetal peut …`, `Au maximum trois
 * examens de contrôle des hanches peuvent …`, `Chaque séance d'entraînement …`) names every prestation whose label
 * opens so: the count is the rule's, over them all. Empty when the subject is general or names none or (singular,
 * not counted) several. The subject may follow an opening span (`Par bénéficiaire, au maximum vingt séances de …`) and
 * be named through its fee (`Les honoraires pour les séances de rééducation …`).
 */
/** A subject named through its fee, `Les honoraires pour les séances de rééducation …`: the fees just defined (index.ts). */
export const FEE_SUBJECT = new RegExp(String.raw`${SUBJECT_OPENING}(?:les|le|l')\s*${FEE_OF}`, 'iu');

const SUBJECT_BY_LABEL = new RegExp(String.raw`${SUBJECT_OPENING}(?:(?:les|le|l')\s*${FEE_OF}\s*(?=les\s|le\s|la\s|l'))?(?:(les|le|la|une?\s+même)\s+|(l')|(une\s+seule\s+|un\s+seul\s+|chaque\s+|aucune?\s+|(?:au\s+(?:maximum|plus)\s+)?(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)\s+|au\s+(?:maximum|plus)\s+une?\s+))([\p{L}'-]+(?:\s+[\p{L}'-]+){0,5}?)(?=\s*(?:,|\(|(?<!\w)est\b|(?<!\w)sont\b|(?<!\w)ne\b|(?<!\w)n'|(?<!\w)peu(?:t|vent)\b|(?<!\w)doi(?:t|vent)\b|(?<!\w)qui\b|(?<!\w)(?:comprend|comprennent|comporte|comportent|couvre|couvrent|inclut|incluent)\b|$))`, 'iu');

/**
 * The thing the insurance pays for, named after it: `L'intervention de l'assurance pour une nouvelle gouttière occlusale
 * n'est accordée …`, `… dans le coût d'une orthèse …`, `L'assurance n'intervient que pour une seule gouttière occlusale par
 * mâchoire …`, `Le remboursement d'un …`, `L'assurance ne rembourse qu'un enregistrement … par période de six mois`, `L'assurance ne
 * rembourse la dialyse … que …`. Its name ends at the verb or the first preposition after it; an indefinite thing (`une nouvelle
 * gouttière …`) is any prestation labelled so, as a counted one is.
 */
const INSURED_THING = new RegExp(String.raw`${SUBJECT_OPENING}(?:l'intervention\s+de\s+l'assurance(?:\s+obligatoire)?\s+(?:pour|dans\s+le\s+coût\s+d(?:e\s+|'))|l'assurance(?:\s+obligatoire)?\s+n'intervient\s+(?:que\s+)?(?:pour|dans\s+le\s+coût\s+d(?:e\s+|'))|l'assurance(?:\s+obligatoire)?\s+ne\s+rembourse\s+(?:qu'|(?=(?:la|le|les|l')\s*\p{L}))|le\s+remboursement\s+d(?:e\s+|'))\s*(?:(les|le|la)\s+|(l')|(une?\s+(?:seule?\s+)?))(?:nouve(?:au|l|lle)s?\s+)?([\p{L}'-]+(?:\s+[\p{L}'-]+){0,5}?)(?=\s*(?:[,;:.()]|(?<!\w)(?:est|sont|ne|peu(?:t|vent)|doi(?:t|vent)|qui|par|pendant|au|aux|lors|à|dans|en|sur|si|lorsque|avant|après|que)(?![\p{L}])|(?<!\w)(?:n|qu)'|$))`, 'iu');

export function subjectLabelCodes(sentence: string, prestations: readonly PrestationRef[]): string[][] {
  const insured = INSURED_THING.exec(sentence);
  const m = insured ?? SUBJECT_BY_LABEL.exec(sentence);
  if (!m) return [];
  // (a count above one names its noun in the plural: `trois examens`)
  const counted = m[3] !== undefined;
  // (`Un même sextant ne donne droit …`: any one of them, each prestation labelled so)
  const each = !insured && /^une?\s+même$/iu.test(m[1] ?? '');
  const plural = m[1]?.toLowerCase() === 'les' || (counted && !/^(?:au\s+(?:maximum|plus)\s+)?(?:une?\s+seule?|un|une|chaque|aucune?)\s/iu.test(m[3]));
  // (`Le remplacement du neurostimulateur …`: a replacement or renewal of the thing a prestation bills is that prestation;
  // unless a prestation is that replacement, `Remplacement du neurostimulateur … en cas d'épuisement de la batterie`)
  const named = fold(m[4]).trim();
  const replacementBilled = RENEWAL_OF.test(named) && prestations.some((p) => foldedLabel(p).startsWith(named) || actOfLabel(p).startsWith(named));
  const words = (replacementBilled ? named : named.replace(RENEWAL_OF, '')).split(/\s+/u);
  // (a short noun names enough only with its complement: `Le plan de suivi`)
  if ((words[0].length < 5 && !(words.length >= 3 && named.length >= 12)) || GENERIC_HEAD.test(words[0])) return [];
  // (a count names its act by more than a noun: `une seule séance de monitoring foetal`, `une seule gouttière occlusale`, not
  // `chaque examen`)
  if (counted && words.length < 2) return [];
  const singular = (w: string) => (plural && w.length > 3 ? w.replace(/[sx]$/u, '') : w);
  const prefix = words.map(singular).join(' ');
  const out: string[][] = [];
  for (const p of prestations) if (foldedLabel(p).startsWith(prefix) || actOfLabel(p).startsWith(prefix)) out.push(...p.codes);
  // (`au maximum 60 séances de photothérapie ou de photochimiothérapie`: sessions of the acts whose labels open so and
  // that are billed by the session, `Photothérapie …, par séance`; not every `Contrôle …` for `deux séances de contrôle`)
  const sessionsOf = out.length === 0 ? SESSIONS_OF.exec(words.join(' ')) : null;
  if (sessionsOf) {
    const acts = sessionsOf[1].split(/\s+(?:ou|et)\s+(?:de\s+|d')?/u).map((a) => a.trim());
    if (acts.every((a) => a.length >= 6 && !GENERIC_HEAD.test(a.split(' ')[0])))
      for (const p of prestations) if (acts.some((a) => foldedLabel(p).startsWith(a)) && /(?<!\p{L})seances?(?!\p{L})/u.test(foldedLabel(p))) out.push(...p.codes);
    // (an act of two words or more names its prestations even where their labels do not say they are billed by the session:
    // `Au maximum deux séances de destruction percutanée …` over `Destruction percutanée par radiofréquence …`)
    if (out.length === 0 && acts.every((a) => a.includes(' ') && a.length >= 12 && !GENERIC_HEAD.test(a.split(' ')[0])))
      for (const p of prestations) if (acts.some((a) => foldedLabel(p).startsWith(a + ' ') || foldedLabel(p).startsWith(a + ','))) out.push(...p.codes);
  }
  if (out.length === 0 && words.length >= 3) out.push(...looseLabelCodes(words.map(singular), prestations, plural || counted || each));
  const found = dedupeGroups(out);
  // (one label that is the subject's words exactly, `Visite postnatale à domicile` beside `Visite postnatale à domicile,
  // supplémentaire …`: that one)
  if (!plural && !counted && !each && found.length > 1) {
    const exact = prestations.filter((p) => foldedLabel(p).replace(/[\s.…]+$/u, '').replace(/\s*[.…]{2,}.*$/u, '').trim() === prefix);
    if (exact.length === 1) return exact[0].codes.map((c) => c.slice());
  }
  // (`La lithotritie extracorporelle n'est remboursée que si …` over two prestations labelled so: the act's, each of them;
  // a subject of one word, `La consultation …`, names too little for more than one)
  return plural || counted || each || found.length === 1 || (words.length >= 2 && found.length > 1 && found.length <= 4) ? found : [];
}

/** (folded words) The renewal of a thing billed, before the thing's name: `remplacement du`, `renouvellement de la`. */
const RENEWAL_OF = /^(?:remplacement|renouvellement)\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+|d'une?\s+)(?=\p{L})/u;

/** (folded words) Sessions of acts named by their labels' first words: `seances de phototherapie ou de photochimiotherapie`. */
const SESSIONS_OF = /^seances?\s+(?:de\s+|d')((?:[\p{L}-]+(?:\s+(?!(?:ou|et)\s)[\p{L}-]+){0,2})(?:\s+(?:ou|et)\s+(?:de\s+|d')?[\p{L}-]+(?:\s+(?!(?:ou|et)\s)[\p{L}-]+){0,2})*)$/u;

/**
 * Of `codes`, those a sentence does not except by their label: `…, sauf la prestation " rapport écrit ", qui …` leaves
 * out the prestations whose label opens with `rapport écrit`. All of them when it excepts none so.
 */
export function withoutExceptedLabels(sentence: string, codes: readonly string[][], prestations: readonly PrestationRef[]): string[][] {
  const m = EXCEPTED_LABEL.exec(sentence) ?? EXCEPTED_ACT.exec(sentence);
  if (!m) return codes.map((c) => c.slice());
  const words = fold(m[1]).replace(/\s+/gu, ' ').trim();
  const excepted = new Set(prestations.filter((p) => foldedLabel(p).startsWith(words)).flatMap((p) => p.codes.map((c) => c[0])));
  const kept = codes.filter((c) => !excepted.has(c[0]));
  return (kept.length ? kept : codes).map((c) => c.slice());
}

/**
 * `sauf la prestation " rapport écrit "`, `à l'exception des prestations "…"`: prestations excepted by their label, quoted
 * (the label is group 1). Blanks around the label are bounded: a run of them cannot make it backtrack.
 */
export const EXCEPTED_BY_LABEL = String.raw`(?<![\p{L}])(?:sauf|excepté|hormis|à\s+l'exception\s+d(?:e|es))\s+(?:(?:la|les)\s+)?prestations?\s+["“«][^\S\n]{0,3}([^"”»\d\s][^"”»\d\n]{1,78}?)[^\S\n]{0,3}["”»]`;
const EXCEPTED_LABEL = new RegExp(EXCEPTED_BY_LABEL, 'iu');
/** The same by the act's words, unquoted, up to the comma: `Les prestations visées au 1°, à l'exception de la séance de bilan, …`. */
const EXCEPTED_ACT = /(?<![\p{L}])(?:sauf|excepté|hormis|à\s+l'exception\s+d(?:e|es))\s+(?:la|le|l')\s*((?:séance|consultation|visite|examen|bilan|supplément|forfait)\s+(?:de|d')\s*[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}?)\s*,/iu;


/** Kinds of act a rule names its prestations by (singular; `s` makes the plural). */
// (not `examen`, `analyse`, `évaluation`: `Les résultats de cet examen …` after `… qu'à la condition qu'un examen du
// champ visuel démontre …` is that condition's examination, no prestation; nor `intervention`, also the insurance's)
const ACT_KINDS = String.raw`(?:consultation|visite|séance|implantation|concertation|prise\s+en\s+charge)`;
// (not `examens`, `analyses` either: `Les résultats de ces examens …` after `… que si une échographie et une
// scintigraphie ont été réalisées` are the condition's)
const ACT_KINDS_PLURAL = String.raw`(?:consultations|visites|séances|implantations|concertations|prises\s+en\s+charge)`;

/** Anaphora for the rule's own codes. */
/** `latter`: `cette dernière`, the last of the prestations the sentence before named. */
export type Anaphor = 'previous' | 'latter' | 'block' | 'article' | null;

/**
 * One, none or each of them, as the subject of a billing verb: `Un seul de ces deux examens peut être attesté par jour`,
 * `Aucun de ces actes n'est remboursé …` (not `Un seul de ces examens peut être effectué par …`, `Aucune de ces deux
 * conditions ne peut …`: a condition's examinations, or no act at all).
 */
// (or a count of them, `Au maximum deux de ces examens peuvent être portés en compte …`)
// (any things counted, as the subject: `Une seule de ces canules peut être remboursée …`)
// (after an opening span: `Par bénéficiaire, deux de ces examens au maximum peuvent …`)
const ONE_OF_SUBJECT = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:(?:par|pour|au\s+cours\s+d'une?|lors\s+d'une?|pendant\s+une?)\s+[^,;:()]{1,40},\s*)?(?:chacune?|une?\s+seule?|aucune?|(?:au\s+maximum\s+|maximum\s+|pas\s+plus\s+de\s+)?(?:deux|trois|quatre|cinq|six|\d{1,2}))\s+de\s+ces\s+(?:deux\s+|trois\s+|quatre\s+|\d+\s+)?(?:examens|analyses|actes|interventions|traitements|dispositifs|implants|appareils|reconstructions|prestations|consultations|visites|séances|\p{L}{3,}[sx])(?![\p{L}])[^.;]{0,60}?\b(?:attestée?s?|attestables?|remboursée?s?|remboursables?|portée?s?\s+en\s+compte|facturée?s?|honorée?s?|cumulée?s?|cumulables?)(?![\p{L}])`;

/** Any act counted, as the subject: `Ces trois enregistrements comprennent …`, `Chacun de ces deux …` (group 1: the count). */
const COUNTED_SUBJECT = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:chacune?\s+de\s+)?ces\s+(deux|trois|quatre|cinq|six|\d)\s+\p{L}{3,}s(?![\p{L}])`;

export function anaphorOf(s: string): Anaphor {
  // (`aucune prestation de l'article 22, II, ne peut …`, `qu'une seule prestation de l'article 22`: a whole article's, no code)
  if (ci`\bprestations?\s+(?:reprises?|visées?|prévues?)\s+(?:au|dans\s+le)\s+présent\s+article|\bprestations?\s+du\s+présent\s+article|\b(?:aucune|toute|chaque|seule)\s+prestations?\s+de\s+l'article\s+\d`.test(s)) return 'article';
  // (`Pour chacune des trois prestations qui précèdent, …`)
  if (ci`\b(?:(?:les|des)\s+(?:deux\s+|trois\s+|quatre\s+|\d+\s+)?prestations\s+(?:qui\s+précèdent|précitées|susvisées|susmentionnées|ci-dessus|visées\s+ci-dessus)|ces\s+(?:deux\s+|trois\s+|quatre\s+|\d+\s+)?prestations|lesdites\s+prestations|ces\s+(?:deux\s+|trois\s+|\d+\s+)?(?:honoraires|suppléments|forfaits))\b`.test(s)) return 'block';
  // (`… suivie d'une biopsie Y. Dans ce cas, cette dernière n'est honorée qu'à 50 %`: Y, as the subject of what a prestation
  // undergoes; not `ce dernier peut autoriser`, mostly a physician, nor `cette dernière condition`, a noun of its own)
  if (ci`\bcette\s+dernière\s+(?:ne\s+|n')?(?:est|peut)\s+(?:pas\s+|jamais\s+|plus\s+)?(?:être\s+)?(?:honorée|attestée|remboursée|portée|facturée|cumulée|cumulable|accessible|réalisée|effectuée)(?![\p{L}])`.test(s)) return 'latter';
  if (ci`\b(?:la\s+prestation\s+(?:qui\s+précède|précitée|susvisée|susmentionnée|ci-dessus)|cette\s+prestation|ladite\s+prestation)\b`.test(s)) return 'previous';
  // the act named by its kind (`Ces deux consultations ne sont pas cumulables …`, `Cette consultation ne peut …`)
  if (ci`\bces\s+(?:deux\s+|trois\s+|quatre\s+|\d+\s+)?${ACT_KINDS_PLURAL}\b`.test(s)) return 'block';
  // (as the sentence's subject only, `Ces examens ne sont accessibles qu'aux …`, `Cet implant n'est remboursé que …`: not
  // `Les résultats de ces examens …`, whose examinations are a condition's)
  if (ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?ces\s+(?:deux\s+|trois\s+|quatre\s+|\d+\s+)?(?:examens|analyses|actes|interventions|traitements|dispositifs|implants|appareils|reconstructions)\b`.test(s)) return 'block';
  if (ONE_OF_SUBJECT.test(s)) return 'block';
  // (any act counted, as the subject: `Ces trois enregistrements comprennent un rapport …`: the last three prestations)
  if (COUNTED_SUBJECT.test(s)) return 'block';
  if (ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:cet|ce|cette)\s+(?:examen|analyse|acte|intervention|traitement|dispositif|implant|appareil|matériel)\b`.test(s)) return 'previous';
  if (ci`\b(?:cette|ladite)\s+${ACT_KINDS}\b|\b(?:ce|ledit)\s+(?:forfait|supplément|bilan)\b|\bcet\s+honoraire\b`.test(s)) return 'previous';
  return null;
}

export function emptyWith(): RuleWith {
  return { codes: [], articles: [], rubrics: [], labels: [], mutual: false };
}

/**
 * The prestation an inserted or replaced passage belongs to, from the
 * amendment instruction just before the quote: `la règle d'application
 * suivante est insérée après la prestation X :`, `le libellé de la
 * prestation X est adapté`. Not `les prestations suivantes sont insérées
 * après la prestation X` (X is only the place).
 */
export function anchorBefore(text: string, quoteStart: number, prestations: readonly PrestationRef[]): string[][] {
  // the instruction runs from the previous quote (or 400 characters back) to this one
  let from = Math.max(text.lastIndexOf('"', quoteStart - 2) + 1, quoteStart - 400, 0);
  let to = quoteStart;
  // (the new words of `…, les mots " A " sont remplacés par les mots " B "`: the instruction is the one before " A ")
  if (from > 0 && text[from - 1] === '"' && NEW_WORDS_INTRO.test(text.slice(from, quoteStart))) {
    const open = text.lastIndexOf('"', from - 2);
    if (open > 0) {
      to = open;
      from = Math.max(text.lastIndexOf('"', open - 1) + 1, open - 400, 0);
    }
  }
  const intro = text.slice(from, to);
  if (ci`prestations\s+(?:et\s+les\s+règles\s+d'application\s+)?suivante`.test(intro)) return [];
  // (`la règle d'application suivante est insérée après la prestation X`, `la prestation X est suivie des règles d'application
  // suivantes`, `après la prestation X, la règle d'application suivante est insérée`)
  if (!ci`(?:règles?\s+d'application|libellé)[^"]{0,80}?\bprestation\s+\d{6}|\bprestation\s+\d{6}(?:\s*-\s*\d{6})?\s+est\s+(?:suivie|complétée)\s+(?:des|de\s+la|par\s+les?|par\s+la)\s+règles?\s+d'application|\bprestation\s+\d{6}(?:\s*-\s*\d{6})?\s*,\s*(?:la|les)\s+(?:prestations?\s+et\s+(?:la|les)\s+)?règles?\s+d'application`.test(intro)) return [];
  const groups = groupsIn(text, from, to);
  const g = groups[groups.length - 1];
  return g ? expandGroups([g], prestations).codes : [];
}

/** Between the words a decree replaces and those it puts in: `" sont remplacés par les mots "`. */
const NEW_WORDS_INTRO = ci`^\s*,?\s*(?:sont|est)\s+(?:chaque\s+fois\s+)?remplacée?s?\s+par\s+(?:les\s+mots|le\s+mot|les\s+termes|le\s+terme)\s*:?\s*"?\s*$`;

/** `ces deux prestations`, `ces 3 consultations`: the last so many of the prestations `seen` before the sentence, or null. */
export function countedPrestations(sentence: string, seen: readonly string[][]): string[][] | null {
  // (the count of the reference itself: not `… au cours de ces deux années civiles`)
  // (or any act counted as the subject, `Ces deux enregistrements ne sont pas cumulables …`, as anaphorOf reads it; or `les
  // trois prestations qui précèdent`)
  const m = ci`\bces\s+(deux|trois|quatre|\d+)\s+(?:prestations|${ACT_KINDS_PLURAL})\b|\b(?:les|des)\s+(deux|trois|quatre|\d+)\s+prestations\s+(?:qui\s+précèdent|précitées|ci-dessus)(?![\p{L}])`.exec(sentence) ?? COUNTED_SUBJECT.exec(sentence);
  if (!m) return null;
  const count = m[1] ?? m[2];
  const n = ({ deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6 } as Record<string, number>)[count.toLowerCase()] ?? Number(count);
  return seen.length >= n && n > 1 ? seen.slice(-n).map((g) => g.slice()) : null;
}
