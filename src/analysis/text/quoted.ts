// Whether a token stands inside a quotation opened earlier in its sentence.
import type { Token } from "./read-text";

export function insideQuote(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  let open = false;
  for (let k = at; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    const q = tokens[k]!.quote;
    if (q === "close" && k < at) return false;
    if (q === "open" || q === "toggle") open = !open;
  }
  return open;
}
