// GET /: the front page, documents by publication date (newest first) with a date range and facets to narrow them.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { type Facet, documentFacets, listDocuments } from '../queries.js';
import { DocumentsQuery } from '../schemas.js';
import { DateText, Layout, Pager, docHref, kindLabel, muniHref, withQuery } from './layout.js';
import { badQuery, db, pageQuery } from './page.js';

export async function homePage(c: Context<Env>) {
  const q = pageQuery(c, DocumentsQuery);
  if (!q.ok) return badQuery(c, q.error);
  const { limit, offset, sort, ...filters } = q.value;
  const [docs, facets] = await Promise.all([listDocuments(db(c), q.value), documentFacets(db(c), filters)]);
  const active = Object.entries(filters).filter(([, v]) => v !== undefined) as [string, string][];
  const FILTER_LABELS: Record<string, string> = {
    municipality: 'Kommun', person: 'Person', reviewed: 'Granskat', party: 'Parti', kind: 'Typ', language: 'Språk', from: 'Från', to: 'Till', q: 'Text',
  };
  return c.html(
    <Layout title="Dokument" path="/" wide>
      <div class="with-facets">
        <aside class="facets" aria-label="Avgränsa">
          <form class="stack" action="/" method="get">
            <label for="docs-q">Ord i dokumenten</label>
            <input id="docs-q" type="search" name="q" value={filters.q ?? ''} placeholder="t.ex. klimatkontrakt*" />
            <label for="docs-from">Publicerad från</label>
            <input id="docs-from" name="from" value={filters.from ?? ''} placeholder="ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD" inputmode="numeric" />
            <label for="docs-to">till och med</label>
            <input id="docs-to" name="to" value={filters.to ?? ''} placeholder="ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD" inputmode="numeric" />
            <label for="docs-sort">Ordning</label>
            <select id="docs-sort" name="sort">
              <option value="published" selected={sort === 'published'}>Senast publicerade först</option>
              <option value="added" selected={sort === 'added'}>Senast arkiverade först</option>
            </select>
            {Object.entries(q.raw).filter(([k]) => !['q', 'offset', 'from', 'to', 'sort'].includes(k)).map(([k, v]) => <input type="hidden" name={k} value={v} />)}
            <button type="submit">Avgränsa</button>
          </form>
          <FacetList title="Kommun" name="municipality" items={facets.municipality} current={q.raw} />
          <FacetList title="Parti" name="party" items={facets.party} current={q.raw} />
          <FacetList title="Typ" name="kind" items={facets.kind} current={q.raw} />
          <FacetList title="År" name="year" items={facets.year} current={q.raw} />
          {facets.sample && <p class="muted facet-sample">Antalen räknas i de {facets.sample.toLocaleString('sv-SE')} senast publicerade av dokumenten.</p>}
        </aside>
        <section class="listing">
          <h1>Dokument</h1>
          {active.length > 0 && (
            <p class="active-filters">
              Avgränsat till:{' '}
              {active.map(([k, v]) => (
                <a class="chip" href={withQuery('/', q.raw, { [k]: undefined, offset: undefined, ...(k === 'from' || k === 'to' ? { from: undefined, to: undefined } : {}) })}
                  title="Ta bort avgränsningen">{FILTER_LABELS[k] ?? k}: {k === 'kind' ? kindLabel(v) : v} <span aria-hidden="true">×</span></a>
              ))}{' '}
              <a href="/">Visa alla</a>
            </p>
          )}
          {docs.items.length === 0 ? <p class="empty">Inga dokument{active.length ? ' med dessa avgränsningar' : ' ännu'}. <a href="/upload">Ladda upp ett dokument</a>.</p> : (
            <table class="data">
              <thead><tr><th scope="col">Publicerad</th><th scope="col">Titel</th><th scope="col">Typ</th><th scope="col">Kommuner</th></tr></thead>
              <tbody>
                {docs.items.map((d) => (
                  <tr>
                    <td class="nowrap"><DateText value={d.published} /></td>
                    <td>
                      <a href={docHref(d.id)}>{d.title || d.filename}</a>
                      {d.status !== 'extracted' && <span class={`status status-${d.status}`}>{d.status === 'failed' ? 'kunde inte läsas' : 'bearbetas'}</span>}
                      <div class="sub">{d.title ? `${d.filename} · ` : ''}{d.format.toUpperCase()}{d.language && d.language !== 'sv' ? ` · ${d.language}` : ''}</div>
                    </td>
                    <td>{kindLabel(d.kind)}</td>
                    <td>{(d.extraction?.municipalities ?? []).map((m, i) => <>{i > 0 && ', '}<a href={muniHref(m)}>{m}</a></>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager path="/" query={q.raw} total={docs.total} more={docs.more} limit={limit} offset={offset} />
        </section>
      </div>
    </Layout>,
  );
}

function FacetList(props: { title: string; name: string; items: Facet[]; current: Record<string, string> }) {
  if (!props.items.length) return null;
  const isYear = props.name === 'year';
  return (
    <section class="facet">
      <h2>{props.title}</h2>
      <ul>
        {props.items.map((f) => {
          const change = isYear ? { from: f.value, to: f.value, offset: undefined } : { [props.name]: f.value, offset: undefined };
          const selected = isYear ? props.current.from === f.value && props.current.to === f.value : props.current[props.name] === f.value;
          return (
            <li><a href={withQuery('/', props.current, change)} aria-current={selected ? 'true' : undefined}>
              <span>{f.label}</span> <span class="n">{f.count}</span></a></li>
          );
        })}
      </ul>
    </section>
  );
}
