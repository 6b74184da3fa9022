import type { Prestation } from '../schema/document.js';

export type Fee = NonNullable<Prestation['fee']>;

/** A prestation before provenance: where its definition stands in the normalised text. */
export interface PrestationDraft {
  codes: string[];
  label: string | null;
  value: Prestation['value'];
  start: number;
  end: number;
  /** what kind of definition site it comes from */
  site: 'code-line' | 'fee-table' | 'value-change' | 'label-change';
  fee?: Fee;
}
