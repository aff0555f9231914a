// GET and POST /login: a browser logs in once with a token (the read or write token, or a named reviewer's
// token from `npm run token`); it is kept in an HttpOnly cookie. Reads behind KOMMUNARKIV_READ_TOKEN need it;
// reviewing always does.
import type { Context } from 'hono';
import { READ_COOKIE, type Env } from '../http.js';
import { identify } from '../tokens.js';
import { Layout } from './layout.js';

export const loginForm = (c: Context<Env>) => c.html(<LoginPage next={safeNext(c.req.query('next'))} />);

export async function login(c: Context<Env>) {
  const form = await c.req.parseBody().catch(() => ({} as Record<string, unknown>));
  const token = typeof form.token === 'string' ? form.token.trim() : '';
  const next = safeNext(typeof form.next === 'string' ? form.next : undefined);
  const ok = token !== '' && (await identify(c.var.archive.storage.db.db, token, c.var.config)) !== null;
  if (!ok) return c.html(<LoginPage next={next} error="Fel nyckel." />, 401);
  const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : '';
  c.header('Set-Cookie', `${READ_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure}`);
  return c.redirect(next, 303);
}

/** Only same-site paths after login: "/x", never "//host" or an absolute URL. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

function LoginPage(props: { next: string; error?: string }) {
  return (
    <Layout title="Logga in" path="/login">
      <h1>Logga in</h1>
      <p class="lede">Ange din nyckel: läsnyckeln för ett skyddat arkiv, eller din granskarnyckel för att granska.</p>
      {props.error && <p class="error-box" role="alert">{props.error}</p>}
      <form class="upload-form stack" action="/login" method="post">
        <input type="hidden" name="next" value={props.next} />
        <label for="l-token">Nyckel</label>
        <input id="l-token" type="password" name="token" required autocomplete="current-password" />
        <button type="submit">Logga in</button>
      </form>
    </Layout>
  );
}
