// bytes → sniffed format → clean text with pages → language → extraction. Shared by API, CLI and bench.
import { extract, type ExtractResult } from '../extractors/index.js';
import { detectLanguage } from './language.js';
import { parseDocument } from './parse/index.js';
import type { ExtractorInput } from './types.js';

export interface Analysis extends ExtractResult {
  doc: ExtractorInput;
}

/**
 * `published`: a publication date the uploader stated. It stands in for the metadata hint (the text's own
 * dateline still wins) and anchors relative dates such as "i går".
 */
export async function analyse(bytes: Uint8Array, name: string, opts: { published?: string | null } = {}): Promise<Analysis> {
  const parsed = await parseDocument(bytes);
  const doc: ExtractorInput = { ...parsed, publishedHint: opts.published ?? parsed.publishedHint, language: detectLanguage(parsed.text) };
  return { doc, ...extract(doc, name) };
}

/** Name a document by its file name, in the corpus schema's `doc` field: the base name, text extension. */
export function docName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return base.replace(/\.[^.]+$/, '') + '.txt';
}
