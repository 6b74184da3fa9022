import { z } from 'zod';
import { Condition, IndicationItem } from './rules.js';
import { Code, IsoDate, Provenance, Severity } from './common.js';

/**
 * Schemas of the replay outputs: the dated nomenclature state
 * (out/nomenclature.json), one change set per document (out/changes/<id>.json),
 * the timeline (out/timeline.json), diffs, and the rows of `nomen at` /
 * `nomen history --json`.
 */

/** Which document (and where in it) set or closed a version. */
export const SourceRef = z.object({
  document: z.string().min(1),
  at: Provenance.nullable(),
  /** the fact was read from this base table (`nomen build --base FILE`), which names `document` as its source. */
  base: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** Relative value as the state keeps it (terms for multi-letter values). */
export const StateValue = z.object({
  letter: z.string().nullable(),
  coefficient: z.number(),
  terms: z.array(z.object({ letter: z.string().nullable(), coefficient: z.number() })),
});
export type StateValue = z.infer<typeof StateValue>;

/** A rule as the state keeps it; `type` is the rules extractor's, or `text` when only words are known. */
export const StateRule = z.object({
  type: z.string(),
  text: z.string(),
  params: z.unknown().optional(),
  /** the annex provision (article, path) the rule stands in, when the decree says it: replacing or repealing that provision closes the rule. */
  provision: z.object({ article: z.string(), path: z.array(z.string()) }).optional(),
});
export type StateRule = z.infer<typeof StateRule>;

// The state keeps indication items exactly as documents carry them: one schema, in ./rules.ts.
export { IndicationItem };
export const IndicationCondition = Condition;
export type IndicationCondition = z.infer<typeof Condition>;

/**
 * One dated version `[from, to)`. `from` null: date unknown (undated
 * document). `knownSince`: the code was first met in this document, which
 * says what it is from then on; its earlier past is unknown.
 */
function version<T extends z.ZodTypeAny>(value: T) {
  return z.object({
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    knownSince: z.boolean(),
    value,
    source: SourceRef,
    closedBy: SourceRef.nullable(),
  });
}
export const StatusVersion = version(z.enum(['in-force', 'repealed']));
export const LabelVersion = version(z.string().nullable());
export const ValueVersion = version(StateValue.nullable());
export const RuleVersion = version(StateRule);
export const IndicationsVersion = version(z.array(IndicationItem));
export type Version<T> = {
  from: string | null;
  to: string | null;
  knownSince: boolean;
  value: T;
  source: SourceRef;
  closedBy: SourceRef | null;
};

/** A code group: an ambulatory/hospitalised pair, or a single code. */
export const CodeGroupState = z.object({
  key: z.string(),
  codes: z.array(Code).min(1).max(2),
  /** the annex article (`14`, `35bis`) the last decree naming one placed it in. */
  article: z.string().optional(),
  status: z.array(StatusVersion),
  label: z.array(LabelVersion),
  value: z.array(ValueVersion),
  rules: z.array(RuleVersion),
  indications: z.array(IndicationsVersion),
});
export type CodeGroupState = z.infer<typeof CodeGroupState>;

/** A consistency finding of the replay, with the decree's `at` and the state's source. */
export const ReplayDiagnostic = z.object({
  severity: Severity,
  code: z.string().regex(/^[a-z]+(?:[/-][a-z0-9-]+)*$/),
  message: z.string(),
  document: z.string(),
  codes: z.array(Code),
  at: Provenance.nullable(),
  state: SourceRef.nullable(),
});
export type ReplayDiagnostic = z.infer<typeof ReplayDiagnostic>;

export const ReplayedDocument = z.object({
  id: z.string(),
  date: IsoDate.nullable(),
  published: IsoDate.nullable(),
  basis: z.string(),
});
export type ReplayedDocument = z.infer<typeof ReplayedDocument>;

export const NomenclatureState = z.object({
  /** the starting state (`nomen build --base FILE`): its facts carry `source.base`. */
  base: z.object({ file: z.string(), date: IsoDate, prestations: z.number().int() }).optional(),
  /** documents in replay order. */
  documents: z.array(ReplayedDocument),
  groups: z.array(CodeGroupState),
  /**
   * the replay's findings that belong to no single document's change set (`replay/no-date`,
   * `replay/before-base`, decrees repealing decrees). Each document's findings are in its change
   * set (changes/<id>.json) and, without their places, in diagnostics.json (`replay.items`).
   */
  diagnostics: z.array(ReplayDiagnostic),
});
export type NomenclatureState = z.infer<typeof NomenclatureState>;

export const ChangeKind = z.enum([
  'added',
  'removed',
  'value',
  'label',
  'rule-added',
  'rule-removed',
  'indications',
  'restated',
  'words',
  'provision',
  'gap',
  // a decree withdrawn or repealed as a whole (`new`: Withdrawn), in its own change set and its repealer's
  'withdrawn',
]);

/** `new` of a `withdrawn` change: which decree stops applying, from when and why. */
export const Withdrawn = z.object({
  document: z.string(),
  date: IsoDate.nullable(),
  /** on or before its entry into force: none of its changes were applied. */
  abInitio: z.boolean(),
  how: z.enum(['withdrawn', 'repealed']),
  /** the repealing decree when it is in the build. */
  by: z.string().nullable(),
  reason: z.string(),
});
export type Withdrawn = z.infer<typeof Withdrawn>;
export const Change = z.object({
  kind: ChangeKind,
  codes: z.array(Code),
  article: z.string().nullable(),
  path: z.array(z.string()),
  old: z.unknown().nullable(),
  new: z.unknown().nullable(),
  /** `old` is what the decree quotes, the state knew no earlier value. */
  oldQuoted: z.boolean().optional(),
  at: Provenance.nullable(),
});
export type Change = z.infer<typeof Change>;

export const ChangeSet = z.object({
  document: ReplayedDocument,
  changes: z.array(Change),
  diagnostics: z.array(ReplayDiagnostic),
  counts: z.object({
    insertions: z.number().int(),
    repeals: z.number().int(),
    values: z.number().int(),
    labels: z.number().int(),
    rules: z.number().int(),
    /** relative-value amendments quoting the old value; checked when the state had one. */
    oldValueQuoted: z.number().int(),
    oldValueChecks: z.number().int(),
    oldValueAgreed: z.number().int(),
    /** word changes inside a known label: quoted words found in the state's label. */
    wordsQuoted: z.number().int(),
    wordsFound: z.number().int(),
  }),
});
export type ChangeSet = z.infer<typeof ChangeSet>;

export const TimelineEntry = z.object({
  date: IsoDate.nullable(),
  document: z.string(),
  type: z.string(),
  subject: z.string(),
  article: z.string().nullable(),
  path: z.array(z.string()),
  codes: z.array(Code),
  snippet: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Timeline = z.object({
  /** every amendment in replay order. */
  entries: z.array(TimelineEntry),
  /** the same, per annex article (`unknown` when the target names none). */
  articles: z.array(z.object({ article: z.string(), entries: z.array(z.number().int()) })),
});
export type Timeline = z.infer<typeof Timeline>;

/** A relative value as queries show it: every term, and the written form (`N 30 + Q 30`). */
export const RowValue = z.object({
  letter: z.string().nullable(),
  coefficient: z.number(),
  terms: z.array(z.object({ letter: z.string().nullable(), coefficient: z.number() })),
  text: z.string(),
});
export type RowValue = z.infer<typeof RowValue>;

/** A row of `nomen at --json`: one prestation in force. */
export const AtRow = z.object({
  codes: z.array(Code),
  label: z.string().nullable(),
  value: RowValue.nullable(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  /** `from` is only when this corpus first meets the code (its earlier past unknown), not when it came into force. */
  knownSince: z.boolean(),
  source: z.string(),
  /** the annex article the decrees place it in, when one said so. */
  article: z.string().nullable(),
  /** the base table this row's facts come from (`nomen build --base`), when they do. */
  base: z.string().optional(),
});
export type AtRow = z.infer<typeof AtRow>;

/** A row of `nomen history --json`: one version of a code, oldest first. */
export const HistoryRow = AtRow.extend({
  status: z.enum(['in-force', 'repealed']),
  /** the source sentence that set this version, whole. */
  sentence: z.string().nullable(),
  /** where that sentence is: decree article, line and column in the source file. */
  sourceAt: z.object({ article: z.string().nullable(), line: z.number().int(), column: z.number().int() }).nullable(),
});
export type HistoryRow = z.infer<typeof HistoryRow>;

export const WordPart = z.object({ op: z.enum(['=', '+', '-']), text: z.string() });
export type WordPart = z.infer<typeof WordPart>;

export const ConditionChange = z.object({
  quantity: z.string(),
  old: z.string().nullable(),
  new: z.string().nullable(),
});
export type ConditionChange = z.infer<typeof ConditionChange>;

/** Counts of a decree review: the number of changes of each kind in its change set. */
export const ReviewCounts = z.object({
  added: z.number().int(),
  removed: z.number().int(),
  restated: z.number().int(),
  values: z.number().int(),
  labels: z.number().int(),
  words: z.number().int(),
  rulesAdded: z.number().int(),
  rulesRemoved: z.number().int(),
  indications: z.number().int(),
  provisions: z.number().int(),
  gaps: z.number().int(),
  withdrawn: z.number().int(),
});
export type ReviewCounts = z.infer<typeof ReviewCounts>;

export const DecreeReview = z.object({
  document: z.string(),
  date: IsoDate.nullable(),
  counts: ReviewCounts,
  /** prestations the text states, first met here (a provision replaced, an extract). */
  restated: z.array(z.object({ codes: z.array(Code), label: z.string().nullable(), value: z.string().nullable() })),
  words: z.array(z.object({ codes: z.array(Code), article: z.string().nullable(), path: z.array(z.string()), old: z.string().nullable(), new: z.string().nullable() })),
  provisions: z.array(z.object({ article: z.string().nullable(), path: z.array(z.string()), snippet: z.string().nullable() })),
  gaps: z.array(z.object({ article: z.string().nullable(), path: z.array(z.string()), snippet: z.string().nullable() })),
  withdrawn: z.array(Withdrawn),
  diagnostics: z.array(z.object({ severity: Severity, code: z.string(), message: z.string() })),
});
export type DecreeReview = z.infer<typeof DecreeReview>;

const DiffPrestation = z.object({ codes: z.array(Code), label: z.string().nullable(), value: z.string().nullable() });
export const Diff = z.object({
  from: z.string(),
  to: z.string(),
  added: z.array(DiffPrestation),
  removed: z.array(DiffPrestation),
  values: z.array(z.object({ codes: z.array(Code), old: z.string().nullable(), new: z.string().nullable(), oldQuoted: z.boolean().optional() })),
  labels: z.array(z.object({ codes: z.array(Code), old: z.string().nullable(), new: z.string().nullable(), words: z.array(WordPart) })),
  rules: z.array(
    z.object({
      codes: z.array(Code),
      type: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      old: z.string().nullable(),
      new: z.string().nullable(),
      words: z.array(WordPart),
    }),
  ),
  indications: z.array(
    z.object({
      codes: z.array(Code),
      path: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      conditions: z.array(ConditionChange),
      words: z.array(WordPart),
    }),
  ),
  /** `diff --decree`: what the decree does, read from its change set (changes/ID.json). */
  decree: DecreeReview.optional(),
  /** text-level comparison when no structured rules/indications were extracted. */
  text: z
    .object({ conditions: z.array(ConditionChange), words: z.array(WordPart) })
    .nullable(),
});
export type Diff = z.infer<typeof Diff>;
