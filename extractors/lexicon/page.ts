// The page furniture the document extractor (extractors/document.ts) reads, as data: navigation residue and
// section labels that are never a title, the labels and bylines of a page's own date, words that make a date an
// event's rather than the page's, and the cues of a document's kind. See corpus/real/README.md ("language, kind,
// published").
//
// Every entry has an example text and what the extractor must read in it: `title` (the title chosen),
// `published` (the page date, or null) or `kind`. extractors/document.test.ts checks every example.
//
// Forms are matched case-insensitively, as whole words, at the start of a line unless said otherwise.

import type { DocumentKind } from '../../src/types.js';

export interface TitleExample { example: string; title: string }
export interface PublishedExample { example: string; published: string | null }
export interface KindExample { example: string; kind: DocumentKind }

// ---- titles ------------------------------------------------------------------------------------------------

/**
 * Lines that are page chrome, never a title: skip links, menus, logos, share widgets, image credits and
 * breadcrumbs. `form` is a regular expression for the whole (trimmed) line.
 */
export const NAVIGATION: readonly (TitleExample & { form: string })[] = [
  { form: 'gå direkt till (?:innehåll(?:et)?|huvudinnehåll(?:et)?)', example: 'Gå direkt till innehåll\nNy energi- och klimatstrategi för Landskrona', title: 'Ny energi- och klimatstrategi för Landskrona' },
  { form: 'hoppa (?:direkt )?till (?:innehåll(?:et)?|huvudinnehåll(?:et)?|sidans innehåll)', example: 'Hoppa till innehåll\n\nStartskott för projektet Klimatneutrala Nacka', title: 'Startskott för projektet Klimatneutrala Nacka' },
  { form: 'till (?:innehållet|huvudinnehållet|sidans innehåll)', example: 'Till innehållet\nNya laddplatser i Kiruna', title: 'Nya laddplatser i Kiruna' },
  { form: '(?:meny|stäng|meny stäng|stäng meny|öppna meny|sök|sök på webbplatsen|tillbaka|start|hem|logga in)', example: 'Meny Stäng\n\nRapport från kommunstyrelsen 4 april', title: 'Rapport från kommunstyrelsen 4 april' },
  { form: '(?:loading|laddar|laddar\\.\\.\\.|laddar…)', example: 'Loading\n\nBorgmästaravtalet\n\nKommuner tar täten i klimatarbetet.', title: 'Borgmästaravtalet' },
  { form: '.{0,60}\\b(?:logo|logotyp|logga)', example: 'Viable Cities Logo\n\n30 städer vill gå före i klimatomställningen', title: '30 städer vill gå före i klimatomställningen' },
  { form: '(?:dela|dela sidan|dela till|share|share button|skriv ut|lyssna|läs upp|tipsa|kopiera länk:?|facebook|twitter|linkedin)', example: 'Dela\n\nSvenska städer inspirerar klimatomställningen i Europa', title: 'Svenska städer inspirerar klimatomställningen i Europa' },
  { form: '(?:foto|bild|fotograf|photo|image):.*', example: 'Foto: Jonas Gunnarsson\n\nUmeå – a Frontrunner for Climate Neutrality', title: 'Umeå – a Frontrunner for Climate Neutrality' },
  { form: '.*\\bfoto: .*', example: 'Solceller. Foto: Adobe Stock\n\nDelvist ja till utredning om solceller', title: 'Delvist ja till utredning om solceller' },
  { form: '(?:artikelbild|bildtext|olympus digital camera)', example: 'Artikelbild\nNy förskola i Nybble', title: 'Ny förskola i Nybble' },
  { form: '(?:•\\s*)?(?:[^/\\n]{0,40}\\s)?/\\s.*', example: 'Hem / Press / Pressmeddelanden / Återkallat beslut\n\nÅterkallat beslut gällande nedläggning av filialbibliotek', title: 'Återkallat beslut gällande nedläggning av filialbibliotek' },
  { form: '.*\\|.*\\|.*', example: 'Sverigedemokraterna i Trelleborg | Start | Sida 110\n\nAngående vattenfontän i Flaningen', title: 'Angående vattenfontän i Flaningen' },
  { form: '(?:antagen av|beslutad av|fastställd av|ersätter|ansvarig(?: för [\\p{L} ]+)?|gäller för|giltighetstid|dokumenttyp|diarienummer|dnr|handläggare|version|datum|till|från|ärende):.*', example: 'Antagen av: Koncernchefsgruppen\nDatum: 2023-03-31\nGäller för: Olofströms kommun\nHandlingsplan för klimat och energi\nBakgrund', title: 'Handlingsplan för klimat och energi' },
  { form: 'mitt \\p{Lu}[\\p{L}-]+', example: 'Mitt Nacka\n\nNacka går in i Viable Cities', title: 'Nacka går in i Viable Cities' },
];

/** Section and category labels of a news page: a label, not a title. */
export const SECTION_LABELS: readonly (TitleExample & { form: string })[] = [
  { form: 'pressmeddelande', example: 'Pressmeddelande -\n\nSkellefteå samarbetar med Sveriges myndigheter', title: 'Skellefteå samarbetar med Sveriges myndigheter' },
  { form: 'pressmeddelanden', example: 'Pressmeddelanden\n\nÅterkallat beslut gällande nedläggning av filialbibliotek', title: 'Återkallat beslut gällande nedläggning av filialbibliotek' },
  { form: 'nyheter', example: 'Nyheter\nKommunen öppnar en ny förskola i Åre', title: 'Kommunen öppnar en ny förskola i Åre' },
  { form: 'nyhet', example: 'Nyhet\nFler laddplatser i Lund', title: 'Fler laddplatser i Lund' },
  { form: 'aktuellt', example: 'Aktuellt\nBadplatserna öppnar i Mora', title: 'Badplatserna öppnar i Mora' },
  { form: 'nyhetsarkiv', example: 'Nyhetsarkiv\nSnöröjningen i Älvdalen', title: 'Snöröjningen i Älvdalen' },
  { form: 'motioner', example: 'Motioner\n\nFullmäktige bifaller V:s motion om solel', title: 'Fullmäktige bifaller V:s motion om solel' },
  { form: 'press', example: 'Press\nNy simhall i Ystad', title: 'Ny simhall i Ystad' },
  { form: 'news', example: 'News\nUmeå selected for the EU mission', title: 'Umeå selected for the EU mission' },
  { form: 'bakgrund', example: 'Bakgrund\nKommunen har arbetat med energifrågor sedan 2009.', title: 'Kommunen har arbetat med energifrågor sedan 2009.' },
  { form: 'sammanfattning', example: 'Sammanfattning\nPlanen beskriver åtgärder för Vansbro.', title: 'Planen beskriver åtgärder för Vansbro.' },
  { form: 'inledning', example: 'Inledning\nDenna skrivelse innehåller tidplanen.', title: 'Denna skrivelse innehåller tidplanen.' },
  { form: 'innehåll', example: 'Innehåll\nKlimatstrategi för Haparanda', title: 'Klimatstrategi för Haparanda' },
  { form: 'innehållsförteckning', example: 'Innehållsförteckning\nEnergiplan för Ås', title: 'Energiplan för Ås' },
  { form: 'i category: .*', example: 'i Category: Nyheter | 1 min läsning\nLyckad invigning', title: 'Lyckad invigning' },
];

/**
 * A publisher line or a newspaper kicker above the title: "Umeå kommun", "Göteborgs Stad", "Region Skåne", "NYHETER
 * · LJUNGBY", "DEBATT". `form` is a regular expression (case-sensitive).
 */
export const PUBLISHER_LINES: readonly (TitleExample & { form: string })[] = [
  { form: '\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s(?:[Kk]ommun|[Ss]tad|kommune|kommunes)', example: 'Umeå kommun\n\nSvenska städer och myndigheter inspirerar klimatomställningen i Europa', title: 'Svenska städer och myndigheter inspirerar klimatomställningen i Europa' },
  { form: 'Region \\p{Lu}[\\p{L}-]+', example: 'Region Skåne\nNya busslinjer i Skåne', title: 'Nya busslinjer i Skåne' },
  { form: '\\p{Lu}{2,}[.]?', example: 'SVEDALA.\n\nS, V och MP har motionerat om solceller', title: 'S, V och MP har motionerat om solceller' },
  { form: '\\p{Lu}[\\p{Lu}\\s&.-]{1,40}\\s[·|•]\\s[\\p{Lu}\\s&.-]{1,40}', example: 'NYHETER · LJUNGBY\nLjungby antar ny klimatplan', title: 'Ljungby antar ny klimatplan' },
];

// ---- the page's own date -----------------------------------------------------------------------------------

/**
 * Labels of the page's own date, in the order they are preferred: a publication date before an update stamp.
 * The label stands at the start of a line, optionally followed by ":" and "den".
 */
export const PUBLISHED_LABELS: readonly (PublishedExample & { form: string; update?: boolean })[] = [
  { form: 'publicerad', example: 'Delvist ja till utredning om solceller\n\nPublicerad 02 November 2019 07:00', published: '2019-11-02' },
  // The date right after the label, also when more follows on the line.
  { form: 'publicerad (with more on the line)', example: 'Ny förskola\nPublicerad 4 mars 2021 av Kommunikationsavdelningen\nText.', published: '2021-03-04' },
  { form: 'publicerad (then an update stamp)', example: 'Ny förskola\nPublicerad 2021-03-04 · Uppdaterad 2021-03-05\nText.', published: '2021-03-04' },
  { form: 'publicerat', example: 'Nyheter\nPublicerat den 1.10.2021\nKalmar går med.', published: '2021-10-01' },
  { form: 'publ.', example: 'Nyheter\nPubl. 2021-03-04 10.23\nKommunen bygger.', published: '2021-03-04' },
  { form: 'skapad', example: 'Skapad 12 januari 2022\nText om Ås.', published: '2022-01-12' },
  { form: 'publicerades', example: 'Sidan publicerades 2020-12-11\nText.', published: '2020-12-11' },
  { form: 'sidan publicerades', example: 'Kommunen skriver under klimatkontrakt\nSidan publicerades 11 december 2020', published: '2020-12-11' },
  { form: 'datum', example: 'Datum: 2020-12-08\nÄrende: Motion om solceller', published: '2020-12-08' },
  { form: 'daterad', example: 'Skrivelse\nDaterad 4 maj 2022\nTill kommunstyrelsen.', published: '2022-05-04' },
  { form: 'postad', example: 'Postad 12 mars 2021\nNy cykelväg i Tierp.', published: '2021-03-12' },
  { form: 'published', example: 'News\nPublished 3 May 2022\nUmeå is selected.', published: '2022-05-03' },
  { form: 'posted', example: 'Posted on March 6, 2024\nThe call opens today.', published: '2024-03-06' },
  { form: 'publisert', example: 'Nyhet\nPublisert 29. november 2019\nBystyret vedtok planen.', published: '2019-11-29' },
  { form: 'udgivet', example: 'Udgivet 5. marts 2019\nKommunen får anerkendelse.', published: '2019-03-05' },
  { form: 'uppdaterad', update: true, example: 'Ny plan för cykling\nUppdaterad 3 mars 2024\nPlanen gäller hela Åre.', published: '2024-03-03' },
  { form: 'senast uppdaterad', update: true, example: 'Avfall och återvinning\nSenast uppdaterad: 2023-01-15', published: '2023-01-15' },
  { form: 'sidan uppdaterades senast', update: true, example: 'Förslag om energibesparing nedröstat\nSidan uppdaterades senast: 2009-06-15 14:06', published: '2009-06-15' },
  { form: 'senast ändrad', update: true, example: 'Cykla i Lund\nSenast ändrad: 2022-08-30', published: '2022-08-30' },
  { form: 'sidan ändrades', update: true, example: 'Cykla i Lund\nSidan ändrades 2022-08-30', published: '2022-08-30' },
  { form: 'senast granskad', update: true, example: 'Avfall\nSenast granskad 3 maj 2023', published: '2023-05-03' },
  { form: 'sidan uppdaterades', update: true, example: 'Text om Mora.\nSidan uppdaterades 2022-04-01', published: '2022-04-01' },
  { form: 'updated', update: true, example: 'Climate work\nUpdated 12 January 2022', published: '2022-01-12' },
];

/** Bylines before the page's date: "By … on", "Av Admin den", "Skriven av Anna Ek". `form` is a regular expression (case-sensitive). */
export const BYLINES: readonly (PublishedExample & { form: string })[] = [
  // Case-sensitive: the name in a byline is capitalised ("Av Admin", not "Av de städer som …").
  { form: '[Bb]y(?:\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})?\\s+on', example: 'Örebro kommun har skrivit på\n\nBy on 11 december, 2021\n\nNu har ordföranden skrivit under.', published: '2021-12-11' },
  { form: '[Aa]v\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}(?:\\s+den)?', example: 'Angående vattenfontän i Flaningen\n\nAv Admin den 9 september, 2007\n\nMotion till Trelleborgs kommunfullmäktige.', published: '2007-09-09' },
  { form: '(?:[Ss]kriven|[Ss]krivet|[Pp]ostad|[Pp]ublicerad) av\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}(?:\\s+den)?', example: 'Skriven av Anna Ek 3 mars 2022\nNy förskola i Ås.', published: '2022-03-03' },
];

/**
 * Words that make the date of a header line an event's, not the page's ("Tid: Fredag den 24 november kl. 15",
 * "Öppet hus den 3 mars 2024"). Matched anywhere in the words before the date.
 */
export const EVENT_WORDS: readonly (PublishedExample & { form: string })[] = [
  { form: 'tid', example: 'Pressinbjudan\nTid: 24 november 2023 kl. 15\nPlats: Hovsjö bibliotek', published: null },
  { form: 'när', example: 'Invigning av bron\nNär: 3 juni 2024\nVälkomna!', published: null },
  { form: 'plats', example: 'Plats och tid: Rådhuset 3 juni 2024\nVälkomna!', published: null },
  { form: 'sista', example: 'Utlysning\nSista ansökningsdag 5 juni 2024\nSök nu.', published: null },
  { form: 'deadline', example: 'Utlysning\nDeadline 5 juni 2024\nSök nu.', published: null },
  { form: 'öppet hus', example: 'Öppet hus den 3 mars 2024\n\nVälkommen till vår nya förskola.', published: null },
  { form: 'invigning', example: 'Invigning den 8 augusti 2023\nBiblioteket i Bygdeå öppnar.', published: null },
  { form: 'möte', example: 'Möte 12 februari 2024\nDagordning för styrelsen.', published: null },
  { form: 'justerat', example: 'Protokoll\nJusterat 2023-11-14\nVid protokollet', published: null },
  { form: 'anslaget', example: 'Protokoll\nAnslaget 2023-11-15\nVid protokollet', published: null },
];

/**
 * Headings of a document whose date line is its own date: "Motion till kommunfullmäktige i Ängelholm den 28
 * oktober 2019", "Pressmeddelande 3 mars 2024".
 */
export const DOCUMENT_HEADINGS: readonly (PublishedExample & { form: string })[] = [
  { form: 'motion', example: 'Motion om laddstolpar\n\nMotion till kommunfullmäktige i Ängelholm den 28 oktober 2019\nText.', published: '2019-10-28' },
  { form: 'interpellation', example: 'Interpellation till kommunstyrelsens ordförande den 4 maj 2021\nText.', published: '2021-05-04' },
  { form: 'skrivelse', example: 'Skrivelse till miljönämnden 12 januari 2022\nText.', published: '2022-01-12' },
  { form: 'pressmeddelande', example: 'Pressmeddelande 3 mars 2024\nNy simhall i Ystad.', published: '2024-03-03' },
  { form: 'press release', example: 'Environment, climate and energy, Press Release | 03-05-2022\nStockholm selected.', published: '2022-05-03' },
  { form: 'nyhet', example: 'Nyhet · 12 februari 2024\nSnöröjningen i Älvdalen.', published: '2024-02-12' },
  { form: 'protokoll', example: 'Protokoll kommunfullmäktige Hudiksvall 2024-02-26\n\n§ 45 Motion om klimatbudget', published: '2024-02-26' },
  { form: 'sammanträdesprotokoll', example: 'Sammanträdesprotokoll 14 mars 2023\nKommunstyrelsen i Ydre', published: '2023-03-14' },
  { form: 'protokollsutdrag', example: 'Protokollsutdrag kommunstyrelsen 2022-05-10\n§ 12 Klimatplan', published: '2022-05-10' },
  { form: 'tjänsteskrivelse', example: 'Tjänsteskrivelse 2021-09-01\nSvar på motion om solceller', published: '2021-09-01' },
];

// ---- kind --------------------------------------------------------------------------------------------------

/** Verbs that introduce a quotation in press writing: "…, säger Anna Berg" (sv, en, nb, da). */
export const QUOTE_VERBS: readonly (KindExample & { form: string })[] = [
  { form: 'säger', example: 'Nu öppnar återbruket i Höör.\n– Det här är en glädjens dag, säger Märta Lövgren.', kind: 'press_release' },
  { form: 'berättar', example: 'Förskolan byggs i Nybble.\n– Vi har velat täcka behovet, berättar Ingela Ek (C).', kind: 'press_release' },
  { form: 'förklarar', example: 'Kontraktet är ett verktyg.\n– Vi gör det tillsammans, förklarar Linda Larsson (S).', kind: 'press_release' },
  { form: 'fortsätter', example: 'Planen är klar.\n– Vi fortsätter arbetet, fortsätter Åsa Öberg.', kind: 'press_release' },
  { form: 'menar', example: 'Budgeten hjälper kommunen, menar Katarina Folkeson.', kind: 'press_release' },
  { form: 'konstaterar', example: 'Det är inte aktuellt, konstaterar Stefan Björnmalm i en tjänsteskrivelse.', kind: 'press_release' },
  { form: 'understryker', example: 'Målet ligger fast, understryker Per Åberg.', kind: 'press_release' },
  { form: 'betonar', example: 'Samarbetet är viktigt, betonar Eva Ek.', kind: 'press_release' },
  { form: 'avslutar', example: 'Vi tar vårt ansvar, avslutar Frida.', kind: 'press_release' },
  { form: 'framhåller', example: 'Det är en bra start, framhåller Olle Ek.', kind: 'press_release' },
  { form: 'kommenterar', example: 'Det var väntat, kommenterar Sara Åberg.', kind: 'press_release' },
  { form: 'poängterar', example: 'Det är en ekonomisk fråga, poängterar Caroline Ottosson.', kind: 'press_release' },
  { form: 'tillägger', example: 'Vi är redo, tillägger Jonas Ek.', kind: 'press_release' },
  { form: 'påpekar', example: 'Först måste det utredas, påpekar Caroline Ottosson.', kind: 'press_release' },
  { form: 'fastslår', example: 'Man måste börja någonstans, fastslår hon.', kind: 'press_release' },
  { form: 'says', example: 'This is big for us, says Hans Lindberg (S).', kind: 'press_release' },
];

/** Labels that name a page as press material: "Pressmeddelande", "Pressinbjudan", "Press Release". */
export const PRESS_LABELS: readonly (KindExample & { form: string })[] = [
  { form: 'pressmeddelande', example: 'Gå direkt till innehåll\nPressmeddelande -\n\nNytt klimatkontrakt för Växjö', kind: 'press_release' },
  { form: 'pressinbjudan', example: 'Pressinbjudan: Invigning av Hovsjö bibliotek\nVälkommen att bevaka invigningen.', kind: 'press_release' },
  { form: 'press release', example: 'Environment, climate and energy, Press Release | 03-05-2022\nStockholm har blivit utvald.', kind: 'press_release' },
  { form: 'nyhet', example: 'Nyhet\nKommunen bygger en ny cykelbana.', kind: 'press_release' },
];

/**
 * Headings of a standing information page (kind other): questions and answers, how-to and service blocks. With
 * no quote, no press label and no date of its own, such a page is information, not news.
 */
export const INFORMATION_HEADINGS: readonly (KindExample & { form: string })[] = [
  { form: 'frågor och svar', example: 'Klimatkontrakt 2030\n\nUmeå har undertecknat kontraktet.\n\nFrågor och svar\n\nKontraktet revideras varje år.', kind: 'other' },
  { form: 'vanliga frågor', example: 'Avfall i Åre\n\nSå sorterar du.\n\nVanliga frågor\nVar lämnar jag glas?', kind: 'other' },
  { form: 'mer information', example: 'Sophämtning i Härnösand\n\nHämtningen sker varannan vecka.\n\nMer information\nRing kundtjänst.', kind: 'other' },
  { form: 'kontakta oss', example: 'Bygglov i Tierp\n\nDu behöver bygglov för en carport.\n\nKontakta oss\nBygglovsenheten.', kind: 'other' },
  { form: 'så här gör du', example: 'Parkering i Lund\n\nDu betalar i appen.\n\nSå här gör du\nLadda ner appen.', kind: 'other' },
  { form: 'öppettider', example: 'Biblioteket i Mora\n\nBiblioteket har böcker för alla.\n\nÖppettider\nMåndag–fredag 10–18.', kind: 'other' },
];

/**
 * Headings of meeting records (kind other): a protocol or an extract of one, with its meeting date. They come before
 * the att-satser of a decision ("1. att anta planen"), which do not make a protocol a motion.
 */
export const PROTOCOL_HEADINGS: readonly (KindExample & { form: string })[] = [
  { form: 'protokoll', example: 'Ludvika kommun\nKommunstyrelsen\n\nPROTOKOLL\nSammanträdesdatum: 2023-11-07\n\n§ 41 Cykelplan', kind: 'other' },
  { form: 'protokollsutdrag', example: 'Falu kommun\nKommunfullmäktige\n\nPROTOKOLLSUTDRAG\nSammanträdesdatum: 2024-04-25\n\nKommunfullmäktige beslutar\n\n1. att anta planen,', kind: 'other' },
  { form: 'sammanträdesprotokoll', example: 'Sammanträdesprotokoll\nMiljönämnden i Åre\n\n§ 12 Taxa för tillsyn', kind: 'other' },
  { form: 'protokoll', example: 'Protokoll kommunfullmäktige Hudiksvall 2024-02-26\n\n§ 45 Motion om klimatbudget\n\nKommunfullmäktige beslutar\n\natt bifalla motionen.', kind: 'other' },
  { form: 'tillkännagivande av justerat protokoll', example: 'Sigtuna kommun\n\nTILLKÄNNAGIVANDE AV JUSTERAT PROTOKOLL\n\nSammanträdesdatum: 2024-04-25', kind: 'other' },
];

/** Lines of a protocol's head (two of them make a meeting record, kind other). */
export const PROTOCOL_LINES: readonly (KindExample & { form: string })[] = [
  { form: 'plats och tid', example: '2024-04-25\nPlats och tid\nRådhuset, kl 08.30\nBeslutande\nEnligt förteckning', kind: 'other' },
  { form: 'beslutande', example: 'Plats och tid: Rådhuset\nBeslutande: se bilaga\nÄrende 1', kind: 'other' },
  { form: 'utses att justera', example: 'Beslutande\nEnligt förteckning\nUtses att justera\nInga Berg', kind: 'other' },
  { form: 'justerandes sign', example: 'Utses att justera: Inga Berg\n§ 71\nJusterandes sign', kind: 'other' },
  { form: 'närvarande', example: 'Närvarande\nAnna Ek (S)\nBeslutande\nOla Ek (M)', kind: 'other' },
];

/**
 * The first words of the title of a standing document (kind other, without a press cue): a strategy, plan,
 * programme, policy, budget document, protocol, report to the council or newsletter. A title with a verb of news
 * ("… antagen", "… ska …") is news about it.
 */
export const STANDING_TITLES: readonly (KindExample & { form: string })[] = [
  { form: 'strategi', example: 'KLIMAT STRATEGI\nHAPARANDA 2020-2050\nSofia Larsson, klimatstrateg', kind: 'other' },
  { form: 'strategier', example: 'Strategier för ett hållbart Åre\n\nUppdrag i strategisk plan 2022-2025', kind: 'other' },
  { form: 'plan', example: 'Energi- och klimatplan för Falun 2024–2030\n\nPlanen beskriver kommunens mål.', kind: 'other' },
  { form: 'handlingsplan', example: 'Handlingsplan för klimat och energi\n\nBakgrund\nEn av vår tids största utmaningar.', kind: 'other' },
  { form: 'program', example: 'Miljöprogram för Lund 2021–2030\n\nProgrammet gäller hela kommunen.', kind: 'other' },
  { form: 'policy', example: 'Resepolicy för Olofströms kommun\n\nPolicyn gäller alla anställda.', kind: 'other' },
  { form: 'riktlinjer', example: 'Riktlinjer för laddinfrastruktur\n\nRiktlinjerna gäller kommunens mark.', kind: 'other' },
  { form: 'anvisningar', example: 'Budgetanvisningar\n2025-12-01\nTidplan och anvisningar för budget 2027–2031', kind: 'other' },
  { form: 'budgetskrivelse', example: 'Budgetskrivelse för investeringar 2027-2031\n\nProjekt 1: Nya lokaler', kind: 'other' },
  { form: 'protokoll', example: 'Protokoll\nSamhällsplaneringsnämnden\n§ 71 Detaljplan för Borrby', kind: 'other' },
  { form: 'verksamhetsberättelse', example: 'Verksamhetsberättelse 2016\n\nFöreningen har haft ett aktivt år.', kind: 'other' },
  { form: 'årsredovisning', example: 'Årsredovisning 2023 för Åre kommun\n\nÅret präglades av höga räntor.', kind: 'other' },
  { form: 'sammanställning', example: 'Sammanställning av granskningsyttranden\n\nDetaljplan för Borrby 6:21', kind: 'other' },
  { form: 'informationsblad', example: 'Informationsblad för Brf Dr Lindh\n\nStyrelsen informerar om stambytet.', kind: 'other' },
  // Traps: news about a plan (the form in parentheses is not a title word).
  { form: '(a new plan, as news)', example: 'Ny cykelplan för Ånge\n\nKommunen har antagit en ny cykelplan.', kind: 'press_release' },
  { form: '(news about a plan)', example: 'Ny energi- och klimatstrategi ska bidra till lägre utsläpp\n\nMiljönämnden har antagit strategin.', kind: 'press_release' },
  { form: '(a plan adopted, as news)', example: 'Klimatstrategi antagen i fullmäktige\n\nFullmäktige antog i går strategin.', kind: 'press_release' },
];

/** The heading of a table of contents: with lines of page numbers after it, a long standing document (kind other). */
export const CONTENTS_HEADINGS: readonly (KindExample & { form: string })[] = [
  { form: 'innehåll', example: 'Samordning av mål och strategier för miljö och klimat\n2022-04-21\nInnehåll\n1 Sammanfattning ........ 3\n2 Om uppdraget ........ 4\n3 Befintliga mål ........ 5', kind: 'other' },
  { form: 'innehållsförteckning', example: 'Energiplan för Ås\nInnehållsförteckning\nInledning 3\nNuläge 5\nMål 9', kind: 'other' },
];

/** Headings of a question to a politician (kind other): an interpellation or a question as its own text. */
export const QUESTION_HEADINGS: readonly (KindExample & { form: string })[] = [
  { form: 'interpellation', example: 'Interpellation till kommunstyrelsens ordförande Åsa Pekkari (C)\n\nHur klimatanpassas den nya stadskärnan?', kind: 'other' },
  { form: 'enkel fråga', example: 'Enkel fråga till tekniska nämndens ordförande\n\nNär byggs cykelvägen till Östra Ryd?', kind: 'other' },
  { form: 'fråga', example: 'Fråga till kommunalrådet om laddplatser i Älvsbyn\n\nHur många laddplatser byggs i år?', kind: 'other' },
];

/** Sentences of a standing page that speaks about itself (kind other, when no quote, press label or page date). */
export const INFORMATION_PHRASES: readonly (KindExample & { form: string })[] = [
  { form: 'på den här sidan', example: 'Vårt klimatarbete\n\nPå den här sidan kan du läsa om kommunens klimatmål.', kind: 'other' },
  { form: 'på denna sida', example: 'Energirådgivning\n\nPå denna sida finns information om energirådgivning i Åre.', kind: 'other' },
  { form: 'här kan du läsa', example: 'Klimatstrategi\n\nHär kan du läsa kommunens klimatstrategi.', kind: 'other' },
  { form: 'här hittar du', example: 'Laddplatser i Mora\n\nHär hittar du kommunens laddplatser.', kind: 'other' },
];

/** A list heading of a party page that lists its motions (kind other): "Under år 2015 har vi lämnat in följande motioner:". */
export const MOTION_LIST_HEADINGS: readonly (KindExample & { form: string })[] = [
  { form: 'följande motioner', example: 'Vår politik\n\nUnder år 2015 har vi lämnat in följande motioner:\n• Den 10/11: Ta bort delade turer\n• Den 8/9: Ett resurscentrum i Sörmland', kind: 'other' },
  { form: 'våra motioner', example: 'Våra motioner\n• Motion om solceller i Ås\n• Motion om cykelvägar i Ås', kind: 'other' },
];
