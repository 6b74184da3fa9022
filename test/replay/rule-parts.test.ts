import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/pipeline/parse.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { replay } from '../../src/replay/replay.js';

const decree = (id: string, date: string, body: string) =>
  parseSource(makeSourceFile(`${id}.md`, new TextEncoder().encode(`---\nnumber: ${id}\nstarts: ${date}\n---\n\n**Article 1er.** A l'article 12, § 1er, de l'annexe à l'arrêté royal du 14 septembre 1984 établissant la nomenclature des prestations de santé, sont apportées les modifications suivantes :\n\n${body}\n`)));

describe('a rule repeal that names one part of several rules by its place', () => {
  const first = decree('2010000001', '2010-01-01', `1° la prestation et les règles d'application suivantes sont insérées après la prestation 201412-201423 :\n\n" 201434-201445 Consultation de suivi . . . . . K 20\n\nLa prestation 201434-201445 ne peut être attestée qu'une fois par jour.\n\nLa prestation 201434-201445 n'est pas cumulable avec la prestation 201412-201423.\n\nLa prestation 201434-201445 est remboursée sur prescription. "`);
  const openRules = (docs: ReturnType<typeof decree>[]) => {
    const r = replay(docs);
    const g = r.state.groups.find((x) => x.key === '201434-201445')!;
    return { open: g.rules.filter((v) => v.to === null).length, codes: r.diagnostics.map((d) => d.code) };
  };

  it("`l'alinéa 3 est abrogé` in the rules after X closes none of them rather than all, and says so", () => {
    const before = openRules([first]).open;
    expect(before).toBeGreaterThan(1);
    const second = decree('2012000001', '2012-01-01', `1° au § 1er, dans les règles d'application qui suivent la prestation 201434-201445, l'alinéa 3 est abrogé;`);
    expect(second.amendments.map((a) => [a.type, a.subject, a.target.anchorText])).toEqual([['repeal', 'rule', "l'alinéa 3"]]);
    const after = openRules([first, second]);
    expect(after.open).toBe(before);
    expect(after.codes).toContain('replay/rule-part-unapplied');
  });

  it("`les règles d'application qui suivent la prestation X sont abrogées` still closes them all", () => {
    const second = decree('2012000001', '2012-01-01', `1° les règles d'application qui suivent la prestation 201434-201445 sont abrogées;`);
    expect(openRules([first, second]).open).toBe(0);
  });
});
