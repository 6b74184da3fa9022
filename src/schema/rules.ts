import { z } from 'zod';
import { Code, Provenance } from './common.js';

/**
 * Application rules (`règles d'application`) and indications as typed data.
 * The lead adds `rules: z.array(Rule)` and `indications: z.array(Indication)`
 * to NomenclatureDocument from here.
 */

/** `[ambulatory, hospitalised]` or `[single]`. */
export const CodeGroup = z.array(Code).min(1).max(2);
export type CodeGroup = z.infer<typeof CodeGroup>;

export const RuleType = z.enum([
  'nonCumulation',
  'frequency',
  'quantity',
  'qualification',
  'priorApproval',
  'documentation',
  'billingPercentage',
  'flatFee',
  'setting',
  'coverage',
  'other',
]);
export type RuleType = z.infer<typeof RuleType>;

/**
 * MyCareNet eTariff refusal code a broken rule would trigger
 * (hl7-be/etariff `be-cs-refusal-values`).
 */
export const RefusalCode = z.enum([
  '002', // maximum reached in the period
  '003', // location limit
  '006', // needs approval
  '007', // depends on other services
  '008', // prerequisite not met
  '009', // date restriction
  '010', // cannot be combined
]);
export type RefusalCode = z.infer<typeof RefusalCode>;

/**
 * What a rule's codes are set against (non-cumulation) when the text names
 * more than codes: whole annex articles (`celles des articles 17, 17bis`),
 * rubrics (`les prestations de la rubrique A2`), acts named by their label
 * (`lors d'une vertébroplastie`), or the rule's own codes (`entre elles`).
 */
export const RuleWith = z.object({
  codes: z.array(CodeGroup),
  articles: z.array(z.string()),
  rubrics: z.array(z.string()),
  /** acts named by words, kept verbatim (`vertébroplastie`, `consultation`). */
  labels: z.array(z.string()),
  /** `entre elles`: the rule's codes exclude one another. */
  mutual: z.boolean(),
});
export type RuleWith = z.infer<typeof RuleWith>;

export const PeriodUnit = z.enum(['day', 'week', 'month', 'year', 'calendarYear', 'session', 'intervention', 'lifetime']);
export const Period = z.object({ count: z.number().int().min(1), unit: PeriodUnit });
export type Period = z.infer<typeof Period>;

/** What a count is counted per: `par vertèbre`, `pour une même lésion`, `par mâchoire`. */
export const CountBasis = z.enum(['patient', 'lesion', 'vertebra', 'jaw', 'quadrant', 'tooth', 'side', 'operativeField', 'eye', 'unit']);
export type CountBasis = z.infer<typeof CountBasis>;

/** Where co-billing is forbidden: same day, same session, same intervention, or at all. */
export const CumulationScope = z.enum(['sameDay', 'sameSession', 'sameIntervention', 'samePeriod', 'any']);
export type CumulationScope = z.infer<typeof CumulationScope>;

export const NonCumulationParams = z.object({ scope: CumulationScope });
export const FrequencyParams = z.object({
  max: z.number().int().min(0),
  /** null: the text gives no period (`ne peut être attestée qu'une seule fois`). */
  period: Period.nullable(),
  per: CountBasis,
  /** exception clause kept verbatim (`à moins qu'une motivation figure dans le dossier`). */
  unless: z.string().nullable(),
});
export const QuantityParams = z.object({
  max: z.number().int().min(0),
  per: CountBasis,
  scope: z.enum(['session', 'day', 'intervention']).nullable(),
});
export const QualificationParams = z.object({
  /** specialties, as written (`radiodiagnostic`, `chirurgie orthopédique`). */
  specialties: z.array(z.string()),
  /** specialties allowed only in collaboration with `collaborationWith`. */
  inCollaboration: z.array(z.string()),
  collaborationWith: z.array(z.string()),
  /** `est également honorée lorsque …`: widens, does not restrict. */
  additional: z.boolean(),
  /**
   * who may NOT bill it, as written (`ne sont pas honorées lorsqu'elles sont exécutées par un médecin spécialiste en
   * radiodiagnostic`: `radiodiagnostic`; `… si elle est réalisée par un gynécologue`: `gynécologue`); with
   * `specialties` empty, anyone else may.
   */
  excluded: z.array(z.string()),
});
export const PriorApprovalParams = z.object({
  by: z.enum(['collegeOfMedicalDirectors', 'advisingPhysician', 'multidisciplinaryConsultation', 'other']),
});
export const DocumentationParams = z.object({
  /** what must be kept or sent: `rapport médical`, `radiographie`, `documents`. */
  what: z.string().nullable(),
  keptInFile: z.boolean(),
  availableToAdvisingPhysician: z.boolean(),
  /** the document is a condition of payment (`est exigé`, `n'est dû que si`). */
  prerequisite: z.boolean(),
});
export const BillingPercentageParams = z.object({
  percentage: z.number(),
  per: CountBasis.nullable(),
  /** `fee`: share of the fee billed; `safetyMargin`: implant safety margin (art. 35). */
  purpose: z.enum(['fee', 'safetyMargin']),
});
export const FlatFeeParams = z.object({});
export const SettingParams = z.object({
  setting: z.enum(['ambulatory', 'hospitalised', 'hospital', 'centre', 'outsideHospital']),
});
export const CoverageParams = z.object({
  includes: z.string().nullable(),
  excludes: z.string().nullable(),
});
export const OtherParams = z.object({});

const ruleBase = {
  codes: z.array(CodeGroup),
  with: RuleWith.nullable(),
  text: z.string(),
  refusal: RefusalCode.nullable(),
  at: Provenance,
};

/** The annex provision a rule naming no code governs: its article and the path inside it. */
export const RuleProvision = z.object({ article: z.string().nullable(), path: z.array(z.string()) });

function ruleOf<T extends RuleType, P extends z.ZodType>(type: T, params: P) {
  return z.object({
    type: z.literal(type),
    codes: ruleBase.codes,
    with: ruleBase.with,
    params,
    text: ruleBase.text,
    refusal: ruleBase.refusal,
    /** when the sentence names no code: the provision (annex article, §, rubric) it stands in governs it, never any code of the decree. */
    provision: RuleProvision.optional(),
    at: ruleBase.at,
  });
}

export const Rule = z.discriminatedUnion('type', [
  ruleOf('nonCumulation', NonCumulationParams),
  ruleOf('frequency', FrequencyParams),
  ruleOf('quantity', QuantityParams),
  ruleOf('qualification', QualificationParams),
  ruleOf('priorApproval', PriorApprovalParams),
  ruleOf('documentation', DocumentationParams),
  ruleOf('billingPercentage', BillingPercentageParams),
  ruleOf('flatFee', FlatFeeParams),
  ruleOf('setting', SettingParams),
  ruleOf('coverage', CoverageParams),
  ruleOf('other', OtherParams),
]);
export type Rule = z.infer<typeof Rule>;
export type RuleOf<T extends RuleType> = Extract<Rule, { type: T }>;
export type RuleParams<T extends RuleType> = RuleOf<T>['params'];

/** A numeric threshold in an indication: `T-score < -2.5`, `plus de 8 semaines`. */
export const Comparator = z.enum(['<', '<=', '>', '>=', '=', 'between']);
export const Condition = z.object({
  /** what is measured, when the text says it (`T-score`, `GFR`, `perte de hauteur`). */
  quantity: z.string().nullable(),
  comparator: Comparator,
  /** the bound; for `between`, the lower bound. */
  value: z.number(),
  /** upper bound for `between`. */
  max: z.number().optional(),
  unit: z.string().nullable(),
  /** the words the condition was read from. */
  text: z.string(),
});
export type Condition = z.infer<typeof Condition>;

export interface IndicationItem {
  label: string | null;
  text: string;
  conditions: Condition[];
  items: IndicationItem[];
}
export const IndicationItem: z.ZodType<IndicationItem> = z.lazy(() =>
  z.object({
    /** the marker as written: `A.`, `a)`, `-`, `•`, `1°`, `o`; null for running text. */
    label: z.string().nullable(),
    text: z.string(),
    conditions: z.array(Condition),
    items: z.array(IndicationItem),
  }),
);

export const Indication = z.object({
  codes: z.array(CodeGroup),
  /** the sentence that opens the list (`… que dans le cas d'une des indications suivantes :`). */
  intro: z.string(),
  items: z.array(IndicationItem),
  at: Provenance,
});
export type Indication = z.infer<typeof Indication>;
