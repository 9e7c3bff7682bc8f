/**
 * `--input jsonl`: ids name the records, so two lines with the same id would give records no reader can tell
 * apart. Such a line is still analysed (its record is kept, in its place) and a warning on stderr names both
 * lines; the exit code is not changed. The number 123 and the string "123" are different ids: each record
 * carries its `id` as the line gave it, so they do not collide in json/jsonl, but both are named "123" in the
 * `file` column, so the second one is warned about too.
 */
import type { StoryResult } from "./process.js";

export class JsonlIds {
  /** Line position ("<source>:<line>") and id of the first line that named each `file`. */
  private readonly seen = new Map<string, { where: string; id: string | number }>();

  /** The warning for this result's id (null when it is new), and the id remembered. */
  check(result: Pick<StoryResult, "file" | "line">): string | null {
    if (!result.line) return null;
    const { id, where } = result.line;
    const first = this.seen.get(result.file);
    if (!first) {
      this.seen.set(result.file, { where, id });
      return null;
    }
    const same = typeof first.id === typeof id;
    return same
      ? `${where}: id ${JSON.stringify(id)} was already used by ${first.where}; both records are kept`
      : `${where}: id ${JSON.stringify(id)} names the same "file" as ${JSON.stringify(first.id)} on ${first.where} (their "id" fields differ); both records are kept`;
  }
}
