/**
 * The yardstick of `npm run bench`: what a user would write instead of newsx, a short script over compromise.
 *   node plain-compromise.js story.txt             people and quotations of one story (cold start)
 *   node plain-compromise.js --all folder/ ...     people, places, organizations and quotations, per story
 * One JSON line per story on stdout.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";

const args = process.argv.slice(2);
const all = args.includes("--all");

function* files(path) {
  if (!statSync(path).isDirectory()) return yield path;
  for (const name of readdirSync(path).sort()) {
    const child = join(path, name);
    if (statSync(child).isDirectory()) yield* files(child);
    else if (name.endsWith(".txt")) yield child;
  }
}

for (const arg of args.filter((a) => a !== "--all")) {
  for (const file of files(arg)) {
    const doc = nlp(readFileSync(file, "utf8"));
    const out = { file, people: doc.people().out("array"), quotations: doc.quotations().out("array") };
    if (all) {
      out.places = doc.places().out("array");
      out.organizations = doc.organizations().out("array");
    }
    process.stdout.write(JSON.stringify(out) + "\n");
  }
}
