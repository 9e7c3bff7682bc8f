/**
 * Reading a command line before commander does: which command it names, and moving the options given before
 * the command (`newsx --no-color quotes x.txt`) to after it, where commander reads them. Builtins only, no
 * commander: the launcher (src/cli/launch.ts) needs the command word before anything else is loaded.
 */

/**
 * The options that take a value (`--format json`, `-j 2`), so that the value is not taken for the command.
 * test/cli-polish.test.ts checks this list against the commander program.
 */
export const VALUE_OPTIONS: readonly string[] = ["-f", "--format", "--max-bytes", "--input", "-j", "--jobs", "--timeout", "--max-memory", "--min-confidence", "-w", "--width"];

/** Options of the program itself (not of a command): never moved. */
const PROGRAM_OPTIONS: readonly string[] = ["-h", "--help", "-V", "--version"];

/** Where the command word is: the first argument that is neither an option nor an option's value; -1 if none. */
export function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return -1;
    if (!arg.startsWith("-") || arg === "-") return i;
    if (VALUE_OPTIONS.includes(arg)) i++;
  }
  return -1;
}

/** The command word of a command line, if any. */
export function commandOf(argv: readonly string[]): string | undefined {
  const at = commandIndex(argv);
  return at < 0 ? undefined : argv[at];
}

/**
 * The command line with the options given before a known command moved to just after it, so that they are
 * read as that command's options. Left as it is when there is nothing to move, when the word is not a command
 * (commander then says so), or when --help or --version come first (they belong to the program).
 */
export function hoistOptions(argv: readonly string[], commands: readonly string[]): string[] {
  const at = commandIndex(argv);
  if (at <= 0 || !commands.includes(argv[at]!)) return [...argv];
  const before = argv.slice(0, at);
  if (before.some((arg) => PROGRAM_OPTIONS.includes(arg))) return [...argv];
  return [argv[at]!, ...before, ...argv.slice(at + 1)];
}
