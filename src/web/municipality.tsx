// GET /municipalities/:name: one municipality: waves with evidence, commitments over time, people, documents.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { type CommitmentView, getMunicipality } from '../queries.js';
import { MunicipalityQuery } from '../schemas.js';
import { memberships } from '../compare.js';
import { DateText, Layout, Party, SubPager, docHref, kindLabel, threadHref, typeLabel, withQuery } from './layout.js';
import { badQuery, db, notFoundPage, pageQuery } from './page.js';

export async function municipalityPage(c: Context<Env, '/municipalities/:name'>) {
  const q = pageQuery(c, MunicipalityQuery);
  if (!q.ok) return badQuery(c, q.error);
  const pages = { documents: { limit: q.value.documentsLimit, offset: q.value.documentsOffset }, commitments: { limit: q.value.commitmentsLimit, offset: q.value.commitmentsOffset } };
  const m = await getMunicipality(db(c), c.req.param('name'), pages);
  const programmes = m ? (await memberships(db(c), m.code)).get(m.code) ?? [] : [];
  if (!m) return notFoundPage(c, `Ingen svensk kommun heter eller har koden "${c.req.param('name')}".`);
  return c.html(
    <Layout title={`${m.name} kommun`} path={c.req.path}>
      <header class="page-head">
        <p class="eyebrow">Kommun</p>
        <h1>{m.name}</h1>
        <dl class="meta">
          <div><dt>Kommunkod</dt><dd class="mono">{m.code}</dd></div>
          <div><dt>Län</dt><dd>{m.county} <span class="muted">({m.countyCode})</span></dd></div>
          <div><dt>Dokument</dt><dd>{m.documentsTotal}</dd></div>
        </dl>
        <p class="actions"><a href={withQuery('/', {}, { municipality: m.name })}>Dokument som nämner {m.name}</a>{' · '}
          <a href={withQuery('/commitments', {}, { municipality: m.name })}>Åtaganden i tabell</a>{' · '}
          <a href={`/api/municipalities/${m.code}`}>JSON</a></p>
      </header>

      <section id="programmes">
        <h2>Program och nätverk</h2>
        {programmes.length ? (
          <ul class="plain">{programmes.map((p) => (
            <li><a href={`/records/${p.evidence}`}>{p.name}</a>{p.cohort && ` (${p.cohort})`}{p.since && <> sedan <DateText value={p.since} /></>}
              {p.evidenceCount > 1 && <span class="muted"> · {p.evidenceCount} belägg</span>}</li>
          ))}</ul>
        ) : <p class="muted">Inga dokument i arkivet visar medlemskap.</p>}
      </section>

      <section>
        <h2>Vågor</h2>
        {m.waves.length ? (
          <ul class="evidence-list">{m.waves.map((w) => (
            <li><strong>Våg {w.wave}</strong> <span class="muted">({w.mentions} belägg{w.mentions > w.evidence.length ? `, de ${w.evidence.length} först arkiverade visas` : ''})</span>
              {w.evidence.map((e) => (<>
                <blockquote>{e.sentence}</blockquote>
                <p class="source">Källa: <a href={docHref(e.documentId, 'wave', e.start)}>{e.documentTitle || e.filename}</a>{e.published && <>, <DateText value={e.published} /></>}, s. {e.page}</p>
              </>))}
            </li>
          ))}</ul>
        ) : <p class="muted">Inga uppgifter om våg i arkivet.</p>}
      </section>

      <section id="commitments">
        <h2>Åtaganden över tid</h2>
        {m.commitments.length ? <Timeline items={m.commitments} /> : <p class="muted">Inga åtaganden i arkivet.</p>}
        <SubPager path={c.req.path} query={q.raw} prefix="commitments" total={m.commitmentsTotal} {...pages.commitments} />
      </section>

      <section>
        <h2>Personer</h2>
        {m.people.length ? (
          <table class="data">
            <thead><tr><th scope="col">Namn</th><th scope="col">Parti</th><th scope="col">Roll</th><th scope="col" class="num">Dokument</th></tr></thead>
            <tbody>{m.people.map((p) => (
              <tr><td><a href={`/people/${encodeURIComponent(p.id)}`}>{p.name}</a></td><td><Party value={p.party} /></td>
                <td>{p.roles.join('; ') || <span class="muted">–</span>}</td><td class="num">{p.documents}</td></tr>
            ))}</tbody>
          </table>
        ) : <p class="muted">Inga personer knutna till kommunen.</p>}
      </section>

      <section id="documents">
        <h2>Dokument</h2>
        {m.documents.length ? (
          <ul class="doc-list">{m.documents.map((d) => (
            <li><DateText value={d.published} /> <a href={docHref(d.id)}>{d.title || d.filename}</a> <span class="muted">{kindLabel(d.kind)}</span></li>
          ))}</ul>
        ) : <p class="muted">Inga dokument nämner kommunen.</p>}
        <SubPager path={c.req.path} query={q.raw} prefix="documents" total={m.documentsTotal} {...pages.documents} />
      </section>
    </Layout>,
  );
}


function Timeline(props: { items: CommitmentView[] }) {
  return (
    <ol class="timeline">
      {props.items.map((m) => (
        <li>
          <div class="when"><DateText value={m.when ?? m.published} />{!m.when && <div class="sub">publicerat</div>}</div>
          <div class="what">
            <p><strong>{typeLabel(m.type)}</strong>: {m.what}</p>
            <blockquote>{m.evidence}</blockquote>
            <p class="source">Källa: <a href={docHref(m.documentId, 'commitment', m.start)}>{m.documentTitle || m.filename}</a>{m.page > 1 ? `, s. ${m.page}` : ''}
              {m.thread && <> · <a href={threadHref(m.thread)}>Tråden</a></>}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
