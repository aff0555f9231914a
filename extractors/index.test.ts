// The registry: every mention says which rule made it, and every rule is declared with a description.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/language.js';
import { describeRule, extract, extractors } from './index.js';

const texts = [
  ...readdirSync('corpus/docs').map((f) => join('corpus/docs', f)),
  ...readdirSync('corpus/real/docs').filter((f) => !f.endsWith('.source.txt')).map((f) => join('corpus/real/docs', f)),
];

describe('rules', () => {
  it('every mention of every corpus text carries a rule its own extractor declares', () => {
    const declared = new Map(extractors.flatMap((e) => Object.keys(e.rules).map((r) => [r, e.creates as readonly string[]] as const)));
    let n = 0;
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      const { mentions } = extract({ format: 'text', mediaType: 'text/plain', text, pages: [{ page: 1, start: 0, end: text.length }], publishedHint: null, title: null, language: detectLanguage(text) }, file);
      for (const m of mentions) {
        expect(declared.get(m.rule), `${file}: ${m.kind} "${m.text}" has undeclared rule ${m.rule}`).toContain(m.kind);
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
  }, 120_000);

  it('describes each rule in words, ids namespaced by their extractor', () => {
    for (const e of extractors) {
      expect(Object.keys(e.rules).length).toBeGreaterThan(0);
      for (const [id, description] of Object.entries(e.rules)) {
        expect(id.startsWith(`${e.name}.`), id).toBe(true);
        expect(description.length).toBeGreaterThan(10);
        expect(describeRule(id)).toBe(description);
      }
    }
    expect(describeRule('no.such-rule')).toBeNull();
    expect(describeRule(null)).toBeNull();
  });
});
