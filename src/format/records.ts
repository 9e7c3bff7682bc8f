/**
 * The records newsx prints: one per line of jsonl, one per element of the json array, one per row of a table.
 * Every record starts with `file`: the path as given on the command line (joined under a folder given), or "-".
 */
import type { BlockKind, Boilerplate, Entity, ErrorRecord, Meta, Paragraph, Quote } from "../types.js";

export type Command = "quotes" | "entities" | "meta" | "paragraphs" | "extract";

export type QuoteRecord = { file: string } & Quote;
export type EntityRecord = { file: string } & Entity;
export type ParagraphRecord = { file: string } & Paragraph;
/** `paragraphs --all`: a block of the page, body ("body", with its paragraph index) or not (index null). */
export type BlockRecord = { file: string; kind: BlockKind | "body"; index: number | null; text: string; start: number; end: number };
export type MetaRecord = { file: string } & Meta;
export interface ExtractRecord {
  file: string;
  /** The encoding the input was decoded from ("utf-8", "utf-16le", "windows-1252", ...). */
  encoding?: string;
  meta: Meta;
  paragraphs: Paragraph[];
  boilerplate: Boilerplate[];
  entities: Entity[];
  quotes: Quote[];
}

export type DataRecord = QuoteRecord | EntityRecord | ParagraphRecord | BlockRecord | MetaRecord | ExtractRecord;
export type OutputRecord = DataRecord | ErrorRecord;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return "error" in record && typeof (record as ErrorRecord).error === "object";
}
