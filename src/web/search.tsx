// GET /search: full-text search with highlighted snippets.
import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Env } from '../http.js';
import { search } from '../queries.js';
import { SearchQuery } from '../schemas.js';
import { DateText, Layout, Pager, docHref, kindLabel } from './layout.js';
import { badQuery, db, pageQuery } from './page.js';

export async function searchPage(c: Context<Env>) {
  const given = (c.req.query('q') ?? '').trim();
  if (!given) {
    return c.html(
      <Layout title="Sök" path="/search">
        <h1>Sök i dokumenten</h1>
        <SearchForm q="" />
        <SearchHelp />
      </Layout>,
    );
  }
  const q = pageQuery(c, SearchQuery);
  if (!q.ok) return badQuery(c, q.error);
  const result = await search(db(c), q.value.q, q.value);
  return c.html(
    <Layout title={`Sök: ${q.value.q}`} path="/search" q={q.value.q}>
      <h1>Sök i dokumenten</h1>
      <SearchForm q={q.value.q} />
      <p class="count">{result.total === 0 ? 'Inga träffar.' : result.more
        ? `Fler än ${result.total.toLocaleString('sv-SE')} dokument innehåller ${q.value.q}. De nyaste visas först; gör sökningen snävare för att rangordna träffarna.`
        : `${result.total} dokument innehåller ${q.value.q}.`}</p>
      <ol class="hits">
        {result.items.map((h) => (
          <li>
            <h2><a href={docHref(h.documentId)}>{h.title || h.filename}</a></h2>
            <p class="sub"><DateText value={h.published} /> · {kindLabel(h.kind)}</p>
            {/* The snippet is the document text HTML-escaped, with only our own <mark> tags added. */}
            <p class="snippet">{raw(h.snippet)}</p>
          </li>
        ))}
      </ol>
      <Pager path="/search" query={q.raw} total={result.total} limit={q.value.limit} offset={q.value.offset} />
      {result.total === 0 && <SearchHelp />}
    </Layout>,
  );
}

function SearchForm(props: { q: string }) {
  return (
    <form class="search-form" action="/search" method="get" role="search">
      <label for="search-q" class="visually-hidden">Sökord</label>
      <input id="search-q" type="search" name="q" value={props.q} placeholder="t.ex. klimatkontrakt* eller fossilfri" />
      <button type="submit">Sök</button>
    </form>
  );
}

function SearchHelp() {
  return (
    <div class="help">
      <p>Alla ord måste finnas i dokumentet. Avsluta ett ord med <kbd>*</kbd> för att hitta ord som börjar så:
        <code>klimatkontrakt*</code> hittar ”klimatkontraktet”. Å, ä och ö är egna bokstäver: ”år” hittar inte ”ar”.</p>
    </div>
  );
}

