/** `--name N` on the command line as a number, or `fallback` when the option is not given (the training scripts' knobs). */
export function numberOption(name, fallback, argv = process.argv.slice(2)) {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
}
