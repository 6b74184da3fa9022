import type { Rule } from '../../schema/rules.js';
import { accentTolerant, accentTolerantSource } from '../../text/accents.js';
import { moreSetting } from './setting-forms.js';

/**
 * `le médecin conseil`, as some decrees print it, written as the annex does, `le médecin-conseil` (the forms that name
 * him are written so); the same length, so that offsets stay as they were.
 */
export function hyphenAdvisingPhysician(s: string): string {
  return /conseil/iu.test(s) ? s.replace(/(?<![\p{L}])(m[ée]decins?) (conseils?)(?![\p{L}])/giu, '$1-$2') : s;
}

/*
 * Who may bill a prestation (its qualification), who must approve it first, and where it may be done: the typers
 * of typeSentence (typers.ts) that read persons and places.
 */

// every pattern with accents reads the words with or without them (tables print `attestee`, `specialiste`)
const ci = accentTolerant('iu');
const ciDotAll = accentTolerant('isu');
const ciGlobal = accentTolerant('giu');

const SPECIALTY_END = /\s*(?:\n|,|;|:|\.(?:\s|$)|\s+ainsi\s+que\s|\s+autre\s+que\s|\s+différente?\s+d[eu]\s|\s+(?:à\s+la|sur)\s+demande\s|\s+ou\s*,|\s+(?:les?|la|l')\s*(?:a|ont)\s|\s+peu(?:t|vent)\s|\s+(?:est|sont)\s|\s+sur\s+(?:la\s+)?base\s|\s+et\s+(?:aux?|par|si|lorsqu)|\s+et\s+(?:uniquement|seulement|exclusivement)\s|\s+et\s+(?:ne|sont|est|peu(?:t|vent)|doi(?:t|vent))\s|\s+et\s+n'|\s+ou\s+(?:par|aux?)|\s+si\s|\s+lorsqu|\s+pour\s+autant|\s+OU\s|\s+(?:dans|au\s+sein\s+d')\s*(?:un|une|le|la|les|l')(?![\p{L}])|\s+d(?:'une?|es)\s+(?:bénéficiaire|patiente?|malade|nouveau-né|enfant)s?(?![\p{L}])|\s+(?:pour|chez|auprès\s+d(?:'|e\s))\s*(?:un|une|des|les|le|la|l'|ce|cette|ces)\s*(?:\p{L}+\s+)?(?:bénéficiaire|patiente?|malade|nouveau-né|enfant|femme|personne)s?(?![\p{L}])|$)/u;

/** How far a specialty's name is looked at for its end (the longest read in the corpus and every test text is 174 characters). */
const SPECIALTY_WINDOW = 400;

/** `Relèvent de la compétence des spécialistes en …`: the qualification an annex unit's prestations require. */
export const SPECIALISTS_COMPETENCE = String.raw`\brelèvent\s+(?:exclusivement\s+|uniquement\s+)?de\s+la\s+compétence\s+(?:exclusive\s+)?(?:des?|du)\s+(?:médecins?\s+)?spécialistes?`;

/**
 * A rubric's heading that names its act and who performs it, over the table of its prestations: `Surveillance, par un
 * médecin agréé comme spécialiste en gériatrie, d'un bénéficiaire hospitalisé dans un service G.` (article 25's
 * headings, 1999022424): the qualification of every prestation under it. Only a recognised specialist's (`agréé
 * comme`): a label's `Consultation par un médecin spécialiste en X accrédité …` says what the act is, not who may bill it.
 */
// (its act and who performs it, with no verb after them: not a sentence, `Effectuée par un médecin agréé comme …, la prestation X
// donne lieu à …`; ending on its full stop or, over its table, a colon: `… d'un malade hospitalisé dans un service E :`)
export const PERFORMER_HEADING = String.raw`^\W*(?:\d{1,2}\.\s*)?[\p{L}-]+,?\s+par\s+(?:un|le)\s+médecin\s+agréé\s+comme\s+(?:médecin\s+)?spécialiste\s+(?:en|de)\s(?:(?!(?<![\p{L}])(?:est|sont|peut|peuvent|donnent?|ne|n'|la\s+prestation|les\s+prestations)(?![\p{L}]))[^.;:]){1,240}[.:]?\s*"?\s*$`;
/** PERFORMER_HEADING compiled once, accents tolerated (the gate and the rubric reader test it). */
export const PERFORMER_HEADING_RE = new RegExp(accentTolerantSource(PERFORMER_HEADING), 'iu');

/**
 * Done in a centre, stated as a fact: `La prestation X est réalisée au sein d'un centre …`, `… sont effectuées dans les
 * laboratoires d'un centre agréé …`, `… dans des laboratoires faisant partie d'un centre agréé de génétique humaine` (2012022429).
 */
export const IN_A_CENTRE = String.raw`\b(?:est|sont)\s+(?:réalisée?s?|effectuée?s?|exécutée?s?|dispensée?s?)\s+(?:au\s+sein\s+d'un|dans\s+un|dans\s+(?:le|les|des|un)\s+(?:laboratoires?|services?)\s+(?:faisant\s+partie\s+)?d'un)\s+centre\b`;

/** Who asks for the act, before the name of a specialist: `à la demande d'un médecin`, `sur prescription du médecin`. */
const REQUESTED_BY = /(?<![\p{L}])(?:à\s+la\s+demande|sur\s+(?:la\s+)?demande|sur\s+(?:la\s+)?prescription|prescrite?s?\s+par|demandée?s?\s+par)\s+(?:écrite\s+(?:et\s+motivée\s+)?|motivée\s+)?(?:d'une?|du|des|un|une|le|la)?\s*(?:médecins?\s+)?$/iu;

/** Specialties named in `spécialiste(s) en X, en Y et en Z`. */
export function specialtiesIn(s: string): string[] {
  const out: string[] = [];
  // (`spécialiste agréé en …`)
  const re = ciGlobal`spécialistes?\s+(?:agréée?s?\s+)?(?:en|de)\s+`;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // (after the performer's, who asks for it is no specialty of the rule's: `… que par un médecin spécialiste en médecine
    // nucléaire, à la demande d'un médecin spécialiste en neurologie`; another performer after it is, `…, ou par un médecin
    // spécialiste en radiodiagnostic`)
    if (out.length && REQUESTED_BY.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
    // (a specialty's name ends within SPECIALTY_WINDOW characters: looking for its end through the whole rest of a sentence
    // from every `spécialiste en` was quadratic, 3.5 s for a 90 KB run-on sentence repeating it)
    let rest = s.slice(m.index + m[0].length);
    for (;;) {
      const end = SPECIALTY_END.exec(rest.length > SPECIALTY_WINDOW ? rest.slice(0, SPECIALTY_WINDOW) : rest);
      const cut = end ? end.index : rest.length;
      let item = rest.slice(0, cut).trim();
      // `neurochirurgie et en chirurgie orthopédique`
      const parts = item.split(/\s+(?:et|ou)\s+en\s+|,\s*en\s+/u);
      for (const p of parts) if (p && !/^l'une des disciplines/u.test(p)) out.push(p.trim());
      rest = rest.slice(cut);
      const cont = /^\s*(?:,|et|ou)\s+en\s+/u.exec(rest);
      if (!cont) break;
      rest = rest.slice(cont[0].length);
      item = '';
    }
  }
  return [...new Set(out.filter((x) => x.length > 2))];
}

/**
 * A refusal when a given specialist or profession performs it: `ne sont pas honorées lorsqu'elles sont exécutées par …`,
 * `ne donnent lieu à aucun honoraire lorsqu'elles sont effectuées par …` (not `aucun honoraire supplémentaire lorsqu'…`, `aucun
 * honoraire pour le médecin qui assiste, lorsqu'…`: a part only).
 */
// (not `… ne sont pas remboursées, sauf si elles sont effectuées par un médecin spécialiste en X`, `… même si …`: X is who
// may; nor `… si elles ne sont pas effectuées par …`, who must)
const NOT_WHEN_BY = ci`(?:\b(?:ne|n')\s*(?:sont|est|peu(?:t|vent))\s+(?:pas|jamais)\s+(?:être\s+)?(?:honor|rembours|attest|port|factur)\p{L}*(?:\s+en\s+compte)?|\bne\s+donnen?t?\s+lieu\s+à\s+aucune?\s+(?:honoraires?|remboursement|intervention)(?:\s+de\s+l'assurance)?(?:\s+obligatoire)?(?:\s+ni\s+(?:à\s+)?(?:aucune?\s+)?(?:honoraires?|remboursement|intervention))?(?=\s*,?\s*(?:lorsqu|si\s|quand\s)))(?:(?!\bsauf\b|\bexcepté(?![\p{L}])|\bhormis\b|(?<![\p{L}])à\s+moins\b|\bmême\s+si\b)[^.;]){0,60}?(?<!\b(?:sauf|excepté|hormis|même)\s)(?:\blorsqu|\bsi\s|\bquand\s)(?:(?!\bpas\b|\bjamais\b)[^.;]){0,60}?\b(?:effectuée?s?|réalisée?s?|exécutée?s?|pratiquée?s?)\s+par\s+(?:un|une|des|le|la|les|l')\s*([^.;]{2,120})`;

/** Who is not the specialist: `… par un médecin qui n'est pas (agréé comme médecin) spécialiste en X`, `… par un médecin non agréé comme médecin spécialiste en X` (a refusal of them names who may). */
const QUI_NOT_APPROVED = String.raw`qui\s+(?:n'est|n'sont|ne\s+sont)\s+pas\s+(?:agréée?s?\s+(?:comme|en\s+tant\s+que)\s+(?:médecins?\s+)?)?`;
const NON_APPROVED = String.raw`non\s+agréée?s?\s+(?:comme|en\s+tant\s+que)\s+(?:médecins?\s+)?`;
const NOT_SPECIALIST = ci`\b(?:${QUI_NOT_APPROVED}|médecins?\s+${NON_APPROVED})spécialistes?`;

const NOT_WHEN_BY_HINT = /(?:effectu|r[ée]alis|ex[ée]cut|pratiqu)[ée]e?s?\s+par\s/iu;

/** Where the name of who performs it ends: a clause after it. */
const SPECIALTY_END_ANYWHERE = /(?:,|\s+(?:et|ou)\s+(?:que|qu'|si|lorsqu)|\s+(?:qui|dont|si)\s|\s+lorsqu'?).*$/su;

/** A name of who performs it that carries a condition (`… en radiodiagnostic pour un malade qu'il n'a pas en traitement`): no plain exclusion. */
const QUALIFIED_PERFORMER = /\s(?:pour|à\s+la\s+demande|lorsqu'?|sauf|qui|dont|si|quand|sans|hors)(?:\s|$)/iu;

/** Who may prescribe it: `ne peut être prescrit que par un médecin spécialiste`, `peut seulement être prescrite par …`. */
/** Who prescribes: `un médecin`, `un spécialiste`, `un dentiste`, `un docteur en médecine`. */
export const PRESCRIBER = String.raw`(?:un|une|le|la|les|des)\s+(?:médecins?|spécialistes?|dentistes?|docteurs?\s+en\s+médecine)`;
export const PRESCRIBED_BY = ci`\bprescrite?s?\s+(?:que\s+)?(?:uniquement\s+|seulement\s+|exclusivement\s+)?par\s+${PRESCRIBER}`;

// (the trigger's last form: who may, as a list, `Elle peut être réalisée par : a) le médecin généraliste …; b) le médecin spécialiste en gériatrie`)
export function qualificationOf(s: string): Extract<Rule, { type: 'qualification' }>['params'] | null {
  const trigger =
    ci`${SPECIALISTS_COMPETENCE}|${PERFORMER_HEADING}|\b(?:sont|est)\s+(?:uniquement\s+|seulement\s+|exclusivement\s+|également\s+|aussi\s+)?accessibles?(?![\p{L}])|\b(?:sont|est)\s+(?:uniquement\s+|seulement\s+|exclusivement\s+|également\s+|aussi\s+)?ouverte?s?\s+(?:aux?|à\s+la|à\s+l')\s*(?:${PROFESSION}|spécialistes?)(?![\p{L}])(?!\s+non\s)|\b(?:requi[eè]r|nécessit)\p{L}*\s+la\s+qualification|\b(?:effectuée?s?|réalisée?s?|exécutée?s?|pratiquée?s?|implantée?s?|posée?s?)(?:\s+et\s+\p{L}+é(?:e?s?))?(?:\s+(?:exclusivement|uniquement|seulement))?(?:\s+(?:dans|au\s+sein\s+d(?:e|u|')|en)\s*[^.;,:]{1,120},)?\s+par\s+(?:un|des|le|les|deux)\s+(?:médecins?\s+)?(?:qui\s+(?:est|sont)\s+)?(?:agréés?|spécialistes?)|\b(?:est|sont|soit|soient)\s+(?:placée?s?|assurée?s?)\s+par\s+(?:un|des|le|les)\s+(?:médecins?\s+)?spécialistes?|\b(?:effectuée?s?|réalisée?s?|exécutée?s?|pratiquée?s?)\s+sous\s+la\s+responsabilité\s+d'un\s+(?:médecin\s+)?spécialiste|\bpar\s+(?:un|des)\s+médecins?\s+(?:${QUI_NOT_APPROVED}|${NON_APPROVED})spécialistes?\s+en\s|\b(?:le|les|un)\s+médecins?\s+(?:agréée?s?\s+(?:comme|au\s+titre\s+de|en\s+tant\s+que)\s+(?:médecins?\s+)?)?spécialistes?\s+(?:en|de)\s+[^.;:]{1,120}?\bpeu(?:t|vent)\s+(?:(?:lui|eux)\s+)?(?:également\s+|aussi\s+)?(?:attester|porter\s+(?:\S+\s+){0,2}?en\s+compte|facturer)|^\W*(?:[\p{L}\d°]{1,3}[.)]\s*)?peu(?:t|vent)\s+(?:également\s+|aussi\s+|en\s+outre\s+)?(?:attester|porter\s+en\s+compte)\s+(?:la|les|cette|ces)\s+prestations?\b[^.;]{0,200}?,\s*(?:le|les|un|des)\s+médecins?\s+(?:agréée?s?\s+(?:comme|au\s+titre\s+de|en\s+tant\s+que)\s+(?:médecins?\s+)?)?spécialistes?\s+(?:en|de)\s|\bréservée?s?\s+aux\s+(?:médecins\s+)?spécialistes|^\W*(?:§\s*\d+\s*(?:bis|ter|quater)?\.?\s*)?honoraires\s+pour\s+les\s+médecins\s+spécialistes\s+(?:en|de)\s[^.;:]{1,120}:\s*"?\s*$|\bque\s+(?:lorsqu'|si\s+)(?:un|le)\s+médecin\s+spécialiste\s+(?:agréé\s+)?(?:en|de)\s|\b(?:doi(?:t|vent)\s+être|est|sont)\s+agréée?s?\s+(?:comme|en\s+tant\s+que)\s+(?:médecins?\s+)?spécialistes?|\bpeu(?:t|vent)\s+(?:uniquement\s+|seulement\s+|aussi\s+|également\s+)?être\s+(?:uniquement\s+|seulement\s+|exclusivement\s+)?(?:attestée?s?|portée?s?\s+en\s+compte)\s+(?:que\s+)?par\s+(?:un|des|le|les)\s+(?:médecins?\s+)?(?:porteurs?\s+du\s+titre\s+de\s+(?:médecin\s+)?)?spécialistes?|\b(?:attestée?s?|attestables?|portée?s?\s+en\s+compte)(?:,[^,.;:]{1,40},)?\s+(?:[^.;]{0,60}?\bet\s+)?(?:comme\s+prestations?\s+connexes?\s+)?(?:uniquement\s+|exclusivement\s+|seulement\s+)?par\s+(?:un|des|le|les)\s+médecins?,?\s+(?:spécialistes?|généralistes?)|\b(?:attestée?s?|portée?s?\s+en\s+compte)\s+(?:que\s+)?par\s+(?:un|des|le|les)\s+(?:dispensateurs?|prestataires?)\s+(?:habilitée?s?|agréée?s?)\s+(?:en\s+tant\s+que|comme)\s+(?:médecins?\s+)?spécialistes?|\bpeu(?:t|vent)\s+(?:également\s+|aussi\s+)?être\s+(?:effectuée?s?|réalisée?s?|exécutée?s?|pratiquée?s?|attestée?s?|portée?s?\s+en\s+compte)\s+par\s*:\s*(?:[a-z]\)|\d+°|[-–•])\s*(?:le|la|les|un|une|des|l')\s*(?:${PROFESSION}|spécialistes?)(?![\p{L}])`;
  // `Seul le médecin spécialiste en X peut attester …`, `est réservée au praticien …`, `ne peut être délivrée que par un
  // orthopédiste agréé`, `n'est accessible qu'à la sage-femme …`, `… que si elles sont délivrées par un bandagiste agréé`, `sont
  // uniquement accessibles aux médecins spécialistes accrédités` (a
  // restriction: not `L'attestation est délivrée par le kinésithérapeute`, a document): who may bill, by profession when no
  // specialty is named
  const only = ci`(?<![\p{L}])seule?s?\s+(?:le|la|les|l'|un|une)\s*(${GP_OR_PROFESSION})[^.;]{0,160}?\b(?:peu(?:t|vent)\s+(?:attester|porter\s+en\s+compte|délivrer|effectuer|facturer|réaliser|pratiquer|exécuter|implanter|placer|poser)|(?:est|sont)\s+habilitée?s?)|\bréservée?s?\s+(?:au|aux|à\s+la|à\s+l')\s*(${GP_OR_PROFESSION})|(?<!\b(?:condition|autant|pourvu)\s+)\b(?:que\s+par|qu'à|que)\s+(?:un|une|le|la|les|des|l')\s*(${PROFESSION})|\b(?:est|sont|soit|soient)\s+(?:effectuée?s?|réalisée?s?|exécutée?s?|dispensée?s?)\s+par\s+(?:un|une|le|la|les|des|l')\s*(${PROFESSION})|\bque\s+(?:si\s|s'|lorsqu')[^.;]{0,40}?\b(?:est|sont)\s+délivrée?s?\s+par\s+(?:un|une|le|la|les|des|l')\s*(${PROFESSION})|(?:\bne\s+|(?<![\p{L}])n')(?:est|sont)(?:\s+|[,\s][^.;]{0,50}?\s)(?:accessibles?|réservée?s?|ouverte?s?)\s+qu'(?:au|aux)\s+(${GP_OR_PROFESSION})|(?:\b(?:peu(?:t|vent)\s+(?:également|aussi|uniquement|seulement|exclusivement)\s+être|(?:est|sont)\s+(?:uniquement|exclusivement|seulement))\s+(?:attestée?s?|portée?s?\s+en\s+compte|effectuée?s?)\s+par|\bne\s+peu(?:t|vent)\s+être\s+(?:attestée?s?|portée?s?\s+en\s+compte|effectuée?s?)\s+que\s+par|\bn'(?:est|sont)\s+attestables?\s+que\s+par)\s+(?:un|une|le|la|les|des|l')\s*(${GP_OR_PROFESSION})(?![\p{L}])|(?<![\p{L}])(?:est|sont)\s+(?:uniquement|exclusivement|seulement)\s+(?:accessibles?|réservée?s?)\s+(?:au|aux|à\s+la|à\s+l')\s*(${GP_OR_PROFESSION})(?![\p{L}])`.exec(s);
  // `Aucune attestation de soins ne peut être établie pour les prestations effectuées par une personne non agréée comme
  // kinésithérapeute …` (2002023049): who may not bill them, as set 4's blind gold reads it
  const noCertificate = /attestation/iu.test(s) ? ci`\baucune\s+attestation\s+(?:de\s+soins\s+)?ne\s+peut\s+être\s+(?:établie|délivrée|remise)\s+pour\s+[^.;]{0,80}?\b(?:effectuée?s?|réalisée?s?|dispensée?s?|exécutée?s?)\s+par\s+(?:un|une|des|le|la|les)\s+([^.;]{2,160})`.exec(s) : null;
  // (only one not qualified, `par une personne non agréée …`, `par un kinésithérapeute qui ne justifie pas d'une formation …`: not
  // `… par le kinésithérapeute lorsque le bénéficiaire séjourne …`, a case barred, nor `… au cours d'une hospitalisation`, a place)
  const unqualified = noCertificate ? noCertificate[1].replace(/\s*(?:[,;]|(?<![\p{L}])(?:lorsqu|si\s|quand\s|au\s+cours\s|pendant\s|durant\s|même\s)).*$/su, '').trim() : '';
  if (unqualified && /(?<![\p{L}])(?:(?:non|ne|sans)(?![\p{L}])|n')/iu.test(unqualified)) {
    return { specialties: [], inCollaboration: [], collaborationWith: [], additional: false, excluded: [unqualified] };
  }
  // (a definition, `on entend par pédiatre le médecin … agréé comme médecin spécialiste en pédiatrie`, says who is what, not who may bill)
  if (ci`\bon\s+entend\s+par\b`.test(s)) return null;
  // (`L'examen ne peut être prescrit que par un médecin spécialiste en …`: who may prescribe it, a documentation duty, when
  // nothing says who performs it)
  if (PRESCRIBED_BY.test(s) && !ci`\b(?:effectuée?s?|réalisée?s?|exécutée?s?|pratiquée?s?|attestée?s?|portée?s?\s+en\s+compte|accessibles?|réservée?s?)(?![\p{L}])`.test(s)) return null;
  // (`Lorsque la prestation est effectuée par une accoucheuse, l'honoraire est réduit …`: a condition, not who may bill)
  // (`ne … que si elles sont effectuées par …` is who may bill: a restriction, not a condition)
  // (nor the acts' paragraph in a condition, `Lorsque ces examens sont exclusivement réservés aux médecins visés au § 4, …`)
  if (only && RESERVED_IN_CONDITION.test(s)) return null;
  if ((only?.[4] || only?.[7]) && !trigger.test(s) && ci`(?<!\bque\s)(?:\blorsqu|\bsi\s|\bquand\s)[^,;.]*$`.test(s.slice(0, only.index))) return null;
  // `… ne sont pas honorées lorsqu'elles sont exécutées par un médecin spécialiste en radiodiagnostic`, `… ne peut pas
  // être remboursée si elle est réalisée par un gynécologue`: who may NOT bill it (not `… par un médecin qui n'est pas
  // spécialiste en X`, who may)
  // (tried only where its verb of performing occurs: most sentences hold none)
  const denied = NOT_WHEN_BY_HINT.test(s) ? NOT_WHEN_BY.exec(s) : null;
  if (denied && !NOT_SPECIALIST.test(s) && !QUALIFIED_PERFORMER.test(denied[1].replace(/[,;].*$/su, ''))) {
    const who = denied[1].replace(SPECIALTY_END_ANYWHERE, '').trim();
    const excluded = specialtiesIn(who);
    return { specialties: [], inCollaboration: [], collaborationWith: [], additional: false, excluded: excluded.length ? excluded : who ? [who] : [] };
  }
  // (a refusal whose performer carries a condition, `… lorsqu'elles sont exécutées par un médecin spécialiste en X pour
  // un malade qu'il n'a pas en traitement`: neither who may nor, plainly, who may not)
  if (denied && !NOT_SPECIALIST.test(s)) return null;
  // (who may bill named by the title they hold, `La prestation X peut être attestée par un titulaire du diplôme de médecin …`)
  const holder = !only && !trigger.test(s) ? TITLE_HOLDER_BILLS.exec(s) : null;
  if (!trigger.test(s) && !only && !holder) return null;
  const additional = ci`(?<![\p{L}])(?:(?:lui|eux)\s+)?(?:également|aussi)\s+(?:être\s+)?(?:honorée?s?|attestée?s?|accessibles?|ouvertes?|remboursée?s?|portée?s?\s+en\s+compte|attester|porter\s+(?:\S+\s+){0,2}?en\s+compte)`.test(s);
  // `… OU par un médecin spécialiste de l'une des disciplines suivantes si … en collaboration avec … : o …`
  if (holder) return { specialties: titleOf(TITLE_HELD.exec(s.slice(holder.index + holder[0].length))), inCollaboration: [], collaborationWith: [], additional, excluded: [] };
  const collab = ciDotAll`(?:de\s+l'une\s+des\s+disciplines\s+suivantes|des\s+spécialités\s+suivantes).*?en\s+collaboration\s+avec\s+(.*?):(.*)$`.exec(s);
  if (collab) {
    const head = s.slice(0, collab.index);
    return {
      specialties: specialtiesIn(head),
      inCollaboration: specialtiesIn(collab[2]),
      collaborationWith: specialtiesIn(collab[1]),
      additional,
      excluded: [],
    };
  }
  const inCollab = /en\s+collaboration\s+avec\s+(.*)$/iu.exec(s);
  if (inCollab) {
    return { specialties: specialtiesIn(s.slice(0, inCollab.index)), inCollaboration: [], collaborationWith: specialtiesIn(inCollab[1]), additional, excluded: [] };
  }
  // (who may, as a list, `Elle peut être réalisée par : a) le médecin généraliste qui …; b) le médecin spécialiste en gériatrie`:
  // each item's, a specialty or a profession)
  const listIntro = ci`\bpar\s*:\s*(?=(?:[a-z]\)|\d+°|[-–•])\s*(?:le|la|les|un|une|des|l')\s*(?:${GP_OR_PROFESSION})(?![\p{L}]))`.exec(s);
  if (listIntro) {
    const items = s.slice(listIntro.index + listIntro[0].length).split(/\s*[;,]?\s*(?:(?<![\p{L}])[a-z]\)|\d+°|[-–•])\s*/u).filter((it) => it.trim());
    const who = items.flatMap((it) => {
      const named = specialtiesIn(it);
      if (named.length) return named;
      const m = ci`^(?:le|la|les|un|une|des|l')\s*(${GP_OR_PROFESSION})(?![\p{L}])`.exec(it.trim());
      return m ? [m[1].trim()] : [];
    });
    if (who.length) return { specialties: [...new Set(who)], inCollaboration: [], collaborationWith: [], additional, excluded: [] };
  }
  // (`Relèvent de la compétence des spécialistes en X les prestations suivantes :`: the specialty ends before them)
  // (and a heading's closing bracket: `Microchirurgie (prestations réservées aux … en chirurgie plastique)`)
  // (only after the specialty: not `Dans le cadre de …, les prestations suivantes ne peuvent être attestées que par le médecin
  // spécialiste en X :`)
  const specialties = specialtiesIn(s.replace(/(spécialistes?\s[^:]*?)\s+les\s+prestations\s+(?:suivantes|ci-après)\b.*$/iu, '$1').replace(/(\((?:prestations|honoraires)\b[^()]*)\)\s*[.:]?\s*"?\s*$/iu, '$1'));
  if (specialties.length === 0 && only) {
    // (a status with no specialty on acts only: not `Les résultats de l'analyse X sont uniquement accessibles aux …`)
    if (only[8] && !ACTS_SUBJECT.test(s)) return null;
    // (a profession with no specialty: the profession as written, `logopède`, `orthopédiste agréé`)
    const who = (only[1] ?? only[2] ?? only[3] ?? only[4] ?? only[5] ?? only[6] ?? only[7] ?? only[8]).trim();
    if (!/^médecins?(?:\s+spécialistes?)?$/iu.test(who)) return { specialties: [who], inCollaboration: [], collaborationWith: [], additional, excluded: [] };
    // (physicians a law or a paragraph designates: `… sont réservées aux médecins autorisés à les pratiquer par le Ministre …`, 2012022429)
    // (a paragraph designates them only for acts: not `La consultation du registre … est réservée aux médecins visés au § 4`)
    // (a physician holding a title, `… que par un médecin porteur du titre professionnel particulier en gériatrie`: that title)
    const titled = TITLE_HELD.exec(s.slice(only.index + only[0].length));
    if (titled) return { specialties: titleOf(titled), inCollaboration: [], collaborationWith: [], additional, excluded: [] };
    const designated = DESIGNATED.exec(s.slice(only.index + only[0].length));
    if (designated && /^visée?s?/iu.test(designated[1]) && !ACTS_SUBJECT.test(s)) return null;
    if (designated) return { specialties: [`${who} ${designated[1]}`], inCollaboration: [], collaborationWith: [], additional, excluded: [] };
  }
  // (`Sont considérés comme prestations qui requièrent la qualification de médecin visé au § 2 :`, 2012022429: the physician
  // another paragraph defines)
  const byReference = specialties.length === 0 ? ci`\b(?:requi[eè]r|nécessit)\p{L}*\s+la\s+qualification\s+de\s+(médecins?\s+(?:spécialistes?\s+)?(?:visée?s?|désignée?s?|défini?e?s?)\s+(?:au|à\s+l'|aux)\s*[^.;:,]{1,40}?)\s*(?:[:;,.]|\s+les\s+prestations|\s+et\s|$)`.exec(s) : null;
  if (byReference) return { specialties: [byReference[1].trim()], inCollaboration: [], collaborationWith: [], additional, excluded: [] };
  // (`a) lorsqu'elles requièrent la qualification d'accoucheuse (V) :`: a qualification named by its profession)
  const named = specialties.length === 0 ? ci`\b(?:requi[eè]r|nécessit)\p{L}*\s+la\s+qualification\s+d(?:e\s+|')(?!médecin)([\p{L}-]{4,})(?![\p{L}])`.exec(s) : null;
  if (named) return { specialties: [named[1]], inCollaboration: [], collaborationWith: [], additional, excluded: [] };
  if (specialties.length === 0) return null;
  return { specialties, inCollaboration: [], collaborationWith: [], additional, excluded: [] };
}

/**
 * A title its holder bears, right after who that is: `, porteur du titre professionnel particulier en gériatrie` (group 1: a
 * particular professional title's field), `titulaire du diplôme de médecin …`, `porteur d'un certificat …` (a title, no field).
 */
const TITLE_HELD = ci`^\s*,?\s*(?:qui\s+(?:est|sont)\s+)?(?:porteurs?|titulaires?|détenteurs?)\s+(?:du|d'une?|de\s+la|des)\s+(?:titres?\s+professionnels?\s+particuliers?\s+(?:de\s+|d'|en\s+|d'une?\s+)?(?:médecins?\s+)?([\p{L}'-]+(?:\s+(?!(?:et|ou|qui|lorsque|si|dans|pour|à|au|avant|après|depuis|conformément|inscrite?s?|agréée?s?)(?![\p{L}]))[\p{L}'-]+){0,3})|titre|diplôme|certificat|brevet|qualification|agrément)(?![\p{L}])`;

/** The field of a title held (TITLE_HELD), or none where the title names none. */
function titleOf(held: RegExpExecArray | null): string[] {
  return held?.[1] ? [held[1].trim()] : [];
}

/** Who may bill, by the title they hold: `peut être attestée par un titulaire`, `… effectuées par les porteurs` (TITLE_HELD after). */
const TITLE_HOLDER_BILLS = ci`\b(?:attestée?s?|portée?s?\s+en\s+compte|effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?)\s+(?:uniquement\s+|exclusivement\s+|seulement\s+)?(?:que\s+)?par\s+(?:un|une|des|le|la|les)(?=\s+(?:porteurs?|titulaires?|détenteurs?)\s+(?:du|d'une?|de\s+la|des)\s+(?:titres?|diplômes?|certificats?|brevets?)(?![\p{L}]))`;

/** A sentence opening on a condition: `Si …`, `Lorsque …`, `Quand …`. */
const OPENS_ON_CONDITION = /^\W*(?:si|lorsque|lorsqu'|quand)(?![\p{L}])/iu;

/** Acts reserved to a paragraph's physicians, or to accredited ones, in a condition opening the sentence. */
const RESERVED_IN_CONDITION = new RegExp(String.raw`${OPENS_ON_CONDITION.source}[^,;]*?(?<![\p{L}])(?:réservée?s?|accessibles?)\s+(?:au|aux)\s+médecins?\s+(?:visée?s?|spécialistes?\s+accrédités?)`, 'iu');

/** The patient's own share of a fee: what is or is not due of it says nothing of where the act is paid. */
const PATIENT_SHARE = /(?<![\p{L}])(?:intervention\s+personnelle|ticket\s+modérateur|quote-part\s+personnelle)(?![\p{L}])/iu;

/** A sentence whose subject is acts (`Les prestations …`, `Ces examens …`): a status or a paragraph they are reserved to is who bills them. */
const ACTS_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*|\d{1,2}°\s*)?(?:§\s*\d+(?:er)?\.\s*)?(?:(?:les|la|le|l'|ces|cette|ce|cet)\s*(?:prestations?|examens?|analyses?|actes?|interventions?|séances?|implantations?|dispositifs?|honoraires?)|elles?|ils?)(?![\p{L}])(?![^.;:,]{0,60}?(?<![\p{L}])(?:résultats?|données|registre)(?![\p{L}]))/iu;

/** After `réservées aux médecins`: who designates them (`autorisés à les pratiquer par le Ministre …`, `agréés à cet effet`). */
// (not every physician, `autorisés à exercer l'art médical`, `habilités à prescrire …`: only those designated for these acts, or by
// an authority, or a paragraph: `… réservées aux médecins visés au § 2`)
const DESIGNATED = ci`^\s+((?:autorisée?s?|agréée?s?|habilitée?s?|désignée?s?)\s+(?:à\s+(?:les|la|le)\s+(?:pratiquer|effectuer|réaliser|attester)|par\s+(?:le|la|l')\s*(?:Ministre|Roi|Collège|Conseil|Commission|arrêté)|à\s+cet\s+effet|pour\s+(?:ces|cette)\s)[^.;]{0,100}?|visée?s?\s+(?:au|à\s+l'|aux)\s*§\s*\d+(?:er)?(?:\s*(?:bis|ter|quater))?(?:,\s*\d+°)?)\s*(?:[.;:]|$|,\s)`;

/** Who may bill, named by profession (`le médecin spécialiste`, `le logopède`, `la sage-femme`, `l'orthopédiste agréé`). */
const PROFESSION = String.raw`(?:médecins?(?:\s+spécialistes?)?|praticiens?(?:\s+de\s+l'art\s+dentaire)?|dentistes?|logopèdes?|kinésithérapeutes?|sages?-femmes?|infirmi(?:er|ère)s?|bandagistes?(?:-\p{L}+)?|orthopédistes?|orthésistes?|audiciens?|opticiens?|pharmaciens?|psychologues?|accoucheuses?|diététicien(?:ne)?s?|podologues?|ergothérapeutes?|orthoptistes?|prothésistes?(?:\s+dentaires?)?)(?:\s+(?:agréée?s?|accréditée?s?))?`;

/** A general practitioner, where a rule names who alone may bill (`Seul le médecin généraliste qui gère le DMG peut …`). */
const GP_OR_PROFESSION = String.raw`(?:médecins?\s+généralistes?(?:\s+agréée?s?)?|${PROFESSION})`;

/**
 * `l'intervention de l'assurance est accordée par le médecin-conseil | le Collège | le Conseil …` (group 1: who): granted
 * case by case; not in a relative clause that describes it, `Le bénéficiaire auquel l'intervention … est accordée par …`.
 */
export const GRANTED_BY = String.raw`(?<!(?<![\p{L}])(?:auquel|auxquels|auxquelles|à\s+qui|laquelle|lequel|lesquels|lesquelles|dont)\s+(?:l'|le\s+|la\s+)?)\b(?:intervention\s+de\s+l'assurance|remboursement)\s+(?:\S+\s+){0,4}?(?:est|sont)\s+accordée?s?\s+(?:\S+\s+){0,3}?par\s+(?:le|la)\s+(médecin-conseil|Collège|Conseil|Commission)`;

/** `L'indication … est posée au cours d'une (par une) concertation multidisciplinaire`: decided by one (a regex source). */
export const DECIDED_IN_CONSULTATION = String.raw`(?<![\p{L}])(?:posée|établie|décidée|validée|confirmée|retenue)\s+(?:(?:lors|au\s+cours)\s+d'une|par\s+une|par\s+la)\s+(?:COM\b|(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire)`;

/** A request put to a body for its decision: `la demande est soumise, pour décision, au Collège des médecins-directeurs` (a regex source). */
export const SUBMITTED_FOR_DECISION = String.raw`^[\s"'«(*-]*(?:[^,.;:]{1,60},\s*)?(?:(?:la|les|une|toute|toutes\s+les|cette|ces)\s+(?:demandes?|dossiers?)\b[^.;]{0,100}?\b(?:est|sont)\s+soumise?s?\s*,?\s*pour\s+(?:décision|accord|approbation)\s*,?\s*(?:au|à\s+la)\s+(Collège\s+des\s+médecins-directeurs|médecin-conseil|Conseil\s+technique\s+[\p{L}-]+|Commission(?:\s+de\s+conventions?)?)|(?:la|les|une|toute|toutes\s+les|cette|ces)\s+demandes?\b[^.;,]{0,100}?\b(?:est|sont)\s+soumise?s?\s+(?:au|à\s+la)\s+(Collège\s+des\s+médecins-directeurs|médecin-conseil)(?![^.;]*?\b(?:information|avis|a\s+posteriori|qui\s+suivent)\b))`;

/** Not about a deadline or a derogation (`… l'autorisation d'introduire la notification après l'expiration du délai`). */
const NOT_A_DELAY = String.raw`(?![^.;]{0,80}?(?<![\p{L}])(?:délai|dérog\p{L}*)(?![\p{L}]))`;
/**
 * An approval to ask for: `… d'obtenir du médecin-conseil l'autorisation d'attester …`, `… de demander au Collège l'accord …`
 * (not one not needed, `Il n'est pas nécessaire de demander …`) (a regex source; group 1: who).
 */
export const APPROVAL_ASKED = String.raw`(?<!(?:pas|plus)\s+(?:nécessaire|requis|utile)\s+de\s+)(?<![\p{L}])(?:obtenir|demander|solliciter)\s+(?:du|au|auprès\s+du)\s+(médecin-conseil|Collège\s+des\s+médecins-directeurs)\s+(?:l'autorisation|l'accord)(?![\p{L}])${NOT_A_DELAY}`;
/** Who may allow it, after an aside: `Le Collège … peut, à la demande du bénéficiaire, autoriser …` (a regex source; group 1: who). */
const allowedAfterAside = (who: string, verbs: string) => String.raw`(?<![\p{L}])(${who})\s+peut\s*,[^,.;]{1,80},\s*(?:${verbs})(?![\p{L}])${NOT_A_DELAY}`;
/** As a rule sentence, either may allow or grant (normative.ts); as a type, the médecin-conseil's is read below, with any aside. */
export const APPROVAL_AFTER_ASIDE = allowedAfterAside(String.raw`médecin-conseil|Collège\s+des\s+médecins-directeurs`, 'autoriser|accorder');
const COLLEGE_AFTER_ASIDE = allowedAfterAside(String.raw`Collège\s+des\s+médecins-directeurs`, 'autoriser');

export function approvalOf(s: string): 'collegeOfMedicalDirectors' | 'advisingPhysician' | 'multidisciplinaryConsultation' | 'other' | null {
  const asked = ci`${APPROVAL_ASKED}|${COLLEGE_AFTER_ASIDE}`.exec(s);
  if (asked) return /^Coll/iu.test(asked[1] ?? asked[2]) ? 'collegeOfMedicalDirectors' : 'advisingPhysician';
  if (ci`\b(?:accord|autorisation|approbation)\s+(?:préalable\s+)?du\s+Collège\s+des\s+médecins-directeurs|adressées?\s+au\s+Collège\s+des\s+médecins-directeurs|\bCollège\s+des\s+médecins-directeurs\s+(?:n'\s*)?(?:y\s+)?(?:ait|a|aura|doit\s+avoir)\s+(?:préalablement\s+)?(?:(?:marqué|donné)\s+son\s+accord(?!\s+(?:sur|pour|quant)(?![\p{L}])(?!\s+(?:la\s+)?base\b))|consenti)`.test(s)) return 'collegeOfMedicalDirectors';
  if (ci`\b(?:accord|autorisation|approbation)\s+(?:préalable\s+)?(?:du|par\s+le)\s+médecin-conseil|\bqu'après\s+(?:(?:la\s+)?réception|l'avis\s+favorable|l'approbation)\s+par\s+le\s+médecin-conseil|\bautorisée?s?\s+par\s+le\s+médecin-conseil|(?<!\b(?:délai|dérogation|prolongation\s+du\s+délai)\b[^.;]{0,60}?)(?<!\b(?:ne|n')\s*(?:peu(?:t|vent)|sera|est)\s+(?:pas\s+|jamais\s+)?(?:être\s+)?)\baccordée?s?\s+par\s+le\s+médecin-conseil|\bmédecin-conseil\s+(?:n'\s*)?(?:y\s+)?(?:ait|a|aura|doit\s+avoir)\s+(?:(?:marqué|donné)\s+son\s+accord|consenti)|\bmédecin-conseil\s+n'autorise\b|\bmédecin-conseil(?:\s+de\s+l'organisme\s+assureur)?\s+peut[,\s]+(?:\S+\s+){0,8}?(?:autoriser|accorder|donner\s+(?:l'autorisation|son\s+autorisation|une\s+autorisation|son\s+accord))\b|\bmédecin-conseil\s+(?:les?|l')\s*(?:a|ait)\s+(?:préalablement\s+)?autorisée?s?`.test(s)) return 'advisingPhysician';
  // (`sur base d'une décision prise lors d'une concertation oncologique multidisciplinaire`, `lorsque la demande résulte d'une …`,
  // `… fait suite à une …`)
  if (ci`\b(?:approuvée?s?|décision\s+prise)\s+lors\s+d'une\s+(?:COM(?![\p{L}])|CM(?![\p{L}])|concertation|consultation)|\bdécision\s+(?:d(?:e\s+|')[\p{L}-]+\s+(?:[^.;]{0,60}?\s)?)?est\s+prise\s+(?:lors|au\s+cours)\s+d'une\s+(?:COM(?![\p{L}])|CM(?![\p{L}])|(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire)|\b(?:(?:résulte|découle)\s+d'une|fait\s+suite\s+à\s+une)\s+(?:COM(?![\p{L}])|concertation\s+(?:\p{L}+\s+)?multidisciplinaire)|\bqu'après\s+(?:une\s+)?(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire|\b(?:ne|n')\s*[^.;]{0,80}?\bqu'à\s+l'issue\s+d'une\s+(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire|\b(?:décision\s+(?:préalable\s+)?(?:favorable\s+)?|avis\s+(?:préalable|favorable)\s+(?:et\s+favorable\s+)?)(?:d'une|de\s+la)\s+(?:COM\b|(?:concertation|consultation)\s+(?:\p{L}+\s+)?(?:pluri|multi)disciplinaire)|${DECIDED_IN_CONSULTATION}`.test(s)) return 'multidisciplinaryConsultation';
  // `l'intervention de l'assurance est accordée par le médecin-conseil`, `le Conseil technique dentaire peut accorder une
  // intervention de l'assurance`: granted case by case, before it is paid
  const grantedBy = ci`${GRANTED_BY}|\b(médecin-conseil|Collège|Conseil|Commission)\b[^.;]{0,60}?\bpeut[,\s]+(?:\S+\s+){0,8}?accorder\s+(?:une\s+|l')intervention`.exec(s);
  if (grantedBy) {
    const by = (grantedBy[1] ?? grantedBy[2]).toLowerCase();
    return by === 'médecin-conseil' ? 'advisingPhysician' : by === 'collège' && /Collège\s+des\s+médecins-directeurs/iu.test(s) ? 'collegeOfMedicalDirectors' : 'other';
  }
  // (`la demande est soumise, pour décision, au Collège des médecins-directeurs`, `… à la Commission de conventions`: decided
  // case by case before it is paid)
  const submitted = ci`${SUBMITTED_FOR_DECISION}`.exec(s);
  const body = submitted ? (submitted[1] ?? submitted[2]) : '';
  if (submitted) return /Collège\s+des\s+médecins-directeurs/iu.test(body) ? 'collegeOfMedicalDirectors' : /médecin-conseil/iu.test(body) ? 'advisingPhysician' : 'other';
  // (`n'est accordée qu'avec l'accord du Conseil technique dentaire`)
  if (ci`\baccord\s+préalable\b|\b(?:accord|autorisation|approbation)\s+(?:préalable\s+)?(?:du|de\s+la)\s+(?:Conseil|Commission)\b`.test(s)) return 'other';
  return null;
}

/** Who a prestation is only for: `que pour les patients `, `qu'aux bénéficiaires `, `réservée à un bénéficiaire `. */
const ONLY_FOR_PERSONS = String.raw`(?:\bque\s+(?:pour|chez)\s+|\bqu'(?=aux?\s|à\s+des\s)|\bqu(?:e\s+|')(?:en\s+faveur|au\s+profit)\s+d(?:'|e\s+|es\s+)|\b(?:réservée?s?|(?<!(?<![\p{L}])(?:pas|jamais)\s)limitée?s?)\s+(?=aux?\s|à\s))(?:aux?\s+|à\s+)?(?:bénéfice\s+d(?:e\s+|'|es\s+))?(?:les\s+|des\s+|une?\s+|la\s+|le\s+)?(?:patients?|patientes?|bénéficiaires?|enfants?|personnes?|nouveau-nés?)\s+(?:(?:traitée?s?|soignée?s?|suivie?s?)\s+)?`;

/** One literal of every settingOf pattern: most rule sentences name no place, and are not read eleven times for one. */
const SETTING_HINT = /hospital|h[ôo]pital|h[ôo]pitaux|centre|domicile|dehors|ambula|admise?s?\s|s[ée]jour|urgen/iu;

/**
 * Another place offered after this one, a choice and no restriction: `… ou en cabinet privé`, `…, ou à domicile`, `… ainsi
 * qu'en dehors de celui-ci`; not `… ou la dialyse péritonéale`, `… ou pour un traitement`, `ainsi que d'un laser`.
 */
const OTHER_PLACE = String.raw`[^.;]{0,80}?\s(?:ou|ainsi\s+qu'?)\s*(?:(?:en|à|au|dans|chez|hors)\s|en\s+dehors)`;
/** OTHER_PLACE, where a choice of the hospital's own ways of admission (`… ou en hospitalisation classique`) is no other place. */
const OTHER_THAN_HOSPITAL = String.raw`[^.;]{0,80}?\s(?:ou|ainsi\s+qu'?)\s*(?:(?:en|à|au|dans|chez|hors)\s(?!hospitalisation\s+(?:de\s+jour|classique)(?![\p{L}]))|en\s+dehors)`;

/** A character of a service's name on the way to its hospital: no denial, no alternative on the way (`qui ne fait pas partie d'un hôpital`). */
const NOT_DENIED = String.raw`(?:(?!(?<![\p{L}])(?:ne|n'|pas|ou|hors)(?![\p{L}]))[^.;])`;

/** A stay in a hospital, not a day hospital: `séjour hospitalier`, `séjour à l'hôpital`, `séjour de la mère dans l'établissement hospitalier`. */
const STAY_IN_HOSPITAL = String.raw`séjour\s+(?:hospitalier|à\s+l'hôpital|(?:d[eu]\s+(?:la\s+|l')?[\p{L}-]+\s+)?(?:dans|à)\s+(?:l'|un\s+)(?:hôpital|établissement\s+hospitalier))(?![\p{L}])(?!\s+de\s+jour)`;

const BILLED_BY_CENTRE = ci`\b(?:ne|n')\s*(?:peu(?:t|vent)\s+être|(?:est|sont))\s+(?:attestée?s?|portée?s?\s+en\s+compte|facturée?s?|remboursée?s?|effectuée?s?|réalisée?s?|dispensée?s?)(?:\s+[^\s.;]+){0,6}?\s+que\s+par\s+(?:un|le|les|des)\s+centres?(?!\s+hospitaliers?)(?![\p{L}])(?![^.;]{0,120}?\sou\s+(?:par|dans|en|à)\s)`;

export function settingOf(s: string): 'ambulatory' | 'hospitalised' | 'hospital' | 'centre' | 'outsideHospital' | null {
  if (!SETTING_HINT.test(s)) return null;
  // `que pour les patients …`, `qu'aux bénéficiaires …`, `qu'au bénéfice de patients …`, `est réservée aux bénéficiaires …`
  // (`… que pour un bénéficiaire qui n'est pas admis à l'hôpital`: not hospitalised)
  if (ci`${ONLY_FOR_PERSONS}(?:en\s+(?:traitement\s+)?ambulatoire|ambulante?s?|ambulatoires?|non\s+hospitalisée?s?|qui\s+(?:ne\s+|n')(?:sont|est)\s+pas\s+(?:encore\s+)?(?:hospitalisée?s?|admise?s?\s+(?:à\s+l'hôpital(?!\s+de\s+jour)|dans\s+un\s+hôpital(?!\s+de\s+jour)|en\s+hospitalisation(?!\s+de\s+jour))))(?![\p{L}])(?!\s+(?:et|ou)\s+(?:\p{L}+\s+)?hospitalisée?s?)(?!\s+(?:et|ou)\s+qui\s)`.test(s)) return 'ambulatory';
  // (hospitalised or in day hospital, `que chez des bénéficiaires hospitalisés ou traités en hôpital de jour`: in a hospital; or in
  // its emergency ward, `que pour des bénéficiaires hospitalisés ou admis au service des urgences d'un hôpital`)
  if (ci`${ONLY_FOR_PERSONS}hospitalisée?s?\s+ou\s+(?:\S+\s+){0,3}?(?:(?:en|à\s+l'|dans\s+un)\s*(?:hôpital|hospitalisation)\s+de\s+jour|(?:au|aux|dans\s+(?:un|le))\s+(?:service\s+des\s+|services\s+des\s+|service\s+d')?urgences?|dans\s+une\s+fonction\s+(?:reconnue\s+)?de\s+soins\s+urgents)(?![\p{L}])`.test(s)) return 'hospital';
  // (not a choice of both, `que pour les bénéficiaires hospitalisés ou ambulants`, `… hospitalisés et non hospitalisés`; but
  // `… hospitalisés et non pour les ambulants` is the one)
  // (not a patient's history: `… aux bénéficiaires hospitalisés pour … au cours des 12 mois précédant la demande`)
  if (ci`${ONLY_FOR_PERSONS}hospitalisée?s?(?![\p{L}])(?!\s+(?:ou\s+(?:\S+\s+){0,3}?|et\s+(?:les\s+|des\s+)?)(?:ambula\p{L}*|non\s+hospitalisée?s?)(?![\p{L}]))(?![^.;]*?(?<![\p{L}])(?:précédant|précèdent|précédents?|antérieure?s?)(?![\p{L}]))`.test(s)) return 'hospitalised';
  // (`que pour un bénéficiaire admis dans un service de soins intensifs`: in a hospital's ward)
  // (or staying there: `que pour un nouveau-né qui séjourne dans un service N* ou NIC agréé`; not a choice, `… ou à domicile`,
  // `…, ou qui est soigné à domicile`)
  if (ci`${ONLY_FOR_PERSONS}(?:admise?s?|qui\s+(?:séjourne(?:nt)?|(?:est|sont)\s+admise?s?)|séjournant)\s+(?:dans\s+(?:un|le)\s+service(?!\s+(?:des\s+urgences|d'urgence))|à\s+l'hôpital(?!\s+de\s+jour)|dans\s+un\s+(?:hôpital(?!\s+de\s+jour)|établissement\s+hospitalier))(?![\p{L}])(?!${OTHER_PLACE})(?![^.;]{0,80}?\sou\s+qui\s)`.test(s)) return 'hospitalised';
  if (/(?<!\w)ne\s+peu(?:t|vent)\s+(?:\S+\s+){0,6}qu(?:e\s+|')(?:dans\s+un|au\s+sein\s+d'un)\s+centre|(?<!\w)que\s+dans\s+(?:un|le)\s+centre/iu.test(s)) return 'centre';
  // (`que dans un service de radiothérapie agréé d'un hôpital`, `que pour un patient pris en charge au service des urgences
  // d'un hôpital`: a hospital's service)
  if (ci`(?:\bque\s+|\b(?:ne|n')\s*[^.;]{0,80}?\bqu')(?:en\s+|dans\s+un\s+|au\s+sein\s+d'un\s+)(?:milieu\s+hospitalier|hôpital|établissement\s+hospitalier|service\s+hospitalier)(?!${OTHER_PLACE})|\bque\s+(?:dans\s+(?:un|le)|(?:pour|chez)\s+(?:un|une|les|des)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:pris|prise?s)\s+en\s+charge\s+(?:au|dans\s+(?:un|le)))\s+service\s+${NOT_DENIED}{0,60}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?!\s+ou\s)`.test(s)) return 'hospital';
  // (`ne sont remboursées que si elles sont effectuées dans le service de médecine physique d'un hôpital`; not `… d'un
  // service qui ne fait pas partie d'un hôpital`, nor `… d'un hôpital ou dans un cabinet privé`; `… que si la séance a lieu dans un
  // service … d'un hôpital`)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,40}?\b(?:(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|dispensée?s?|exécutée?s?)|a\s+lieu|ont\s+lieu)\s+dans\s+(?:un|le)\s+service\s+${NOT_DENIED}{0,60}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?!\s+ou\s)`.test(s)) return 'hospital';
  // `n'est accompli que par un médecin spécialiste en ophtalmologie, au sein d'un hôpital`: the place closing a restriction
  // (or a condition, `n'est remboursée que si elle est effectuée par un médecin spécialiste en urologie, dans un hôpital
  // disposant d'un service de chirurgie agréé`)
  // (or after `et uniquement`, with no comma: `… que par un médecin spécialiste en X et uniquement dans un hôpital disposant …`)
  if (ci`\b(?:ne|n')\s*[^.;]{0,80}?\bque?\s+(?:si\s+(?:elle|il)s?\s+(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?)\s+)?par\s[^.;]{0,160}?(?:,\s*(?:et\s+)?|\s+et\s+(?=(?:uniquement|seulement|exclusivement)\s))(?:(?:uniquement|seulement|exclusivement)\s+)?(?:au\s+sein\s+d'un|dans\s+un)\s+(?:hôpital|établissement\s+hospitalier)(?:\s+(?:disposant|qui\s+dispose)\s[^.;]*)?\s*[.;]?\s*$`.test(s)) return 'hospital';
  // (`le traitement est effectué par un médecin spécialiste en ophtalmologie, dans un hôpital disposant d'une salle …`: a plain
  // statement of who and where, as a condition of the list it stands in; not `… dans un hôpital ou …`, but `…, dans un
  // hôpital, en hospitalisation de jour ou en hospitalisation classique`)
  // (or a room or ward of one: `…, dans une salle d'opération d'un hôpital`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?)\s+par\s[^.;]{0,100}?,\s*(?:au\s+sein\s+d'un|dans\s+un|dans\s+une\s+(?:salle|unité)\s+(?:(?!(?<![\p{L}])(?:dehors|hors|indépendante?|extérieure?|ou)(?![\p{L}]))[^.;,]){0,40}?\bd'un)\s+(?:hôpital|établissement\s+hospitalier)(?![\p{L}])(?!${OTHER_THAN_HOSPITAL})(?!\s+ou\s+d(?:'|e\s|u\s|es\s))`.test(s)) return 'hospital';
  // (who performs them and in which part of a hospital, as a plain statement: `elles sont exécutées par le médecin spécialiste en
  // gériatrie dans la section polyclinique d'un hôpital agréé`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|dispensée?s?)\s+par\s(?:(?!\sou\s)[^.;,]){0,100}?,?\s+dans\s+(?:la|le|une?)\s+(?:section|service|unité|salle|polyclinique)(?![\p{L}])(?:(?!\sou\s)[^.;,]){0,80}?\sd'un\s+(?:hôpital|établissement\s+hospitalier)(?![\p{L}])(?!${OTHER_THAN_HOSPITAL})(?!\s+(?:\p{L}+\s+)?ou\s)`.test(s)) return 'hospital';
  // (`Cette prestation est réservée aux médecins spécialistes en médecine interne ou en pédiatrie dans un centre de dialyse agréé`)
  // (physicians attached to one, `… aux médecins spécialistes en radiodiagnostic attachés à un centre agréé`; not those who are
  // not, nor patients so attached)
  if (ci`\bréservée?s?\s+aux?\s+(?:médecins?|spécialistes?)\s[^.;]{0,120}?\s(?:r?attachée?s?|affectée?s?)\s+à\s+un\s+centre\b(?!${OTHER_PLACE})`.test(s) && !ci`\b(?:ne|n')\s*(?:sont|est)\s+pas\s+(?:r?attachée?s?|affectée?s?)|\bnon\s+(?:r?attachée?s?|affectée?s?)`.test(s)) return 'centre';
  // (no denial on the way, `… aux bénéficiaires qui ne résident pas dans un centre`, and no choice after it, `… dans un centre
  // ou en cabinet privé`)
  if (ci`\bréservée?s?\s+(?:aux?|à)\s[^.;]{0,120}?\s(?:dans|au\s+sein\s+d')\s*un\s+centre\b(?!${OTHER_PLACE})`.test(s) && !ci`\b(?:ne|n')\s*(?:sont|est)\s+pas\s+réservée?s?|\b(?:ne|n')\s*\p{L}+\s+(?:pas|jamais)\s+(?:\S+\s+){0,2}?(?:dans|au\s+sein\s+d')\s*un\s+centre\b`.test(s)) return 'centre';
  // `n'est honorée que si le bénéficiaire est hospitalisé`, `ne peut jamais être attesté pour un patient hospitalisé`
  // (or in a day hospital as well, `… que si le bénéficiaire est hospitalisé ou admis en hôpital de jour`: in a hospital)
  if (ci`\bque\s+(?:si|lorsque)\s+(?:le|la|l')\s*(?:patiente?|bénéficiaire|nouveau-né|enfant|malade)\s+est\s+hospitalisée?\s+ou\s+(?:admise?|traitée?|prise?\s+en\s+charge|accueillie?)\s+(?:en|dans\s+un)\s+(?:hôpital|hospitalisation)\s+de\s+jour(?![\p{L}])`.test(s)) return 'hospital';
  if (ci`\bque\s+(?:si|lorsque)\s+(?:le|la|l')\s*(?:patiente?|bénéficiaire|nouveau-né|enfant|malade)\s+est\s+hospitalisée?(?![\p{L}])`.test(s)) return 'hospitalised';
  // `Le remboursement … est réservé aux implantations effectuées dans un établissement hospitalier …`
  if (ci`\bréservée?s?\s+aux\s+(?:implantations?|interventions?|prestations?|examens?)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?)\s+(?:dans\s+un|en)\s+(?:établissement\s+hospitalier|hôpital|milieu\s+hospitalier)`.test(s)) return 'hospital';
  // `n'est effectué qu'en milieu hospitalier`
  if (ci`\bqu'en\s+(?:milieu\s+hospitalier|hôpital|établissement\s+hospitalier)`.test(s)) return 'hospital';
  // `ne sont remboursées que lorsque la séance est dispensée au domicile du bénéficiaire`, `… que lorsqu'elles sont effectuées au
  // domicile du patient`
  if (ci`\bque\s+(?:si|lorsque|lorsqu')\s*(?:(?:la|le|l')\s*(?:séance|prestation|traitement|examen|visite|soin)|elles?|ils?)\s+(?:est|sont|a\s+lieu|ont\s+lieu|a\s+été|ont\s+été)\s+(?:(?:dispensée?s?|effectuée?s?|réalisée?s?|donnée?s?)\s+)?au\s+domicile\b(?![^.;]{0,80}?\sou\s+(?:dans|en|à)\s+(?:un|une|le|la|l')\s*(?:centre|hôpital|établissement|service|institution|maison\s+de\s+(?:repos|soins)))`.test(s)) return 'outsideHospital';
  // `ne peut être attestée que pendant un séjour du bénéficiaire dans un hôpital`
  // (or in a ward, `service hospitalier`, or one named by its index: `… que pendant le séjour du bénéficiaire dans le service K`)
  // (`… que pendant le séjour hospitalier de la mère`)
  if (ci`\bque\s+(?:pendant|durant|lors\s+d')\s*(?:un|le)\s+séjour\s+(?:hospitalier(?![\p{L}])(?![^.;]{0,60}?\sou\s)|[^.;]{0,40}?(?<![\p{L}])(?:hôpital|établissement\s+hospitalier|service(?![\p{L}])(?![^.;]{0,40}?\bdomicile\b)))`.test(s)) return 'hospitalised';
  // (`ne peuvent être attestées que pendant l'hospitalisation du bénéficiaire`; not `… de jour`)
  // (the restriction `ne … qu'`, not a clause `mentionner qu'au cours de …`; no other place offered, `… ou en ambulatoire`)
  // (`… que dans le cadre d'une hospitalisation (de jour ou d'une hospitalisation classique)`: either way in one)
  const during = ci`\b(?:ne|n')\s*[^.;]{0,80}?\bqu(?:e\s+|')(?:pendant\s+|durant\s+|(?:lors|au\s+cours|dans\s+le\s+cadre)\s+d(?:e\s+|'))(?:l'|une\s+|son\s+|sa\s+|leur\s+)hospitalisation(?![\p{L}])(?!\s+de\s+jour(?!\s+ou\s+(?:d'une\s+|en\s+)?hospitalisation\s+classique(?![\p{L}])))(?!${OTHER_THAN_HOSPITAL})(?![^.;]{0,80}?\sou\s+(?:en\s+)?ambulatoire)`.exec(s);
  // (one kind among others, `… d'une hospitalisation classique ou d'une hospitalisation de jour`, is a hospital's; a `ne … qu'` in a
  // condition, `… si l'indication n'a été posée qu'au cours d'une hospitalisation antérieure`, restricts nothing)
  if (during && !ci`^[^.;]{0,40}?\bou\s+(?:d'une\s+|en\s+)?hospitalisation\s+de\s+jour`.test(s.slice(during.index + during[0].length)) && !ci`(?<![\p{L}])(?:si|lorsqu'?|quand)\s[^,.;]*$`.test(s.slice(0, during.index)) && !ci`(?<![\p{L}])(?:si|lorsqu'?|quand)\s`.test(during[0])) return 'hospitalised';
  // `ne sont pas remboursées pour un patient en ambulatoire`, `n'est jamais remboursée chez un patient ambulant`: in hospital only
  if (ci`\b(?:ne|n')\s*(?:sont|est)\s+(?:pas|jamais)\s+(?:remboursée?s?|attestée?s?|honorée?s?|remboursables?|attestables?)\s+(?:pour|chez)\s+(?:un|une|les|des)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:en\s+)?(?:ambulatoires?|ambulante?s?|non\s+hospitalisée?s?)(?![\p{L}])(?!\s+(?:ou|et)\s+(?:\p{L}+\s+)?hospitalisée?s?)`.test(s)) return 'hospitalised';
  // `ne sont remboursées que si elles sont délivrées à un bénéficiaire qui n'est pas hospitalisé`
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,60}?(?<![\p{L}])(?:à|chez|pour)\s+(?:un|une|le|la|des|les)\s+(?:patients?|patientes?|bénéficiaires?)\s+(?:qui\s+(?:n'|ne\s+)(?:est|sont)\s+pas\s+hospitalisée?s?|non\s+hospitalisée?s?)(?![\p{L}])`.test(s)) return 'ambulatory';
  // `n'est attestable que si la bénéficiaire séjourne à l'hôpital`
  if (ci`\bque\s+(?:si|lorsque)\s+(?:le|la)\s+(?:patiente?|bénéficiaire)\s+séjourne\s+(?:à\s+l'hôpital|dans\s+un\s+(?:hôpital|établissement\s+hospitalier))`.test(s)) return 'hospitalised';
  // `n'est due que si l'implantation a lieu au cours d'une hospitalisation`, `… que si le matériel est implanté au cours d'une
  // hospitalisation` (the act: not `que si le diagnostic est posé au cours d'une hospitalisation`, a condition on something else)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,80}?\b(?:(?:a|ont)\s+lieu|(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|implantée?s?|placée?s?|administrée?s?|dispensée?s?)|intervien(?:t|nent))\s+(?:au\s+cours\s+d'une|pendant\s+une|lors\s+d'une|durant\s+une)\s+hospitalisation\b`.test(s)) return 'hospitalised';
  // `Les systèmes sont implantés par un médecin spécialiste en urologie, au cours d'une hospitalisation.`: where, closing the sentence
  // (a plain statement: not `n'est pas remboursée lorsqu'elle est effectuée par …, au cours d'une hospitalisation`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées)\s[^.;]{0,120}?,\s*(?:au\s+cours\s+d'une|pendant\s+une|lors\s+d'une|durant\s+une)\s+hospitalisation\s*[.;]?\s*$`.test(s)) return 'hospitalised';
  // `n'entre en ligne de compte que s'il est implanté chez un bénéficiaire hospitalisé`
  // (not `… que si elle n'est pas effectuée chez un bénéficiaire hospitalisé`)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)(?:(?!\bpas\b|\bjamais\b)[^.;]){0,80}?(?<![\p{L}])(?:chez|pour|à)\s+(?:un|une|le|la)\s+(?:patiente?|bénéficiaire)\s+hospitalisée?(?![\p{L}])`.test(s)) return 'hospitalised';
  // `ne sont pas remboursées lorsque le patient est hospitalisé`, `n'est pas remboursé chez les bénéficiaires hospitalisés`;
  // `… lorsque le bénéficiaire séjourne dans un hôpital`: outside the hospital
  if (ci`\b(?:ne|n')\s*(?:sont|est)\s+pas\s+(?:remboursée?s?|attestée?s?|honorée?s?)\s+(?:lorsque|lorsqu'|si|quand)\s*(?:le|la)\s+(?:patiente?|bénéficiaire)\s+séjourne\s+dans\s+un\s+(?:hôpital|établissement\s+hospitalier)`.test(s)) return 'outsideHospital';
  // (`Le supplément X n'est pas dû lorsque …`, `Aucune des prestations … n'est remboursable lorsque …`: not the patient's share,
  // `Le ticket modérateur n'est pas dû lorsque …`, nor in a condition, `Si aucune … n'est remboursable lorsque …, …`)
  if (!PATIENT_SHARE.test(s) && !OPENS_ON_CONDITION.test(s) && ci`(?:(?<![\p{L}])(?:ne|n')\s*(?:sont|est)\s+(?:pas|jamais)\s+(?:remboursée?s?|attestée?s?|honorée?s?|remboursables?|attestables?|dûe?s?|dus)|(?<![\p{L}])aucune?\s[^.;]{0,80}?(?<![\p{L}])n'(?:est|sont)\s+(?:remboursables?|attestables?|remboursée?s?|dûe?s?))\s+(?:(?:lorsque|lorsqu'|si|quand)\s*(?:le|la)\s+(?:patiente?|bénéficiaire)\s+est|(?:chez|pour)\s+(?:les|des|un|une)\s+(?:patients?|patientes?|bénéficiaires?))\s+hospitalisée?s?(?![\p{L}])`.test(s)) return 'ambulatory';
  // `… ne sont remboursées qu'aux bénéficiaires qui ne séjournent pas dans un hôpital`: outside it
  if (ci`${ONLY_FOR_PERSONS}qui\s+ne\s+séjourne(?:nt)?\s+pas\s+(?:dans\s+un\s+(?:hôpital|établissement\s+hospitalier)|à\s+l'hôpital)`.test(s)) return 'outsideHospital';
  // `… ne sont jamais remboursées pendant une hospitalisation du bénéficiaire`: outside it
  // (`… ne peuvent pas être attestées pendant une hospitalisation`, `… pendant la durée de l'hospitalisation de la mère`; not
  // `… pendant la durée de l'hospitalisation que si …`, `… qu'une seule fois`: a restriction within the stay)
  if (ci`\b(?:ne|n')\s*(?:(?:sont|est)\s+(?:pas|jamais)|peu(?:t|vent)\s+(?:pas\s+|jamais\s+)?être)\s+(?:remboursée?s?|attestée?s?|honorée?s?|portée?s?\s+en\s+compte)\s+(?:(?:pendant|durant|au\s+cours\s+d')\s*(?:la\s+durée\s+de\s+)?(?:(?:une|l')\s*hospitalisation\b(?!\s+de\s+jour)|(?:un|le)\s+${STAY_IN_HOSPITAL})|au\s+cours\s+du\s+${STAY_IN_HOSPITAL})(?![^.;]*?(?<![\p{L}])qu(?:e(?![\p{L}])|'))`.test(s)) return 'outsideHospital';
  // `Les prestations X et Y sont réservées aux établissements hospitaliers qui disposent …`
  if (ci`\bréservée?s?\s+aux\s+(?:établissements?\s+hospitaliers?|hôpitaux)\b`.test(s)) return 'hospital';
  // `…, uniquement dans les centres de réadaptation respiratoire qui …` (a label's restriction)
  // (the restriction a label closes with, after its comma: not `… n'est pas traité uniquement dans les centres …`, `… conservé
  // uniquement dans les centres …`, nor a hospital's)
  if (ci`(?:,|\b(?:remboursée?s?|attestée?s?|effectuée?s?|réalisée?s?|dispensée?s?|remboursables?|attestables?))\s*uniquement\s+dans\s+(?:les|des|un)\s+centres?\b(?!\s+hospitaliers?)(?!${OTHER_PLACE})`.test(s) && !ci`\b(?:ne|n')\s*[^.;,]{0,60}?\b(?:pas|jamais)\b[^.;,]{0,40}?\buniquement\s+dans`.test(s)) return 'centre';
  // `L'implantation est réalisée dans un hôpital disposant d'un service …`: a plain statement of where (not denied or a case)
  // (`L'implantation a lieu dans un hôpital disposant d'un service …` too; and where the place is the only one: `… sont
  // effectuées uniquement dans un service de rééducation d'un hôpital`, `… est exécutée uniquement dans la section
  // polyclinique d'un hôpital agréé …`)
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?)|a\s+lieu|ont\s+lieu)\s+dans\s+un\s+(?:hôpital|établissement\s+hospitalier)\s+(?:disposant|qui\s+dispose)\b`.test(s)) return 'hospital';
  if (!/(?<!\w)(?:ne\s|n'|lorsqu|si\s|quand\s|sans\s)/iu.test(s) && ci`\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|dispensée?s?)\s+(?:uniquement|exclusivement|seulement)\s+(?:dans|au\s+sein\s+d')\s*(?:un|une|le|la|l')\s*(?:(?:hôpital|établissement\s+hospitalier)(?![\p{L}])|${NOT_DENIED}{0,80}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?![\p{L}]))(?!${OTHER_THAN_HOSPITAL})`.test(s)) return 'hospital';
  // `… ne sont remboursées que si elles sont effectuées dans les locaux de la fonction … d'un hôpital`: in a hospital
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,60}?\b(?:est|sont)\s+(?:effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?|dispensée?s?)\s+(?:dans|au\s+sein\s+d')\s*(?:un|une|le|la|les|l')\s*${NOT_DENIED}{0,100}?(?:\bd'un|\bde\s+l')\s*(?:hôpital|établissement\s+hospitalier)(?![\p{L}])(?!${OTHER_THAN_HOSPITAL})`.test(s)) return 'hospital';
  // `Les prestations … ne sont jamais remboursées en dehors d'une hospitalisation`: in hospital only
  if (ci`\b(?:ne|n')\s*(?:sont|est)\s+(?:pas|jamais)\s+(?:remboursée?s?|attestée?s?|honorée?s?)\s+en\s+dehors\s+d'(?:une|un)\s+(?:hospitalisation|séjour\s+hospitalier)`.test(s)) return 'hospitalised';
  // `ne sont remboursées que si le bénéficiaire n'est pas hospitalisé`
  if (ci`\bque\s+si\s+(?:le|la)\s+(?:patiente?|bénéficiaire)\s+n'est\s+pas\s+hospitalisée?(?![\p{L}])`.test(s)) return 'ambulatory';
  // (also a mother's, in an obstetric table, and without `pas`: `ne peut être attestée pour une mère hospitalisée.`, the
  // sentence ending there: not `… pour un bénéficiaire hospitalisé que si …`, `… qu'une fois par admission`, `… dans un service X`)
  if (ci`\bne\s+peu(?:t|vent)\s+(?:pas\s+|jamais\s+)(?:\S+\s+){0,3}?(?:pour|chez)\s+(?:un|une|le|la|les|des)\s+(?:patients?|patientes?|bénéficiaires?|mères?)\s+hospitalisée?s?(?![\p{L}])|\bne\s+peu(?:t|vent)\s+être\s+(?:attestée?s?|remboursée?s?|portée?s?\s+en\s+compte)\s+(?:pour|chez)\s+(?:un|une|le|la|les|des)\s+(?:patients?|patientes?|bénéficiaires?|mères?)\s+hospitalisée?s?\s*(?:[.;]|$)|\bjamais\s+(?:\S+\s+){0,4}?(?:(?:pour|chez)\s+(?:un|une)|au|à\s+(?:un|une|la))\s+(?:patiente?|bénéficiaire)\s+hospitalisée?(?![\p{L}])`.test(s)) return 'ambulatory';
  // `ne peuvent être effectuées qu'en dehors de l'hôpital`, `n'est accordé que pour une visite au domicile du patient`
  if (ci`\bqu'en\s+dehors\s+(?:de\s+(?:l'hôpital|tout\s+séjour\s+(?:hospitalier|à\s+l'hôpital)|toute\s+hospitalisation)|d'un\s+séjour\s+(?:hospitalier|à\s+l'hôpital))|\bne\s+(?:peu(?:t|vent)|sont|est)\s+[^.;]{0,60}?\bque\s+(?:pour\s+)?(?:(?!\bn'|\bne\s|\bpas\b)[^.;]){0,60}?\ben\s+dehors\s+d(?:e\s+l'|'un\s+)(?:hôpital|établissement\s+hospitalier)|(?<!\bainsi\s|\btant\s[^.;]{0,60})\b(?:que|qu')\s*(?:pour\s+(?:une|des)\s+(?:visites?|séances?|prestations?|soins)\s+(?:effectuée?s?\s+|dispensée?s?\s+|réalisée?s?\s+)?)?au\s+domicile\s+du\s+(?:patient|bénéficiaire|malade)`.test(s)) return 'outsideHospital';
  // `ne sont remboursées qu'en dehors d'un établissement hospitalier` (a restriction: not `tant au cours d'une hospitalisation
  // qu'en dehors d'une hospitalisation`, both)
  if (ci`\b(?:ne|n')\s*[^.;]{0,80}?(?<!\bainsi\s)\bqu'en\s+dehors\s+d'(?:un|une)\s+(?:établissement\s+hospitalier|hôpital|hospitalisation)\b`.test(s) && !ci`\b(?:tant|aussi\s+bien)\b`.test(s)) return 'outsideHospital';
  // `n'est attestable que pour une séance effectuée dans un centre d'autodialyse …` (not a hospital's, `… dans un centre de
  // dialyse hospitalier`)
  if (ci`\bque\s+pour\s+(?:une?|les|des)\s+\p{L}+\s+(?:effectuée?s?|réalisée?s?|dispensée?s?)\s+(?:dans|au\s+sein\s+d')\s*(?:un|les|des)\s+centres?\b(?![^.;,]{0,40}?(?<![\p{L}])hospitaliers?(?![\p{L}]))(?!${OTHER_PLACE})`.test(s)) return 'centre';
  // `n'est remboursée que si elle est réalisée par un centre …`, `… que si elles sont effectuées dans un hôpital …`
  // (who performs it may come first: `… que si l'implantation est effectuée par un médecin spécialiste en X, dans un centre …`)
  if (ci`\bque\s+(?:si\s|s'|lorsqu)[^.;]{0,60}?\b(?:dans|par)\s+un\s+centre\b|\bque\s+(?:si\s|s'|lorsqu)(?:(?!(?<![\p{L}])(?:ne|n'|pas|hors)(?![\p{L}]))[^.;]){0,160}?,\s*(?:dans|au\s+sein\s+d')\s*un\s+centre\b(?!${OTHER_PLACE})`.test(s)) return 'centre';
  // `La prestation X est réalisée au sein d'un centre multidisciplinaire …`, `… sont exécutées dans le laboratoire d'un centre agréé`
  // (not the case a refusal names: `… ne sont pas remboursées lorsqu'elles sont effectuées dans des laboratoires d'un centre`)
  const centre = ci`${IN_A_CENTRE}`.exec(s);
  if (centre && !ci`\b(?:ne|n')\s*[^.;]{0,60}?\b(?:pas|jamais)\b[^.;]{0,80}?\b(?:lorsqu|si\s|quand\s)[^.;]{0,30}$`.test(s.slice(0, centre.index + 1))) return 'centre';
  // `Ces prestations sont exclusivement réalisées dans les laboratoires d'un centre agréé`
  if (ci`\b(?:exclusivement|uniquement|seulement)\s+(?:réalisée?s?|effectuée?s?|exécutée?s?|dispensée?s?|pratiquée?s?)\s+(?:dans|par)\s+(?:[^.;]{0,40}?(?:\s|d'))?(?:un|le|les|des)\s+centres?\b|\b(?:réalisée?s?|effectuée?s?|exécutée?s?|pratiquée?s?)\s+(?:exclusivement|uniquement|seulement)\s+(?:dans|par)\s+(?:[^.;]{0,40}?(?:\s|d'))?(?:un|le|les|des)\s+centres?\b`.test(s)) return 'centre';
  if (ci`\bque\s+(?:si\s|s'|lorsqu)\S*\s+[^.;]{0,60}?\b(?:dans\s+(?:un|le)|en)\s+(?:hôpital|établissement\s+hospitalier|milieu\s+hospitalier|service\s+hospitalier)`.test(s)) return 'hospital';
  // `ne peuvent être attestées que par un centre de rééducation …`: billed by a centre only (not prescribed or asked for by
  // one, nor one of a choice, `… ou par un hôpital`; last: a place the forms above read comes first)
  if (BILLED_BY_CENTRE.test(s)) return 'centre';
  return moreSetting(s) ?? restrictedSetting(s);
}

// what `ne … que` (or `uniquement`, `exclusivement`) restricts the prestation to: the words after it, up to the clause's end
// (not a denial, `ne … pas … que`, nor a conjunction's `que`, `à moins que le bénéficiaire ne soit hospitalisé`)
const RESTRICTED = ci`(?:(?<![\p{L}])(?:ne(?![\p{L}])|n')(?:(?!(?<![\p{L}])(?:pas|jamais|aucune?|nullement)(?![\p{L}]))[^.;]){0,120}?(?<!(?:moins|bien|autant|alors|ainsi|tant|après|avant|sorte|pendant|afin|même|plus|parce|puis|sans)\s)\bqu(?:e(?![\p{L}])|')|\b(?:uniquement|exclusivement)(?![\p{L}]))\s*([^.;]{0,160})`;
// a person in hospital, whatever the noun (only a person is hospitalised): `le nourrisson est hospitalisé`, `pour une
// parturiente hospitalisée`, `en cas d'hospitalisation du bénéficiaire`, `des bénéficiaires séjournant dans un service …`
const IN_HOSPITAL = ci`(?<![\p{L}])(?:(?:est|sont|soit|soient)\s+hospitalisée?s?|(?:pour|chez|à|aux)\s+(?:un|une|des|les|le|la)?\s*[\p{L}-]{4,}\s+hospitalisée?s?|en\s+cas\s+d'hospitalisation|(?:au\s+cours|pendant|durant|lors)\s+d'une\s+hospitalisation\s+d(?:u|e\s+la)\s+(?:bénéficiaire|patiente?|malade)|séjournant\s+(?:à\s+l'hôpital|dans\s+(?:un|une|le|la)\s+(?:hôpital|service|unité|établissement\s+hospitalier)))(?![\p{L}])`;
// (every restriction of a sentence, in turn: the same pattern, global)
const RESTRICTIONS = new RegExp(RESTRICTED.source, 'giu');
const AT_HOME = ci`(?<![\p{L}])au\s+domicile\s+d(?:u|e\s+la|es)\s+`;
// a place outside the hospital offered as well: `… hospitalisés ou ambulants`, `… dans un service de gériatrie ou à domicile`
const OUT_OF_HOSPITAL_TOO = ci`(?<![\p{L}])(?:ou|et|ainsi\s+qu(?:e|'))\s*(?:\S+\s+){0,5}?(?:ambula\p{L}*|domicile|cabinet|polyclinique|non\s+hospitalisée?s?)(?![\p{L}])`;

/**
 * The place or state a restriction names in words the forms above do not hold (`ne … que si le nourrisson est
 * hospitalisé`, `n'est remboursable qu'en cas d'hospitalisation du bénéficiaire`, `… que lorsqu'elles sont effectuées au
 * domicile du patient`): read in the restricted words only, never where they are denied (`que si le bénéficiaire n'est
 * pas hospitalisé`, read above) or where the hospital is also named (`au domicile … ou à l'hôpital`).
 */
function restrictedSetting(s: string): 'hospitalised' | 'outsideHospital' | null {
  // each restriction in turn: `… que par un cardiologue, et uniquement chez un bénéficiaire hospitalisé`, `… qu'une fois
  // tous les 3 mois et uniquement pour un traitement effectué au domicile du bénéficiaire`
  const all = RESTRICTIONS;
  all.lastIndex = 0;
  for (let m = all.exec(s); m; m = all.exec(s)) {
    const found = settingOfPart(m[1]);
    if (found) return found;
    // (the next restriction may stand inside these words)
    all.lastIndex = Math.max(m.index + 1, m.index + m[0].length - m[1].length);
  }
  return null;
}

function settingOfPart(words: string): 'hospitalised' | 'outsideHospital' | null {
  // (up to an exception, `… que par un spécialiste, sauf pour les patients hospitalisés`, the next clause, `… qu'en cas
  // d'hospitalisation du bénéficiaire et ne peut être attestée plus de …`, or the next restriction, read on its own)
  const part = words.split(/(?<![\p{L}])(?:sauf|excepté|hormis|à\s+l'exception|à\s+moins|et\s+(?:ne|n')|uniquement|exclusivement)(?![\p{L}])/iu)[0];
  if (!part || /(?<![\p{L}])(?:pas|jamais|non)(?![\p{L}])/iu.test(part)) return null;
  // (nor a count's span, `qu'une fois au cours d'une hospitalisation du bénéficiaire`, nor a choice of places, `… qu'au
  // cabinet ainsi qu'au domicile`, `… hospitalisés ou ambulants`, `… dans un service de gériatrie ou à domicile`)
  if (/(?<![\p{L}])fois(?![\p{L}])/iu.test(part)) return null;
  if (IN_HOSPITAL.test(part)) return OUT_OF_HOSPITAL_TOO.test(part) ? null : 'hospitalised';
  if (AT_HOME.test(part) && !/h[ôo]pital|hospitali|cabinet|centre|polyclinique/iu.test(part)) return 'outsideHospital';
  return null;
}
