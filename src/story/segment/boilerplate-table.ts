/**
 * The boilerplate blocks of a story as columns (kind code, start, end), where an array of Boilerplate objects
 * costs some sixty-four bytes a block (a four-field object and its slot) against nine here. A page of five
 * million short lines ("a\n" repeated: issue 23) is five million blocks: as objects they were 320 MB alive from
 * the segmentation to the end of the writing, most of the command line's peak memory for a 10 MB input.
 *
 * `objects()` makes the Story's array (the library's result, unchanged); `view()` is an array that makes each
 * block when it is read, for the command line's JSON writer, which reads each block once and lets it go.
 */
import type { BlockKind, Boilerplate } from "../../types.js";
import { derivedArray } from "../../lib/derived.js";

/** Converts an offset of the text (UTF-16 units) to the one the Story gives (src/story/offsets.ts). */
type Convert = (offset: number) => number;

const SAME: Convert = (offset) => offset;

export class BoilerplateTable {
  length = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private codes = new Uint8Array(64);
  /** The kinds met, by code (the code is the place here). */
  private readonly kinds: BlockKind[] = [];

  constructor(readonly text: string) {}

  /** A table of the blocks given (their `text` is the story's between their offsets). */
  static of(text: string, blocks: readonly Boilerplate[]): BoilerplateTable {
    const table = new BoilerplateTable(text);
    for (const b of blocks) table.push(b.kind, b.start, b.end);
    return table;
  }

  push(kind: BlockKind, start: number, end: number): void {
    let code = this.kinds.indexOf(kind);
    if (code < 0) code = this.kinds.push(kind) - 1;
    if (this.length === this.starts.length) {
      const size = this.length * 2;
      const starts = new Int32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.ends = ends;
      const codes = new Uint8Array(size);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.codes[this.length] = code;
    this.length++;
  }

  kind(k: number): BlockKind {
    return this.kinds[this.codes[k]!]!;
  }

  start(k: number): number {
    return this.starts[k]!;
  }

  end(k: number): number {
    return this.ends[k]!;
  }

  /** Block `k` as the Story gives it (the fields in the order newsx always made them), offsets converted. */
  block(k: number, convert: Convert = SAME): Boilerplate {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    return { kind: this.kinds[this.codes[k]!]!, text: this.text.slice(start, end), start: convert(start), end: convert(end) };
  }

  /** Every block as an object: the Story's `boilerplate`. */
  objects(convert: Convert = SAME): Boilerplate[] {
    const blocks: Boilerplate[] = new Array(this.length);
    for (let k = 0; k < this.length; k++) blocks[k] = this.block(k, convert);
    return blocks;
  }

  /** The blocks of one kind, as objects (the headlines: a few). */
  ofKind(kind: BlockKind): Boilerplate[] {
    const code = this.kinds.indexOf(kind);
    const blocks: Boilerplate[] = [];
    if (code < 0) return blocks;
    for (let k = 0; k < this.length; k++) if (this.codes[k] === code) blocks.push(this.block(k));
    return blocks;
  }

  /**
   * A read-only array of the blocks that makes each one (a new object each time) when it is read: every array
   * method and JSON.stringify work on it, as they read through indices and length. It answers `DERIVED` with
   * true, so that a writer that empties arrays as it writes them (jsonChunks' release) leaves it alone: it holds
   * no block to let go. Not for a result that may be cloned (structuredClone cannot copy a Proxy).
   */
  view(convert: Convert = SAME): Boilerplate[] {
    return derivedArray(() => this.length, (k) => this.block(k, convert));
  }
}

