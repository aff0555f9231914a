// Role lexicon for the people extractor: role nouns, the words that qualify them, abbreviations, and the bodies
// of a municipality that a role can belong to. Data only; the rules live in ../people.ts.
//
// A word is a role noun when it is a head below or a compound ending in one ('hållbarhetschef' ends in 'chef',
// 'barn- och utbildningschef' too); the definite form is read as the indefinite ('kommunalrådet' → 'kommunalråd').
// Each role noun has an example phrase and the role the extractor reads from it (a test runs every example).

export type Political = 'always' | 'with-body' | 'never';

export interface RoleNoun {
  /** Indefinite singular, lower case. */
  head: string;
  /**
   * `always`: holding it makes a politician (kommunalråd, ledamot). `with-body`: only as chair of a political body
   * or party ('ordförande i miljönämnden', 'kommunstyrelsens ordförande'). `never`: officials and others.
   */
  political: Political;
  /** A phrase with one person holding the role. */
  example: string;
  /** The role the extractor reads from `example`. */
  role: string;
  /**
   * The holder does not act for the document's municipality (a researcher, an artist, a journalist): such a
   * person gets a municipality only when one is written with the role ('forskare vid Umeå kommun').
   */
  independent?: true;
}

export const ROLE_NOUNS: readonly RoleNoun[] = [
  // Elected and party roles.
  { head: 'kommunalråd', political: 'always', example: 'säger Elvir Åberg (MP), kommunalråd och ordförande i miljönämnden.', role: 'kommunalråd och ordförande i miljönämnden' },
  { head: 'oppositionsråd', political: 'always', example: 'säger Gunnar Ek, Centerpartiet, oppositionsråd.', role: 'oppositionsråd' },
  { head: 'regionråd', political: 'always', example: 'säger Malin Öst (S), regionråd i Region Västerbotten.', role: 'regionråd' },
  { head: 'landstingsråd', political: 'always', example: 'säger landstingsrådet Per Ödman (M).', role: 'landstingsråd' },
  { head: 'borgarråd', political: 'always', example: 'säger Åsa Lind (V), borgarråd.', role: 'borgarråd' },
  { head: 'statsråd', political: 'always', example: 'säger statsrådet Åsa Lind.', role: 'statsråd' },
  { head: 'minister', political: 'always', example: 'säger Åsa Lind, klimat- och miljöminister.', role: 'klimat- och miljöminister' },
  { head: 'ledamot', political: 'always', example: 'säger Jörgen Ek (SD), ledamot i kommunfullmäktige.', role: 'ledamot i kommunfullmäktige' },
  { head: 'ersättare', political: 'always', example: 'säger Pär Ek (KD), ersättare i byggnadsnämnden.', role: 'ersättare i byggnadsnämnden' },
  { head: 'gruppledare', political: 'always', example: 'Det menar MP:s gruppledare Maria Åhlén.', role: 'gruppledare' },
  { head: 'partiledare', political: 'always', example: 'säger Anders Öberg, partiledare.', role: 'partiledare' },
  { head: 'partisekreterare', political: 'always', example: 'säger partisekreteraren Lena Ödman.', role: 'partisekreterare' },
  { head: 'språkrör', political: 'always', example: 'säger Märta Holm, språkrör för Miljöpartiet.', role: 'språkrör' },
  { head: 'politiker', political: 'always', example: 'säger Åsa Lind (C), politiker i Mora.', role: 'politiker' },
  { head: 'förtroendevald', political: 'always', example: 'säger Åsa Lind (S), förtroendevald i Mora.', role: 'förtroendevald' },
  { head: 'oppositionsledare', political: 'always', example: 'säger oppositionsledaren Björn Åkesson (M).', role: 'oppositionsledare' },
  { head: 'parlamentariker', political: 'always', example: 'säger Åsa Lind, europaparlamentariker.', role: 'europaparlamentariker' },
  { head: 'talman', political: 'always', example: 'säger Åsa Lind (S), talman.', role: 'talman' },
  { head: 'justerare', political: 'never', example: 'Justerare: Märta Ek (S)', role: 'justerare' },
  { head: 'partiordförande', political: 'always', example: 'säger Anna Öberg, partiordförande.', role: 'partiordförande' },
  { head: 'kretsordförande', political: 'always', example: 'säger kretsordföranden Per Åhlund (M).', role: 'kretsordförande' },
  { head: 'ordförande', political: 'with-body', example: 'säger Peter Kåhre (C), ordförande i barn- och ungdomsnämnden.', role: 'ordförande i barn- och ungdomsnämnden' },
  { head: 'ordf', political: 'with-body', example: 'Tommy Rosén (s), 2:e v ordf,\nMiljö- och hälsoskyddsnämnden, Solna stad', role: '2:e vice ordförande i miljö- och hälsoskyddsnämnden' },
  // Officials and others.
  { head: 'chef', political: 'never', example: 'säger barn- och utbildningschefen Martin Snöberg.', role: 'barn- och utbildningschef' },
  { head: 'direktör', political: 'never', example: 'säger Katarina Wåhlin Öst, stadsutvecklingsdirektör i Nacka kommun.', role: 'stadsutvecklingsdirektör i Nacka kommun' },
  { head: 'ledare', political: 'never', example: 'berättar Sara Ångström, projektledare, Örebro kommun.', role: 'projektledare' },
  { head: 'strateg', political: 'never', example: 'Det var kommunens miljöstrateg Helen Åkesson som skickade in ansökan.', role: 'miljöstrateg' },
  { head: 'kommunikatör', political: 'never', example: 'säger Hanna Öberg, kommunikatör.', role: 'kommunikatör' },
  { head: 'samordnare', political: 'never', example: 'säger Lisa Åström, klimatsamordnare.', role: 'klimatsamordnare' },
  { head: 'handläggare', political: 'never', example: 'säger Johan Öhman, handläggare.', role: 'handläggare' },
  { head: 'sekreterare', political: 'never', example: 'Helene Åkesson, pressekreterare, 08-523 066 03', role: 'pressekreterare' },
  { head: 'koordinator', political: 'never', example: 'säger Ulla Öst, energikoordinator.', role: 'energikoordinator' },
  { head: 'utvecklare', political: 'never', example: 'säger Ulla Öst, verksamhetsutvecklare.', role: 'verksamhetsutvecklare' },
  { head: 'planerare', political: 'never', example: 'säger Jonas Wikström, planerare på stadsbyggnadskontoret.', role: 'planerare på stadsbyggnadskontoret' },
  { head: 'ingenjör', political: 'never', example: 'säger Ulla Öst, miljöingenjör.', role: 'miljöingenjör' },
  { head: 'arkitekt', political: 'never', example: 'säger Ulla Öst, stadsarkitekt.', role: 'stadsarkitekt' },
  { head: 'ekolog', political: 'never', example: 'säger Ulla Öst, kommunekolog.', role: 'kommunekolog' },
  { head: 'expert', political: 'never', example: 'säger Ulla Öst, klimatexpert.', role: 'klimatexpert' },
  { head: 'specialist', political: 'never', example: 'säger Ulla Öst, energispecialist.', role: 'energispecialist' },
  { head: 'analytiker', political: 'never', example: 'säger Ulla Öst, analytiker.', role: 'analytiker' },
  { head: 'forskare', political: 'never', example: 'säger Mats Ekholm, forskare vid Göteborgs universitet.', role: 'forskare vid Göteborgs universitet', independent: true },
  { head: 'professor', political: 'never', example: 'säger Ulla Öst, professor i miljövetenskap.', role: 'professor', independent: true },
  { head: 'lektor', political: 'never', example: 'säger Ulla Öst, universitetslektor.', role: 'universitetslektor', independent: true },
  { head: 'docent', political: 'never', example: 'säger Ulla Öst, docent.', role: 'docent', independent: true },
  { head: 'rektor', political: 'never', example: 'säger rektorn Ulla Öst.', role: 'rektor' },
  { head: 'controller', political: 'never', example: 'säger Ulla Öst, controller.', role: 'controller' },
  { head: 'konsult', political: 'never', example: 'säger Ulla Öst, miljökonsult.', role: 'miljökonsult', independent: true },
  { head: 'rådgivare', political: 'never', example: 'säger Sara Nyberg, energirådgivare.', role: 'energirådgivare' },
  { head: 'talesperson', political: 'never', example: 'säger Ulla Öst, talesperson.', role: 'talesperson' },
  { head: 'ombudsman', political: 'never', example: 'säger Ulla Öst, ombudsman.', role: 'ombudsman' },
  { head: 'inspektör', political: 'never', example: 'säger Ulla Öst, miljöinspektör.', role: 'miljöinspektör' },
  { head: 'utredare', political: 'never', example: 'säger Emil Sundberg, utredare.', role: 'utredare' },
  { head: 'ekonom', political: 'never', example: 'säger Ulla Öst, ekonom.', role: 'ekonom' },
  { head: 'kassör', political: 'never', example: 'säger Kent Åström, kassör.', role: 'kassör' },
  { head: 'jurist', political: 'never', example: 'säger Ulla Öst, jurist.', role: 'jurist' },
  { head: 'borgmästare', political: 'never', example: 'säger Ulla Öst, borgmästare.', role: 'borgmästare' },
  { head: 'landshövding', political: 'never', example: 'säger landshövdingen Ulla Öst.', role: 'landshövding' },
  { head: 'ambassadör', political: 'never', example: 'säger Ulla Öst, klimatambassadör.', role: 'klimatambassadör' },
  { head: 'förvaltare', political: 'never', example: 'säger Ulla Öst, fastighetsförvaltare.', role: 'fastighetsförvaltare' },
  { head: 'informatör', political: 'never', example: 'säger Ulla Öst, informatör.', role: 'informatör' },
  { head: 'ansvarig', political: 'never', example: 'säger Ulla Öst, hållbarhetsansvarig.', role: 'hållbarhetsansvarig' },
  { head: 'vd', political: 'never', example: 'säger Per Lind, vd Umeå Energi.', role: 'vd Umeå Energi', independent: true },
  { head: 'doktorand', political: 'never', example: 'säger Ulla Öst, doktorand.', role: 'doktorand', independent: true },
  { head: 'assistent', political: 'never', example: 'säger Ulla Öst, nämndassistent.', role: 'nämndassistent' },
  { head: 'biolog', political: 'never', example: 'säger Ulla Öst, biolog.', role: 'biolog' },
  { head: 'konstnär', political: 'never', example: 'Verket är skapat av den lokala konstnären Katarina Öst.', role: 'lokal konstnär', independent: true },
  { head: 'fotograf', political: 'never', example: 'berättar fotografen Ulla Öst.', role: 'fotograf', independent: true },
  { head: 'journalist', political: 'never', example: 'säger Ulla Öst, journalist.', role: 'journalist', independent: true },
  { head: 'redaktör', political: 'never', example: 'säger Ulla Öst, redaktör.', role: 'redaktör', independent: true },
  { head: 'författare', political: 'never', example: 'säger författaren Ulla Öst.', role: 'författare', independent: true },
  { head: 'bibliotekarie', political: 'never', example: 'säger Ulla Öst, bibliotekarie.', role: 'bibliotekarie' },
  { head: 'pedagog', political: 'never', example: 'säger Ulla Öst, kulturpedagog.', role: 'kulturpedagog' },
  { head: 'lärare', political: 'never', example: 'säger Ulla Öst, lärare.', role: 'lärare' },
  { head: 'medarbetare', political: 'never', example: 'säger Ulla Öst, medarbetare på miljöförvaltningen.', role: 'medarbetare på miljöförvaltningen' },
  { head: 'tjänsteperson', political: 'never', example: 'säger Ulla Öst, tjänsteperson.', role: 'tjänsteperson' },
  { head: 'representant', political: 'never', example: 'säger Ulla Öst, representant för Trafikverket.', role: 'representant för Trafikverket' },
  { head: 'grundare', political: 'never', example: 'säger Ulla Öst, grundare.', role: 'grundare', independent: true },
  { head: 'ägare', political: 'never', example: 'säger Ulla Öst, fastighetsägare.', role: 'fastighetsägare', independent: true },
  { head: 'företagare', political: 'never', example: 'säger Ulla Öst, företagare.', role: 'företagare', independent: true },
  { head: 'generalsekreterare', political: 'never', example: 'säger Ulla Öst, generalsekreterare.', role: 'generalsekreterare' },
  { head: 'revisor', political: 'never', example: 'säger Ulla Öst, revisor.', role: 'revisor' },
  { head: 'mästare', political: 'never', example: 'säger Ulla Öst, stadsträdgårdsmästare.', role: 'stadsträdgårdsmästare' },
  { head: 'utgivare', political: 'never', example: 'Ansvarig utgivare: Lena Åhs', role: 'utgivare' },
  { head: 'arbetsledare', political: 'never', example: 'Håkan Mårtensson, arbetsledare Förråd och verkstad:', role: 'arbetsledare förråd och verkstad' },
  // English (pages in English from Swedish municipalities).
  { head: 'chairman', political: 'with-body', example: 'says the municipal board chairman Hans Lindström (S).', role: 'municipal board chairman' },
  { head: 'chairwoman', political: 'with-body', example: 'says Åsa Lind, chairwoman of the municipal board.', role: 'chairwoman of the municipal board' },
  { head: 'chair', political: 'with-body', example: 'says Åsa Lind, chair of the environmental committee.', role: 'chair of the environmental committee' },
  { head: 'president', political: 'always', example: 'says Ursula von Ekdahl, President of the Commission', role: 'president of the Commission' },
  { head: 'mayor', political: 'always', example: 'says Anna Berg, deputy mayor.', role: 'deputy mayor' },
  { head: 'councillor', political: 'always', example: 'says Anna Berg (S), municipal councillor.', role: 'municipal councillor' },
  { head: 'commissioner', political: 'always', example: 'says Anna Berg, commissioner.', role: 'commissioner' },
  { head: 'head', political: 'never', example: 'says Anna Berg, head of the climate office.', role: 'head of the climate office' },
  { head: 'director', political: 'never', example: 'says Anna Berg, director of the climate office.', role: 'director of the climate office' },
  { head: 'manager', political: 'never', example: 'says Anna Berg, project manager.', role: 'project manager' },
  { head: 'coordinator', political: 'never', example: 'says Anna Berg, climate coordinator.', role: 'climate coordinator' },
  { head: 'officer', political: 'never', example: 'says Anna Berg, environmental officer.', role: 'environmental officer' },
  { head: 'strategist', political: 'never', example: 'says Anna Berg, climate strategist.', role: 'climate strategist' },
  { head: 'researcher', political: 'never', example: 'says Anna Berg, researcher.', role: 'researcher', independent: true },
];

/** English role heads are matched only as whole words (no compounds): 'chair' is not in 'wheelchair'. */
export const ENGLISH_ROLE_HEADS: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'chair', 'president', 'mayor', 'councillor', 'commissioner', 'head', 'director', 'manager',
  'coordinator', 'officer', 'strategist', 'researcher',
]);

/**
 * Words that qualify a role noun before it, kept in the role ('vice ordförande', 'förste vice ordförande',
 * 'tf kommundirektör', '2:e vice ordförande'). Each with an example phrase.
 */
export const ROLE_QUALIFIERS: readonly { word: string; example: string }[] = [
  { word: 'vice', example: 'vice ordförande i miljöutskottet' },
  { word: 'biträdande', example: 'biträdande förvaltningschef' },
  { word: 'ställföreträdande', example: 'ställföreträdande kommundirektör' },
  { word: 'tillförordnad', example: 'tillförordnad miljöchef' },
  { word: 'tf', example: 'tf kommundirektör' },
  { word: 't.f.', example: 't.f. kommundirektör' },
  { word: 'förste', example: 'kommunstyrelsens förste vice ordförande' },
  { word: 'första', example: 'kommunstyrelsens första vice ordförande' },
  { word: 'andre', example: 'andre vice ordförande i byggnadsnämnden' },
  { word: 'andra', example: 'andra vice ordförande i byggnadsnämnden' },
  { word: '1:e', example: '1:e vice ordförande i kommunstyrelsen' },
  { word: '2:e', example: '2:e vice ordförande i miljö- och hälsoskyddsnämnden' },
  { word: '3:e', example: '3:e vice ordförande i kommunfullmäktige' },
  { word: 'förre', example: 'förre kommunalrådet' },
  { word: 'f.d.', example: 'f.d. kommunalråd' },
  { word: 'tidigare', example: 'tidigare kommunstyrelseordförande' },
  { word: 'avgående', example: 'avgående kommundirektör' },
  { word: 'ny', example: 'Anna Berg (S) är ny ordförande i kommunstyrelsen' },
  { word: 'nyvald', example: 'nyvald ordförande' },
  { word: 'nyvalde', example: 'nyvalde ordföranden' },
  { word: 'nyvalda', example: 'nyvalda ordföranden' },
  { word: 'tillträdande', example: 'tillträdande kommundirektör' },
  { word: 'senior', example: 'senior rådgivare' },
  { word: 'lokal', example: 'den lokala konstnären (→ lokal konstnär)' },
  { word: 'municipal', example: 'the municipal board chairman' },
  { word: 'deputy', example: 'deputy mayor' },
];

/**
 * Abbreviations inside role phrases, expanded in the role ('2:e v ordf' → '2:e vice ordförande'). `before`: the
 * abbreviation is expanded only directly before another role word (a lone 'v' is a party letter, not 'vice').
 */
export const ROLE_ABBREVIATIONS: readonly { written: string; full: string; before?: boolean; example: string }[] = [
  { written: 'ordf', full: 'ordförande', example: 'ordf. Miljönämnden → ordförande i miljönämnden' },
  { written: 'v', full: 'vice', before: true, example: '2:e v ordf → 2:e vice ordförande' },
  { written: 'vice', full: 'vice', before: true, example: 'vice ordf → vice ordförande' },
  { written: 'ers', full: 'ersättare', example: 'ers. i kommunfullmäktige → ersättare i kommunfullmäktige' },
  { written: 'led', full: 'ledamot', example: 'led. i byggnadsnämnden → ledamot i byggnadsnämnden' },
  { written: 'ks', full: 'kommunstyrelsen', example: 'ordförande i KS → ordförande i kommunstyrelsen' },
  { written: 'kf', full: 'kommunfullmäktige', example: 'ledamot i KF → ledamot i kommunfullmäktige' },
];

/**
 * Heads of the bodies and offices of a municipality that a role belongs to ('ordförande i miljönämnden',
 * 'förvaltningschef på miljöförvaltningen', 'ordförande i en beredningsgrupp för miljöfrågor'). `political`: its
 * chair and members are politicians. Definite and indefinite forms are read ('-nämnden', 'en nämnd').
 */
export const MUNICIPAL_BODIES: readonly { head: string; political: boolean; example: string }[] = [
  { head: 'nämnd', political: true, example: 'ordförande i servicenämnden' },
  { head: 'styrelse', political: true, example: 'ordförande i kommunstyrelsen' },
  { head: 'fullmäktige', political: true, example: 'ledamot i kommunfullmäktige' },
  { head: 'utskott', political: true, example: 'ordförande i ekoutskottet' },
  { head: 'beredning', political: true, example: 'ordförande i klimatberedningen' },
  { head: 'beredningsgrupp', political: true, example: 'ordförande i en beredningsgrupp för miljö- och klimatfrågor' },
  { head: 'råd', political: true, example: 'ordförande i pensionärsrådet' },
  { head: 'förvaltning', political: false, example: 'förvaltningschef på miljöförvaltningen' },
  { head: 'kontor', political: false, example: 'bibliotekschef, kultur- och fritidskontoret' },
  { head: 'enhet', political: false, example: 'strateg på hållbarhetsenheten' },
  { head: 'avdelning', political: false, example: 'chef för planavdelningen' },
  { head: 'board', political: true, example: 'chairman of the municipal board' },
  { head: 'committee', political: true, example: 'chair of the environmental committee' },
  { head: 'council', political: true, example: 'member of the city council' },
];

/**
 * Words in a role that tie it to the state, a region, the EU or a party nationally, never to a municipality
 * ('regionråd', 'riksdagsledamot', 'landshövding', 'President of the Commission'): such a person gets no
 * municipality from the document.
 */
export const NON_MUNICIPAL_ROLE_WORDS: readonly string[] = [
  'riksdag', 'minister', 'statsråd', 'region', 'landsting', 'landshövding', 'generaldirektör', 'partiledare',
  'partisekreterare', 'språkrör', 'europaparlament', 'parlamentariker', 'commission', 'president', 'eu-',
];
