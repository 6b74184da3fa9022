/**
 * The hand-checked gold format (test/gold/<stem>.json, described in
 * test/gold/README.md). Gold holds facts and short quotes read from a source
 * text by a person, never output of nomen's own extractors.
 */
import { z } from 'zod';
import { AmendmentSubject, AmendmentType } from '../schema/document.js';
import { Code, IsoDate } from '../schema/common.js';

export const GoldTerm = z.tuple([z.string().regex(/^[A-Z]{1,2}$/).nullable(), z.number()]);

export const GoldPrestation = z
  .object({
    /** `[ambulatory, hospitalised]` or `[single]`, as written. */
    codes: z.array(Code).min(1).max(2),
    /** letter and coefficient of the first term; null with terms [] when no value. */
    letter: z.string().regex(/^[A-Z]{1,2}$/).nullable(),
    coefficient: z.number().nullable(),
    terms: z.array(GoldTerm),
    /** letter not written in the text, taken from context. */
    letterInferred: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const first = p.terms[0];
    if (p.terms.length === 0) {
      if (p.letter !== null || p.coefficient !== null) ctx.addIssue({ code: 'custom', message: 'no terms: letter and coefficient must be null' });
    } else if (first[0] !== p.letter || first[1] !== p.coefficient) {
      ctx.addIssue({ code: 'custom', message: 'letter/coefficient must equal the first term' });
    }
  });

export const GoldAmendment = z
  .object({
    type: AmendmentType,
    subject: AmendmentSubject,
    /** code groups the amending sentence concerns (inserted prestations for insertion/prestation). */
    codes: z.array(z.array(Code).min(1).max(2)),
    /** `après la prestation X` / `la règle qui suit la prestation X`: X's first code. */
    anchor: Code.nullable(),
    /** the new value or a short quote, for the reader; not compared. */
    new: z.string().nullable().optional(),
    /** a short quote of the amending sentence, for the reader. */
    quote: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const GoldFile = z
  .object({
    /** path of the source relative to the repository root. */
    source: z.string().min(1),
    checked: z.string().min(1),
    entryIntoForce: IsoDate.nullable(),
    codes: z.array(Code),
    invalidCodes: z.record(Code, Code.nullable()).optional(),
    pairs: z.array(z.tuple([Code, Code])),
    prestations: z.array(GoldPrestation),
    amendments: z.array(GoldAmendment),
  })
  .strict()
  .superRefine((g, ctx) => {
    const codes = new Set(g.codes);
    if (codes.size !== g.codes.length) ctx.addIssue({ code: 'custom', message: 'codes must be distinct' });
    const pairKeys = new Set<string>();
    for (const [a, b] of g.pairs) {
      if (!codes.has(a) || !codes.has(b)) ctx.addIssue({ code: 'custom', message: `pair ${a}-${b} uses a code missing from codes` });
      const k = `${a}-${b}`;
      if (pairKeys.has(k)) ctx.addIssue({ code: 'custom', message: `duplicate pair ${k}` });
      pairKeys.add(k);
    }
    for (const c of Object.keys(g.invalidCodes ?? {})) {
      if (!codes.has(c)) ctx.addIssue({ code: 'custom', message: `invalid code ${c} missing from codes` });
    }
    const prestationKeys = new Set<string>();
    for (const p of g.prestations) {
      for (const c of p.codes) if (!codes.has(c)) ctx.addIssue({ code: 'custom', message: `prestation code ${c} missing from codes` });
      const k = p.codes.join('-');
      if (prestationKeys.has(k)) ctx.addIssue({ code: 'custom', message: `prestation ${k} listed twice` });
      prestationKeys.add(k);
    }
  });

export type GoldTerm = z.infer<typeof GoldTerm>;
export type GoldPrestation = z.infer<typeof GoldPrestation>;
export type GoldAmendment = z.infer<typeof GoldAmendment>;
export type GoldFile = z.infer<typeof GoldFile>;
