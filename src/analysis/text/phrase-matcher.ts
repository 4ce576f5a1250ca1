// Finds lexicon phrases in a token array. A phrase word matches a token's lower-case form or
// its lemma, so one entry ("let go") covers "lets go", "letting go" and "let go".
import type { Token } from "./read-text";
import { lookUpIds, registerWord } from "./word-ids";

export interface PhraseMatch<T> {
  first: number;
  /** Token index after the match. */
  last: number;
  value: T;
}

interface Entry<T> {
  /** The phrase's words as ids of text/word-ids.ts. */
  words: Int32Array;
  value: T;
  /** Match only the exact lower-case form, never the lemma. */
  exact: boolean;
}

export class PhraseMatcher<T> {
  /** Entries by the id of their first word, longest phrases first so the first hit is the longest. */
  private readonly byFirst: (Entry<T>[] | undefined)[];

  /** Phrases are written as text: "back of the head", "sky-blue", "mind's eye". A leading "=" asks for exact forms. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const lists = new Map<number, Entry<T>[]>();
    let top = -1;
    for (const [phrase, value] of entries) {
      const exact = phrase.startsWith("=");
      const words = splitPhrase(exact ? phrase.slice(1) : phrase);
      if (words.length === 0) continue;
      const ids = Int32Array.from(words, registerWord);
      const key = ids[0]!;
      const list = lists.get(key) ?? [];
      list.push({ words: ids, value, exact });
      lists.set(key, list);
      if (key > top) top = key;
    }
    // A dense array (holes would make it a slow dictionary); the sort is stable, so phrases of
    // one length keep the order they were listed in.
    this.byFirst = new Array<Entry<T>[] | undefined>(top + 1).fill(undefined);
    for (const [key, list] of lists) this.byFirst[key] = list.sort((a, b) => b.words.length - a.words.length);
  }

  private listOf(id: number): Entry<T>[] | undefined {
    return id >= 0 && id < this.byFirst.length ? this.byFirst[id] : undefined;
  }

  /** The longest phrase that starts at token index `at`, if any. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<T> | null {
    const t = tokens[at];
    if (!t) return null;
    lookUpIds(t);
    const a = this.listOf(t.normId);
    const b = t.lemmaId !== t.normId ? this.listOf(t.lemmaId) : undefined;
    if (!a && !b) return null;
    let best: PhraseMatch<T> | null = null;
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? a : b;
      if (!list) continue;
      for (const e of list) {
        if (best && best.last - best.first >= e.words.length) break;
        if (at + e.words.length > limit) continue;
        if (this.fits(tokens, at, e, pass === 1)) {
          best = { first: at, last: at + e.words.length, value: e.value };
          break;
        }
      }
    }
    return best;
  }

  /** Every match in [from, to) in token order, overlapping ones included ("warming up" and "warming"). */
  findEvery(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let at = from; at < to; at++) {
      const t = tokens[at]!;
      lookUpIds(t);
      const a = this.listOf(t.normId);
      const b = t.lemmaId !== t.normId ? this.listOf(t.lemmaId) : undefined;
      if (!a && !b) continue;
      // By surface form, then by lemma.
      for (let pass = 0; pass < 2; pass++) {
        const list = pass === 0 ? a : b;
        if (!list) continue;
        for (const e of list)
          if (at + e.words.length <= to && this.fits(tokens, at, e, pass === 1))
            out.push({ first: at, last: at + e.words.length, value: e.value });
      }
    }
    return out;
  }

  /**
   * Does the entry match at `at`? Its first word is the token's (the list it came from says so):
   * its lower-case form, or else its lemma (`byLemma`), which an exact entry does not take.
   */
  private fits(tokens: readonly Token[], at: number, e: Entry<T>, byLemma: boolean): boolean {
    if (byLemma && e.exact) return false;
    for (let k = 1; k < e.words.length; k++) {
      const tok = tokens[at + k]!;
      lookUpIds(tok);
      const w = e.words[k]!;
      if (tok.normId !== w && (e.exact || tok.lemmaId !== w)) return false;
    }
    return true;
  }

  /** All non-overlapping longest matches in [from, to). */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}

/** Splits a phrase the way wink tokenises text: hyphens and "'s" are tokens of their own. */
export function splitPhrase(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/-/g, " - ")
    .replace(/'s\b/g, " 's")
    .replace(/n't\b/g, " n't")
    .split(/\s+/)
    .filter(Boolean);
}
