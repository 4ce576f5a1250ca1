// Per-clause detection of the sensory, bodily, emotional, memory and insight pieces. Each kind
// has its own gate (in the *-pieces files): a cue word makes a piece only in a clause that
// states it as experienced.
import type { Cue } from "../lexicon/cues";
import { agentOf, clauseSubject, type RoleContext } from "../document/roles";
import { inOthersWords } from "../document/experiencer";
import type { Clause, CueHit, DraftPiece, RegionMention, TextModel } from "../model";
import type { Token } from "../text/read-text";
import { isNegated } from "./negation";
import { insideQuote } from "../text/quoted";
import type { CuesAt, Detector, View } from "./clause-view";
import { dreamStarts, insightStarts, memoryStarts } from "./sentence-scope";
import {
  detectInnerProcess,
  detectMovement,
  detectRelease,
  detectSensation,
  detectTemperature,
} from "./body-pieces";
import { detectSound, detectVisual, senseDetector } from "./sense-pieces";
import { detectEmotion, hasIdiomEmotion, hasUnnamedEmotion } from "./emotion-pieces";
import { detectInsight, detectMemory } from "./memory-pieces";

export function detectExperiences(model: TextModel, roleCtx: RoleContext): DraftPiece[] {
  const { tokens, clauses } = model;
  const out: DraftPiece[] = [];
  const cuesAt = indexCues(model);
  const insightFrom = insightStarts(model, cuesAt);
  const memoryAt = memoryStarts(model, cuesAt);
  const dreamAt = dreamStarts(model, cuesAt);
  // Sentences right after one that names a dream: their first clause may set the dream's scene.
  const afterDream = new Set<number>();
  for (const hit of model.cues) if (hit.cue.type === "dream") afterDream.add(tokens[hit.first]!.sentence + 1);
  let prevRegions: RegionMention[] = [];
  let lastPlace: RegionMention[] = [];
  let lastPlaceSentence = -9;

  for (const clause of clauses) {
    const sameSentencePrev = clause.index > 0 && clauses[clause.index - 1]!.sentence === clause.sentence;
    if (!sameSentencePrev) prevRegions = [];
    let regions = clause.regions;
    // "... and then jerked twice", "... and then suddenly it let go": the subject is the one before.
    const itSubject =
      tokens[clause.first]?.norm === "it" || LEADING_CONNECTIVES_OR_ADV(tokens, clause) === "it";
    if (regions.length === 0 && (clause.elided || itSubject) && sameSentencePrev) regions = prevRegions;
    // "the tissue there softened": "there" is the place named just before.
    let thereUsed = false;
    if (
      regions.length === 0 &&
      lastPlace.length > 0 &&
      clause.sentence - lastPlaceSentence <= 1 &&
      mentionsThere(tokens, clause)
    ) {
      regions = lastPlace;
      thereUsed = true;
    }
    if (clause.regions.length > 0) {
      lastPlace = clause.regions;
      lastPlaceSentence = clause.sentence;
    }
    prevRegions = regions;
    // "I followed an unwinding of her head and neck": the technique follows a movement of the client's.
    const followsMovement =
      clause.role === "technique" && clause.regions.length > 0 && hasUnwinding(model, cuesAt, clause);
    if (clause.role !== "experience" && !followsMovement) continue;

    const cues: CueHit[] = [];
    for (let k = clause.first; k < clause.last; k++) {
      if (model.masked[k] || model.speech[k]) continue;
      for (const hit of cuesAt[k] ?? []) {
        if (hit.last > clause.last) continue;
        if (hit.cue.type !== "insight" && isNegated(tokens, k, clause.first)) continue;
        cues.push(hit);
      }
    }
    const inInsight =
      insightFrom[clause.sentence] !== undefined && clause.last > insightFrom[clause.sentence]!;
    if (
      !inInsight &&
      cues.length === 0 &&
      clause.colours.length === 0 &&
      clause.emotions.length === 0 &&
      clause.lifeTimes.length === 0 &&
      clause.regions.length === 0 &&
      !hasIdiomEmotion(model, clause) &&
      !hasUnnamedEmotion(model, clause) &&
      !(afterDream.has(clause.sentence) && model.read.sentences[clause.sentence]!.first === clause.first)
    )
      continue;
    const byType = new Map<Cue["type"], CueHit[]>();
    for (const h of cues) {
      const list = byType.get(h.cue.type);
      if (list) list.push(h);
      else byType.set(h.cue.type, [h]);
    }
    const subject = clauseSubject(tokens, clause);
    const view: View = {
      byType,
      model,
      cuesAt,
      tokens,
      clause,
      cues,
      regions,
      inInsight,
      memoryBefore: memoryAt[clause.sentence] ?? -1,
      subject,
      subjectAgent:
        // In a note, "I" inside a quotation or after a speech colon is the client speaking ("She
        // said, 'I've been ...'", "Anna says: I understand now…").
        model.narrator === "practitioner" &&
        subject?.norm === "i" &&
        (insideQuote(tokens, clause.first) || inOthersWords(tokens, subject.i, roleCtx))
          ? "client"
          : // A session told to the one treated: "you" is the client, not the practitioner addressed.
            model.frames.youTreated && (subject?.norm === "you" || subject?.norm === "your")
            ? "client"
            : agentOf(subject, roleCtx),
      thereUsed,
      dreamBefore: dreamAt[clause.sentence] ?? -1,
    };
    if (followsMovement) {
      const piece = detectMovement(view);
      if (piece) out.push(piece);
      continue;
    }
    if (view.subjectAgent === "practitioner" && !hasPerception(tokens, clause)) continue;
    for (const detect of view.subjectAgent === "practitioner" ? PALPATED : DETECTORS) {
      const piece = detect(view);
      if (piece) out.push(piece);
    }
  }
  return out;
}

/** Shared by every token without a cue; never added to. */
const NO_CUES: CueHit[] = [];

/**
 * The cues starting at each token. Dense (a token without cues has the shared empty list), so
 * the per-token look-ups that follow neither meet holes nor build an empty list each time.
 */
function indexCues(model: TextModel): CuesAt {
  const at: CueHit[][] = new Array<CueHit[]>(model.tokens.length).fill(NO_CUES);
  for (const hit of model.cues) {
    if (at[hit.first] === NO_CUES) at[hit.first] = [];
    at[hit.first]!.push(hit);
  }
  return at;
}

/** The first word of a clause after connectives and adverbs ("and then suddenly it ..."). */
function LEADING_CONNECTIVES_OR_ADV(tokens: readonly Token[], c: Clause): string {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADV" || t.pos === "CCONJ" || t.norm === "then" || t.pos === "PUNCT") continue;
    return t.norm;
  }
  return "";
}

function hasPerception(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last; k++)
    if (["feel", "sense", "notice"].includes(tokens[k]!.lemma)) return true;
  return false;
}

function mentionsThere(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first + 1; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.norm !== "there") continue;
    const next = tokens[k + 1]?.norm ?? "";
    if (next === "was" || next === "were" || next === "is" || next === "are" || next === "'s") continue;
    return true;
  }
  return false;
}

/** What a practitioner can perceive of the client under the hands: tissue letting go, movement. */
const PALPATED: Detector[] = [detectRelease, detectMovement];

function hasUnwinding(model: TextModel, cuesAt: CuesAt, c: Clause): boolean {
  for (let k = c.first; k < c.last; k++) {
    if (
      (cuesAt[k] ?? []).some(
        (h) => h.cue.type === "movement" && h.cue.spontaneous && /^unw/.test(model.tokens[k]!.norm),
      )
    )
      return true;
  }
  return false;
}

const DETECTORS: Detector[] = [
  detectMemory,
  detectVisual,
  detectSound,
  senseDetector("taste", "mouth"),
  senseDetector("smell", "nose"),
  detectTemperature,
  detectMovement,
  detectRelease,
  detectInnerProcess,
  detectSensation,
  detectEmotion,
  detectInsight,
];
