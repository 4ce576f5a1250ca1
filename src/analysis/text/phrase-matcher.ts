// Finds lexicon phrases in a token array. A phrase word matches a token's lower-case form or
// its lemma, so one entry ("let go") covers "lets go", "letting go" and "let go".
import type { Token } from "./read-text";

export interface PhraseMatch<T> {
  first: number;
  /** Token index after the match. */
  last: number;
  value: T;
}

interface Entry<T> {
  words: string[];
  value: T;
  /** Match only the exact lower-case form, never the lemma. */
  exact: boolean;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /** Phrases are written as text: "back of the head", "sky-blue", "mind's eye". A leading "=" asks for exact forms. */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const exact = phrase.startsWith("=");
      const words = splitPhrase(exact ? phrase.slice(1) : phrase);
      if (words.length === 0) continue;
      const key = words[0]!;
      const list = this.byFirst.get(key) ?? [];
      list.push({ words, value, exact });
      // Longest phrases first so the first hit is the longest.
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(key, list);
    }
  }

  /** The longest phrase that starts at token index `at`, if any. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<T> | null {
    const t = tokens[at];
    if (!t) return null;
    const a = this.byFirst.get(t.norm);
    const b = t.lemma !== t.norm ? this.byFirst.get(t.lemma) : undefined;
    if (!a && !b) return null;
    let best: PhraseMatch<T> | null = null;
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? a : b;
      if (!list) continue;
      for (const e of list) {
        if (best && best.last - best.first >= e.words.length) break;
        if (at + e.words.length > limit) continue;
        if (this.fits(tokens, at, e)) {
          best = { first: at, last: at + e.words.length, value: e.value };
          break;
        }
      }
    }
    return best;
  }

  /** Every match of every phrase in [from, to), overlapping ones included ("warming up" and "warming"). */
  findEvery(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.visit(tokens, from, to, (first, last, value) => {
      out.push({ first, last, value });
      return false;
    });
    return out;
  }

  /** Does any phrase match in [from, to) and pass `test`? Stops at the first that does (no array built). */
  someMatch(
    tokens: readonly Token[],
    from: number,
    to: number,
    test: (first: number, last: number) => boolean,
  ): boolean {
    return this.visit(tokens, from, to, test);
  }

  /** Each match in [from, to) in token order, by surface form then lemma, until `seen` returns true. */
  private visit(
    tokens: readonly Token[],
    from: number,
    to: number,
    seen: (first: number, last: number, value: T) => boolean,
  ): boolean {
    for (let at = from; at < to; at++) {
      const t = tokens[at]!;
      const a = this.byFirst.get(t.norm);
      const b = t.lemma !== t.norm ? this.byFirst.get(t.lemma) : undefined;
      if (!a && !b) continue;
      for (let pass = 0; pass < 2; pass++) {
        const list = pass === 0 ? a : b;
        if (!list) continue;
        for (const e of list)
          if (at + e.words.length <= to && this.fits(tokens, at, e) && seen(at, at + e.words.length, e.value))
            return true;
      }
    }
    return false;
  }

  private fits(tokens: readonly Token[], at: number, e: Entry<T>): boolean {
    for (let k = 0; k < e.words.length; k++) {
      const tok = tokens[at + k]!;
      const w = e.words[k]!;
      if (tok.norm !== w && (e.exact || tok.lemma !== w)) return false;
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
