/**
 * A tiny pool of worker threads for the eval harness: every story is analysed once, in parallel, before
 * scoring (which is cheap and stays in the main thread).
 */
import { Worker } from "node:worker_threads";

/** Runs `jobs` ({id, text, baseline}) on `size` workers; resolves to a Map id -> result. */
export function analyseAll(jobs, { size, distEntry }) {
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
    for (let i = 0; i < Math.min(size, jobs.length); i++) {
      const worker = new Worker(workerUrl, { workerData: { distEntry } });
      workers.push(worker);
      worker.on("message", (result) => {
        results.set(result.id, result);
        done++;
        if (done === jobs.length) finish();
        else feed(worker);
      });
      worker.on("error", finish);
      feed(worker);
    }
  });
}
