import { describe, expect, it } from 'vitest';
import { extractIndications } from '../../src/extract/indications/index.js';
import { parseConditions } from '../../src/extract/indications/conditions.js';
import { extractRules, extractRulesWithCandidates } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { Indication, Rule } from '../../src/schema/rules.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { evaluateRules } from '../../src/eval/rules.js';
import { loadDoc, repoRoot } from './load.js';

const rulesOf = (name: string) => {
  const doc = loadDoc(name);
  return extractRules(doc, new DiagnosticSink(doc));
};
const find = (rules: Rule[], type: Rule['type'], snippet: string) => rules.find((r) => r.type === type && r.text.includes(snippet));

describe('seed 000: vertebroplasty and kyphoplasty rules', () => {
  const rules = rulesOf('000');
  it('validates against the schema', () => {
    for (const r of rules) expect(() => Rule.parse(r)).not.toThrow();
  });
  it('reads the quantity limit of two vertebrae at a time', () => {
    const r = find(rules, 'quantity', 'La prestation 589676 - 589680 est attestée');
    expect(r?.codes).toEqual([['589676', '589680']]);
    expect(r?.params).toEqual({ max: 2, per: 'vertebra', scope: 'session' });
    expect(r?.refusal).toBe('002');
  });
  it('reads two per two calendar years', () => {
    const r = find(rules, 'frequency', 'deux années civiles');
    expect(r?.params).toMatchObject({ max: 2, period: { count: 2, unit: 'calendarYear' } });
  });
  it('resolves "lors d\'une vertébroplastie" to the vertebroplasty prestation by its label', () => {
    const r = find(rules, 'nonCumulation', 'vertébroplastie."');
    expect(r?.codes).toEqual([['589676', '589680']]);
    expect(r?.with?.codes).toEqual([['589890', '589901']]);
    expect(r?.with?.labels).toEqual(['vertébroplastie']);
  });
  it('reads "entre elles" as a mutual exclusion and the qualification list', () => {
    expect(find(rules, 'nonCumulation', 'entre elles')?.with?.mutual).toBe(true);
    const q = find(rules, 'qualification', '589890-589901 sont accessibles');
    expect(q?.params).toMatchObject({ specialties: ['radiodiagnostic', 'neurochirurgie', 'chirurgie orthopédique'] });
  });
  it('keeps the Collège approval exception as a prior approval', () => {
    expect(find(rules, 'priorApproval', 'Collège des médecins-directeurs')?.params).toEqual({ by: 'collegeOfMedicalDirectors' });
  });
});

describe('seed 003: convention rules', () => {
  const rules = rulesOf('003');
  it('reads once a day and not within 3 months for the same lesion', () => {
    expect(find(rules, 'frequency', 'une fois par jour')?.params).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
    const l = find(rules, 'frequency', 'même lésion');
    expect(l?.params).toMatchObject({ max: 1, period: { count: 3, unit: 'month' }, per: 'lesion' });
    expect(l?.codes).toHaveLength(4);
  });
  it('sets the ablations against articles 17 to 17quater in the same intervention', () => {
    const r = find(rules, 'nonCumulation', 'articles 17');
    expect(r?.with?.articles).toEqual(['17', '17bis', '17ter', '17quater']);
    expect(r?.params).toEqual({ scope: 'sameIntervention' });
  });
  it('reads the collaboration qualification list', () => {
    const q = find(rules, 'qualification', 'OU par');
    expect(q?.params).toMatchObject({ specialties: ['radiodiagnostic avec une expérience en radiologie interventionnelle'] });
    if (q?.type !== 'qualification') throw new Error('no qualification');
    expect(q.params.inCollaboration).toContain('urologie');
    expect(q.params.inCollaboration).toHaveLength(6);
  });
  it('keeps the typo pair 105335-105345 among the seven non-cumulable pairs', () => {
    const r = find(rules, 'nonCumulation', '350755-350766 ne peut pas être cumulée');
    expect(r?.with?.codes).toHaveLength(7);
    expect(r?.with?.codes).toContainEqual(['105335', '105345']);
  });
});

describe('seed 004 and 002: context resolution', () => {
  it('expands the range 312874 - 312885 à 312933 - 312944 over the inserted prestations', () => {
    const r = rulesOf('004').find((x) => x.text.includes('312874 - 312885 à'));
    expect(r?.codes).toEqual([['312874', '312885'], ['312896', '312900'], ['312911', '312922'], ['312933', '312944']]);
  });
  it('gives a label-only quote the prestation its amendment names', () => {
    expect(rulesOf('004').find((x) => x.text.includes('K180'))?.codes).toEqual([['312756', '312760']]);
  });
  it('reads safety margins per code list', () => {
    const m = rulesOf('002').filter((r) => r.type === 'billingPercentage');
    expect(m.find((r) => r.text.startsWith('- 10 %'))?.codes).toContainEqual(['689054', '689065']);
  });
});

describe('typing sentences', () => {
  it('types a same-day cumulation ban and an annual limit', () => {
    expect(typeSentence("L'assurance ne couvre pas une polysomnographie réalisée le même jour qu'une prestation décrite à l'article 13.").map((t) => t.type)).toEqual(['nonCumulation']);
    expect(typeSentence("L'assurance couvre une seule polysomnographie par an.")[0]).toMatchObject({ type: 'frequency', params: { max: 1, period: { count: 1, unit: 'year' } } });
  });
  it('does not read a waived prescription as a documentation rule', () => {
    expect(typeSentence("Aucune prescription médicale n'est exigée pour les prestations reprises sous § 1er.").map((t) => t.type)).toEqual([]);
  });
});

describe('indications', () => {
  it('builds the two versions of seed 000 as A/B trees with their conditions', () => {
    const doc = loadDoc('000');
    const inds = extractIndications(doc, new DiagnosticSink(doc));
    expect(inds).toHaveLength(2);
    for (const i of inds) expect(() => Indication.parse(i)).not.toThrow();
    const [old, cur] = inds;
    expect(old.codes).toEqual([['589676', '589680']]);
    expect(old.items.map((i) => i.label).slice(0, 2)).toEqual(['A.', 'B.']);
    expect(old.items[0].items.map((i) => i.label)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)']);
    expect(old.items[0].items[4].text).toContain('A2.3');
    expect(old.items[0].items[1].conditions).toEqual([expect.objectContaining({ comparator: 'between', value: 20, max: 60, unit: '%' })]);
    expect(old.items[0].items[0].conditions[0]).toMatchObject({ comparator: '>', value: 8, unit: 'semaines' });
    expect(cur.codes).toEqual([['589676', '589680'], ['589890', '589901']]);
    expect(cur.items[0].items[0].conditions[0]).toMatchObject({ comparator: '>', value: 35, unit: 'jours' });
  });
  it('parses thresholds', () => {
    expect(parseConditions('insuffisance rénale (GFR < 60 ml/min)')[0]).toMatchObject({ quantity: 'GFR', comparator: '<', value: 60, unit: 'ml/min' });
    expect(parseConditions('un T-score, calculé par rapport à une population de référence masculine, < -2.5 au niveau')[0]).toMatchObject({ quantity: 'T-score', comparator: '<', value: -2.5 });
    expect(parseConditions('1 à max 3 tumeurs ≤ 3 cm').map((c) => [c.comparator, c.value, c.unit])).toEqual([['<=', 3, 'tumeurs'], ['<=', 3, 'cm']]);
  });
});

describe('rule sentences and the gold set', () => {
  it('accounts for every rule sentence of the seeds', () => {
    for (const name of ['000', '002', '003', '004']) {
      const doc = loadDoc(name);
      const ex = extractRulesWithCandidates(doc, new DiagnosticSink(doc));
      expect(ex.candidates.length).toBeGreaterThan(0);
      const accounted = ex.candidates.filter((c) => c.outcome === 'typed' || c.outcome === 'other' || c.outcome === 'indication').length;
      expect(accounted).toBe(ex.candidates.length);
      // every candidate produced a rule unless it only opens an indication list
      const withRule = new Set(ex.rules.map((r) => r.at.offset));
      expect(ex.candidates.filter((c) => c.outcome !== 'indication').length).toBeLessThanOrEqual(withRule.size);
    }
  });
  it('scores at least 0.9 on typed rules against the hand-checked gold', () => {
    const r = evaluateRules(repoRoot);
    expect(r.typed.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.typed.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.indications.recall).toBe(1);
  });
});
