import type { DocumentStructure } from '../structure/types.js';
import { findCodeGroups, type CodeGroup } from './codes.js';

/** What the leads above a clause say about where it applies. */
export interface ClauseContext {
  /** `4. à la prestation 476070-476081, a) le libellé est remplacé …`: the prestation the points concern */
  prestation: CodeGroup | null;
  /** `au premier alinéa des règles d'application qui suivent la prestation 591135-591146, …`: the prestation that places them */
  anchor: { group: CodeGroup; position: 'after' | 'before' } | null;
}

const AMENDING = /(?<!\p{L})(?:est|sont|sera|seront)\s+(?:remplac|insér|introdui|ajout|supprim|abrog|adapt|complét|port|rétabli|inscri)\p{L}*/iu;
const PRESTATION_LEAD = /(?<!\p{L})(?:à|a|pour)\s+la\s+prestation\s+(?:n°\s*)?(?=\d{6})/iu;
const ANCHOR_LEAD = /(?<!\p{L})qui\s+(suit|suivent|précède|précèdent)\s+(?:immédiatement\s+)?la\s+prestation\s+(?:n°\s*)?(?=\d{6})/iu;

/**
 * The context a clause inherits from the lead paragraphs of the points that
 * enclose it and from its article's introductory sentence, innermost first.
 * A lead that amends by itself (`1. la prestation X est supprimée`) is a
 * clause, not a context.
 */
export function clauseContext(doc: DocumentStructure, own: string, at: number): ClauseContext {
  const paragraphs = doc.ingested.paragraphs;
  const here = paragraphs.findIndex((p) => at >= p.start && at <= p.end);
  const leads: { start: number; end: number }[] = [];
  for (const pt of [...doc.points].reverse()) {
    if (pt.start > at || at >= pt.end || pt.firstParagraph >= here) continue;
    const p = paragraphs[pt.firstParagraph];
    leads.push({ start: p.start, end: p.end });
  }
  const art = doc.articles.find((a) => at >= a.start && at < a.end);
  if (art && art.firstParagraph < here) leads.push({ start: paragraphs[art.firstParagraph].start, end: paragraphs[art.firstParagraph].end });
  const out: ClauseContext = { prestation: null, anchor: null };
  for (const lead of leads) {
    const text = own.slice(lead.start, lead.end);
    if (AMENDING.test(text.replace(/modifi\p{L}*\s+(?:en\s+dernier\s+lieu\s+)?par\s+[^,;]*/giu, ''))) continue;
    if (!out.anchor) {
      const m = ANCHOR_LEAD.exec(text);
      const g = m ? groupAt(own, lead.start + m.index + m[0].length) : null;
      if (g) out.anchor = { group: g, position: /précèd/iu.test(m![1]) ? 'before' : 'after' };
    }
    if (!out.prestation) {
      const m = PRESTATION_LEAD.exec(text);
      const g = m ? groupAt(own, lead.start + m.index + m[0].length) : null;
      // the lead only names it: `4. à la prestation 476070-476081,`
      if (g && /^\s*[,:]?\s*$/u.test(own.slice(g.end, lead.end))) out.prestation = g;
    }
    if (out.anchor && out.prestation) break;
  }
  return out;
}

function groupAt(own: string, at: number): CodeGroup | null {
  const g = findCodeGroups(own, at, Math.min(own.length, at + 40))[0];
  return g && g.start === at ? g : null;
}
