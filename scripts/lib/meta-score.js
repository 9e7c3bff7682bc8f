/**
 * Scoring newsx's metadata against the hand-annotated pages (../shared/gold/pages/<name>.meta.json), with the
 * rules of ../shared/gold/pages/META.md: a field is right when gold and prediction are both null, or when they
 * agree after normalising:
 * - date: the same day (the first ten characters of the ISO forms; a time or zone after them is ignored);
 * - language: the same ISO 639-1 code ("en-GB" and "en" agree);
 * - headline, dateline, credit, source: token F1 >= 0.8 (lower-cased runs of letters and digits, as bags);
 * - byline: token F1 >= 0.8 once a leading "By" / "Von" / "Posted by" / "Written by" / "Analysis by" is dropped
 *   from both, or the authors agree (both name the same non-empty set of people);
 * - authors: the same set of people, compared by their lower-cased tokens.
 * Pure functions only; eval.js feeds them.
 */
import { tokenF1 } from "./quote-score.js";
import { tokenize } from "./text.js";

/** The fields scored, in the order the table prints them. */
export const META_FIELDS = ["headline", "byline", "authors", "date", "dateline", "credit", "source", "language"];

/** The share of token overlap (F1) at which two texts count as the same value. */
export const TEXT_AGREEMENT = 0.8;

const LEADING_BY = /^\s*(?:by|von|posted by|written by|analysis by|words by|story by|por|par)\b[\s:]*/iu;

/** A byline without its leading "By" (or one of its translations and longer forms). */
export function stripBy(byline) {
  return String(byline).replace(LEADING_BY, "");
}

/** The day of an ISO date or timestamp ("2019-11-19T16:35:00-05:00" -> "2019-11-19"), or null. */
export function dayOf(date) {
  const m = /^(\d{4}-\d{2}-\d{2})/u.exec(String(date).trim());
  return m ? m[1] : null;
}

/** The ISO 639-1 part of a language tag ("pt-BR" -> "pt"). */
export function languageCode(tag) {
  return String(tag).trim().toLowerCase().split(/[-_]/u)[0];
}

/** Whether two texts agree: token F1 of at least TEXT_AGREEMENT. */
export function textsAgree(gold, predicted) {
  return tokenF1(tokenize(predicted), tokenize(gold)) >= TEXT_AGREEMENT;
}

const personKey = (name) => tokenize(name).join(" ");

/** Whether two author lists name the same people (order and case aside). Two empty lists agree. */
export function authorsAgree(gold, predicted) {
  const g = new Set((gold ?? []).map(personKey).filter(Boolean));
  const p = new Set((predicted ?? []).map(personKey).filter(Boolean));
  return g.size === p.size && [...g].every((k) => p.has(k));
}

const isEmpty = (value) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/**
 * Whether one field is right. `gold` and `predicted` are whole meta records (the byline rule reads the authors
 * too). A field that is null on one side only is wrong.
 */
export function fieldRight(field, gold, predicted) {
  if (field === "authors") return authorsAgree(gold.authors, predicted.authors);
  const g = gold[field];
  const p = predicted[field];
  if (isEmpty(g) || isEmpty(p)) return isEmpty(g) && isEmpty(p);
  switch (field) {
    case "date":
      return dayOf(g) !== null && dayOf(g) === dayOf(p);
    case "language":
      return languageCode(g) === languageCode(p);
    case "byline": {
      if (textsAgree(stripBy(g), stripBy(p))) return true;
      return (gold.authors ?? []).length > 0 && authorsAgree(gold.authors, predicted.authors);
    }
    default:
      return textsAgree(g, p);
  }
}

/** Every field of one page: { field: { right, gold, predicted } }. */
export function scoreMetaPage(gold, predicted) {
  const out = {};
  for (const field of META_FIELDS) out[field] = { right: fieldRight(field, gold, predicted), gold: gold[field] ?? null, predicted: predicted[field] ?? null };
  return out;
}

/** Per-field accuracy over pages scored by scoreMetaPage: { field: { right, pages, accuracy } }. */
export function metaAccuracy(scoredPages) {
  const out = {};
  for (const field of META_FIELDS) {
    const right = scoredPages.filter((s) => s[field].right).length;
    out[field] = { right, pages: scoredPages.length, accuracy: scoredPages.length > 0 ? right / scoredPages.length : null };
  }
  return out;
}
