// Emotions felt, as opposed to emotion words that name a condition or sit in a figure of speech.
import type { Emotion } from "../../domain";
import { EMOTION_PHRASES, FEELING_FRAME_WORDS, type EmotionEntry } from "../lexicon/emotions";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { Token } from "../text/read-text";

const matcher = new PhraseMatcher<EmotionEntry>(EMOTION_PHRASES);

export interface EmotionMention {
  emotion: Emotion;
  first: number;
  last: number;
}

/** Emotions felt in [from, to), skipping masked tokens and negated words. */
export function findEmotions(tokens: readonly Token[], from: number, to: number, blocked: (i: number) => boolean): EmotionMention[] {
  const out: EmotionMention[] = [];
  for (let i = from; i < to; i++) {
    if (blocked(i)) continue;
    const m = matcher.matchAt(tokens, i, to);
    if (!m) continue;
    const t = tokens[m.first]!;
    if (t.negated || (m.value.needsFrame && !framed(tokens, m.first, from))) {
      i = m.last - 1;
      continue;
    }
    // "panic attacks", "fear response": an emotion word modifying a noun names a condition.
    const next = tokens[m.last];
    if (t.pos !== "ADJ" && next && next.pos === "NOUN" && m.last < to && !/^(in|of)$/.test(next.norm) && !isEmotionWord(tokens, m.last)) {
      i = m.last - 1;
      continue;
    }
    out.push({ emotion: m.value.emotion, first: m.first, last: m.last });
    i = m.last - 1;
  }
  return out;
}

function isEmotionWord(tokens: readonly Token[], at: number): boolean {
  return matcher.matchAt(tokens, at) !== null;
}

/** "felt safe", "was feeling down", "got really angry", "woke up feeling calm". */
function framed(tokens: readonly Token[], at: number, from: number): boolean {
  for (let k = at - 1, steps = 0; k >= from && steps < 4; k--, steps++) {
    const t = tokens[k]!;
    if (FEELING_FRAME_WORDS.has(t.norm) || FEELING_FRAME_WORDS.has(t.lemma)) return true;
    if (t.pos === "ADV" || t.norm === "so" || t.norm === "very" || t.norm === "a" || t.norm === "bit" || t.norm === "little" || t.norm === "quite" || t.norm === "more" || t.norm === "and" || t.norm === ",") continue;
    if (t.pos === "ADJ") continue;
    return false;
  }
  return false;
}
