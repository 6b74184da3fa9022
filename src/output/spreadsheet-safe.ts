/**
 * A CSV cell a spreadsheet will not run. Excel, LibreOffice and Google Sheets read a cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)`, DDE `=cmd|…`): a decree's title or label, or a
 * base table's row, could carry one. Such a text cell gets a leading `'` (OWASP's CSV-injection advice), which
 * spreadsheets show as text; a number (`-5`, `+2.5`) is left alone. The exact text is in the JSON, JSON Lines and
 * SQLite outputs, and `fromSpreadsheetSafe` undoes it for a table nomen reads back (`--base`).
 */
// (after any quotes already there: a text that itself starts `'=` gets one more, so that reading back gives it whole)
const GUARDED = /^'*[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const guarded = (cell: string) => GUARDED.test(cell) && !NUMBER.test(cell.replace(/^'+/, ''));

export function spreadsheetSafe(cell: string): string {
  return guarded(cell) ? `'${cell}` : cell;
}

/** The cell spreadsheetSafe was given. */
export function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") && guarded(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * A CSV field needs quotes: a separator, a quote or a line break, and a `;` too (the list separator of Belgian locales,
 * where a spreadsheet may split on it, and start a cell at what follows).
 */
const NEEDS_QUOTES = /[",;\n\r]/;

/** One CSV field as the feed and `at --format csv` write it: safe from spreadsheets' formulas, quoted when it must be. */
export function csvField(raw: string): string {
  const s = spreadsheetSafe(raw);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
