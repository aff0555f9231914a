// GET and POST /login, GET (a button) and POST /logout: a browser logs in once with a token (the read or write token, or a
// named reviewer's token from `npm run token`); it is kept in an HttpOnly cookie. Reads behind
// KOMMUNARKIV_READ_TOKEN need it; reviewing always does. After login the browser goes back to the page it asked for
// (`next`, a path on this origin only: src/http.ts, safeNext).
import type { Context } from 'hono';
import { READ_COOKIE, readForm, safeNext, sessionCookie, WRITE_COOKIE, WRITE_COOKIE_PATH, type Env } from '../http.js';
import { identify } from '../tokens.js';
import { Layout } from './layout.js';

export const loginForm = (c: Context<Env>) => c.html(<LoginPage next={safeNext(c.req.query('next'), c.req.url)} />);

export async function login(c: Context<Env>) {
  const form = await readForm(c.req.raw).catch(() => new URLSearchParams());
  const token = (form.get('token') ?? '').trim();
  const next = safeNext(form.get('next'), c.req.url);
  const ok = token !== '' && (await identify(c.var.archive.storage.db.db, token, c.var.config)) !== null;
  if (!ok) return c.html(<LoginPage next={next} error="Fel nyckel." />, 401);
  c.header('Set-Cookie', sessionCookie(c, READ_COOKIE, token));
  return c.redirect(next, 303);
}

/**
 * Forget both cookies (the read login and the upload form's write token) and go to the front page. A cookie is
 * cleared only under the path it was set with: the write token lives under /upload (src/web/upload.tsx).
 */
export function logout(c: Context<Env>) {
  c.header('Set-Cookie', sessionCookie(c, READ_COOKIE, null), { append: true });
  c.header('Set-Cookie', sessionCookie(c, WRITE_COOKIE, null, WRITE_COOKIE_PATH), { append: true });
  return c.redirect(c.var.config.readToken ? '/login' : '/', 303);
}

/**
 * GET /logout: a page with the button that logs out (POST). A link or an image on another site must not be able
 * to log anyone out, so a GET changes nothing.
 */
export const logoutForm = (c: Context<Env>) => c.html(
  <Layout title="Logga ut" path="/logout">
    <h1>Logga ut</h1>
    <p class="lede">Glömmer inloggningen och den sparade nyckeln för uppladdning i den här webbläsaren.</p>
    <form class="upload-form stack" action="/logout" method="post">
      <button type="submit">Logga ut</button>
    </form>
  </Layout>,
);

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
