// The shapes that flow through the pipeline: bytes → ParsedDocument → Mention[] → Extraction.

/** Formats we can read, as decided by sniffing the bytes. */
export type Format = 'pdf' | 'docx' | 'html' | 'text' | 'png' | 'jpeg' | 'tiff';

/** One page of a document: the half-open character range [start, end) it covers in `text`. */
export interface PageSpan {
  page: number; // 1-based
  start: number;
  end: number;
  /** Set on a page read by OCR (a scan): the engine, language and Tesseract's mean word confidence (0–100). */
  ocr?: { engine: string; language: string; confidence: number | null; error?: string };
}

/** What every parser returns: clean text plus where each page starts. */
export interface ParsedDocument {
  format: Format;
  mediaType: string;
  /** Clean text, NFC, LF line ends. Every offset in the service indexes this string. */
  text: string;
  /** Page table; formats without pages have one page covering the whole text. */
  pages: PageSpan[];
  /** A published-date candidate from metadata (HTML <time datetime>, article:published_time), ISO `YYYY-MM-DD`. */
  publishedHint: string | null;
  /** Title from metadata, when the format carries one. */
  title: string | null;
  /** What reading the file noticed without failing (a few bytes that were not valid UTF-8, …), one sentence each. */
  warnings?: string[];
  /** Pages read by OCR (scans), with the engine, language and Tesseract's mean word confidence (0–100). */
  ocr?: { page: number; engine: string; language: string; confidence: number | null; error?: string }[];
}

/** A parsed document after language detection: the input of every extractor. */
export interface ExtractorInput extends ParsedDocument {
  /** ISO 639-1 (`sv`, `nb`, `da`, `en`) or null when undetermined. */
  language: string | null;
}

export type MentionKind = 'municipality' | 'person' | 'wave' | 'date' | 'commitment' | 'kind' | 'published';

/** Evidence: a span of `text` and the value read from it. `text === doc.text.slice(start, end)` always. */
export interface Mention<K extends MentionKind = MentionKind, V = unknown> {
  kind: K;
  start: number;
  end: number;
  text: string;
  value: V;
  /**
   * Which rule produced it: a stable short id (`commitments.sign.verb`), described in the `rules` table of the
   * extractor that made it, so a researcher can see why a record exists.
   */
  rule: string;
}

export interface MunicipalityValue {
  name: string; // canonical short name, e.g. "Göteborg"
  code: string; // SCB kommunkod, e.g. "1480"
}

export interface PersonValue {
  name: string;
  party: string | null;
  role: string | null;
  municipality: string | null;
  politician: boolean;
}

export interface WaveValue {
  municipality: string;
  wave: number;
}

export interface DateValue {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM`. */
  value: string;
}

export type CommitmentType = 'join' | 'sign' | 'twin' | 'adopt_plan' | 'target' | 'propose' | 'revise' | 'other';

/** How firm a commitment is (corpus/real/README.md, "Commitment attributes"). */
export type CommitmentStrength = 'proposed' | 'decided' | 'signed' | 'stated' | 'answered';

export interface CommitmentValue {
  actor: string;
  type: CommitmentType;
  what: string;
  when: string | null;
  /** The attributes below state only what the text says; null when it says nothing. */
  strength?: CommitmentStrength | null;
  target_year?: number | null;
  baseline_year?: number | null;
  reduction_percent?: number | null;
  scope?: 'organisation' | 'area' | null;
  /** A normalised key of what is committed to (`klimatkontrakt-2030`, `solenergi`, …). */
  object?: string | null;
}

export type DocumentKind = 'press_release' | 'motion' | 'other';

/** One document's extraction in the shape of corpus/SCHEMA.md. */
export interface Extraction {
  doc: string;
  /** The document's title (not part of the gold schema; the scorer ignores it). */
  title?: string | null;
  language: string | null;
  kind: DocumentKind;
  published: string | null;
  municipalities: string[];
  people: PersonValue[];
  waves: WaveValue[];
  dates: { text: string; value: string }[];
  commitments: (CommitmentValue & { evidence: string; rule?: string })[];
}
