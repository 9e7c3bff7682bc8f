/**
 * Colour is decided here, once, and handed to the formats as a chalk instance. chalk's own detection looks at
 * the real process (and ignores NO_COLOR), which is wrong for in-process tests and for a CLI that honours it.
 */
import { Chalk, type ChalkInstance } from "chalk";

export type ColourLevel = 0 | 1 | 2 | 3;

export interface ColourInputs {
  /** --color (true), --no-color (false), or neither (undefined). */
  flag: boolean | undefined;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Order: --no-color / --color, then FORCE_COLOR, then NO_COLOR (any non-empty value, see no-color.org),
 * TERM=dumb and a non-terminal stdout switch it off.
 */
export function colourLevel({ flag, stdoutIsTTY, env }: ColourInputs): ColourLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    if (force === "2" || force === "3") return Number(force) as ColourLevel;
    return Math.max(1, detectedDepth(env)) as ColourLevel;
  }
  if (flag === true) return Math.max(1, detectedDepth(env)) as ColourLevel;
  if (env.NO_COLOR) return 0;
  if (env.TERM === "dumb") return 0;
  if (!stdoutIsTTY) return 0;
  return Math.max(1, detectedDepth(env)) as ColourLevel;
}

function detectedDepth(env: Readonly<Record<string, string | undefined>>): ColourLevel {
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  if (env.TERM?.includes("256")) return 2;
  return 1;
}

export function chalkFor(level: ColourLevel): ChalkInstance {
  return new Chalk({ level });
}
