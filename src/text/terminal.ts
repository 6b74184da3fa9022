/**
 * Text for a terminal, with the control characters an input may carry made visible: a file name or a front-matter title
 * holding ESC and BEL (`\e]0;…\a\e[2J`) would otherwise set the terminal's title, clear it or hide lines of the report.
 * Newlines and tabs stay; so does the one sequence nomen itself writes, the progress line's `\r` + clear line.
 */
const OWN = '\r\x1b[2K';
// (C0 but tab and newline, DEL, and C1, whose 0x9b is a CSI on some terminals)
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function forTerminal(s: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(s)) return s;
  return s
    .split(OWN)
    .map((piece) => piece.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))
    .join(OWN);
}
