/**
 * News agencies, photo agencies and the outlets that sign a dateline: one list each, read by the byline (an agency
 * as the byline), the dateline ("WASHINGTON (AP) —"), the photo credit ("AP Photo/Jane Roe") and the source (a wire
 * service is never the site serving the page). General knowledge of the trade, no site's own wording.
 */

/** Wire services: agencies whose stories other outlets print under the agency's name, as they usually write it. */
export const WIRE_SERVICES: readonly string[] = [
  "Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "PTI", "IANS", "ANI", "UPI", "dpa", "EFE", "ANSA",
  "Xinhua", "Bloomberg", "Bloomberg News", "CNN Wire", "TASS", "Kyodo", "Yonhap", "Press Association", "PA", "Canadian Press",
  // Their names written out, and other national agencies whose name is a byline by itself.
  "Press Trust of India", "Indo-Asian News Service", "Asian News International", "Agence France Presse", "Australian Associated Press",
  "AAP", "PA Media", "Xinhua News Agency", "Kyodo News", "Yonhap News Agency", "Anadolu Agency", "Deutsche Presse-Agentur",
  "Agencia EFE", "Europa Press", "Agência Lusa", "Lusa", "Interfax", "RIA Novosti", "Bernama", "Antara", "United Press International",
];

/**
 * The wire services whose bare name after a caption's last sentence credits its picture ("… in Moscow. Reuters").
 * Not every agency: "… to sneak into the US. PTI" closes a story as its wire tag (tried: all of WIRE_SERVICES here
 * turned such a story's last paragraph into a caption).
 */
export const PHOTO_WIRES: readonly string[] = ["AP", "Associated Press", "Reuters", "AFP", "Bloomberg", "Xinhua", "dpa", "PA"];

/** Broadcasters, agencies and trade papers that put their own name in a dateline's brackets: "Hong Kong (CNN Business) —". */
export const DATELINE_OUTLETS: readonly string[] = [
  "CNN", "CNN Business", "CNN Money", "Interfax", "BBC", "CBS", "NBC", "ABC", "AAP", "CP", "RIA Novosti", "Sputnik", "WWD",
  "Variety", "Deadline",
];

/**
 * Photo agencies, picture libraries and the other owners a picture credit names ("Getty Images", "Shutterstock",
 * "NASA", "Pool", "Handout"), besides the wire services (PHOTO_WIRES), which sell pictures too.
 */
export const PHOTO_AGENCIES: readonly string[] = [
  "Getty Images", "Getty", "EPA-EFE", "EPA", "Shutterstock", "iStockphoto", "iStock", "Alamy", "Corbis", "Pool", "NASA", "ESA",
  "PA Images", "PA Wire", "Newscom", "Sipa", "Zuma Press", "Zuma", "WireImage", "FilmMagic", "Unsplash", "Pixabay", "Pexels",
  "Wikimedia Commons", "Wikimedia", "Flickr", "Depositphotos", "Dreamstime", "Adobe Stock", "123RF", "Handout",
  "PA Media", "Alamy Stock Photo", "Alamy Live News", "NurPhoto", "SOPA Images", "Sportsfile", "Icon Sportswire", "Imagn",
];

/** Platforms a handout picture is passed on through: "Photo via Instagram". */
export const PLATFORMS: readonly string[] = ["Instagram", "Twitter", "Facebook", "YouTube"];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A regular-expression alternation (no group) of the names as written and in capitals ("Reuters", "REUTERS"), the
 * longest first, so that "AP Photo" is tried before "AP". Case-sensitive patterns use it: in a dateline or a credit
 * the capitals are part of what marks the name.
 */
export function namesPattern(names: readonly string[]): string {
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(name);
    forms.add(name.toUpperCase());
  }
  return [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join("|");
}

const WIRE = new RegExp(String.raw`^(?:the\s)?(?:${WIRE_SERVICES.map(escapeRegExp).join("|")})$`, "iu");

/** Whether a name is a wire service's, case aside and with or without "The": "The Associated Press", "REUTERS". */
export function isWireService(name: string): boolean {
  return WIRE.test(name.trim());
}

/**
 * Press-release newswires ("PR Newswire", "Business Wire"): they carry a company's release to any site that will
 * print it, so the newswire in a release's dateline is never the site serving the page (null beats it).
 */
const NEWSWIRE = /^(?:pr ?newswire(?:-[a-z]+)?|business ?wire|globe ?newswire|accesswire|marketwired|newswire)$/iu;

/** Whether a name is a press-release newswire's: "PRNewswire", "BUSINESS WIRE", "PRNewswire-FirstCall". */
export function isNewswire(name: string): boolean {
  return NEWSWIRE.test(name.trim());
}
