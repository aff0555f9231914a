// Names lexicon for the people extractor: given names, tokens that are never part of a person's name, and
// the credit words and agencies around photo credits and bylines. Data only; the rules live in ../people.ts.
//
// How a linguist extends it: add a given name to GIVEN_NAMES_LIST (one space-separated word, as written, with
// å/ä/ö; hyphenated double names are recognised from their parts); add a word that looks like a name but is a
// common noun to AMBIGUOUS_GIVEN_NAMES; add an organisation word to NOT_NAME_TOKENS with an example.

/**
 * Common given names in Sweden (women and men, all generations), including names common among newer Swedes and
 * in neighbouring countries. A name run whose first token is one of these needs less other evidence to be a
 * person (see `people.running-text`). Example: 'Patrik Rydén har ansvarat för kontakterna' → Patrik Rydén.
 */
const GIVEN_NAMES_LIST = `
Aaron Abbe Abdi Abdullah Abdullahi Abdulrahman Adam Adele Adnan Adrian Agda Agne Agnes Agneta Ahmad Ahmed Aida Aileen
Aina Aino Aisha Ake Albert Albin Alba Alejandro Aleksander Aleksandra Alex Alexander Alexandra Alexis Alf Alfons
Alfred Alfreda Ali Alice Alicia Alina Aline Alis Alma Almir Alva Alvar Alvin Amadeus Amalia Amanda Amelia Amelie
Amina Amir Amira Ammar Ana Anas Anders Andrea Andreas Andrei Andrzej Anette Anetta Angela Angelica Angelika Anita
Anja Anki Ann Anna Annamaria Anne Annelie Anneli Annette Annica Annie Annika Anny Anton Antonia Antonio Aram Ari
Ariana Arja Arne Arnold Aron Arvid Arwid Asad Asta Astrid August Augustin Axel Ayan Aylin Azra Baran Barbara
Barbro Bashir Beata Beatrice Bella Bengt Benjamin Benny Berit Bernt Bert Berta Bertil Bianca Birger Birgit
Birgitta Bjarne Björn Blenda Bo Bodil Boris Bosse Brita Britt Britta Bror Bruno Börje Caisa Cajsa Camilla
Carin Carina Carl Carola Carolina Caroline Casper Catarina Catharina Cathrine Cecilia Cedric Celine Charles
Charlie Charlotta Charlotte Chris Christel Christer Christian Christina Christine Christoffer Christopher Claes
Clara Clas Claudia Conny Constance Cornelia Cristina Curt Dag Dagmar Dagny Dan Dana Daniel Daniela Danielle Dany
Dara David Dennis Diana Dina Dorota Dorothea Douglas Ebba Ebbe Edit Edith Edvard Edvin Edward Egil Einar Eira
Ejnar Elaine Elias Elin Elina Elinor Elisabet Elisabeth Elise Elisa Ella Ellen Ellie Ellinor Elmer Elna Elof
Elsa Else Elsie Elton Elvir Elvira Elvis Emanuel Emelie Emil Emilia Emina Emir Emma Emmy Engla Enar Eric Erica
Erik Erika Erling Ernst Esa Eskil Esmeralda Ester Esther Eva Evelina Evelyn Evert Ewa Ewy Fabian Fadi Fanny Farah
Fatima Fatma Felicia Felix Ferdinand Filip Filippa Finn Folke Frank Frans Fred Freddie Fredrik Fredrika Freja
Frida Fritiof Fritjof Gabor Gabriel Gabriella Gabrielle Georg George Gerd Gerhard Gert Gertrud Gillis Gisela Gitte
Gittan Greger Gregor Greta Gry Gudrun Gull Gun Gunhild Gunilla Gunnar Gunnel Gunvor Gustaf Gustav Gösta Göran
Habib Hadi Hakim Halvar Hamid Hampus Hamza Hanna Hannah Hanne Hannele Hans Harald Harriet Harry Hasan Hasse Hassan
Hedda Hedvig Heidi Heike Heinz Hele Helen Helena Helene Heléne Hélène Helga Helge Helmer Henning Henric Henrik
Henrika Henry Herbert Herman Hilda Hilding Hillevi Hjalmar Hodan Holger Hugo Hussein Håkan Hélène Ibrahim Ida
Idris Ilona Ilse Ilmar Imre Ina Inga Ingalill Inge Ingegerd Ingegärd Ingela Ingemar Inger Ingrid Ingvar Ingvor
Iréne Irene Iris Irja Irma Isa Isabel Isabella Isabelle Isak Ismail Ivan Ivar Jack Jacob Jakob James Jamal Jan
Jana Janet Janina Janne Jannike Jari Jarl Jasmin Jasmine Jean Jennie Jennifer Jenny Jens Jerker Jerry Jesper
Jessica Jill Jimmie Jimmy Joacim Joakim Joanna Joel Johan Johanna Johannes John Johnny Jon Jonas Jonatan Jonathan
Jonna Jonny Jorma Josef Josefin Josefina Josefine Joseph Josephine Juha Juhani Jukka Julia Julian Julius Jussi
Jörgen Jöran Kaisa Kajsa Kalle Kamal Kari Karim Karin Karina Karl Karolin Karolina Kaj Kasper Katarina Kate
Katharina Kathrin Katja Katrin Katrina Kenneth Kennet Kent Kerstin Kevin Khalid Kicki Kim Kjell Klara Klas Knut
Kristian Kristin Kristina Kristine Kristoffer Krister Kurt Lage Laila Lars Lasse Laura Layla Lea Leena Leif Leila
Lena Lennart Leo Leon Leona Leonard Leonora Levi Liam Lidia Lilian Lillemor Lilly Lily Lina Linda Linn Linnea
Linnéa Linus Lisa Lisbet Lisbeth Lise Liselott Liselotte Lisen Liv Lo Lotta Louise Lovisa Lucas Lucia Ludvig
Ludwig Luis Lukas Magda Magdalena Magnus Maher Mahmoud Maj Maja Majken Majvor Malak Malena Malin Malte Marco
Marcus Margareta Margaretha Margit Maria Mariam Marianne Marie Mariette Marika Marina Marine Marit Marita Marius
Mark Markus Marlene Marta Martha Martin Maryam Mary Mathias Mathilda Matilda Mats Matti Mattias Matthias Maud
Max Maximilian Meja Melina Melker Melissa Melvin Merja Mia Michael Michaela Michel Michelle Mika Mikael Mikaela
Mikko Milan Milena Milton Mimmi Minna Mira Miranda Miriam Mirja Mirjam Mohamad Mohamed Mohammad Mohammed Moa
Mona Monica Monika Muhammad Mustafa Märta Mårten Måns Nadia Nadja Naima Nanna Nasser Natalia Natalie Nathalie
Neo Nicholas Nicklas Niclas Nicolas Nicole Nicolina Niklas Nikola Nikolai Nikolina Nils Nina Ninni Noah Noel
Nora Nour Nova Nusrat Ola Olav Olga Oliver Olivia Olle Olof Olov Omar Orvar Oscar Oskar Otto Ove Owe Paul Paula
Paulina Pauline Pavel Pedro Peder Pekka Per Pernilla Petra Peter Petter Philip Pia Pierre Pontus Pål Päivi Rafael
Raija Rakel Ralf Ralph Ramona Rania Rashid Rasmus Raymond Rebecca Rebecka Rebeka Regina Reidar Reine Reinhold
Renate Renée Reza Ricard Richard Rickard Rigmor Rikard Riitta Rita Robert Roberth Robin Roger Roine Roland Rolf
Ronald Ronja Ronny Rosa Rose Rosita Roy Rune Rut Ruth Saga Sahar Said Sakari Salma Sam Samir Samira Samuel Sandra
Sanna Sara Sarah Sebastian Selma Senad Seppo Sergei Serkan Sigrid Sigvard Sigge Signe Silvia Simon Simone Sirpa
Siri Siv Sivert Sixten Sofia Sofie Solbritt Solveig Sonja Sophia Sophie Staffan Stefan Stefanie Stella Stellan
Sten Stephan Stephanie Stieg Stig Stina Sture Sune Susann Susanne Suzanne Svante Sven Sverker Sylvia Tage Tanja
Tarja Tatiana Tatjana Tea Teresa Teresia Terese Theo Theodor Theres Therese Thomas Thor Thorsten Tiina Tilda
Tilde Tim Timo Tina Tindra Tobias Tom Tomas Tommy Tony Tor Tora Torbjörn Tord Tore Torgny Torsten Tove Truls Tuula
Tuva Tyra Ture Ulf Ulla Ulrica Ulrik Ulrika Urban Ursula Valdemar Valentin Valter Vanessa Vera Veronica Veronika
Victor Victoria Vidar Viggo Vilgot Vilhelm Viljam Ville Vilma Vincent Viola Viveca Viveka Vivian Vivianne Walter
Wendela Wera Wilhelm Wiktor Wiktoria William Wilma Yasmin Yngve Ylva Yousef Yusuf Yvonne Zakaria Zara Zeynep
Åke Åsa Östen Örjan Eva-Lena Ann-Sofie Ann-Christin Ann-Charlotte Anna-Karin Anna-Lena Ann-Marie Anne-Marie
Marie-Louise Rose-Marie Britt-Marie Gull-Britt Ulla-Britt Lars-Erik Lars-Göran Per-Olof Per-Erik Karl-Erik Jan-Erik
Sören Göte Kåre Tryggve Ivan Roine Stina Jenni Jennie Emelia Thea Wilgot Lilian Gisela Majlis Margot Nanny Ragnar Ragnhild Runa Sölve Torvald Yrsa
Denise Love Madeleine Madelene Nellie Nelly Patric Patrik Sabina Sabine Sagal Viktor Viktoria
Hans-Åke Bo-Göran Sven-Erik Carl-Johan Nils-Erik Sanna-Maria Per-Anders Jan-Olof Lars-Olof
`;

/** Every known given name, as written. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN_NAMES_LIST.split(/\s+/).filter(Boolean));

/**
 * Given names that are also ordinary Swedish words or month names and so start sentences and headings on their
 * own: such a name counts as a given name only when other evidence (a party, a role, a quote verb) supports the
 * person. Example: 'Saga Lindberg (V), kommunalråd' is a person, but in 'Max Hamburgare öppnar' or 'Saga Sjöström lever
 * kvar i byn' (a tale) the running-text rule reads nobody.
 */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(`
Dag Iris Liv Lo Love Maj Mark Max Nova Rosa Rose Saga Ville Vera Viola
`.split(/\s+/).filter(Boolean));

/** Whether `token` (a single name token, possibly hyphenated) is a known given name. */
export function isGivenName(token: string): boolean {
  if (GIVEN_NAMES.has(token)) return true;
  const parts = token.split('-');
  return parts.length > 1 && parts.every((p) => GIVEN_NAMES.has(p));
}

/**
 * Capitalised tokens that are never part of a person's name: organisation words, events, places, document and
 * layout words, calendar words. A run of capitalised words containing one is not a name. Examples:
 * 'Lars Nilsson Bygg' (a firm), 'Region Västmanland', 'Hovsjö Forum', 'European Viable Cities Day'.
 */
export const NOT_NAME_TOKENS: ReadonlySet<string> = new Set(`
AB HB KB Region Regionen Kommun Kommuns Kommunen Stad Stads Staden Län Länsstyrelsen Universitet Universitetet
Högskola Högskolan Förening Föreningen Förbund Förbundet Institutet Verket Myndigheten Riksdagen Regeringen
Sverige Sveriges Day Days City Cities Group Forum Summit Week Award Network Program Programme Center Centre Fund
Foundation Agency Institute University Lab Labs Arena Festival Agenda Klimatkontrakt Pressmeddelande Foto Bild
Källa Text Kontakt Kontakter Kontaktperson Kontaktpersoner Tfn Tel Telefon Mobil Bygg Byggnad Entreprenad Måleri
Fastigheter Fastighet Transport Åkeri Konsult Consulting Energi Vatten Miljö Holding Invest Stock Images Photo
Photos Camera Digital Hub Park Torg Gata Gatan Vägen Skola Skolan Kyrka Kyrkan Huset Hallen Salen Bibliotek
Biblioteket Hamn Hamnen Centrum Kommunfullmäktige Kommunstyrelsen Fullmäktige Nämnden Utskottet Styrelsen
Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Januari Februari Mars April Maj Juni Juli Augusti September
Oktober November December Admin Administratör Redaktionen Webbredaktör OLYMPUS CANON NIKON SONY
Museum Museet Gymnasium Gymnasiet Antal Summa Totalt Datum Sida Bilaga Tabell Figur
`.split(/\s+/).filter(Boolean));

/**
 * Labels of tables, forms and credits that follow a name in extracted text; cut off the name ('Agnes Lundgren
 * Antal medlemmar', 'Text: Karin Ekström Foto: Per Holm').
 */
export const TABLE_LABELS: ReadonlySet<string> = new Set('Antal Summa Totalt Datum Sida Bilaga Tabell Figur Foto Bild Text Källa Fotograf Illustration'.split(' '));

/**
 * Capitalised nouns that name the place or firm whose name follows them: a person's name after one is that
 * place's name, not the person ('Hotell Björn Borg', 'Restaurang Greta Garbo', 'Stiftelsen Anna Lindh').
 */
export const VENUE_HEADS: ReadonlySet<string> = new Set(`
Hotell Hotel Restaurang Café Kafé Galleri Teater Biograf Bio Stiftelsen Fonden Föreningen Villa Gården Sal Salen
`.split(/\s+/).filter(Boolean));

/**
 * Endings of a capitalised token that make it a place, a room, a prize or an organisation rather than a surname
 * ('Gustaf Dalén-salen', 'Anna Lindh-priset', 'Olof Palmes-gatan', 'Naturskyddsföreningen', 'Per Brahegymnasiet',
 * 'Mimerskolan').
 */
export const NOT_NAME_ENDINGS: readonly string[] = [
  'partiet', 'partiets', 'kommun', 'kommuns', 'förvaltningen', 'nämnden', 'styrelsen', 'bolaget', 'verket',
  'myndigheten', 'institutet', 'föreningen', 'förbundet', 'rådet', 'staden', 'regionen', '-salen', '-priset',
  '-gatan', '-vägen', '-skolan', '-huset', '-hallen', '-parken', '-torget', '-stipendiet', '-sällskapet',
  '-institutet', '-centret', '-centrum', 'sdagen', 'gymnasiet', 'gymnasium', 'skolan', 'biblioteket', 'sjukhuset',
  'arenan', 'teatern', 'museet', 'kyrkan', 'parken', 'torget', 'gatan', 'vägen', 'badet', 'hallen',
];

/**
 * Photo and image agencies, stock libraries and non-person credits after 'Foto:'. A credit naming one is not a
 * person ('Foto: Adobe Stock', 'Foto: Mostphotos', 'Foto: Sala kommun'); 'Foto: David Elg/Moob' names the
 * photographer David Elg and the agency Moob.
 */
export const PHOTO_AGENCIES: ReadonlySet<string> = new Set(`
Adobe Stock Shutterstock iStock iStockphoto Getty Images Mostphotos Unsplash Pixabay Pexels Colourbox Scanpix TT
Johnér Folio Bildbyrån Pressbild Pressbilder Privat Arkiv Arkivbild Illustration Moob Canva Freepik Alamy
`.split(/\s+/).filter(Boolean));

/**
 * Lower-case nouns that, written right after a name, make it the name of a place, building or institution
 * rather than a mention of the person ('Carl Wahren gymnasium', 'Anna Lindh minnesfond', 'Greta Garbo torg').
 */
export const PLACE_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(`
skola skolan gymnasium gymnasiet förskola förskolan gata gatan väg vägen torg torget park parken plats platsen
hus huset sal salen hall hallen arena arenan stiftelse stiftelsen fond fonden minnesfond pris priset institut
institutet center centret centrum kyrka kyrkan bibliotek biblioteket museum museet stadion teater teatern
`.split(/\s+/).filter(Boolean));
