// The one registry of extractors, in the order they run: each sees what the earlier ones found.
import type { DocumentKind, Extraction, ExtractorInput, Mention } from '../src/types.js';
import { commitmentsExtractor } from './commitments.js';
import { datesExtractor } from './dates.js';
import { documentExtractor, documentTitle } from './document.js';
import { municipalitiesExtractor } from './municipalities.js';
import { peopleExtractor } from './people.js';
import type { Extractor, ExtractorContext, KindMention, PublishedMention } from './types.js';
import { wavesExtractor } from './waves.js';

export const extractors = [
  documentExtractor,
  municipalitiesExtractor,
  peopleExtractor,
  wavesExtractor,
  datesExtractor,
  commitmentsExtractor,
] as const satisfies readonly Extractor[];

const RULE_DESCRIPTIONS: ReadonlyMap<string, string> = new Map(
  extractors.flatMap((e) => Object.entries((e as Extractor).rules)),
);

/** What a rule id (`Mention.rule`) found, in plain English; null for an id no extractor declares (older rows). */
export function describeRule(rule: string | null | undefined): string | null {
  return rule ? RULE_DESCRIPTIONS.get(rule) ?? null : null;
}

/** `name@version` of every extractor; stored with each document so stale results can be found. */
export const EXTRACTOR_VERSION = extractors.map((e) => `${e.name}@${e.version}`).join(',');

export interface ExtractResult {
  mentions: Mention[];
  extraction: Extraction;
}

function emptyContext(): ExtractorContext {
  return { document: [], municipalities: [], people: [], waves: [], dates: [], commitments: [], kind: 'other', published: null };
}

/** Run every extractor over one document. Pure: no I/O. */
export function extract(doc: ExtractorInput, name: string): ExtractResult {
  const ctx = emptyContext();
  for (const ex of extractors) {
    (ctx as unknown as Record<string, unknown>)[ex.name] = (ex as Extractor).run(doc, ctx);
    if (ex.name === 'document') {
      ctx.kind = (ctx.document.find((m): m is KindMention => m.kind === 'kind')?.value ?? 'other') as DocumentKind;
      ctx.published = ctx.document.find((m): m is PublishedMention => m.kind === 'published')?.value ?? doc.publishedHint ?? null;
    }
  }
  const mentions = [...ctx.document, ...ctx.municipalities, ...ctx.people, ...ctx.waves, ...ctx.dates, ...ctx.commitments]
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, extraction: toExtraction(doc, name, ctx) };
}

const uniqueBy = <T>(items: T[], key: (t: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
};

/** The corpus-schema view of one document (corpus/SCHEMA.md): values deduplicated, in reading order. */
export function toExtraction(doc: ExtractorInput, name: string, ctx: ExtractorContext): Extraction {
  return {
    doc: name,
    title: documentTitle(doc.text, doc.title),
    language: doc.language,
    kind: ctx.kind,
    published: ctx.published,
    municipalities: uniqueBy(ctx.municipalities.map((m) => m.value.name), (n) => n),
    people: mergePeople(ctx.people.map((m) => m.value)),
    waves: uniqueBy(ctx.waves.map((m) => m.value), (w) => `${w.municipality}|${w.wave}`),
    dates: uniqueBy(ctx.dates.map((m) => ({ text: m.text, value: m.value.value })), (d) => `${d.text}|${d.value}`),
    commitments: ctx.commitments.map((m) => ({ ...m.value, evidence: m.text, rule: m.rule })),
  };
}

/** One entry per name; later mentions fill in what earlier ones lacked (party, role, municipality). */
function mergePeople(people: Extraction['people']): Extraction['people'] {
  const byName = new Map<string, Extraction['people'][number]>();
  for (const p of people) {
    const prev = byName.get(p.name);
    if (!prev) { byName.set(p.name, { ...p }); continue; }
    prev.party ??= p.party;
    prev.role ??= p.role;
    prev.municipality ??= p.municipality;
    prev.politician ||= p.politician;
  }
  return [...byName.values()];
}
