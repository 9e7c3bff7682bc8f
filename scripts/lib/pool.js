/**
 * A tiny pool of worker threads for the eval harness: every story is analysed once, in parallel, before
 * scoring (which is cheap and stays in the main thread).
 */
import { Worker } from "node:worker_threads";

/**
 * Runs `kind` ("newsx" or "compromise", see analyse-worker.js) on every job ({id, text}) with `size`
 * workers; resolves to a Map id -> { result, crash, ms }.
 */
export function runPool(kind, jobs, { size, distEntry }) {
  const results = new Map();
  if (jobs.length === 0) return Promise.resolve(results);
  const workerUrl = new URL("./analyse-worker.js", import.meta.url);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    const workers = [];
    const finish = (error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker) => {
      if (next < jobs.length) worker.postMessage(jobs[next++]);
    };
    for (let i = 0; i < Math.max(1, Math.min(size, jobs.length)); i++) {
      const worker = new Worker(workerUrl, { workerData: { kind, distEntry } });
      workers.push(worker);
      worker.on("message", (message) => {
        results.set(message.id, message);
        done++;
        if (done === jobs.length) finish();
        else feed(worker);
      });
      worker.on("error", finish);
      feed(worker);
    }
  });
}

/**
 * newsx and (when `baseline`) the compromise baseline on every job, in separate workers running at the same
 * time: `size` threads in all, at least one of each kind. Resolves to a Map id -> { newsx, crash, baseline,
 * ms: { newsx, compromise } }.
 */
export async function analyseAll(jobs, { size, distEntry, baseline }) {
  const newsxSize = baseline ? Math.max(1, Math.ceil(size / 2)) : size;
  const [ours, theirs] = await Promise.all([
    runPool("newsx", jobs, { size: newsxSize, distEntry }),
    baseline ? runPool("compromise", jobs, { size: Math.max(1, size - newsxSize), distEntry }) : new Map(),
  ]);
  const merged = new Map();
  for (const { id } of jobs) {
    const n = ours.get(id);
    const c = theirs.get(id);
    merged.set(id, {
      newsx: n.result,
      crash: n.crash,
      baseline: c ? c.result : null,
      baselineCrash: c ? c.crash : null,
      ms: { newsx: n.ms, compromise: c ? c.ms : 0 },
    });
  }
  return merged;
}
