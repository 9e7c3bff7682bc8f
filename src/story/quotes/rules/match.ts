/**
 * A small matcher for rules that are a plain sequence of words, written in a subset of compromise's match syntax
 * so a rule reads like one of compromise's own post-tagger rules ({ match: "according to", … }):
 *
 *   word         the word's normal form ("according", "here's")
 *   (a|b|c)      any of these words
 *   #Tag         a word with that tag of compromise's ("#Verb")
 *   .            any word
 *   term?        the term, or nothing
 *
 * Terms are separated by spaces. A pattern matches words in a row from a given position; an optional term is
 * tried taken first, then left out. Patterns are compiled once, when the module that holds them loads.
 */
import type { Token } from "../../../nlp/parse.js";
import type { TokenWindow } from "../token-window.js";

interface Term {
  test: (token: Token) => boolean;
  optional: boolean;
}

/** A compiled pattern: its source (for messages and traces) and its terms. */
export interface Pattern {
  source: string;
  terms: readonly Term[];
}

function term(source: string): Term {
  const optional = source.endsWith("?") && source.length > 1;
  const body = optional ? source.slice(0, -1) : source;
  if (body === ".") return { test: () => true, optional };
  if (body.startsWith("#")) {
    const tag = body.slice(1);
    return { test: (t) => t.tags.has(tag), optional };
  }
  const alternatives = /^\((.+)\)$/u.exec(body);
  const words = new Set(alternatives?.[1]?.split("|") ?? [body]);
  if ([...words].some((w) => w === "" || /[\s()|#?]/u.test(w))) throw new Error(`bad term “${source}” in a match pattern`);
  return { test: (t) => words.has(t.normal), optional };
}

/** Compiles a pattern; throws on a malformed one (a programming error, caught by the rules' tests). */
export function compile(source: string): Pattern {
  const parts = source.trim().split(/\s+/u).filter((p) => p !== "");
  if (parts.length === 0) throw new Error("empty match pattern");
  return { source, terms: parts.map(term) };
}

/** Where the match of `pattern` starting at `from` ends (the position after its last word), or -1. */
export function matchAt(window: TokenWindow, from: number, pattern: Pattern): number {
  const step = (k: number, at: number): number => {
    const current = pattern.terms[k];
    if (!current) return at;
    const token = window.at(at);
    if (token && current.test(token)) {
      const end = step(k + 1, at + 1);
      if (end >= 0) return end;
    }
    return current.optional ? step(k + 1, at) : -1;
  };
  return step(0, from);
}

/** The first of `patterns` that matches at `from`: where its match ends, or -1. */
export function matchAny(window: TokenWindow, from: number, patterns: readonly Pattern[]): number {
  for (const pattern of patterns) {
    const end = matchAt(window, from, pattern);
    if (end >= 0) return end;
  }
  return -1;
}
