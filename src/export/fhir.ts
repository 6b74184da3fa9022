import type { CodeSystem } from '@medplum/fhirtypes';
import type { CodeGroupState, NomenclatureState, Version } from '../schema/replay.js';
import { valueText } from './tables.js';

/**
 * The nomenclature of a build as one FHIR R4 `CodeSystem` resource. Belgium
 * publishes only a NamingSystem for these codes; the resource's `url` is
 * that NamingSystem's, so a terminology server can hold both. One concept
 * per code group of the replayed state (its ambulatory or single code, the
 * hospitalised partner as a property), the French label as `display`, and
 * its dated facts as properties. `content` is `fragment`: a build from
 * modifying decrees knows only the codes they touch (`complete` would need a
 * build started from a full base).
 */
export const NAMING_SYSTEM = 'https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/be-ns-nihdi-nomenclature';

type Property = { code: string; valueCode?: string; valueString?: string; valueDecimal?: number; valueDateTime?: string };

export interface CodeSystemOptions {
  /** the day the display and current facts are read on */
  at: string;
  version: string;
  /** `complete` only when the build started from a full base */
  content?: 'fragment' | 'complete';
}

const PROPERTIES = [
  { code: 'status', type: 'code', description: 'in-force or repealed on the day of the resource' },
  { code: 'effectiveDate', type: 'dateTime', description: 'first day the code group is known to be in force' },
  { code: 'retirementDate', type: 'dateTime', description: 'day the code group was repealed' },
  { code: 'keyLetter', type: 'string', description: 'key letter of a term of the relative value (one property per term)' },
  { code: 'coefficient', type: 'decimal', description: 'coefficient of a term of the relative value (one per term, same order)' },
  { code: 'relativeValue', type: 'string', description: 'the relative value as written (`N 14 + P 8`)' },
  { code: 'pairPartner', type: 'code', description: 'the hospitalised code of an ambulatory/hospitalised pair' },
  { code: 'sourceDocument', type: 'string', description: 'NUMAC of the decree that set the latest fact' },
] as const;

function current<T>(vs: readonly Version<T>[], day: string): Version<T> | null {
  let hit: Version<T> | null = null;
  for (const v of vs) if ((v.from === null || v.from <= day) && (v.to === null || day < v.to)) hit = v;
  return hit ?? (vs.length ? vs[vs.length - 1] : null);
}

function concept(g: CodeGroupState, day: string) {
  const status = current(g.status, day);
  const label = current(g.label, day);
  const value = current(g.value, day);
  const props: Property[] = [];
  if (status) props.push({ code: 'status', valueCode: status.value });
  const since = g.status.find((v) => v.value === 'in-force' && v.from)?.from;
  if (since) props.push({ code: 'effectiveDate', valueDateTime: since });
  const retired = [...g.status].reverse().find((v) => v.value === 'repealed' && v.from)?.from;
  if (status?.value === 'repealed' && retired) props.push({ code: 'retirementDate', valueDateTime: retired });
  if (value?.value) {
    for (const t of value.value.terms) {
      if (t.letter) props.push({ code: 'keyLetter', valueString: t.letter });
      props.push({ code: 'coefficient', valueDecimal: t.coefficient });
    }
    props.push({ code: 'relativeValue', valueString: valueText(value.value)! });
  }
  if (g.codes[1]) props.push({ code: 'pairPartner', valueCode: g.codes[1] });
  const parts: Version<unknown>[] = [];
  for (const v of [status, label, value]) if (v) parts.push(v);
  const latest = parts.reduce<Version<unknown> | null>((b, v) => (b === null || (v.from ?? '') > (b.from ?? '') ? v : b), null);
  if (latest) props.push({ code: 'sourceDocument', valueString: latest.source.document });
  return {
    code: g.codes[0],
    ...(label?.value ? { display: label.value, designation: [{ language: 'fr', value: label.value }] } : {}),
    property: props,
  };
}

export function codeSystem(state: NomenclatureState, o: CodeSystemOptions) {
  const concepts = [...state.groups].sort((a, b) => (a.codes[0] < b.codes[0] ? -1 : a.codes[0] > b.codes[0] ? 1 : 0)).map((g) => concept(g, o.at));
  return {
    resourceType: 'CodeSystem' as const,
    id: 'be-nihdi-nomenclature-nomen',
    url: NAMING_SYSTEM,
    version: `${o.version}+${o.at}`,
    name: 'BeNihdiNomenclatureNomen',
    title: 'Nomenclature des prestations de santé (INAMI/RIZIV), read by nomen from its decrees',
    status: 'draft' as const,
    experimental: true,
    date: o.at,
    publisher: 'nomen',
    description: `The codes of the Belgian health-care nomenclature (annex to the Royal Decree of 14 September 1984) that the decrees of this build define or change, with the facts in force on ${o.at}; url: the eHealth NamingSystem be-ns-nihdi-nomenclature.`,
    caseSensitive: true,
    content: o.content ?? 'fragment',
    count: concepts.length,
    property: PROPERTIES.map((p) => ({ code: p.code, uri: `${NAMING_SYSTEM}#${p.code}`, description: p.description, type: p.type })),
    concept: concepts,
  } satisfies CodeSystem;
}
