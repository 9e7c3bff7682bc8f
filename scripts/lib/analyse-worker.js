/**
 * Worker thread of the eval harness: runs newsx and the compromise baseline on the stories it is sent, so
 * the two cores of the machine share the work. Messages in: { id, text, baseline }; out: { id, newsx, crash,
 * baseline, ms: { newsx, compromise } }.
 */
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { compromiseBaseline } from "./predict.js";

const { extract } = await import(pathToFileURL(workerData.distEntry).href);

parentPort.on("message", ({ id, text, baseline }) => {
  let t = performance.now();
  let newsx = null;
  let crash = null;
  try {
    newsx = extract(text);
  } catch (error) {
    crash = error instanceof Error ? error.message : String(error);
  }
  const msNewsx = performance.now() - t;
  t = performance.now();
  const base = baseline ? compromiseBaseline(text) : null;
  parentPort.postMessage({ id, newsx, crash, baseline: base, ms: { newsx: msNewsx, compromise: performance.now() - t } });
});
