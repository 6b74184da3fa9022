import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline/parse.js';
import { replay } from '../../src/replay/replay.js';
import { findGroup } from '../../src/query/history.js';

const decree = (numac: string, starts: string, body: string) =>
  Buffer.from(`---\nnumber: ${numac}\nstarts: ${starts}\n---\n\n**Article 1er.** A l'article 14 de l'annexe à l'arrêté royal du 14 septembre 1984, sont apportées les modifications suivantes :\n\n${body}\n`);

/** Words edited inside a label (the amendments issue's convention): the replay edits the known label, insertions too. */
describe('label edits by words', () => {
  it('inserts, replaces and deletes words in the known label, each a change', async () => {
    const a = await parseBytes('a.md', decree('2001000001', '2001-01-01', '1. la prestation suivante est insérée après la prestation 311356 - 311360 :\n\n" 258112-258123 Evidement ganglionnaire cervical unilatéral . . . . . K 300 "'));
    const b = await parseBytes('b.md', decree('2002000001', '2002-01-01', '1. le libellé de la prestation 258112-258123 est complété par les mots " fonctionnel ";\n\n2. dans le libellé de la prestation 258112-258123, le mot " cervical " est remplacé par le mot " du cou ";\n\n3. dans le libellé de la prestation 258112-258123, le mot " unilatéral " est supprimé.'));
    expect(b.amendments.map((x) => `${x.subject}/${x.wordsEdit}`)).toEqual(['label/insertion', 'label/substitution', 'label/repeal']);
    const r = replay([a, b]);
    const g = findGroup(r.state, '258112')!;
    expect(g.label.map((v) => v.value)).toEqual([
      'Evidement ganglionnaire cervical unilatéral',
      'Evidement ganglionnaire cervical unilatéral fonctionnel',
      'Evidement ganglionnaire du cou unilatéral fonctionnel',
      'Evidement ganglionnaire du cou fonctionnel',
    ]);
  });
  it('says so when the words that place an insertion are not in the label', async () => {
    const a = await parseBytes('a.md', decree('2001000001', '2001-01-01', '1. la prestation suivante est insérée après la prestation 311356 - 311360 :\n\n" 258112-258123 Evidement ganglionnaire . . . . . K 300 "'));
    const b = await parseBytes('b.md', decree('2002000001', '2002-01-01', '1. dans le libellé de la prestation 258112-258123, le mot " radical " est inséré après le mot " cervical ".'));
    const r = replay([a, b]);
    expect(r.diagnostics.map((d) => d.code)).toContain('replay/words-unapplied');
  });
});
