/**
 * The progress bar of a batch, on stderr. Shown only when stderr is a terminal and --quiet is not given:
 * never on stdout, never into a pipe or a log file. The decision is the CLI's (from io.stderrIsTTY), so the
 * bar is drawn through a small terminal-like stream over io.stderr rather than asking the stream itself.
 */
import type { Writable } from "node:stream";
import type { SingleBar } from "cli-progress";

export interface ProgressInputs {
  stderrIsTTY: boolean;
  quiet: boolean;
}

export function showProgress({ stderrIsTTY, quiet }: ProgressInputs): boolean {
  return stderrIsTTY && !quiet;
}

/** What the batch tells the bar. A no-op when there is no bar. */
export interface Progress {
  /** The number of stories in the batch, once known (folders are counted in the background). */
  total(count: number): void;
  /** One more story done. */
  done(): void;
  /** Writes a line on stderr (an error) without leaving a broken bar behind. */
  line(text: string): void;
  /**
   * Takes the bar off the terminal before something is written to stdout (the same terminal, often): the
   * output then starts on a clean line. The bar comes back with the next story.
   */
  clear(): void;
  /** Removes the bar for good; called before the last of the output is written. Safe to call twice. */
  stop(): void;
}

export function noProgress(stderr: Writable): Progress {
  return { total() {}, done() {}, line: (text) => void stderr.write(text), clear() {}, stop() {} };
}

/** Clears the current terminal line: the bar is redrawn below a message written over it. */
const CLEAR_LINE = "\r\x1b[2K";

/**
 * A bar that appears once a second story is done (a single story is not a batch) and redraws at most ten
 * times a second.
 */
export async function terminalProgress(stderr: Writable, columns: number | undefined): Promise<Progress> {
  const { SingleBar } = (await import("cli-progress")).default;
  // cli-progress saves the cursor position when it starts and restores it when it stops; error lines printed
  // above the bar in between would then be cleared. The bar always sits on the last line, so the save and
  // restore sequences (ESC 7, ESC 8) are dropped.
  const terminal = { isTTY: true, columns: columns ?? 80, write: (text: string) => stderr.write(text.replace(/\x1b[78]/g, "")) };
  let bar: SingleBar | null = null;
  let stopped = false;
  let finished = 0;
  let known: number | null = null;
  const started = Date.now();
  const format = (_options: unknown, params: { progress: number; value: number; total: number; eta: number }): string => {
    const speed = (params.value / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
    // Folders are counted in the background, stdin and JSON Lines cannot be: then only the count moves.
    if (known === null) return `newsx: ${params.value} stories | ${speed}/s`;
    const filled = Math.round(Math.min(1, params.progress) * BAR_WIDTH);
    const eta = Number.isFinite(params.eta) ? `${Math.ceil(params.eta)}s` : "?";
    return `newsx: ${"\u2588".repeat(filled)}${"\u2591".repeat(BAR_WIDTH - filled)} ${params.value}/${params.total} stories | ${speed}/s | ETA ${eta}`;
  };
  return {
    total(count) {
      known = count;
      if (bar) {
        bar.setTotal(count);
        bar.update(finished);
      }
    },
    done() {
      finished++;
      if (stopped) return;
      if (!bar && finished >= 2) {
        bar = new SingleBar({
          stream: terminal as unknown as NodeJS.WritableStream,
          format: format as never,
          // Neither hide the cursor nor switch off line wrapping: a Ctrl-C would leave the terminal so. The
          // bar is cut to the terminal's width instead.
          hideCursor: false,
          linewrap: true,
          clearOnComplete: true,
          etaBuffer: 50,
        });
        bar.start(known ?? finished, finished);
      } else {
        bar?.update(finished);
      }
    },
    line(text) {
      stderr.write(bar && !stopped ? CLEAR_LINE + text : text);
    },
    clear() {
      if (bar && !stopped) stderr.write(CLEAR_LINE);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar?.stop();
    },
  };
}

const BAR_WIDTH = 24;
