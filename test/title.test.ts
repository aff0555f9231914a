// A document's title (extractors/document.ts documentTitle) is stored and shown instead of its file name: in the
// API's document view, in the document list and on the document page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from './helpers/app.js';

const TEXT = `Gå direkt till innehåll
Pressmeddelande -

Älvkarleby bygger laddplatser vid skolorna

Kommunstyrelsen i Älvkarleby har beslutat att bygga tjugo laddplatser under 2025.

– Det är ett viktigt steg för klimatet, säger Åsa Öberg (S), kommunstyrelsens ordförande.
`;
const TITLE = 'Älvkarleby bygger laddplatser vid skolorna';

describe('document titles in the API and on the pages', () => {
  const t = makeApp();
  let id = '';

  beforeAll(async () => {
    const res = await t.upload(TEXT, 'pm-2025-03-laddplatser.txt');
    expect(res.status).toBe(201);
    id = ((await res.json()) as { id: string }).id;
  });
  afterAll(() => t.close());

  it('serves the title chosen from the text, not the navigation residue or the file name', async () => {
    const res = await t.app.request(`/api/documents/${id}`, { headers: t.auth });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { title: string | null; filename: string };
    expect(doc).toMatchObject({ title: TITLE, filename: 'pm-2025-03-laddplatser.txt' });
  });

  it('shows the title as the heading of the document page and as the link in the list', async () => {
    const page = await (await t.app.request(`/documents/${id}`, { headers: t.auth })).text();
    expect(page).toContain(`<h1>${TITLE}</h1>`);
    expect(page).toContain(`<title>${TITLE} · Kommunarkiv</title>`);
    const list = await (await t.app.request('/', { headers: t.auth })).text();
    expect(list).toMatch(new RegExp(`<a href="/documents/${id}">${TITLE}</a>`));
  });
});
