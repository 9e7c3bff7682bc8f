/**
 * Answered with true by an array that holds nothing of its own but makes each item when it is read (a view over
 * columns, src/story/segment/boilerplate-table.ts): a writer that empties arrays as it writes them, to let
 * their items go (src/format/json-chunks.ts), has nothing to let go there and leaves it alone.
 */
export const DERIVED: unique symbol = Symbol("newsx.derived");
