import type { CodeOccurrence } from '../schema/document.js';
import { provenance, type DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { findCodeGroups, type CodeGroup } from './code-groups.js';
import { checkDigitValid, isPair, suggestCorrection, type CodeRole } from './code-rules.js';
import { columnRoles } from './code-columns.js';

export { findCodeGroups, type CodeGroup } from './code-groups.js';
export { checkDigitValid, isPair, suggestCorrection, ambulatoryFor, hospitalisedFor, withCheckDigit, blamedSide, type CodeRole } from './code-rules.js';

/** Groups on either side whose codes tell which side of a broken pair is the typo. */
const NEIGHBOURHOOD = 6;

/**
 * Every nomenclature code written in the document, in text order, with
 * the check digit and pair rules applied. A code that breaks a rule is kept,
 * flagged with a diagnostic, and given a suggested correction.
 */
export function extractCodes(doc: DocumentStructure, sink: DiagnosticSink): CodeOccurrence[] {
  const text = doc.ingested.text.text;
  const groups = findCodeGroups(text);
  const roles = columnRoles(doc, groups);
  const conventions = pairConventions(groups);
  const out: CodeOccurrence[] = [];
  groups.forEach((g, i) => {
    // read only for a code that breaks a rule: built then, not for every code
    const neighbours = () =>
      groups
        .slice(Math.max(0, i - NEIGHBOURHOOD), i + NEIGHBOURHOOD + 1)
        .filter((n) => n !== g)
        .flatMap((n) => n.codes);
    const emit = (group: CodeGroup) => out.push(...occurrences(doc, sink, text, group, neighbours, roles.get(group), conventions));
    if (g.erratumOf) {
      emit(g.erratumOf);
      const old = g.erratumOf.codes.join(' - ');
      sink.report('info', 'code/erratum', `Justel erratum: "${old}" (bracketed, the text before the erratum) is corrected to "${g.codes.join(' - ')}"`, {
        start: g.erratumOf.start - 1,
        end: g.end,
      });
    }
    emit(g);
    if (g.rangeTo) emit(g.rangeTo);
  });
  return out;
}

function occurrences(
  doc: DocumentStructure,
  sink: DiagnosticSink,
  text: string,
  g: CodeGroup,
  neighbours: () => string[],
  columnRole: CodeRole | undefined,
  conventions: Set<number>,
): CodeOccurrence[] {
  const spans = codeSpans(text, g);
  if (g.codes.length === 1) {
    const code = g.codes[0];
    const role: CodeRole = g.hospitalisedOnly ? 'hospitalised' : (columnRole ?? 'single');
    const slip = g.written?.[0] ?? null;
    const checkDigit = !slip && checkDigitValid(code);
    const suggestion = checkDigit ? null : suggestCorrection(code, null, 'single', neighbours());
    if (slip) reportSlip(sink, slip, suggestion, spans[0]);
    else if (!checkDigit) reportCheckDigit(sink, code, suggestion, spans[0]);
    return [{ code, ...(slip ? { written: slip } : {}), valid: checkDigit, checkDigit, pairedWith: null, role, suggestion, at: provenance(doc, spans[0].start, spans[0].end) }];
  }
  const [amb, hosp] = g.codes;
  const pairOk = isPair(amb, hosp);
  const offset = prefixOffset(amb, hosp);
  if (!pairOk && !g.written && checkDigitValid(amb) && checkDigitValid(hosp) && conventions.has(offset)) {
    // Not a typo: this text pairs its codes with another step (logopedics: `701013 - 701083`).
    sink.report(
      'info',
      'code/pair-convention',
      `${amb} - ${hosp}: both codes pass the check digit and several pairs in this text differ by ${offset} (not 1) in their first five digits; read as that part's pairing convention, no correction suggested`,
      { start: g.start, end: g.end },
    );
    return ([0, 1] as const).map((k) => ({
      code: g.codes[k]!,
      // the text's own convention, not a typo: neither code is suspect
      valid: true,
      checkDigit: true,
      pairedWith: g.codes[1 - k]!,
      role: k === 0 ? ('ambulatory' as const) : ('hospitalised' as const),
      suggestion: null,
      at: provenance(doc, spans[k].start, spans[k].end),
    }));
  }
  const result: CodeOccurrence[] = [];
  for (const k of [0, 1] as const) {
    const code = g.codes[k];
    const partner = g.codes[1 - k];
    const role: CodeRole = k === 0 ? 'ambulatory' : 'hospitalised';
    const slip = g.written?.[k] ?? null;
    const checkDigit = !slip && checkDigitValid(code);
    // a partner that is itself a slip cannot vouch for this code
    const partnerArg = g.written?.[1 - k] ? null : partner;
    const suggestion = checkDigit && pairOk ? null : suggestCorrection(code, partnerArg, partnerArg ? role : 'single', neighbours());
    if (slip) reportSlip(sink, slip, suggestion, spans[k]);
    else if (!checkDigit) reportCheckDigit(sink, code, suggestion, spans[k]);
    result.push({
      code,
      ...(slip ? { written: slip } : {}),
      valid: checkDigit && pairOk,
      checkDigit,
      pairedWith: partner,
      role,
      suggestion,
      at: provenance(doc, spans[k].start, spans[k].end),
    });
  }
  if (!pairOk) {
    // only the member that breaks the rule is invalid: the one whose check digit fails, else the one the
    // likely correction changes; its partner stays valid (when it cannot be told, both stay flagged)
    const blamed = blameOf(result);
    if (blamed !== null) {
      result[1 - blamed].valid = result[1 - blamed].checkDigit;
      result[1 - blamed].suggestion = null;
    }
    const fixed = [result[0].suggestion ?? amb, result[1].suggestion ?? hosp];
    const hint = fixed[0] !== amb || fixed[1] !== hosp ? `; likely ${fixed[0]} - ${fixed[1]}` : '';
    sink.report(
      'warning',
      'code/pair',
      `${amb} - ${hosp} is written as a pair but breaks the pair rule (hospitalised first five digits = ambulatory first five + 1)${hint}`,
      { start: g.start, end: g.end },
    );
  }
  return result;
}

/** Which member of a broken pair breaks it (0 ambulatory, 1 hospitalised), or null when it cannot be told. */
function blameOf(r: CodeOccurrence[]): 0 | 1 | null {
  const [a, b] = r;
  if (a.checkDigit !== b.checkDigit) return a.checkDigit ? 1 : 0;
  if (!a.checkDigit) return null;
  const changes = (o: CodeOccurrence) => o.suggestion !== null && o.suggestion !== o.code;
  if (changes(a) !== changes(b)) return changes(a) ? 0 : 1;
  return null;
}

function prefixOffset(amb: string, hosp: string): number {
  return Number(hosp.slice(0, 5)) - Number(amb.slice(0, 5));
}

/**
 * Offsets other than +1 shared by at least two distinct written pairs whose
 * codes all pass the check digit: a convention of the text, not a typo (one
 * typo does not repeat itself across different codes).
 */
function pairConventions(groups: CodeGroup[]): Set<number> {
  const byOffset = new Map<number, Set<string>>();
  for (const g of groups) {
    if (g.codes.length !== 2 || g.written) continue;
    const [a, h] = g.codes;
    if (isPair(a, h) || !checkDigitValid(a) || !checkDigitValid(h)) continue;
    const d = prefixOffset(a, h);
    if (!byOffset.has(d)) byOffset.set(d, new Set());
    byOffset.get(d)!.add(a);
  }
  return new Set([...byOffset].filter(([, ambs]) => ambs.size >= 2).map(([d]) => d));
}

function codeSpans(text: string, g: CodeGroup): { start: number; end: number }[] {
  const first = g.written?.[0]?.length ?? 6;
  if (g.codes.length === 1) return [{ start: g.start, end: g.start + first }];
  const second = g.written?.[1]?.length ?? 6;
  return [
    { start: g.start, end: g.start + first },
    { start: g.end - second, end: g.end },
  ];
}

function reportCheckDigit(sink: DiagnosticSink, code: string, suggestion: string | null, span: { start: number; end: number }): void {
  const expected = Number(code.slice(0, 5)) % 7;
  sink.report(
    'warning',
    'code/check-digit',
    `code ${code} fails the check digit (${code.slice(0, 5)} mod 7 = ${expected}, written ${code[5]})${suggestion ? `; likely ${suggestion}` : ''}`,
    span,
  );
}

function reportSlip(sink: DiagnosticSink, written: string, suggestion: string | null, span: { start: number; end: number }): void {
  sink.report(
    'warning',
    'code/digit-count',
    `"${written}" has ${written.length} digits where a 6-digit code is expected${suggestion ? `; likely ${suggestion}` : ''}`,
    span,
  );
}
