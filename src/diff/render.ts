import { visibleStrings } from '../text/terminal.js';
import type { ConditionChange, Diff, WordPart } from '../schema/replay.js';

/** How changed words are marked: ANSI colours on a terminal, brackets in plain text, strike/bold in markdown. */
interface Style {
  del: (s: string) => string;
  ins: (s: string) => string;
  h: (s: string) => string;
  item: string;
}
const plain: Style = { del: (s) => `[-${s}-]`, ins: (s) => `{+${s}+}`, h: (s) => s, item: '  ' };
const ansi: Style = { del: (s) => `\x1b[31m[-${s}-]\x1b[0m`, ins: (s) => `\x1b[32m{+${s}+}\x1b[0m`, h: (s) => `\x1b[1m${s}\x1b[0m`, item: '  ' };
const md: Style = { del: (s) => `~~${s.trim()}~~${/\s$/.test(s) ? ' ' : ''}`, ins: (s) => `**${s.trim()}**${/\s$/.test(s) ? ' ' : ''}`, h: (s) => `## ${s}`, item: '- ' };

/** Word parts with only `context` characters of unchanged text kept around changes. */
export function renderWords(parts: WordPart[], st: Style, context = 60): string {
  return parts
    .map((p, i) => {
      if (p.op === '-') return st.del(p.text);
      if (p.op === '+') return st.ins(p.text);
      const first = i === 0;
      const last = i === parts.length - 1;
      if (p.text.length <= 2 * context) return p.text;
      const head = first ? '' : p.text.slice(0, context);
      const tail = last ? '' : p.text.slice(-context);
      return `${head} … ${tail}`;
    })
    .join('');
}

const codes = (c: string[]) => c.join(' - ');
const short = (s: string | null) => (s === null ? '' : s.length > 160 ? `${s.slice(0, 160)}…` : s);
const wordDiffOf = (a: string | null, b: string | null): WordPart[] => [...(a ? [{ op: '-' as const, text: a }] : []), ...(b ? [{ op: '+' as const, text: b }] : [])];
const cond = (c: ConditionChange) => `${c.quantity}: ${c.old ?? '—'} → ${c.new ?? '—'}`;

function render(d: Diff, st: Style): string {
  const out: string[] = [st === md ? `# ${d.from} → ${d.to}` : `${d.from} → ${d.to}`];
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', st.h(`${title} (${lines.length})`), ...lines.map((l) => st.item + l));
  };
  const r = d.decree;
  if (r) {
    const c = r.counts;
    const parts: [number, string][] = [
      [c.added, 'added'], [c.removed, 'repealed'], [c.restated, 'restated'], [c.values, 'values'], [c.labels, 'labels'], [c.words, 'word changes'],
      [c.rulesAdded, 'rules added'], [c.rulesRemoved, 'rules removed'], [c.indications, 'indication sets'], [c.provisions, 'provisions'], [c.gaps, 'gaps'], [c.withdrawn, 'withdrawals'],
    ];
    const does = parts.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`);
    out.push('', `${r.document} (${r.date ?? 'no date'}): ${does.length ? does.join(', ') : 'no change to the annex'}`);
    for (const w of r.withdrawn)
      out.push(
        w.document === r.document
          ? `withdrawn: ${w.abInitio ? 'none of its changes apply' : `its changes stop on ${w.date ?? '(unknown date)'}`}: ${w.reason}`
          : `${w.how} decree ${w.document} from ${w.date ?? '(unknown date)'}: ${w.abInitio ? 'its changes never applied' : 'its changes still in force are undone (below)'}`,
      );
  }
  section('Prestations added', d.added.map((p) => `${codes(p.codes)}${p.value ? ` ${p.value}` : ''}${p.label ? ` — ${p.label}` : ''}`));
  section('Prestations removed', d.removed.map((p) => `${codes(p.codes)}${p.value ? ` ${p.value}` : ''}${p.label ? ` — ${p.label}` : ''}`));
  section('Relative values changed', d.values.map((v) => `${codes(v.codes)}: ${v.old ?? '—'}${v.oldQuoted ? ' (as the decree quotes it)' : ''} → ${v.new ?? '—'}`));
  section('Labels changed', d.labels.map((l) => `${codes(l.codes)}: ${renderWords(l.words, st)}`));
  section(
    'Rules changed',
    d.rules.map((r) => `${codes(r.codes)} [${r.type}] ${r.change}: ${r.change === 'changed' ? renderWords(r.words, st) : (r.new ?? r.old ?? '')}`),
  );
  section(
    'Indications changed',
    d.indications.map(
      (i) =>
        `${codes(i.codes)} ${i.path} ${i.change}` +
        (i.conditions.length ? `: ${i.conditions.map(cond).join('; ')}` : '') +
        (i.words.length ? ` — ${renderWords(i.words, st)}` : ''),
    ),
  );
  if (r) {
    section('Prestations stated (first met here)', r.restated.map((p) => `${codes(p.codes)}${p.value ? ` ${p.value}` : ''}${p.label ? ` — ${p.label}` : ''}`));
    section('Words changed', r.words.map((w) => `${w.codes.length ? codes(w.codes) : `art. ${w.article ?? '?'} ${w.path.join(' ')}`.trim()}: ${renderWords(wordDiffOf(w.old, w.new), st)}`));
    section('Provisions', r.provisions.map((p) => `art. ${p.article ?? '?'} ${p.path.join(' ')} — ${short(p.snippet)}`));
    section('Changes not in this text', r.gaps.map((p) => `art. ${p.article ?? '?'} ${p.path.join(' ')} — ${short(p.snippet)}`));
    section('Replay notes', r.diagnostics.map((x) => `${x.severity} ${x.code}: ${x.message}`));
  }
  if (d.text) {
    section('Conditions changed in the text', d.text.conditions.map(cond));
    out.push('', st.h('Text (word diff)'), renderWords(d.text.words, st));
  }
  if (out.length === 1) out.push('', 'no differences');
  return out.join('\n') + '\n';
}

export function renderText(d: Diff, color = false): string {
  // (coloured for a terminal: the texts' own control characters made visible first, the colours are nomen's)
  return color ? render(visibleStrings(d), ansi) : render(d, plain);
}

export function renderMarkdown(d: Diff): string {
  return render(d, md);
}
