// Two short Swedish press releases for the review tests, and the sentence the extractor misses in the first.
export const VAXJO = 'Växjö kommun har i dag undertecknat klimatkontraktet inom Viable Cities. Kommunfullmäktige i Växjö beslutade den 14 mars 2023 ' +
  'att kommunen ska bli klimatneutral till 2030.\n\n– Vi tar ansvar för kommande generationer, säger Eva Ek (C), kommunstyrelsens ordförande i Växjö.\n\n' +
  'Alvesta vill också bidra, och kommunen planerar solceller på alla skolor före sommaren 2025.\n\nKontakt: Per Holm (S), kommunalråd i Alvesta, telefon 0470-123 45.\n';
export const ALVESTA = 'Alvesta kommun har beslutat att bygga en ny simhall i Moheda.\n\nKontakt: Per Holm (M), kommunalråd i Alvesta.\n';
export const ADDED_SENTENCE = 'Alvesta vill också bidra, och kommunen planerar solceller på alla skolor före sommaren 2025.';
