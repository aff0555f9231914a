// The whole archive as a Frictionless Data Package: one CSV per record kind and datapackage.json describing
// every field (name, type, description), the keys, the extractor versions, the review states, the licence
// and a suggested citation. `npm run export -- DIR` writes the folder; GET /api/export.zip sends it zipped.
import { asc, sql } from 'drizzle-orm';
import type { Db } from './db/index.js';
import { commitments, documents, mentions, people, reviews } from './db/schema.js';
import { memberships } from './compare.js';
import { PROGRAMMES } from './programmes.js';

type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object';
interface Field { name: string; type: FieldType; description: string; constraints?: { required?: boolean; unique?: boolean; enum?: string[] } }
interface Resource {
  name: string; path: string; description: string; fields: Field[]; primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: unknown[][];
}

const f = (name: string, type: FieldType, description: string, constraints?: Field['constraints']): Field => ({ name, type, description, ...(constraints ? { constraints } : {}) });
const REVIEW_STATES = ['machine', 'confirmed', 'corrected', 'rejected', 'added'];
const reviewFields = [
  f('review_state', 'string', "machine: the extractor's value, unreviewed; confirmed, corrected, rejected or added: a reviewer's word (rejected records are kept here, hidden in the archive)", { required: true, enum: REVIEW_STATES }),
  f('reviewed_by', 'string', 'The reviewer who acted last'), f('reviewed_at', 'string', 'When (ISO 8601)'),
];
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

async function resources(db: Db): Promise<Resource[]> {
  const [docs, ms, cs, ps, rs, members] = await Promise.all([
    db.select().from(documents).orderBy(asc(documents.id)),
    db.select().from(mentions).orderBy(asc(mentions.documentId), asc(mentions.start), asc(mentions.id)),
    db.select().from(commitments).orderBy(asc(commitments.documentId), asc(commitments.start), asc(commitments.id)),
    db.select().from(people).orderBy(asc(people.id)),
    db.select().from(reviews).orderBy(asc(reviews.id)),
    memberships(db),
  ]);
  const rid = (r: { recordId: string | null; id: number }) => r.recordId ?? String(r.id);
  return [
    {
      name: 'documents', path: 'documents.csv', description: 'One row per archived document (the original bytes stay in the archive: /api/documents/{id}/original)',
      primaryKey: ['id'],
      fields: [
        f('id', 'string', 'Document id: the first 16 hex digits of its SHA-256', { required: true, unique: true }), f('sha256', 'string', 'SHA-256 of the original bytes'),
        f('filename', 'string', 'File name as uploaded'), f('title', 'string', 'Title read from the document'), f('media_type', 'string', 'Media type, sniffed from the bytes'),
        f('format', 'string', 'pdf, docx, html or text'), f('size', 'integer', 'Bytes'), f('source_url', 'string', 'Where it was published, when the uploader said'),
        f('language', 'string', 'ISO 639-1 code of the body text'), f('kind', 'string', 'press_release, motion or other'),
        f('published', 'string', 'Publication date (ISO 8601, as precise as known)'), f('status', 'string', 'extracted, failed or processing'),
        f('extractor_version', 'string', 'name@version of every extractor that read it'), f('created_at', 'string', 'When it was archived (ISO 8601)'),
      ],
      rows: docs.map((d) => [d.id, d.sha256, d.filename, d.title, d.mediaType, d.format, d.size, d.sourceUrl, d.language, d.kind, d.published, d.status, d.extractorVersion, d.createdAt]),
    },
    {
      name: 'records', path: 'records.csv', description: 'Every record: a span of a document text (start, end index the clean text /api/documents/{id}/text) and the value read from it',
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['document_id'], reference: { resource: 'documents', fields: ['id'] } }, { fields: ['person_id'], reference: { resource: 'people', fields: ['id'] } }],
      fields: [
        f('id', 'string', 'Stable record id (/records/{id}); it survives reprocessing', { required: true, unique: true }), f('document_id', 'string', 'The document'),
        f('kind', 'string', 'municipality, person, wave, date, commitment, kind or published'), f('start', 'integer', 'First character (UTF-16 offset)'),
        f('end', 'integer', 'After the last character'), f('page', 'integer', 'Page of the start (1 for formats without pages)'), f('text', 'string', 'The span: text.slice(start, end)'),
        f('value', 'string', 'The current value as JSON (an object, or a string for kind and published): the latest review over the machine value'),
        f('machine_value', 'string', "The extractor's value as JSON; empty for a record a reviewer added"),
        f('rule', 'string', 'The extractor rule that found it'), f('extractor', 'string', 'name@version of that extractor, or review'),
        f('municipality_code', 'string', 'SCB code of the municipality it names or concerns'), f('person_id', 'string', 'The person it names (people.id)'),
        f('party', 'string', 'Party (Riksdag abbreviation or local party)'), f('role', 'string', 'Role as written'), ...reviewFields,
      ],
      rows: ms.map((m) => [rid(m), m.documentId, m.kind, m.start, m.end, m.page, m.text, json(m.value), json(m.machineValue), m.rule, m.extractor,
        m.municipalityCode, m.personId, m.party, m.role, m.reviewState, m.reviewedBy, m.reviewedAt]),
    },
    {
      name: 'commitments', path: 'commitments.csv', description: 'Who committed to what and when: the commitment records, one column per field',
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['id'], reference: { resource: 'records', fields: ['id'] } }, { fields: ['document_id'], reference: { resource: 'documents', fields: ['id'] } }],
      fields: [
        f('id', 'string', 'The record id (records.id)', { required: true, unique: true }), f('document_id', 'string', 'The document'),
        f('actor', 'string', 'Municipality, party abbreviation or organisation'), f('municipality_code', 'string', 'SCB code when the actor is a municipality'),
        f('party', 'string', 'When the actor is a party'), f('type', 'string', 'join, sign, twin, adopt_plan, target, propose, revise or other'),
        f('what', 'string', 'A short phrase'), f('when', 'string', 'When (ISO 8601, as precise as the text)'), f('evidence', 'string', 'The sentence it stands in'),
        f('start', 'integer', 'Offset of the evidence'), f('end', 'integer', 'End of the evidence'), f('page', 'integer', 'Page'),
        f('published', 'string', "The document's publication date"),
        f('strength', 'string', 'proposed, decided, signed, stated or answered, where the text says'), f('object', 'string', 'What it is about: a key such as klimatkontrakt-2030'),
        f('target_year', 'integer', 'Year by which it is to be met'), f('baseline_year', 'integer', 'Base year of a reduction'),
        f('reduction_percent', 'number', 'Stated reduction in percent'), f('scope', 'string', 'organisation or area'),
        f('thread', 'string', 'The thread it is a step of (/threads/{thread})'), ...reviewFields,
      ],
      rows: cs.map((c) => [rid(c), c.documentId, c.actor, c.municipalityCode, c.party, c.type, c.what, c.when, c.evidence, c.start, c.end, c.page, c.published,
        c.strength, c.object, c.targetYear, c.baselineYear, c.reductionPercent, c.scope, c.thread, c.reviewState, c.reviewedBy, c.reviewedAt]),
    },
    {
      name: 'people', path: 'people.csv', description: 'People resolved across documents (one person, many mentions)', primaryKey: ['id'],
      fields: [
        f('id', 'string', 'Person id', { required: true, unique: true }), f('name', 'string', 'Name as first seen'), f('party', 'string', 'Party'),
        f('municipality_code', 'string', 'SCB code of the municipality they act for'), f('politician', 'boolean', 'Elected or party-political position'),
        f('merged_into', 'string', 'A reviewer merged this person into that one (its mentions moved there)'),
      ],
      rows: ps.map((p) => [p.id, p.name, p.party, p.municipalityCode, p.politician, p.mergedInto]),
    },
    {
      name: 'reviews', path: 'reviews.csv', description: 'The review log, append-only: every action by a reviewer and every re-anchoring by the archive', primaryKey: ['id'],
      fields: [
        f('id', 'integer', 'Log entry', { required: true, unique: true }), f('record_id', 'string', 'The record (or person:{id} for a merge)'),
        f('document_id', 'string', 'The document'), f('kind', 'string', 'Kind of the record'),
        f('action', 'string', 'confirm, correct, reject, add, merge, split (people); moved, anchored, orphaned (the archive, on reprocess)'),
        f('reviewer', 'string', 'Who'), f('reviewer_role', 'string', 'reviewer, admin, or system'), f('at', 'string', 'When (ISO 8601)'),
        f('start', 'integer', 'TextPositionSelector start'), f('end', 'integer', 'TextPositionSelector end'),
        f('exact', 'string', 'TextQuoteSelector exact'), f('prefix', 'string', 'TextQuoteSelector prefix (32 characters)'), f('suffix', 'string', 'TextQuoteSelector suffix'),
        f('old_value', 'object', 'Value before (JSON)'), f('new_value', 'object', 'Value after (JSON)'), f('comment', 'string', "The reviewer's comment"),
        f('base', 'integer', 'The log entry the reviewer saw as the latest'),
      ],
      rows: rs.map((r) => [r.id, r.recordId, r.documentId, r.kind, r.action, r.reviewer, r.reviewerRole, r.at, r.start, r.end, r.exact, r.prefix, r.suffix,
        json(r.oldValue), json(r.newValue), r.comment, r.base]),
    },
    {
      name: 'programmes', path: 'programmes.csv', description: 'Programmes and networks (the table; who belongs is in memberships)', primaryKey: ['key'],
      fields: [f('key', 'string', 'Object key', { required: true, unique: true }), f('name', 'string', 'Name'), f('cohorts', 'string', 'wave, year or empty'), f('description', 'string', 'What it is')],
      rows: PROGRAMMES.map((p) => [p.key, p.name, p.cohorts, p.description]),
    },
    {
      name: 'memberships', path: 'memberships.csv', description: 'What the documents show of each municipality in each programme, with the record that shows it',
      primaryKey: ['municipality_code', 'programme'],
      foreignKeys: [{ fields: ['programme'], reference: { resource: 'programmes', fields: ['key'] } }, { fields: ['evidence'], reference: { resource: 'records', fields: ['id'] } }],
      fields: [
        f('municipality_code', 'string', 'SCB code', { required: true }), f('programme', 'string', 'programmes.key', { required: true }),
        f('cohort', 'string', 'Wave or year of joining, where stated'), f('since', 'string', 'Earliest date the documents show it'),
        f('evidence', 'string', 'The record that shows it (records.id)'),
      ],
      rows: [...members].flatMap(([code, list]) => list.map((m) => [code, m.programme, m.cohort, m.since, m.evidence])),
    },
  ];
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, line break or outer space. */
function field(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface PackageFile { name: string; content: string }

/** Every file of the package: the CSVs and datapackage.json. */
export async function dataPackage(db: Db, origin: string): Promise<PackageFile[]> {
  const res = await resources(db);
  const versions = (await db.all<{ v: string }>(sql`select distinct extractor_version as v from documents where extractor_version is not null order by 1`)).map((r) => r.v);
  const created = new Date().toISOString();
  const pkg = {
    profile: 'tabular-data-package',
    name: 'kommunarkiv',
    title: 'Kommunarkiv: who committed to what, and when, in Swedish municipal press releases and council motions',
    description: 'Records extracted from archived documents, each with its evidence span, and the reviews of archivists over them. Offsets index the clean text of each document (the archive serves it at /api/documents/{id}/text).',
    version: created.slice(0, 10),
    created,
    homepage: origin,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (the extracted records and reviews; the documents remain their publishers\')' }],
    sources: [{ title: 'Swedish municipalities\' press releases and council motions, as archived', path: `${origin}/` }],
    citation: `Kommunarkiv (${created.slice(0, 4)}). Kommunarkiv: åtaganden i svenska kommuners pressmeddelanden och motioner [data set], export ${created.slice(0, 10)}. ${origin}/`,
    kommunarkiv: {
      extractorVersions: versions,
      reviewStates: { machine: "the extractor's value, unreviewed", confirmed: 'a reviewer confirmed it', corrected: 'a reviewer corrected its value', rejected: 'a reviewer rejected it (hidden in the archive, kept here)', added: 'a reviewer added it' },
    },
    resources: res.map((r) => ({
      name: r.name, path: r.path, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', description: r.description,
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
      schema: { fields: r.fields, primaryKey: r.primaryKey, ...(r.foreignKeys ? { foreignKeys: r.foreignKeys } : {}), missingValues: [''] },
    })),
  };
  return [
    ...res.map((r) => ({ name: r.path, content: [r.fields.map((x) => x.name).join(','), ...r.rows.map((row) => row.map(field).join(','))].join('\r\n') + '\r\n' })),
    { name: 'datapackage.json', content: JSON.stringify(pkg, null, 2) + '\n' },
  ];
}

// ---------------------------------------------------------------- a zip file (stored, no compression: no dependency)

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive (method store, UTF-8 names) of the given files, in a folder `dir/`. */
export function zip(files: PackageFile[], dir: string): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const now = new Date();
  const time = (now.getUTCHours() << 11) | (now.getUTCMinutes() << 5) | (now.getUTCSeconds() >> 1);
  const date = ((now.getUTCFullYear() - 1980) << 9) | ((now.getUTCMonth() + 1) << 5) | now.getUTCDate();
  for (const file of files) {
    const name = enc.encode(`${dir}/${file.name}`);
    const data = enc.encode(file.content);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true); local.setUint16(6, 0x0800, true); local.setUint16(8, 0, true);
    local.setUint16(10, time, true); local.setUint16(12, date, true); local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true); local.setUint32(22, data.length, true); local.setUint16(26, name.length, true); local.setUint16(28, 0, true);
    const head = new DataView(new ArrayBuffer(46));
    head.setUint32(0, 0x02014b50, true); head.setUint16(4, 20, true); head.setUint16(6, 20, true); head.setUint16(8, 0x0800, true); head.setUint16(10, 0, true);
    head.setUint16(12, time, true); head.setUint16(14, date, true); head.setUint32(16, crc, true); head.setUint32(20, data.length, true);
    head.setUint32(24, data.length, true); head.setUint16(28, name.length, true); head.setUint16(30, 0, true); head.setUint16(32, 0, true);
    head.setUint16(34, 0, true); head.setUint16(36, 0, true); head.setUint32(38, 0, true); head.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(head.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((s, p) => s + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true); end.setUint16(8, files.length, true); end.setUint16(10, files.length, true);
  end.setUint32(12, size, true); end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) { out.set(p, at); at += p.length; }
  return out;
}
