import { z } from 'zod';
import { Code, IsoDate } from '../schema/common.js';
import { CountBasis, CumulationScope, Period, PriorApprovalParams, RefusalCode, SettingParams } from '../schema/rules.js';

/**
 * Rules-engine edit tables: what a claims engine loads without reading
 * French. Every row carries its validity (`from`, `to`), the eTariff
 * refusal code it triggers, and its source sentence.
 */

export const FeedSource = z.object({
  document: z.string(),
  article: z.string().nullable(),
  line: z.number().int(),
  text: z.string(),
});

const validity = {
  /** first day the rule applies (the document's entry into force). */
  from: IsoDate.nullable(),
  /** last day, null while in force. */
  to: IsoDate.nullable(),
};

/** One forbidden code pair, as CMS NCCI procedure-to-procedure edits. */
export const NonCumulationRow = z.object({
  column1: Code,
  /** null when the other party is not a code (`articles 17, 17bis`): see column2Scope. */
  column2: Code.nullable(),
  /** the other party in words when not a code: `article 17`, `rubrique A2`, `consultation`. */
  column2Scope: z.string().nullable(),
  scope: CumulationScope,
  /** NCCI modifier indicator: `0` never billable together (the Belgian texts know no modifier). */
  modifierIndicator: z.literal('0'),
  ...validity,
  refusal: RefusalCode,
  source: FeedSource,
});

/** A count limit, as CMS MUE (medically unlikely edits) with a period. */
export const LimitRow = z.object({
  kind: z.enum(['frequency', 'quantity']),
  code: Code,
  /** all codes counted together with this one (`peuvent ensemble être attestées`). */
  group: z.array(Code),
  max: z.number().int(),
  /** null: per claim line / session (quantity) or ever (frequency without period). */
  period: Period.nullable(),
  per: CountBasis,
  /** MUE adjudication indicator analogue: `line` (units on one act), `date` (same day), `period`. */
  adjudication: z.enum(['line', 'date', 'period']),
  ...validity,
  refusal: RefusalCode,
  source: FeedSource,
});

export const QualificationRow = z.object({
  code: Code,
  specialties: z.array(z.string()),
  inCollaboration: z.array(z.string()),
  collaborationWith: z.array(z.string()),
  additional: z.boolean(),
  /** who may not bill it (see the rule's `excluded`); absent from feeds written before it existed, read as none */
  excluded: z.array(z.string()).default([]),
  ...validity,
  source: FeedSource,
});

export const PriorApprovalRow = z.object({
  code: Code,
  by: PriorApprovalParams.shape.by,
  ...validity,
  refusal: RefusalCode,
  source: FeedSource,
});

export const SettingRow = z.object({
  code: Code,
  setting: SettingParams.shape.setting,
  ...validity,
  refusal: RefusalCode,
  source: FeedSource,
});

export const Feed = z.object({
  nonCumulation: z.array(NonCumulationRow),
  limits: z.array(LimitRow),
  qualifications: z.array(QualificationRow),
  priorApprovals: z.array(PriorApprovalRow),
  settings: z.array(SettingRow),
});

export type FeedSource = z.infer<typeof FeedSource>;
export type NonCumulationRow = z.infer<typeof NonCumulationRow>;
export type LimitRow = z.infer<typeof LimitRow>;
export type QualificationRow = z.infer<typeof QualificationRow>;
export type PriorApprovalRow = z.infer<typeof PriorApprovalRow>;
export type SettingRow = z.infer<typeof SettingRow>;
export type Feed = z.infer<typeof Feed>;
export type FeedTable = keyof Feed;
export const FEED_TABLES: readonly FeedTable[] = ['nonCumulation', 'limits', 'qualifications', 'priorApprovals', 'settings'];
