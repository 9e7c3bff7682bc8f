/**
 * Which gold `indirect` records are reported SPEECH (scored), as opposed to PolNeAR's beliefs, intentions
 * and findings ("think", "wants", "shows", "found"), which newsx does not try to report.
 *
 * A record counts when its cue contains one of these word forms, or is "according to". The list is the
 * verbs of saying in English news (say/tell/add/ask/... with their inflections), chosen by meaning, not
 * from the gold's frequencies; verbs that usually report a thought or a finding (think, believe, show,
 * find, want, hope, expect, see) are left out on purpose.
 */
const LEMMAS = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  ask: ["ask", "asks", "asked", "asking"],
  state: ["state", "states", "stated", "stating"],
  write: ["write", "writes", "wrote", "writing", "written"],
  tweet: ["tweet", "tweets", "tweeted", "tweeting"],
  post: ["posted"],
  explain: ["explain", "explains", "explained", "explaining"],
  insist: ["insist", "insists", "insisted", "insisting"],
  note: ["note", "notes", "noted", "noting"],
  warn: ["warn", "warns", "warned", "warning"],
  argue: ["argue", "argues", "argued", "arguing"],
  claim: ["claim", "claims", "claimed", "claiming"],
  announce: ["announce", "announces", "announced", "announcing"],
  declare: ["declare", "declares", "declared", "declaring"],
  report: ["report", "reports", "reported", "reporting"],
  reply: ["reply", "replies", "replied", "replying"],
  respond: ["respond", "responds", "responded", "responding"],
  answer: ["answer", "answers", "answered", "answering"],
  acknowledge: ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
  admit: ["admit", "admits", "admitted", "admitting"],
  concede: ["concede", "concedes", "conceded", "conceding"],
  confirm: ["confirm", "confirms", "confirmed", "confirming"],
  deny: ["deny", "denies", "denied", "denying"],
  suggest: ["suggest", "suggests", "suggested", "suggesting"],
  promise: ["promise", "promises", "promised", "promising"],
  vow: ["vow", "vows", "vowed", "vowing"],
  pledge: ["pledge", "pledges", "pledged", "pledging"],
  urge: ["urge", "urges", "urged", "urging"],
  recall: ["recall", "recalls", "recalled", "recalling"],
  repeat: ["repeat", "repeats", "repeated", "repeating"],
  complain: ["complain", "complains", "complained", "complaining"],
  emphasize: ["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasised"],
  stress: ["stress", "stresses", "stressed", "stressing"],
  point: ["pointed"],
  observe: ["observe", "observes", "observed", "observing"],
  mention: ["mention", "mentions", "mentioned", "mentioning"],
  reveal: ["reveal", "reveals", "revealed", "revealing"],
  disclose: ["disclose", "discloses", "disclosed", "disclosing"],
  allege: ["allege", "alleges", "alleged", "alleging"],
  contend: ["contend", "contends", "contended", "contending"],
  maintain: ["maintain", "maintains", "maintained", "maintaining"],
  counter: ["counter", "counters", "countered", "countering"],
  comment: ["comment", "comments", "commented", "commenting"],
  remark: ["remark", "remarks", "remarked", "remarking"],
  testify: ["testify", "testifies", "testified", "testifying"],
  predict: ["predict", "predicts", "predicted", "predicting"],
  assert: ["assert", "asserts", "asserted", "asserting"],
  accuse: ["accuse", "accuses", "accused", "accusing"],
  describe: ["describe", "describes", "described", "describing"],
  call: ["call", "calls", "called", "calling"],
  quip: ["quip", "quips", "quipped"],
  joke: ["joke", "jokes", "joked", "joking"],
  boast: ["boast", "boasts", "boasted", "boasting"],
  cite: ["cite", "cites", "cited", "citing"],
  quote: ["quote", "quotes", "quoted", "quoting"],
  echo: ["echo", "echoes", "echoed", "echoing"],
  inform: ["inform", "informs", "informed", "informing"],
  speak: ["speak", "speaks", "spoke", "speaking", "spoken"],
};

/** The word forms, for documentation and tests. */
export const SPEECH_VERB_FORMS = new Set(Object.values(LEMMAS).flat());

/** Is a gold cue ("said", "has said", "told reporters", "According to") a verb of saying? */
export function isSpeechCue(cue) {
  if (!cue) return false;
  const words = cue.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.join(" ").includes("according to")) return true;
  return words.some((w) => SPEECH_VERB_FORMS.has(w));
}
