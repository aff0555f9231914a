// Issue 14, acceptance 3 and 4: the comparison table (/compare, /api/municipalities.csv and .json) holds one row
// per municipality with documents, every cell linking to its evidence, å/ä/ö intact; `npm run export` writes a
// Frictionless Data Package valid by the table-schema rules checked here offline, with the database's row counts.
import * as cheerio from 'cheerio';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from './helpers/app.js';
import { ALVESTA, VAXJO } from './helpers/review-docs.js';
import { DECISION, MOTION, PRESS } from './helpers/thread-docs.js';

type Json = Record<string, any>;
const ROOT = join(import.meta.dirname, '..');

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** The files of a zip made with method store. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    expect(view.getUint16(at + 8, true), 'method store').toBe(0);
    const size = view.getUint32(at + 18, true), nameLen = view.getUint16(at + 26, true), extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLen));
    out.set(name, new TextDecoder().decode(bytes.subarray(at + 30 + nameLen + extra, at + 30 + nameLen + extra + size)));
    at += 30 + nameLen + extra + size;
  }
  return out;
}

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];

/** The Table Schema and Data Package rules a validator checks, on a package folder read into memory. */
function validatePackage(files: Map<string, string>): Map<string, string[][]> {
  const pkg = JSON.parse(files.get('datapackage.json')!) as Json;
  expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
  expect(pkg.licenses?.[0]?.name).toBeTruthy();
  expect(pkg.citation).toContain('Kommunarkiv');
  expect(pkg.kommunarkiv.extractorVersions.length).toBeGreaterThan(0);
  const names = pkg.resources.map((r: Json) => r.name);
  expect(new Set(names).size).toBe(names.length);
  const tables = new Map<string, string[][]>();
  for (const r of pkg.resources as Json[]) {
    expect(r.name).toMatch(/^[a-z0-9._-]+$/);
    const csv = files.get(r.path);
    expect(csv, r.path).toBeDefined();
    const [header, ...rows] = parseCsv(csv!);
    const fields = r.schema.fields as Json[];
    expect(header).toEqual(fields.map((f) => f.name));
    expect(new Set(header).size).toBe(header!.length);
    for (const f of fields) {
      expect(TYPES, `${r.name}.${f.name}`).toContain(f.type);
      expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
    }
    for (const k of r.schema.primaryKey) expect(header).toContain(k);
    const seen = new Set<string>();
    for (const row of rows) {
      expect(row.length, `${r.path}: ${row.join(',')}`).toBe(fields.length);
      fields.forEach((f, i) => {
        const v = row[i]!;
        if (v === '') { expect(f.constraints?.required, `${r.name}.${f.name} is required`).not.toBe(true); return; }
        if (f.type === 'integer') expect(v, `${r.name}.${f.name}`).toMatch(/^-?\d+$/);
        if (f.type === 'number') expect(Number.isFinite(Number(v)), `${r.name}.${f.name}`).toBe(true);
        if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
        if (f.type === 'object') expect(typeof JSON.parse(v)).toBe('object');
        if (f.constraints?.enum) expect(f.constraints.enum).toContain(v);
      });
      const key = r.schema.primaryKey.map((k: string) => row[header!.indexOf(k)]).join('\u0000');
      expect(seen.has(key), `${r.name}: duplicate primary key ${key}`).toBe(false);
      seen.add(key);
    }
    tables.set(r.name, [header!, ...rows]);
  }
  for (const r of pkg.resources as Json[]) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const [header, ...rows] = tables.get(r.name)!;
      const target = tables.get(fk.reference.resource);
      expect(target, fk.reference.resource).toBeDefined();
      const [theirs, ...targetRows] = target!;
      const ours = fk.fields.map((f: string) => header!.indexOf(f));
      const refs = fk.reference.fields.map((f: string) => theirs!.indexOf(f));
      expect([...ours, ...refs].every((i) => i >= 0)).toBe(true);
      const keys = new Set(targetRows.map((row) => refs.map((i: number) => row[i]).join('\u0000')));
      for (const row of rows) {
        const v = ours.map((i: number) => row[i]).join('\u0000');
        if (ours.some((i: number) => row[i] === '')) continue;
        expect(keys.has(v), `${r.name}.${fk.fields} → ${fk.reference.resource}: ${v}`).toBe(true);
      }
    }
  }
  return tables;
}

describe('comparison table and export', () => {
  const t = makeApp();
  const get = async (path: string) => {
    const res = await t.app.request(path, { headers: t.auth });
    expect(res.status, path).toBe(200);
    return res;
  };
  const out = mkdtempSync(join(tmpdir(), 'kommunarkiv-export-'));

  beforeAll(async () => {
    for (const d of [MOTION, DECISION, PRESS, { name: 'växjö.txt', published: '2023-03-15', text: VAXJO }, { name: 'alvesta.txt', published: '2024-01-10', text: ALVESTA }]) {
      const res = await t.app.request(`/api/documents?filename=${encodeURIComponent(d.name)}&published=${d.published}`,
        { method: 'POST', headers: { ...t.auth, 'content-type': 'text/plain' }, body: d.text });
      expect(res.status).toBe(201);
    }
    // Reviews, so that the package carries review states and the log (and objects the extractor may not name yet).
    for (const c of ((await (await get('/api/commitments?municipality=Tierp')).json()) as Json).items as Json[]) {
      if (c.object) continue;
      await t.app.request(`/api/records/${c.id}/reviews`, { method: 'POST', headers: { ...t.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'correct', value: { object: 'klimatkommunerna' } }) });
    }
    const date = (((await (await get('/api/commitments?municipality=Växjö')).json()) as Json).items as Json[])[0]!;
    await t.app.request(`/api/records/${date.id}/reviews`, { method: 'POST', headers: { ...t.auth, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'reject' }) });
  });
  afterAll(() => {
    t.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('has one row per municipality with documents in the JSON, each fact with its evidence', async () => {
    const { items } = (await (await get('/api/municipalities.json')).json()) as Json;
    const munis = (await (await get('/api/municipalities?limit=200')).json()) as Json;
    expect(items.map((r: Json) => r.name)).toEqual(munis.items.map((m: Json) => m.name));
    expect(items.map((r: Json) => r.name)).toEqual(expect.arrayContaining(['Tierp', 'Växjö', 'Alvesta']));
    const tierp = items.find((r: Json) => r.name === 'Tierp');
    // Since a decided or signed joining (the decision or the announcement), never the motion that proposed it.
    expect(tierp.programmes).toEqual([expect.objectContaining({ programme: 'klimatkommunerna', name: 'Klimatkommunerna' })]);
    const [member] = tierp.programmes;
    const shown = (await (await get(`/api/records/${member.evidence}`)).json()) as Json;
    expect([shown.value.when, shown.published]).toContain(member.since);
    expect(member.since >= '2024-06-17').toBe(true);
    const vaxjo = items.find((r: Json) => r.name === 'Växjö');
    expect(vaxjo.climateNeutralYear.value).toBe(2030);
    const evidence = [...items.flatMap((r: Json) => r.programmes.map((p: Json) => p.evidence)), vaxjo.climateNeutralYear.evidence];
    for (const id of evidence) expect(((await (await get(`/api/records/${id}`)).json()) as Json).id).toBe(id);
  });

  it('gives the same table as CSV with å/ä/ö intact and a URL for every piece of evidence', async () => {
    const res = await get('/api/municipalities.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3)));
    expect(header).toContain('climate_neutral_evidence');
    const munis = (await (await get('/api/municipalities?limit=200')).json()) as Json;
    expect(rows.map((r) => r[0])).toEqual(munis.items.map((m: Json) => m.name));
    const vaxjo = rows.find((r) => r[0] === 'Växjö')!;
    const col = (name: string) => vaxjo[header!.indexOf(name)]!;
    expect(col('climate_neutral_year')).toBe('2030');
    expect(col('county')).toBe('Kronobergs län');
    const url = new URL(col('climate_neutral_evidence'));
    expect(url.pathname).toMatch(/^\/records\/[0-9a-f]{20}$/);
    expect((await get(url.pathname)).status).toBe(200);
    const tierp = rows.find((r) => r[0] === 'Tierp')!;
    expect(tierp[header!.indexOf('programmes')]).toMatch(/^Klimatkommunerna sedan 2024-(0[6-9])-\d\d$/);
    for (const r of rows) for (const name of ['documents_url', 'people_url', 'commitments_url']) expect(r[header!.indexOf(name)]).toMatch(/^http:\/\/localhost\//);
  });

  it('shows /compare sortable, every cell with a value linking to its evidence', async () => {
    const $ = cheerio.load(await (await get('/compare')).text());
    const rows = $('table.compare tbody tr');
    const munis = (await (await get('/api/municipalities?limit=200')).json()) as Json;
    expect(rows.length).toBe(munis.total);
    rows.each((_, tr) => {
      $(tr).find('td').each((i, td) => {
        const text = $(td).text().trim();
        if (text === '–') return;
        expect($(td).find('a').length, `row ${$(tr).find('td').first().text()}, column ${i}: ${text}`).toBeGreaterThan(0);
      });
    });
    expect(rows.first().find('td').first().text()).toMatch(/^Alvesta/);
    const byDocs = cheerio.load(await (await get('/compare?sort=documents')).text());
    const counts = byDocs('table.compare tbody tr').map((_, tr) => Number(byDocs(tr).find('td').eq(4).text())).get();
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(byDocs('th[aria-sort="descending"]').text()).toContain('Dokument');
  });

  it('exports a valid Frictionless Data Package whose CSV row counts equal the database\'s', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli.ts', 'export', out],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: t.dir }, timeout: 120_000 });
    expect(stdout).toContain('datapackage.json');
    const files = new Map(['datapackage.json', 'documents.csv', 'records.csv', 'commitments.csv', 'people.csv', 'reviews.csv', 'programmes.csv', 'memberships.csv']
      .map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    const tables = validatePackage(files);
    const count = async (table: string) => Number((await t.db.db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
    for (const [resource, table] of [['documents', 'documents'], ['records', 'mentions'], ['commitments', 'commitments'], ['people', 'people'], ['reviews', 'reviews']] as const) {
      expect(tables.get(resource)!.length - 1, resource).toBe(await count(table));
    }
    expect(tables.get('commitments')!.some((r) => r.includes('rejected'))).toBe(true);
    expect(files.get('records.csv')).toContain('Växjö');
  }, 120_000);

  it('sends the same package as /api/export.zip', async () => {
    const res = await get('/api/export.zip');
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzip(new Uint8Array(await res.arrayBuffer()));
    const inside = new Map([...files].map(([name, content]) => [name.replace(/^kommunarkiv-\d{4}-\d{2}-\d{2}\//, ''), content] as [string, string]));
    expect([...inside.keys()]).toContain('datapackage.json');
    const tables = validatePackage(inside);
    expect(tables.get('records')!.length - 1).toBe(Number((await t.db.db.all<{ n: number }>(sql`select count(*) as n from mentions`))[0]!.n));
  });
});
