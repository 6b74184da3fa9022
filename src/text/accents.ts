import { fastWordBoundaries } from './word-boundary.js';

/**
 * Patterns that read French printed with or without its accents. The
 * annex's fixed-width tables and some older decrees drop them (`peuvent
 * etre cumulees`, `une prescription par un medecin est exigee`): a rule
 * written that way is the same rule.
 */

const PLAIN: Readonly<Record<string, string>> = {
  é: 'e', è: 'e', ê: 'e', ë: 'e', à: 'a', â: 'a', î: 'i', ï: 'i', ô: 'o', û: 'u', ù: 'u', ç: 'c',
  É: 'E', È: 'E', Ê: 'E', À: 'A', Â: 'A', Î: 'I', Ô: 'O', Û: 'U', Ç: 'C',
};

/**
 * A regex source in which each accented letter also matches its plain
 * letter: `attestée` → `attest[ée]e`, `[ée]` stays, `[àù]` → `[àùau]`. A
 * negated class (`[^é]`) is left as written. A `\b` the next character
 * decides is written as its lookaround (fastWordBoundaries: exact, and much
 * faster under `iu`).
 */
export function accentTolerantSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      // the class, up to its unescaped `]`
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, j);
      let plain = '';
      if (!body.startsWith('^')) for (const ch of body) if (PLAIN[ch] && !body.includes(PLAIN[ch]) && !plain.includes(PLAIN[ch])) plain += PLAIN[ch];
      // (before a trailing `-`, which would otherwise make a range of it; an escaped `\-` is a dash already)
      const trailingDash = body.endsWith('-') && !/(?:^|[^\\])(?:\\\\)*\\-$/u.test(body);
      out += '[' + (trailingDash ? body.slice(0, -1) + plain + '-' : body + plain) + ']';
      i = j;
    } else {
      out += PLAIN[c] ? `[${c}${PLAIN[c]}]` : c;
    }
  }
  return fastWordBoundaries(out);
}

/**
 * The substitutions of a call site, compared part by part: a constant is the
 * same string each call, found equal without reading it (joining them, `NUM`
 * and its like, built a long string per match tried, 1-2 % of a parse).
 */
function sameParts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A template tag for accent-tolerant regexes with the given flags:
 * ci`être\s+cumulée` matches `être cumulée` and `etre cumulee`. Each call
 * site compiles once (a tagged template passes the same strings object every
 * time), so substitutions must be constants (`${NUM}`). The source is the
 * template's raw text, as in a regex literal. A global or sticky regex is
 * handed back with lastIndex 0.
 */
export function accentTolerant(flags: string): (strings: TemplateStringsArray, ...parts: string[]) => RegExp {
  // (whether the pattern keeps a lastIndex to reset, asked once: the flag getters cost as much as the rest of a call,
  // and the rule typers make some 44,000 calls per corpus parse)
  const compiled = new WeakMap<TemplateStringsArray, { re: RegExp; parts: string[]; reset: boolean }>();
  return (strings, ...parts) => {
    let entry = compiled.get(strings);
    if (!entry) {
      const re = new RegExp(accentTolerantSource(String.raw({ raw: strings.raw }, ...parts)), flags);
      entry = { re, parts, reset: re.global || re.sticky };
      compiled.set(strings, entry);
    } else if (!sameParts(entry.parts, parts)) {
      throw new Error('accentTolerant: a substitution changed at the same call site (they must be constants)');
    }
    const re = entry.re;
    if (entry.reset) re.lastIndex = 0;
    return re;
  };
}
