// bytes → sniffed format → clean text with pages → language → extraction. Shared by API, CLI and bench.
import { extract, type ExtractResult } from '../extractors/index.js';
import { detectLanguage } from './language.js';
import { parseDocument } from './parse/index.js';
import type { ExtractorInput } from './types.js';

export interface Analysis extends ExtractResult {
  doc: ExtractorInput;
}

export async function analyse(bytes: Uint8Array, name: string): Promise<Analysis> {
  const parsed = await parseDocument(bytes);
  const doc: ExtractorInput = { ...parsed, language: detectLanguage(parsed.text) };
  return { doc, ...extract(doc, name) };
}

/** Name a document by its file name, in the corpus schema's `doc` field: the base name, text extension. */
export function docName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return base.replace(/\.[^.]+$/, '') + '.txt';
}
