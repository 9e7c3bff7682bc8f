import { entities } from "./entities.js";
import { extract } from "./extract.js";
import { meta } from "./meta.js";
import { paragraphs } from "./paragraphs.js";
import { quotes } from "./quotes.js";
import type { Command } from "../../format/index.js";
import type { CommandSpec } from "./spec.js";

export const COMMANDS = { quotes, entities, meta, paragraphs, extract } satisfies Record<Command, CommandSpec>;
export type { CommandSpec, CommandOptions } from "./spec.js";
