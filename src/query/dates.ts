import { isoDate } from '../extract/french-dates.js';

/** A `YYYY-MM-DD` that is a real calendar day (`2025-02-30`, `2025-13-01` are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoDate(+m[1], +m[2], +m[3]) === s;
}

/** Why a date argument is refused, or null when it is a real day. */
export function dateProblem(s: string | undefined): string | null {
  if (s === undefined) return 'a DATE (YYYY-MM-DD) is needed';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return `${JSON.stringify(s)} is not a date as YYYY-MM-DD`;
  if (!isCalendarDate(s)) return `${s} is not a calendar date (no such day)`;
  return null;
}
