/**
 * What an amending clause changes, read from its grammatical subject. The
 * subject is the last comma-separated segment before the verb (`Au § 1er,
 * dans le libellé de la prestation X, les mots "…" sont remplacés` → `les
 * mots "…"`), or the phrase after the verb in inverted clauses (`il est
 * inséré un § 16`, `sont supprimés les mots "…"`).
 */
export type Subject = 'prestation' | 'relativeValue' | 'label' | 'rule' | 'words' | 'provision';

/** Nouns of quoted wording: `les mots "…"`, `la disposition "…"`, `le chiffre "…"`. */
export const WORDS_NOUN_RE =
  /\b(?:(?:les?|des|du)\s+(?:mots?|termes?)|la\s+(?:phrase|lettre|mention|disposition|indication|date|ligne|partie\s+de\s+phrase|référence|abréviation|valeur)|l'(?:indication|expression|abréviation|intitulé|adjectif)|l[ea]\s+(?:chiffre|nombre|montant|signe|symbole|pourcentage|texte|numéro|code)|les\s+(?:chiffres|nombres|dispositions|signes|numéros|indications|lettres|phrases))\s*(?:suivante?s?\s*)?(?::\s*)?"/giu;
const WORDS_PLAIN_RE = /\b(?:les?\s+mots?|les?\s+termes?)\b(?:\s+suivants?)?/iu;
const VALUE_RE = /\bvaleurs?\s+relatives?\b/iu;
const LABEL_RE = /\blibellés?(?!\p{L})/iu;
const RULE_RE = /\brègles?\s+d'application\b|\b(?:la|les)\s+(?:\S+\s+)?règles?\s+(?:de\s+cumul\s+|diagnostiques?\s+)?(?:n°\s*)?\d+\b|\btexte\s+de\s+la\s+règle\b/iu;
const RENUMBER_RE = /\bnuméros?\s+(?:d'ordre|de\s+code)\b/iu;
/** `la prestation suivante`, `les prestations 310730-310741, …` as the head noun (not `de la prestation …`). */
const PRESTATION_HEAD_RE =
  /(?:^|[\s,(])(?:(?:la|les|une|des|cette|ces|deux|trois|quatre|cinq|\d+|nouvelles?)\s+)?(?:(?:intitulés?|sous-rubriques?|rubriques?)\s+(?:et\s+(?:la|les)\s+)?)?prestations?\b(?!\s+(?:de|d'|du)\s)/iu;
const PROVISION_RE =
  /§|\balinéas?\b|\bpoints?\b|\barticles?\b|\bdispositions?\b|\bintitulés?(?!\p{L})|\btitres?\b|\bphrases?\b|\btirets?\b|\blittera\b|\brubriques?\b|\bsous-rubriques?\b|\bchapitres?\b|\bsections?\b|\bcatégories?\b|\btexte\b|\blistes?\b|\btableaux?\b|\bannexes?\b|\b\d{1,2}°|(?:^|\s)(?:le|la|au)\s+[a-z]\)|\bcritères?\b|\bconditions?\b|\bnotes?\b|\bremarques?\b|\bpréambule\b|\bdéfinitions?\b/iu;

/** Positional phrases that name an anchor, not the subject: `après la prestation 310855 - 310866`. */
const ANCHOR_PHRASE_RE = /\b(?:après|avant|entre|qui\s+(?:suit|suivent|précède|précèdent)|suivant|précédant)\s+(?:la|les|le|cette\s+dernière)?\s*(?:prestations?|n°)?\s*(?:n°\s*)?[\d\s\-–,et]*\d{6}/giu;

export interface SubjectReading {
  subjects: Subject[];
  /** the subject phrase as written (for messages) */
  phrase: string;
  /** subject phrase start, relative to the clause */
  offset: number;
}

/** The subject segment: the last segment of `pre` that names something, else the phrase after the verb. */
export function subjectPhrase(pre: string, post: string): { phrase: string; offset: number; inverted: boolean } {
  const cleaned = pre.replace(/\s+$/, '');
  const segs: { s: string; at: number }[] = [];
  let at = 0;
  for (const part of cleaned.split(/,\s+/)) {
    segs.push({ s: part, at });
    at += part.length + 2;
  }
  // `le § 1er, E., 2., est modifié`: walk back over segments that are bare path markers
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i].s.trim();
    if (/\p{L}{2,}|§|\d{6}/u.test(s) && !/^(?:E|[IVX]+|[A-Z])\.$/u.test(s)) {
      const joined = segs.slice(i).map((x) => x.s).join(', ');
      if (/^(?:et|puis)?\s*(?:il|il\s+y)\s*$/iu.test(s)) break;
      return { phrase: joined, offset: segs[i].at, inverted: false };
    }
  }
  return { phrase: post.slice(0, 200), offset: pre.length, inverted: true };
}

/** What the clause changes; `[]` when nothing in the subject says it. */
/** `modifié par les arrêtés royaux des 30 et 31 janvier 1986, … et 22 août 2002`: history, not the subject. */
const HISTORY_RE =
  /(?:modifi|insér|remplac|rétabli|renumérot|abrog)\p{L}*\s+(?:en\s+dernier\s+lieu\s+)?par\s+(?:l'arrêté|les\s+arrêtés|la\s+loi|les\s+lois|l'AR)\s+(?:royaux?\s+|royal\s+|ministériels?\s+)?(?:du|des)\s+(?:\d{1,2}(?:er)?\s+(?:et\s+\d{1,2}(?:er)?\s+)?\p{L}+\s+\d{4}(?:\s*,\s*|\s+et\s+)?)+/giu;

export function readSubject(pre: string, post: string, payloadHasCodes: boolean): SubjectReading {
  pre = pre.replace(HISTORY_RE, (m) => ' '.repeat(m.length));
  let { phrase, offset, inverted } = subjectPhrase(pre, post);
  // `il est inséré un § 16`, `sont supprimés les mots "…"`: the subject follows the verb
  if (!inverted && /^(?:.*\b(?:il|y|et)\s*)$/iu.test(phrase.trim())) {
    phrase = post.slice(0, 200);
    offset = pre.length;
    inverted = true;
  }
  const head = phrase.replace(ANCHOR_PHRASE_RE, ' ');
  const out: Subject[] = [];
  WORDS_NOUN_RE.lastIndex = 0;
  const inv = inverted ? head.split(/(?<!\p{L})(?:après|avant|entre|dans|au|à)(?!\p{L})/iu)[0] : head;
  if (WORDS_NOUN_RE.test(inv) || WORDS_PLAIN_RE.test(inv.split(/\bpar\b/iu)[0])) {
    // `la valeur relative "K 25" … est remplacée par "K 21,40"` is a value, not wording
    if (VALUE_RE.test(inv)) out.push('relativeValue');
    else out.push('words');
    return { subjects: out, phrase, offset };
  }
  const hasLabel = LABEL_RE.test(inv) && !/\b(?:dans|au|du)\s+(?:le\s+)?libellé/iu.test(inv);
  if (hasLabel) out.push('label');
  if (VALUE_RE.test(inv)) out.push('relativeValue');
  if (out.length) return { subjects: out, phrase, offset };
  if (RENUMBER_RE.test(inv)) return { subjects: ['prestation'], phrase, offset };
  const prestation = PRESTATION_HEAD_RE.test(inv.split(/\bpar\b/iu)[0]);
  const rule = RULE_RE.test(inv);
  if (prestation) out.push('prestation');
  if (rule) out.push('rule');
  if (out.length) return { subjects: out, phrase, offset };
  // `L'intitulé "Humérus" est complété par les prestations …`
  if (/^\s*par\s+(?:la|les)\s+prestations?\b/iu.test(post) || (payloadHasCodes && /\bprestations?\s+suivantes?\b/iu.test(post.slice(0, 80)))) {
    return { subjects: ['prestation'], phrase, offset };
  }
  if (PROVISION_RE.test(inv)) return { subjects: ['provision'], phrase, offset };
  return { subjects: [], phrase, offset };
}
