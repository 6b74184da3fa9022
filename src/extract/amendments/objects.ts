/**
 * The amendments one clause gives for each kind of object it changes
 * (words, prestations, provisions), once index.ts has read its subject,
 * anchors and payload.
 */
import type { Amendment, AmendmentTarget } from '../../schema/document.js';
import { lineEndOf } from './bounds.js';
import type { Quote } from '../../structure/types.js';
import type { Clause } from './clauses.js';
import { groupsToCodes, insertedPrestations, quoteText } from './payload.js';
import { WORDS_NOUN_RE, type Subject } from './subject.js';
import { findCodeGroups, type CodeGroup } from '../codes.js';
import { FRENCH_ORDINALS } from '../french-dates.js';
import { WORD_ANCHOR_BEFORE, betweenBoundaryStarts, type Anchor } from './context.js';
import type { AmendmentCtx as Ctx } from './refine.js';
import { regionAfter } from './regions.js';
import { execAll } from '../../text/exec-all.js';

/** Builds one amendment of the clause for a subject (index.ts fromClause's `mk`). */
export type Make = (subject: Subject, codes: string[][], old: unknown, nw: unknown, t?: AmendmentTarget) => Amendment;

export function wordsAmendment(ctx: Ctx, c: Clause, mk: Make, preGroups: CodeGroup[], anchorStarts: ReadonlySet<number>): Amendment {
  const { doc, own, sink } = ctx;
  // quotes before the wording noun locate the change (`intitulé "Hanche"`), they are not the words
  let nounEnd = c.start;
  WORDS_NOUN_RE.lastIndex = 0;
  for (const m of execAll(WORDS_NOUN_RE, own.slice(c.start, c.verbStart))) nounEnd = c.start + m.index;
  const quotes = [...c.preQuotes.filter((q) => q.start >= nounEnd), ...c.payload];
  const content: Quote[] = [];
  const anchorQ: Quote[] = [];
  let prevAnchor = false;
  for (const q of quotes) {
    const before = own.slice(Math.max(c.start, q.start - 60), q.start);
    const isAnchor: boolean = WORD_ANCHOR_BEFORE.test(before) || (prevAnchor && /"\s*et\s*$/u.test(before));
    (isAnchor ? anchorQ : content).push(q);
    prevAnchor = isAnchor;
  }
  const texts = (qs: Quote[]) => qs.map((q) => quoteText(doc, q));
  const one = (xs: string[]) => (xs.length === 0 ? null : xs.length === 1 ? xs[0] : xs);
  if (content.length === 0) {
    // `les numéros 103913, 103935 et 103950 sont ajoutés`, `le numéro 461322 est inséré`: codes as wording
    // (not the prestation that places them: `sont supprimés, dans la règle qui suit la prestation X, les numéros Y et Z`)
    const post = findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd)).filter((g) => !anchorStarts.has(g.start) && !/(?:après|avant|entre)\s+(?:le|les|la)?\s*(?:numéros?|prestations?)?\s*$/iu.test(own.slice(Math.max(c.start, g.start - 30), g.start)));
    if (preGroups.length || post.length) {
      const codesOf = (gs: CodeGroup[]) => (gs.length ? groupsToCodes(gs) : null);
      const old = c.type === 'insertion' ? null : codesOf(preGroups);
      const nw = c.type === 'insertion' ? codesOf(preGroups.length ? preGroups : post) : c.type === 'substitution' ? codesOf(post) : null;
      if (c.type === 'substitution' && nw === null) sink.report('warning', 'amendment/payload-missing', 'code list substitution without the new codes', { start: c.start, end: c.verbEnd });
      // a number replaced names both the old and the new one (as a list edit does)
      const named = c.type === 'substitution' ? [...preGroups, ...post.filter((g) => !preGroups.some((p) => p.codes.join() === g.codes.join()))] : preGroups.length ? preGroups : post;
      return mk('words', groupsToCodes(named), old, nw);
    }
  }
  const preContent = content.filter((q) => q.start < c.verbStart);
  const postContent = content.filter((q) => q.start > c.verbEnd);
  let old: unknown = null;
  let nw: unknown = null;
  if (c.type === 'substitution') {
    if (preContent.length) {
      old = one(texts(preContent));
      nw = one(texts(postContent));
    } else if (postContent.length >= 2) {
      old = texts(postContent)[0];
      nw = one(texts(postContent.slice(1)));
    } else if (postContent.length === 1) {
      // `l'intitulé … est adapté comme suit : "…"`, `le numéro d'ordre X est remplacé par "…"`: the whole text is replaced, the old one named, not quoted
      nw = texts(postContent)[0];
      old = preGroups.length ? groupsToCodes(preGroups) : null;
    }
    const wordsNamed = /(?<!\p{L})(?:mots?|termes?)(?!\p{L})/iu.test(own.slice(c.start, c.verbStart));
    if (nw === null || (old === null && wordsNamed)) sink.report('warning', 'amendment/payload-missing', 'words substitution without both the old and the new words quoted', { start: c.start, end: c.verbEnd });
  } else if (c.type === 'insertion') {
    nw = one(texts(content));
    if (nw === null) sink.report('warning', 'amendment/payload-missing', 'words insertion without quoted words', { start: c.start, end: c.verbEnd });
  } else {
    old = one(texts(content));
  }
  const wordAnchor = anchorQ.length ? texts(anchorQ).join(' … ') : undefined;
  const position = /(?<!\w)avant\b|(?<!\w)devant\b/iu.test(own.slice(c.verbEnd, anchorQ[0]?.start ?? c.verbEnd)) ? 'before' : anchorQ.length ? 'after' : null;
  const base = mk('words', groupsToCodes(preGroups), old, nw);
  return {
    ...base,
    target: { ...base.target, ...(wordAnchor ? { anchorText: wordAnchor, position } : {}), ...(c.type === 'insertion' && !wordAnchor && /complét/u.test(c.lemma) ? { position: 'after' as const } : {}) },
  };
}

export function prestationAmendments(
  ctx: Ctx,
  c: Clause,
  mk: Make,
  o: { preGroups: CodeGroup[]; leading: CodeGroup[]; anchors: Anchor[]; rule: boolean; atSpan: { start: number; end: number } },
): Amendment[] {
  const { doc, own, sink } = ctx;
  const anchorStarts = new Set(o.anchors.map((a) => a.group.start));
  const out: Amendment[] = [];
  if (c.type === 'insertion' || c.type === 'gap') {
    // (`sont insérées entre les prestations " A " et " B "`: A and B place the insertion, quoted or not; they are not inserted)
    const between = betweenBoundaryStarts(doc.ingested.text.text, c.start, Math.max(c.end, c.verbEnd));
    const placing = (at: number, end: number) => [...between].some((b) => b >= at && b < end);
    const { prestations, rules } = insertedPrestations(doc, c.payload.filter((q) => !placing(q.innerStart, q.innerEnd)));
    let groups = o.leading.filter((g) => !between.has(g.start));
    if (groups.length === 0) groups = findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd)).filter((g) => !anchorStarts.has(g.start) && !between.has(g.start));
    if (groups.length === 0) groups = o.preGroups;
    // (a quoted list of bare numbers, `les prestations " X et Y " sont insérées`, is all of it)
    if (groups.length === 0) {
      const raw = doc.ingested.text.text;
      const quoted = c.preQuotes.map((q) => findCodeGroups(raw, q.innerStart, q.innerEnd));
      const bare = c.preQuotes.findIndex((q) => /^[\s\d,;.–-]*(?:(?:et|ou)[\s\d,;.–-]+)*$/u.test(raw.slice(q.innerStart, q.innerEnd)));
      groups = bare >= 0 ? quoted[bare] : quoted.flat().slice(0, 1);
    }
    if (groups.length === 0 && !c.gap) sink.report('warning', 'amendment/codes-missing', 'prestation insertion without a readable code', o.atSpan);
    out.push(mk('prestation', groupsToCodes(groups), null, prestations.length ? prestations : null));
    // the rules come with the inserted prestations: placed by the clause's anchor, their codes are the prestations' own (rules[])
    if (o.rule) out.push(mk('rule', [], null, rules.length ? rules : null));
    return out;
  }
  if (c.type === 'repeal') {
    // `les prestations X, Y sont supprimées`, `la prestation " 470050-470061 " est supprimée`, `La prestation suivante est supprimée : "…"`
    const raw = doc.ingested.text.text;
    let repealed = o.preGroups;
    if (repealed.length === 0) repealed = c.preQuotes.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd));
    if (repealed.length === 0) {
      const leads = new Set(o.leading.map((g) => g.start));
      repealed = o.leading.length ? listedOn(raw, (g) => leads.has(g.start), c.payload.map((q) => ({ start: q.innerStart, end: q.innerEnd }))) : c.payload.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd));
    }
    // `… suivants sont supprimés : "688531-688542, 688553-688564 et 688590-688601"`: a quoted list of bare codes is all of it
    const bareList = c.payload.filter((q) => /^[\s\d,;.–-]*(?:(?:et|ou)[\s\d,;.–-]+)*$/u.test(raw.slice(q.innerStart, q.innerEnd)));
    if (bareList.length) repealed = [...repealed, ...bareList.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd)).filter((g) => !repealed.some((r) => r.start === g.start))];
    if (repealed.length === 0) repealed = throughSemicolons(own, findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd)).filter((g) => !anchorStarts.has(g.start)));
    if (repealed.length === 0) {
      // `… suivantes sont supprimées : " D. ORL : " Prothèse " : 611516-611520 …`: quote marks nested in the list broke
      // its payload; the code lines up to the next point or article are still what goes
      // (`sont supprimés, avec leur libellé …, les numéros :` then one code a paragraph: the colon announces the list too)
      const announced = /(?<!\p{L})suivante?s?(?!\p{L})/iu.test(own.slice(c.start, c.verbStart)) || /:\s*$/u.test(own.slice(c.verbEnd, Math.max(c.end, c.verbEnd)));
      const region = announced ? regionAfter(ctx, c) : null;
      // (first on its line, or right after a heading's colon: `- sous l'intitulé "Catégorie 1" : X et Y;`)
      if (region) repealed = listedOn(raw, (g) => /^[\s"'*[-]*$|:\s*$/u.test(raw.slice(raw.lastIndexOf('\n', g.start - 1) + 1, g.start)), [region]);
    }
    if (repealed.length === 0) sink.report('warning', 'amendment/codes-missing', 'prestation repeal without a readable code', o.atSpan);
    out.push(mk('prestation', groupsToCodes(repealed), null, null, { ...mk('prestation', [], null, null).target, anchor: null, position: 'at' }));
    if (o.rule) {
      // `… et les deux règles d'application qui suivent cette dernière prestation sont supprimées`
      // `la prestation X, la première règle d'application qui la suit et la prestation Y`: the rule follows the group named before it
      const ruleAt = /(?:la|les)\s+(?:\S+\s+){0,2}règles?\s+d'application[^,;]*/iu.exec(own.slice(c.start, c.verbStart));
      const phrase = ruleAt?.[0];
      const before = ruleAt ? repealed.filter((g) => g.start < c.start + ruleAt.index) : [];
      const last = before.length ? before[before.length - 1] : repealed[repealed.length - 1];
      const anchor = o.anchors[0]?.group.codes[0] ?? last?.codes[0] ?? null;
      const t = mk('rule', [], null, null).target;
      out.push(mk('rule', last ? [[...last.codes]] : [], null, null, { ...t, anchor, position: anchor ? 'after' : null, ...(phrase ? { anchorText: squash(phrase) } : {}) }));
    }
    return out;
  }
  // substitution: `le numéro d'ordre "645433" est remplacé par les numéros d'ordre "645433 - 645444"`,
  // `les prestations X et Y sont remplacées par les prestations Z et W`
  const raw = doc.ingested.text.text;
  const oldGroups = [...c.preQuotes.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd)), ...o.preGroups];
  let newGroups = c.payload.flatMap((q) => findCodeGroups(raw, q.innerStart, q.innerEnd));
  if (o.leading.length) newGroups = o.leading;
  if (newGroups.length === 0) newGroups = findCodeGroups(own, c.verbEnd, Math.max(c.end, c.verbEnd));
  if (newGroups.length === 0 && !c.gap) sink.report('warning', 'amendment/codes-missing', 'prestation substitution without readable new codes', o.atSpan);
  const { prestations, rules } = insertedPrestations(doc, c.payload);
  // `la prestation X … est remplacée par les prestations Y, Z`: the replaced prestation places the new ones
  const kept = new Set(newGroups.flatMap((g) => g.codes));
  const replaced = newGroups.length && oldGroups.length && !oldGroups.some((g) => g.codes.some((x) => kept.has(x))) ? oldGroups[0].codes[0] : null;
  const t = { ...mk('prestation', [], null, null).target, position: 'at' as const, ...(replaced ? { anchor: replaced } : {}) };
  out.push(mk('prestation', groupsToCodes(newGroups.length ? newGroups : oldGroups), groupsToCodes(oldGroups), prestations.length ? prestations : groupsToCodes(newGroups), t));
  // `la prestation X et la règle d'application qui la suit sont remplacées par les prestations et règle suivantes`
  if (o.rule) out.push(mk('rule', [], null, rules.length ? rules : null, { ...t, anchor: replaced ?? oldGroups[0]?.codes[0] ?? null, position: 'after' }));
  return out;
}

/** `, qui fait double emploi avec la prestation Y,`, `, dont le libellé cite la prestation Y,`: relative clauses describing the subject (not `qui comprend les prestations …`). */
export function relativeClauses(own: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of execAll(/,\s*(?:qui\s(?!\s*(?:comprend|comporte|contient|regroupe))|dont\s)[^,;:]*,/giu, own.slice(from, to))) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** `sont supprimées les prestations X; Y.`: a list cut by semicolons whose pieces hold only codes goes on. */
function throughSemicolons(own: string, groups: CodeGroup[]): CodeGroup[] {
  if (groups.length === 0) return groups;
  const out = [...groups];
  const limit = lineEndOf(own, out[out.length - 1].end);
  for (;;) {
    const last = out[out.length - 1];
    const m = /^\s*;\s*/u.exec(own.slice(last.end, limit));
    if (!m) break;
    const pieceEnd = own.slice(last.end + m[0].length, limit).search(/[;.]|$/u) + last.end + m[0].length;
    const piece = findCodeGroups(own, last.end + m[0].length, pieceEnd);
    if (piece.length === 0 || !/^[\s\d,–-]*(?:et[\s\d,–-]*)?$/u.test(own.slice(last.end + m[0].length, pieceEnd))) break;
    out.push(...piece);
  }
  return out;
}

/** Line-leading groups of a deletion list and the groups each line's list goes on with (`450402-450413 et 450424-450435;`). */
function listedOn(raw: string, leads: (g: CodeGroup) => boolean, ranges: readonly { start: number; end: number }[]): CodeGroup[] {
  const out: CodeGroup[] = [];
  for (const r of ranges) {
    let prev: CodeGroup | null = null;
    for (const g of findCodeGroups(raw, r.start, r.end)) {
      const keep: boolean = leads(g) || (prev !== null && /^\s*(?:,|et)\s*$/u.test(raw.slice(prev.end, g.start)));
      if (keep) out.push(g);
      prev = keep ? g : null;
    }
  }
  return out;
}

export function provisionAmendments(
  ctx: Ctx,
  c: Clause,
  mk: Make,
  phrase: string,
  refined: { article: string | null; path: string[] },
  payloadText: string | null,
  atSpan: { start: number; end: number },
): Amendment[] {
  const nw = c.type === 'repeal' ? null : payloadText;
  if (nw === null && c.type !== 'repeal' && !c.gap) {
    ctx.sink.report('warning', 'amendment/payload-missing', 'provision change without quoted text', atSpan);
  }
  const base = mk('provision', [], null, nw);
  const extra = subPath(phrase);
  // `les §§ 10 et 11 sont abrogés`: one operation (one sentence) on several paragraphs
  const many = /§§\s*([\dà-ÿa-z\s,]+?(?:\s+et\s+\d+\w*))/iu.exec(phrase);
  if (many) {
    const nums = many[1].split(/\s*,\s*|\s+et\s+/u).map((s) => s.trim().replace(/er$/u, '')).filter(Boolean);
    const paths = nums.map((n) => [...refined.path.filter((x) => !x.startsWith('§')), `§ ${n}`]);
    return [{ ...base, target: { ...base.target, path: paths[0], paths } }];
  }
  const below = (p: readonly string[]) => [...p, ...extra.filter((x) => !p.includes(x))];
  const path = below(refined.path);
  // (the places the lead named, `aux 1° et 2°, l'alinéa 2 est abrogé`, while the phrase names no other: each with its alinéa)
  const paths = base.target.paths?.[0]?.join() === refined.path.join() ? base.target.paths.map(below) : undefined;
  const { paths: _, ...target } = base.target;
  return [{ ...base, target: paths ? { ...target, path, paths } : { ...target, path } }];
}

/** The ordinals of french-dates.ts, and `unième`, the last word of a compound (`vingt et unième`). */
const ORDINAL_WORDS: Record<string, number> = { ...FRENCH_ORDINALS, unième: 1 };
const TENS: Record<string, number> = { dix: 10, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };

/** `troisième` → 3, `vingt-troisième` → 23, `dix-septième` → 17, `vingt et unième` → 21; null for another word. */
function ordinalWords(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/u).filter((w) => w !== 'et');
  const last = ORDINAL_WORDS[parts[parts.length - 1]];
  if (last === undefined || (parts.length === 1 && parts[0] === 'unième')) return null;
  let n = last;
  for (const w of parts.slice(0, -1)) {
    if (!(w in TENS)) return null;
    n += TENS[w];
  }
  return n;
}

/** `alinéa 2`, `le troisième alinéa`, `le vingt-troisième alinéa`, `le dernier alinéa` → path steps below the § of the target. */
function subPath(phrase: string): string[] {
  // (the compound's words bounded and joined one way only, `-` or ` et `: `-et-` is `-` then `et`, and a pattern that could
  // read it both ways doubled its work at every `a-et-` of a hostile phrase)
  const m = /(?<!\w)alinéa\s+(\d+)|(?<![\p{L}-])((?:\p{L}{1,20}(?:-|\s+et\s+)){0,4}\p{L}{1,20})\s+alinéa\b|(?<!\w)(\d+)(?:e|er|ème)\s+alinéa\b/iu.exec(phrase);
  if (!m) return [];
  if (m[1]) return [`alinéa ${m[1]}`];
  if (m[3]) return [`alinéa ${m[3]}`];
  // (the whole compound, else its last word: `premier et deuxième alinéa`)
  const last = m[2].split(/[\s-]+/u).pop() ?? '';
  const n = ordinalWords(m[2]) ?? ordinalWords(last);
  if (n !== null) return [`alinéa ${n}`];
  if (last.toLowerCase() === 'dernier') return ['dernier alinéa'];
  return [];
}

/** `la deuxième règle d'application qui suit la prestation …` → `la deuxième règle d'application`. */
export function anchorText(phrase: string): string | undefined {
  // (`l'alinéa 3`, `l'alinéa 1er`: the alinéa's number names which one)
  const m = /(?:(?:la|les|le)\s+|l')(?:\S+\s+){0,3}?(?:règles?|alinéas?)(?:\s+d'application|\s+des\s+règles\s+d'application|\s+\d+(?:er)?(?!\p{L}))?/iu.exec(phrase);
  return m ? squash(m[0]) : undefined;
}


export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
