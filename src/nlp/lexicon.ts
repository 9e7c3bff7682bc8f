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
  "center", "centre", "hospital", "museum", "federation", "coalition", "alliance", "movement", "front",
];

/**
 * Titles and functions that stand before (or, after a comma, near) a person's name. Multi-word titles are
 * written out because "foreign minister" is a title where "minister" alone is also one.
 */
export const TITLES: readonly string[] = [
  "president", "vice president", "prime minister", "minister", "foreign minister", "defense minister",
  "defence minister", "finance minister", "interior minister", "deputy", "secretary", "secretary of state",
  "chancellor", "premier", "king", "queen", "prince", "princess", "emperor", "pope", "governor", "mayor",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "speaker", "leader", "chairman",
  "chairwoman", "chair", "chief", "director", "ambassador", "envoy", "general", "gen", "colonel", "col",
  "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "major", "admiral", "commander", "officer",
  "spokesman", "spokeswoman", "spokesperson", "press secretary", "adviser", "advisor", "aide", "judge",
  "justice", "attorney general", "attorney", "prosecutor", "lawyer", "professor", "prof", "dr", "doctor",
  "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "rev", "reverend", "father", "bishop",
  "archbishop", "rabbi", "imam", "sheikh", "ayatollah", "coach", "manager", "ceo", "chief executive",
  "founder", "co-founder", "executive", "analyst", "economist", "researcher", "scientist", "author",
  "photographer", "correspondent", "reporter", "editor", "candidate", "nominee", "official", "commissioner",
  "superintendent", "sheriff", "gov", "lt. gov", "atty", "supt", "amb", "sec", "secy", "detective", "inspector", "constable", "head", "owner", "president-elect",
  "then-president", "ex-president", "former president", "first lady", "crown prince", "diplomat",
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
 * Verbs that attribute speech or writing, by their base form. Any inflection counts ("said", "says",
 * "saying", "told", "tweeted").
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
  "underscore", "sound", "email", "text", "message",
];

/** Words that look capitalised at a sentence start or in a headline but are never names. */
export const NEVER_NAMES: readonly string[] = [
  "now", "main", "today", "yesterday", "tomorrow", "however", "meanwhile", "but", "and", "the", "a", "an",
  "in", "on", "at", "for", "with", "after", "before", "while", "when", "as", "it", "this", "that", "there",
  "here", "his", "her", "their", "our", "my", "your", "we", "they", "he", "she", "i", "you", "related",
  "advertisement", "share", "no", "mr", "mrs", "ms", "comments", "copyright", "photo", "image", "video", "read", "more", "home",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Place abbreviations that compromise's lexicon lacks; matched case-sensitively. */
export const PLACE_ABBREVIATIONS: readonly string[] = [
  "U.S.", "U.S", "US", "USA", "U.S.A.", "U.K.", "UK", "UAE", "U.A.E.", "D.C.", "N.Y.", "L.A.",
];
