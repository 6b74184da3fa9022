import type { Amendment } from '../schema/document.js';
import type { CodeGroupState, IndicationItem, StateRule, Version } from '../schema/replay.js';
import { change, ref, report, touch, type ApplyContext } from './apply-context.js';
import { asText, docIndications, docRules, normText, stateRule } from './extras.js';
import { current, open, type WorkingState } from './state.js';

/**
 * The open rule versions of each group, kept beside the state so a lookup
 * does not re-filter every version the group ever had (a group's history
 * grows with every decree restating its rules). Versions are only ever
 * appended to `g.rules` and closed in place during a replay, so the index
 * takes the versions added since it last looked and drops those closed.
 * One index per working state: `replayFrom` reopens versions before it
 * starts a new one.
 */
type OpenIndex = WeakMap<Version<StateRule>[], { seen: number; open: Version<StateRule>[] }>;
const openIndexes = new WeakMap<WorkingState, OpenIndex>();

/** Rule versions still open in a group, in the order they were opened. */
function openRules(ctx: ApplyContext, g: CodeGroupState): Version<StateRule>[] {
  let indexes = openIndexes.get(ctx.ws);
  if (!indexes) openIndexes.set(ctx.ws, (indexes = new WeakMap()));
  let index = indexes.get(g.rules);
  if (!index || index.seen > g.rules.length) {
    index = { seen: 0, open: [] };
    indexes.set(g.rules, index);
  }
  const isOpen = (r: Version<StateRule>) => r.to === null && r.closedBy === null;
  const open = index.open.filter(isOpen);
  for (let i = index.seen; i < g.rules.length; i++) if (isOpen(g.rules[i])) open.push(g.rules[i]);
  index.seen = g.rules.length;
  index.open = open;
  return open;
}

/** A rule's text as compared (spacing, quotes and case aside), computed once per rule value. */
const normed = new WeakMap<StateRule, string>();
function ruleText(r: Version<StateRule>): string {
  let n = normed.get(r.value);
  if (n === undefined) normed.set(r.value, (n = normText(r.value.text)));
  return n;
}

function closeRule(ctx: ApplyContext, g: CodeGroupState, r: Version<StateRule>, a: Amendment | null): void {
  r.to = ctx.date;
  r.closedBy = ref(ctx, a?.at ?? null);
  ctx.counts.rules++;
  change(ctx, 'rule-removed', g.codes, a, r.value.text, null);
}

function addRule(ctx: ApplyContext, g: CodeGroupState, rule: StateRule, a: Amendment | null, at = a?.at ?? null): void {
  const text = normText(rule.text);
  if (openRules(ctx, g).some((r) => ruleText(r) === text)) return;
  g.rules.push({ from: ctx.date, to: null, knownSince: false, value: rule, source: ref(ctx, at), closedBy: null });
  ctx.counts.rules++;
  change(ctx, 'rule-added', g.codes, a, null, rule.text, at);
}

type Provision = NonNullable<StateRule['provision']>;

/** The annex provision an amendment targets, when it names an article. */
function provisionOf(a: Pick<Amendment, 'target'> | undefined): Provision | undefined {
  return a?.target.article ? { article: a.target.article, path: a.target.path } : undefined;
}

/** The amendment whose text holds offset `offset` (the quote a rule stands in). */
function amendmentAt(ctx: ApplyContext, offset: number): Amendment | undefined {
  return ctx.doc.amendments.find((a) => offset >= a.at.offset && offset < a.at.offset + a.at.length);
}

/**
 * A decree replacing or repealing an annex provision (`Le § 7 est remplacé
 * par …`, `les §§ 10 et 11 sont abrogés`) ends the rules that stood in it:
 * every open rule whose provision is that one or inside it is closed on the
 * decree's date. Rules the decree states in the new text are added after.
 */
export function closeProvisionRules(ctx: ApplyContext, a: Amendment): void {
  if (a.subject !== 'provision' || a.type === 'insertion' || !a.target.article) return;
  // only a named provision (`le § 7`, `le j)`) or a whole article (`L'article 19 est remplacé`); not a heading
  // placed by an anchor (`l'intitulé … inséré avant la prestation X est abrogé`) nor a place we could not name
  if (a.target.anchor !== null || a.target.anchorText || /(?<!\w)intitulé|(?<!\w)rubrique|(?<!\w)titre\b/iu.test(a.at.snippet.slice(0, 200))) return;
  if (a.target.path.length === 0 && !/^[\s\d.°a-z)]*L'article\s+\d+\w*\b[^"]*?(?<!\w)(?:est|sont)\s+(?:remplacée?s?|abrogée?s?)/iu.test(a.at.snippet)) return;
  const places = a.target.paths?.length ? a.target.paths : [a.target.path];
  const inside = (p: Provision) => p.article === a.target.article && places.some((path) => path.every((x, i) => p.path[i] === x));
  for (const g of ctx.ws.groups.values()) {
    if (g.rules.length === 0) continue;
    for (const r of openRules(ctx, g)) if (r.value.provision && r.source.document !== ctx.doc.document.id && inside(r.value.provision)) closeRule(ctx, g, r, a);
  }
}

/** The extracted rule of this document with the amendment's text, for its type. */
function ruleType(ctx: ApplyContext, text: string): string {
  const n = normText(text);
  return docRules(ctx.doc).find((r) => normText(r.text) === n || n.includes(normText(r.text)))?.type ?? 'text';
}

/** A single rule or alinéa named by its place: `l'alinéa 3`, `le deuxième alinéa`, `la première règle d'application`. */
const ONE_PART_RE = /^(?:l'(?:alinéa|règle)\s+\d+(?:er)?|(?:la|le)\s+(?:premier|première|\p{L}+ième|dernier|dernière)\s+(?:alinéa|règle))(?!s)/iu;

/**
 * A rule amendment: insertion opens a rule version on each code concerned,
 * substitution closes the rule it quotes (or, quoting nothing, the open
 * rules of the same type) and opens the new one, repeal closes.
 */
export function applyRuleAmendment(ctx: ApplyContext, a: Amendment, codes: string[]): void {
  const { group: g } = ctx.ws.resolve(codes);
  touch(ctx, g, a.at);
  const oldText = asText(a.old);
  const newText = asText(a.new);
  const type = newText ? ruleType(ctx, newText) : 'text';
  if (a.type !== 'insertion') {
    const rules = openRules(ctx, g);
    const oldNorm = oldText ? normText(oldText) : '';
    let hit = oldText ? rules.filter((r) => ruleText(r).includes(oldNorm)) : [];
    // quoting nothing, a decree ends the rules it found, not those it set itself earlier in its own text
    const earlier = rules.filter((r) => r.source.document !== ctx.doc.document.id);
    if (!oldText) hit = a.type === 'repeal' || type === 'text' ? (a.type === 'repeal' ? earlier : []) : earlier.filter((r) => r.value.type === type);
    // `l'alinéa 3 est abrogé`, `la deuxième règle … est abrogée`: one part named by its place, which the known rules
    // cannot tell apart when there are several: none is closed (all would be), and the replay says so
    if (!oldText && a.type === 'repeal' && hit.length > 1 && ONE_PART_RE.test(a.target.anchorText ?? '')) {
      report(ctx, 'info', 'replay/rule-part-unapplied', `${g.key}: the decree repeals "${a.target.anchorText}" of its ${hit.length} known rules, which cannot be told apart: none is closed`, g.codes, a.at, hit[0].source);
      hit = [];
    }
    if (oldText && hit.length === 0 && rules.length)
      report(ctx, 'info', 'replay/old-rule-not-found', `${g.key}: the rule text quoted by the decree is not among its ${rules.length} known rules`, g.codes, a.at, rules[0].source);
    for (const r of hit) closeRule(ctx, g, r, a);
  }
  const provision = provisionOf(a);
  if (a.type !== 'repeal' && newText) addRule(ctx, g, { type, text: newText, ...(provision ? { provision } : {}) }, a);
}

/**
 * Rules the document states (rules[] from the rules extractor). A text that
 * states its provisions whole (a nomenclature extract, or a text that is not
 * a modifying decree and amends nothing: a later version of the provision)
 * states the whole rule set of its codes: rules it no longer lists are closed
 * on its date. A rule sentence standing inside what the decree deletes
 * (`la phrase "…" est supprimée`, `les mots "…" sont supprimés`) is a rule
 * removed, not added.
 */
export function applyDocRules(ctx: ApplyContext): void {
  const rules = docRules(ctx.doc);
  const kind = ctx.doc.document.kind;
  const complete = kind === 'nomenclature-extract' || (ctx.doc.amendments.length === 0 && !['arrete-royal', 'arrete-ministeriel', 'loi'].includes(kind));
  const deletions = ctx.doc.amendments.filter((a) => a.type === 'repeal');
  const stated = new Map<string, Set<string>>();
  for (const r of rules) {
    const deletion = r.at ? deletions.find((a) => r.at!.offset >= a.at.offset && r.at!.offset < a.at.offset + a.at.length) : undefined;
    for (const codes of r.codes) {
      if (deletion) {
        const g = ctx.ws.find(codes);
        const n = normText(r.text);
        const hit = g ? openRules(ctx, g).filter((v) => ruleText(v).includes(n) || n.includes(ruleText(v))) : [];
        if (g && hit.length) for (const v of hit) closeRule(ctx, g, v, deletion);
        else report(ctx, 'info', 'replay/deleted-rule-unknown', `${codes.join('-')}: the decree deletes a rule sentence the state does not hold; nothing to close`, codes, r.at ?? null, null);
        continue;
      }
      const { group: g } = ctx.ws.resolve(codes);
      touch(ctx, g, r.at);
      const provision = r.at ? provisionOf(amendmentAt(ctx, r.at.offset)) : undefined;
      addRule(ctx, g, { ...stateRule(r), ...(provision ? { provision } : {}) }, null, r.at);
      if (!stated.has(g.key)) stated.set(g.key, new Set());
      stated.get(g.key)!.add(normText(r.text));
    }
  }
  if (!complete) return;
  for (const [key, texts] of stated) {
    const g = ctx.ws.groups.get(key)!;
    for (const r of openRules(ctx, g)) if (!texts.has(ruleText(r)) && r.source.document !== ctx.doc.document.id) closeRule(ctx, g, r, null);
  }
}

/** Indications the document states replace those known for the same codes. */
export function applyIndications(ctx: ApplyContext): void {
  for (const ind of docIndications(ctx.doc))
    for (const codes of ind.codes) {
      const { group: g } = ctx.ws.resolve(codes);
      const cur = current(g.indications);
      if (cur && JSON.stringify(cur.value) === JSON.stringify(ind.items)) continue;
      touch(ctx, g, ind.at);
      const old: IndicationItem[] | null = cur?.value ?? null;
      open(g.indications, ind.items, ctx.date, ref(ctx, ind.at), g.status.length === 0);
      change(ctx, 'indications', g.codes, null, old, ind.items, ind.at);
    }
}
