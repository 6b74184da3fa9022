import type { Rule } from '../../schema/rules.js';
import { accentTolerant, accentTolerantSource } from '../../text/accents.js';

/*
 * Who may bill a prestation (its qualification): the typer of typeSentence (typers.ts) that reads persons; who must approve
 * it first is approval.ts's, where it may be done setting.ts's.
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
  if ((only?.[4] || only?.[7]) && !trigger.test(s) && IN_OPEN_CONDITION.test(s.slice(0, only.index))) return null;
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
  const holder = !only && !trigger.test(s) ? billingTitleHolder(s) : null;
  if (!trigger.test(s) && !only && !holder) return null;
  const additional = ci`(?<![\p{L}])(?:(?:lui|eux)\s+)?(?:également|aussi)\s+(?:être\s+)?(?:honorée?s?|attestée?s?|accessibles?|ouvertes?|remboursée?s?|portée?s?\s+en\s+compte|attester|porter\s+(?:\S+\s+){0,2}?en\s+compte)`.test(s);
  // `… OU par un médecin spécialiste de l'une des disciplines suivantes si … en collaboration avec … : o …`
  // (the title's field, and any specialty named with it: `… titulaire du diplôme de médecin spécialiste en cardiologie`, `… ou par
  // un médecin spécialiste en médecine interne`)
  if (holder) return { specialties: [...new Set([...titleOf(TITLE_HELD.exec(s.slice(holder.index + holder[0].length).replace(/^\s*(?:médecins?|praticiens?|dentistes?)(?![\p{L}])/iu, ''))), ...specialtiesIn(s)])], inCollaboration: [], collaborationWith: [], additional, excluded: [] };
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
const TITLE_HELD = ci`^\s*,?\s*(?:qui\s+(?:est|sont)\s+)?(?:porteurs?|titulaires?|détenteurs?)\s+(?:du|d'une?|de\s+la|des)\s+(?:titres?\s+professionnels?\s+particuliers?\s+(?:de\s+|d'|en\s+|d'une?\s+)?(?:médecins?\s+)?([\p{L}'-]+(?:\s+(?!(?:et|ou|qui|lorsque|si|dans|pour|à|au|avant|après|depuis|conformément|inscrite?s?|agréée?s?|chez|en|sur|selon|avec|auprès)(?![\p{L}]))[\p{L}'-]+){0,3})|titre|diplôme|certificat|brevet|qualification|agrément)(?![\p{L}])`;

/** The field of a title held (TITLE_HELD), or none where the title names none. */
function titleOf(held: RegExpExecArray | null): string[] {
  return held?.[1] ? [held[1].trim()] : [];
}

/** Who may bill, by the title they hold: `peut être attestée par un titulaire`, `… effectuées par les porteurs` (TITLE_HELD after). */
const TITLE_HOLDER_BILLS = ci`\b(?:attestée?s?|portée?s?\s+en\s+compte|effectuée?s?|réalisée?s?|pratiquée?s?|exécutée?s?)\s+(?:uniquement\s+|exclusivement\s+|seulement\s+)?(?:que\s+)?par\s+(?:un|une|des|le|la|les)(?=\s+(?:(?:médecins?|praticiens?|dentistes?)\s*,?\s+)?(?:porteurs?|titulaires?|détenteurs?)\s+(?:du|d'une?|de\s+la|des)\s+(?:titres?|diplômes?|certificats?|brevets?)(?![\p{L}]))`;

/** Text that ends inside a condition still open (`Lorsque la prestation est effectuée `), not a restriction's `que si`. */
const IN_OPEN_CONDITION = ci`(?<!\bque\s)(?:\blorsqu|\bsi\s|\bquand\s)[^,;.]*$`;

/**
 * TITLE_HOLDER_BILLS as who may bill: not who may not (`… ne peut pas être attestée par un titulaire …`), nor a case a condition
 * names (`Lorsque la prestation X est attestée par un titulaire …, elle …`).
 */
function billingTitleHolder(s: string): RegExpExecArray | null {
  const m = TITLE_HOLDER_BILLS.exec(s);
  if (!m) return null;
  const before = s.slice(0, m.index);
  if (ci`(?:\bne\s|(?<![\p{L}])n')(?![^.;]*\bqu(?:e\s|'))[^.;]*$`.test(before)) return null;
  return IN_OPEN_CONDITION.test(before) ? null : m;
}

/** A sentence opening on a condition: `Si …`, `Lorsque …`, `Quand …`. */
export const OPENS_ON_CONDITION = /^\W*(?:si|lorsque|lorsqu'|quand)(?![\p{L}])/iu;

/** Acts reserved to a paragraph's physicians, or to accredited ones, in a condition opening the sentence. */
const RESERVED_IN_CONDITION = new RegExp(String.raw`${OPENS_ON_CONDITION.source}[^,;]*?(?<![\p{L}])(?:réservée?s?|accessibles?)\s+(?:au|aux)\s+médecins?\s+(?:visée?s?|spécialistes?\s+accrédités?)`, 'iu');

/** A sentence whose subject is acts (`Les prestations …`, `Ces examens …`): a status or a paragraph they are reserved to is who bills them. */
const ACTS_SUBJECT = /^\W*(?:[\p{L}\d°]{1,3}[.)]\s*|\d{1,2}°\s*)?(?:§\s*\d+(?:er)?\.\s*)?(?:(?:les|la|le|l'|ces|cette|ce|cet)\s*(?:prestations?|examens?|analyses?|actes?|interventions?|séances?|implantations?|dispositifs?|honoraires?)|elles?|ils?)(?![\p{L}])(?![^.;:,]{0,60}?(?<![\p{L}])(?:résultats?|données|registre)(?![\p{L}]))/iu;

/**
 * After `réservées aux médecins`: who designates them (`autorisés à les pratiquer par le Ministre …`, `agréés à cet effet`), or the
 * role that does (`… que par le médecin spécialiste qui coordonne l'équipe d'algologie`).
 */
// (not every physician, `autorisés à exercer l'art médical`, `habilités à prescrire …`: only those designated for these acts, or by
// an authority, or a paragraph: `… réservées aux médecins visés au § 2`)
const DESIGNATED = ci`^\s+((?:autorisée?s?|agréée?s?|habilitée?s?|désignée?s?)\s+(?:à\s+(?:les|la|le)\s+(?:pratiquer|effectuer|réaliser|attester)|par\s+(?:le|la|l')\s*(?:Ministre|Roi|Collège|Conseil|Commission|arrêté)|à\s+cet\s+effet|pour\s+(?:ces|cette)\s)[^.;]{0,100}?|visée?s?\s+(?:au|à\s+l'|aux)\s*§\s*\d+(?:er)?(?:\s*(?:bis|ter|quater))?(?:,\s*\d+°)?|qui\s+(?:coordonne|dirige|est\s+responsable\s+d)[^.;,]{1,80}?)\s*(?:[.;:]|$|,\s)`;

/** Who may bill, named by profession (`le médecin spécialiste`, `le logopède`, `la sage-femme`, `l'orthopédiste agréé`). */
const PROFESSION = String.raw`(?:médecins?(?:\s+spécialistes?)?|praticiens?(?:\s+de\s+l'art\s+dentaire)?|dentistes?|logopèdes?|kinésithérapeutes?|sages?-femmes?|infirmi(?:er|ère)s?|bandagistes?(?:-\p{L}+)?|orthopédistes?|orthésistes?|audiciens?|opticiens?|pharmaciens?|psychologues?|accoucheuses?|diététicien(?:ne)?s?|podologues?|ergothérapeutes?|orthoptistes?|prothésistes?(?:\s+dentaires?)?)(?:\s+(?:agréée?s?|accréditée?s?))?`;

/** A general practitioner, where a rule names who alone may bill (`Seul le médecin généraliste qui gère le DMG peut …`). */
const GP_OR_PROFESSION = String.raw`(?:médecins?\s+généralistes?(?:\s+agréée?s?)?|${PROFESSION})`;
