/**
 * `npm run bench`: newsx against Node itself and against a plain compromise script, side by side, in one run
 * on this machine. Not a test: it prints figures (and a Markdown table for docs/bench.md).
 *
 *   node scripts/bench.js [--files N] [--runs R] [--jobs J] [--keep] [--cold] [--no-tarball]
 *
 *   --files N   corpus size: the .txt stories of ../shared/gold/polnear, repeated to N files (default 10000)
 *   --runs R    cold-start runs of each command; the median is reported (default 7)
 *   --jobs J    "all cores" job count (default: the number of cores)
 *   --keep      keep the corpus folder (its path is printed)
 *   --cold      cold start only (a): no corpus, no throughput
 *   --no-tarball  leave out the installed tarball's cold starts (they need npm and take a snapshot build per run)
 *
 * Measures (a) cold start of `newsx quotes <seed story>` vs `node -e 1` vs the plain script, from this clone
 * and from the package as a registry user gets it (`npm pack`, installed into a new project): its first run,
 * with an empty snapshot cache, and a later run, once the snapshot its first run started building is there
 * (src/cli/snapshot-cache.ts; each round has a new cache); (b) words per
 * second of `newsx extract --jsonl` with one job and with all cores vs the plain script doing people, places,
 * organizations and quotations over the same files; (c) peak RSS of each, and of newsx on 100 stories vs
 * the whole corpus. Peak RSS and CPU come from /usr/bin/time when present, else from /proc/<pid>/status.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, linkSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const GOLD = resolve(ROOT, "../shared/gold/polnear");
const SEED = join(ROOT, "fixtures/kremlin-cheers-obama.txt");
/** What `npm install` puts on the PATH as `newsx`: the shell launcher, which starts Node from the snapshot. */
const LAUNCHER = join(ROOT, "bin/newsx");
/** The portable start (`node bin/newsx.js`), which has to re-launch Node to use the snapshot. */
const PORTABLE = join(ROOT, "bin/newsx.js");
const PLAIN = join(ROOT, "scripts/bench/plain-compromise.js");
const TIME = "/usr/bin/time";

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number, got ${process.argv[at + 1]}`);
  return value;
}

const FILES = option("--files", 10_000);
const RUNS = option("--runs", 7);
const CORES = availableParallelism();
const JOBS = option("--jobs", CORES);
const KEEP = process.argv.includes("--keep");
const COLD_ONLY = process.argv.includes("--cold");
const TARBALL = !process.argv.includes("--no-tarball");
/** newsx without its startup snapshot (src/cli/launch.ts), to show what the snapshot saves. */
const NO_SNAPSHOT = { ...process.env, NEWSX_NO_SNAPSHOT: "1" };

/** Runs a command with stdout discarded; resolves to {wall, cpu (s), rss (MiB), code}. */
function measure(command, args, env = process.env) {
  const useTime = existsSync(TIME);
  const [file, argv] = useTime ? [TIME, ["-f", "%e %U %S %M", command, ...args]] : [command, args];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    let peakKb = 0;
    // Without /usr/bin/time: sample the high-water mark the kernel keeps for the process.
    const sampler = useTime
      ? null
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (match) peakKb = Math.max(peakKb, Number(match[1]));
          } catch {
            // The process has just ended.
          }
        }, 20);
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => {
      if (sampler) clearInterval(sampler);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (!useTime) return done({ wall, cpu: NaN, rss: peakKb / 1024, code });
      const last = stderr.trim().split("\n").pop() ?? "";
      const [, user, sys, maxKb] = last.split(" ").map(Number);
      done({ wall, cpu: user + sys, rss: maxKb / 1024, code });
    });
  });
}

/** The package packed as it is (dist/ built) and installed with npm into a new project under `dir`. */
function installTarball(dir) {
  const run = (command, args, cwd) => {
    const result = spawnSync(command, args, { cwd, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${(result.stderr || "").trim().split("\n").pop()}`);
    return result.stdout;
  };
  const [{ filename }] = JSON.parse(run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT));
  const project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "bench", version: "1.0.0", private: true }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(dir, filename)], project);
  return { bin: join(project, "node_modules/.bin/newsx"), root: realpathSync(join(project, "node_modules/newsx")) };
}

/** Waits until the background snapshot build of an installed package (its lock file) has ended; seconds waited. */
async function snapshotBuilt(cacheFilesOf) {
  const started = process.hrtime.bigint();
  while (existsSync(cacheFilesOf.lock)) await new Promise((done) => setTimeout(done, 100));
  if (!existsSync(cacheFilesOf.ok)) console.log(`  (the installed package's snapshot was not built: ${existsSync(cacheFilesOf.failed) ? readFileSync(cacheFilesOf.failed, "utf8").trim() : "no reason left"})`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

/** N story files under `dir` (1,000 per folder), made from the gold stories in turn. */
function buildCorpus(dir, count) {
  const seeds = readdirSync(GOLD).filter((n) => n.endsWith(".txt")).sort();
  if (seeds.length === 0) throw new Error(`no .txt stories in ${GOLD}`);
  let words = 0;
  const wordsOf = new Map();
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const target = join(folder, `${String(i).padStart(6, "0")}-${seed}`);
    try {
      linkSync(join(GOLD, seed), target); // cheap, and the same bytes
    } catch {
      copyFileSync(join(GOLD, seed), target);
    }
    if (!wordsOf.has(seed)) wordsOf.set(seed, readFileSync(join(GOLD, seed), "utf8").split(/\s+/).filter(Boolean).length);
    words += wordsOf.get(seed);
  }
  return words;
}

async function main() {
  if (!existsSync(GOLD)) throw new Error(`the gold stories are not at ${GOLD} (expected ../shared/gold/polnear next to the repo)`);
  const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`newsx bench: ${CORES} cores, Node ${process.version}, load average ${load()}`);
  console.log(`corpus: ${FILES} files from ${GOLD}; cold start: median of ${RUNS} runs\n`);

  // (a) cold start, the three commands interleaved so that a busy moment hurts them alike.
  const cold = { node: [], plain: [], newsx: [], newsxPortable: [], newsxMeta: [], newsxNoSnapshot: [], newsxMetaNoSnapshot: [], installedFirst: [], installedLater: [] };
  const tarballDir = TARBALL ? mkdtempSync(join(tmpdir(), "newsx-bench-tarball-")) : undefined;
  const installed = tarballDir ? installTarball(tarballDir) : undefined;
  const { cacheFiles } = await import("../dist/cli/snapshot-cache.js");
  const buildWaits = [];
  for (let r = 0; r < RUNS; r++) {
    if (installed) {
      // A new cache each round: the first run finds none and starts the build; the wait lets it end before
      // anything else is measured, then the later run starts from it.
      const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tarballDir, "cache-")) };
      cold.installedFirst.push(await measure(installed.bin, ["quotes", SEED], env));
      buildWaits.push(await snapshotBuilt(cacheFiles(installed.root, env)));
      cold.installedLater.push(await measure(installed.bin, ["quotes", SEED], env));
    }
    cold.node.push(await measure(process.execPath, ["-e", "1"]));
    cold.plain.push(await measure(process.execPath, [PLAIN, SEED]));
    cold.newsx.push(await measure(LAUNCHER, ["quotes", SEED]));
    cold.newsxPortable.push(await measure(process.execPath, [PORTABLE, "quotes", SEED]));
    cold.newsxMeta.push(await measure(LAUNCHER, ["meta", SEED]));
    cold.newsxNoSnapshot.push(await measure(LAUNCHER, ["quotes", SEED], NO_SNAPSHOT));
    cold.newsxMetaNoSnapshot.push(await measure(LAUNCHER, ["meta", SEED], NO_SNAPSHOT));
  }
  const coldRow = (name, runs) => ({
    name,
    wall: median(runs.map((m) => m.wall)),
    cpu: median(runs.map((m) => m.cpu)),
    rss: median(runs.map((m) => m.rss)),
  });
  const coldRows = [
    coldRow("node -e 1", cold.node),
    coldRow("plain compromise script (people, quotations)", cold.plain),
    coldRow("newsx quotes", cold.newsx),
    coldRow("node bin/newsx.js quotes (re-launches Node)", cold.newsxPortable),
    coldRow("newsx meta", cold.newsxMeta),
    coldRow("newsx quotes, NEWSX_NO_SNAPSHOT=1", cold.newsxNoSnapshot),
    coldRow("newsx meta, NEWSX_NO_SNAPSHOT=1", cold.newsxMetaNoSnapshot),
    ...(installed
      ? [coldRow("installed tarball: newsx quotes, first run (starts the snapshot build)", cold.installedFirst),
        coldRow("installed tarball: newsx quotes, a later run (cached snapshot)", cold.installedLater)]
      : []),
  ];
  if (tarballDir) rmSync(tarballDir, { recursive: true, force: true });
  const plainCpu = coldRows[1].cpu;
  const plainCold = coldRows[1].wall;
  console.log("(a) cold start on the seed story");
  for (const row of coldRows) {
    console.log(`  ${row.name.padEnd(46)} ${fmt(row.wall)} s wall  ${fmt(row.cpu)} s cpu  ${fmt(row.rss, 0)} MiB  ${fmt(row.wall / plainCold)}x plain (cpu ${fmt(row.cpu / plainCpu)}x)`);
  }
  if (installed) {
    const later = coldRows[coldRows.length - 1];
    console.log(`  the background snapshot build ended ${fmt(median(buildWaits), 1)} s (median) after the first run`);
    console.log(`  installed later run / clone newsx quotes: ${fmt(later.wall / coldRows[2].wall)} wall, ${fmt(later.cpu / coldRows[2].cpu)} cpu (target <= 1.2)`);
    console.log(`  installed later run / plain script: ${fmt(later.wall / plainCold)} wall, ${fmt(later.cpu / plainCpu)} cpu (target <= 0.6)`);
  }
  if (COLD_ONLY) {
    console.log(`\nload average at the end: ${load()}\n\n| run | wall s | cpu s | peak RSS MiB | vs plain |\n| --- | ---: | ---: | ---: | ---: |`);
    for (const row of coldRows) console.log(`| cold: ${row.name} | ${fmt(row.wall)} | ${fmt(row.cpu)} | ${fmt(row.rss, 0)} | ${fmt(row.wall / plainCold)}x (cpu ${fmt(row.cpu / plainCpu)}x) |`);
    return;
  }

  // (b) throughput over the corpus, and (c) peak RSS.
  const dir = mkdtempSync(join(tmpdir(), "newsx-bench-"));
  try {
    const words = buildCorpus(join(dir, "all"), FILES);
    const small = Math.min(100, FILES);
    buildCorpus(join(dir, "small"), small);
    console.log(`\n(b) throughput over ${FILES} files, ${words} words`);
    const runs = [
      ["plain compromise script (people, places, orgs, quotations)", [process.execPath, PLAIN, "--all", join(dir, "all")]],
      ["newsx extract --jsonl --jobs 1", [LAUNCHER, "extract", "--jsonl", "--jobs", "1", join(dir, "all")]],
      [`newsx extract --jsonl --jobs ${JOBS}`, [LAUNCHER, "extract", "--jsonl", "--jobs", String(JOBS), join(dir, "all")]],
    ];
    const through = [];
    for (const [name, [command, ...args]] of runs) {
      const m = await measure(command, args);
      if (m.code !== 0) console.log(`  (${name} exited ${m.code})`);
      through.push({ name, ...m, wps: words / m.wall });
      console.log(`  ${name.padEnd(60)} ${fmt(m.wall, 1)} s  ${Math.round(words / m.wall)} words/s  ${fmt(m.cpu, 1)} s cpu (${Math.round(words / m.cpu)} words/cpu-s)  ${fmt(m.rss, 0)} MiB peak`);
    }
    const smallRun = await measure(LAUNCHER, ["extract", "--jsonl", "--jobs", String(JOBS), join(dir, "small")]);
    console.log(`\n(c) peak RSS of newsx extract --jobs ${JOBS}: ${small} files ${fmt(smallRun.rss, 0)} MiB, ${FILES} files ${fmt(through[2].rss, 0)} MiB`);

    const [plain, one, all] = through;
    const targets = [
      ["cold start newsx quotes / plain script", coldRows[2].wall / plainCold, "<= 0.5"],
      ["throughput 1 job / plain script", one.wps / plain.wps, ">= 1.0"],
      [`throughput ${JOBS} jobs / 1 job`, all.wps / one.wps, ">= 1.8 on 2 cores"],
      [`peak RSS ${FILES} files / ${small} files`, all.rss / smallRun.rss, "<= 1.2"],
    ];
    // On a busy machine wall time says more about the neighbours than about newsx: CPU time does not.
    const cpuTargets = [
      ["cpu per word, plain script / newsx 1 job", plain.cpu / one.cpu, "(>= 1.0: newsx needs less CPU)"],
      [`cpu, ${JOBS} jobs / 1 job (pool overhead)`, all.cpu / one.cpu, "(1.0 = no overhead)"],
    ];
    console.log("\ntargets");
    for (const [name, ratio, target] of targets) console.log(`  ${name.padEnd(44)} ${fmt(ratio)}  (target ${target})`);
    for (const [name, ratio, note] of cpuTargets) console.log(`  ${name.padEnd(44)} ${fmt(ratio)}  ${note}`);
    console.log(`\nload average at the end: ${load()}`);

    console.log("\nMarkdown for docs/bench.md:\n");
    console.log(`${CORES} cores, Node ${process.version}, ${FILES} files (${words} words).\n`);
    console.log("| run | wall s | cpu s | peak RSS MiB | vs plain |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    for (const row of coldRows) console.log(`| cold: ${row.name} | ${fmt(row.wall)} | ${fmt(row.cpu)} | ${fmt(row.rss, 0)} | ${fmt(row.wall / plainCold)}x (cpu ${fmt(row.cpu / plainCpu)}x) |`);
    for (const row of through) {
      console.log(`| ${row.name}: ${Math.round(row.wps)} words/s (${Math.round(words / row.cpu)} per cpu-s) | ${fmt(row.wall, 1)} | ${fmt(row.cpu, 1)} | ${fmt(row.rss, 0)} | ${fmt(row.wps / plain.wps)}x |`);
    }
    console.log(`| newsx extract --jobs ${JOBS}, ${small} files | ${fmt(smallRun.wall, 1)} | ${fmt(smallRun.cpu, 1)} | ${fmt(smallRun.rss, 0)} | |`);
    console.log("\n| target | measured | wanted |\n| --- | ---: | --- |");
    for (const [name, ratio, target] of [...targets, ...cpuTargets]) console.log(`| ${name} | ${fmt(ratio)} | ${target} |`);
  } finally {
    if (KEEP) console.log(`\ncorpus kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
