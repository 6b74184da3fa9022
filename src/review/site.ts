import type { NomenclatureDocument } from '../schema/document.js';
import type { Provenance } from '../schema/common.js';
import type { ChangeSet, CodeGroupState, Diff, NomenclatureState, Version, WordPart } from '../schema/replay.js';
import { decreeReview } from '../diff/decree.js';
import { esc, page, STYLE } from './html.js';

/** One page of the site: its path under the site directory and its HTML. */
export interface SitePage {
  path: string;
  html: string;
}

export interface SiteInput {
  documents: readonly NomenclatureDocument[];
  state: NomenclatureState;
  changeSets: readonly ChangeSet[];
  /** the source text of a document (by its source path), or null when it is not at hand */
  sourceText: (doc: NomenclatureDocument) => string | null;
}

const fileOf = (id: string) => `${id.replace(/[^\w.-]/g, '_')}.html`;
const groupFile = (key: string) => `${key.replace(/[^\d-]/g, '_')}.html`;

/**
 * The review site of a build for data maintainers: an index of decrees by
 * entry into force, a page per decree (what it changes, its diagnostics, its
 * source text with every extracted fact highlighted and a link from each
 * fact to its line), and a page per code group with its timeline. Static
 * files; the only interaction is the browser following `#L12` anchors.
 */
export function reviewSite(input: SiteInput): SitePage[] {
  const byId = new Map(input.changeSets.map((c) => [c.document.id, c]));
  const docs = [...input.documents].sort((a, b) => (a.document.entryIntoForce.date ?? '9999').localeCompare(b.document.entryIntoForce.date ?? '9999') || a.document.id.localeCompare(b.document.id));
  const pages: SitePage[] = [{ path: 'style.css', html: STYLE }, { path: 'index.html', html: indexPage(docs) }];
  for (const d of docs) {
    const cs = byId.get(d.document.id);
    pages.push({ path: `decrees/${fileOf(d.document.id)}`, html: decreePage(d, cs ? decreeReview(cs, input.state) : null, input.sourceText(d)) });
  }
  for (const g of [...input.state.groups].sort((a, b) => a.key.localeCompare(b.key))) pages.push({ path: `codes/${groupFile(g.key)}`, html: groupPage(g) });
  return pages;
}

function indexPage(docs: readonly NomenclatureDocument[]): string {
  const rows = docs.map((d) => {
    const sev = (s: string) => d.diagnostics.filter((x) => x.severity === s).length;
    return `<tr><td>${esc(d.document.entryIntoForce.date ?? '?')}</td><td><a href="decrees/${fileOf(d.document.id)}">${esc(d.document.id)}</a></td><td>${esc(d.document.title ?? '')}</td><td>${d.amendments.length}</td><td>${d.prestations.length}</td><td><span class="sev-error">${sev('error')}</span> / <span class="sev-warning">${sev('warning')}</span> / <span class="sev-info">${sev('info')}</span></td></tr>`;
  });
  return page(
    'nomen — décrets',
    `<h1>Décrets par entrée en vigueur</h1>
<table><thead><tr><th>En vigueur</th><th>Décret</th><th>Titre</th><th>Modifications</th><th>Prestations</th><th>Diagnostics (erreurs / avertissements / infos)</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`,
    0,
  );
}

function words(parts: readonly WordPart[]): string {
  return parts.map((p) => (p.op === '=' ? esc(p.text) : p.op === '+' ? `<ins>${esc(p.text)}</ins>` : `<del>${esc(p.text)}</del>`)).join(' ');
}

const codesLink = (codes: readonly string[]) => `<a href="../codes/${groupFile(codes.join('-'))}">${esc(codes.join(' - '))}</a>`;

function changesSection(r: Diff | null): string {
  if (!r) return '<p class="muted">Pas de jeu de modifications pour ce document (non rejoué).</p>';
  const list = (title: string, items: string[]) => (items.length ? `<h3>${esc(title)} (${items.length})</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
  return [
    list('Prestations ajoutées', r.added.map((p) => `${codesLink(p.codes)} ${esc(p.value ?? '')} ${esc(p.label ?? '')}`)),
    list('Prestations supprimées', r.removed.map((p) => `${codesLink(p.codes)} ${esc(p.value ?? '')} ${esc(p.label ?? '')}`)),
    list('Valeurs relatives', r.values.map((v) => `${codesLink(v.codes)} ${esc(v.old ?? '—')}${v.oldQuoted ? ' <span class="muted">(citée par le décret)</span>' : ''} → ${esc(v.new ?? '—')}`)),
    list('Libellés', r.labels.map((l) => `${codesLink(l.codes)} ${l.words.length ? words(l.words) : esc(l.new ?? '')}`)),
    list('Règles', r.rules.map((x) => `${esc(x.change)} ${esc(x.type)} ${x.codes.length ? codesLink(x.codes) : ''}: ${x.words.length ? words(x.words) : esc(x.new ?? x.old ?? '')}`)),
    list('Indications', r.indications.map((x) => `${codesLink(x.codes)} ${esc(x.path)}`)),
  ].join('\n') || '<p class="muted">Aucune modification de l’état.</p>';
}

interface Fact {
  kind: string;
  text: string;
  at: Provenance;
}

function factsOf(d: NomenclatureDocument): Fact[] {
  return [
    ...d.amendments.map((a) => ({ kind: `${a.type} ${a.subject}`, text: a.codes.map((g) => g.join(' - ')).join(', '), at: a.at })),
    ...d.prestations.map((p) => ({ kind: 'prestation', text: `${p.codes.join(' - ')} ${p.value ? p.value.terms.map((t) => `${t.letter ?? '?'} ${t.coefficient}`).join(' + ') : ''}`, at: p.at })),
    ...d.rules.map((r) => ({ kind: `règle ${r.type}`, text: r.codes.map((g) => g.join(' - ')).join(', '), at: r.at })),
  ].sort((a, b) => a.at.offset - b.at.offset);
}

function decreePage(d: NomenclatureDocument, review: Diff | null, source: string | null): string {
  const facts = factsOf(d);
  const factList = facts.map((f) => `<li><a class="fact" href="#L${f.at.line}" data-line="${f.at.line}">l. ${f.at.line}</a> ${esc(f.kind)} ${esc(f.text)}</li>`).join('\n');
  const diags = (['error', 'warning', 'info'] as const)
    .map((s) => {
      const ds = d.diagnostics.filter((x) => x.severity === s);
      return ds.length ? `<h3 class="sev-${s}">${s} (${ds.length})</h3><ul>${ds.map((x) => `<li>${x.at ? `<a href="#L${x.at.line}">l. ${x.at.line}</a> ` : ''}<code>${esc(x.code)}</code> ${esc(x.message)}</li>`).join('')}</ul>` : '';
    })
    .join('\n');
  return page(
    `${d.document.id} — nomen`,
    `<h1>${esc(d.document.id)}</h1>
<p>${esc(d.document.title ?? '')}</p>
<p>En vigueur : ${esc(d.document.entryIntoForce.date ?? '?')} <span class="muted">(${esc(d.document.entryIntoForce.basis)})</span>${d.document.eli && /^https?:\/\//i.test(d.document.eli) ? ` — <a href="${esc(d.document.eli)}">ELI</a>` : ''}</p>
<div class="columns">
<section>
<h2>Ce que le décret change</h2>
${changesSection(review)}
<h2>Faits extraits (${facts.length})</h2>
<ul class="facts">
${factList}
</ul>
<h2>Diagnostics</h2>
${diags || '<p class="muted">Aucun.</p>'}
</section>
<section>
<h2>Texte source</h2>
${source === null ? '<p class="muted">Texte source indisponible.</p>' : sourceHtml(source, facts)}
</section>
</div>`,
    1,
  );
}

/** The source, one anchored line each (`#L12`), the lines holding a fact marked and each fact's span in them. */
function sourceHtml(text: string, facts: readonly Fact[]): string {
  const lines = text.split('\n');
  const starts: number[] = [];
  let o = 0;
  for (const l of lines) {
    starts.push(o);
    o += l.length + 1;
  }
  const marks = new Map<number, [number, number][]>();
  for (const f of facts) {
    const i = f.at.line - 1;
    if (i < 0 || i >= lines.length) continue;
    const from = Math.max(0, f.at.offset - starts[i]);
    const to = Math.min(lines[i].length, from + Math.max(1, f.at.length));
    marks.set(i, [...(marks.get(i) ?? []), [from, to]]);
  }
  const out = lines.map((l, i) => {
    const ms = (marks.get(i) ?? []).sort((a, b) => a[0] - b[0]);
    let html = '';
    let at = 0;
    for (const [s, e] of ms) {
      if (s < at) continue;
      html += `${esc(l.slice(at, s))}<mark>${esc(l.slice(s, e))}</mark>`;
      at = e;
    }
    html += esc(l.slice(at));
    return `<span class="line${ms.length ? ' fact' : ''}" id="L${i + 1}"><span class="n">${i + 1}</span>${html}</span>`;
  });
  return `<pre class="source">${out.join('')}</pre>`;
}

function groupPage(g: CodeGroupState): string {
  const row = (field: string, v: Version<unknown>, shown: string) =>
    `<tr><td>${esc(field)}</td><td>${esc(v.from ?? '?')}</td><td>${esc(v.to ?? '')}</td><td>${shown}</td><td><a href="../decrees/${fileOf(v.source.document)}${v.source.at ? `#L${v.source.at.line}` : ''}">${esc(v.source.document)}</a>${v.knownSince ? ' <span class="muted">(connu depuis)</span>' : ''}</td></tr>`;
  const rows = [
    ...g.status.map((v) => row('statut', v, esc(v.value))),
    ...g.value.map((v) => row('valeur', v, esc(v.value ? v.value.terms.map((t) => `${t.letter ?? '?'} ${t.coefficient}`).join(' + ') : '—'))),
    ...g.label.map((v) => row('libellé', v, esc(v.value ?? '—'))),
    ...g.rules.map((v) => row(`règle ${v.value.type}`, v, esc(v.value.text))),
  ].sort();
  return page(
    `${g.key} — nomen`,
    `<h1>${esc(g.codes.join(' - '))}</h1>
<table><thead><tr><th>Fait</th><th>Du</th><th>Au</th><th>Valeur</th><th>Décret</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`,
    1,
  );
}
