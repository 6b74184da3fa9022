/**
 * Dates as the sources write them: YAML front matter values (strings in
 * several layouts; the YAML 1.2 reader keeps unquoted dates as strings, so an
 * impossible `2024-02-30` is reported, never rolled over; a JS Date is still
 * accepted from callers that build front matter themselves)
 * and French prose (`1er janvier 2003`, `18 octobre 2002`).
 */

export const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

/** `YYYY-MM-DD` when the triple is a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A front-matter date value → ISO, or null when it is not one date.
 * A Date (from a caller's own front matter) is read in UTC so the day never
 * shifts with the machine's time zone.
 */
export function frontMatterDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T00:00:00(?:\.000)?Z)?$/.exec(s);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return isoDate(+m[3], +m[2], +m[1]);
  return frenchDate(s)?.iso ?? null;
}

/**
 * A front-matter value as text, for messages and emptiness checks. The value
 * is the file's to choose (a mapping, a list, `{toString: 1}`): never call
 * its own conversions.
 */
export function frontMatterText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? '';
  } catch {
    return '(unprintable value)';
  }
}

/** Every date-looking token of a front-matter value (`1999-05-01, 1999-07-01`). */
export function frontMatterDates(value: unknown): string[] {
  const one = frontMatterDate(value);
  if (one) return [one];
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;]\s*|\s+et\s+/)
    .map((p) => frontMatterDate(p))
    .filter((d): d is string => d !== null);
}

/** `1er janvier 2003`, `1 novembre 2024`, `18 octobre 2002` (anywhere in `s`). */
export const FRENCH_DATE_RE = /(?<!\w)(\d{1,2})(?:er|ᵉʳ)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(\d{4})\b/iu;

export function frenchDate(s: string): { iso: string; index: number; length: number } | null {
  const m = FRENCH_DATE_RE.exec(s);
  if (!m) return null;
  const month = FRENCH_MONTHS[m[2].toLowerCase().replace('û', 'u')];
  const iso = isoDate(+m[3], month, +m[1]);
  return iso ? { iso, index: m.index, length: m[0].length } : null;
}

/** First day of the month `months` after the month of `iso`. */
export function firstDayOfMonthAfter(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** French ordinals as the decrees spell them, for `le deuxième mois`, `le dixième jour`. */
export const FRENCH_ORDINALS: Record<string, number> = {
  premier: 1,
  première: 1,
  deuxième: 2,
  second: 2,
  seconde: 2,
  troisième: 3,
  quatrième: 4,
  cinquième: 5,
  sixième: 6,
  septième: 7,
  huitième: 8,
  neuvième: 9,
  dixième: 10,
  onzième: 11,
  douzième: 12,
  treizième: 13,
  quatorzième: 14,
  quinzième: 15,
  seizième: 16,
  vingtième: 20,
  trentième: 30,
  quarantième: 40,
  cinquantième: 50,
};

/** `deuxième` → 2, `10e`/`10ème` → 10, else null. */
export function frenchOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  if (w in FRENCH_ORDINALS) return FRENCH_ORDINALS[w];
  const m = /^(\d{1,3})(?:e|è|ème|eme|er)$/.exec(w);
  return m ? Number(m[1]) : null;
}
