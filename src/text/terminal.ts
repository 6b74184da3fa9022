/**
 * Text for a terminal, with its control characters made visible (`\x1b`): a file name or a front-matter title holding
 * ESC and BEL (`\e]0;…\a\e[2J`) would otherwise set the terminal's title, clear it or hide lines of the report. Newlines
 * and tabs stay. nomen's own sequences (the progress line, the colours of `diff`) are written as `styled` output, whose
 * input-derived parts were made visible first (CommandIO).
 */
// (C0 but tab and newline, DEL, and C1, whose 0x9b is a CSI on some terminals)
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function visibleControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Every string of a JSON-like value made visible: a diff's texts before they are coloured. */
export function visibleStrings<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? visibleControls(v) : v)) as T;
}
