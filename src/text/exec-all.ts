/**
 * The matches `[...s.matchAll(re)]` gives, found by `re` itself. matchAll
 * clones its pattern at every call (a lookup of the pattern's source in
 * V8's regexp cache), and a clone is compiled again whenever a collection
 * has emptied that cache: for the amendment reader's large patterns, run
 * once per clause, that was a cost of its own. Same matches, same order:
 * from `re.lastIndex`, past an empty match by one character (one code point
 * under `u` or `v`), and `re.lastIndex` is left as it was. `re` must be
 * global, as matchAll requires.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll: the pattern must be global');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** AdvanceStringIndex: the next index, past a surrogate pair under `u`. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
