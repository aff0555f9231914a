// Reads behind KOMMUNARKIV_READ_TOKEN: the API wants a bearer token; the web pages log in once with a form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, makeApp } from './helpers/app.js';

describe('a read-protected archive', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(async () => {
    t = makeApp({ readToken: 'läsnyckel-åäö' });
    expect((await t.upload('Västerås stad har antagit en ny klimatplan.', 'västerås.txt')).status).toBe(201);
  });
  afterAll(() => t.close());

  it('refuses the API without a token and sends pages to the login form', async () => {
    await expectProblem(await t.app.request('/api/documents'), 401);
    const page = await t.app.request('/commitments?type=sign');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fcommitments%3Ftype%3Dsign');
    expect((await t.app.request('/login')).status).toBe(200);
  });

  it('logs in with the read token into an HttpOnly cookie, and pages then open', async () => {
    const wrong = await t.app.request('/login', { method: 'POST', body: new URLSearchParams({ token: 'fel', next: '/' }) });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const res = await t.app.request('/login', { method: 'POST', body: new URLSearchParams({ token: 'läsnyckel-åäö', next: '/commitments' }) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/commitments');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const home = await t.app.request('/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('västerås.txt');
    expect((await t.app.request('/api/documents', { headers: { cookie: cookie.split(';')[0]! } })).status).toBe(200);
  });

  it('never redirects off-site after login', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const res = await t.app.request('/login', { method: 'POST', body: new URLSearchParams({ token: 'läsnyckel-åäö', next }) });
      expect(res.headers.get('location')).toBe('/');
    }
  });
});
