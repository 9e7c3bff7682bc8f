/**
 * A verb of saying set inside the writer's sentence between commas, its subject after it: "The problem, says
 * Ada Quill, is “…”", "The fix, argued the harbour master, was “…”". What the sentence quotes is that speaker's.
 */
import type { Token } from "../../nlp/parse.js";
import { subjectAfter, type Attribution } from "./attribution.js";
import { isSpeechVerb } from "../speech-verbs.js";

/**
 * The attribution a parenthesis of saying in `window` (the words before a quote in its sentence) gives, or null:
 * a verb of saying right after a comma (not a participle: ", saying …" hands over), then its subject, then a
 * comma closing the parenthesis, with the writer's sentence going on after it.
 */
export function parentheticalSaying(window: Token[]): Attribution | null {
  for (let v = window.length - 2; v >= 1; v--) {
    const verb = window[v]!;
    if (!/^,\s*$/u.test(window[v - 1]!.post) || /ing$/u.test(verb.normal) || !isSpeechVerb(verb, window[v + 1])) continue;
    const speaker = subjectAfter(window, v);
    const last = speaker[speaker.length - 1];
    if (!last || !/^,\s*$/u.test(last.post) || window.indexOf(last) >= window.length - 1) continue;
    return { verb, speaker, appositive: [], according: [] };
  }
  return null;
}
