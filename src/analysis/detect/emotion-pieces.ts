// Emotion pieces: emotions felt, with where in the body they were felt.
import type { Emotion } from "../../domain";
import type { Clause, TextModel } from "../model";
import { isNegated } from "./negation";
import { MODAL_VERBS, PERSON_SUBJECTS } from "../lexicon/function-words";
import { BODY_CUE_TYPES } from "../lexicon/cues";
import {
  AROUSED_BY,
  AROUSED_NOUNS,
  ARISING_AS,
  EMOTION_NOUNS,
  UNNAMED_EMOTION_PHRASES,
} from "../lexicon/emotions";
import { FIGURE_WORDS } from "../lexicon/figures";
import { MOOD_OF_THE_ROOM } from "../lexicon/outside-session";
import { PhraseMatcher } from "../text/phrase-matcher";
import {
  base,
  cuesOf,
  feelFrameBefore,
  feltBefore,
  insideMemory,
  type Detector,
  type View,
} from "./clause-view";

const unnamed = new PhraseMatcher<true>(UNNAMED_EMOTION_PHRASES.map((p) => [p, true] as const));

export const detectEmotion: Detector = (v) => {
  const emotions = emotionsOf(v);
  if (emotions.length === 0) return unnamedEmotion(v) ? { ...base(v, "emotion", []), emotions: [] } : null;
  return { ...base(v, "emotion", v.thereUsed ? [] : v.regions), emotions };
};

export function emotionsOf(v: View): Emotion[] {
  if (v.emotions) return v.emotions;
  v.emotions = findClauseEmotions(v);
  return v.emotions;
}

export function findClauseEmotions(v: View): Emotion[] {
  const { tokens, clause, model } = v;
  const found = new Set<Emotion>();
  // "The bear was calm": a figure's mood is part of the image, not the client's emotion.
  if (v.subject && v.subject.pos === "NOUN" && FIGURE_WORDS.has(v.subject.lemma)) return [];
  // "the room carries a sense of calm", "the music was soothing": the room's mood, not the client's.
  if (v.subject && v.subject.pos === "NOUN" && MOOD_OF_THE_ROOM.has(v.subject.lemma)) return [];
  for (const m of clause.emotions) {
    if (model.speech[m.first] === 1) continue;
    // "I smiled" is the practitioner's in a practitioner's note; laughing to tears is a release.
    if (m.byWriter && (model.narrator !== "client" || cryingInSentence(v))) continue;
    // Inside an insight an emotion is part of the understanding, unless it was felt then.
    if (v.inInsight && !feltBefore(v, m.first)) continue;
    if (insideMemory(v, m.first) && !feelFrameBefore(v, m.first) && !feltAfter(v, m.last)) continue;
    // "it had calmed for a bit", "the shaking calmed": a thing that calms is no one's emotion; "it calmed me" is.
    if (
      tokens[m.first]!.pos === "VERB" &&
      thingSubject(v) &&
      !/^(me|her|him|us|them)$/.test(tokens[m.last]?.norm ?? "")
    )
      continue;
    if (!isNegated(tokens, m.first, clause.first)) found.add(m.emotion);
  }
  for (let k = clause.first; k < clause.last; k++) {
    const idiom = model.idiomEmotions.get(k);
    if (idiom && !tokens[k]!.negated) found.add(idiom.emotion);
  }
  // Warmth towards someone is love (spec: "Warmth towards someone is the emotion love").
  for (const hit of cuesOf(v, "temperature")) {
    const next = tokens[hit.last];
    if (hit.cue.temperature === "hot" && next && /^(towards|toward|for)$/.test(next.norm)) found.add("love");
  }
  return [...found];
}

/** Crying anywhere in the clause's sentence ("I laughed until the tears came"). */
function cryingInSentence(v: View): boolean {
  const sentence = v.clause.sentence;
  return v.model.cues.some(
    (h) => h.cue.type === "release" && h.cue.sub === "crying" && v.tokens[h.first]!.sentence === sentence,
  );
}

/** "the anger I felt": the emotion named, then felt by a person. */
function feltAfter(v: View, at: number): boolean {
  const who = v.tokens[at];
  return !!who && PERSON_SUBJECTS.has(who.norm) && v.tokens[at + 1]?.lemma === "feel";
}

/** The clause's subject is "it" or a felt thing ("the shaking", "the pain"), not a person. */
function thingSubject(v: View): boolean {
  const subject = v.subject;
  if (!subject) return false;
  if (subject.norm === "it") return true;
  for (let k = v.clause.first; k < v.clause.last; k++)
    if (v.tokens[k] === subject) return (v.cuesAt[k] ?? []).some((h) => BODY_CUE_TYPES.has(h.cue.type));
  return false;
}

/** "I felt an intense wave of emotion": felt, not negated, not someone's words. */
function unnamedEmotion(v: View): boolean {
  if (v.inInsight) return false;
  // "I felt what seemed to be a foreign emotion": an emotion noun in a frame of feeling.
  for (let k = v.clause.first; k < v.clause.last; k++) {
    const t = v.tokens[k]!;
    if (EMOTION_NOUNS.has(t.norm) && t.pos === "NOUN" && !t.negated && feltBefore(v, k, 8)) return true;
    if (AROUSED_NOUNS.has(t.norm) && t.pos === "NOUN" && !t.negated && aroused(v, k)) return true;
  }
  return unnamed
    .findAll(v.tokens, v.clause.first, v.clause.last)
    .some(
      (m) =>
        !v.tokens[m.first]!.negated &&
        !v.model.speech[m.first] &&
        !isNegated(v.tokens, m.first, v.clause.first),
    );
}

/** "It evoked a lot of emotions", "emotion started to well up", "feelings came up": an emotion noun aroused. */
function aroused(v: View, at: number): boolean {
  const { tokens, clause } = v;
  // "emotions may come up": what may happen, not what did; "did any emotions come up?" is asked.
  for (let k = clause.first; k < clause.last; k++) if (MODAL_VERBS.has(tokens[k]!.norm)) return false;
  const sentence = v.model.read.sentences[clause.sentence]!;
  if (tokens[sentence.last - 1]?.text === "?") return false;
  for (let k = at - 1; k >= Math.max(clause.first, at - 5); k--)
    if (AROUSED_BY.has(tokens[k]!.lemma)) return true;
  for (let k = at + 1; k < Math.min(clause.last, at + 5); k++) {
    const t = tokens[k]!;
    if (ARISING_AS.has(t.lemma) || (t.lemma === "come" && tokens[k + 1]?.norm === "up")) return true;
  }
  return false;
}

/** Does the clause name an emotion without a label ("a surge of emotion")? Opens the clause to the detectors. */
export function hasUnnamedEmotion(model: TextModel, c: Clause): boolean {
  for (let k = c.first; k < c.last; k++) if (AROUSED_NOUNS.has(model.tokens[k]!.norm)) return true;
  return unnamed.findAll(model.tokens, c.first, c.last).length > 0;
}

export function hasIdiomEmotion(model: TextModel, c: Clause): boolean {
  if (model.idiomEmotions.size === 0) return false;
  for (let k = c.first; k < c.last; k++) if (model.idiomEmotions.has(k)) return true;
  return false;
}
