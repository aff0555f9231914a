// Language of the whole body with franc, restricted to the Scandinavian languages and English
// (see the stack notes: detection on short snippets is unreliable, so always the whole body).
import { franc } from 'franc';

const ISO_639_1: Record<string, string> = { swe: 'sv', nob: 'nb', dan: 'da', eng: 'en' };

export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 20000), { only: ['swe', 'nob', 'dan', 'eng'], minLength: 20 });
  return ISO_639_1[code] ?? null;
}
