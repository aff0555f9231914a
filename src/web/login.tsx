// GET and POST /login, POST /logout: reads behind KOMMUNARKIV_READ_TOKEN; a browser logs in once with a form
// and the token is kept in an HttpOnly cookie. After login the browser goes back to the page it asked for
// (`next`, a path on this origin only: src/http.ts, safeNext).
import type { Context } from 'hono';
import { READ_COOKIE, readForm, safeNext, sameSecret, sessionCookie, WRITE_COOKIE, type Env } from '../http.js';
import { Layout } from './layout.js';

export const loginForm = (c: Context<Env>) => c.html(<LoginPage next={safeNext(c.req.query('next'), c.req.url)} />);

export async function login(c: Context<Env>) {
  const form = await readForm(c.req.raw).catch(() => new URLSearchParams());
  const token = (form.get('token') ?? '').trim();
  const next = safeNext(form.get('next'), c.req.url);
  const { readToken, token: writeToken } = c.var.config;
  const ok = token !== '' && (!readToken || (await sameSecret(token, readToken)) || (!!writeToken && (await sameSecret(token, writeToken))));
  if (!ok) return c.html(<LoginPage next={next} error="Fel nyckel." />, 401);
  c.header('Set-Cookie', sessionCookie(c, READ_COOKIE, token));
  return c.redirect(next, 303);
}

/** Forget both cookies (the read login and the upload form's write token) and go to the front page. */
export function logout(c: Context<Env>) {
  c.header('Set-Cookie', sessionCookie(c, READ_COOKIE, null), { append: true });
  c.header('Set-Cookie', sessionCookie(c, WRITE_COOKIE, null), { append: true });
  return c.redirect(c.var.config.readToken ? '/login' : '/', 303);
}

function LoginPage(props: { next: string; error?: string }) {
  return (
    <Layout title="Logga in" path="/login">
      <h1>Logga in</h1>
      <p class="lede">Arkivet är skyddat: ange läsnyckeln (eller skrivnyckeln) för att läsa det.</p>
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
