import { describe, expect, it } from 'vitest';
import { readLocator } from '../../src/extract/rules/locators.js';
import { decree, rulesOfText, summary } from './load.js';

/** A reference as `§1/F/9°` paths (a dotted item as `4.`), or null. */
function read(sentence: string): string[] | null {
  const ref = readLocator(sentence);
  if (!ref) return null;
  const step = (s: NonNullable<ReturnType<typeof readLocator>>['paths'][number][number]) =>
    s.kind === 'paragraph' ? `§${s.label}` : s.kind === 'item' ? `${s.label}${s.dotted ? '.' : '°'}` : s.kind === 'letter' ? `${s.label})` : s.label;
  return ref.paths.map((p) => (ref.present ? 'présent:' : '') + p.map(step).join('/'));
}

describe('a reference to prestations by where the annex puts them is read whole', () => {
  it('a path of paragraph, point and items, in the ways drafters punctuate it', () => {
    expect(read('Les prestations visées au § 1er, F., 9° ne sont remboursées que sur prescription.')).toEqual(['§1/F/9°']);
    expect(read('Les prestations visées au § 1er, C, 4°, ne sont pas cumulables entre elles.')).toEqual(['§1/C/4°']);
    expect(read('Les prestations reprises au § 1er, point H., 2. sont délivrées par un bandagiste.')).toEqual(['§1/H/2.']);
    expect(read('Les prestations visées au § 1er, D., 2., 11° ne sont remboursées que …')).toEqual(['§1/D/2./11°']);
    expect(read("Il n'est attesté qu'une seule prestation du § 3, 5, par séance.")).toEqual(['§3/5.']);
    expect(read('Les prestations visées au § 2, 6°bis, ne sont attestables que …')).toEqual(['§2/6bis°']);
    expect(read('Les prestations du point C sont remboursées sous la forme d’un forfait.')).toEqual(['C']);
    expect(read('Les prestations visées au § 1er, II, ne sont remboursées que …')).toEqual(['§1/II']);
    // (a fixed-width table prints no accents: `du present b)` is `du présent b)`)
    expect(read('Les prestations du present b) ne peuvent etre attestees qu\'a domicile.')).toEqual(['présent:b)']);
  });

  it('any participle of the drafters, a singular subject, other nouns', () => {
    expect(read('Les prestations définies au § 2 ne donnent lieu à une intervention que …')).toEqual(['§2']);
    expect(read('Les prestations figurant au § 4 ne sont pas cumulables.')).toEqual(['§4']);
    expect(read('Chaque prestation du § 1er comprend le compte rendu.')).toEqual(['§1']);
    expect(read('Toute prestation décrite au § 3 inclut le matériel.')).toEqual(['§3']);
    expect(read('Les honoraires fixés au § 1er couvrent les frais de déplacement.')).toEqual(['§1']);
    expect(read('Les examens énumérés au 3° sont réservés aux radiologues.')).toEqual(['3°']);
  });

  it('a list or a range at its last step', () => {
    expect(read('Les prestations visées aux 2° à 5° ne sont remboursées que …')).toEqual(['2°', '3°', '4°', '5°']);
    expect(read('Les prestations visées aux b), c) et d) ne sont pas cumulables.')).toEqual(['b)', 'c)', 'd)']);
    expect(read('Les prestations visées aux points 2 à 3 ne sont cumulables qu’avec …')).toEqual(['2.', '3.']);
    expect(read('Les prestations visées aux points 1. et 4. sont réservées …')).toEqual(['1.', '4.']);
    expect(read('Les prestations du § 2, 1° et 3°, ne sont pas cumulables.')).toEqual(['§2/1°', '§2/3°']);
  });

  it('the paragraph or the item the sentence stands in', () => {
    expect(read('Les prestations du présent paragraphe ne sont remboursées que …')).toEqual(['présent:']);
    expect(read('Pour les prestations du présent 7°bis, la prescription mentionne …')).toEqual(['présent:7bis°']);
    expect(read('Les prestations reprises sous le présent point IV ne donnent lieu …')).toEqual(['présent:IV']);
  });

  it('not where only part of what it names would be read, nor another text’s', () => {
    expect(read('Les prestations visées au § 1er, rubrique "Orthèses du coude", ne sont délivrées que …')).toBeNull();
    expect(read('Les prestations reprises au § 2 sous l’intitulé " Accessoires " ne sont pas …')).toBeNull();
    expect(read('Une seule prestation du § 1er du présent article ou du § 2 de l’article 17 peut …')).toBeNull();
    expect(read('Les prestations visées au 4° de l’article 7 ne sont pas cumulables.')).toBeNull();
    expect(read('Les prestations visées au § 1er et au § 3 ne sont pas cumulables.')).toBeNull();
    // (second reader: another paragraph's item, a list cut short, a narrower part, another text)
    for (const s of [
      'Les prestations visées au 1° du § 1er ne sont remboursées que …',
      'Les prestations du point C du § 2 sont …',
      'Les prestations visées au § 1er, B, C et D, ne sont pas cumulables.',
      'Les prestations visées au § 1er, I à III, sont …',
      'Les prestations visées au point 2.1 sont …',
      'Les prestations du § 1er, alinéa 2, sont …',
      'Les prestations visées au § 1er de la loi du 14 juillet 1994 …',
      'Les prestations du présent paragraphe, 2°, sont …',
      'Les prestations visées aux ' + '1° à 30°, '.repeat(200) + '2° ne sont …',
    ]) expect(read(s), s.slice(0, 60)).toBeNull();
    // (`A l'exception` after the reference is no point A; `à l'exception`, `à condition`, `à raison`, `sous réserve` end it)
    expect(read("Les prestations visées au § 1er, A l'exception de la prestation 799105, ne sont …")).toEqual(['§1']);
    expect(read("Les prestations visées au § 1er, à l'exception de la prestation 799105, ne sont …")).toEqual(['§1']);
    expect(read('Les prestations visées au 3°, à condition que le bénéficiaire …')).toEqual(['3°']);
    expect(read("Les prestations visées au § 2, à raison d'une fois par an …")).toEqual(['§2']);
    expect(read("Les prestations du présent paragraphe, à l'exception de …")).toEqual(['présent:']);
    expect(read("Les prestations visées au § 2 sous réserve de l'accord du médecin-conseil …")).toEqual(['§2']);
    // (a point standing alone before the verb is more than was read: `, B ne sont`, `, D, E ne sont`)
    expect(read('Les prestations visées au § 1er, B ne sont pas …')).toBeNull();
    expect(read('Les prestations visées au § 1er, D, E ne sont pas …')).toBeNull();
    // (the first place named decides; a noun followed by no place is passed over)
    expect(read('Les prestations du groupe 2 et les prestations visées au § 3 ne sont pas …')).toEqual(['§3']);
  });
});

describe('the prestations a reference names are those of that place in the text at hand', () => {
  const text = decree(
    "**Article 1er.** L'article 29 de l'annexe est remplacé par ce qui suit :",
    '',
    '" Art. 29. § 1er. Orthèses :',
    '',
    'A. Orthèses du tronc',
    '',
    '1° Corsets',
    '',
    '473104 - 473115',
    '',
    'Corset en tissu élastique T 100',
    '',
    '2° Ceintures',
    '',
    '473126 - 473130',
    '',
    'Ceinture de soutien T 60',
    '',
    'B. Orthèses du membre supérieur',
    '',
    '1° Attelles',
    '',
    '473141 - 473152',
    '',
    'Attelle de la main T 80',
    '',
    '473163 - 473174',
    '',
    'Attelle du poignet T 90',
    '',
    '2° Gantelets',
    '',
    '473185 - 473196',
    '',
    'Gantelet de repos T 70',
    '',
    '§ 2. Les prestations visées au § 1er, B, 1°, ne sont pas cumulables entre elles au cours d’une même année civile.',
    '',
    '§ 3. Chaque prestation du § 1er comprend la prise de mesures et l’essayage.',
    '',
    '§ 4. Les prestations visées au § 1er, A, 1° et 2°, ne sont remboursées que sur prescription d’un médecin spécialiste en médecine physique. "',
  );
  const rules = summary(rulesOfText(text));

  it('a point’s item: its prestations only', () => {
    expect(rules).toContainEqual(['nonCumulation', '473141-473152 473163-473174']);
  });

  it('`chaque prestation du § 1er`: every prestation of the paragraph', () => {
    expect(rules).toContainEqual(['coverage', '473104-473115 473126-473130 473141-473152 473163-473174 473185-473196']);
  });

  it('a list of items: the prestations of each', () => {
    expect(rules).toContainEqual(['documentation', '473104-473115 473126-473130']);
  });
});
