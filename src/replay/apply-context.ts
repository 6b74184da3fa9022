import type { Provenance } from '../schema/common.js';
import type { Amendment } from '../schema/document.js';
import type { Change, ChangeSet, CodeGroupState, ReplayDiagnostic, SourceRef } from '../schema/replay.js';
import type { ReplayDocument } from './input.js';
import type { WorkingState } from './state.js';

/*
 * What applying one document holds (ApplyContext) and the steps every change goes through: a source reference, a
 * diagnostic, a change recorded, a group touched on a date another decree changed it. apply.ts (prestations, values,
 * labels) and rules.ts (rules, indications) both use them.
 */

/** What applying one document needs and collects. */
export interface ApplyContext {
  ws: WorkingState;
  doc: ReplayDocument;
  date: string | null;
  changes: Change[];
  diagnostics: ReplayDiagnostic[];
  counts: ChangeSet['counts'];
  /** groups this document changed, for the same-date check (once per group). */
  touched: Set<string>;
}

export function ref(ctx: ApplyContext, at: Provenance | null): SourceRef {
  return { document: ctx.doc.document.id, at };
}

export function report(
  ctx: ApplyContext,
  severity: ReplayDiagnostic['severity'],
  code: string,
  message: string,
  codes: string[],
  at: Provenance | null,
  state: SourceRef | null,
): void {
  ctx.diagnostics.push({ severity, code, message, document: ctx.doc.document.id, codes, at, state });
}

export function change(ctx: ApplyContext, kind: Change['kind'], codes: string[], a: Pick<Amendment, 'target' | 'at'> | null, old: unknown, nw: unknown, at?: Provenance | null): void {
  const article = a?.target.article;
  if (article && codes.length && codes.length <= 2) {
    const g = ctx.ws.find(codes);
    if (g) g.article = article;
  }
  ctx.changes.push({
    kind,
    codes,
    article: a?.target.article ?? null,
    path: a?.target.path ?? [],
    old: old ?? null,
    new: nw ?? null,
    at: at ?? a?.at ?? null,
  });
}

/**
 * Two decrees changing the same code on the same date: the order between
 * them is only the publication/NUMAC tie-break, so say so.
 */
export function touch(ctx: ApplyContext, g: CodeGroupState, at: Provenance | null): void {
  if (ctx.touched.has(g.key) || ctx.date === null) return;
  ctx.touched.add(g.key);
  const histories = [g.status, g.label, g.value, g.rules, g.indications] as { from: string | null; source: SourceRef }[][];
  for (const h of histories)
    for (const v of h)
      if (v.from === ctx.date && v.source.document !== ctx.doc.document.id) {
        report(ctx, 'warning', 'replay/same-date', `${g.key} is also changed on ${ctx.date} by ${v.source.document}`, g.codes, at, v.source);
        return;
      }
}
