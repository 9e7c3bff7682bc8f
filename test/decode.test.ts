import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "../src/io/decode.js";

/** Uniformly random bytes from a seed (mulberry32): what a corrupt or encrypted file looks like. */
function randomBytes(seed: number, length: number): Uint8Array {
  let a = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = (t ^ (t >>> 14)) >>> 24;
  }
  return bytes;
}

const code = (bytes: Uint8Array): string | null => {
  try {
    decode(bytes, "x.bin");
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? "THREW";
  }
};

describe("decode: binary detection", () => {
  it("refuses random bytes of any length from 64 bytes (once accepted as windows-1252 text)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 64, max: 20_000 }), (seed, length) => {
        expect(code(randomBytes(seed, length))).toBe("BINARY");
      }),
      { numRuns: 300 },
    );
  });

  it("still reads text in legacy encodings, Western, Cyrillic and CJK, with a stray byte or none", () => {
    const western = "Le maire a dit « nous reconstruirons » et c’est définitif. Café, São Paulo, règles.\n".repeat(4);
    expect(decode(iconv.encode(western, "windows-1252"), "w.txt")).toMatchObject({ encoding: "windows-1252", text: western });
    const russian = "Мэр заявил, что город будет восстановлен, и это окончательное решение совета.\n".repeat(6);
    expect(decode(iconv.encode(russian, "windows-1251"), "r.txt").text).toBe(russian);
    const japanese = "市長は、街を再建すると述べた。これは議会の最終的な決定である。\n".repeat(6);
    expect(decode(iconv.encode(japanese, "shift_jis"), "j.txt").text).toBe(japanese);
    // One byte that windows-1252 leaves undefined, in a file of some thousand characters: a stray, not noise.
    const long = iconv.encode(western.repeat(5), "windows-1252");
    const stray = Buffer.concat([long, Buffer.from([0x81]), Buffer.from(" end.\n")]);
    expect(decode(stray, "s.txt").encoding).toBe("windows-1252");
  });
});
