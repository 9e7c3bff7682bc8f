/**
 * Under --debug, the line that says newsx parses with compromise's own post-tagger loop instead of its faster
 * one (src/nlp/post-tagger-loop.ts): answers are then compromise's own, and parsing is slower.
 */
import type { Writable } from "node:stream";

/** Writes the note when compromise's own loop is in use; loads compromise (only ever called under --debug). */
export async function noteLoopChoice(stderr: Pick<Writable, "write">): Promise<void> {
  const { postTaggerLoop } = await import("../nlp/compromise.js");
  if (!postTaggerLoop.sweep) stderr.write(`newsx: using compromise's own post-tagger loop: ${postTaggerLoop.reason}\n`);
}
