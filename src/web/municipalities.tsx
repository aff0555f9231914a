// GET /municipalities: the municipalities with documents (or all 290), with counts.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { listMunicipalities } from '../queries.js';
import { MunicipalitiesQuery } from '../schemas.js';
import { Layout, muniHref } from './layout.js';
import { badQuery, db, pageQuery } from './page.js';

export async function municipalitiesPage(c: Context<Env>) {
  const q = pageQuery(c, MunicipalitiesQuery);
  if (!q.ok) return badQuery(c, q.error);
  const list = await listMunicipalities(db(c), { ...q.value, limit: q.raw.limit ? q.value.limit : 290 });
  return c.html(
    <Layout title="Kommuner" path="/municipalities">
      <h1>Kommuner</h1>
      <form class="inline-form" action="/municipalities" method="get">
        <label for="m-q">Namn, län eller kod</label>
        <input id="m-q" type="search" name="q" value={q.raw.q ?? ''} />
        <label class="check"><input type="checkbox" name="all" value="true" checked={q.value.all === true} /> Visa alla 290</label>
        <button type="submit">Visa</button>
      </form>
      {list.items.length === 0 ? <p class="empty">Inga kommuner med dokument ännu. <a href="/municipalities?all=true">Visa alla 290</a>.</p> : (
        <table class="data">
          <thead><tr><th scope="col">Kommun</th><th scope="col">Kod</th><th scope="col">Län</th><th scope="col" class="num">Dokument</th>
            <th scope="col" class="num">Personer</th><th scope="col" class="num">Åtaganden</th></tr></thead>
          <tbody>{list.items.map((m) => (
            <tr><td><a href={muniHref(m.name)}>{m.name}</a></td><td class="mono">{m.code}</td><td>{m.county}</td>
              <td class="num">{m.documents}</td><td class="num">{m.people}</td><td class="num">{m.commitments}</td></tr>
          ))}</tbody>
        </table>
      )}
      <p class="count">{list.total} kommuner.</p>
    </Layout>,
  );
}
