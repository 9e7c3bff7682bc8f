/**
 * Injected into the snapshot bundle in place of `Intl.Segmenter` (scripts/build-snapshot.js). A segmenter holds
 * native ICU state that V8 cannot save in a startup snapshot (the build aborts with "global handle not
 * serialized"), and string-width and src/format/wrap.ts each make one when their module is loaded. This one
 * makes the real segmenter on first use, which is after the process has started from the snapshot.
 */
export class __NewsxLazySegmenter {
  #args;
  #real;
  constructor(...args) {
    this.#args = args;
  }
  #segmenter() {
    return (this.#real ??= new Intl.Segmenter(...this.#args));
  }
  segment(input) {
    return this.#segmenter().segment(input);
  }
  resolvedOptions() {
    return this.#segmenter().resolvedOptions();
  }
}
