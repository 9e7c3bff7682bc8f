/**
 * Photo credits and captions: the lines that describe a picture rather than tell the story.
 *
 * A credit names who took or owns a picture ("Sasha Mordovets/Getty Images", "AP Photo/Evan Vucci",
 * "Image copyright Getty Images", "Photo: Jane Doe"). A caption is a sentence about a picture; pages mark it by
 * a credit at its end ("... in Moscow. (AP Photo/Jane Doe)", "(Image: GETTY)") or by a credit line right after.
 * All patterns look at a bounded stretch of the line, so a megabyte-long line costs no more than a short one.
 */
import { namesPattern, PHOTO_AGENCIES, PHOTO_WIRES, PLATFORMS } from "./agencies.js";
import { knownFirstName } from "./byline.js";

/**
 * Names that, in a short line, mark a picture credit: the photo agencies and the wires that credit pictures
 * (agencies.ts), a courtesy line, and any "X Images" or "X Photos" ("AP Photo").
 */
const AGENCY = String.raw`(?:${namesPattern([...PHOTO_AGENCIES, ...PHOTO_WIRES])}|Courtesy(?: of)?[^/|]{0,40}|[\p{Lu}][\p{L}]+ Images|[\p{Lu}][\p{L}]+ Photos?)`;

/**
 * Picture words of other languages, as labels before a credit ("Foto: X", "Фото: X", "Bild: X", "사진: X"), on the
 * credit's line or alone on the line over it.
 */
const LABEL_WORDS = String.raw`pic|foto|фото|bild|imagem|imagen|immagine|crédito|crédit|kredit|사진|写真|图片|圖片`;
/** Which picture a label is for, in front of it: "Main image:", "Top photo:", "Featured image:". */
const PLACE_WORD = String.raw`(?:(?:main|top|header|featured|feature|cover|lead|hero|banner|opening|inset) )?`;
const PLACE_LABEL = new RegExp(String.raw`^\(?${PLACE_WORD.slice(0, -1)}`, "iu");
// A label before a colon, a bar or a spaced slash ("Photo / Getty Images"); a screenshot's source as its credit.
const CREDIT_LABEL = new RegExp(String.raw`^\(?${PLACE_WORD}(?:(?:image|photo|picture|foto)s? ?(?:copyright|credit|source|courtesy)(?: of)?(?: should read)?\s?:?|(?:image|photo|picture) via\s|(?:photo|image|picture|photograph|photographer|illustration|photo illustration|graphic|artwork|credit|screenshot|screengrab|screen grab|${LABEL_WORDS})s?(?: by)?(?:\s?[:|：]|\s\/))\s*(.{1,120}?)\)?$`, "iu");
/**
 * "Photo/Xinhua": the label glued to the credit by a slash, before a capital. Case-sensitive (under the `i` flag
 * \p{Lu} matches small letters too) and for the picture words only: "Credit/debit card fraud ...",
 * "Photographer/Videographer" and "Graphic/Web Designer Wanted" are no credits.
 */
const SLASH_LABEL = /^\(?(?:Photo|PHOTO|Foto|FOTO)\/(\p{Lu}.{0,60}?)\)?$/u;
/** Two kinds of media joined by a slash, a menu's item: "Photo / Video", "Photos / Galleries". */
/** Kinds of media, the first letter either case (the patterns that hold them are not all case-blind). */
const MEDIA_WORDS = String.raw`(?:[Vv]ideos?|[Aa]udio|[Gg]aller(?:y|ies)|[Gg]raphics?|[Mm]ultimedia|[Pp]odcasts?|[Ss]lideshows?|[Vv]ídeos?|[Ii]llustrations?|[Ii]nfographics?|[Aa]rt|[Dd]esign|[Ee]ssays?)`;
const MEDIA_PAIR = new RegExp(String.raw`^(?:photo|image|picture|foto|graphic)s?\s?\/\s?${MEDIA_WORDS}$`, "iu");
/**
 * "Credit...Jane Roe for The Daily", "Credit… Getty Images": a credit line with the dots of its label. The credit
 * opens with a capital, a name's ("Credit…via Reuters" aside): "Credit… where it is due: the card that pays you
 * back" is a headline.
 */
const CREDIT_DOTS = /^Credit\s?(?:\.{2,3}|…)\s?((?:via\s)?\p{Lu}[^:?!]{1,100})$/u;
/** A screenshot's or screen grab's label. */
const SCREENSHOT = /^\(?(?:screenshot|screengrab|screen grab)s?\b/iu;
/** Joining words a name of a source may hold in small letters ("Museum of the City", "via"). */
const SMALL_WORDS = new Set(["of", "the", "and", "de", "la", "via", "for", "on", "from", "&"]);
/** Small words a credit line holds beside its names: "special to", "file", "used with permission", "staff photographer". */
const CREDIT_TERMS = /^(?:special|to|by|with|file|staff|photographer|photographers|freelance|contributor|contributing|used|permission|courtesy|handout|supplied|submitted|provided|photos?|images?|pictures?)[.,;]?$/u;
/** Whether words are names only: each opens with a capital or a digit, or is a joining word ("Museum of the City"). */
function namesOnly(words: string): boolean {
  return words.trim().split(/[\s/]+/u).every((w) => /^[\p{Lu}\d(]/u.test(w) || SMALL_WORDS.has(w));
}

/**
 * "Photo by Jane Roe / Harbour Daily", "Illustration by Jane Roe": a label with "by" and no colon, on a line of its
 * own. Singular only: "Images by Agency and Agency" is a site-wide footer, not the story's credit.
 */
const BY_LABEL = /^\(?(?:photo(?:graph|graphy)?|illustration|photo illustration|image|picture|artwork|graphic) by\s(\p{Lu}.{1,100}?)\)?$/iu;
const AGENCY_LINE = new RegExp(String.raw`^\(?(?:[\p{L}.'’ -]{2,40}\s?[/|]\s?){0,3}${AGENCY}(?:\s?[/|]\s?[\p{L}.'’ -]{2,40}){0,3}\)?$`, "u");
const CAPTION_START = /^(?:©\s?\p{Lu}|\d{1,3} of \d{1,3}\s|FILE(?: PHOTO)?\s?[-:—–]|\(?FILE\)?\s|In (?:this|a) (?:[\p{L}\d,. ]{0,40} )?(?:photo|image|picture|file photo|handout)|This (?:[\p{L}\d,. ]{0,40} )?(?:photo|image|picture)\b)/u;

/**
 * A credit after a picture label is a name ("Image: PA", "Foto: dpa", "Photo: courtesy of the family"), never a
 * phrase opened by an article or a question word: "What changes in the new Photos: a guide for iPhone owners" is a
 * headline, not a caption.
 */
const NOT_A_PHRASE = String.raw`(?!(?:a|an|the|this|that|these|those|what|how|why|who|when|where|its|his|her|our|their|your|my|o|os|um|uma|el|los|un|una|le|les|der|die|das|ein|eine)\s)`;
/**
 * "... un samedi après-midi. Photo Le Courrier des Alpes/Jane Roe": a picture word without a colon, then the outlet
 * and the photographer parted by a slash (the French papers' way), at a caption's end after its last sentence. The
 * credit, without the word, is the pattern's group.
 */
const BARE_WORD_SLASH = String.raw`[.!?”")]\s(?:Photo|PHOTO|Foto|FOTO)s?\s(\p{Lu}[\p{L}.'’&-]*(?:\s(?:\p{Lu}[\p{L}.'’&-]*|de|des|du|la|le|of|the|di|del)){0,5}\s?/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})`;
/**
 * "... at low tide. Photo courtesy Harbour Authority", "... Image courtesy of the family": a courtesy credit without a
 * colon after the caption's last sentence. The giver, capitalised, is the pattern's group.
 */
const COURTESY_WORDS = String.raw`[.!?”")]\s(?:Photo|Image|Picture)s?\scourtesy(?:\sof)?\s((?:the\s)?\p{Lu}[\p{L}.'’&-]*(?:\s(?:\p{Lu}[\p{L}.'’&-]*|of|and|the|de)){0,5})`;
/**
 * "... at its berth on Thursday. photo: Jane Roe": a picture label in small letters after the caption's last
 * sentence, a name to the line's end (capitals but for its particles). The name is the pattern's group.
 */
const SMALL_LABEL = String.raw`[.!?”")]\s(?:photo|image|picture|foto|credit)s?:\s(\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da)){0,4})`;
/**
 * A paper's initials before a label in capitals, "... in Tengah. ST PHOTO: JANE ROE": the credit names the paper as
 * "AP Photo/Jane Roe" names the agency, and is kept whole.
 */
const PAPER_INITIALS = String.raw`(?:\p{Lu}{2,5}\s)?`;
/**
 * A label in capitals at a caption's end ("... on Monday. PHOTO: TOM REYES") before a name only: words with capitals
 * and a few joining words to the line's end. A promotion in the story's last line ("... PHOTOS: See the best shots
 * of the week") is no caption.
 */
const CAPS_LABEL = String.raw`(?:IMAGE|PHOTO|PICTURE|FOTO|CREDIT)S?(?::|\s\|)\s(?=\p{Lu}[\p{L}\d.'’&-]*(?:\s?[\s/]\s?(?:\p{Lu}[\p{L}\d.'’&-]*|via|of|and|for|de|la|the)){0,8}\s*\)?$)`;
/**
 * "... on Saturday. Photo / Jane Roe", "... the new wharf. Photo / Supplied": a picture's label and its credit
 * parted by a spaced slash at a caption's end. The credit is a name (capitals but for joining words), so that
 * "Photo / video" in a sentence is none, and no kind of media, so that a menu's "Photo / Video" after a sentence is
 * none either. The credit is the pattern's last group.
 */
const SLASHED_LABEL = String.raw`(?:Photo|Image|Picture|Illustration|Graphic)s?\s\/\s(?!${MEDIA_WORDS}\b)(\p{Lu}[\p{L}\d.'’&-]*(?:\s(?:\p{Lu}[\p{L}\d.'’&-]*|of|and|for|the|via|\/))*)`;
/**
 * "... on the glacier. EPA-EFE/LARS HOLM": the European agency's credit closes a caption after its last sentence,
 * its photographer's name in capitals. "EPA" is also the American agency in prose ("under the joint EPA/Army Corps
 * process."), so the credit must follow a sentence's end and hold names only.
 */
const EPA_CREDIT = String.raw`(?:^|[.!?”")]\s|\s[|/]\s)EPA(?:-EFE)?/\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}\.?`;
/**
 * "(File photo: Jane Roe)" closes a caption as "(Photo: Jane Roe)" does, but only with its colon: "(File photo of
 * the 1990 gala)" says what the picture shows, not who took it.
 */
const FILE_PHOTO = String.raw`\((?:[Ff]ile|FILE) [Pp]hotos?: [^()]{1,80}\)`;
const CAPTION_END = new RegExp(
  String.raw`(?:\((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]ic|[Cc]redit|[Ff]oto)s?:? [^()]{1,80}\)|${FILE_PHOTO}|\s\((?:[\p{Lu}][\p{L}.'’-]{0,20}\s){1,4}?[\p{Lu}][\p{L}.'’-]{0,20}\s?/\s?${AGENCY}\)|\((?:AP|AFP|Reuters|EPA|Getty Images)(?: Photo)?(?:/[^()]{1,60})?\)|(?:REUTERS|AP Photo|AFP PHOTO|AFP)/[\p{L} .'’-]{2,40}|${EPA_CREDIT}|(?:Photo(?:graph)?|Illustration|Photo illustration|Picture) by:? \p{Lu}[^.]{1,79}|Credit\s?\.{2,3}\s?.{0,80}|(?:Image |Photo |Picture )?(?:Credit|Source|Photo|Courtesy)s?:\s.{2,80}|[\p{Ll}\d.!?”")]\s(?:(?:Image|Photo|Photograph|Picture|Pic|Foto|Bild)s?:\s${NOT_A_PHRASE}|${PAPER_INITIALS}${CAPS_LABEL})[^.:]{2,60}|[.!?”"]\s©\s?(?![^©]*\b(?:19|20)\d{2}\b)[^©.]{2,60}|(?:[.!?”")]\s|\s[/|]\s|\s\()(?:[\p{L}.'’-]{1,20}[ ,]{1,2}){0,5}${AGENCY}(?: file)?\)?|[\s,](?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?)\s?©\s?[^.©]{2,60}|\s\[[^[\]]{2,40}\svia\s[^[\]]{2,40}\]|\s\[${AGENCY}[^[\]]{0,30}\]|[.!?”"]\s\(\p{Lu}[^()/]{1,40}\s?/\s?[^()/\s][^()/]{1,40}\)|[\s.!?”"][([]\s?(?:\p{Lu}[\p{L}.'’-]*\s){1,4}\p{Lu}[\p{L}.'’-]*\s?/\s?\p{L}[\p{L} .'’-]{1,40}?\s?[)\]]|(?:[.!?”")]\s(?:[-–—]\s)?|\s\|\s)(?:\p{Lu}[\p{L}.'’-]*\s){1,4}\p{Lu}[\p{L}.'’-]*\s?/\s?\p{L}[\p{L} .'’-]{1,40}|\svia\s\p{Ll}{0,3}\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3}|[^.!?,;:]\s(?:AP|AFP|REUTERS|EPA|Getty Images)|[.!?”")]\s${SLASHED_LABEL}|${BARE_WORD_SLASH}|${SMALL_LABEL}|${COURTESY_WORDS})$`,
  "u",
);

const VIA_AGENCY = new RegExp(String.raw`^\p{Lu}[^.!?()]{1,60}\svia\s(?:${namesPattern([...PHOTO_WIRES, ...PHOTO_AGENCIES, ...PLATFORMS])}|Nasa)$`, "u");

const PHOTOGRAPHER_SLASH_CAPS = /^(\p{Lu}{2,})(?: \p{Lu}\.)?(?: \p{Lu}[\p{Lu}'’-]+){1,2}\s?\/\s?\p{Lu}[\p{Lu}&.-]+(?: \p{Lu}[\p{Lu}&.-]+){0,2}$/u;
const PHOTOGRAPHER_SLASH = /^(\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}\s?\/\s?\p{Lu}[\p{L}&.-]+(?: \p{Lu}[\p{L}&.-]+){0,2}$/u;

/** A label on a line of its own, the credit on the next: "Photo:", "Фото:". */
export const CREDIT_LABEL_ALONE = new RegExp(String.raw`^(?:photo|image|picture|credit|${LABEL_WORDS})s?\s?[:：]$`, "iu");

/**
 * "Ola Sund for Harbour Daily": a picture made for the publication, by a person or a studio. Not a byline's marker
 * ("By Ola Sund for Harbour Daily") nor a call to action ("Download Harbour Maps for Free"), and not for a single
 * word: that is an office or a cause ("Ada Quill for Mayor", "Tom Reyes for Council", "for the Senate").
 */
const MADE_FOR = /^(?!(?:[Bb]y|BY|[Pp]osted|[Ww]ritten|[Rr]eporting|[Ss]tory|[Ww]ords|[Aa]nalysis|[Cc]lick|[Dd]ownload|[Ss]ubscribe|[Ss]ign|[Gg]et|[Rr]ead|[Ss]hop|[Jj]oin|[Vv]ote|[Ww]atch|[Ll]isten|[Aa]pply|[Rr]egister|[Ss]earch|[Tt]ry|[Bb]uy)\b)(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) for (?:the )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){1,3}$/u;

/**
 * Whether words name who made a picture: a person ("Ola Sund", by a known first name) or a studio written as one
 * word with a capital inside or in capitals ("RenderBurger", "HARBOURMEDIA"). A sub-heading of the same shape ("A Job
 * for Tuft Cells", "Hope for the Harbour") names neither.
 */
function isMaker(words: string): boolean {
  const parts = words.split(" ");
  if (parts.length === 1) return /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$|^\p{Lu}{3,}$/u.test(parts[0]!);
  return parts.length <= 3 && knownFirstName(parts[0]!);
}

/**
 * The credit a line gives when the whole line is a picture credit, else null. `previous` is the line before it:
 * "Ola Sund for Harbour Daily" is a credit only under a sentence (the caption it closes), as a menu or a byline may
 * have the same shape.
 */
export function creditOf(text: string, previous?: string): string | null {
  return readCredit(text, previous).credit;
}

/**
 * A line's credit reading, and when it rests only on a name's shape ("© Maria Lund", "Ola Sund for Harbour Daily")
 * the maker's name: such a reading is weak (a campaign sub-heading "Ada Quill for Mayor" or a writer's sign-off
 * "© Jane Roe" has the same shape), and the caller checks it against the page (see body.ts).
 */
export function readCredit(text: string, previous?: string): { credit: string | null; maker: string | null } {
  const none = { credit: null, maker: null };
  const strong = (credit: string | null) => ({ credit, maker: null });
  if (text.length > 160) return none;
  const labelled = CREDIT_LABEL.exec(text);
  // "Photo / Video" is a menu's item naming two kinds of media; a screenshot's label over words in small letters
  // ("Screenshot: the new settings page") describes the picture, where a credit names its source ("Screenshot:
  // Riverwatch").
  if (labelled && MEDIA_PAIR.test(text)) return none;
  if (labelled && SCREENSHOT.test(text) && labelled[1]!.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w))) return none;
  // "Cover image: artist's impression of the bridge": a picture's label over words in small letters describes it.
  // A placed label over a sentence ("Main image: The old bridge at dusk", "Main image: Protesters gather ... Photograph:
  // X") describes it too: a credit after it is a name, its words in capitals but for joining words.
  if (labelled && PLACE_LABEL.test(text) && !/^courtesy\b/iu.test(labelled[1]!) && !namesOnly(labelled[1]!)) return none;
  // "Image: Traffic crosses the old bridge on Monday.": a label over a sentence (words in small letters, a full stop)
  // is a caption that says what the picture shows; a credit is a name. The small words of a credit's own terms
  // ("Jane Roe, special to the Daily.", "Jane Roe for the Herald, used with permission.") still make one.
  const labelWords = labelled ? labelled[1]!.trim().split(/\s+/u) : [];
  const smallLetters = labelWords.filter((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w) && !CREDIT_TERMS.test(w)).length;
  if (labelled && /[.!?]$/u.test(labelled[1]!.trim()) && !/^courtesy\b/iu.test(labelled[1]!) && labelWords.length >= 5 && smallLetters >= 1) return none;
  if (labelled) return strong(labelled[1]!.trim() || null);
  // "Credit...Jane Roe for The Daily": the credit's label and its dots run into the name.
  const dotted = CREDIT_DOTS.exec(text);
  if (dotted) return strong(dotted[1]!.trim());
  // "Source: Getty Images": a source's label is a picture's only before a picture agency's name (an end-of-story
  // "Source: Reuters" or "Source: News agencies" names where the text came from).
  const sourced = /^\(?source\s?:\s*(.{2,80}?)\)?$/iu.exec(text);
  if (sourced && AGENCY_LINE.test(sourced[1]!) && /\b(?:Getty|Images|Photos?|Shutterstock|iStock(?:photo)?|Alamy|Unsplash|Pixabay|Pexels)\b/u.test(sourced[1]!)) {
    return strong(sourced[1]!.trim());
  }
  const slashed = SLASH_LABEL.exec(text);
  if (slashed && !MEDIA_PAIR.test(text)) return strong(slashed[1]!.trim());
  // The name after "by" opens with a capital (the \p{Lu} of the `iu` pattern takes small letters too): "Photo by the
  // river, the old mill" is a sentence; nor is it the label's word again ("Picture By Picture, A Town Rebuilds").
  const by = BY_LABEL.exec(text);
  const byName = by ? by[1]!.trim() : "";
  const sameWord = by !== null && byName.split(/[\s,]+/u)[0]!.toLowerCase() === text.replace(/^\(/u, "").split(/\s+/u)[0]!.toLowerCase();
  if (by && /^\p{Lu}/u.test(byName) && !sameWord && !/[.!?]$/.test(text) && text.split(/\s+/).length <= 12) return strong(byName);
  // "Photographs by Erik Sand" under a feature's byline: plural, but one person's name (a known first name), so no
  // site-wide footer crediting agencies.
  // "Photographs by Erik Sand for The Harbour Review": the publication she made them for stays with the credit.
  const plural = /^(?:photographs|photos|pictures) by ((\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?: for (?:the |The )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3})?)$/u.exec(text.replace(/^\p{Lu}\p{Ll}+ by /u, (m) => m.toLowerCase()));
  if (plural && knownFirstName(plural[2]!.split(" ")[0]!)) return strong(plural[1]!);
  if (/[.!?]$/.test(text) && !/\b(?:Images|Photo|Press)\.$/.test(text)) return none;
  if (text.split(/\s+/).length > 9) return none;
  // "© Reuters / Pool": a copyright mark without a year is a picture's owner (a copyright notice has a year).
  const marked = /^©\s?(?!.*\d{4})(.{2,80})$/u.exec(text);
  if (marked && AGENCY_LINE.test(marked[1]!)) return strong(marked[1]!.trim());
  // "© Maria Lund": a photographer's name after the mark (a person owns a picture, not a site).
  const owner = marked ? /^(\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.exec(marked[1]!.trim()) : null;
  if (owner && knownFirstName(owner[1]!)) return { credit: marked![1]!.trim(), maker: marked![1]!.trim() };
  // "Jane K. Roe/HARBOURMEDIA": a photographer's name and her agency or publisher, whatever its name.
  // (In brackets too, as a caption's own line: "(Jane K. Roe/Harbour Daily)".)
  const unbracketed = text.trim().replace(/^[([](.*)[)\]]$/u, "$1");
  const shot = PHOTOGRAPHER_SLASH.exec(unbracketed);
  if (shot && knownFirstName(shot[1]!)) return strong(unbracketed);
  // The same in capitals: "MARCO BELLINI/HARBOUR DAILY".
  const shouted = PHOTOGRAPHER_SLASH_CAPS.exec(unbracketed);
  if (shouted && knownFirstName(shouted[1]!)) return strong(unbracketed);
  const made = previous !== undefined ? MADE_FOR.exec(text) : null;
  if (made && isMaker(made[1]!) && /[.!?”"]$/u.test(previous!) && previous!.split(/\s+/u).length >= 8) {
    return { credit: text.trim(), maker: made[1]! };
  }
  // "Jane Roe, Staff Photographer", "Jane Roe / The Daily photographer": a person named with the job of taking
  // pictures is the picture's credit (a writer's line names another job).
  const photographer = /^(\p{Lu}[\p{L}'’.-]+)(?: \p{Lu}[\p{L}'’.-]+){1,3}\s?[,/|]\s?(?:(?:the )?\p{Lu}[\p{L}&.'’-]*\s){0,3}(?:(?:staff|senior|chief|contributing|freelance)\s)?photographer$/iu.exec(text.trim());
  if (photographer && knownFirstName(photographer[1]!)) return strong(text.trim());
  // "City Records Office via AP": a handout passed on by an agency.
  if (VIA_AGENCY.test(text)) return strong(text.trim());
  // A bare agency name ("Associated Press" under a byline) is the byline's outlet; a credit names a picture's
  // source with a slash, a bar, or a picture word.
  if (AGENCY_LINE.test(text) && /[/|]|\b(?:Getty|Images|Photos?|Shutterstock|Courtesy|iStock)\b/.test(text)) {
    return strong(text.replace(/^\(|\)$/g, "").trim());
  }
  return none;
}

/**
 * Whether a credit line says it is one: "Photo: X", "Image credit: X", "Photo by X", "Фото: X" (the labels of
 * creditOf, other languages' included).
 */
export function isLabelledCredit(text: string): boolean {
  return text.length <= 160 && (CREDIT_LABEL.test(text) || SLASH_LABEL.test(text) || BY_LABEL.test(text));
}

/** Whether a line is a caption: a sentence about a picture rather than part of the story. */
export function isCaption(text: string, next: string | undefined, nextIsCredit?: boolean): boolean {
  if (CAPTION_START.test(text.slice(0, 80))) return true;
  if (CAPTION_END.test(text.slice(-160))) return true;
  // A sentence directly followed by a bare credit line describes that picture. (`nextIsCredit`: the caller's own
  // reading of that line, checked against the page; see body.ts.)
  const credit = nextIsCredit ?? (next !== undefined && creditOf(next, text) !== null);
  return next !== undefined && text.length < 600 && credit && !/^(?:image|photo) copyright\b/i.test(next);
}

/**
 * Where a credit glued to the start of a paragraph ends: "Sasha Mordovets/Getty Images(MOSCOW) -- Russian ..."
 * gives the length of "Sasha Mordovets/Getty Images". `rest` is where the paragraph proper starts (its dateline).
 */
export function gluedCreditLength(text: string, rest: number): number {
  if (rest <= 0 || rest > 120) return 0;
  const head = text.slice(0, rest).trimEnd();
  return creditOf(head) !== null && /[/|]|Images$|Photo$/.test(head) ? head.length : 0;
}

const TRAILING_CREDIT = new RegExp(
  String.raw`(?:[\s,](?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?)\s?©\s?([^.©]{2,60})|\((?:(?:Photo|Image|Picture|Pic|Credit|Foto)s?(?: by)?:?\s)?([^()]{2,80})\)|((?:REUTERS|AP Photo|AFP PHOTO|AFP|EPA-EFE|EPA)/[\p{L} .'’-]{2,40})|(?:Photo(?:graph)?|Illustration|Photo illustration|Picture) by:? (\p{Lu}[^.]{1,79})|Credit\s?\.{2,3}\s?(.{2,80}))\s*$`,
  "u",
);

/**
 * Credits written after a caption's last sentence without brackets: "... in Vienna. Lena Frost / Reuters file",
 * "... a stock image. Getty", "... [Example via Nasa]", "... keyboard via iFixit".
 */
const BARE_TRAILING_CREDIT = new RegExp(
  String.raw`(?:(?:[.!?”")]\s(?:[-–—]\s)?|\s\|\s)((?:[\p{Lu}][\p{L}.'’-]*\s){0,4}[\p{Lu}][\p{L}.'’-]*\s?/\s?[\p{L}][\p{L} .'’-]{1,40})|(?:[.!?”")]\s|\s\|\s)(?:Image |Photo |Picture )?(?:Credits?|Photos?|Images?|Courtesy):\s([^.]{2,80})|[\p{Ll}\d.!?”")]\s(?:(?:Image|Photo|Photograph|Picture|Pic|Foto|Bild)s?:\s${NOT_A_PHRASE}|${CAPS_LABEL})([^.:]{2,60})|[.!?”"]\s©\s?(?![^©]*\b(?:19|20)\d{2}\b)([^©.]{2,60})|[.!?”")]\s(${AGENCY}(?: file)?)|\[([^[\]]{2,60})\]|\svia\s(\p{Ll}{0,3}\p{Lu}[\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3})|[^.!?,;:]\s(AP|AFP|REUTERS|EPA|Getty Images)|[.!?”")]\s${SLASHED_LABEL}|[\p{Ll}\d.!?”")]\s(\p{Lu}{2,5}\s${CAPS_LABEL}[^.:]{2,60})|${BARE_WORD_SLASH}|${SMALL_LABEL}|${COURTESY_WORDS})\s*$`,
  "u",
);
const LEADING_LABEL = /^(?:(?:file )?(?:photo|image|picture|foto|credit|source)s?(?: by| credit)?\s?:\s*|©\s*|(?:(?:photo|image|picture)s?\s)?(?:provided|supplied|submitted|contributed) by\s|(?:photo|image|picture|illustration|graphic)s?\s\/\s)/iu;

/** The credit written at the end of a caption, or null; a leading label ("credit:", "Photo:") is dropped. */
export function captionCredit(text: string): string | null {
  const tail = text.slice(-160);
  const m = TRAILING_CREDIT.exec(tail);
  let credit = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "").trim() : "";
  if (credit.length < 2) {
    const bare = BARE_TRAILING_CREDIT.exec(tail);
    credit = bare ? (bare[1] ?? bare[2] ?? bare[3] ?? bare[4] ?? bare[5] ?? bare[6] ?? bare[7] ?? bare[8] ?? bare[9] ?? bare[10] ?? bare[11] ?? bare[12] ?? bare[13] ?? "").trim() : "";
  }
  credit = credit.replace(LEADING_LABEL, "").trim();
  return credit.length >= 2 ? credit : null;
}
