import type { Amendment, Prestation } from '../../../schema/document.js';
import type { DocumentStructure, Quote } from '../../../structure/types.js';
import type { Clause } from '../clauses.js';
import type { Construction } from './types.js';

/**
 * A point, § or article inserted, or completed, with text that holds
 * prestation lines (a code with its label and/or value): those prestations
 * enter the annex. `le a) est complété par ce qui suit : "589875-589886
 * Honoraires … Y 1"` inserts 589875-589886 (the completion is the
 * prestation); `il est inséré un § 2 bis rédigé comme suit : "…"` creates the
 * § (provision) and inserts the prestations it holds. A unit replaced by
 * text with prestation lines (`la rubrique "…" est remplacée par la
 * disposition suivante : "…"`) restates them: substitution/prestation.
 * The text may be the decree's own annex (`est remplacé par l'annexe du
 * présent arrêté`, `un article 24bis, figurant à l'annexe du présent
 * arrêté`): its prestations are the payload's (test/extract/amendments.test.ts
 * reads 2008022210, 2013022101 and 2013022580, and round 17's `le § 1er
 * reproduit en annexe au présent arrêté`, since an example cannot hold an
 * annex after the decree's last article).
 */
export const payloadPrestations: Construction = {
  id: 'payload-prestations',
  summary: 'a provision completed, inserted or replaced with prestation lines → insertion (substitution) of those prestations',
  examples: [
    {
      from: '2009022167',
      text: 'c) la rubrique " Traitements préventifs " est remplacée par la disposition suivante :\n\n" TRAITEMENTS PREVENTIFS\n\n371556-371560 * Examen buccal annuel . . . . . L 20\n\n371571-371582 * Détartrage par quadrant . . . . . N 15 "',
      reads: ['substitution/provision', 'substitution/prestation 371556-371560,371571-371582'],
    },
    {
      // seventh synthetic blind round (Q 2005096532): a heading replaced with the prestations under it (a unit of the
      // annex, not the heading's wording), unquoted or quoted; named without codes, repealed it is the unit only
      from: 'synthetic round 7, Q 2005096532',
      text: '3. dans la rubrique 7/HEMATOLOGIE, l\'intitulé 3/Coagulation et les prestations qui le suivent sont remplacés par ce qui suit :\n\n" 3/Coagulation\n\n552016-552020 Temps de Quick . . . . . B 75\n\n552031-552042 Temps de céphaline activée . . . . . B 75 ";\n\n4. l\'intitulé " Hémostase " et les prestations qu\'il comporte sont remplacés par ce qui suit :\n\n" Hémostase primaire\n\n552112-552123 Temps de saignement . . . . . B 40 ";\n\n5. l\'intitulé " Divers " et les prestations qui le suivent sont supprimés.',
      reads: ['substitution/provision', 'substitution/prestation 552016-552020,552031-552042', 'substitution/provision', 'substitution/prestation 552112-552123', 'repeal/provision'],
      never: ['substitution/words', 'repeal/prestation'],
    },
    {
      from: '2021030868',
      text: '1. le a) est complété par ce qui suit :\n\n" 589875-589886 Honoraires pour la mise à la disposition d\'un appareil . . . . . Y 1 "',
      reads: ['insertion/prestation 589875-589886'],
      never: ['insertion/provision'],
    },
    {
      // seventh synthetic blind round (Q 2018096883): the alinéa after a prestation (its rules) completed with a code
      // line inserts that prestation there; completed with rule text it stays a rule
      from: 'synthetic round 7, Q 2018096883',
      text: '3° le deuxième alinéa qui suit la prestation 558515-558526 est complété comme suit :\n\n"558530-558541\n\nSéance de rééducation multidisciplinaire d\'au moins 120 minutes . . . . . K 45".\n\n4° la règle d\'application qui suit la prestation 558552-558563 est complétée comme suit :\n\n" La prestation 558552-558563 ne peut être attestée qu\'une fois par jour. "',
      reads: ['insertion/prestation 558530-558541 @558515', 'insertion/rule 558552-558563 @558552'],
      never: ['insertion/rule 558515', 'insertion/prestation 558552'],
    },
    {
      // sixteenth synthetic blind round (AO 2011072031): `à la suite de la prestation X` places the insertion after X,
      // before the verb or after it
      from: 'synthetic round 16, AO 2011072031',
      text: '1° à la suite de la prestation 203162-203173, est insérée la prestation suivante :\n\n" 203184-203195 Tympanoplastie avec ossiculoplastie . . . . . K 180 ";\n\n2° la règle d\'application qui suit est ajoutée à la suite de la prestation 203140-203151 :\n\n" La prestation 203140-203151 ne peut pas être cumulée avec la prestation 203162-203173. ";',
      reads: ['insertion/prestation 203184-203195 @203162', 'insertion/rule 203140-203151 @203140'],
    },
    {
      from: '2010022214',
      text: '1. au § 1er, a) le point 1 est complété comme suit :\n\n" 469291-469302 Echographie du petit bassin, quelle que soit la technique . . . . . N 32 "',
      reads: ['insertion/prestation 469291-469302'],
    },
    {
      from: '2003022340',
      text: '1. il est inséré un § 2 bis rédigé comme suit :\n\n" § 2 bis Honoraires pour les médecins spécialistes en gériatrie\n\n203416 - 203420 Consultation au cabinet . . . . . N 20 "',
      reads: ['insertion/provision', 'insertion/prestation 203416-203420'],
    },
    {
      from: '2006022188',
      text: '12. au § 1er, le point E est complété par le point suivant :\n\n" 8. Gaines de moignons pour prothèses provisoires et définitives\n\n676535 Gaine de moignon en silicone . . . . . R 28 "',
      reads: ['insertion/provision', 'insertion/prestation 676535'],
    },
    {
      from: '2012022357',
      text: 'b) f)bis est complété par ce qui suit :\n\n477573 Examen neuropsychologique avec évaluation des fonctions cognitives . . . . . K 120\n\nc) f)ter est complété par ce qui suit :\n\n"477632-477643 Enregistrement de longue durée . . . . . K 60"',
      reads: ['insertion/prestation 477573', 'insertion/prestation 477632-477643'],
    },
    {
      // twelfth synthetic blind round (AA 2010090142): text added at a place named by its quoted headings, no unit named,
      // opening with a code line: the prestation is what is added (the headings are the place, not words)
      from: 'synthetic round 12, AA 2010090142',
      text: '1. au § 1er, sous l\'intitulé " E. Urologie ", intitulé " Catégorie 1b : ", il est ajouté ce qui suit :\n\n" 734042-734053 :\n\nEnsemble du matériel de consommation utilisé lors de la prestation 260105-260116 : U 96 ";\n\n2. au § 2, il est inséré ce qui suit :\n\n" 734064-734075 Matériel de consommation . . . . . U 40 "',
      reads: ['insertion/prestation 734042-734053', 'insertion/prestation 734064-734075'],
      never: ['insertion/words', 'insertion/provision'],
    },
    {
      // ninth synthetic blind round (T 2002093954, U 2010094362, U 2019094671): Justel erratum notes after a code line
      // (a pair an erratum put in parentheses, a bracketed code, a bracketed table cell): every line is inserted
      from: 'synthetic round 9, T 2002093954, U 2010094362, U 2019094671',
      text: '1. le § 2 est complété comme suit :\n\n" (258112 - 258123) <Err. M.B. 19-11-2002, p. 51304>\n\n```\n  Ablation d\'un cholesteatome de l\'oreille moyenne, avec\n   reconstruction de la chaine ossiculaire                          K 300\n```\n\n258134 - 258145\n\n```\n  Reprise chirurgicale d\'un cholesteatome                          K 250 "\n```\n\n2. la rubrique est complétée par les prestations suivantes :\n\n" 684515-684526\n\nCathéter de dilatation à ballonnet . . . . . U 180\n\n684530-[684541] <Erratum, M.B. 29-10-2010, p. 65204>\n\nCathéter de dilatation à ballonnet actif . . . . . U 410 ";\n\n3. le d) est complété par les prestations suivantes :\n\n| " 473244 | 473255 | Mesure de la capacité de diffusion | K | 20 |\n| --- | --- | --- | --- | --- |\n| 473266 | [473270] <Erratum, M.B. 14-06-2019, p. 58211> | Epreuve de provocation bronchique | K | 30 " |',
      reads: ['insertion/prestation 258112-258123,258134-258145', 'insertion/prestation 684515-684526,684530-684541', 'insertion/prestation 473244-473255,473266-473270'],
    },
    {
      // seventeenth synthetic blind round (AR 1999075034): the subject after the verb and `in fine`; a prestation added,
      // not a provision of the locator's paragraph
      from: 'synthetic round 17, AR 1999075034',
      text: 'A. au § 1er, B, 2, est ajoutée in fine la prestation suivante :\n\n" - 461355\n\nExamen échographique bilatéral des hanches du nouveau-né hospitalisé N 175 "',
      reads: ['insertion/prestation 461355'],
      never: ['insertion/provision'],
    },
    {
      // seventeenth synthetic blind round (AU 2002078013): a point completed with new subdivisions (`IV. …`, `V. …`)
      // holding code lines creates them (a provision) and inserts the prestations; completed with a code line only
      // (2021030868 above), the prestation is inserted alone
      from: 'synthetic round 17, AU 2002078013',
      text: '2° le 3° est complété comme suit :\n\n```\n  "               IV. Prestations effectuees aux beneficiaires\n                       hospitalises.\n          567431  Seance individuelle de kinesitherapie dans\n                   laquelle l\'apport personnel du kinesitherapeute\n                   atteint 30 minutes                                 M  23\n                  V. Prestations effectuees dans des centres de\n                      reeducation fonctionnelle.\n  567394  567405  Seance individuelle de kinesitherapie                M  23 "\n```',
      reads: ['insertion/provision', 'insertion/prestation 567431,567394-567405'],
    },
    {
      // the same with a new heading line over the code lines (nineteenth synthetic blind round, BC 2010079702)
      from: 'synthetic round 19, BC 2010079702',
      text: '2. Au § 1er, intitulé " D. OTO-RHINO-LARYNGOLOGIE ", l\'intitulé " Catégorie 3 " est complété comme suit :\n\n" Implant d\'oreille moyenne :\n\n682802-682813\n\nTransducteur implantable fixé à la chaîne ossiculaire, y compris le processeur externe . . . . . U 5900\n\n682824-682835\n\nRemplacement du processeur externe du transducteur implantable, au plus tôt 5 ans après la pose . . . . . U 1850 ";',
      reads: ['insertion/provision', 'insertion/prestation 682802-682813,682824-682835'],
    },
  ],
};

/** `est remplacé par l'annexe du présent arrêté`, `un article 24bis, figurant à l'annexe du présent arrêté`, `par le texte annexé au présent arrêté`, `par l'annexe jointe au présent arrêté`, `par le texte joint au présent arrêté`: the new text is the decree's annex. */
export const ANNEX_PAYLOAD_RE = /(?<!\p{L})(?:(?:par|à|dans|en)\s+l'annexe\s+(?:(?:ci-)?jointe\s+)?(?:du|au|de\s+ce)\s+présent\s+arrêté|(?:figurant|repris|reprise|reproduite?|joint|jointe|annexée?)\s+(?:à\s+l'|en\s+)annexe(?:\s+(?:du|au)\s+présent\s+arrêté)?|(?:jointe?s?|annexée?s?)\s+au\s+présent\s+arrêté)/iu;

/** Prestations defined in the decree's own annex (after its `Annexe` heading, past the last article). */
export function definedInAnnex(doc: DocumentStructure, prestations: readonly Prestation[]): Prestation[] {
  const from = annexStart(doc);
  return from === null ? [] : prestations.filter((p) => p.at.offset >= from);
}

const annexStarts = new WeakMap<DocumentStructure, number | null>();

/** Where the decree's annex begins (source offset of its `Annexe` heading past the last article), once per document: each clause giving the annex as its payload looked for it again through the rest of the text. */
function annexStart(doc: DocumentStructure): number | null {
  if (annexStarts.has(doc)) return annexStarts.get(doc)!;
  const t = doc.ingested.text;
  const lastArticle = doc.articles.length ? doc.articles[doc.articles.length - 1].start : 0;
  const heading = /^(?:#{1,6}\s*)?Annexes?\b[^\n]{0,40}$/gmu;
  heading.lastIndex = lastArticle;
  const m = heading.exec(t.text);
  const from = m ? t.originalOffset(m.index) : null;
  annexStarts.set(doc, from);
  return from;
}

/** Prestations whose code line stands inside the clause's payload quotes. */
export function definedIn(doc: DocumentStructure, payload: Quote[], prestations: readonly Prestation[]): Prestation[] {
  if (payload.length === 0) return [];
  const t = doc.ingested.text;
  const spans = payload.map((q) => [t.originalOffset(q.innerStart), t.originalOffset(Math.max(q.innerStart, q.innerEnd - 1)) + 1]);
  return prestations.filter((p) => spans.some(([s, e]) => p.at.offset >= s && p.at.offset < e));
}

/**
 * The insertion of a provision (or of words, when `complété par ce qui
 * suit` announces a whole text) whose payload defines prestations: for a
 * completion the prestations replace the provision reading; for an
 * insertion both are given.
 */
export function withPayloadPrestations(c: Clause, out: Amendment[], defined: Prestation[], mk: (codes: string[][]) => Amendment, addsText = false, opensUnit = false): Amendment[] {
  if (defined.length === 0 || (c.type !== 'insertion' && c.type !== 'substitution')) return out;
  if (out.some((a) => a.subject === 'prestation')) return out;
  const seen = new Set<string>();
  const codes = defined.map((p) => p.codes).filter((g) => !seen.has(g.join('-')) && seen.add(g.join('-')));
  const inserted = mk(codes.map((g) => [...g]));
  if (c.type === 'substitution') {
    // `la rubrique "…" est remplacée par la disposition suivante : "<code lines>"`: the unit is replaced and its prestations are restated
    return out.some((a) => a.type === 'substitution' && a.subject === 'provision' && a.codes.length === 0) ? [...out, inserted] : out;
  }
  // (`le deuxième alinéa qui suit la prestation X est complété comme suit : "Y <label> … K 45"`: the text after a
  // prestation, its rules, completed with a code line inserts that prestation there)
  // (`au § 1er, il est ajouté ce qui suit : "<code line> …"`: text added at a place, naming no unit, completes it too)
  const completion = /^complét/u.test(c.lemma) || addsText;
  const i = out.findIndex((a) => a.type === 'insertion' && (((a.subject === 'provision' || a.subject === 'words') && a.codes.length === 0) || (a.subject === 'rule' && completion)));
  if (i < 0) return out;
  // `le point E est complété par le point suivant : "8. …"`: the completion creates a unit too, as one whose text opens
  // with new subdivisions does (`le 3° est complété comme suit : "IV. Prestations effectuées … <code lines>"`)
  const completes = completion && !addsUnit(out[i]) && !opensUnit;
  return completes ? [...out.slice(0, i), inserted, ...out.slice(i + 1)] : [...out, inserted];
}

/** `… est complété par le point suivant`, `par un alinéa`: the completion adds a unit of the annex. */
function addsUnit(a: Amendment): boolean {
  return /(?<!\p{L})par\s+(?:le|la|un|une|les)\s+(?:nouve(?:l|au|lle)\s+)?(?:point|alinéa|§|paragraphe|littera|rubrique|article)s?(?!\p{L})/iu.test(a.at.snippet);
}
