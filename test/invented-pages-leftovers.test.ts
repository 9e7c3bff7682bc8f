/**
 * Byline, authors, credit and date on invented pages of the layouts issue 21 lists as left over: bylines in small
 * letters, roles beside the names ("X, Staff Writer", a job line under the name), a name under the date line that
 * the story quotes (a caption's subject, not the writer), a teaser's byline over the headline, sign-offs; credits
 * with their labels ("File photo:", "Photo credit:", "Image source:"), a caption's credit after a dash, the
 * photographer of a byline's line, picture agencies; "Updated" stamps alone, relative stamps, numeric dates read
 * by the page's own unambiguous dates, comment dates. Each expected value was read off its page by a person, by
 * the conventions of ../shared/gold/pages/META.md, and is checked with the eval's own rules (meta-score.js).
 * Pages newsx still gets wrong are listed in KNOWN_WRONG with the reason.
 */
import { describeInventedPages, type Page } from "./invented-pages.js";

const C1 = [
  "The regional water board approved a plan on Wednesday to raise the height of the Dunmere reservoir dam by four metres, the first change to the structure in sixty years.",
  "Board members said the work would let the reservoir hold enough water for two dry summers, after last year's drought left several towns on rationing.",
  "\"We cannot keep hoping for rain,\" said the board's chair, Imogen Castell. \"This gives us a margin we have never had.\"",
  "Farmers downstream welcomed the plan but asked for guarantees that river flows would be kept up during the building work.",
  "Construction is expected to begin in the autumn and to take about three years.",
];
const C2 = [
  "A community orchestra made up mostly of retired teachers played its hundredth concert on Sunday in the town hall where it first rehearsed in 1989.",
  "More than five hundred people filled the hall, and dozens more listened from the square outside through loudspeakers set up by volunteers.",
  "\"Half of us started playing again after forty years away from our instruments,\" said the conductor, Felix Aubrey, who founded the group.",
  "The orchestra has raised money for the local hospital at every concert and says it has given more than 80,000 pounds over three decades.",
  "Its next season opens in September with a programme of music by local composers.",
];
const C3 = [
  "Officials in the port city said on Friday that a new ferry route to the islands would start in June, cutting the crossing time by almost an hour.",
  "The service will use two electric boats built at a shipyard on the north shore, each able to carry 180 passengers and a dozen bicycles.",
  "\"Islanders have asked for a faster link for as long as anyone can remember,\" said the harbour master, Oskar Lindqvist.",
  "Tickets will cost the same as on the existing route, and residents of the islands will keep their discount.",
  "The city plans to add a third boat if the route proves popular in its first summer.",
];
const FOOT = ["Most read", "Advertise with us | Privacy | Terms", "© 2026 Northgate Courier. All rights reserved."];
const NAV = ["Skip to main content", "Home", "Local", "Politics", "Business", "Sports", "Arts", "Subscribe"];
const UK_NAV = ["Skip to content", "Home", "UK", "World", "Sport"];
const UK_FOOT = ["© 2026 Northgate Courier. All rights reserved."];
const H1 = "Water board backs plan to raise Dunmere dam";
const H2 = "Teachers' orchestra plays its hundredth concert";
const H3 = "Electric ferry to cut island crossing by an hour";
const BY = ["By Oskar Brandt", "June 1, 2026"];
const cap = "The new ferry at its berth on Thursday.";
const t = (name: string, credLines: string[], want: string | null): Page => ({ name, lines: [...NAV, H3, ...BY, ...credLines, ...C3, ...FOOT], want: { credit: want } });

const pages: Page[] = [
  // lowercase byline
  { name: "lower-by", lines: [...NAV, H1, "by imogen tarrant", "April 8, 2026", ...C1, ...FOOT], want: { byline: "imogen tarrant", authors: ["imogen tarrant"] } },
  { name: "lower-by-date", lines: [...NAV, H1, "by imogen tarrant | April 8, 2026", ...C1, ...FOOT], want: { byline: "imogen tarrant", authors: ["imogen tarrant"], date: "2026-04-08" } },
  { name: "lower-by-prose", lines: [...NAV, H1, "April 8, 2026", "by the end of the week the board will vote again", ...C1, ...FOOT], want: { byline: null } },
  // roles
  { name: "comma-staff-writer", lines: [...NAV, H1, "Imogen Tarrant, Staff Writer", "April 8, 2026", ...C1, ...FOOT], want: { byline: "Imogen Tarrant, Staff Writer", authors: ["Imogen Tarrant"] } },
  { name: "by-comma-staff-writer", lines: [...NAV, H1, "By Imogen Tarrant, Staff Writer", "April 8, 2026", ...C1, ...FOOT], want: { authors: ["Imogen Tarrant"] } },
  { name: "two-with-roles", lines: [...NAV, H1, "By Imogen Tarrant, Staff Writer and Rupert Vance, Contributing Writer", "April 8, 2026", ...C1, ...FOOT], want: { authors: ["Imogen Tarrant", "Rupert Vance"] } },
  { name: "two-with-roles-and", lines: [...NAV, H1, "Imogen Tarrant, Environment Reporter, and Rupert Vance, Data Editor", "April 8, 2026", ...C1, ...FOOT], want: { authors: ["Imogen Tarrant", "Rupert Vance"] } },
  { name: "name-role-two-lines", lines: [...NAV, H1, "Imogen Tarrant", "Environment Correspondent", "April 8, 2026", ...C1, ...FOOT], want: { byline: "Imogen Tarrant", authors: ["Imogen Tarrant"] } },
  // sign-offs
  { name: "signoff-dash", lines: [...NAV, H2, "May 3, 2026", ...C2, "— Harriet Lowe", ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "signoff-by-end", lines: [...NAV, H2, "May 3, 2026", ...C2, "By Harriet Lowe", ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "signoff-written-by-end", lines: [...NAV, H2, "May 3, 2026", ...C2, "Written by Harriet Lowe", ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "reporting-by-end", lines: [...NAV, H2, "By Harriet Lowe", "May 3, 2026", ...C2, "(Reporting by Tom Keel; Editing by Ann Pryce)", ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "reporting-by-only", lines: [...NAV, H2, "May 3, 2026", ...C2, "(Reporting by Tom Keel; Editing by Ann Pryce)", ...FOOT], want: { byline: null } },
  { name: "reporting-editing-end-no-brackets", lines: [...NAV, H1, "April 8, 2026", "LONDON (Reuters) - " + C1[0], ...C1.slice(1), "Reporting by Tom Keel; Editing by Ann Pryce", ...FOOT], want: { byline: null, dateline: "LONDON" } },
  { name: "by-additional-reporting", lines: [...NAV, H2, "By Harriet Lowe; additional reporting by Bruno Keel", "May 3, 2026", ...C2, ...FOOT], want: { byline: "Harriet Lowe", authors: ["Harriet Lowe"] } },
  // teaser above
  { name: "teaser-above", lines: [...NAV, "Harbour fees to rise next year", "By Dana Whitlock", H3, "By Oskar Brandt", "June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"] } },
  // a byline block over the headline
  { name: "name-date-over-headline", lines: [...NAV, "Oskar Brandt", "June 1, 2026", H3, ...C3, ...FOOT], want: { byline: "Oskar Brandt", authors: ["Oskar Brandt"], date: "2026-06-01" } },
  { name: "name-date-over-headline-teaser", lines: [...NAV, "Oskar Brandt", "May 30, 2026", H3, "June 1, 2026", ...C3, ...FOOT], want: { byline: null, authors: [] } },
  { name: "name-date-over-headline-subject", lines: [...NAV, "Oskar Lindqvist", "June 1, 2026", "Oskar Lindqvist welcomes electric ferry", ...C3, ...FOOT], want: { byline: null, authors: [] } },
  // duplicated names
  { name: "dup-names", lines: [...NAV, H3, "Oskar Brandt Oskar Brandt", "June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"] } },
  { name: "dup-names-glued", lines: [...NAV, H3, "By Oskar BrandtOskar Brandt", "June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"] } },
  { name: "dup-two-lines", lines: [...NAV, H3, "Oskar Brandt", "Oskar Brandt", "June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"] } },
  // agency / desk
  { name: "desk-by", lines: [...NAV, H3, "By Courier Staff", "June 1, 2026", ...C3, ...FOOT], want: { byline: "Courier Staff", authors: [] } },
  { name: "agency-bare", lines: [...NAV, H3, "Reuters", "June 1, 2026", ...C3, ...FOOT], want: { byline: "Reuters", authors: [] } },
  { name: "name-and-agency", lines: [...NAV, H3, "Oskar Brandt and Associated Press", "June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"] } },
  // credits
  { name: "cr-photo-label", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday. Photo: Lena Marsh", ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr-image-credit-label", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday.", "Image credit: Lena Marsh", ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr-getty", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday.", "Getty Images", ...C3, ...FOOT], want: { credit: "Getty Images" } },
  { name: "cr-ap-photo", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday. (AP Photo/Lena Marsh)", ...C3, ...FOOT], want: { credit: "AP Photo/Lena Marsh" } },
  { name: "cr-photo-by", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "Photo by Lena Marsh", ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr-caps-getty", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday. LENA MARSH/AFP via Getty Images", ...C3, ...FOOT], want: { credit: "LENA MARSH/AFP via Getty Images" } },
  { name: "cr-photo-credit-label", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday.", "Photo credit: Lena Marsh/Northgate Courier", ...C3, ...FOOT], want: { credit: "Lena Marsh/Northgate Courier" } },
  { name: "cr-copyright-sym", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday. © Lena Marsh", ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr-shutterstock", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "A ferry at sea. Shutterstock", ...C3, ...FOOT], want: { credit: "Shutterstock" } },
  { name: "cr-provided", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The new ferry at its berth on Thursday. (Photo courtesy of the port authority)", ...C3, ...FOOT], want: { credit: "courtesy of the port authority" } },
  { name: "cr-none", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", ...C3, ...FOOT], want: { credit: null } },
  { name: "cr-file-photo", lines: [...NAV, H3, "By Oskar Brandt", "June 1, 2026", "The harbour in a file photo. (Lena Marsh/Northgate Courier)", ...C3, ...FOOT], want: { credit: "Lena Marsh/Northgate Courier" } },
  // dates
  { name: "updated-alone", lines: [...NAV, H1, "By Imogen Tarrant", "Updated April 9, 2026 at 3:15 p.m.", ...C1, ...FOOT], want: { date: "2026-04-09" } },
  { name: "updated-label-colon", lines: [...NAV, H1, "By Imogen Tarrant", "Last updated: 09 April 2026", ...C1, ...FOOT], want: { date: "2026-04-09" } },
  { name: "published-and-updated", lines: [...NAV, H1, "By Imogen Tarrant", "Published April 8, 2026 Updated April 9, 2026", ...C1, ...FOOT], want: { date: "2026-04-08" } },
  { name: "updated-first-then-published", lines: [...NAV, H1, "By Imogen Tarrant", "Updated April 9, 2026", "Published April 8, 2026", ...C1, ...FOOT], want: { date: "2026-04-08" } },
  { name: "relative-hours", lines: [...NAV, H1, "By Imogen Tarrant", "3 hours ago", ...C1, ...FOOT], want: { date: null } },
  { name: "relative-weekday", lines: [...NAV, H1, "By Imogen Tarrant", "Tuesday 5:30PM", ...C1, ...FOOT], want: { date: null } },
  { name: "relative-yesterday", lines: [...NAV, H1, "By Imogen Tarrant", "Yesterday at 10:42", ...C1, ...FOOT], want: { date: null } },
  { name: "us-numeric-unambiguous", lines: [...NAV, H1, "By Imogen Tarrant", "04/18/2026", ...C1, ...FOOT], want: { date: "2026-04-18" } },
  { name: "uk-unambiguous", lines: [...NAV, H1, "By Imogen Tarrant", "18/04/2026", ...C1, ...FOOT], want: { date: "2026-04-18" } },
  { name: "month-day-under-byline", lines: [...NAV, H2, "By Harriet Lowe", "May 3", ...C2, ...FOOT], want: { date: "2026-05-03", authors: ["Harriet Lowe"] } },
  { name: "month-day-weekday-time-under-byline", lines: [...NAV, H2, "By Harriet Lowe", "Sunday, May 3, 6:02 PM", ...C2, ...FOOT], want: { date: "2026-05-03" } },
  { name: "month-day-under-byline-no-year-anywhere", lines: [...NAV, H2, "By Harriet Lowe", "May 3", ...C2, "Most read"], want: { date: null } },
  // where this rules must not fire
  { name: "no-lower-by-common-words", lines: [...NAV, H1, "by grant money", "April 8, 2026", ...C1, ...FOOT], want: { byline: null, authors: [] } },
  { name: "no-lower-by-plural-noun", lines: [...NAV, H1, "by rob banks", "April 8, 2026", ...C1, ...FOOT], want: { byline: null, authors: [] } },
  { name: "name-under-date-writer-covers", lines: [...NAV, H1, "April 8, 2026", "Lena Ashdown", ...C1, "Lena Ashdown covers water and farming for the Courier.", ...FOOT], want: { authors: ["Lena Ashdown"] } },
  { name: "name-under-date-send-tips", lines: [...NAV, H1, "April 8, 2026", "Lena Ashdown", ...C1, "Send your tips about the reservoir to Lena Ashdown.", ...FOOT], want: { authors: ["Lena Ashdown"] } },
  { name: "place-over-date-over-headline", lines: [...NAV, "Grace Church", "June 1, 2026", H3, ...C3, ...FOOT], want: { byline: null, authors: [] } },
  { name: "quoted-name-over-date-over-headline", lines: [...NAV, "Oskar Lindqvist", "June 1, 2026", H3, ...C3, ...FOOT], want: { byline: null, authors: [] } },
  { name: "by-over-kicker-over-dated-headline", lines: [...NAV, "By Oskar Brandt", "TRANSPORT", H3, "June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"] } },
  { name: "by-share-over-dated-headline", lines: [...NAV, "By Oskar Brandt", "Share", H3, "June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"] } },
  { name: "by-date-over-headline-updated-under", lines: [...NAV, "By Oskar Brandt", "May 30, 2026", H3, "Updated June 1, 2026", ...C3, ...FOOT], want: { authors: ["Oskar Brandt"], date: "2026-05-30" } },
  { name: "us-numeric-gmt-in-prose", lines: [...NAV, H1, "By Imogen Tarrant", "04/05/2026", "The board met at 6 p.m. GMT so that members living abroad could take part by video link.", ...C1, ...FOOT], want: { date: "2026-04-05" } },
  { name: "month-day-not-under-byline", lines: [...NAV, H2, "May 3", ...C2, ...FOOT], want: { date: null } },
  { name: "tweet-date-in-body", lines: [...NAV, H1, "By Imogen Tarrant", ...C1.slice(0,2), "Big news for the valley today. pic.twitter.com/abc123", "— Northgate Water (@ngwater) March 30, 2026", ...C1.slice(2), ...FOOT], want: { date: null } },
  { name: "comment-date", lines: [...NAV, H1, "By Imogen Tarrant", ...C1, "2 Comments", "Paul Rigby", "April 10, 2026 at 8:12 am", "Great news for us farmers.", ...FOOT], want: { date: null } },
  { name: "date-in-byline-line", lines: [...NAV, H1, "Imogen Tarrant | April 8, 2026 10:15 am", ...C1, ...FOOT], want: { date: "2026-04-08", authors: ["Imogen Tarrant"] } },
  { name: "date-dot-numeric-de", lines: [...NAV, H1, "By Imogen Tarrant", "08.04.2026", ...C1, ...FOOT], want: { date: "2026-04-08" } },
  { name: "iso-date", lines: [...NAV, H1, "By Imogen Tarrant", "2026-04-08", ...C1, ...FOOT], want: { date: "2026-04-08" } },
  { name: "masthead-date-far-above", lines: ["Monday, May 4, 2026", ...NAV, H2, "By Harriet Lowe", ...C2, ...FOOT], want: { date: null } },
  { name: "kicker-date-over-headline", lines: [...NAV, "May 3, 2026", H2, "By Harriet Lowe", ...C2, ...FOOT], want: { date: "2026-05-03" } },
  { name: "wire-date-in-nav-region", lines: [...NAV, "Music", "May 3, 2026", "Share", H2, "By Harriet Lowe", ...C2, ...FOOT], want: { date: "2026-05-03" } },
  // posted by / author: label
  { name: "author-label", lines: [...NAV, H2, "Author: Harriet Lowe", "Date: May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"], date: "2026-05-03" } },
  { name: "posted-by-on", lines: [...NAV, H2, "Posted by Harriet Lowe on May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"], date: "2026-05-03" } },
  { name: "bullets", lines: [...NAV, H2, "Harriet Lowe • May 3, 2026 • 4 min read", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"], date: "2026-05-03" } },
  { name: "byline-and-photo", lines: [...NAV, H2, "Story by Harriet Lowe | Photos by Bruno Keel", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "unknown-first-name", lines: [...NAV, H2, "By Oluwaseun Adebayo-Pratt", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Oluwaseun Adebayo-Pratt"] } },
  { name: "three-authors-oxford", lines: [...NAV, H2, "By Harriet Lowe, Bruno Keel, and Nadia Farouk", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe", "Bruno Keel", "Nadia Farouk"] } },
  { name: "caps-name-role", lines: [...NAV, H2, "HARRIET LOWE, Arts Correspondent", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["HARRIET LOWE"] } },
  { name: "cr2-credit-colon-end", lines: [...NAV, H3, ...BY, `${cap} Credit: Lena Marsh`, ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr2-credit-brackets", lines: [...NAV, H3, ...BY, `${cap} [Lena Marsh/Northgate Courier]`, ...C3, ...FOOT], want: { credit: "Lena Marsh/Northgate Courier" } },
  { name: "cr2-image-via", lines: [...NAV, H3, ...BY, "Image via Port Authority", ...C3, ...FOOT], want: { credit: "Port Authority" } },
  { name: "cr2-pictured-then-credit-line", lines: [...NAV, H3, ...BY, "Pictured: the new ferry at its berth on Thursday", "Lena Marsh/Northgate Courier", ...C3, ...FOOT], want: { credit: "Lena Marsh/Northgate Courier" } },
  { name: "cr2-photographer-label", lines: [...NAV, H3, ...BY, cap, "Photographer: Lena Marsh", ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr2-reuters-photo", lines: [...NAV, H3, ...BY, `${cap} REUTERS/Lena Marsh`, ...C3, ...FOOT], want: { credit: "REUTERS/Lena Marsh" } },
  { name: "cr2-afp", lines: [...NAV, H3, ...BY, `${cap} (AFP)`, ...C3, ...FOOT], want: { credit: "AFP" } },
  { name: "cr2-getty-colon", lines: [...NAV, H3, ...BY, `${cap} Photo: Getty Images`, ...C3, ...FOOT], want: { credit: "Getty Images" } },
  { name: "cr2-getty-before-caption", lines: [...NAV, H3, ...BY, "Getty Images", cap, ...C3, ...FOOT], want: { credit: "Getty Images" } },
  { name: "cr2-image-source", lines: [...NAV, H3, ...BY, cap, "Image source: Getty Images", ...C3, ...FOOT], want: { credit: "Getty Images" } },
  { name: "cr2-istock", lines: [...NAV, H3, ...BY, "(Image: iStock)", ...C3, ...FOOT], want: { credit: "iStock" } },
  { name: "cr2-photo-courtesy", lines: [...NAV, H3, ...BY, cap, "Photo courtesy of Lena Marsh", ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr2-above-headline", lines: [...NAV, "Lena Marsh/Northgate Courier", H3, ...BY, ...C3, ...FOOT], want: { credit: "Lena Marsh/Northgate Courier" } },
  { name: "cr2-mid-body-photo", lines: [...NAV, H3, ...BY, ...C3.slice(0, 2), "Passengers board the ferry. Photo: Lena Marsh", ...C3.slice(2), ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr2-file-photo-label", lines: [...NAV, H3, ...BY, `${cap} (File photo: Lena Marsh)`, ...C3, ...FOOT], want: { credit: "Lena Marsh" } },
  { name: "cr2-caption-with-date-no-credit", lines: [...NAV, H3, ...BY, "The new ferry at its berth on Thursday, May 28, 2026.", ...C3, ...FOOT], want: { credit: null } },
  { name: "cr2-body-mentions-photo", lines: [...NAV, H3, ...BY, ...C3.slice(0, 3), "A photo by a passenger of the boat in a storm was shared widely online last week.", ...C3.slice(3), ...FOOT], want: { credit: null } },
  { name: "cr2-photos-by-in-byline", lines: [...NAV, H3, "Story by Oskar Brandt, photos by Lena Marsh", "June 1, 2026", ...C3, ...FOOT], want: { credit: "Lena Marsh", authors: ["Oskar Brandt"] } },
  { name: "cr2-caps-line", lines: [...NAV, H3, ...BY, "LENA MARSH / NORTHGATE COURIER", cap, ...C3, ...FOOT], want: { credit: "LENA MARSH / NORTHGATE COURIER" } },
  // bylines
  { name: "b2-name-pipe-date", lines: [...NAV, H2, "Harriet Lowe | May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"], date: "2026-05-03" } },
  { name: "b2-by-caps-comma-outlet", lines: [...NAV, H2, "By HARRIET LOWE, Northgate Courier", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["HARRIET LOWE"] } },
  { name: "b2-by-newline", lines: [...NAV, H2, "By", "Harriet Lowe", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-opinion-by", lines: [...NAV, H2, "Opinion by Harriet Lowe", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-contributor", lines: [...NAV, H2, "Harriet Lowe, Contributor", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-for-outlet", lines: [...NAV, H2, "By Harriet Lowe for the Northgate Courier", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-unknown-first-by-date-line", lines: [...NAV, H2, "By Tiwatope Okonkwo | May 3, 2026", ...C2, ...FOOT], want: { authors: ["Tiwatope Okonkwo"] } },
  { name: "b2-bare-unknown-name", lines: [...NAV, H2, "Tiwatope Okonkwo", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Tiwatope Okonkwo"] } },
  { name: "b2-name-date-one-line-no-sep", lines: [...NAV, H2, "Harriet Lowe May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"], date: "2026-05-03" } },
  { name: "b2-date-then-name", lines: [...NAV, H2, "May 3, 2026", "Harriet Lowe", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-by-and-three-caps", lines: [...NAV, H2, "By HARRIET LOWE and BRUNO KEEL", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["HARRIET LOWE", "BRUNO KEEL"] } },
  { name: "b2-name-email", lines: [...NAV, H2, "Harriet Lowe", "hlowe@northgatecourier.com", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-no-byline-caption-name", lines: [...NAV, H2, "May 3, 2026", "Felix Aubrey", ...C2, ...FOOT], want: { byline: null } },
  { name: "b2-by-name-title-dash", lines: [...NAV, H2, "By Harriet Lowe - Arts Editor", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-special-to", lines: [...NAV, H2, "Harriet Lowe Special to the Courier", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe"] } },
  { name: "b2-staff-report", lines: [...NAV, H2, "Staff report", "May 3, 2026", ...C2, ...FOOT], want: { authors: [] } },
  { name: "b2-middle-initial", lines: [...NAV, H2, "By Harriet J. Lowe", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet J. Lowe"] } },
  { name: "b2-name-and-role-next-line-and", lines: [...NAV, H2, "Harriet Lowe and Bruno Keel", "May 3, 2026", ...C2, ...FOOT], want: { authors: ["Harriet Lowe", "Bruno Keel"] } },
  { name: "uk-numeric-evidence-written", lines: [...UK_NAV, H1, "By Imogen Tarrant", "07/04/2026", ...C1, "More stories", "Ferry fares frozen for islanders", "30 March 2026", ...UK_FOOT], want: { date: "2026-04-07" } },
  { name: "uk-numeric-evidence-numeric", lines: [...UK_NAV, H1, "By Imogen Tarrant", "07/04/2026", ...C1, "Related", "Ferry fares frozen for islanders 28/03/2026", ...UK_FOOT], want: { date: "2026-04-07" } },
  { name: "us-numeric-evidence", lines: [...UK_NAV, H1, "By Imogen Tarrant", "04/07/2026", ...C1, "Related", "Ferry fares frozen for islanders", "March 30, 2026", ...UK_FOOT], want: { date: "2026-04-07" } },
  { name: "uk-bst", lines: [...UK_NAV, H1, "By Imogen Tarrant", "07/04/2026 10:15 BST", ...C1, ...UK_FOOT], want: { date: "2026-04-07" } },
  t("c-photo-slash-outlet", [cap, "Photo: Lena Marsh / Northgate Courier"], "Lena Marsh / Northgate Courier"),
  t("c-via-ap", [`${cap} (Lena Marsh/The Northgate Courier via AP)`], "Lena Marsh/The Northgate Courier via AP"),
  t("c-getty-line", [cap, "Lena Marsh / Getty Images"], "Lena Marsh / Getty Images"),
  t("c-supplied", [cap, "Image: Supplied"], "Supplied"),
  t("c-photograph-guardian", [`${cap} Photograph: Lena Marsh/The Northgate Courier`], "Lena Marsh/The Northgate Courier"),
  t("c-photo-illustration", ["Photo illustration by Courier staff"], "Courier staff"),
  t("c-bar", [cap, "Lena Marsh | Northgate Courier"], "Lena Marsh | Northgate Courier"),
  t("c-photo-by-caps", [cap, "PHOTO BY LENA MARSH"], "LENA MARSH"),
  t("c-unsplash", [cap, "Photo by Lena Marsh on Unsplash"], "Lena Marsh on Unsplash"),
  t("c-credit-above-caption", ["Lena Marsh/Reuters", cap], "Lena Marsh/Reuters"),
  t("c-image-copyright", ["Image copyright Getty Images", "Image caption The new ferry at its berth on Thursday"], "Getty Images"),
  t("c-square-brackets-photo", [`${cap} [Photo: Lena Marsh]`], "Lena Marsh"),
  t("c-dash-end", [`${cap} - Lena Marsh/Northgate Courier`], "Lena Marsh/Northgate Courier"),
  t("c-staff-photographer", [cap, "Photo: Lena Marsh, Staff Photographer"], "Lena Marsh, Staff Photographer"),
  t("c-name-staff-line", [cap, "Lena Marsh, Staff Photographer"], "Lena Marsh, Staff Photographer"),
  t("c-photo-ap", [`${cap} Photo: AP`], "AP"),
  t("c-pa-media", [`${cap} PA Media`], "PA Media"),
  t("c-pa-wire", [`${cap} (Image: PA Wire/PA Images)`], "PA Wire/PA Images"),
  t("c-alamy", [`${cap} Alamy Stock Photo`], "Alamy Stock Photo"),
  t("c-lower-photo-label", [`${cap} photo: Lena Marsh`], "Lena Marsh"),
  t("c-credit-bar-label", [cap, "Credit | Lena Marsh"], "Lena Marsh"),
  t("c-picture-label-line", ["Picture: Lena Marsh", cap], "Lena Marsh"),
  t("c-photos-colon-plural-one", [cap, "Photos: Lena Marsh"], "Lena Marsh"),
  t("c-emdash-credit", [`${cap} — Lena Marsh/Northgate Courier`], "Lena Marsh/Northgate Courier"),
  t("c-no-credit-caption", [cap], null),
  t("c-file-photo-of-what", ["The first ferry to the islands, in 1962. (File photo of the launch day)"], null),
  t("c-no-credit-shared", [cap, "Share this article"], null),
];

/** Pages newsx still reads wrong, and why they are left: each a known limit, none a guess to make. */
const KNOWN_WRONG: Record<string, string> = {
  "c-bar": "'Jane Roe | Harbour Daily' under a caption has the shape of a byline with its outlet: left alone",
};

describeInventedPages("invented pages of the leftover layouts: byline, authors, credit, date", pages, KNOWN_WRONG);
