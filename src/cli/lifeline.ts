/**
 * The child that bin/newsx.js re-launches from the start-up snapshot (src/cli/launch.ts) must not outlive its
 * parent: killed with SIGKILL, the parent cannot pass the signal on, and the child would run on unseen,
 * writing to the terminal or file it inherited. Imported by the CLI's entry (main.ts), so builtins only and
 * nothing done at load (the snapshot evaluates it at build time).
 */
import { Socket } from "node:net";

/**
 * The environment variable that tells a relaunched child which of its file descriptors is its lifeline: the
 * read end of a pipe whose other end only the parent holds. When the parent ends, however it ends (SIGKILL
 * included, which it cannot pass on), the pipe closes and the child ends too instead of running on unseen.
 */
export const LIFELINE_ENV = "NEWSX_LIFELINE";

/** The lifeline's descriptor in the child: the first after stdin, stdout and stderr. */
export const LIFELINE_FD = 3;

/**
 * In a child started by startFromSnapshot: ends this process as soon as the parent is gone. It is seen from
 * the event loop, which in a batch is idle (the stories run in workers): at once; during a story on the main
 * thread, when the story ends (at most --timeout). Does nothing in a process that has no lifeline.
 */
export function exitWithParent(env: Record<string, string | undefined> = process.env): void {
  const fd = Number(env[LIFELINE_ENV]);
  // Not passed on to anything this process starts.
  delete env[LIFELINE_ENV];
  if (!Number.isInteger(fd) || fd < LIFELINE_FD) return;
  let line: Socket;
  try {
    line = new Socket({ fd, readable: true, writable: false });
  } catch {
    return;
  }
  const parentGone = () => process.kill(process.pid, "SIGKILL");
  line.on("end", parentGone);
  line.on("error", parentGone);
  // Reading is what notices the end; the lifeline alone must not keep this process running.
  line.resume();
  line.unref();
}

