#!/usr/bin/env node
// Adversarial input, checked against a time bound: a benchmark-style check, not a unit test (timings on a
// loaded machine are noisy, so it is run by hand or in a quiet CI step with `npm run check:adversarial`).
// Every case must finish within its bound; a super-linear regular expression or tagger call would not.
import { extract } from "../dist/index.js";

const WORDS = ["people", "said", "the", "market", "would", "grow", "and", "Smith", "went", "to", "Paris", "with"];
const runOn = (words) => Array.from({ length: words }, (_, i) => WORDS[i % WORDS.length]).join(" ");

/** name, input, bound in milliseconds of CPU time (generous: about 10x what a quiet 2-core machine needs). */
const CASES = [
  ["1 MB line of words, no punctuation", runOn(170_000), 60_000],
  ["1 MB without a single space", "x".repeat(1_000_000), 10_000],
  ["10,000 opening curly quotes, then 10,000 closing", "“".repeat(10_000) + " said Smith. " + "”".repeat(10_000), 10_000],
  ["10,000 straight double quotes", '"'.repeat(10_000), 10_000],
  ["10,000 apostrophes and single quotes", "’‘'".repeat(3_400), 10_000],
  ["20,000 short quotes of every kind", "“a” ‘b’ \"c\" «d» ".repeat(5_000), 30_000],
  ["an unclosed quote before 5,000 paragraphs", "“It never ends\n\n" + "Plain paragraph here.\n\n".repeat(5_000), 30_000],
  ["all-caps story", 'THE PRESIDENT SAID “WE WILL WIN,” ADDING THAT SMITH AGREED. '.repeat(2_000), 30_000],
  ["a line of 100,000 commas and spaces", ", ".repeat(50_000), 10_000],
  ["nested brackets and dashes", "(((— ".repeat(20_000), 10_000],
];

let failed = 0;
for (const [name, text, bound] of CASES) {
  const before = process.cpuUsage();
  const story = extract(text);
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  const ok = ms <= bound;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "SLOW"} ${ms.toFixed(0).padStart(7)} ms cpu (bound ${bound} ms)  ${name}: ` +
    `${story.paragraphs.length} paragraphs, ${story.quotes.length} quotes, ${story.entities.length} entities`);
}
console.log(failed === 0 ? "all adversarial inputs within their bounds" : `${failed} case(s) over their bound`);
process.exitCode = failed === 0 ? 0 : 1;
