import type { CodeGroupState, NomenclatureState, SourceRef, Version } from '../schema/replay.js';

/**
 * The working state of a replay: code groups keyed by their codes, with an
 * index from every single code to its group, so `460412` alone finds the
 * pair `460412-460423`.
 */
export class WorkingState {
  readonly groups = new Map<string, CodeGroupState>();
  private readonly byCode = new Map<string, string>();

  /** A working state over a written state's groups, copied unless `own` (the caller gives them up). */
  static from(state: Pick<NomenclatureState, 'groups'> | null, own = false): WorkingState {
    const w = new WorkingState();
    for (const g of state?.groups ?? []) w.add(own ? g : structuredClone(g));
    return w;
  }

  /** A working state over a checkpoint's groups, which it takes over (empty ones too). */
  static fromGroups(groups: CodeGroupState[]): WorkingState {
    const w = new WorkingState();
    for (const g of groups) w.add(g);
    return w;
  }

  private add(g: CodeGroupState): void {
    this.groups.set(g.key, g);
    for (const c of g.codes) this.byCode.set(c, g.key);
  }

  /** The group a code list names, without creating it. */
  find(codes: string[]): CodeGroupState | null {
    const key = groupKey(codes);
    const exact = this.groups.get(key);
    if (exact) return exact;
    for (const c of codes) {
      const k = this.byCode.get(c);
      if (k) return this.groups.get(k) ?? null;
    }
    return null;
  }

  /**
   * The group for `codes`, created empty when unknown. A pair met after one
   * of its codes was seen alone takes the single group over.
   */
  resolve(codes: string[]): { group: CodeGroupState; created: boolean } {
    const found = this.find(codes);
    if (found) {
      if (codes.length === 2 && found.codes.length === 1 && codes.includes(found.codes[0])) {
        this.groups.delete(found.key);
        found.codes = [...codes];
        found.key = groupKey(codes);
        this.add(found);
      }
      return { group: found, created: false };
    }
    const g: CodeGroupState = { key: groupKey(codes), codes: [...codes], status: [], label: [], value: [], rules: [], indications: [] };
    this.add(g);
    return { group: g, created: true };
  }

  toState(documents: NomenclatureState['documents'], diagnostics: NomenclatureState['diagnostics']): NomenclatureState {
    const groups = [...this.groups.values()].filter((g) => g.status.length || g.label.length || g.value.length || g.rules.length || g.indications.length);
    groups.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { documents, groups, diagnostics };
  }
}

/** `589676-589680` for a pair, `688472` for a single code. */
export function groupKey(codes: string[]): string {
  return codes.join('-');
}

/** The version open at the end of the history (to === null), if any. */
export function current<T>(history: Version<T>[]): Version<T> | null {
  const last = history[history.length - 1];
  return last && last.to === null && last.closedBy === null ? last : null;
}

/** Close the open version of a history at `date`. */
export function close<T>(history: Version<T>[], date: string | null, by: SourceRef): Version<T> | null {
  const cur = current(history);
  if (cur) {
    cur.to = date;
    cur.closedBy = by;
  }
  return cur;
}

/** Close the open version (if any) and open a new one from `date`. */
export function open<T>(history: Version<T>[], value: T, date: string | null, by: SourceRef, knownSince = false): Version<T> {
  close(history, date, by);
  const v: Version<T> = { from: date, to: null, knownSince, value, source: by, closedBy: null };
  history.push(v);
  return v;
}

/** Is the group in force after the last replayed document? */
export function statusOf(g: CodeGroupState): 'in-force' | 'repealed' | 'unknown' {
  const s = current(g.status);
  if (s) return s.value;
  return g.status.length ? 'repealed' : 'unknown';
}

/**
 * The version of a history in force on `date`. Versions set by undated
 * documents never match; a version they closed (to null, closedBy set)
 * still counts, since when it ended is unknown.
 */
export function versionAt<T>(history: Version<T>[], date: string): Version<T> | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const v = history[i];
    if (v.from !== null && v.from <= date && (v.to === null || v.to > date)) return v;
  }
  return null;
}
