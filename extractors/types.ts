// The contract between the pipeline and the extractors. An extractor is a pure function: it reads the
// document and what earlier extractors found, and returns mentions whose offsets index `doc.text`.
import type {
  CommitmentValue, DateValue, DocumentKind, ExtractorInput, Mention, MunicipalityValue, PersonValue, WaveValue,
} from '../src/types.js';

export type { ExtractorInput, Mention } from '../src/types.js';

export type MunicipalityMention = Mention<'municipality', MunicipalityValue>;
export type PersonMention = Mention<'person', PersonValue>;
export type WaveMention = Mention<'wave', WaveValue>;
export type DateMention = Mention<'date', DateValue>;
export type CommitmentMention = Mention<'commitment', CommitmentValue>;
export type KindMention = Mention<'kind', DocumentKind>;
/** The document's own date (dateline, motion date); value `YYYY-MM-DD` (or coarser). */
export type PublishedMention = Mention<'published', string>;

/** What the extractors that ran earlier found; filled in registry order. */
export interface ExtractorContext {
  document: (KindMention | PublishedMention)[];
  municipalities: MunicipalityMention[];
  people: PersonMention[];
  waves: WaveMention[];
  dates: DateMention[];
  commitments: CommitmentMention[];
  /** Kind and published date decided by the document extractor (runs first). */
  kind: DocumentKind;
  published: string | null;
}

export type ExtractorName = 'document' | 'municipalities' | 'people' | 'waves' | 'dates' | 'commitments';

export interface Extractor<N extends ExtractorName = ExtractorName> {
  name: N;
  /** Bumped whenever the rules change, so stored results from older versions can be re-extracted. */
  version: number;
  /** Which record kinds it creates. */
  creates: readonly Mention['kind'][];
  /** Every rule id its mentions carry (`Mention.rule`), with what the rule found, in plain English. */
  rules: Readonly<Record<string, string>>;
  run(doc: ExtractorInput, ctx: ExtractorContext): ExtractorContext[N];
}
