/**
 * One-to-one matching, best pair first: the rule both the quote and the entity scores use (README, "How we
 * score"). `pairs` ({gold, pred} indices plus whatever the caller ranks them by) must already be sorted best
 * first; a pair is taken when neither its gold nor its prediction is taken yet.
 */
export function takeBestFirst(pairs) {
  const goldTaken = new Set();
  const predTaken = new Set();
  const taken = [];
  for (const pair of pairs) {
    if (goldTaken.has(pair.gold) || predTaken.has(pair.pred)) continue;
    goldTaken.add(pair.gold);
    predTaken.add(pair.pred);
    taken.push(pair);
  }
  return { taken, goldTaken, predTaken };
}
