/**
 * The body paragraphs of a story as two columns of offsets, where an array of Paragraph objects costs some
 * ninety bytes a paragraph (object, text, slot) against eight here. A hostile story of a million one-word
 * paragraphs holds them through its whole analysis, and V8 lets its heap grow to about four times what it
 * finds live: as objects they set the peak memory, as columns they cost nothing the collector sees. They are
 * made objects (`objects()`) for the Story, once the analysis that makes the garbage is done.
 */
import type { Paragraph } from "../../types.js";
import { derivedArray } from "../../lib/derived.js";

export class ParagraphTable {
  length = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);

  constructor(readonly text: string) {}

  /** A table of the paragraphs given (their `index` is their place, their `text` the story's between offsets). */
  static of(text: string, paragraphs: readonly Paragraph[]): ParagraphTable {
    const table = new ParagraphTable(text);
    for (const p of paragraphs) table.push(p.start, p.end);
    return table;
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const grow = (column: Int32Array) => {
        const bigger = new Int32Array(column.length * 2);
        bigger.set(column);
        return bigger;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  start(k: number): number {
    return this.starts[k]!;
  }

  end(k: number): number {
    return this.ends[k]!;
  }

  /** Paragraph `k` as the Story gives it (the same fields in the same order as every Paragraph newsx makes). */
  paragraph(k: number): Paragraph {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    return { index: k, text: this.text.slice(start, end), start, end };
  }

  /** Every paragraph as an object: the Story's `paragraphs`. */
  objects(): Paragraph[] {
    const paragraphs: Paragraph[] = new Array(this.length);
    for (let k = 0; k < this.length; k++) paragraphs[k] = this.paragraph(k);
    return paragraphs;
  }

  *texts(): Generator<string> {
    for (let k = 0; k < this.length; k++) yield this.text.slice(this.starts[k]!, this.ends[k]!);
  }

  /**
   * A read-only array of the paragraphs that makes each one when it is read, for code that takes a Paragraph[]
   * and reads it by index and length (the quote reader reads a piece's neighbourhood of a long story). Every
   * array method works on it, as they read through indices and length; writing to it throws. It answers
   * `DERIVED` with true (src/lib/derived.ts): a writer that empties arrays as it writes them leaves it alone.
   */
  view(): readonly Paragraph[] {
    // The last paragraphs read, by index modulo the cache size: the quote reader reads the same few paragraphs
    // (binary searches, neighbours) again and again, and each read would otherwise make a new object.
    const cached: (Paragraph | undefined)[] = new Array(VIEW_CACHE);
    const paragraphAt = (k: number): Paragraph => {
      const slot = k & (VIEW_CACHE - 1);
      const hit = cached[slot];
      if (hit !== undefined && hit.index === k) return hit;
      // Frozen: a paragraph read through the view is the story's, not the reader's to change.
      return (cached[slot] = Object.freeze(this.paragraph(k)));
    };
    return derivedArray(() => this.length, paragraphAt);
  }
}

/** Paragraph objects a view keeps (a power of two). */
const VIEW_CACHE = 1024;
