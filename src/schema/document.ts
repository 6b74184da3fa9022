import { z } from 'zod';
import { Code, Diagnostic, IsoDate, Provenance } from './common.js';
import { Indication, Rule } from './rules.js';

export const SourceFormat = z.enum(['justel-markdown', 'pdf-text', 'pdf']);

/** Where the entry-into-force date came from. */
export const EntryIntoForceBasis = z.enum([
  'front-matter', // `starts:` filled with a date
  'formula', // `le premier jour du (deuxième) mois qui suit … publié`
  'date-in-text', // `entre en vigueur le 1 novembre 2024`
  'publication', // `entre en vigueur le jour de sa publication`
  'unknown',
]);

/** A part of a decree that enters into force on another date than the rest. */
export const EntryIntoForceException = z.object({
  /** the parts as the text names them: `articles 2, 3, 5, 6, 8 et 10`, `article 3, A`. */
  articles: z.string(),
  date: IsoDate.nullable(),
  basis: EntryIntoForceBasis,
  at: Provenance,
});

export const EntryIntoForce = z.object({
  date: IsoDate.nullable(),
  basis: EntryIntoForceBasis,
  at: Provenance.nullable(),
  /** parts entering into force on other dates (`à l'exception de l'article 3 qui …`). */
  exceptions: z.array(EntryIntoForceException).optional(),
});

export const DocumentKind = z.enum(['arrete-royal', 'arrete-ministeriel', 'loi', 'convention', 'nomenclature-extract', 'unknown']);

/**
 * Justel's note when the decree was withdrawn or repealed as a whole (its body
 * is then only `(Rapporté) <AR …; En vigueur : …>`, `[Abrogé] <AR …>`,
 * `[Retiré par] <AR …>`).
 */
export const DocumentStatus = z.object({
  /** `withdrawn` (rapporté, retiré) or `repealed` (abrogé). */
  state: z.enum(['withdrawn', 'repealed']),
  /** the note's word as written: `Rapporté`, `Abrogé`, `Retiré par`. */
  note: z.string(),
  /** the decree that did it, as Justel cites it: `AR 2000-09-03/38, art. 3`. */
  by: z.string().nullable(),
  /** its Justel number (front matter `case`): `2000-09-03/38`. */
  byCase: z.string().nullable(),
  /** from when (Justel's `En vigueur`). */
  date: IsoDate.nullable(),
  /** on or before this decree's own entry into force: none of its changes ever applied. */
  abInitio: z.boolean(),
  at: Provenance,
});

/** `L'arrêté royal du 9 février 2011 modifiant … est abrogé.`: an earlier decree repealed as a whole. */
export const DecreeRepeal = z.object({
  kind: z.enum(['arrete-royal', 'arrete-ministeriel']),
  signed: IsoDate,
  /** what the text calls it after its date: `modifiant l'article 2, A, de l'annexe …`. */
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  page: z.number().int().nullable(),
  verb: z.enum(['repealed', 'withdrawn']),
  /** NUMAC named by the front matter `modifies`, when there is one. */
  id: z.string().nullable(),
  at: Provenance,
});

export const DocumentMeta = z.object({
  /** NUMAC when known, else the file stem. */
  id: z.string().min(1),
  eli: z.string().nullable(),
  kind: DocumentKind,
  title: z.string().nullable(),
  signed: IsoDate.nullable(),
  published: IsoDate.nullable(),
  entryIntoForce: EntryIntoForce,
  source: z.object({ path: z.string(), format: SourceFormat, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** Justel number (front matter `case`, `2013-02-19/13`): how Justel notes cite this decree. */
  case: z.string().optional(),
  /** present when the decree was withdrawn or repealed as a whole. */
  status: DocumentStatus.optional(),
  /** earlier decrees this one repeals or withdraws as a whole. */
  repeals: z.array(DecreeRepeal).optional(),
});

/** A code as written in the text, with the two validity rules applied. */
export const CodeOccurrence = z.object({
  code: Code,
  /** the digits as typed when they are not 6 (a 7-digit slip `6553774`). */
  written: z.string().regex(/^\d+$/).optional(),
  /** check digit holds and, when paired, the pair rule holds. */
  valid: z.boolean(),
  checkDigit: z.boolean(),
  /** the other code of its ambulatory/hospitalised pair, if written as a pair. */
  pairedWith: Code.nullable(),
  role: z.enum(['ambulatory', 'hospitalised', 'single']),
  /** the likely intended code when this one breaks a rule. */
  suggestion: Code.nullable(),
  at: Provenance,
});

export const ValueTerm = z.object({
  letter: z.string().regex(/^[A-Z]{1,2}$/).nullable(),
  coefficient: z.number(),
});

export const RelativeValue = z.object({
  letter: z.string().nullable(),
  coefficient: z.number(),
  terms: z.array(ValueTerm).min(1),
  /** true when the letter was not written and was taken from context. */
  letterInferred: z.boolean().optional(),
});

export const Fee = z.object({
  letterValue: z.number(),
  computed: z.number(),
  amounts: z.array(z.number()),
  consistent: z.boolean(),
});

export const Prestation = z.object({
  /** `[ambulatory, hospitalised]` or `[single]`. */
  codes: z.array(Code).min(1).max(2),
  label: z.string().nullable(),
  value: RelativeValue.nullable(),
  fee: Fee.optional(),
  at: Provenance,
});

export const AmendmentType = z.enum(['insertion', 'substitution', 'repeal', 'gap']);
export const AmendmentSubject = z.enum(['prestation', 'relativeValue', 'label', 'rule', 'words', 'provision']);

/** Which part of the annex an amendment changes. */
export const AmendmentTarget = z.object({
  /** annex article (`14`, `35bis`), null when not stated. */
  article: z.string().nullable(),
  /** path inside the article: `['§ 7']`, `['l)']`, `['II', 'a)']`. */
  path: z.array(z.string()),
  /** anchor code for `insérées après la prestation …` */
  anchor: Code.nullable(),
  position: z.enum(['after', 'before', 'at']).nullable(),
  /** words an insertion is placed against (`après le mot " mobilisateurs, "`), or the text anchor when no code is given. */
  anchorText: z.string().optional(),
  /** every place when one operation names several (`les §§ 10 et 11 sont abrogés`); `path` is the first of them. */
  paths: z.array(z.array(z.string())).optional(),
});

export const Amendment = z.object({
  type: AmendmentType,
  subject: AmendmentSubject,
  target: AmendmentTarget,
  /** code groups concerned: `[[ambulatory, hospitalised], [single], …]`. */
  codes: z.array(z.array(Code).min(1).max(2)),
  old: z.unknown().nullable(),
  new: z.unknown().nullable(),
  /** `nl` when the decree says the change concerns only the Dutch text. */
  language: z.enum(['fr', 'nl']).optional(),
  /**
   * A label changed by editing some of its words (`dans le libellé de la
   * prestation X, les mots "a" sont remplacés par "b"`): how the words
   * change; `old`/`new` are then the words, not the whole label.
   */
  wordsEdit: z.enum(['insertion', 'substitution', 'repeal']).optional(),
  at: Provenance,
});

export const NomenclatureDocument = z.object({
  document: DocumentMeta,
  codes: z.array(CodeOccurrence),
  prestations: z.array(Prestation),
  amendments: z.array(Amendment),
  /** typed application rules (règles d'application), see ./rules.ts */
  rules: z.array(Rule),
  /** indication trees attached to the codes they govern */
  indications: z.array(Indication),
  diagnostics: z.array(Diagnostic),
});

export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type DocumentStatus = z.infer<typeof DocumentStatus>;
export type DecreeRepeal = z.infer<typeof DecreeRepeal>;
export type CodeOccurrence = z.infer<typeof CodeOccurrence>;
export type RelativeValue = z.infer<typeof RelativeValue>;
export type ValueTerm = z.infer<typeof ValueTerm>;
export type Prestation = z.infer<typeof Prestation>;
export type Amendment = z.infer<typeof Amendment>;
export type AmendmentTarget = z.infer<typeof AmendmentTarget>;
export type NomenclatureDocument = z.infer<typeof NomenclatureDocument>;
export type EntryIntoForce = z.infer<typeof EntryIntoForce>;
export type SourceFormat = z.infer<typeof SourceFormat>;
