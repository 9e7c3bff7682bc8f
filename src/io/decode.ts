/**
 * Bytes -> text. Decides whether the bytes are text at all, which encoding they are in, and decodes them.
 * The only change made to the text is removing a leading byte-order mark: offsets in the output are code points
 * of exactly what this returns.
 */
import { createRequire } from "node:module";
import type Chardet from "chardet";
import type Iconv from "iconv-lite";
import { InputError } from "./errors.js";

// Loaded on first use: most stories are UTF-8 and need neither, and loading both costs about as much as
// Node's own start (newsx on one story should start fast). Both are CommonJS, so a synchronous require.
const require = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
let chardetModule: typeof Chardet | undefined;
const iconv = (): typeof Iconv => (iconvModule ??= require("iconv-lite") as typeof Iconv);
const chardet = (): typeof Chardet => (chardetModule ??= require("chardet") as typeof Chardet);

export interface Decoded {
  text: string;
  /** Lower-case WHATWG-style label of the encoding used: "utf-8", "utf-16le", "windows-1252", ... */
  encoding: string;
}

/** How much of the start of a file is inspected to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;
/** Above this share of control bytes in the sniffed part, a file is not text. */
const MAX_CONTROL_SHARE = 0.1;

/** Signatures of common binary formats that can hide among .txt files (a PDF can even look mostly like text). */
const MAGIC: { name: string; bytes: number[] }[] = [
  // Each name is written with its article ("a PNG image", "an ELF executable").
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a zip archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "a 7z archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "an ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8(bytes.subarray(3)), encoding: "utf-8" };
  // A UTF-16 BOM: FF FE is little-endian, FE FF big-endian. (FF FE 00 00 would be UTF-32, which no news tool emits.)
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };

  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes)) throw new InputError("BINARY", `${file}: not text (looks like ${magic.name})`);
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const bomless16 = guessBomlessUtf16(sample);
  if (bomless16) return { text: utf16(bytes, bomless16), encoding: bomless16 };
  if (controlShare(sample) > MAX_CONTROL_SHARE) {
    throw new InputError("BINARY", `${file}: not text (too many control bytes)`);
  }

  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return { text: strict.decode(bytes), encoding: "utf-8" };
  } catch {
    // Invalid UTF-8: the signal for a legacy 8-bit encoding, unless the file is UTF-8 with a few stray bytes.
  }
  if (mostlyUtf8(bytes)) return { text: utf8(bytes), encoding: "utf-8" };
  const legacy = guessLegacyEncoding(bytes);
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), legacy);
  // Any byte string decodes to something in an 8-bit encoding, random bytes included (a tenth of them are
  // control bytes, too few for the test above on a short file). Real text in a legacy encoding holds no
  // character that the encoding leaves undefined or that no text contains; noise holds one in every few.
  const sniffed = text.slice(0, SNIFF_BYTES);
  if (impossibleCharacters(sniffed) > sniffed.length * MAX_IMPOSSIBLE_SHARE) {
    throw new InputError("BINARY", `${file}: not text (not UTF-8, and not ${legacy} text either)`);
  }
  return { text, encoding: legacy };
}

/**
 * The share of impossible characters a legacy-encoded text may hold: a stray byte in a long file passes, one in
 * a text under a thousand characters does not (in random bytes about one in ten is impossible).
 */
const MAX_IMPOSSIBLE_SHARE = 0.001;

/**
 * Characters no text holds: U+FFFD (a byte sequence the encoding does not define), C0 controls other than tab,
 * line breaks, form feed and ESC, DEL, and C1 controls (what Windows-1252's five undefined bytes decode to).
 * Counted in the decoded text, so it holds for every legacy encoding, CJK multi-byte ones included.
 */
function impossibleCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || (c >= 0x7f && c <= 0x9f)) {
      count++;
    }
  }
  return count;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

/** Share of bytes that no text file contains (C0 controls other than tab, newlines, form feed and ESC; DEL). */
function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let controls = 0;
  for (const b of sample) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) {
      controls++;
    }
  }
  return controls / sample.length;
}

/**
 * UTF-16 without a BOM: Latin text then has a NUL in every other byte. Accept it only when that pattern is
 * overwhelming, so that a binary file with many NULs is still refused.
 */
function guessBomlessUtf16(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  // A few NULs on the other side are characters like U+0100 (bytes 00 01 in little-endian).
  if (oddNul >= pairs * 0.9 && evenNul <= pairs * 0.02) return "utf-16le";
  if (evenNul >= pairs * 0.9 && oddNul <= pairs * 0.02) return "utf-16be";
  return null;
}

/**
 * True when well-formed multi-byte UTF-8 sequences outnumber the invalid bytes: a UTF-8 file with a few stray
 * bytes (a bad concatenation) is better decoded as UTF-8 with U+FFFD than turned to mojibake as a whole.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > invalid;
}

/**
 * Picks the 8-bit (or CJK multi-byte) encoding of text that is not UTF-8. Western text is by far the commonest
 * case, and detectors are unsure on short texts, so Windows-1252 wins unless another encoding is clearly ahead.
 * ISO-8859-1 is read as Windows-1252, its superset, as browsers do: 0x93/0x94 are then curly quotes.
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  // The start of the file is enough to tell, and keeps detection time bounded on large files.
  const candidates = chardet()
    .analyse(bytes.subarray(0, 4 * SNIFF_BYTES))
    .map((m) => ({ name: normalise(m.name), confidence: m.confidence }))
    .filter((m) => !m.name.startsWith("utf") && iconv().encodingExists(m.name));
  const best = candidates[0];
  if (!best) return "windows-1252";
  const western = candidates.find((m) => m.name === "windows-1252");
  if (western && western.confidence >= best.confidence - 10) return "windows-1252";
  return best.confidence >= 10 ? best.name : "windows-1252";
}

function normalise(name: string): string {
  const lower = name.toLowerCase();
  return lower === "iso-8859-1" ? "windows-1252" : lower;
}
