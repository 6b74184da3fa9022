/** Escaping and the page frame every review page shares: plain HTML and one stylesheet, readable without JavaScript. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function page(title: string, body: string, depth: number): string {
  const up = '../'.repeat(depth);
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${up}style.css">
</head>
<body>
<nav><a href="${up}index.html">Décrets</a></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

export const STYLE = `body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1b1b1b; }
nav { background: #23395d; padding: .5em 1em; } nav a { color: #fff; }
main { max-width: 80em; margin: 0 auto; padding: 1em; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .25em .5em; border-bottom: 1px solid #ddd; vertical-align: top; }
.columns { display: grid; grid-template-columns: minmax(20em, 1fr) minmax(24em, 1.3fr); gap: 1.5em; }
.facts li { margin: .2em 0; } .sev-error { color: #a40000; } .sev-warning { color: #8a5a00; } .sev-info { color: #555; }
pre.source { white-space: pre-wrap; font: 13px/1.5 ui-monospace, monospace; background: #fafafa; border: 1px solid #ddd; padding: .5em; }
.line { display: block; padding-left: 4em; text-indent: -4em; } .line .n { color: #999; display: inline-block; width: 3.5em; text-indent: 0; }
.line.fact { background: #fff7d6; } mark { background: #ffe27a; }
.line:target { background: #ffd54a; outline: 2px solid #c28a00; }
del { background: #fdd; } ins { background: #dfd; text-decoration: none; }
.muted { color: #666; }
`;
