// The view of one clause that the per-kind detectors read, and the small tests they share.
import type { Laterality } from "../../domain";
import type { Cue } from "../lexicon/cues";
import { PERSON_SUBJECTS } from "../lexicon/function-words";
import type { agentOf } from "../document/roles";
import type { Clause, CueHit, DraftPiece, RegionMention, TextModel } from "../model";
import type { Token } from "../text/read-text";
import { endsLeavingFrame } from "../features/emotions";
import type { Emotion } from "../../domain";

/** The cues starting at each token (detect/experiences.ts); the lists are shared, never added to. */
export type CuesAt = readonly (readonly CueHit[])[];

export interface View {
  model: TextModel;
  cuesAt: CuesAt;
  tokens: readonly Token[];
  clause: Clause;
  cues: CueHit[];
  regions: RegionMention[];
  /** Set when the clause lies inside an insight ("she realised the fall was not the start of her back pain"). */
  inInsight: boolean;
  /** Set when the sentence recalls a past event; sensations told inside it belong to the memory. */
  memoryBefore: number;
  subjectAgent: ReturnType<typeof agentOf>;
  subject: Token | null;
  /** Cues of the clause by type, and the clause's emotions once worked out. */
  byType: Map<Cue["type"], CueHit[]>;
  emotions?: Emotion[];
  /** The regions come from "there", which only body experiences use. */
  thereUsed: boolean;
  /** Token index of a dream told earlier in the sentence, or -1. */
  dreamBefore: number;
}

export type Detector = (v: View) => DraftPiece | null;

export const FEEL_WORDS = new Set([
  "feel",
  "felt",
  "feeling",
  // Capitalised at a sentence's start its lemma stays the plural ("Feelings of heaviness came").
  "feelings",
  "feels",
  "sense",
  "sensed",
  "sensing",
  "notice",
  "noticed",
  "report",
  "reported",
  "describe",
  "described",
  "experience",
  "experienced",
  "get",
  "got",
  "went",
  "go",
  "become",
  "became",
  "grow",
  "grew",
  "turn",
  "turned",
]);

export const SIMILE = new Set(["like", "as"]);

/** Kinds whose place can come from "there" ("the tissue there softened"). */
const PLACED_BY_THERE = new Set<DraftPiece["kind"]>([
  "release",
  "body_sensation",
  "temperature",
  "movement",
  "inner_process",
]);

export function base(v: View, kind: DraftPiece["kind"], given: RegionMention[] = v.regions): DraftPiece {
  const regions = v.thereUsed && given === v.regions && !PLACED_BY_THERE.has(kind) ? [] : given;
  const regionIds = [...new Set(regions.map((r) => r.region))];
  return {
    kind,
    sentence: v.clause.sentence,
    first: v.clause.first,
    last: v.clause.last,
    regions: regionIds,
    laterality: lateralityOf(regions),
  };
}

export function lateralityOf(regions: RegionMention[]): Laterality | null {
  const set = new Set(regions.map((r) => r.laterality).filter((x): x is Laterality => x !== null));
  if (set.has("both") || (set.has("left") && set.has("right"))) return "both";
  if (set.has("left")) return "left";
  if (set.has("right")) return "right";
  return null;
}

export const NO_CUES: CueHit[] = [];

export function cuesOf<T extends Cue["type"]>(
  v: View,
  type: T,
): (CueHit & { cue: Extract<Cue, { type: T }> })[] {
  return (v.byType.get(type) ?? NO_CUES) as (CueHit & { cue: Extract<Cue, { type: T }> })[];
}

/**
 * Sensations told inside a recalled scene belong to the memory ("clamping my teeth so hard my head
 * hurt"), and what happens inside a dream belongs to the dream ("I dreamt I was crying in a cot").
 */
export function insideMemory(v: View, at: number): boolean {
  if (v.memoryBefore >= 0 && v.memoryBefore < at && v.tokens[v.memoryBefore]!.sentence === v.clause.sentence)
    return true;
  return v.dreamBefore >= 0 && v.dreamBefore < at;
}

export function feelFrameBefore(v: View, at: number, window = 4): boolean {
  // "I was shaky", "she was cold": a person's state.
  const person = v.subject !== null && (PERSON_SUBJECTS.has(v.subject.norm) || v.subjectAgent === "client");
  for (let k = at - 1; k >= Math.max(v.clause.first, at - window); k--) {
    const t = v.tokens[k]!;
    if (FEEL_WORDS.has(t.norm) || FEEL_WORDS.has(t.lemma) || endsLeavingFrame(v.tokens, k)) return true;
    if (person && t.lemma === "be") return true;
  }
  return false;
}

export function feltBefore(v: View, at: number, window = 4): boolean {
  for (let k = at - 1; k >= Math.max(v.clause.first, at - window); k--)
    if (v.tokens[k]!.norm === "felt") return true;
  return false;
}

export function afterSimile(v: View, at: number): boolean {
  for (let k = at - 1; k >= v.clause.first; k--) {
    const w = v.tokens[k]!.norm;
    if (SIMILE.has(w) && v.tokens[k + 1]?.norm !== "well") return true;
  }
  return false;
}

/** Is the word at `at` inside a relative clause ("that slowly eased") opened after `from`? */
export function relativeBefore(tokens: readonly Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    const w = tokens[k]!.norm;
    if (w === "that" || w === "which") return true;
    if (tokens[k]!.pos !== "ADV") return false;
  }
  return false;
}

export function hasWord(v: View, words: Set<string>): boolean {
  for (let k = v.clause.first; k < v.clause.last; k++) if (words.has(v.tokens[k]!.norm)) return true;
  return false;
}

export function phraseOf(tokens: readonly Token[], hit: CueHit): string {
  const words: string[] = [];
  for (let k = hit.first; k < hit.last; k++) words.push(tokens[k]!.norm);
  return words.join(" ");
}
