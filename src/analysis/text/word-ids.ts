// Small integer ids for the words lexicon phrases name, so the many phrase matchers scanning a
// text compare integers instead of hashing each token's strings again (one lookup per token).
import type { Token } from "./read-text";

const ids = new Map<string, number>();

/** The word's id, registering it on first sight. Matchers register their words when made. */
export function registerWord(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size;
    ids.set(word, id);
  }
  return id;
}

/**
 * Fills the token's `normId` and `lemmaId` (-1: a word no matcher names) when they are not
 * looked up yet, or were looked up before a matcher registered more words.
 */
export function lookUpIds(t: Token): void {
  if (t.idsAt === ids.size) return;
  t.normId = ids.get(t.norm) ?? -1;
  t.lemmaId = t.lemma === t.norm ? t.normId : (ids.get(t.lemma) ?? -1);
  t.idsAt = ids.size;
}
