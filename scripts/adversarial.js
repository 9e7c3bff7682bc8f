#!/usr/bin/env node
/**
 * `npm run check:adversarial`: a benchmark of hostile input families, each generated at several sizes and
 * analysed by `extract()` in a process of its own, so that one family's CPU time and peak memory are its own.
 * Not a unit test (timings on a shared machine are noisy): run it by hand or in a quiet CI step.
 *
 *   node scripts/adversarial.js [--sizes 100k,1m,5m] [--only NAME[,NAME]] [--limit SECONDS] [--list] [--cli]
 *   node scripts/adversarial.js --write DIR [--sizes ...] [--only ...]
 *
 *   --sizes   input sizes in bytes (k = 1,000, m = 1,000,000; default 100k,1m,5m)
 *   --only    families whose name contains one of these words
 *   --limit   CPU seconds after which one run is stopped and reported as over (default 120)
 *   --list    print the family names and stop
 *   --cli     measure the command line instead of extract(): `newsx extract --jsonl --timeout 0 FILE > /dev/null`
 *             (bin/newsx.js, NEWSX_NO_SNAPSHOT=1 so that it is one process: main thread and worker thread),
 *             CPU and peak RSS from /usr/bin/time; the input is written to a temporary file first
 *   --command "quotes --format csv"   with --cli: the command and options to run instead of `extract --jsonl`
 *             (each output format writes the story its own way: tsv is what a pipe gets by default)
 *   --write   write each family at each size to DIR as a file (to run the CLI on by hand) and stop
 *
 * For each family and size it prints the CPU seconds (user + system of the child process), the peak RSS, the
 * CPU seconds per MB, and the growth ratio of the CPU time from each size to the next (5 MB over 1 MB is 5 for
 * linear work). The targets, from issue 23: at most about linear growth (each ratio <= 1.2 x the size ratio,
 * i.e. 5 MB <= 6 x the 1 MB time), no run over 20 s of CPU per MB, and at most 600 MiB of peak RSS for a
 * 10 MB input (checked as 100 MiB + 50 MiB per MB at every size of 5 MB and over: 350 MiB at 5 MB; run with
 * `--sizes 10m` for the bound itself). The exit code is 1 when a target is missed.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { random } from "./lib/random.js";

const SELF = fileURLToPath(import.meta.url);

/** `unit` repeated to about `bytes` UTF-8 bytes. */
function repeat(unit, bytes) {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))));
}

/** Text built from pieces drawn at random until it reaches about `bytes` UTF-8 bytes. */
function drawn(bytes, seed, draw) {
  const next = random(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const piece = draw(next);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join("");
}

const FIRST = ["John", "Mary", "Peter", "Ana", "Li", "Omar", "Grace", "Ivan", "Sofia", "Kwame"];
const LAST = ["Smith", "Jones", "Brown", "Garcia", "Chen", "Haddad", "Okafor", "Petrov", "Rossi", "Mensah"];
const WORDS = ["people", "said", "the", "market", "would", "grow", "and", "Smith", "went", "to", "Paris", "with"];

/** A capitalised word of 3-9 letters drawn with `r`: names and places no list knows, all different. */
function coined(r) {
  const length = 3 + Math.floor(r() * 7);
  let word = String.fromCharCode(65 + Math.floor(r() * 26));
  for (let i = 1; i < length; i++) word += "aeiou"[Math.floor(r() * 5)] + (i % 2 ? "" : "bcdfglmnprst"[Math.floor(r() * 12)]);
  return word.slice(0, length);
}

/** name -> (bytes) => text. Each family is a kind of input that once cost, or could cost, super-linear work. */
const FAMILIES = {
  // The tagger does not end a sentence at "Mr."/"Dr.", so this is one endless sentence.
  "abbreviations (Mr. Smith met Mr. Jones and Dr. Brown)": (n) => repeat("Mr. Smith met Mr. Jones and Dr. Brown ", n),
  "initials and acronyms (J. R. R. Tolkien of the U.S.)": (n) => repeat("J. R. R. Tolkien of the U.S. met F.B.I. agents at 3 p.m. ", n),
  "short quoted paragraphs (“A,” he said.)": (n) => repeat("“A,” he said.\n\n", n),
  "quote-dense paragraph (\"Yes,\" said John Smith.)": (n) => repeat('"Yes," said John Smith. "No," said Mary Jones. ', n),
  "quote-dense paragraph, longer quotes (\"Yes, we will,\" said ...)": (n) =>
    repeat('"Yes, we will," said John Smith. "No, we will not," she said. “They lost,” Mary Jones added. ', n),
  "alternating quote marks and names": (n) => drawn(n, 1, (r) => `“${FIRST[Math.floor(r() * 10)]} ${LAST[Math.floor(r() * 10)]}” `),
  "paragraph of names (John Smith, Mary Jones, ...)": (n) =>
    drawn(n, 2, (r) => `${FIRST[Math.floor(r() * 10)]} ${LAST[Math.floor(r() * 10)]}${r() < 0.1 ? " said. " : ", "}`),
  "one line of words, no punctuation": (n) => drawn(n, 3, (r) => `${WORDS[Math.floor(r() * WORDS.length)]} `),
  "no spaces at all (xxxx...)": (n) => "x".repeat(n),
  "many short lines (a\\n)": (n) => repeat("a\n", n),
  "many one-word paragraphs (Word.\\n\\n)": (n) => repeat("Word.\n\n", n),
  "deep nesting of brackets and quotes": (n) => {
    const half = Math.floor(n / 2 / 8);
    return "(“[‘«".repeat(half) + " said Smith " + "»’]”)".repeat(half);
  },
  "unbalanced quote marks (“ and \" and ‘)": (n) => drawn(n, 4, (r) => ["“", "”", '"', "‘", "’", "«", "»", " word ", " said Smith "][Math.floor(r() * 9)]),
  "unicode soup (emoji, marks, bidi, CJK, surrogates)": (n) =>
    drawn(n, 5, (r) => {
      const ranges = [[0x1f600, 0x1f64f], [0x0300, 0x036f], [0x0590, 0x05ff], [0x4e00, 0x9fff], [0x202a, 0x202e], [0x0600, 0x06ff], [0x20, 0x7e], [0x2000, 0x206f]];
      const [lo, hi] = ranges[Math.floor(r() * ranges.length)];
      return String.fromCodePoint(lo + Math.floor(r() * (hi - lo + 1))) + (r() < 0.15 ? " " : "");
    }),
  "ellipses and dashes (word... — word)": (n) => repeat("Smith said... — and then “well…” ", n),
  // Found in review: an acronym after a slash looked back to the story's start for its bracket.
  "acronyms after slashes (x/AB) and more)": (n) => repeat("Word x/AB) and more ", n),
  // A year in each copyright line, all gathered for a yearless stamp: once spread into Math.max.
  "copyright lines under a yearless stamp": (n) => `Harbour Town Ledger\n\nPosted Nov 19, 6:51 AM\n\n${repeat("© 2019 Site\n", n - 60)}`,
  // Names a page gives itself ("Follow X"), each counted over the whole page.
  "self-naming lines (Follow Harbour N)": (n) => drawn(n, 6, (r) => `Follow Harbour ${Math.floor(r() * 1e6)}\n`),
  // One long run of marks inside a word of a title-case first paragraph: a trim regex retried at every mark.
  "one word of marks in a title-case headline": (n) => `The “Big Deal” a${"!".repeat(Math.max(0, n - 30))}b said.`,
  "a news-like paragraph repeated": (n) =>
    repeat('“We will not back down,” Sen. Jane Roe, a Democrat from Ohio, told reporters on Tuesday. Mr. Smith, who leads the committee, said the bill would pass. ', n),
  // Families of the second round: what an attacker or a messy corpus gives each stage (segment, dates,
  // bylines, datelines, credits, quote pairing, entity merging), none of them tried before.
  "thousands of byline lines (By X Y)": (n) => drawn(n, 7, (r) => `By ${FIRST[Math.floor(r() * 10)]} ${coined(r)}\n`),
  "thousands of date lines (Nov 19, 2019 6:51 AM)": (n) =>
    drawn(n, 8, (r) => `${["Jan", "Mar", "Nov", "Dec"][Math.floor(r() * 4)]} ${1 + Math.floor(r() * 28)}, ${1990 + Math.floor(r() * 35)} ${1 + Math.floor(r() * 12)}:${10 + Math.floor(r() * 50)} AM\n`),
  "dates inside one paragraph (on March 3, 2019, and ...)": (n) =>
    drawn(n, 9, (r) => `on ${["January", "March", "October"][Math.floor(r() * 3)]} ${1 + Math.floor(r() * 28)}, ${1990 + Math.floor(r() * 35)}, and `),
  "dateline paragraphs (WASHINGTON (AP) — ...)": (n) =>
    drawn(n, 10, (r) => `${coined(r).toUpperCase()}, ${coined(r)} (AP) — The ${coined(r)} said on Monday.\n\n`),
  "credit lines (Photo: X Y/AP)": (n) => drawn(n, 11, (r) => `Photo: ${FIRST[Math.floor(r() * 10)]} ${coined(r)}/AP\n`),
  "a repeated header line between paragraphs": (n) => drawn(n, 24, (r) => `Harbour Town Ledger\nThe ${coined(r)} market would grow, ${coined(r)} said.\n\n`),
  "all-caps headline lines (BREAKING NEWS TODAY)": (n) => drawn(n, 12, (r) => `${coined(r).toUpperCase()} ${coined(r).toUpperCase()} NEWS\n`),
  "CRLF line ends (news-like)": (n) => drawn(n, 25, (r) => `“We will not back down,” Sen. ${coined(r)} told reporters.\r\n\r\nMr. ${coined(r)} said the bill would pass.\r\n`),
  "CR-only line ends (a\\r)": (n) => repeat("a\r", n),
  "zero-width characters between letters": (n) => repeat("S\u200bm\u200bi\u200bt\u200bh\u200d said\u200c the\ufeff market\u2060 would grow. ", n),
  "one letter with endless combining marks": (n) => `Smith said a${"\u0301".repeat(Math.max(0, Math.floor((n - 20) / 2)))} b.`,
  "combining marks on every letter": (n) => repeat("S\u0301m\u0308i\u0327t\u0303h\u0301 s\u0301a\u0308i\u0327d\u0303 t\u0301h\u0308e\u0327 w\u0303o\u0301r\u0308d\u0327. ", n),
  "long URLs and e-mails (https://x.example/aaaa...)": (n) =>
    drawn(n, 13, (r) => `See https://www.${coined(r)}.example/${coined(r)}/${"a".repeat(Math.floor(r() * 2000))}?q=${coined(r)} or ${coined(r)}@${coined(r)}.com. `),
  "one enormous URL": (n) => `Smith said see https://x.example/${"ab/".repeat(Math.max(1, Math.floor((n - 40) / 3)))} now.`,
  "German marks in English („A,“ he said.)": (n) => drawn(n, 26, (r) => `„We will not give up,“ said ${coined(r)} Müller. „No“, said ${coined(r)}, „never.“\n\n`),
  "guillemets both ways («A», »B«)": (n) => repeat("«Nous allons gagner», a dit Jean Dupont. »Nein«, sagte er. «Oui»", n),
  "NYT-style quote marks (''A,'' he said.)": (n) => repeat("''We will win,'' Mr. Smith said. ``No,'' said Ms. Jones. ", n),
  "nested quotes in one paragraph (“A ‘B “C” B’ A”)": (n) => repeat("“He said ‘she told me “go” and left’ then,” Smith said. ", n),
  "one paragraph-long open quote with said inside": (n) => `“${repeat("the market would grow, he said, and Smith said so ", n)}`,
  "apostrophes everywhere (don't 'tis rock 'n' roll)": (n) => repeat("Smith's dog don't 'tis rock 'n' roll the '90s ma'am o'clock Jones' ", n),
  "table of numbers (12.5 | 13.2 | 14.1)": (n) => drawn(n, 14, (r) => `| ${(r() * 100).toFixed(1)} | ${(r() * 1e6).toFixed(0)} | ${(r() * 10).toFixed(2)} |\n`),
  "numbers with no words (1,234,567.89 ...)": (n) => drawn(n, 15, (r) => `${Math.floor(r() * 1e9).toLocaleString("en-US")}.${Math.floor(r() * 100)} `),
  "many distinct names with titles (Sen. Xyz Abc said)": (n) =>
    drawn(n, 16, (r) => `${["Sen.", "Gov.", "President", "Dr.", "Judge", "Minister"][Math.floor(r() * 6)]} ${coined(r)} ${coined(r)} said. `),
  "many distinct names, one sentence (Xyz Abc, Def Ghi, ...)": (n) => drawn(n, 17, (r) => `${coined(r)} ${coined(r)}, `),
  "title-case everything (The Quick Brown Fox ...)": (n) => drawn(n, 18, (r) => `${coined(r)} `),
  "surname echoes (Smith ... Smith ... Smith said)": (n) => drawn(n, 19, (r) => `${FIRST[Math.floor(r() * 10)]} ${coined(r)} met with ${coined(r)} and the people said ${coined(r)} was there. `),
  // Every person shares one surname: each bare "Smith" has every "X Smith" before it as a candidate.
  "many first names, one surname (Xyz Smith ... Mr. Smith said)": (n) =>
    drawn(n, 34, (r) => `${coined(r)} Smith went to the market. ${r() < 0.5 ? "Mr." : "Ms."} Smith said it would grow, and Smith left.\n\n`),
  // Two people share a surname and neither's first name tells the gender: each "Mr. Smith" asks both for theirs.
  "two namesakes told apart by Mr./Ms. (Zorban Smith, Alira Smith)": (n) =>
    repeat("Zorban Smith and Alira Smith met. Mr. Smith said yes. Ms. Smith said no. Smith left. ", n),
  // Thousands of organisations with the same initials, each followed by its acronym in brackets and alone.
  "many organisations of one acronym (Bxx Dxx Agency (BDA))": (n) =>
    drawn(n, 35, (r) => `The B${coined(r).slice(1).toLowerCase()} D${coined(r).slice(1).toLowerCase()} Agency (BDA) said the market would grow. The BDA left.\n\n`),
  // One person written in thousands of spellings (case, accents): one entity whose every alias is different.
  "one name in thousands of spellings (John Smíthérs, John SMithers)": (n) =>
    drawn(n, 36, (r) => {
      const surname = [..."Smithersonian"].map((ch, k) => (k === 0 ? ch : r() < 0.5 ? ch.toUpperCase() : r() < 0.3 ? `${ch}\u0301` : ch)).join("");
      return `John ${surname} said the market would grow. `;
    }),
  "pronoun chain (He said. She said. They said.)": (n) => repeat("John Smith arrived. He said it was fine. She said no. They said yes. It said so. ", n),
  "indirect speech chain (X said that Y said that ...)": (n) => drawn(n, 20, (r) => `${FIRST[Math.floor(r() * 10)]} ${LAST[Math.floor(r() * 10)]} said that `),
  "CJK without spaces (。)": (n) => drawn(n, 21, (r) => (r() < 0.05 ? "。" : r() < 0.03 ? "「" : r() < 0.03 ? "」" : String.fromCodePoint(0x4e00 + Math.floor(r() * 20000)))),
  "Arabic and Hebrew words with marks": (n) => repeat("قال محمد «نحن هنا». אמר דוד \"כן\". ", n),
  "emoji words and flags (👍🏽 🇺🇸 said)": (n) => repeat("👍🏽 Smith 🇺🇸 said “🎉🎉 great” 👨‍👩‍👧 today. ", n),
  "very long words in sentences (aaaa... said)": (n) => drawn(n, 22, (r) => `Smith said ${"w".repeat(1 + Math.floor(r() * 5000))}. `),
  "hyphen chains (a-b-c-d-...)": (n) => `Smith said ${"ab-".repeat(Math.max(1, Math.floor((n - 20) / 3)))}end.`,
  "sentence without end, capitalised words every few": (n) => drawn(n, 23, (r) => (r() < 0.3 ? `${coined(r)} ` : `${WORDS[Math.floor(r() * WORDS.length)]} `)),
  "quote marks around every word (“a” “b” ...)": (n) => repeat("“said” ", n),
  "close marks only (” ” ” said)": (n) => repeat("word” Smith said ” ", n),
  "dashes as quote marks (— A, he said.)": (n) => drawn(n, 27, (r) => `— We will win, said ${coined(r)}.\n\n— No, said ${coined(r)}.\n\n`),
  "a long menu of short lines, then one story paragraph": (n) =>
    `${drawn(n - 200, 30, (r) => `${coined(r)} ${coined(r)}\n`)}\nThe market would grow, ${coined(random(31))} said on Monday, and people went to Paris with Smith.\n`,
  "a page title repeated on every line (Big Deal | Ledger)": (n) =>
    `The Big Deal at Harbour | Ledger\n\n${drawn(n - 40, 32, (r) => (r() < 0.5 ? "The Big Deal at Harbour\n" : `The ${coined(r)} said the market would grow.\n`))}`,
  "dated lines opening paragraphs (Friday, June 12, 2015 On ...)": (n) =>
    drawn(n, 33, (r) => `Friday, June ${1 + Math.floor(r() * 28)}, ${1990 + Math.floor(r() * 35)} On the day ${coined(r)} said the market would grow.\n\n`),
  "tabs and spaces only lines": (n) => repeat("\t \t  \n", n),
  "one line of spaces then a word": (n) => `${" ".repeat(Math.max(0, n - 10))}Smith.`,
  "many blank lines between words": (n) => drawn(n, 28, (r) => `${coined(r)} said\n\n\n\n\n\n\n\n`),
  "form feeds and vertical tabs (\\f \\v)": (n) => drawn(n, 29, (r) => `${coined(r)} said the market would grow.\f\v${coined(r)} said no.\u2028\u2029`),
  // Unicode's own line and paragraph ends (NEL, LS, PS) and nothing else: none of them ends a line for newsx.
  "line ends as U+0085, U+2028, U+2029 only": (n) =>
    drawn(n, 37, (r) => `${coined(r)} said the market would grow.${["\u0085", "\u2028", "\u2029"][Math.floor(r() * 3)]}`),
  // Quote marks nested hundreds deep around one word, in every paragraph.
  "deeply nested quote marks (“‘“‘ ... A ... ’”’”)": (n) =>
    drawn(n, 38, (r) => {
      const depth = 50 + Math.floor(r() * 200);
      return `${"“‘".repeat(depth)}${coined(r)}${"’”".repeat(depth)} ${coined(r)} said.\n\n`;
    }),
  // One long line whose words stand apart by tabs and runs of spaces, not single spaces.
  "one line of words apart by tabs and double spaces": (n) =>
    drawn(n, 39, (r) => `${coined(r)}\t${WORDS[Math.floor(r() * WORDS.length)]}  ${r() < 0.1 ? "said. " : ""}`),
  // Families of the third round (hostile2): aimed at the costliest regexes and loops of each stage as read in src/.
  // The domain regex (pageDomains) on long dotted and hyphenated tokens that never end in a known TLD, or do late.
  "long dotted and hyphenated tokens (a-b.c-d.e-f...)": (n) =>
    drawn(n, 40, (r) => `${Array.from({ length: 5 + Math.floor(r() * 40) }, () => coined(r).toLowerCase() + (r() < 0.5 ? "-" : "")).join(".")}${r() < 0.3 ? ".co" : ""} said ${coined(r)}, and the people would grow the market. `),
  // E-mail and handle readers: '@' between every pair of words, no spaces.
  "at signs everywhere (a@b@c@... @@@)": (n) => drawn(n, 41, (r) => `${coined(r).toLowerCase()}${r() < 0.2 ? "@@@" : "@"}${r() < 0.05 ? `com said ${coined(r)}, and the people would grow the market. ` : ""}`),
  // Copyright readers: many '©' and years on one line, with holders between.
  "copyright marks on one line (© 2019 X © 2020 Y ...)": (n) =>
    drawn(n, 42, (r) => `© ${1990 + Math.floor(r() * 35)}${r() < 0.5 ? "-" + (2000 + Math.floor(r() * 25)) : ""} ${coined(r)} ${r() < 0.3 ? "Media LLC " : ""}${r() < 0.2 ? "All rights reserved. " : ""}`),
  // Date and time readers: long runs of digits and separators that look half like dates and times.
  "digits and separators (12/3-4.5:6,7 ...)": (n) =>
    drawn(n, 43, (r) => `${Math.floor(r() * 100)}${["/", "-", ".", ":", ",", " ", "–"][Math.floor(r() * 7)]}`),
  // Entity steps: one coordination list of thousands of organisations joined by commas and one "and".
  "coordination list of thousands (A of X, B of Y, ... and Z)": (n) =>
    `The deal was signed by ${drawn(n - 80, 44, (r) => `the ${coined(r)} ${["Bank", "Agency", "Council", "Group"][Math.floor(r() * 4)]} of ${coined(r)}, `)}and the ${coined(random(45))} Bank, officials said.`,
  // Entity steps: one long "of" chain ("the Office of the Bureau of the Department of ...").
  "long of chains (the Office of the Bureau of ...)": (n) =>
    drawn(n, 46, (r) => `the ${coined(r)} ${["Office", "Bureau", "Department", "Ministry", "Institute"][Math.floor(r() * 5)]} of ${r() < 0.02 ? "Smith said. " : ""}`),
  // Title readers: long chains of job titles before each name.
  "long title chains (Deputy Assistant Senior ... Xyz said)": (n) =>
    drawn(n, 47, (r) => `${Array.from({ length: 5 + Math.floor(r() * 60) }, () => ["Deputy", "Assistant", "Senior", "Vice", "Acting", "Chief", "Executive", "Associate", "Secretary", "General", "Director", "Minister", "President", "Sen.", "Gov.", "Dr."][Math.floor(r() * 16)]).join(" ")} ${coined(r)} ${coined(r)} said. `),
  // Name readers: names of dozens of hyphenated parts.
  "long hyphenated names (Xyz-Abc-Def-... said)": (n) =>
    drawn(n, 48, (r) => `${Array.from({ length: 2 + Math.floor(r() * 200) }, () => coined(r)).join("-")} said the market would grow. `),
  // Acronym steps: thousands of distinct organisations, each defined once in brackets and used again later.
  "distinct acronyms defined in brackets (Xyz Abc Def (XAD))": (n) =>
    drawn(n, 49, (r) => {
      const words = Array.from({ length: 2 + Math.floor(r() * 4) }, () => coined(r));
      return `The ${words.join(" ")} (${words.map((w) => w[0]).join("")}${Math.floor(r() * 100)}) met ${r() < 0.5 ? "the" : "a"} ${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}. `;
    }),
  // Quote steps: a transcript, a speaker's label on every line ("SMITH: ...").
  "transcript labels on every line (XYZ: ... )": (n) =>
    drawn(n, 50, (r) => `${coined(r).toUpperCase()}${r() < 0.5 ? " " + coined(r).toUpperCase() : ""}: ${r() < 0.3 ? "“" : ""}We will ${WORDS[Math.floor(r() * WORDS.length)]} the market, he said.${r() < 0.3 ? "”" : ""}\n`),
  // Quote steps: thousands of distinct speakers, each quoted once with an affiliation, in one paragraph.
  "thousands of speakers in one paragraph (“A,” said X Y, the Z of W.)": (n) =>
    drawn(n, 51, (r) => `“${WORDS[Math.floor(r() * WORDS.length)]} ${WORDS[Math.floor(r() * WORDS.length)]},” said ${coined(r)} ${coined(r)}, the ${["head", "chief", "spokesman"][Math.floor(r() * 3)]} of ${coined(r)}. He added: “${coined(r)}.” `),
  // Colons and dashes as attribution marks on every few words, no quote marks.
  "colons and dashes everywhere (Xyz: word — Abc: word —)": (n) => drawn(n, 52, (r) => `${coined(r)}: ${WORDS[Math.floor(r() * WORDS.length)]} ${["—", "–", "-", ":", "--"][Math.floor(r() * 5)]} `),
  // Encoding: text as UTF-16LE without a BOM read as 8-bit (a NUL after every character).
  "NUL after every character (UTF-16 without BOM)": (n) =>
    drawn(n, 53, (r) => [...`${coined(r)} said the market would grow. `].map((c) => `${c}\u0000`).join("")),
  // The language detector: every word from another language, Latin script throughout.
  "language soup (a word of another language each)": (n) =>
    drawn(n, 54, (r) => `${["und", "der", "el", "los", "le", "les", "het", "een", "och", "att", "ja", "ei", "the", "said", "że", "và", "şu", "için", "dass", "que"][Math.floor(r() * 20)]} ${r() < 0.2 ? coined(r) + ". " : ""}`),
  // Boilerplate detection: one menu line of thousands of items apart by pipes and bullets.
  "one menu line of thousands of items (Home | News | ...)": (n) =>
    `Harbour Ledger\n${drawn(n - 120, 55, (r) => `${coined(r)} ${["|", "•", "·", "»", "/"][Math.floor(r() * 5)]} `)}\n\nThe market would grow, Jane Roe said on Monday.\n`,
  // Layout: two columns of text side by side, apart by wide runs of spaces.
  "two-column layout (text      text)": (n) =>
    drawn(n, 56, (r) => `The ${coined(r)} market would grow, ${coined(r)} said.${" ".repeat(5 + Math.floor(r() * 40))}“No,” said ${coined(r)} ${coined(r)} on Monday.\n`),
  // Wire credits in brackets after every word ("(AP) (Reuters) ...") and datelines in a row.
  "wire credits in brackets everywhere ((AP) (Reuters) ...)": (n) =>
    drawn(n, 57, (r) => `${r() < 0.3 ? coined(r).toUpperCase() + " " : ""}(${["AP", "Reuters", "AFP", "UPI", "dpa", "Xinhua"][Math.floor(r() * 6)]}) ${r() < 0.3 ? "— " : ""}${r() < 0.2 ? `the market would grow, ${coined(r)} said. ` : ""}`),
  // Attribution phrases chained ("according to X, according to Y, ...").
  "according-to chains (according to X, who told Y, ...)": (n) =>
    drawn(n, 58, (r) => `according to ${coined(r)} ${coined(r)}, who told ${["reporters", "the " + coined(r), coined(r)][Math.floor(r() * 3)]} ${r() < 0.05 ? "that the market would grow. " : ""}`),
  // Speaker steps: one quote said by thousands of people joined in one list.
  "one quote, thousands of speakers (“Yes,” said A B, C D, ... and Z)": (n) =>
    `“We will win,” said ${drawn(n - 60, 59, (r) => `${coined(r)} ${coined(r)} of the ${WORDS[Math.floor(r() * WORDS.length)]} market, `)}and Jane Roe.`,
  // Name merging: one surname written with look-alike letters of other scripts (Cyrillic і, о, а; Greek ο).
  "look-alike letters in names (Smіth, Smitһ, Ѕmith)": (n) =>
    drawn(n, 60, (r) => {
      const name = [..."Johnson"].map((ch) => (r() < 0.3 ? ({ o: "\u043e", h: "\u04bb", n: "\u0578", J: "\u0408", s: "\u0455" })[ch] ?? ch : ch)).join("");
      return `${coined(r)} ${name} said the market would grow. Mr. ${name} left.\n\n`;
    }),
  // Quote steps: quotes cut again and again by dashes and attribution, a long paragraph of them.
  "quotes cut by dashes and attribution (“A — B,” he said, “C — D.”)": (n) =>
    drawn(n, 61, (r) => `“We will ${WORDS[Math.floor(r() * WORDS.length)]} — ${coined(r)} — the market,” ${coined(r)} ${coined(r)} said, “and then — ” — ${r() < 0.5 ? "he" : "she"} stopped — “no.” `),
  // Boilerplate and list detection: thousands of bullet lines, each a short sentence with a speaker.
  "bullet lists (• Xyz said ...)": (n) => drawn(n, 62, (r) => `${["•", "-", "*", "·", "1."][Math.floor(r() * 5)]} ${coined(r)} ${coined(r)} said the market would grow\n`),
  // Speaker steps: each quote's speaker is "the" and a chain of title words no other quote uses, its holder named
  // with the same chain before: every new title was a scan of all the piece's people (100 s of CPU per MB).
  "different title chains as speakers (“A,” the deputy chief envoy said.)": (n) =>
    drawn(n, 64, (r) => {
      const titles = ["deputy", "chief", "executive", "secretary", "general", "director", "minister", "president", "spokesman", "commissioner", "chairman", "governor", "senator", "mayor", "ambassador", "envoy", "admiral", "colonel", "judge", "counsel", "adviser", "inspector", "manager", "officer", "coach", "captain", "sheriff"];
      const chain = Array.from({ length: 2 + Math.floor(r() * 5) }, () => titles[Math.floor(r() * titles.length)]);
      return `${chain.map((t) => t[0].toUpperCase() + t.slice(1)).join(" ")} ${coined(r)} ${coined(r)} met the people. “We will win,” the ${chain.join(" ")} said.\n\n`;
    }),
  // Interview format: Q: and A: on alternate lines, names only in the first line.
  "interview format (Q: ... A: ...)": (n) =>
    `Jane Roe spoke to John Doe.\n\n${drawn(n - 40, 63, (r) => `Q: Will the ${coined(r)} market grow?\n\nA: ${r() < 0.5 ? "Yes" : "No"}, the ${coined(r)} people said it would.\n\n`)}`,
};

function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`--sizes: cannot read "${s}" (use e.g. 100k, 1m, 5m)`);
  return Math.round(Number(m[1]) * { "": 1, k: 1e3, m: 1e6 }[m[2].toLowerCase()]);
}

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Child mode: analyse one family at one size and print one JSON line. */
async function child(name, bytes) {
  const { extract } = await import("../dist/index.js");
  const text = FAMILIES[name](bytes);
  const before = process.cpuUsage();
  const story = extract(text);
  const used = process.cpuUsage(before);
  const total = process.cpuUsage();
  console.log(JSON.stringify({
    cpu: (used.user + used.system) / 1e6, processCpu: (total.user + total.system) / 1e6,
    rssMiB: process.resourceUsage().maxRSS / 1024, bytes: Buffer.byteLength(text),
    paragraphs: story.paragraphs.length, quotes: story.quotes.length, entities: story.entities.length, language: story.meta.language,
  }));
}

/** `--cli`: the command line on one family at one size, as `newsx extract --jsonl` of a file. */
function cliCommand(name, bytes) {
  const dir = mkdtempSync(join(tmpdir(), "newsx-adversarial-"));
  const file = join(dir, fileName(name, bytes));
  writeFileSync(file, FAMILIES[name](bytes));
  const bin = fileURLToPath(new URL("../bin/newsx.js", import.meta.url));
  // GNU time's own line, last on stderr: user and system seconds, peak RSS in KiB.
  const script = `/usr/bin/time -f "adversarial-rusage %U %S %M" "$0" "$@" > /dev/null; code=$?; rm -rf "${dir}"; exit $code`;
  const command = (option("--command") ?? "extract --jsonl").split(/\s+/).filter(Boolean);
  return { args: [script, process.execPath, bin, ...command, "--timeout", "0", file], env: { ...process.env, NEWSX_NO_SNAPSHOT: "1" } };
}

/** Runs one family at one size in a child process, stopped after `limit` CPU seconds. */
function run(name, bytes, limit, cli) {
  return new Promise((resolve) => {
    const command = cli ? cliCommand(name, bytes) : { args: [`exec "$0" "$@"`, process.execPath, SELF, "--child", name, String(bytes)], env: process.env };
    const [script, ...rest] = command.args;
    const proc = spawn("bash", ["-c", `ulimit -t ${limit}; ${script}`, ...rest], {
      stdio: ["ignore", "pipe", "pipe"],
      env: command.env,
    });
    let out = "";
    let err = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.stderr.on("data", (d) => (err += d));
    proc.on("close", (code, signal) => {
      try {
        const usage = /adversarial-rusage ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err);
        if (cli && code === 0 && usage) return resolve({ cpu: Number(usage[1]) + Number(usage[2]), rssMiB: Number(usage[3]) / 1024 });
        if (!cli && code === 0) return resolve(JSON.parse(out));
      } catch { /* reported below */ }
      const why = signal === "SIGXCPU" || signal === "SIGKILL" ? `over ${limit} s`
        : /heap out of memory|Allocation failed/.test(err) ? "out of memory"
        : /Maximum call stack/.test(err) ? "stack overflow"
        : (err.trim().split("\n").find((l) => /Error/.test(l)) ?? `exit ${code}`);
      resolve({ failed: why.slice(0, 60) });
    });
  });
}

function sizeLabel(bytes) {
  return bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`;
}

/** `--write DIR`: each chosen family at each size as a file of its own, to run the CLI on (`--cli` does). */
function chosen() {
  const sizes = (option("--sizes") ?? "100k,1m,5m").split(",").map(parseSize);
  const only = option("--only")?.split(",").map((w) => w.toLowerCase());
  const names = Object.keys(FAMILIES).filter((n) => !only || only.some((w) => n.toLowerCase().includes(w)));
  return { sizes, names };
}

function fileName(name, bytes) {
  return `${name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40)}-${sizeLabel(bytes).replace(" ", "")}.txt`;
}

function writeInputs(dir) {
  const { sizes, names } = chosen();
  mkdirSync(dir, { recursive: true });
  for (const name of names) for (const bytes of sizes) {
    const path = join(dir, fileName(name, bytes));
    writeFileSync(path, FAMILIES[name](bytes));
    console.log(path);
  }
}

async function main() {
  if (process.argv[2] === "--child") return child(process.argv[3], Number(process.argv[4]));
  const writeTo = option("--write");
  if (writeTo) return writeInputs(writeTo);
  if (process.argv.includes("--list")) {
    for (const name of Object.keys(FAMILIES)) console.log(name);
    return;
  }
  const sizes = (option("--sizes") ?? "100k,1m,5m").split(",").map(parseSize);
  const only = option("--only")?.split(",").map((w) => w.toLowerCase());
  const limit = Number(option("--limit") ?? 120);
  const names = Object.keys(FAMILIES).filter((n) => !only || only.some((w) => n.toLowerCase().includes(w)));
  const problems = [];
  console.log(`| family | ${sizes.map((s) => `${sizeLabel(s)} cpu s / peak MiB`).join(" | ")} | worst s per MB | growth |`);
  console.log(`|---|${sizes.map(() => "---:").join("|")}|---:|---|`);
  for (const name of names) {
    const results = [];
    for (const bytes of sizes) results.push(await run(name, bytes, limit, process.argv.includes("--cli")));
    const cells = results.map((r) => (r.failed ? r.failed : `${r.cpu.toFixed(2)} / ${r.rssMiB.toFixed(0)}`));
    let worstPerMB = 0;
    const growth = [];
    results.forEach((r, i) => {
      if (r.failed) {
        problems.push(`${name} at ${sizeLabel(sizes[i])}: ${r.failed}`);
        return;
      }
      const mb = sizes[i] / 1e6;
      // Below 1 MB, start-up and JIT warm-up dominate; the per-MB bound is judged from 1 MB up.
      if (mb >= 1) worstPerMB = Math.max(worstPerMB, r.cpu / mb);
      if (mb >= 5 && r.rssMiB > 100 + 50 * mb) problems.push(`${name} at ${sizeLabel(sizes[i])}: ${r.rssMiB.toFixed(0)} MiB peak RSS`);
      const prev = results[i - 1];
      if (i > 0 && prev && !prev.failed) {
        const ratio = r.cpu / Math.max(prev.cpu, 0.05);
        const sizeRatio = sizes[i] / sizes[i - 1];
        growth.push(`${ratio.toFixed(1)}x`);
        if (mb >= 1 && ratio > 1.2 * sizeRatio) problems.push(`${name}: ${ratio.toFixed(1)}x the CPU for ${sizeRatio}x the size`);
      }
    });
    if (worstPerMB > 20) problems.push(`${name}: ${worstPerMB.toFixed(1)} s of CPU per MB`);
    console.log(`| ${name} | ${cells.join(" | ")} | ${worstPerMB.toFixed(1)} | ${growth.join(", ")} |`);
  }
  console.log(problems.length === 0 ? "\nall families within the targets" : `\n${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

await main();
