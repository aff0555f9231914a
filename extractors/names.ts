// Linguistic data for the people extractor: common given names in Sweden and the Riksdag party table.

/** Common given names in Sweden (women and men), including names common among newer Swedes. */
const GIVEN_NAMES_LIST = `
Adam Adrian Agnes Agneta Ahmed Aisha Alba Albert Albin Alexander Alexandra Alf Alfred Ali Alice Alicia Alma
Alva Alvin Amanda Amelia Amir Ana Anders Andrea Andreas Anette Angelica Angelika Anita Ann Anna Annelie Anneli
Annika Anny Anton Arne Arvid Astrid August Axel Barbro Bengt Benjamin Bernt Berit Bertil Birgitta Birgit
Bjarne Björn Bo Britt Britta Bror Camilla Carina Carin Carl Carola Caroline Carolina Cecilia Charlotta Charlotte
Christer Christian Christina Christine Christoffer Clara Claes Conny Cristina Dag Dan Daniel Daniela David
Denise Dennis Ebba Edvin Edith Einar Elias Elin Elisabet Elisabeth Ella Ellen Ellinor Elsa Elvira Emelie Emil
Emilia Emma Emmy Engla Erik Erika Eva Evelina Fatima Felicia Felix Filip Filippa Fredrik Frida Fritjof Gabriel
Gabriella Gerd Gert Gertrud Gittan Greta Gunilla Gunnar Gunnel Gustav Gustaf Göran Gösta Hampus Hanna Hannah
Hans Harald Hassan Hedvig Helen Helena Helene Hélène Henrik Henrika Hilda Hjalmar Hugo Håkan Ida Ibrahim Ingrid
Inga Ingela Inger Ingemar Ingvar Irene Iris Isabella Isabelle Isak Ivar Jakob Jacob Jan Jana Jannike Jenny
Jens Jerker Jesper Jessica Joakim Joel Johan Johanna Johannes John Jonas Jonatan Jonathan Josefin Josefine
Josefina Julia Jörgen Kajsa Kalle Karin Karina Karl Karolina Katarina Kathrin Katrin Kent Kenneth Kerstin
Kevin Kim Klara Kristian Kristina Kristoffer Krister Lage Lars Lasse Laila Leif Lena Lennart Leo Leon Lilian
Liam Lina Linda Linn Linnea Linnéa Lisa Lisbeth Liselott Liselotte Liv Lo Lotta Louise Lovisa Lucas Ludvig
Magdalena Magnus Maja Malin Malte Marcus Markus Margareta Margaretha Maria Marianne Marie Marika Marina Mark
Martin Mats Matilda Mattias Matthias Max Maximilian Meja Melker Mikael Michael Mikaela Milton Minna Mira
Mohamed Mohammed Mohammad Moa Monica Monika Mustafa Märta Mårten Nadia Natalie Nathalie Nicklas Niklas Nicole
Nils Nina Noah Nora Nour Ola Olle Olof Olov Olga Oliver Omar Oscar Oskar Otto Patrik Patric Paula Paulina
Peder Per Peter Petra Pia Pernilla Pontus Rakel Rasmus Rebecka Rebecca Reza Ricard Richard Rikard Robert
Robin Roger Roland Rolf Rose-Marie Rune Rut Ruth Sabina Sagal Sahar Sam Samir Samuel Sandra Sanna Sara Sarah
Sebastian Siv Signe Simon Siri Sixten Sofia Sofie Sonja Stefan Staffan Stellan Sten Stig Stina Sture Susanne
Svante Sven Sverker Sylvia Tage Tea Therese Theres Thomas Tomas Tobias Tom Tommy Tora Torbjörn Tove Ture Tuva
Ulf Ulla Ulrika Ulrica Urban Valter Walter Vera Veronica Veronika Victor Viktor Victoria Viktoria Vilgot
Wilhelm Vilhelm Viola Vincent Wilma Ylva Yvonne Yusuf Zara Åke Åsa Örjan Östen Ove Owe Orvar Pål Mona Roine
Roy Ronny Rickard Jimmy Johnny Jonny Janne Kjell Kurt Lars-Erik Lars-Göran Per-Olof Per-Erik Eva-Lena Ann-Sofie
Ann-Christin Ann-Charlotte Anna-Karin Anna-Lena Ann-Marie Anne-Marie Marie-Louise Karl-Erik Jan-Erik Hans-Åke
Bo-Göran Sven-Erik Carl-Johan Mia Emelie Elina Heléne Gun Gunhild Gull-Britt Majvor Maj Solveig Sigrid Solbritt
Elsie Viveka Vivianne Lillemor Lisen Tina Tiina Sirpa Seppo Pekka Jukka Ahmad Hussein Abdullahi Abdi Leila
Layla Yasmin Jasmin Mariam Maryam Hamid Karim Nasser Miriam Farah Hodan Juha Anja Birger Bertil Ebbe Eskil Folke
Georg Greger Gudrun Hasse Helge Hilding Holger Inge Jon Josef Joseph Karolin Lage Linus Love Lukas Mathias
Melvin Nellie Nelly Nicolina Nikolina Nils-Erik Noel Olivia Ronja Selma Saga Signe Sune Tilda Tilde Tindra
Ulla-Britt Valdemar Ville William Vilma Wiktor Wera Benny Bosse Britt-Marie Cajsa Ewa Ewy Kristin Kristine
Madeleine Madelene Melina Ninni Rebeka Renée Sabine Sanna-Maria Stefanie Stephanie Tatjana Teresia Ursula
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN_NAMES_LIST.split(/\s+/).filter(Boolean));

/** Whether `token` (a single name token, possibly hyphenated) is a known given name. */
export function isGivenName(token: string): boolean {
  if (GIVEN_NAMES.has(token)) return true;
  const parts = token.split('-');
  return parts.length > 1 && parts.every((p) => GIVEN_NAMES.has(p));
}

/** Riksdag parties: abbreviation → written-out names (nominative; genitive is name + "s"). */
export const PARTIES: Readonly<Record<string, readonly string[]>> = {
  S: ['Socialdemokraterna', 'Socialdemokratiska arbetarepartiet', 'Arbetarepartiet Socialdemokraterna'],
  M: ['Moderaterna', 'Moderata samlingspartiet', 'Nya moderaterna'],
  SD: ['Sverigedemokraterna'],
  C: ['Centerpartiet'],
  V: ['Vänsterpartiet'],
  KD: ['Kristdemokraterna', 'Kristdemokratiska samhällspartiet'],
  L: ['Liberalerna', 'Folkpartiet', 'Folkpartiet liberalerna'],
  MP: ['Miljöpartiet de gröna', 'Miljöpartiet'],
};

/** Abbreviations in use (older ones mapped to today's). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  S: 'S', M: 'M', SD: 'SD', C: 'C', V: 'V', KD: 'KD', L: 'L', MP: 'MP', FP: 'L',
};

const FULL_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(PARTIES).flatMap(([abbr, names]) => names.map((n) => [n.toLowerCase(), abbr] as const)),
);

/** Regex source matching any written-out Riksdag party name (longest first), optionally genitive. */
export const PARTY_NAME_SOURCE = [...FULL_NAMES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');

/**
 * The Riksdag abbreviation for a party as written: "S", "(s)", "FP", "Vänsterpartiet", "Miljöpartiet de gröna",
 * "Vänsterpartiets" (genitive). Null when it is not a Riksdag party.
 */
export function riksdagParty(written: string): string | null {
  const s = written.trim().replace(/\s+/g, ' ');
  if (/^[A-Za-zÅÄÖåäö]{1,2}$/.test(s)) return ABBREVIATIONS[s.toUpperCase()] ?? null;
  const lower = s.toLowerCase();
  return FULL_NAMES.get(lower) ?? (lower.endsWith('s') ? FULL_NAMES.get(lower.slice(0, -1)) ?? null : null);
}
