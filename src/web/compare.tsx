// GET /compare: the comparison table a researcher pastes into a paper, one row per municipality with
// documents, sortable by every column (links, no script), every cell linking to its evidence.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { compareRows, type CompareRow } from '../compare.js';
import type { Env } from '../http.js';
import { DateText, docHref, Layout, muniHref, withQuery } from './layout.js';
import { badQuery, db, pageQuery } from './page.js';

const SORTS = ['name', 'programmes', 'neutral', 'reduction', 'documents', 'people', 'commitments', 'newest'] as const;
export const CompareQuery = z.object({ sort: z.enum(SORTS).default('name'), dir: z.enum(['asc', 'desc']).optional() });

const collator = new Intl.Collator('sv');
const KEY: Record<(typeof SORTS)[number], (r: CompareRow) => string | number | null> = {
  name: (r) => r.name, programmes: (r) => r.programmes.length, neutral: (r) => r.climateNeutralYear.value,
  reduction: (r) => r.reduction.value?.percent ?? null, documents: (r) => r.documents, people: (r) => r.people,
  commitments: (r) => r.commitments, newest: (r) => r.newestEvidence.date,
};
const HEADS: [(typeof SORTS)[number], string][] = [
  ['name', 'Kommun'], ['programmes', 'Program och nätverk'], ['neutral', 'Klimatneutral senast'], ['reduction', 'Senaste minskningsmål'],
  ['documents', 'Dokument'], ['people', 'Personer'], ['commitments', 'Åtaganden'], ['newest', 'Senaste belägg'],
];

const rec = (id: string | null) => (id ? `/records/${id}` : undefined);

export async function comparePage(c: Context<Env>) {
  const q = pageQuery(c, CompareQuery);
  if (!q.ok) return badQuery(c, q.error);
  const { sort } = q.value;
  const dir = q.value.dir ?? (sort === 'name' || sort === 'neutral' ? 'asc' : 'desc');
  const rows = await compareRows(db(c));
  const key = KEY[sort];
  rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return x === y ? collator.compare(a.name, b.name) : x === null ? 1 : -1; // unknowns last
    const d = typeof x === 'string' ? collator.compare(x, String(y)) : x - Number(y);
    return (dir === 'asc' ? d : -d) || collator.compare(a.name, b.name);
  });
  return c.html(
    <Layout title="Jämför kommuner" path="/compare" wide>
      <h1>Jämför kommuner</h1>
      <p class="lede">En rad per kommun med dokument i arkivet. Varje uppgift länkar till sitt belägg; medlemskap visas bara där ett dokument visar dem.</p>
      <p class="actions"><a class="button" href="/api/municipalities.csv" download>Ladda ner CSV</a> <a href="/api/municipalities.json">JSON</a></p>
      {rows.length === 0 ? <p class="empty">Inga kommuner med dokument ännu.</p> : (
        <table class="data compare">
          <thead><tr>{HEADS.map(([k, label]) => {
            const active = k === sort;
            const next = active && dir === 'asc' ? 'desc' : active ? 'asc' : undefined;
            return <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
              <a href={withQuery('/compare', {}, { sort: k === 'name' ? undefined : k, dir: next })}>{label}{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</a></th>;
          })}</tr></thead>
          <tbody>{rows.map((r) => (
            <tr>
              <td><a href={muniHref(r.name)}>{r.name}</a><div class="sub">{r.county}</div></td>
              <td>{r.programmes.length ? <ul class="plain">{r.programmes.map((p) => (
                <li><a href={rec(p.evidence)}>{p.name}</a>{p.cohort && ` (${p.cohort})`}{p.since && <> sedan <DateText value={p.since} /></>}</li>
              ))}</ul> : <span class="muted">–</span>}</td>
              <td class="num">{r.climateNeutralYear.value != null ? <a href={rec(r.climateNeutralYear.evidence)}>{r.climateNeutralYear.value}</a> : <span class="muted">–</span>}</td>
              <td>{r.reduction.value ? <a href={rec(r.reduction.evidence)}>−{r.reduction.value.percent} %{r.reduction.value.baselineYear ? ` mot ${r.reduction.value.baselineYear}` : ''}{r.reduction.value.targetYear ? ` till ${r.reduction.value.targetYear}` : ''}</a> : <span class="muted">–</span>}</td>
              <td class="num"><a href={withQuery('/', {}, { municipality: r.name })}>{r.documents}</a></td>
              <td class="num"><a href={withQuery('/people', {}, { municipality: r.name })}>{r.people}</a></td>
              <td class="num"><a href={withQuery('/commitments', {}, { municipality: r.name })}>{r.commitments}</a></td>
              <td>{r.newestEvidence.documentId ? <a href={docHref(r.newestEvidence.documentId)}><DateText value={r.newestEvidence.date} /></a> : <span class="muted">–</span>}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
    </Layout>,
  );
}
