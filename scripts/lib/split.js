/**
 * The fixed tuning / checking split of the shared gold, and the group (outlet, genre, site) of each document.
 *
 * Why: rules tuned while reading errors on the gold fit the stories read, and the figures on those stories stop
 * saying anything about new text. So every eval figure is reported on two parts: the *tuning* part, whose errors
 * may be read (`--errors` prints only these), and the *checking* part, which is only ever scored. A change that
 * lifts tuning and not checking is over-fit. Scripts that learn from the gold (`npm run train`) train on the
 * tuning part only.
 *
 * The split is a hash of a stable key, so it never moves when stories are added or the folder is re-sorted:
 * - news stories and GUM documents by their id (one document at a time);
 * - web pages by their site, so that two pages of one site never sit on both sides (a site's layout would
 *   otherwise be learnt on one page and "checked" on its twin).
 * Groups are reported apart with `--by-group` (outlets of PolNeAR, GUM genres, sites), to see a whole outlet or
 * genre held out in turn.
 */

/** Share of the documents (by key hash) that form the checking part. */
export const CHECKING_PERCENT = 30;

/** FNV-1a, 32 bits: tiny, stable across Node versions and platforms. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The site a page name belongs to: "bbc-com-70cb2d5b" -> "bbc-com" (the name less its trailing hash). */
export function siteOfPage(name) {
  return name.replace(/-[0-9a-f]{8}$/u, "");
}

/**
 * The group a gold document belongs to: the PolNeAR outlet ("nyt", "breitbart"), the GUM genre ("news",
 * "interview", "bio", "voyage", "academic", "court", ...), the site of a page, or the set's own name.
 */
export function groupOf(set, id, gold = {}) {
  if (set === "pages") return siteOfPage(id);
  const gum = /^GUM_([a-z]+)_/u.exec(id);
  if (gum) return gum[1];
  if (typeof gold.publisher === "string" && gold.publisher) return gold.publisher;
  const prefix = /^([a-z0-9-]+)_\d{4}-\d{2}-\d{2}_/u.exec(id);
  return prefix ? prefix[1] : set;
}

/**
 * "tuning" or "checking" for one document. The seed story, from which the product was specified and whose
 * answers are pinned by the tests, is always tuning.
 */
export function partOf(set, id) {
  if (set === "seed") return "tuning";
  const key = set === "pages" ? `pages:${siteOfPage(id)}` : id;
  return fnv1a(key) % 100 < CHECKING_PERCENT ? "checking" : "tuning";
}

export const PARTS = ["tuning", "checking"];
