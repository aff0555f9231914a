// GET /threads/:id: one thread's timeline, every step with its evidence sentence, document and review state.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { getThread } from '../threads.js';
import { Attributes } from './commitments.js';
import { DateText, docHref, Layout, muniHref, typeLabel } from './layout.js';
import { db, notFoundPage } from './page.js';
import { ReviewBadge } from './review-forms.js';

export async function threadPage(c: Context<Env, '/threads/:id'>) {
  const t = await getThread(db(c), c.req.param('id'));
  if (!t) return notFoundPage(c, `Det finns ingen tråd ${c.req.param('id')}.`);
  const who = t.municipality?.name ?? t.party ?? t.actor;
  return c.html(
    <Layout title={`${who}: ${t.object}`} path="/threads">
      <header class="page-head">
        <p class="eyebrow">Tråd · {t.steps} steg</p>
        <h1>{t.municipality ? <a href={muniHref(t.municipality.name)}>{who}</a> : who}: {t.object}</h1>
        <p class="actions"><a href={`/api/threads/${encodeURIComponent(t.id)}`}>JSON</a></p>
      </header>
      <ol class="timeline">
        {t.items.map((m) => (
          <li>
            <div class="when"><DateText value={m.published ?? m.when} />{m.published ? <div class="sub">publicerat</div> : null}</div>
            <div class="what">
              <p><strong>{m.actor}</strong> · {typeLabel(m.type)}: {m.what}</p>
              <Attributes c={m} />
              <blockquote>{m.evidence}</blockquote>
              <p class="source">Källa: <a href={docHref(m.documentId, 'commitment', m.start)}>{m.documentTitle || m.filename}</a>{m.page > 1 ? `, s. ${m.page}` : ''}
                {' · '}<a href={`/records/${m.id}`}>Post och citering</a> <ReviewBadge review={m.review} /></p>
            </div>
          </li>
        ))}
      </ol>
    </Layout>,
  );
}
