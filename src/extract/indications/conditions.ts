import type { Condition } from '../../schema/rules.js';

/**
 * Numeric conditions in an indication's words: `T-score < -2.5`,
 * `entre 20 % et 60 %`, `plus de 8 semaines`, `≤ 3 cm`, `GFR < 60 ml/min`,
 * `période de 4 mois`. The verbatim words are kept with each condition.
 */

const NUMBER = String.raw`(-?\s?\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`(%|cm2|cm²|cm|mm|ml\/min(?:\/1[.,]73\s?m2)?|mg\/\S+|mg|kg|g\/dl|semaines?|jours?|mois|ans|années?|heures?|métastases?|tumeurs?|lésions?|dents?|vertèbres?)?`;

const TERM = /(T-score|Z-score|GFR|eGFR|DFG|IMC|BMI|HbA1c|FEVG|PSA|[A-Z]{2,}[\w-]*)(?![\s\S]*(?:T-score|Z-score|GFR|eGFR|DFG|IMC|BMI|HbA1c|FEVG|PSA))/u;
const FILLER = /\s+(?:de|d'|du|des|à|se\s+situe|est|sont|avec|un|une|le|la|les|au|aux|ayant|pendant|endéans|durant)\s*$/iu;

function num(s: string): number {
  return Number(s.replace(/\s/g, '').replace(',', '.'));
}

function quantityBefore(text: string, at: number): string | null {
  const clauseStart = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1), text.lastIndexOf('(', at - 1), 0);
  const window = text.slice(Math.max(clauseStart, at - 90), at);
  const term = TERM.exec(window);
  if (term) return term[1];
  let w = window.replace(/[,\s]+$/, '');
  for (let i = 0; i < 4 && FILLER.test(w); i++) w = w.replace(FILLER, '');
  const words = w.split(/\s+/).filter(Boolean).slice(-3);
  while (words.length && /^(?:de|d'|la|le|les|l'|une?|des|du|et|ou|soit|à|avec|[-•(:;,])$/iu.test(words[0])) words.shift();
  const q = words.join(' ').replace(/^[(,;:\s]+|[(,;:\s]+$/g, '');
  return q && /\p{L}{2,}/u.test(q) ? q : null;
}

const PATTERNS: Array<{ re: RegExp; comparator: Condition['comparator'] | 'between' }> = [
  { re: new RegExp(String.raw`entre\s+${NUMBER}\s*${UNIT}\s+et\s+${NUMBER}\s*${UNIT}`, 'giu'), comparator: 'between' },
  { re: new RegExp(String.raw`(?:<=|≤|inférieure?s?\s+ou\s+égale?s?\s+à|au\s+maximum|jusque\s+max|max(?:imum)?\.?|au\s+plus)\s*${NUMBER}\s*${UNIT}`, 'giu'), comparator: '<=' },
  { re: new RegExp(String.raw`(?:>=|≥|supérieure?s?\s+ou\s+égale?s?\s+à|au\s+moins|minimum|au\s+minimum)\s*${NUMBER}\s*${UNIT}`, 'giu'), comparator: '>=' },
  { re: new RegExp(String.raw`(?:<|inférieure?s?\s+à|moins\s+de)\s*${NUMBER}\s*${UNIT}`, 'giu'), comparator: '<' },
  { re: new RegExp(String.raw`(?:>|supérieure?s?\s+à|plus\s+de)\s*${NUMBER}\s*${UNIT}`, 'giu'), comparator: '>' },
  { re: new RegExp(String.raw`(?:période|délai)\s+de\s+${NUMBER}\s*${UNIT}`, 'giu'), comparator: '<=' },
  { re: new RegExp(String.raw`${NUMBER}\s*${UNIT}\s+au\s+minimum`, 'giu'), comparator: '>=' },
];

export function parseConditions(text: string): Condition[] {
  const found: Array<Condition & { at: number; end: number }> = [];
  for (const { re, comparator } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      if (comparator === 'between') {
        found.push({ quantity: quantityBefore(text, at), comparator: 'between', value: num(m[1]), max: num(m[3]), unit: m[4] ?? m[2] ?? null, text: m[0].trim(), at, end });
        continue;
      }
      const value = num(m[1]);
      if (Number.isNaN(value)) continue;
      const quantity = /^(?:période|délai)/iu.test(m[0]) ? m[0].split(/\s/)[0].toLowerCase() : quantityBefore(text, at);
      found.push({ quantity, comparator, value, unit: m[2] ?? null, text: m[0].trim(), at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _a, end: _e, ...c }) => c);
}
