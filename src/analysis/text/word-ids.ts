// Small integer ids for the words lexicon phrases name, so the many phrase matchers scanning a
// text compare integers instead of hashing each token's strings again (one lookup per token).
import type { Token } from "./read-text";
import { LexemeMemo } from "./lexeme-memo";

const ids = new Map<string, number>();
/** A token's norm id per wink lexeme, dropped whenever a word is registered. */
const idOfLexeme = new LexemeMemo();
const normIdIn = (t: Token) => ids.get(t.norm) ?? -1;

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
  t.normId = idOfLexeme.of(t, ids.size, normIdIn);
  t.lemmaId = t.lemma === t.norm ? t.normId : (ids.get(t.lemma) ?? -1);
  t.idsAt = ids.size;
}
