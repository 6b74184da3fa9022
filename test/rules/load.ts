import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import type { DocumentStructure } from '../../src/structure/types.js';
import { amendmentsWithPayloads } from '../../src/extract/amendments/index.js';
import { relabelledPrestations } from '../../src/extract/rules/relabelled.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { extractRules } from '../../src/extract/rules/index.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** A seed (`000`) from corpus/, or a corpus decree (`2014022132`) from ../shared/corpus. */
export function loadDoc(name: string): DocumentStructure {
  const path = /^\d{3}$/.test(name)
    ? resolve(repoRoot, 'corpus', readdirSync(resolve(repoRoot, 'corpus')).find((f) => f.startsWith(name + '_'))!)
    : resolve(repoRoot, '../shared/corpus', `${name}.md`);
  return buildStructure(ingestText(makeSourceFile(path, readFileSync(path))));
}

/** The rules nomen reads in a decree given as its markdown text (front matter included), as the pipeline reads them. */
export function rulesOfText(text: string) {
  const doc = buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(text))));
  // (new annex text printed without quote marks, which the amendments extractor finds, is read too)
  const { amendments, unquoted } = amendmentsWithPayloads(doc);
  return extractRules(doc, new DiagnosticSink(doc), undefined, unquoted, relabelledPrestations(amendments));
}

/** The rules of a decree whose one article (`<instruction> par ce qui suit :`) puts `quote` into the annex. */
export function rulesOfQuote(quote: string, instruction = "L'article 24 de l'annexe est remplacé") {
  return rulesOfText(`---\nnumber: 2016022107\n---\n\n**Article 1er.** ${instruction} par ce qui suit :\n\n"${quote}".\n`);
}

/**
 * The rules of a decree inserting two prestations (264180-264191, 264202-264213) and `sentences` after them into the annex's
 * article 24, each sentence a paragraph of the quote.
 */
export function rulesAfterTwoPrestations(...sentences: string[]) {
  return rulesOfText(
    decree(
      "**Article 1er.** A l'article 24 de l'annexe, les prestations et la règle d'application suivantes sont insérées :",
      '',
      ['" 264180-264191', 'Monitoring de la pression intracrânienne, par jour . . . . . K 40', '264202-264213', 'Doppler transcrânien, par examen . . . . . K 30', ...sentences].join('\n\n') + ' "',
    ),
  );
}

/** Each rule as [type, its code groups joined]: what the tests compare. */
export const summary = (rules: readonly { type: string; codes: string[][] }[]) => rules.map((r) => [r.type, r.codes.map((g) => g.join('-')).join(' ')]);

/** The types typeSentence gives a sentence. */
export const typesOf = (s: string) => typeSentence(s).map((t) => t.type);

/** The params typeSentence gives a sentence for one type (the first rule of it). */
export const paramsOf = (s: string, type: string) => typeSentence(s).find((t) => t.type === type)?.params;

/** A test decree: a front matter, then the lines given (an article and the annex text it puts in). */
export const decree = (...lines: string[]) => ['---\nnumber: 2099022990\n---\n', ...lines].join('\n');

/** The [max, period] of each frequency typeSentence reads in a sentence. */
export function typeSentenceLimits(s: string) {
  return rulesOfText(decree("**Article 1er.** A l'article 9 de l'annexe, l'alinéa suivant est inséré :", '', `" ${s} "`))
    .filter((r) => r.type === 'frequency')
    .map((r) => [(r.params as { max: number }).max, (r.params as { period: unknown }).period]);
}

/**
 * The rules of a decree that relabels 475204-475215 (`Honoraires pour l'évaluation psychogériatrique initiale …`), then
 * inserts `rules` after 475226-475230 (round 88's tests).
 */
export const relabelAndRules = (...rules: string[]) =>
  rulesOfText(
    decree(
      "**Article 1er.** A l'article 20, § 1er, g), de l'annexe, sont apportées les modifications suivantes :",
      '',
      '1. le libellé de la prestation 475204 - 475215 est remplacé par ce qui suit :',
      '',
      '" Honoraires pour l’évaluation psychogériatrique initiale d’un bénéficiaire hospitalisé, avec rapport écrit K 60 ";',
      '',
      '2. les règles d’application suivantes sont insérées après la prestation 475226 - 475230 :',
      '',
      `" ${rules.join('\n\n')} "`,
    ),
  );
