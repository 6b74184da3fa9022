import type { DocumentStructure, Quote } from '../structure/types.js';
import type { CodeGroup } from './code-groups.js';
import { cleanLabel } from './prestation-lines.js';
import type { PrestationDraft } from './prestation-types.js';
import type { ValueMatch } from './values.js';

/** `la valeur relative`, `le libellé et la valeur relative`, `le libellé`: what an amending sentence changes. */
const SUBJECT = /\b(?:(le libell[ée] et la valeur relative|les libell[ée]s et les valeurs relatives)|(la valeur relative|les valeurs relatives)|(le libell[ée]|les libell[ée]s))(?!\p{L})/giu;
/** The verb of the change, up to where the new text starts. */
const VERB = /\b(?:est|sont)\s+(?:port[ée]e?s?|remplac[ée]e?s?|adapt[ée]e?s?|modifi[ée]e?s?|fix[ée]e?s?|r[ée]dig[ée]e?s?)(?!\p{L})/iu;

/**
 * Prestations defined by an amending sentence: a value change (`La valeur
 * relative de la prestation 255452 - 255463 est portée à K 300`), a label
 * change (`le libellé de la prestation 311415 - 311426 est adapté comme suit :
 * " … "`), or both (`le libellé et la valeur relative … sont adaptés comme
 * suit : " … K 600 "`). Sentences inside quoted annex text are not amendments.
 */
export function changeDefinitions(doc: DocumentStructure, groups: CodeGroup[], values: ValueMatch[]): PrestationDraft[] {
  const text = doc.ingested.text.text;
  const out: PrestationDraft[] = [];
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(text); m; m = SUBJECT.exec(text)) {
    const at = m.index;
    if (insideQuote(doc, at)) continue;
    const both = !!m[1];
    const valueOnly = !!m[2];
    const paraStart = text.lastIndexOf('\n', at - 1) + 1;
    const paraEnd = endOf(text, at);
    const verb = VERB.exec(text.slice(at, paraEnd));
    if (!verb) continue;
    const verbAt = at + verb.index;
    const afterVerb = verbAt + verb[0].length;
    // `dans le libellé …, les mots "x" sont remplacés` is a words change
    if (/\b(?:mots?|termes?)\b/i.test(text.slice(at, verbAt))) continue;
    if (/\b(?:dans|au|du)\s+$/i.test(text.slice(Math.max(0, at - 8), at))) continue; // `dans le libellé de …`: a change inside it
    let own = groups.filter((g) => g.start >= at && g.end <= verbAt);
    if (own.length === 0 && /\b(?:cette|ces)\s+prestations?\b/i.test(text.slice(at, verbAt))) {
      // `… de la prestation 589212 - 589223, …, la valeur relative de cette prestation est portée …`
      const prev = groups.filter((g) => g.end <= at && g.start >= paraStart).pop();
      if (prev) own = [prev];
    }
    if (own.length === 0) {
      // `3. à la prestation 588832-588843, a) le libellé est remplacé …`
      const prev = groups.filter((g) => g.end <= at && g.start >= at - 200).pop();
      if (!prev || !/prestations?\s*(?:n[°o]s?\.?\s*)?$/i.test(text.slice(Math.max(0, prev.start - 30), prev.start))) continue;
      if (/[.;:]/.test(text.slice(prev.end, at))) continue; // another sentence in between
      own = [prev];
    }
    if (own.length === 0) continue;
    const quote = followingQuote(doc, afterVerb, paraEnd);
    const start = Math.min(at, own[0].start);
    if (valueOnly) {
      // the new value closes the clause: `portée de " I 600 " à " I 300 "`, `remplacée par "K 840";`
      const semi = text.slice(afterVerb, paraEnd).search(/;\s/);
      const clauseEnd = semi < 0 ? paraEnd : afterVerb + semi;
      const region = quote && quote.start >= paraEnd ? [afterVerb, quote.innerEnd] : [afterVerb, clauseEnd];
      const value = values.filter((v) => v.start >= region[0] && v.start < region[1]).pop();
      if (!value) continue;
      for (const g of own) out.push({ codes: [...g.codes], label: null, value: structuredClone(value.value), start, end: value.end, site: 'value-change' });
      continue;
    }
    if (!quote) continue;
    const value = values.filter((v) => v.start >= quote.innerStart && v.start < quote.innerEnd).pop() ?? null;
    if (both && !value) continue;
    const label = cleanLabel(text.slice(quote.innerStart, value ? value.start : quote.innerEnd).replace(/^\s*\+\s*/, ''));
    for (const g of own) {
      out.push({
        codes: [...g.codes],
        label,
        value: value ? structuredClone(value.value) : null,
        start,
        end: value && !both ? quote.end : quote.end,
        site: both ? 'value-change' : 'label-change',
      });
    }
  }
  return out;
}

/**
 * Inside quoted annex text? The structure's quotes say so, unless the
 * paragraph's own quote marks show the offset between two quoted words
 * (`les mots " x " sont insérés …, la valeur relative de cette prestation …`).
 */
function insideQuote(doc: DocumentStructure, offset: number): boolean {
  if (!doc.quotes.some((q) => offset >= q.innerStart && offset < q.innerEnd)) return false;
  const text = doc.ingested.text.text;
  const para = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const marks = (para.match(/"/g) ?? []).length;
  return marks === 0 || marks % 2 === 1;
}

/** The quote that carries the new text: opening right after the verb (`comme suit :`), possibly in the next paragraph. */
function followingQuote(doc: DocumentStructure, from: number, paraEnd: number): Quote | null {
  const text = doc.ingested.text.text;
  const q = doc.quotes.find((q) => q.start >= from && q.start <= paraEnd + 3);
  if (q && /^[^"]{0,80}$/.test(text.slice(from, q.start))) return q;
  // structure not available: read a plain `"…"` after the colon
  const m = /^[^"\n]{0,80}?:\s*"([^"]*)"/.exec(text.slice(from));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf('"');
  const innerStart = start + 1;
  const innerEnd = innerStart + m[1].length;
  return { start, end: innerEnd + 1, innerStart, innerEnd, closed: true, article: null };
}

function endOf(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
