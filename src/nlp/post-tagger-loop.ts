/**
 * Which post-tagger loop a parse uses: newsx's faster one (sweep.ts) or compromise's own bulkMatch. sweep.ts
 * copies what compromise's match engine does inside (how terms are tested, how rules are indexed), so it is
 * only trusted with the compromise version it was checked against (test/sweep.test.ts): with any other version
 * newsx uses compromise's own loop, slower but never answering differently from compromise itself.
 */

/**
 * The compromise version sweep.ts was verified against. package.json pins compromise to exactly this version;
 * raising the pin means re-running test/sweep.test.ts and the eval, then changing this line.
 */
export const SWEEP_VERIFIED_WITH = "14.17.0";

export interface LoopChoice {
  /** True: newsx's loop (sweep.ts); false: compromise's own. */
  sweep: boolean;
  /** Why compromise's own loop is used (said under --debug); absent when sweep.ts is used. */
  reason?: string;
}

/**
 * The loop to use, from the installed compromise's version (`nlp.version`) and NEWSX_NO_SWEEP (set and not
 * "0": compromise's own loop, to compare the two or to rule sweep.ts out when answers look wrong).
 */
export function choosePostTaggerLoop(installed: string | undefined, noSweep: string | undefined, verified = SWEEP_VERIFIED_WITH): LoopChoice {
  if (noSweep && noSweep !== "0") return { sweep: false, reason: "NEWSX_NO_SWEEP is set" };
  if (installed !== verified) {
    return { sweep: false, reason: `compromise ${installed ?? "(unknown version)"} is installed; newsx's faster post-tagger loop was verified with ${verified} only` };
  }
  return { sweep: true };
}
