// What is derived from a token's text alone, remembered per wink lexeme: within one wink instance
// the same lexeme id is the same text, so a map of words is probed once per distinct word instead
// of once per token.
import { lexiconNow, MAX_LEXEMES, type Token } from "./read-text";

export class LexemeMemo {
  /** Value + 2 per lexeme id (0: not computed yet); values are -1 or more. */
  private values = new Int32Array(0);
  private lexicon = -1;
  private stamp = -1;

  /** `compute`'s value for the token's lexeme; a new `stamp` (the words it reads changed) drops all remembered. */
  of(t: Token, stamp: number, compute: (t: Token) => number): number {
    const uid = t.uid;
    if (t.lexicon !== lexiconNow() || uid < 0 || uid >= MAX_LEXEMES) return compute(t);
    if (this.lexicon !== t.lexicon || this.stamp !== stamp) {
      this.lexicon = t.lexicon;
      this.stamp = stamp;
      this.values = new Int32Array(0);
    }
    if (uid >= this.values.length) {
      const grown = new Int32Array(Math.min(MAX_LEXEMES, Math.max(uid + 1, this.values.length * 2, 1024)));
      grown.set(this.values);
      this.values = grown;
    }
    let v = this.values[uid]!;
    if (v === 0) {
      v = compute(t) + 2;
      this.values[uid] = v;
    }
    return v - 2;
  }
}
