/**
 * A CSV cell a spreadsheet will not run. Excel, LibreOffice and Google Sheets read a cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)`, DDE `=cmd|…`): a decree's title or label, or a
 * base table's row, could carry one. Such a text cell gets a leading `'` (OWASP's CSV-injection advice), which
 * spreadsheets show as text; a number (`-5`, `+2.5`) is left alone. The exact text is in the JSON, JSON Lines and
 * SQLite outputs, and `fromSpreadsheetSafe` undoes it for a table nomen reads back (`--base`).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The cell spreadsheetSafe was given. */
export function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) && !NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
