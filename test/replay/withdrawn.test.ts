import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { command as parseCommand } from '../../src/commands/parse.js';
import { parseFile } from '../../src/pipeline/parse.js';
import { replay } from '../../src/replay/replay.js';
import { versionAt } from '../../src/replay/state.js';
import { NomenclatureDocument } from '../../src/schema/document.js';
import { Withdrawn } from '../../src/schema/replay.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const parse = (id: string) => parseFile(join(corpus, `${id}.md`));

describe.runIf(existsSync(corpus))('withdrawn and repealed decrees (corpus)', () => {
  it('a body that is only Justel\'s withdrawal note is a document that says so, not a no-article error', async () => {
    const cases: [string, string, string, string, boolean][] = [
      ['1997022272', 'withdrawn', 'Rapporté', '1997-06-01', true],
      ['2000022696', 'withdrawn', 'Rapporté', '1997-06-01', true],
      ['2011022073', 'repealed', 'Abrogé', '2012-12-30', true],
      ['2013022011', 'withdrawn', 'Retiré par', '2013-02-01', true],
    ];
    for (const [id, state, note, date, abInitio] of cases) {
      const d = NomenclatureDocument.parse(await parse(id));
      expect(d.document.status, id).toMatchObject({ state, note, date, abInitio });
      expect(d.amendments).toEqual([]);
    }
    expect((await parse('2011022073')).document.status).toMatchObject({ by: 'AR 2013-02-19/13, art. 1', byCase: '2013-02-19/13' });
    let text = '';
    expect(await parseCommand.run([join(corpus, '1997022272.md'), join(corpus, '2013022102.md')], { stdout: (s) => (text += s), stderr: (s) => (text += s), isTTY: false })).toBe(0);
    expect(text).toContain('status     withdrawn (Rapporté AR 2000-09-03/38, art. 3) from 1997-06-01: none of its changes apply');
    expect(text).toContain('repeals    repealed the decree of 2011-02-09 modifiant');
  });

  it('2013022102 repeals the decree of 9 February 2011 (2011022073), which never applied: said in both change sets, no annex article 2 repealed', async () => {
    const [repealer, repealed] = await Promise.all([parse('2013022102'), parse('2011022073')]);
    expect(repealer.document.repeals).toEqual([
      expect.objectContaining({ kind: 'arrete-royal', signed: '2011-02-09', published: '2011-03-03', page: 14648, verb: 'repealed', id: '2011022073' }),
    ]);
    const r = replay([repealer, repealed]);
    const of = (id: string) => r.changeSets.find((c) => c.document.id === id)!;
    for (const id of ['2013022102', '2011022073']) {
      const w = of(id).changes.filter((c) => c.kind === 'withdrawn').map((c) => Withdrawn.parse(c.new));
      expect(w, id).toEqual([expect.objectContaining({ document: '2011022073', date: '2012-12-30', abInitio: true, by: '2013022102' })]);
    }
    // the sentence repeals a decree, not a provision of the annex
    expect(of('2013022102').changes.filter((c) => c.kind === 'provision')).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'replay/withdrawn')?.document).toBe('2011022073');
  });

  it('a decree named inside another sentence is not a decree repealed (2013022014 art. 3: `modifié en dernier lieu par l\'arrêté royal du 20 septembre 2012, l\'alinéa 2 … est abrogé`)', async () => {
    const d = await parse('2013022014');
    expect(d.document.repeals).toBeUndefined();
  });

  it('a decree repealed after it came into force: its changes stop on that date, later decrees still apply (2002022476, 2003022342, 2017040354)', async () => {
    const [ins, words, value, repealer] = await Promise.all(['2002022476', '2003022342', '2017040354', '2013022102'].map(parse));
    // 2013022102's repeal sentence pointed at 2003022342 (labels of 461215-461226 changed on 2003-04-01), in force 2010-01-01
    const r0 = repealer.document.repeals![0];
    const rep: typeof repealer = {
      ...repealer,
      document: { ...repealer.document, entryIntoForce: { ...repealer.document.entryIntoForce, date: '2010-01-01' }, repeals: [{ ...r0, signed: words.document.signed!, published: words.document.published, id: null }] },
    };
    const r = replay([ins, words, value, rep]);
    const g = r.state.groups.find((x) => x.key === '461215-461226')!;
    const before = versionAt(g.label, '2003-01-01')!.value;
    expect(versionAt(g.label, '2005-01-01')!.value).not.toBe(before);
    expect(versionAt(g.label, '2011-01-01')!.value).toBe(before);
    expect(versionAt(g.label, '2011-01-01')!.source.document).toBe('2013022102');
    // the value set by the 2017 decree is not touched
    expect(versionAt(g.value, '2018-01-01')!.source.document).toBe('2017040354');
    const cs = r.changeSets.find((c) => c.document.id === '2013022102')!;
    expect(cs.changes.find((c) => c.kind === 'withdrawn')?.new).toMatchObject({ document: '2003022342', date: '2010-01-01', abInitio: false });
    expect(cs.changes.filter((c) => c.kind === 'label').map((c) => c.codes.join('-'))).toContain('461215-461226');
  });
});
