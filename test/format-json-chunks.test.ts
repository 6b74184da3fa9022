import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonChunks } from '../src/output/write.js';

// diagnostics.json and timeline.json are written in pieces: the bytes must be formatJson's.
describe('formatJsonChunks', () => {
  const cases: [string, unknown][] = [
    ['empty object', {}],
    ['empty array', []],
    ['scalars', { a: 1, b: 'x\ny', c: null, d: true, e: undefined }],
    ['a long list at the top', Array.from({ length: 600 }, (_, i) => ({ i, s: `é${i}`, n: [i, { k: i }] }))],
    ['a long list inside objects', { total: { n: 3 }, replay: { diagnostics: 700, items: Array.from({ length: 700 }, (_, i) => ({ code: `c${i}`, codes: [] as string[], inner: Array.from({ length: i % 300 }, (_, j) => j) })) }, after: [] }],
    ['long lists of lists', Array.from({ length: 300 }, (_, i) => Array.from({ length: 300 + (i % 3) }, (_, j) => (j % 2 ? null : { j })))],
    ['what JSON.stringify leaves out or writes as null', { f: () => 1, s: Symbol('x'), list: Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => i : { i, f: () => i })), d: new Date(0) }],
    ['toJSON objects laid out as themselves', { t: { toJSON: () => ({ list: Array.from({ length: 400 }, (_, i) => i) }) }, u: { toJSON: () => undefined, list: Array.from({ length: 400 }, (_, i) => i) }, list: Array.from({ length: 400 }, (_, i) => ({ toJSON: () => i * 2 })) }],
    ['undefined members skipped at every level', { a: undefined, list: Array.from({ length: 400 }, (_, i) => ({ i, gone: undefined })), z: { y: undefined } }],
  ];
  for (const [name, value] of cases) {
    it(name, () => {
      expect([...formatJsonChunks(value, 256)].join('')).toBe(formatJson(value));
      expect([...formatJsonChunks(value, 1)].join('')).toBe(formatJson(value));
    });
  }
  it('gives a long list in pieces', () => {
    expect([...formatJsonChunks({ items: Array.from({ length: 1000 }, (_, i) => i) })].length).toBeGreaterThan(1000);
  });
});
