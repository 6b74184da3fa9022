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
const cond = (c: ConditionChange) => `${c.quantity}: ${c.old ?? '—'} → ${c.new ?? '—'}`;

function render(d: Diff, st: Style): string {
  const out: string[] = [st === md ? `# ${d.from} → ${d.to}` : `${d.from} → ${d.to}`];
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', st.h(`${title} (${lines.length})`), ...lines.map((l) => st.item + l));
  };
  section('Prestations added', d.added.map((p) => `${codes(p.codes)}${p.value ? ` ${p.value}` : ''}${p.label ? ` — ${p.label}` : ''}`));
  section('Prestations removed', d.removed.map((p) => `${codes(p.codes)}${p.value ? ` ${p.value}` : ''}${p.label ? ` — ${p.label}` : ''}`));
  section('Relative values changed', d.values.map((v) => `${codes(v.codes)}: ${v.old ?? '—'} → ${v.new ?? '—'}`));
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
  if (d.text) {
    section('Conditions changed in the text', d.text.conditions.map(cond));
    out.push('', st.h('Text (word diff)'), renderWords(d.text.words, st));
  }
  if (out.length === 1) out.push('', 'no differences');
  return out.join('\n') + '\n';
}

export function renderText(d: Diff, color = false): string {
  return render(d, color ? ansi : plain);
}

export function renderMarkdown(d: Diff): string {
  return render(d, md);
}
