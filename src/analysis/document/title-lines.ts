// A line that is a title ("Golden Threads of Light", "Reiki: The Ancient Healing of Light and
// Love", "A Session That Released My Grief"): a blog post's or a chapter's heading names what
// follows, it does not tell an experience. Such a line is short, stands alone (a blank line or
// the end of the text after it), has no full stop, and every content word in it is capitalised,
// but not every letter: "ME: I FEEL SCARED" and "HEART: STAY WITH ME" are a script's lines.
import { CONTENT_POS } from "../lexicon/function-words";
import type { Token } from "../text/read-text";

const MAX_TITLE_WORDS = 12;
/** A title may ask ("What Is CranioSacral Therapy?") but does not end a statement. */
const STATEMENT_END = new Set([".", "!", "…"]);

/** Token ranges [first, last) of the title lines of a text. */
export function titleLines(tokens: readonly Token[]): [number, number][] {
  const lines: [number, number][] = [];
  let first = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k]!.lineStart) {
      if (isTitle(tokens, first, k)) lines.push([first, k]);
      first = k;
    }
  }
  // A text of one line is a sentence someone wrote, not a heading over nothing.
  return lines.length === 1 && lines[0]![0] === 0 && lines[0]![1] === tokens.length ? [] : lines;
}

function isTitle(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last).filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  if (STATEMENT_END.has(tokens[last - 1]!.text)) return false;
  if (last < tokens.length && !tokens[last]!.paragraphStart) return false;
  if (!words.some((t) => /\p{Ll}/u.test(t.text))) return false;
  const content = words.filter((t) => CONTENT_POS.has(t.pos) || t.pos === "PROPN");
  return (
    content.length >= 2 && /^\p{Lu}/u.test(words[0]!.text) && content.every((t) => /^\p{Lu}/u.test(t.text))
  );
}
