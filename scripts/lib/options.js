/** The word after `--name` on the command line, or undefined when the option is not given (or is last). */
export function valueOption(name, argv = process.argv.slice(2)) {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** `--name N` on the command line as a number, or `fallback` when the option is not given (the training scripts' knobs). */
export function numberOption(name, fallback, argv = process.argv.slice(2)) {
  return argv.includes(name) ? Number(valueOption(name, argv)) : fallback;
}
