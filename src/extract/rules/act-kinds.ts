import type { PrestationRef } from './context.js';
import { accentTolerant } from '../../text/accents.js';
import { actOfLabel, fold, foldedLabel } from './label-words.js';

/** Acts named by their kind (`ces séances`, `Le nombre de consultations …`, a renewal's thing): the prestations of that kind. */

const ci = accentTolerant('iu');

/**
 * `ces suppléments`, `ces forfaits`: a kind of prestation an anaphor names (the block's rows of that kind, see ofKind); or
 * an act's (`Ces séances ne sont remboursées que si …` under three séances and a `Bilan fonctionnel écrit …`: the séances), or
 * two (`Ces consultations et ces visites …`). Read in the subject only (groups 1 and 2: the kinds).
 */
export const KIND_ANAPHOR = ci`(?<![\p{L}])ces\s+(?:deux\s+|trois\s+|\d+\s+)?(suppléments|forfaits|séances|consultations|visites)(?:\s+(?:et|ou)\s+(?:ces\s+)?(séances|consultations|visites))?(?![\p{L}])`;

/**
 * Of `codes`, those whose label (in `prestations`) names `kinds` (`suppléments` → a label holding `supplément`); all of
 * them when none does: `Ces suppléments …` under a fee and two supplements are the two supplements.
 */
export function ofKind(codes: readonly string[][], kinds: readonly string[], prestations: readonly PrestationRef[]): string[][] {
  const named = onlyOfKind(codes, kinds, prestations);
  return named.length ? named : codes.map((c) => c.slice());
}

/**
 * Acts counted by their kind only, as a rule's subject (after an item's mark or an opening span): `Le nombre de séances
 * remboursables est limité à …`, `Au cours d'une même journée, une seule séance peut …`, `Au maximum vingt consultations …`,
 * `Le nombre total de consultations et de visites …` (groups 1 and 2: the kinds); not an adverbial before the subject (`Après
 * 20 séances, le bilan …`), nor a complement inside it (`Le rapport écrit, établi à l'issue de chaque séance, …`).
 */
const COUNTED_KIND = ci`^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?(?:(?:par|pour|au\s+cours\s+d'une?|lors\s+d'une?|pendant\s+une?)\s+[^,;:()]{1,40},\s*)?(?:le\s+nombre\s+(?:maxim(?:um|al)\s+|total\s+)?d(?:e\s+|')|une?\s+seule?\s+|chaque\s+|(?:au\s+(?:maximum|plus)\s+)?(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante)\s+)(séances?|consultations?|visites?)(?:\s+(?:et|ou)\s+(?:de\s+|d'|des\s+)?(séances?|consultations?|visites?))?(?![\p{L}])(?!\s+(?:de|du|des|d')(?![\p{L}]))`;

/** Where a sentence's subject ends, at the latest: its first verb or negation (`Les endoscopies visées au § 1er, f), 4°, ne sont …`). */
export const FIRST_VERB = /(?<![\p{L}])(?:ne|n'|est|sont|peut|peuvent|doit|doivent)(?![\p{L}])/iu;

/** A sentence up to its first verb: where its subject is. */
export function beforeFirstVerb(sentence: string): string {
  const verb = FIRST_VERB.exec(sentence);
  return verb ? sentence.slice(0, verb.index) : sentence;
}

/**
 * Of `codes`, those a renewal subject renews (`Le remplacement d'une électrode …`, `Le remplacement du neurostimulateur …`):
 * where a prestation of `pool` (its quote's) is that renewal (`Remplacement d'une obturation défectueuse …`), that one; else
 * those of `pool` whose label opens with the thing renewed (not `Câble d'extension reliant l'électrode …`); else those of
 * `codes` so; none where no label opens with it (a thing nomen cannot tie: said, not guessed). A continuation (`La poursuite
 * du traitement …`) is on all of `codes`, or on those of the kind of act it counts (`au-delà de soixante séances, …`).
 */
export function renewedThingOf(sentence: string, codes: readonly string[][], prestations: readonly PrestationRef[], pool: readonly string[][] = []): string[][] {
  const m = RENEWED_THING.exec(sentence);
  if (m) {
    const opening = (p: PrestationRef) => actOfLabel(p).replace(/^[^\p{L}]+/u, '');
    const labelledOf = (from: readonly string[][], words: string) => from.filter((c) => prestations.some((p) => p.codes.some((g) => g[0] === c[0]) && opening(p).startsWith(words)));
    const renewal = fold(`${m[1]} ${m[2]}${m[3]}`).replace(/\s+/gu, ' ');
    const word = fold(m[3]).replace(/s$/u, '');
    for (const named of [labelledOf(pool, renewal), labelledOf(pool, word), labelledOf(codes, word)]) if (named.length) return named.map((c) => c.slice());
    // (none where their labels are known and none is of that thing; where the quote only names its codes, `Le renouvellement des
    // orthèses visées au premier alinéa …` after `Les orthèses … sous les numéros X, Y et Z …`, those)
    const labelKnown = [...pool, ...codes].some((c) => prestations.some((p) => p.label.trim() !== '' && p.codes.some((g) => g[0] === c[0])));
    return labelKnown ? [] : codes.map((c) => c.slice());
  }
  const counted = COUNTED_ACTS.exec(sentence);
  const ofThatKind = counted ? onlyOfKind(codes, [counted[1]], prestations) : [];
  return (ofThatKind.length ? ofThatKind : codes).map((c) => c.slice());
}

/** The thing a renewal renews: `remplacement` (1) `du ` (2) `neurostimulateur` (3). */
const RENEWED_THING = /(renouvellement|remplacement)(?:\s+(?:anticipée?|prématurée?))?\s+(du\s+|de\s+la\s+|de\s+l'|des\s+|d'une?\s+)(?:(?:deux|trois|quatre)\s+)?([\p{L}-]{4,})/iu;

/** A count of acts of a kind anywhere in a sentence: `au-delà de soixante séances` (group 1: the kind). */
const COUNTED_ACTS = ci`(?<![\p{L}])(?:\d{1,3}|deux|trois|quatre|cinq|six|huit|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent)\s+(séances|consultations|visites)(?![\p{L}])`;

/** Of `codes`, those of the kinds of act a sentence's subject counts (COUNTED_KIND); none when it counts none. */
export function countedKindOf(sentence: string, codes: readonly string[][], prestations: readonly PrestationRef[]): string[][] {
  // (not one that names where its acts are, `Le nombre de séances prescrites ne peut être supérieur à 9 … comme prévu au § 1, 1°, I, …`)
  if (/§|(?<![\p{L}])articles?\s+\d/u.test(sentence)) return [];
  const counted = COUNTED_KIND.exec(beforeFirstVerb(sentence));
  return counted ? onlyOfKind(codes, [counted[1], counted[2]].filter((k): k is string => k !== undefined), prestations) : [];
}

/** (folded) An ordinal opening a label: `premiere`, `deuxieme` … */
const ORDINAL_WORD = String.raw`(?:premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme|nouvelle)`;

/**
 * Of `codes`, only those whose label (in `prestations`) is of one of `kinds`: an act's label opens with it (`Séance
 * individuelle …`; not `Supplément pour la visite effectuée la nuit`), a supplement's or a flat fee's holds it; or the label
 * says it is the one above's again (`Même prestation, effectuée au domicile …`, `Idem, …`). None when none is.
 */
function onlyOfKind(codes: readonly string[][], kinds: readonly string[], prestations: readonly PrestationRef[]): string[][] {
  const words = kinds.map((k) => fold(k).replace(/s$/u, ''));
  const ofKind = (p: PrestationRef | undefined) => {
    if (!p) return false;
    const label = foldedLabel(p);
    const act = actOfLabel(p).replace(/^[^\p{L}]+/u, '');
    // (an ordinal may open it, `Deuxième visite postnatale …`; or it is billed by that act, `Photothérapie …, par séance`)
    return words.some((w) => (/^(?:supplement|forfait)$/u.test(w) ? label.includes(w) : new RegExp(`^(?:${ORDINAL_WORD}\\s+)?${w}|(?<![\\p{L}])par\\s+${w}(?![\\p{L}])`, 'u').test(act)));
  };
  let above = false;
  return codes
    .filter((c) => {
      const p = prestations.find((q) => q.codes.some((g) => g[0] === c[0]));
      above = ofKind(p) || (above && /^\W*(?:meme\s+prestation|idem|id\.)(?![\p{L}])/u.test(p ? foldedLabel(p) : ''));
      return above;
    })
    .map((c) => c.slice());
}
