// bytes → sniffed format → clean text with pages → language → extraction. Shared by API, CLI and bench.
// On Node the same function runs in extraction processes (src/work/), off the HTTP event loop.
import { extract, type ExtractResult } from '../extractors/index.js';
import { detectLanguage } from './language.js';
import { parseDocument } from './parse/index.js';
import type { ExtractorInput } from './types.js';

export interface Analysis extends ExtractResult {
  doc: ExtractorInput;
}

/** Where an analysis stands: `parsing` the bytes, then `extracting` from a text of known pages and characters. */
export interface Progress {
  stage: 'queued' | 'parsing' | 'extracting';
  /** Pages read so far (known once parsing is done). */
  pages: number | null;
  /** Characters of clean text read so far (known once parsing is done). */
  characters: number | null;
  /** While scanned pages are read by OCR: pages done of those to read. */
  ocr?: { done: number; total: number };
}

export interface AnalyseOptions {
  /**
   * A publication date the uploader stated. It stands in for the metadata hint (the text's own dateline still
   * wins) and anchors relative dates such as "i går".
   */
  published?: string | null;
  onProgress?: (p: Progress) => void;
}

export async function analyse(bytes: Uint8Array, name: string, opts: AnalyseOptions = {}): Promise<Analysis> {
  opts.onProgress?.({ stage: 'parsing', pages: null, characters: null });
  const parsed = await parseDocument(bytes, { onProgress: (ocr) => opts.onProgress?.({ stage: 'parsing', pages: null, characters: null, ocr }) });
  opts.onProgress?.({ stage: 'extracting', pages: parsed.pages.length, characters: parsed.text.length });
  const doc: ExtractorInput = { ...parsed, publishedHint: opts.published ?? parsed.publishedHint, language: detectLanguage(parsed.text) };
  return { doc, ...extract(doc, name) };
}

/** What does the analysis of one document: in this thread (`analyse`), or a worker pool (src/work/pool.ts). */
export type Analyser = (job: { bytes: Uint8Array; name: string; published?: string | null }, onProgress?: (p: Progress) => void) => Promise<Analysis>;

export const inProcess: Analyser = (job, onProgress) => analyse(job.bytes, job.name, { published: job.published, onProgress });

/** Name a document by its file name, in the corpus schema's `doc` field: the base name, text extension. */
export function docName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return base.replace(/\.[^.]+$/, '') + '.txt';
}
