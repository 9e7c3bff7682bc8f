/**
 * A tiny pool of worker threads for the eval harness: every story is analysed once, in parallel, before
 * scoring (which is cheap and stays in the main thread).
 */
import { Worker } from "node:worker_threads";

/**
 * Runs `kind` ("newsx" or "compromise", see analyse-worker.js) on every job ({id, text}) with `size`
 * workers; resolves to a Map id -> { result, crash, ms }.
 */
export function runPool(kind, jobs, { size, distEntry, timeoutMs = 60_000 }) {
  const results = new Map();
  if (jobs.length === 0) return Promise.resolve(results);
  const workerUrl = new URL("./analyse-worker.js", import.meta.url);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const workers = new Set();
    const finish = (error) => {
      for (const w of workers) void w.terminate();
      workers.clear();
      if (error) {
        failed = true;
        reject(error);
      } else resolve(results);
    };
    const record = (message) => {
      results.set(message.id, message);
      done++;
      if (done === jobs.length) finish();
    };
    const start = () => {
      const worker = new Worker(workerUrl, { workerData: { kind, distEntry } });
      workers.add(worker);
      let job = null;
      let timer = null;
      const feed = () => {
        if (next >= jobs.length) return;
        job = jobs[next++];
        const started = Date.now();
        // A story that never finishes (a runaway loop) is recorded as a crash; its worker is replaced.
        timer = setTimeout(() => {
          workers.delete(worker);
          void worker.terminate();
          record({ id: job.id, result: null, crash: `no result after ${timeoutMs / 1000} s`, ms: Date.now() - started });
          if (!failed && done < jobs.length && next < jobs.length) start();
        }, timeoutMs);
        worker.postMessage(job);
      };
      worker.on("message", (message) => {
        clearTimeout(timer);
        record(message);
        if (done < jobs.length) feed();
      });
      worker.on("error", (error) => {
        clearTimeout(timer);
        if (!failed) finish(error);
      });
      feed();
    };
    for (let i = 0; i < Math.max(1, Math.min(size, jobs.length)); i++) start();
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
