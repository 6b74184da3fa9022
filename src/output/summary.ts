import type { Diagnostic, Provenance } from '../schema/common.js';
import type { Amendment, NomenclatureDocument, Prestation, RelativeValue } from '../schema/document.js';

/**
 * The readable form of one document for `nomen parse`: what a person checks
 * first (id, title, entry into force, counts), then every prestation,
 * amendment and diagnostic with the line:column it comes from.
 */
export function formatSummary(doc: NomenclatureDocument): string {
  const d = doc.document;
  const out: string[] = [d.source.path];
  const field = (name: string, value: string) => out.push(`  ${name.padEnd(10)} ${value}`);
  field('id', d.id);
  field('title', d.title ?? '(none)');
  field('kind', d.kind);
  field('format', d.source.format);
  const eif = d.entryIntoForce;
  field('in force', `${eif.date ?? 'unknown'} (basis: ${eif.basis}${eif.at ? `, ${where(eif.at)}` : ''})`);
  for (const x of eif.exceptions ?? []) field('', `except ${x.articles}: ${x.date ?? 'unknown'} (basis: ${x.basis}, ${where(x.at)})`);
  if (d.status) field('status', `${d.status.state} (${d.status.note} ${d.status.by ?? ''}) from ${d.status.date ?? 'unknown'}${d.status.abInitio ? ': none of its changes apply' : ''}`);
  for (const r of d.repeals ?? []) field('repeals', `${r.verb} the decree of ${r.signed}${r.title ? ` ${r.title.slice(0, 80)}` : ''} (${where(r.at)})`);
  field('counts', counts(doc));

  section(out, 'prestations', doc.prestations, (p) => `${where(p.at)}  ${prestationLine(p)}`);
  section(out, 'amendments', doc.amendments, (a) => `${where(a.at)}  ${amendmentLine(a)}`);
  section(out, 'diagnostics', doc.diagnostics, (g) => diagnosticLine(g));
  return out.join('\n') + '\n';
}

export function counts(doc: NomenclatureDocument): string {
  const invalid = doc.codes.filter((c) => !c.valid).length;
  const bySeverity = (s: Diagnostic['severity']) => doc.diagnostics.filter((g) => g.severity === s).length;
  return [
    `${doc.codes.length} codes (${invalid} invalid)`,
    `${doc.prestations.length} prestations`,
    `${doc.amendments.length} amendments`,
    `${doc.diagnostics.length} diagnostics (${bySeverity('error')} error, ${bySeverity('warning')} warning, ${bySeverity('info')} info)`,
  ].join(', ');
}

function section<T>(out: string[], title: string, items: T[], line: (item: T) => string): void {
  if (items.length === 0) return;
  out.push(`  ${title}`);
  for (const item of items) out.push(`    ${line(item)}`);
}

function where(at: Provenance): string {
  return `${at.page !== undefined ? `p${at.page} ` : ''}${at.line}:${at.column}`;
}

function prestationLine(p: Prestation): string {
  const parts = [p.codes.join(' - ')];
  if (p.value) parts.push(formatValue(p.value));
  if (p.label) parts.push(clip(p.label, 70));
  return parts.join('  ');
}

export function formatValue(v: RelativeValue): string {
  const terms = v.terms.map((t) => `${t.letter ?? '?'} ${t.coefficient}`).join(' + ');
  return v.letterInferred ? `${terms} (letter inferred)` : terms;
}

function amendmentLine(a: Amendment): string {
  const t = a.target;
  const target = [`art. ${t.article ?? '?'}`, ...t.path];
  if (t.anchor) target.push(`${t.position ?? 'at'} ${t.anchor}`);
  else if (t.anchorText) target.push(`${t.position ?? 'at'} "${t.anchorText}"`);
  const codes = a.codes.map((g) => g.join('-')).join(', ');
  const lang = a.language === 'nl' ? '  (Dutch text only)' : '';
  return `${a.type} ${a.subject}  ${target.join(' ')}${codes ? `  codes ${codes}` : ''}${lang}`;
}

function diagnosticLine(g: Diagnostic): string {
  return `${g.at ? where(g.at) : '-'}  ${g.severity} ${g.code}  ${g.message}`;
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}…` : one}"`;
}
