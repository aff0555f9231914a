// The archivists' web pages: server-rendered, readable without JavaScript. One file per page, named by its
// URL; each reads its data through the same query function as its API twin (src/queries.ts) and validates
// its query with the same zod schema (src/schemas.ts).
import { Hono } from 'hono';
import { mayRead, type Env } from '../http.js';
import { commitmentsPage } from './commitments.js';
import { comparePage } from './compare.js';
import { ApiDocs, type OpenApiDoc } from './docs.js';
import { documentPage } from './document.js';
import { homePage } from './home.js';
import { login, loginForm, logout, logoutForm } from './login.js';
import { municipalitiesPage } from './municipalities.js';
import { municipalityPage } from './municipality.js';
import { peoplePage } from './people.js';
import { personPage } from './person.js';
import { addAction, mergeAction, reviewAction, splitAction } from './record-actions.js';
import { recordPage } from './record.js';
import { reviewPage } from './review.js';
import { REVIEW_SCRIPT } from './script.js';
import { searchPage } from './search.js';
import { threadPage } from './thread.js';
import { threadsPage } from './threads.js';
import { STYLE_SHEET } from './style.js';
import { upload, uploadForm } from './upload.js';

export function webRoutes(openapi: () => object) {
  const web = new Hono<Env>();

  web.get('/static/style.css', (c) =>
    c.body(STYLE_SHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }));
  web.get('/static/review.js', (c) =>
    c.body(REVIEW_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' }));
  web.get('/api/docs', (c) => c.html(<ApiDocs spec={openapi() as OpenApiDoc} />));
  web.get('/login', loginForm);
  web.post('/login', login);
  web.get('/logout', logoutForm);
  web.post('/logout', logout);

  // Behind KOMMUNARKIV_READ_TOKEN every page but the login form needs the login cookie.
  web.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/static/') || c.req.path === '/login' || c.req.path === '/logout') return next();
    if (!(await mayRead(c))) return c.redirect(`/login?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}`, 303);
    return next();
  });

  web.get('/', homePage);
  web.get('/documents/:id', documentPage);
  web.get('/municipalities', municipalitiesPage);
  web.get('/municipalities/:name', municipalityPage);
  web.get('/people', peoplePage);
  web.get('/people/:id', personPage);
  web.get('/commitments', commitmentsPage);
  web.get('/search', searchPage);
  web.get('/upload', uploadForm);
  web.post('/upload', upload);
  web.get('/threads', threadsPage);
  web.get('/threads/:id', threadPage);
  web.get('/compare', comparePage);
  web.get('/review', reviewPage);
  web.get('/records/:id', recordPage);
  web.post('/records/:id/review', reviewAction);
  web.post('/records/:id/split', splitAction);
  web.post('/documents/:id/records', addAction);
  web.post('/people/:id/merge', mergeAction);
  return web;
}
