/**
 * News knowledge kept as data. Built from general knowledge of how news is written (agencies, institutions,
 * titles, attribution verbs), never from the names in any evaluation story.
 *
 * Words are lower case; multi-word entries are matched by compromise as one term.
 */

/** News agencies and outlets that relay quotes ("according to the Interfax news agency"). */
export const NEWS_OUTLETS: readonly string[] = [
  "associated press", "reuters", "agence france-presse", "afp", "bloomberg", "interfax", "tass",
  "itar-tass", "ria novosti", "xinhua", "kyodo", "yonhap", "ansa", "efe", "dpa", "anadolu", "irna",
  "al jazeera", "bbc", "cnn", "npr", "pbs", "abc news", "cbs news", "nbc news", "fox news", "msnbc", "sky news",
  "the new york times", "new york times", "the washington post", "washington post", "the wall street journal",
  "wall street journal", "usa today", "los angeles times", "financial times", "the guardian", "the times",
  "the economist", "politico", "axios", "the hill", "huffington post", "breitbart", "buzzfeed news", "vice news",
  "the atlantic", "time magazine", "newsweek", "le monde", "der spiegel", "kommersant", "izvestia", "pravda",
  "ria novosti", "sputnik", "nhk", "cctv", "al arabiya", "haaretz", "the jerusalem post", "moscow times",
];

/** Institutions that are named like places or common nouns but act as organisations in news. */
export const INSTITUTIONS: readonly string[] = [
  "kremlin", "white house", "pentagon", "state department", "justice department", "defense department",
  "treasury department", "homeland security", "downing street", "elysee", "élysée", "vatican", "congress",
  "senate", "house of representatives", "supreme court", "federal reserve", "united nations", "security council", "nato", "european union", "eu", "european commission", "european parliament",
  "world health organization", "imf", "international monetary fund", "world bank", "opec", "interpol",
  "fbi", "cia", "nsa", "nasa", "pentagon", "duma", "state duma", "bundestag", "parliament", "knesset",
  "red cross", "amnesty international", "human rights watch", "greenpeace", "taliban", "hamas", "hezbollah",
  "al qaeda", "al-qaeda", "democratic party", "republican party", "gop", "labour party", "conservative party",
  "epa", "fda", "cdc", "ftc", "fcc", "irs", "dhs", "doj",
];

/**
 * Acronyms that are organisations only when written in capitals ("WHO", "UN", "AP"): as lexicon words they
 * would break the pronoun "who" and friends, so they are matched case-sensitively by our own code.
 */
export const ORGANIZATION_ACRONYMS: readonly string[] = [
  "AP", "UN", "WHO", "SEC", "RT", "RIA", "EU", "NATO", "FBI", "CIA", "NSA", "NASA", "IMF", "OPEC", "EPA", "FDA",
  "CDC", "FTC", "FCC", "IRS", "DHS", "DOJ", "GOP", "BBC", "CNN", "NPR", "PBS", "AFP", "MSNBC", "NHK", "CCTV", "U.N.",
];

/** Words that end or make an organisation's name ("... Ministry", "... University"). */
export const ORGANIZATION_HEADS: readonly string[] = [
  "agency", "association", "authority", "bank", "board", "bureau", "committee", "commission", "company",
  "corporation", "corp", "council", "court", "department", "foundation", "fund", "group", "inc", "institute",
  "league", "ltd", "ministry", "news", "office", "organization", "organisation", "party", "police", "press",
  "service", "society", "times", "union", "university", "college", "school", "academy", "club", "network",
  "airlines", "airways", "motors", "systems", "technologies", "labs", "studios", "records", "pictures",
  "images", "post", "journal", "tribune", "herald", "gazette", "magazine", "radio", "television", "tv",
  "assembly", "parliament", "congress", "senate", "army", "navy", "force", "guard", "team", "fc", "united",
  "federation", "coalition", "alliance", "movement", "front", "departments", "ministries", "corps", "agencies",
  "commissioner", "administration", "government", "cabinet", "directorate", "secretariat", "inc.", "co", "llc",
  "plc", "ag", "gmbh", "sa", "brigade", "brigades", "regiment", "battalion", "militia", "band", "orchestra",
  "choir", "trust", "charity", "church", "mission", "network", "channel", "observatory", "laboratory",
  "laboratories", "consortium", "cooperative", "partnership", "ventures", "holdings", "industries", "enterprises",
  "entertainment", "media", "publishing", "publications", "press", "bancorp", "insurance", "pharmaceuticals",
  "org", "weekly", "daily", "monthly", "review", "quarterly", "bulletin", "wire", "online",
];

/**
 * Words that open the name of a body in the Romance and Germanic languages, where the head comes first
 * ("Partido Verde Unido", "Banco Santander", "Université Laval", "Bundesamt für ..."), as compromise normalises
 * them (lower case, no accents).
 */
export const FOREIGN_ORGANIZATION_HEADS: readonly string[] = [
  "partido", "partito", "parti", "partei", "partij", "banco", "banca", "banque", "compania", "compagnie",
  "companhia", "universidad", "universite", "universita", "universitat", "universidade", "ministerio",
  "ministere", "ministero", "ministerium", "frente", "front", "movimiento", "mouvement", "movimento", "union",
  "asociacion", "associacao", "fundacion", "fondation", "fondazione", "fundacao", "stiftung", "instituto",
  "institut", "istituto", "comite", "comitato", "consejo", "conseil", "consiglio", "gobierno", "gouvernement",
  "governo", "tribunal", "tribunale", "corte", "cour", "societe", "sociedad", "societa", "sociedade", "grupo",
  "groupe", "gruppo", "agencia", "agence", "agenzia", "policia", "polizia", "ejercito", "armee", "esercito",
  "liga", "lega", "ligue", "congreso", "congres", "asamblea", "assemblee", "parlamento", "parlement",
  "sindicato", "syndicat", "federacion", "federation", "federazione", "confederacion", "alianza", "alleanza",
  "coalicion", "bloque", "escuela", "ecole", "scuola", "colegio", "academia", "academie", "accademia",
  "empresa", "editorial", "editions", "edizioni", "radio", "radiotelevisione", "television", "diario",
  "periodico", "journal", "corriere", "gazzetta", "banque", "caja", "caixa", "deutsche", "verband", "bund",
];

/**
 * Words that end the name of a building or site ("Alder Space Center", "Brackton Stadium"): in news these are
 * places, where the organisation running them is named differently ("Centre for ..." is an organisation).
 */
export const FACILITY_HEADS: readonly string[] = [
  "center", "centre", "museum", "planetarium", "stadium", "arena", "airport", "hotel", "mosque", "church",
  "cathedral", "temple", "synagogue", "base", "hall", "park", "square", "bridge", "station", "palace", "tower",
  "towers", "prison", "jail", "hospital", "zoo", "gallery", "galleries", "complex", "facility", "plaza",
  "airfield", "port", "harbour", "harbor", "dam", "canal", "highway", "motorway", "street", "avenue", "road",
  "boulevard", "building", "castle", "monument", "memorial", "cemetery", "theatre", "theater",
  "island", "islands", "mountain", "mountains", "river", "lake", "valley", "desert", "sea", "ocean", "bay",
  "county", "province", "district", "city", "village", "region", "peninsula", "strait", "gulf",
  "coast", "plains", "forest", "reserve", "camp", "site", "expressway", "freeway", "parkway", "turnpike",
];

/**
 * Words that end the name of an event, law, programme or product rather than a person, organisation or place
 * ("World Cup", "Clean Air Act", "Space Shuttle Program"): a run ending in one is not reported.
 */
export const NON_ENTITY_HEADS: readonly string[] = [
  "program", "programme", "project", "act", "law", "treaty", "accord", "award", "awards", "prize",
  "medal", "cup", "championship", "championships", "challenge", "olympics", "paralympics", "games", "tournament", "series",
  "festival", "expo", "day", "week", "month", "year", "war", "revolution", "summit", "conference", "convention",
  "election", "elections", "campaign", "plan", "initiative", "strategy", "report", "study", "survey", "index",
  "prize-winner", "operation", "scheme", "show", "film", "movie", "album", "song", "book", "novel",
  "syndrome", "disease", "virus", "flu", "protocol", "doctrine", "agreement", "pact", "deal", "declaration",
  "constitution", "amendment", "code", "rule", "rules", "standard", "standards", "questions", "hour", "poll",
  "polls", "debate", "debates", "primary", "caucus", "caucuses", "hearing", "trial", "case",
];

/**
 * Capitalised words that are not names of people, organisations or places in news: religions and their
 * followers, languages, festivals and general proper nouns. Matched on the lower-case word, alone.
 */
export const NOT_NAMES: readonly string[] = [
  "muslim", "muslims", "islam", "islamic", "islamist", "islamists", "christian", "christians", "christianity",
  "catholic", "catholics", "protestant", "protestants", "jew", "jews", "jewish", "judaism", "hindu", "hindus",
  "hinduism", "buddhist", "buddhists", "buddhism", "sikh", "sikhs", "sunni", "sunnis", "shia", "shiite",
  "shiites", "orthodox", "evangelical", "evangelicals", "mormon", "mormons", "atheist", "god", "allah",
  "hajj", "umrah", "ramadan", "eid", "christmas", "easter", "passover", "hanukkah", "diwali", "lent",
  "thanksgiving", "halloween", "english", "french", "spanish", "german", "italian", "portuguese", "arabic",
  "chinese", "mandarin", "cantonese", "japanese", "korean", "russian", "hindi", "urdu", "bengali", "farsi",
  "persian", "turkish", "hebrew", "greek", "latin", "dutch", "swedish", "polish", "internet", "web",
  "democrat", "democrats", "republican", "republicans", "conservative", "conservatives", "liberal", "liberals",
  "socialist", "socialists", "communist", "communists", "tory", "tories", "i", "ok", "okay", "mom", "dad",
  "mum", "bible", "koran", "quran", "torah", "state of the union", "democratic", "oval office",
];

/** Lower-case particles inside names: "Karim al-Nasri", "Ludwig van Beethoven", "Charles de Gaulle". */
export const NAME_PARTICLES: readonly string[] = [
  "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "du", "da", "di", "del", "della",
  "dos", "das", "le", "la", "ter", "ten", "y", "zu", "af",
];

/**
 * Every lower-case word allowed inside a capitalised name or title: the joining words of a body's, an outlet's or a
 * desk's name ("Bank of America", "Câmara dos Deputados", "Jornal do Brasil", "Ben & Jerry's") and the particles
 * of people's names above. The one list that says whether a run of capitalised words is still one name; a
 * person's name allows the particles only (NAME_PARTICLES).
 */
export const SMALL_TITLE_WORDS: readonly string[] = [
  "of", "the", "and", "for", "&", "do", "die", "das", "e", "et", ...NAME_PARTICLES,
];


/** All-capital words that are abbreviations but not organisations ("CEO", "TV", "GDP"). */
export const NOT_ORGANIZATION_ACRONYMS: readonly string[] = [
  "CEO", "CFO", "COO", "CTO", "TV", "PM", "AM", "GMT", "UTC", "EST", "EDT", "PST", "GDP", "DNA", "HIV", "AIDS",
  "ID", "OK", "VR", "PC", "CD", "DVD", "LGBT", "LGBTQ", "MP", "MPS", "RSS", "USB", "PDF", "FAQ", "SMS", "GPS",
  "IT", "AI", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XX", "OMG", "LOL", "PR", "HR", "IQ", "ICU",
  "ER", "AD", "BC", "CE", "BCE", "RIP", "VIP", "MVP", "NB", "PS", "ASAP", "DIY", "EV", "SUV", "CCTV", "ATM",
  "QC", "SC", "KC", "MBE", "OBE", "CBE", "KBE", "PHD", "MD", "HTML", "CSS", "XML", "JSON", "HTTP", "HTTPS", "URL",
  "API", "CPU", "GPU", "RAM", "LED", "LCD", "USD", "EUR", "GBP", "FY", "Q1", "Q2", "Q3", "Q4", "MPH", "KM", "KG",
  "NO", "YES", "A", "I", "PHOTO", "VIDEO", "UPDATE", "BREAKING", "AUDIO", "IMAGE", "MORE", "READ", "NEW",
];

/**
 * Words of a title that stand before its head ("Prime" in "Prime Minister", "Shadow Home" in "Shadow Home
 * Secretary"); they only count as part of a title when a title word follows them.
 */
export const TITLE_MODIFIERS: readonly string[] = [
  "prime", "foreign", "home", "shadow", "emeritus", "deputy", "vice", "senior", "chief", "executive", "interior",
  "defence", "defense", "finance", "justice", "health", "education", "first", "former", "acting", "associate",
  "assistant", "junior", "minority", "majority", "state", "general", "supreme", "grand", "lord", "high",
  "trade", "energy", "environment", "culture", "labour", "labor", "transport", "agriculture", "economy",
  "interim", "managing", "principal", "special", "regional", "national", "federal", "district", "county",
  "police", "fire", "army", "navy", "air", "military", "press", "communications", "public", "foreign affairs",
];

/**
 * Courtesy and academic titles a writer's name may carry in a byline ("Dr. Jane Roe"), full stop dropped; the
 * titles of TITLES below take them in (all but "mx", which the entity rules never learned as a title).
 */
export const HONORIFICS: readonly string[] = ["dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev"];

/**
 * Titles and functions that stand before (or, after a comma, near) a person's name. Multi-word titles are
 * written out because "foreign minister" is a title where "minister" alone is also one.
 */
export const TITLES: readonly string[] = [
  "president", "vice president", "prime minister", "minister", "foreign minister", "defense minister",
  "defence minister", "finance minister", "interior minister", "deputy", "secretary",
  "chancellor", "premier", "king", "queen", "prince", "princess", "emperor", "pope", "governor", "mayor",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "speaker", "leader", "chairman",
  "chairwoman", "chair", "chief", "director", "ambassador", "envoy", "general", "gen", "colonel", "col",
  "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "major", "admiral", "adm", "commander", "cmdr", "officer",
  "spokesman", "spokeswoman", "spokesperson", "press secretary", "adviser", "advisor", "aide", "judge",
  "justice", "attorney general", "attorney", "counsel", "general counsel", "prosecutor", "lawyer", ...HONORIFICS.filter((h) => h !== "mx"), "doctor",
  "lord", "lady", "reverend", "father", "bishop",
  "archbishop", "rabbi", "imam", "sheikh", "ayatollah", "coach", "manager", "ceo", "chief executive",
  "founder", "co-founder", "executive", "analyst", "economist", "researcher", "scientist", "author",
  "photographer", "correspondent", "reporter", "editor", "candidate", "nominee", "official", "commissioner",
  "superintendent", "sheriff", "gov", "lt. gov", "atty", "supt", "amb", "sec", "secy", "detective", "inspector", "constable", "head", "owner", "president-elect",
  "then-president", "ex-president", "former president", "first lady", "crown prince", "diplomat",
  "administrator", "home secretary", "curator", "instructor", "lecturer", "governor-general", "premier",
  "minister-president", "deputy minister", "state secretary", "undersecretary", "under-secretary",
  "commissioner", "secretary-general", "director-general", "councillor", "councilman", "councilwoman",
  "alderman", "magistrate", "chancellor", "president-elect", "senator-elect", "assemblyman", "assemblywoman",
  "lawmaker", "legislator", "mp", "mep", "marshal", "brigadier", "corporal", "private", "sergeant-major",
  "warden", "provost", "rector", "pastor", "cardinal", "patriarch", "mufti", "cleric", "sultan",
  "emir", "sheik", "crown princess", "duke", "duchess", "earl", "baron", "baroness", "count", "countess",
  "democrat", "republican", "designer", "artist", "actor", "actress", "singer", "songwriter", "writer", "novelist", "poet", "filmmaker",
  "producer", "musician", "player", "striker", "goalkeeper", "midfielder", "defender", "forward", "winger",
  "skipper", "driver", "rider", "cyclist", "athlete", "chef", "columnist", "blogger", "activist", "campaigner",
  "barrister", "solicitor", "nurse", "physician", "surgeon", "psychologist", "historian", "physicist",
  "astronaut", "pilot", "illustrator", "painter", "sculptor", "comedian", "presenter", "host", "anchor",
  "businessman", "businesswoman", "entrepreneur", "investor", "billionaire", "banker", "resident", "student",
  "teacher", "priest", "monk", "nun", "soldier", "veteran", "farmer", "worker", "victim", "suspect", "witness",
  ...titlesWithOf(),
];

/**
 * Titles written "<head> of <one word>" ("Chief of Staff", "Minister of Finance", "Supervisor of Elections"):
 * without them the word after "of" reads as the first word of the holder's name ("Staff Dana Rourke"). Only
 * the head is a title word; "staff" or "finance" alone is not a title (knowledge.ts).
 */
function titlesWithOf(): string[] {
  const portfolios = [
    "state", "defense", "defence", "finance", "justice", "health", "education", "interior", "agriculture",
    "energy", "labor", "labour", "commerce", "transportation", "transport", "culture", "trade", "housing",
  ];
  return [
    ...["secretary", "minister"].flatMap((head) => portfolios.map((portfolio) => `${head} of ${portfolio}`)),
    "chief of staff", "chief of police", "commissioner of police", "supervisor of elections",
    "director of communications", "director of operations", "director of policy", "head of state",
  ];
}

/**
 * Words that make another office of the title after them: a vice president is not "the president", a press
 * secretary not "the secretary", an attorney general not "the general", a former mayor not "the mayor".
 */
export const OFFICE_QUALIFIERS: readonly string[] = [
  "vice", "deputy", "prime", "press", "attorney", "assistant", "associate", "under", "lieutenant", "lt", "navy",
  "army", "former", "ex", "then", "first", "chief", "surgeon", "solicitor", "secretary", "co", "sub",
];

/** Titles that say the holder is a woman or a man; used to check pronoun agreement. */
export const FEMALE_TITLES: readonly string[] = [
  "mrs", "ms", "miss", "queen", "princess", "dame", "lady", "spokeswoman", "congresswoman", "chairwoman",
  "first lady",
];
export const MALE_TITLES: readonly string[] = [
  "mr", "king", "prince", "sir", "lord", "spokesman", "congressman", "chairman", "father",
];

/**
 * Verbs that attribute speech or writing, by their base form: one word ("say") or a head and its particle
 * ("point out"). Any inflection counts ("said", "says", "saying", "told", "pointed out"); the inflections are
 * derived in src/story/speech-verbs.ts, never listed here. An addition is measured with `npm run eval` first:
 * verbs that take a person as object (assure, remind, inform, advise) and "speak out" cost right answers.
 */
export const SPEECH_VERBS: readonly string[] = [
  "say", "tell", "add", "ask", "write", "tweet", "post", "explain", "insist", "note", "warn", "argue", "claim",
  "state", "declare", "announce", "reply", "respond", "answer", "continue", "comment", "remark", "observe",
  "suggest", "admit", "acknowledge", "concede", "confirm", "deny", "recall", "report", "reveal", "stress",
  "emphasize", "emphasise", "urge", "predict", "promise", "vow", "pledge", "boast", "complain", "joke",
  "quip", "muse", "recount", "describe", "call", "shout", "yell", "scream", "whisper", "cry", "exclaim",
  "proclaim", "assert", "contend", "maintain", "point out", "testify", "agree", "counter", "retort", "lament",
  "caution", "charge", "allege", "concur", "conclude", "cite", "estimate", "order", "demand", "plead",
  "mutter", "murmur", "sigh", "laugh", "snap", "blast", "slam", "fume", "marvel", "wonder", "speculate",
  "elaborate", "clarify", "indicate", "opine", "posit", "propose", "reason", "reiterate", "repeat", "tout",
  "underscore", "sound", "email", "text", "message", "sing", "chant",
  // How something was said: "vented", "blogged", "scoffed".
  "vent", "blog", "gripe", "scoff", "grumble", "interject", "rant", "brag", "crow", "gush", "fret", "snipe",
  "sneer", "taunt", "grouse", "moan", "whine", "jest", "tease", "groan", "gasp", "growl", "snarl", "bellow",
  "holler", "shriek", "stammer", "chide", "scold", "implore", "intone", "recite", "hiss",
  "confide", "confess", "mention", "disclose", "summarize", "summarise", "reminisce", "protest",
  // Phrasal verbs, head and particle: "pointed out", "fired back", "chimed in".
  "fire back", "shoot back", "hit back", "push back", "chime in", "weigh in", "lash out",
  "cry out", "spell out", "sum up", "write back", "pipe up", "hit out", "sound off",
];

/**
 * Verbs that give something a name in quote marks ("called it “Project Harbor”", "a film titled “Low Tide”"),
 * by their base form: annotated news counts the quoted name as someone's words.
 */
export const NAMING_VERBS: readonly string[] = [
  "call", "dub", "nickname", "name", "title", "label", "brand", "term", "christen",
];

/** Words that look capitalised at a sentence start or in a headline but are never names. */
export const NEVER_NAMES: readonly string[] = [
  "now", "main", "today", "yesterday", "tomorrow", "however", "meanwhile", "but", "and", "the", "a", "an",
  "in", "on", "at", "for", "with", "after", "before", "while", "when", "as", "it", "this", "that", "there",
  "here", "his", "her", "their", "our", "my", "your", "we", "they", "he", "she", "i", "you", "related",
  "advertisement", "share", "no", "comments", "copyright", "photo", "image", "video", "read", "more",
  "audio", "file", "update", "breaking", "exclusive", "opinion", "analysis", "editorial", "caption", "source",
  "yes", "so", "if", "then", "also", "even", "still", "yet", "though", "although", "because", "since", "until",
  "what", "which", "who", "whom", "whose", "where", "why", "how", "these", "those", "all", "some", "many",
  "most", "every", "each", "other", "another", "such", "both", "either", "neither", "one", "two", "three",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Place abbreviations that compromise's lexicon lacks; matched case-sensitively. */
export const PLACE_ABBREVIATIONS: readonly string[] = [
  "U.S.", "U.S", "US", "USA", "U.S.A.", "U.K.", "UK", "UAE", "U.A.E.", "D.C.", "N.Y.", "L.A.", "LA", "NYC", "NZ",
  "DC", "PRC", "DRC",
  // US states as AP style abbreviates them ("Sen. Rand Paul (R-Ky.)"); only those that are no English word.
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Kan", "Ky", "Md", "Mich", "Minn", "Neb", "Nev", "Okla",
  "Tenn", "Vt", "Wis", "Wyo", "N.H.", "N.J.", "N.M.", "N.C.", "N.D.", "R.I.", "S.C.", "S.D.", "W.Va.",
];

/**
 * Heads that take an "of" or "for" phrase into the name ("University of Brackton", "Museum of Rail",
 * "Department of Fisheries", "Foundation for the Coastal Arts", "State of Alder"), with the type of the whole.
 */
export const OF_HEADS: Readonly<Record<string, "organization" | "place">> = {
  university: "organization", department: "organization", ministry: "organization", institute: "organization",
  council: "organization", bureau: "organization", office: "organization", school: "organization",
  college: "organization", academy: "organization", society: "organization", federation: "organization",
  association: "organization", bank: "organization", board: "organization", commission: "organization",
  committee: "organization", court: "organization", foundation: "organization", centre: "organization",
  center: "organization", journal: "organization", league: "organization", union: "organization",
  corps: "organization", fund: "organization", agency: "organization", authority: "organization",
  church: "organization", house: "organization", party: "organization", organization: "organization",
  organisation: "organization", coalition: "organization", alliance: "organization", conference: "organization",
  municipality: "organization", government: "organization", embassy: "organization", consulate: "organization",
  parliament: "organization", assembly: "organization", army: "organization", navy: "organization",
  museum: "place", state: "place", republic: "place", kingdom: "place", province: "place", city: "place",
  county: "place", district: "place", gulf: "place", isle: "place", plains: "place", bay: "place",
  cape: "place", straits: "place", strait: "place", sea: "place", lake: "place",
  // Buildings and sites a guide names with an "of" phrase: "the Palace of Forty Columns", "the Tower of London".
  palace: "place", cathedral: "place", castle: "place", tower: "place", fort: "place", fortress: "place",
  temple: "place", mosque: "place", basilica: "place", abbey: "place", monastery: "place", gate: "place", bridge: "place",
};

/** Words that, with score lines ("3 – 0"), tell a sports report: there a country's name is its team. */
export const SPORTS_WORDS: readonly string[] = [
  "match", "goal", "goals", "penalty", "striker", "goalkeeper", "midfielder", "defender", "coach", "tournament",
  "league", "cup", "championship", "innings", "wicket", "touchdown", "quarterback", "referee", "half-time",
  "halftime", "kick-off", "kickoff", "fixture", "semi-final", "quarter-final", "final", "playoff", "playoffs",
];

/** Prepositions after which an unknown capitalised word is a place ("from Herat", "in Sochi"). */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  "in", "from", "near", "outside", "across", "throughout", "within", "inside", "towards", "toward",
];

/**
 * People one has, in the forms news writes them: a name before "'s" and one of these is a person's ("Siosaia
 * Tupou's brother", "Bekova's lawyer"); places and bodies have residents and staff, not these.
 */
export const KIN_WORDS: readonly string[] = [
  "wife", "husband", "son", "sons", "daughter", "daughters", "mother", "father", "brother", "brothers", "sister",
  "sisters", "widow", "widower", "parents", "grandmother", "grandfather", "grandson", "granddaughter", "uncle",
  "aunt", "cousin", "nephew", "niece", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé",
  "lawyer", "lawyers", "attorney", "attorneys", "stepfather", "stepmother",
];

/**
 * Verbs whose subject is nearly always a person ("Romney didn't win", "Smith resigned"), in the forms news
 * writes them. An unknown capitalised word before one of these (or before a speech verb) is a person's name.
 */
export const PERSON_VERBS: readonly string[] = [
  "win", "wins", "won", "lose", "loses", "lost", "want", "wants", "wanted", "think", "thinks", "thought",
  "believe", "believes", "believed", "decide", "decides", "decided", "vote", "votes", "voted", "resign",
  "resigns", "resigned", "die", "dies", "died", "refuse", "refuses", "refused", "hope", "hopes", "hoped",
  "fear", "fears", "feared", "agree", "agrees", "agreed", "promise", "promises", "promised", "sign", "signs",
  "signed", "marry", "married", "marries", "graduate", "graduated", "graduates", "retire", "retired",
  "retires", "campaign", "campaigned", "campaigns", "testify", "testified", "testifies", "apologise",
  "apologize", "apologised", "apologized", "wrote", "writes", "write", "met", "meets", "meet", "visited",
  "visits", "visit", "joined", "joins", "join", "left", "leaves", "arrived", "arrives", "spoke", "speaks",
  "speak", "was born", "born", "knew", "knows", "know", "felt", "feels", "feel", "admitted", "admits",
  "pleaded", "pleads", "denied", "denies", "laughed", "smiled", "cried", "nodded", "shrugged",
];
