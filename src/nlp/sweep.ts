/**
 * A faster stand-in for compromise's `bulkMatch` (world.methods.one.bulkMatch), the loop behind its post-tagger:
 * about 570 match rules tried on every comma-delimited piece of every sentence, half of a parse's CPU time.
 * It returns the same matches in the same order, so the tags are identical (test/sweep.test.ts compares the
 * two); it differs in two places only:
 *
 * - Candidate rules for a piece are found from the piece's own words and tags (a few dozen) instead of by
 *   walking all ~730 index keys for every piece.
 * - A rule whose first one or two steps are a plain tag, word, (a|b) list or %switch% is not run where no
 *   term (or pair of neighbouring terms) could start it. The engine would try it at every position, copying
 *   the rest of the piece each time, and find nothing; most of the rules tried are such misses.
 *
 * The term test below repeats compromise's own (doesMatch in its match engine) for those kinds of step only;
 * any other step (optional, negative, greedy, (a b|c) blocks, methods, regexes, fuzzy words) is never used to
 * skip a rule.
 */

/** The parts of a compromise term the term test reads. */
interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
  [field: string]: unknown;
}

/** One step of a parsed match rule ("#Noun", "(a|b)", "foo"), as compromise parses it. */
interface Step {
  tag?: string;
  word?: string;
  use?: string;
  fuzzy?: boolean;
  fastOr?: Set<string>;
  pos?: string;
  switch?: string;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  /** "#Noun{0,2}": how many terms a greedy step takes at least. */
  min?: number;
  anything?: boolean;
  start?: boolean;
  id?: unknown;
  choices?: unknown;
  method?: string;
  regex?: RegExp;
  machine?: string;
  sense?: string;
  chunk?: string;
  pre?: string;
  post?: string;
}

interface Rule {
  match: string;
  regs: Step[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

interface Found extends Rule {
  pointer: number[];
}

interface Methods {
  one: {
    cacheDoc(document: Term[][]): Set<string>[];
    match(docs: Term[][], rule: Rule): { ptrs: number[][] };
  };
}

type TermTest = (term: Term) => boolean;

/**
 * The test a term must pass to be matched by `step`, exactly as compromise's engine decides it, or null when
 * the step is of a kind not repeated here (or may match no term at all, or more than one).
 */
function termTest(step: Step | undefined): TermTest | null {
  if (!step || step.optional || step.negative || step.anything || step.id !== undefined || step.choices !== undefined
    || (step.min !== undefined && step.min < 1)) return null;
  if (step.word !== undefined) {
    if (step.fuzzy) return null;
    const word = step.word;
    const use = step.use;
    if (use) return (term) => term[use] === word;
    return (term) => (term.machine !== null && term.machine === word) || (term.alias?.some((alias) => alias === word) ?? false)
      || term.text === word || term.normal === word;
  }
  if (step.tag !== undefined) {
    const tag = step.tag;
    return (term) => term.tags.has(tag);
  }
  // Steps the engine tests before a (a|b) list or a %switch% (method, regex, machine, ...) are not repeated.
  if (step.method !== undefined || step.pre !== undefined || step.post !== undefined || step.regex !== undefined
    || step.chunk !== undefined) return null;
  if (step.switch !== undefined) {
    const value = step.switch;
    return (term) => term.switch === value;
  }
  if (step.machine !== undefined || step.sense !== undefined) return null;
  if (step.fastOr !== undefined) {
    const words = step.fastOr;
    const pos = step.pos;
    return (term) => (!pos || term.tags.has(pos))
      && (words.has((term.root || term.implicit || term.machine || term.normal) as string) || words.has(term.text));
  }
  return null;
}

/** How a rule may start: the tests for its first term and, when they follow on directly, its second. */
interface Opening {
  first: TermTest;
  second: TermTest | null;
  /** '^': only at the start of the piece. */
  atStart: boolean;
}

const openings = new WeakMap<Rule, Opening | null>();

function openingOf(rule: Rule): Opening | null {
  let opening = openings.get(rule);
  if (opening === undefined) {
    const [step, next] = rule.regs;
    const first = termTest(step);
    // A greedy first step ("#Adverb+ #Verb") still ends on a term the second step's term follows.
    opening = first ? { first, second: termTest(next), atStart: step!.start === true } : null;
    openings.set(rule, opening);
  }
  return opening;
}

/** False only when the rule cannot match anywhere in these terms. */
function mayMatch(rule: Rule, terms: Term[]): boolean {
  const opening = openingOf(rule);
  if (!opening) return true;
  const last = opening.atStart ? Math.min(1, terms.length) : terms.length;
  for (let i = 0; i < last; i++) {
    const term = terms[i]!;
    if (!opening.first(term)) continue;
    // A contraction's first half ("we" of "we've") may be matched together with its implicit second half,
    // so the next term tested is not simply the neighbour.
    if (!opening.second || term.implicit) return true;
    const next = terms[i + 1];
    if (next && opening.second(next)) return true;
  }
  return false;
}

/** What `candidates` needs of a net, worked out once per net (compromise builds its net once). */
interface NetIndex {
  /** The index keys in the order compromise walks them, and each key's place in that order. */
  keys: string[];
  rank: Map<string, number>;
  /** Per key, the number of each of its rules' match text: compromise tries a text only once per piece. */
  textIds: Int32Array[];
  /** Per text number, the pass that last took it (a new pass per piece, so nothing is cleared). */
  takenIn: Int32Array;
  pass: number;
}

const indexes = new WeakMap<Net, NetIndex>();

function indexOf(net: Net): NetIndex {
  let index = indexes.get(net);
  if (!index) {
    const keys = Object.keys(net.hooks);
    const ids = new Map<string, number>();
    const idOf = (rule: Rule): number => {
      if (!ids.has(rule.match)) ids.set(rule.match, ids.size);
      return ids.get(rule.match)!;
    };
    const textIds = keys.map((key) => Int32Array.from(net.hooks[key]!, idOf));
    index = { keys, rank: new Map(keys.map((key, i) => [key, i])), textIds, takenIn: new Int32Array(ids.size), pass: 0 };
    indexes.set(net, index);
  }
  return index;
}

function hasAll(have: Set<string>, wanted: string[]): boolean {
  for (const word of wanted) if (!have.has(word)) return false;
  return true;
}

function hasAny(have: Set<string>, wanted: string[]): boolean {
  for (const word of wanted) if (have.has(word)) return true;
  return false;
}

function countIn(have: Set<string>, wanted: string[]): number {
  let count = 0;
  for (const word of wanted) if (have.has(word)) count++;
  return count;
}

/**
 * The rules to try on one piece, in compromise's order: the index keys the piece has, in the index's own
 * order, each key's rules in turn, a match text only once, then the same filters (all its needs, none of
 * its ifNo, enough of its wants, enough words).
 */
function candidates(net: Net, have: Set<string>, termCount: number): Rule[] {
  const index = indexOf(net);
  const { rank, keys, textIds, takenIn } = index;
  const pass = ++index.pass;
  const present: number[] = [];
  for (const key of have) {
    const at = rank.get(key);
    if (at !== undefined) present.push(at);
  }
  present.sort((a, b) => a - b);
  const rules: Rule[] = [];
  for (const at of present) {
    const hooked = net.hooks[keys[at]!]!;
    const ids = textIds[at]!;
    for (let k = 0; k < hooked.length; k++) {
      const id = ids[k]!;
      if (takenIn[id] === pass) continue;
      takenIn[id] = pass;
      const rule = hooked[k]!;
      if (!hasAll(have, rule.needs)) continue;
      if (rule.ifNo !== undefined && hasAny(have, rule.ifNo)) continue;
      if (rule.wants.length > 0 && countIn(have, rule.wants) < rule.minWant) continue;
      if (termCount >= rule.minWords) rules.push(rule);
    }
  }
  for (const rule of net.always) if (termCount >= rule.minWords) rules.push(rule);
  return rules;
}

/** compromise's bulkMatch, same arguments and result. */
export function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const cache = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    for (const rule of candidates(net, cache[n]!, terms.length)) {
      if (!mayMatch(rule, terms)) continue;
      const found = methods.one.match([terms], rule);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        const result: Found = Object.assign({}, rule, { pointer });
        if (rule.unTag !== undefined) result.unTag = rule.unTag;
        results.push(result);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
