// Turns a decree text copied from a refli.be page (raw/NUMAC.txt, first line
// "Texte NUMAC", article headings glued to their text, one paragraph per line)
// into Justel-shaped markdown (texts/NUMAC.md). Mechanical only: front matter,
// bold article headings, a space after a glued list marker, blank lines
// between paragraphs. The words themselves are not touched.
// usage: node convert.mjs NUMAC YYYY-MM-DD(date of the decree) ["title"]
import { readFileSync, writeFileSync } from 'node:fs';
const [numac, date, title = 'Arrêté royal modifiant l\'arrêté royal du 14 septembre 1984 établissant la nomenclature des prestations de santé en matière d\'assurance obligatoire soins de santé et indemnités'] = process.argv.slice(2);
if (!/^\d{10}$/.test(numac ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) { console.error('usage: node convert.mjs NUMAC YYYY-MM-DD ["title"]'); process.exit(2); }
const dir = new URL('.', import.meta.url).pathname;
const raw = readFileSync(`${dir}raw/${numac}.txt`, 'utf8').replace(/\r\n?/g, '\n');
const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l && !/^Texte \d{10}$/.test(l));
const out = lines.map((l) => {
  const art = /^(Article \d+(?:er)?|Art\. \d+(?:bis|ter)?)\.\s*/.exec(l);
  if (art) return `**${art[1]}.** ${l.slice(art[0].length)}`;
  return l.replace(/^(\d+°(?:bis|ter)?|[a-z]\)|\d+\)|\d+\.)(?=[^\s\d.,)])/, '$1 ');
});
const fm = ['---', `title-fr: "${title.replace(/"/g, '\\"')}"`, `date: ${date}`, `number: ${numac}`, 'publication:', 'starts:', '---', ''];
writeFileSync(`${dir}texts/${numac}.md`, fm.join('\n') + '\n' + out.join('\n\n') + '\n');
console.log(`texts/${numac}.md: ${out.length} paragraphs`);
