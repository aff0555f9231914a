// GET /people: people named in the documents, with filters.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { allMunicipalities, listPeople } from '../queries.js';
import { PeopleQuery } from '../schemas.js';
import { Layout, MunicipalityDatalist, Pager, Party, PartySelect, muniHref } from './layout.js';
import { badQuery, db, pageQuery } from './page.js';

export async function peoplePage(c: Context<Env>) {
  const q = pageQuery(c, PeopleQuery);
  if (!q.ok) return badQuery(c, q.error);
  const list = await listPeople(db(c), q.value);
  return c.html(
    <Layout title="Personer" path="/people">
      <h1>Personer</h1>
      <form class="filter-form" action="/people" method="get">
        <div><label for="p-q">Namn</label><input id="p-q" type="search" name="q" value={q.raw.q ?? ''} /></div>
        <div><label for="p-party">Parti</label><PartySelect id="p-party" value={q.raw.party} /></div>
        <div><label for="p-m">Kommun</label><input id="p-m" name="municipality" value={q.raw.municipality ?? ''} list="municipality-names" /></div>
        <div><label class="check"><input type="checkbox" name="politician" value="true" checked={q.value.politician === true} /> Endast politiker</label></div>
        <div><button type="submit">Visa</button></div>
        <MunicipalityDatalist names={(await allMunicipalities(db(c))).map((m) => m.name)} />
      </form>
      {list.items.length === 0 ? <p class="empty">Inga personer.</p> : (
        <table class="data">
          <thead><tr><th scope="col">Namn</th><th scope="col">Parti</th><th scope="col">Kommun</th><th scope="col">Roller</th>
            <th scope="col" class="num">Omnämnanden</th></tr></thead>
          <tbody>{list.items.map((p) => (
            <tr><td><a href={`/people/${encodeURIComponent(p.id)}`}>{p.name}</a>{p.politician && <span class="tag">politiker</span>}</td>
              <td><Party value={p.party} /></td>
              <td>{p.municipality ? <a href={muniHref(p.municipality.name)}>{p.municipality.name}</a> : <span class="muted">–</span>}</td>
              <td>{p.roles.join('; ') || <span class="muted">–</span>}</td><td class="num">{p.mentions}</td></tr>
          ))}</tbody>
        </table>
      )}
      <Pager path="/people" query={q.raw} total={list.total} limit={q.value.limit} offset={q.value.offset} />
    </Layout>,
  );
}
