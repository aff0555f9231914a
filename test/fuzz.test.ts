// Properties over every parser and extractor: random bytes, random Unicode, truncated real files.
// No throw escapes except a ParseError, offsets always lie inside the text, the API answers problem+json.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, extractors } from '../extractors/index.js';
import { ParseError, parseDocument } from '../src/parse/index.js';
import { onePage } from '../src/parse/pages.js';
import type { ExtractorInput } from '../src/types.js';
import { makeApp } from './helpers/app.js';

const corpus = ['corpus/docs', 'corpus/formats', 'corpus/hard'].flatMap((d) => readdirSync(d).map((f) => join(d, f)));

async function parsesOrRefuses(bytes: Uint8Array): Promise<void> {
  try {
    const doc = await parseDocument(bytes);
    expect(typeof doc.text).toBe('string');
    for (const p of doc.pages) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(doc.text.length);
      expect(p.start).toBeLessThanOrEqual(p.end);
    }
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
}

// Swedish-looking text: words, names, numbers, punctuation and the letters å ä ö, in random order.
const swedishToken = fc.constantFrom(
  'Karlstads', 'kommun', 'Göteborgs', 'Stad', 'i', 'Borås', 'Vara', 'vara', 'Lund', '(S)', '(M),', 'kommunstyrelsens',
  'ordförande', 'säger', 'Anna', 'Åsa', 'Örjan', 'Lindström', 'den', '8', 'december', '2030', 'senast', 'år', 'våg', '2',
  'fas', 'att', '- att', 'ska', 'bli', 'klimatneutral', 'signerar', 'klimatkontrakt', 'Region', 'Värmland', ',', '.', '–',
  '\n', '\n\n', 'tfn', '054-540 12 89', 'Kontaktpersoner:', 'föreslår', 'Vänsterpartiet', 'besluta:', 'I går', 'nästa år',
);
const swedishText = fc.array(swedishToken, { maxLength: 120 }).map((t) => t.join(' '));
const anyText = fc.oneof(swedishText, fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }));

function asDoc(text: string, published: string | null): ExtractorInput {
  return { format: 'text', mediaType: 'text/plain', text, pages: onePage(text), publishedHint: published, title: null, language: 'sv' };
}

describe('parsers under fuzzing', () => {
  it('return a document or a ParseError for random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), parsesOrRefuses), { numRuns: 300 });
  });

  it('return a document or a ParseError for random bytes behind a real magic number', async () => {
    const heads = ['%PDF-1.7\n', 'PK\u0003\u0004', '<!doctype html><html><body><article>', '\ufeffÅsa '].map((s) => new TextEncoder().encode(s));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 2000 }), async (head, tail) => {
      const bytes = new Uint8Array(head.length + tail.length);
      bytes.set(head);
      bytes.set(tail, head.length);
      await parsesOrRefuses(bytes);
    }), { numRuns: 200 });
  });

  it.each(corpus)('return a document or a ParseError for truncations of %s', async (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: bytes.length }), async (n) => parsesOrRefuses(bytes.subarray(0, n))), { numRuns: 12 });
  });
});

describe('extractors under fuzzing', () => {
  it('never throw and keep every mention inside the text, with text equal to the slice', () => {
    fc.assert(fc.property(anyText, fc.constantFrom(null, '2021-10-01', '2020-12-08'), (text, published) => {
      const doc = asDoc(text, published);
      const { mentions, extraction } = extract(doc, 'fuzz.txt');
      for (const m of mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThanOrEqual(m.end);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      expect(extraction.doc).toBe('fuzz.txt');
    }), { numRuns: 400 });
  });

  it.each(extractors.map((e) => e.name))('%s alone survives random Unicode', (name) => {
    const ex = extractors.find((e) => e.name === name)!;
    fc.assert(fc.property(anyText, (text) => {
      const ctx = { document: [], municipalities: [], people: [], waves: [], dates: [], commitments: [], kind: 'other' as const, published: null };
      const out = ex.run(asDoc(text, null), ctx) as { start: number; end: number; text: string }[];
      for (const m of out) expect(text.slice(m.start, m.end)).toBe(m.text);
    }), { numRuns: 200 });
  });
});

describe('the API under fuzzing', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp({ maxBytes: 4096 }); });
  afterAll(() => t.close());

  it('answers every upload with a document or a problem+json, never a 500', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 5000 }), anyText.map((s) => new TextEncoder().encode(s))), async (bytes) => {
      const res = await t.upload(bytes, 'fuzz.bin');
      expect(res.status).not.toBe(500);
      if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      else expect([200, 201]).toContain(res.status);
    }), { numRuns: 150 });
  });

  it('answers random query strings with 200 or a 400 problem+json', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), async (limit, offset) => {
      const res = await t.app.request(`/api/documents?limit=${encodeURIComponent(limit)}&offset=${encodeURIComponent(offset)}`);
      expect([200, 400]).toContain(res.status);
      if (res.status === 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }), { numRuns: 100 });
  });
});
