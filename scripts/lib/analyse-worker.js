/**
 * Worker thread of the eval harness. A worker does ONE job kind, given in workerData.kind:
 * - "newsx": runs extract() from dist/, reported speech included (the eval scores it);
 * - "compromise": runs the plain-compromise baseline.
 * They must not share a thread: compromise is one module instance per thread, and newsx extends it with
 * its own lexicon (nlp.plugin), which would leak into the "plain" baseline.
 * Messages in: { id, text }; out: { id, result, crash, ms }.
 */
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const run =
  workerData.kind === "newsx"
    ? ((extract) => (text) => extract(text, { indirect: true }))((await import(pathToFileURL(workerData.distEntry).href)).extract)
    : (await import("./predict.js")).compromiseBaseline;

parentPort.on("message", ({ id, text }) => {
  const t = performance.now();
  let result = null;
  let crash = null;
  try {
    result = run(text);
  } catch (error) {
    crash = error instanceof Error ? error.message : String(error);
  }
  parentPort.postMessage({ id, result, crash, ms: performance.now() - t });
});
