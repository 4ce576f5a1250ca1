// Emotions felt, as opposed to emotion words that name a condition or sit in a figure of speech.
import {
  EMOTION_PHRASES,
  FEELING_FRAME_WORDS,
  FRAME_FILLERS,
  LEAVING_FRAMES,
  NOT_EMOTION_PHRASES,
  type EmotionEntry,
} from "../lexicon/emotions";
import { PERSON_OBJECTS, PERSON_SUBJECTS, POSSESSIVE_DETERMINERS } from "../lexicon/function-words";
import { RELATION_NOUNS } from "../lexicon/experiencer";
import { FIGURE_WORDS } from "../lexicon/figures";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { EmotionMention } from "../model";
import type { Token } from "../text/read-text";

const matcher = new PhraseMatcher<EmotionEntry>(EMOTION_PHRASES);
const notEmotion = new PhraseMatcher<true>(NOT_EMOTION_PHRASES.map((p) => [p, true] as const));

/** Emotions felt in [from, to), skipping masked tokens and negated words. */
export function findEmotions(
  tokens: readonly Token[],
  from: number,
  to: number,
  blocked: (i: number) => boolean,
): EmotionMention[] {
  const out: EmotionMention[] = [];
  for (let i = from; i < to; i++) {
    if (blocked(i)) continue;
    const m = matcher.matchAt(tokens, i, to);
    if (!m || namesNoEmotion(tokens, i, from, to)) continue;
    const t = tokens[m.first]!;
    // A word that needs a frame may instead be said of a person ("I love her"), when its entry allows both.
    // A person who loves a thing ("I loved the whole hour", "I love Lake of the Woods") likes it: the
    // spec's love is tenderness towards someone.
    const ofPerson =
      m.value.afterPerson === true &&
      afterPerson(tokens[m.first - 1]) &&
      !(t.pos === "VERB" && t.lemma === "love" && thingLoved(tokens, m.last, to));
    if (
      t.negated ||
      (m.value.needsFrame && !framed(tokens, m.first, from, m.value.personFrame === true) && !ofPerson) ||
      (m.value.afterPerson && !m.value.needsFrame && !ofPerson) ||
      (m.value.byWriter === true && (!writerBefore(tokens, m.first) || mannerAfter(tokens, m.last, to)))
    ) {
      i = m.last - 1;
      continue;
    }
    // "anxiety medication", "fear response": an emotion word modifying a noun names a condition.
    const next = tokens[m.last];
    if (next && CONDITION_NOUNS.has(next.lemma)) {
      i = m.last - 1;
      continue;
    }
    // "Joy Keller", "Hope Street": a capitalised emotion word before a capitalised name is part of the name.
    if (m.last - m.first === 1 && isCapitalised(t) && next && next.pos === "PROPN" && isCapitalised(next)) {
      i = m.last - 1;
      continue;
    }
    // "which she had feared": the thing feared, not a fear felt.
    if (t.pos === "VERB" && /^(which|that|what)$/.test(tokens[m.first - 2]?.norm ?? "")) {
      i = m.last - 1;
      continue;
    }
    if (
      t.pos === "VERB" &&
      /^(which|that|what)$/.test(tokens[m.first - 3]?.norm ?? "") &&
      tokens[m.first - 1]?.pos === "AUX"
    ) {
      i = m.last - 1;
      continue;
    }
    out.push(
      m.value.byWriter
        ? { emotion: m.value.emotion, first: m.first, last: m.last, byWriter: true }
        : { emotion: m.value.emotion, first: m.first, last: m.last },
    );
    i = m.last - 1;
  }
  return out;
}

/**
 * "would love to", "panic attack", "calm down": an emotion word inside a phrase that names no emotion
 * felt. Looked up only where an emotion word is, a few words back (the phrases are short).
 */
function namesNoEmotion(tokens: readonly Token[], at: number, from: number, to: number): boolean {
  for (let s = Math.max(from, at - 3); s <= at; s++) {
    const m = notEmotion.matchAt(tokens, s, to);
    if (m && m.last > at) return true;
  }
  return false;
}

/** The object after "love" is a thing, not someone: a determiner or a name of no person, not "her", "my mother". */
function thingLoved(tokens: readonly Token[], at: number, to: number): boolean {
  let k = at;
  while (k < to && tokens[k]!.pos === "ADV") k++;
  const o = tokens[k];
  if (!o || k >= to) return false;
  if (PERSON_OBJECTS.has(o.norm)) return false;
  if (POSSESSIVE_DETERMINERS.has(o.norm) || o.pos === "DET") {
    let j = k + 1;
    while (j < to && tokens[j]!.pos === "ADJ") j++;
    const head = tokens[j];
    return !!head && head.pos === "NOUN" && !RELATION_NOUNS.has(head.lemma) && !FIGURE_WORDS.has(head.lemma);
  }
  // "I love Lake of the Woods": a capitalised place; "I love Sam" stays.
  return o.pos === "PROPN" && (tokens[k + 1]?.pos === "PROPN" || tokens[k + 1]?.norm === "of");
}

/** "he quieted", "Sam quietened": a person's pronoun or name just before. */
function afterPerson(t: Token | undefined): boolean {
  return t !== undefined && (PERSON_SUBJECTS.has(t.norm) || (t.pos === "PROPN" && isCapitalised(t)));
}

function isCapitalised(t: Token): boolean {
  const c = t.text[0] ?? "";
  return c !== c.toLowerCase();
}

/** Nouns after an emotion word that make it the name of a condition or a thing. */
const CONDITION_NOUNS = new Set([
  "attack",
  "disorder",
  "medication",
  "management",
  "response",
  "level",
  "symptom",
  "issue",
  "problem",
  "therapy",
  "med",
  "pill",
  "counselling",
  "counseling",
  "group",
  "class",
  "diagnosis",
  "button",
  "room",
  "mode",
  "scale",
  "score",
  "questionnaire",
  "clinic",
  "programme",
  "program",
  "app",
  "story",
  "film",
  "movie",
  "song",
]);

/** "felt safe", "was feeling down", "got really angry", "woke up feeling calm". */
function framed(tokens: readonly Token[], at: number, _from: number, person = false): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1, steps = 0; k >= 0 && steps < 5 && tokens[k]!.sentence === sentence; k--, steps++) {
    const t = tokens[k]!;
    if (FEELING_FRAME_WORDS.has(t.norm) || FEELING_FRAME_WORDS.has(t.lemma) || endsLeavingFrame(tokens, k))
      return !person || personBefore(tokens, k);
    // "came out energised, relaxed": a participle is one more state in the same frame.
    if (t.pos === "VERB" && /ed$/.test(t.norm) && /^(,|and)$/.test(tokens[k + 1]?.norm ?? "")) continue;
    if (t.pos === "ADV" || FRAME_FILLERS.has(t.norm)) continue;
    // "was just as awe-inspiring and relaxing": a hyphenated word, one step for the whole word.
    if (tokens[k - 1]?.norm === "-" && k >= 2 && tokens[k - 2]!.pos !== "PUNCT") {
      k -= 2;
      continue;
    }
    // "felt so loved and safe": another feeling word in the same frame.
    if (t.pos === "ADJ" || matcher.matchAt(tokens, k) !== null) continue;
    return false;
  }
  return false;
}

/**
 * "I smiled", "I burst into fits of laughter", "it made me laugh": the nearest person word before,
 * within a few words of its sentence, is I or me ("she smiled", "we laughed" are not the writer alone).
 */
function writerBefore(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= Math.max(0, at - 8) && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.norm;
    if (w === "i" || w === "me") return true;
    if (PERSON_OBJECTS.has(w) || PERSON_SUBJECTS.has(w)) return false;
  }
  return false;
}

/** "I chuckled anxiously", "I laughed a little nervously": the manner names the emotion, not the laugh. */
function mannerAfter(tokens: readonly Token[], at: number, to: number): boolean {
  for (let k = at; k < Math.min(to, at + 3); k++) {
    const m = matcher.matchAt(tokens, k, to);
    if (m && !m.value.byWriter) return true;
  }
  return false;
}

/** "I felt silly", "she got hopeful": a person just before the frame (past its auxiliaries and adverbs), not "it seemed silly". */
function personBefore(tokens: readonly Token[], frame: number): boolean {
  let k = frame - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
  return afterPerson(tokens[k]);
}

const LEAVING = new Map<string, Set<string>>();
for (const [verb, particle] of LEAVING_FRAMES)
  (LEAVING.get(particle) ?? LEAVING.set(particle, new Set()).get(particle)!).add(verb);

/** Does a leaving frame ("came out", "went home") end at token k? */
export function endsLeavingFrame(tokens: readonly Token[], k: number): boolean {
  const verbs = LEAVING.get(tokens[k]!.norm);
  return verbs !== undefined && k > 0 && verbs.has(tokens[k - 1]!.lemma);
}
