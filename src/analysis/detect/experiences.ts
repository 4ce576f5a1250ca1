// Per-clause detection of the sensory, bodily, emotional, memory and insight pieces. Each kind
// has its own gate: a cue word makes a piece only in a clause that states it as experienced.
import type { BodyRegion, Colour, Emotion, Laterality, MovementType, Temperature } from "../../domain";
import type { Cue } from "../lexicon/cues";
import type { LifeTime } from "../features/ages";
import { FIGURE_HEADS } from "../lexicon/figures";
import { agentOf, clauseSubject, type RoleContext } from "../document/roles";
import type { Clause, CueHit, DraftPiece, RegionMention, TextModel } from "../model";
import type { Token } from "../text/read-text";
import { isNegated, reportsAbsence } from "./negation";

interface View {
  model: TextModel;
  cuesAt: CueHit[][];
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

const FIGURE_WORDS = new Set(FIGURE_HEADS.map(([w]) => w).filter((w) => !w.includes(" ")));
const SENSATION_ADJECTIVES = new Set([
  "hot",
  "warm",
  "cold",
  "sore",
  "raw",
  "swollen",
  "itchy",
  "burning",
  "tender",
  "inflamed",
  "angry",
]);
const TISSUE_WORDS = new Set([
  "tissue",
  "tissues",
  "fascia",
  "muscle",
  "muscles",
  "body",
  "everything",
  "membrane",
  "membranes",
]);
const FEEL_WORDS = new Set([
  "feel",
  "felt",
  "feeling",
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
const SIMILE = new Set(["like", "as"]);
const NOT_AGENT_ENV = new Set([
  "room",
  "weather",
  "day",
  "air",
  "water",
  "sun",
  "office",
  "tea",
  "coffee",
  "soup",
  "hands",
  "table",
  "blanket",
  "morning",
  "night",
  "evening",
  "car",
  "house",
  "outside",
  "wind",
  "rain",
  "snow",
  "sea",
  "lake",
]);
const EXPERIENCE_SUBJECTS = new Set([
  "something",
  "it",
  "warmth",
  "heat",
  "light",
  "wave",
  "energy",
  "sensation",
  "feeling",
  "chill",
  "shiver",
  "cold",
  "current",
  "tingle",
  "coolness",
  "flow",
  "glow",
]);
/** Release verbs that say a tension dissolved ("the tension melted"), unlike "settled" or "dropped". */
const DISSOLVING = new Set([
  "soften",
  "softened",
  "softening",
  "melt",
  "melted",
  "melting",
  "release",
  "released",
  "releasing",
  "let",
  "loosen",
  "loosened",
  "loosening",
  "unlock",
  "unlocked",
  "ease",
  "eased",
  "easing",
  "relax",
  "relaxed",
  "unclench",
  "unclenched",
  "dissolve",
  "dissolved",
  "dissolving",
  "fade",
  "faded",
  "fading",
  "drain",
  "drained",
  "draining",
]);
const TURN_DIRECTIONS = new Set([
  "left",
  "right",
  "away",
  "around",
  "round",
  "toward",
  "towards",
  "aside",
  "sideways",
  "over",
  "back",
]);

/** "turned slowly to the right", "turning left": a direction follows; "turned to violet" has none. */
function turnsSomewhere(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (tokens[k] && tokens[k]!.pos === "ADV" && !TURN_DIRECTIONS.has(tokens[k]!.norm)) k++;
  const w = tokens[k]?.norm ?? "";
  if (TURN_DIRECTIONS.has(w)) return true;
  return (
    w === "to" &&
    tokens[k + 1]?.norm === "the" &&
    /^(left|right|side|wall|window)$/.test(tokens[k + 2]?.norm ?? "")
  );
}
const PARTICIPLE_GUARDS = new Set(["before", "after", "without", "until"]);
const NOUNISH_SENSATIONS = new Set(["stone", "rock", "weight", "band", "fist", "knot", "lump"]);
const SOUND_NOT_AFTER = new Set(["from", "about", "of", "that", "back", "myself", "herself", "himself"]);
const PERSONS = new Set(["i", "she", "he", "they", "we"]);

export function detectExperiences(model: TextModel, roleCtx: RoleContext): DraftPiece[] {
  const { tokens, clauses } = model;
  const out: DraftPiece[] = [];
  const cuesAt = indexCues(model);
  const insightFrom = insightStarts(model, cuesAt);
  const memoryAt = memoryStarts(model, cuesAt);
  const dreamAt = dreamStarts(model, cuesAt);
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
      !hasIdiomEmotion(model, clause)
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
      subjectAgent: agentOf(subject, roleCtx),
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

function indexCues(model: TextModel): CueHit[][] {
  const at: CueHit[][] = [];
  for (const hit of model.cues) (at[hit.first] ??= []).push(hit);
  return at;
}

/** Token index, per sentence, from which the sentence states an insight. */
function insightStarts(model: TextModel, cuesAt: CueHit[][]): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  for (const c of model.clauses) {
    if (c.role !== "experience" || starts[c.sentence] !== undefined) continue;
    for (let k = c.first; k < c.last; k++) {
      if (model.speech[k] || model.masked[k]) continue;
      const hit = (cuesAt[k] ?? []).find((h) => h.cue.type === "insight");
      if ((hit && !isQuestionOrNegated(model.tokens, k, c.first)) || thinksOfMeaning(model.tokens, k)) {
        starts[c.sentence] = k;
        break;
      }
    }
  }
  return starts;
}

/**
 * "I think the wolf is the part of me ...", "I think the old woman is how I talk to myself": the
 * client says what a figure or an experience means. ("I think I dozed off" and "I think it was
 * her again" are not insights: the subject must be a noun phrase, not a pronoun.)
 */
function thinksOfMeaning(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.norm !== "think" && t.norm !== "believe" && t.norm !== "suspect" && t.norm !== "guess") return false;
  if (!/^(i|she|he)$/.test(tokens[k - 1]?.norm ?? "") || t.negated) return false;
  let j = k + 1;
  if (tokens[j]?.norm === "that") j++;
  if (!/^(the|my|this|that|her|his|all)$/.test(tokens[j]?.norm ?? "")) return false;
  for (let m = j + 1; m < Math.min(tokens.length, j + 6); m++) {
    const x = tokens[m]!;
    if (x.sentence !== t.sentence) return false;
    if (/^(is|was|means|meant|represents|'s)$/.test(x.norm)) return true;
    if (x.pos === "VERB") return false;
  }
  return false;
}

function isQuestionOrNegated(tokens: readonly Token[], at: number, first: number): boolean {
  const t = tokens[at]!;
  // Insight cues that carry their own negation ("don't need") are not negated by it.
  if (t.norm === "do" || t.norm === "no" || t.norm === "can") return false;
  return isNegated(tokens, at, first);
}

/** Token index, per sentence, of the first memory cue (or strong age) in it. */
function memoryStarts(model: TextModel, cuesAt: CueHit[][]): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  for (const c of model.clauses) {
    if (c.role !== "experience" || starts[c.sentence] !== undefined) continue;
    for (let k = c.first; k < c.last; k++) {
      if ((cuesAt[k] ?? []).some((h) => h.cue.type === "memory" && memoryCueHolds(model.tokens, h, c))) {
        starts[c.sentence] = k;
        break;
      }
    }
    if (starts[c.sentence] === undefined) {
      const strong = c.lifeTimes.find((l) => l.strong && !sinceOrNow(model.tokens, l));
      if (strong) starts[c.sentence] = strong.first;
    }
  }
  return starts;
}

/** Token index, per sentence, of a dream being told ("I dreamt I was ..."). */
function dreamStarts(model: TextModel, cuesAt: CueHit[][]): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  for (const c of model.clauses) {
    if (c.role !== "experience" || starts[c.sentence] !== undefined) continue;
    for (let k = c.first; k < c.last; k++) {
      if (
        (cuesAt[k] ?? []).some((h) => h.cue.type === "dream") &&
        !model.tokens[k]!.negated &&
        dreamScene(model.tokens, k, c)
      ) {
        starts[c.sentence] = k;
        break;
      }
    }
  }
  return starts;
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

type Detector = (v: View) => DraftPiece | null;

function base(v: View, kind: DraftPiece["kind"], regions: RegionMention[] = v.regions): DraftPiece {
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

const NO_CUES: CueHit[] = [];

function cuesOf<T extends Cue["type"]>(v: View, type: T): (CueHit & { cue: Extract<Cue, { type: T }> })[] {
  return (v.byType.get(type) ?? NO_CUES) as (CueHit & { cue: Extract<Cue, { type: T }> })[];
}

function hasIdiomEmotion(model: TextModel, c: Clause): boolean {
  if (model.idiomEmotions.size === 0) return false;
  for (let k = c.first; k < c.last; k++) if (model.idiomEmotions.has(k)) return true;
  return false;
}

/**
 * Sensations told inside a recalled scene belong to the memory ("clamping my teeth so hard my head
 * hurt"), and what happens inside a dream belongs to the dream ("I dreamt I was crying in a cot").
 */
function insideMemory(v: View, at: number): boolean {
  if (v.memoryBefore >= 0 && v.memoryBefore < at && v.tokens[v.memoryBefore]!.sentence === v.clause.sentence)
    return true;
  return v.dreamBefore >= 0 && v.dreamBefore < at;
}

function feelFrameBefore(v: View, at: number, window = 4): boolean {
  // "I was shaky", "she was cold": a person's state.
  const person = v.subject !== null && (PERSONS.has(v.subject.norm) || v.subjectAgent === "client");
  for (let k = at - 1; k >= Math.max(v.clause.first, at - window); k--) {
    const t = v.tokens[k]!;
    if (FEEL_WORDS.has(t.norm) || FEEL_WORDS.has(t.lemma)) return true;
    if (person && t.lemma === "be") return true;
  }
  return false;
}

function feltBefore(v: View, at: number): boolean {
  for (let k = at - 1; k >= Math.max(v.clause.first, at - 4); k--)
    if (v.tokens[k]!.norm === "felt") return true;
  return false;
}

function afterSimile(v: View, at: number): boolean {
  for (let k = at - 1; k >= v.clause.first; k--) {
    const w = v.tokens[k]!.norm;
    if (SIMILE.has(w) && v.tokens[k + 1]?.norm !== "well") return true;
  }
  return false;
}

const detectTemperature: Detector = (v) => {
  if (v.inInsight) return null;
  let temperature: Temperature | null = null;
  let simile = false;
  for (const hit of cuesOf(v, "temperature")) {
    const next = v.tokens[hit.last];
    if (
      next &&
      (next.norm === "towards" || next.norm === "toward" || next.norm === "for") &&
      hit.cue.temperature === "hot"
    )
      continue;
    if (insideMemory(v, hit.first)) continue;
    if (temperature && afterSimile(v, hit.first)) continue;
    if (!temperature && afterSimile(v, hit.first) && cuesOf(v, "temperature").length > 1) continue;
    // "her shoulders were less hot": a symptom easing, not heat felt.
    if (/^(less|no|not)$/.test(v.tokens[hit.first - 1]?.norm ?? "")) continue;
    if (hit.cue.form === "adjective" && v.regions.length === 0 && !feelFrameBefore(v, hit.first)) {
      const subj = v.subject;
      const envSubject =
        subj && subj.pos === "NOUN" && (NOT_AGENT_ENV.has(subj.norm) || !EXPERIENCE_SUBJECTS.has(subj.norm));
      const modifiesSomething =
        ["something", "light", "glow", "wave", "current", "energy", "flow", "sensation", "feeling"].includes(
          next?.norm ?? "",
        ) || v.tokens[hit.first - 1]?.norm === "something";
      if (envSubject && !modifiesSomething) continue;
      if (!subj && !modifiesSomething) continue;
    }
    temperature = hit.cue.temperature;
    simile = afterSimile(v, hit.first) && v.regions.length === 0;
    if (!afterSimile(v, hit.first)) break;
  }
  if (!temperature) return null;
  // A comparison ("it felt like standing in the sun after a cold job site") describes the experience
  // told before it; the merge step folds it into that one.
  return { ...base(v, "temperature"), temperature, group: simile ? "simile" : "felt" };
};

const detectMovement: Detector = (v) => {
  if (v.inInsight) return null;
  let movement: MovementType | null = null;
  let spontaneous = false;
  const personSubject = v.subject !== null && (PERSONS.has(v.subject.norm) || v.subjectAgent === "client");
  for (const hit of cuesOf(v, "movement")) {
    if (insideMemory(v, hit.first)) continue;
    const phrase = phraseOf(v.tokens, hit);
    // Plain movement words ("rocked", "turned", "pushed") need a body part moving; trembling and
    // jerking are movement whoever does them.
    const weak = hit.cue.movement === "movement" && !hit.cue.spontaneous;
    const regionBefore = v.regions.some((r) => r.first < hit.first);
    if (weak) {
      const object = v.tokens[hit.last];
      // "turned to violet" is a change, not a movement; a turn of the body has a direction.
      if (v.tokens[hit.first]!.lemma === "turn" && !turnsSomewhere(v.tokens, hit.last)) continue;
      // "turning things over" has an object: it is not the body moving.
      if (!regionBefore || (object && (object.pos === "NOUN" || object.pos === "DET") && phrase !== "pushed"))
        continue;
      movement ??= "movement";
      continue;
    }
    if (hit.cue.spontaneous && hit.cue.movement === "movement") {
      if (v.regions.length > 0 || personSubject) spontaneous = true;
      continue;
    }
    if (v.regions.length === 0 && !personSubject) continue;
    if (movement === null || movement === "movement") movement = hit.cue.movement;
  }
  if (!movement && spontaneous) movement = "movement";
  if (!movement) return null;
  return { ...base(v, "movement"), movement };
};

const detectRelease: Detector = (v) => {
  if (v.inInsight) return null;
  let sub: "tissue" | "breath" | "crying" | null = null;
  const tissue = v.regions.length > 0 || hasWord(v, TISSUE_WORDS);
  if (breathTaken(v)) sub = "breath";
  for (const hit of cuesOf(v, "release")) {
    if (insideMemory(v, hit.first)) continue;
    const before = v.tokens[hit.first - 1]?.norm ?? "";
    if (PARTICIPLE_GUARDS.has(before)) continue;
    // "pressure behind her eye that slowly eased": the easing belongs to the sensation.
    if (
      hit.cue.sub === "tissue" &&
      /^(that|which)$/.test(v.tokens[v.clause.first]!.norm) &&
      v.clause.regions.length === 0
    )
      continue;
    if (
      hit.cue.sub === "tissue" &&
      relativeBefore(v.tokens, hit.first, v.clause.first) &&
      cuesOf(v, "sensation").some((s) => s.first < hit.first)
    )
      continue;
    if (hit.cue.sub === "crying") {
      if (emotionsOf(v).length > 0 || emotionNear(v, hit)) continue;
      sub ??= "crying";
    } else if (hit.cue.sub === "breath") {
      sub = sub === "crying" ? sub : "breath";
    } else {
      if (!tissue) continue;
      // "a heaviness settled into her legs": a sensation arriving, not tissue letting go.
      if (
        !DISSOLVING.has(v.tokens[hit.first]!.lemma) &&
        !DISSOLVING.has(v.tokens[hit.first]!.norm) &&
        cuesOf(v, "sensation").some((s) => s.first < hit.first)
      )
        continue;
      const after = v.tokens[hit.last]?.norm;
      if (phraseOf(v.tokens, hit) === "let go" && after === "of" && v.regions.length === 0) continue;
      sub = sub ?? "tissue";
    }
  }
  if (!sub) return null;
  // Tears need no place; a place inherited from the clause before belongs to something else.
  if (sub === "crying") return { ...base(v, "release", v.clause.regions), group: "crying" };
  return { ...base(v, "release"), group: "body" };
};

const detectSensation: Detector = (v) => {
  if (v.inInsight || reportsAbsence(v.tokens, v.clause.first, v.clause.last)) return null;
  const releases = cuesOf(v, "release").filter(
    (h) =>
      h.cue.sub === "tissue" &&
      (DISSOLVING.has(v.tokens[h.first]!.lemma) || DISSOLVING.has(v.tokens[h.first]!.norm)),
  );
  for (const hit of cuesOf(v, "sensation")) {
    if (insideMemory(v, hit.first)) continue;
    // "the tension in her forehead melted": a sensation letting go is a release
    // (but "pressure that slowly eased" was felt, then eased).
    if (releases.some((r) => r.first > hit.first && !relativeBefore(v.tokens, r.first, hit.first))) continue;
    const word = phraseOf(v.tokens, hit);
    const head = v.tokens[hit.first]!;
    if (NOUNISH_SENSATIONS.has(head.lemma) || NOUNISH_SENSATIONS.has(word)) {
      if (head.pos !== "NOUN") continue;
      let simile = false;
      for (let k = hit.first - 1; k >= Math.max(v.clause.first, hit.first - 5); k--)
        if (SIMILE.has(v.tokens[k]!.norm)) simile = true;
      // "like a stone in her chest", "described a knot under his ribs"
      if (!((simile || feelFrameBefore(v, hit.first, 5)) && v.clause.regions.length > 0)) continue;
    } else if (v.regions.length === 0 && !feelFrameBefore(v, hit.first, 5)) continue;
    return base(v, "body_sensation");
  }
  return null;
};

const detectSound: Detector = (v) => {
  const ears = v.regions.filter((r) => r.region === "ears");
  for (const hit of cuesOf(v, "sound")) {
    const next = v.tokens[hit.last];
    if (hit.cue.verb) {
      if (!next || SOUND_NOT_AFTER.has(next.norm) || next.norm === "," || next.norm === ".") continue;
      if (
        (next.norm === "her" || next.norm === "him" || next.norm === "it") &&
        v.tokens[hit.last + 1]?.pos === "VERB"
      )
        continue;
      return { ...base(v, "sound", ears) };
    }
    const thereWas = v.tokens
      .slice(Math.max(v.clause.first, hit.first - 4), hit.first)
      .some((t) => t.norm === "there");
    if (ears.length > 0 || thereWas || (next && next.pos === "VERB" && !next.negated))
      return { ...base(v, "sound", ears) };
  }
  return null;
};

function senseDetector(kind: "taste" | "smell", organ: BodyRegion): Detector {
  return (v) => {
    const where = v.regions.filter((r) => r.region === organ);
    for (const hit of cuesOf(v, kind)) {
      const t = v.tokens[hit.first]!;
      const next = v.tokens[hit.last];
      const prev = v.tokens[hit.first - 1];
      const asVerb = hit.cue.verb || t.pos === "VERB";
      const described =
        prev && (prev.pos === "ADJ" || prev.pos === "NOUN" || prev.pos === "DET" || prev.norm === ",");
      let thereWas = false;
      for (let k = Math.max(v.clause.first, hit.first - 6); k < hit.first; k++)
        if (v.tokens[k]!.norm === "there") thereWas = true;
      if (asVerb || next?.norm === "of" || described || where.length > 0 || thereWas) {
        return { ...base(v, kind, where) };
      }
    }
    return null;
  };
}

const detectInnerProcess: Detector = (v) => {
  const organs = cuesOf(v, "organ");
  for (const o of organs) {
    const before = v.tokens[o.first - 1];
    if (before && before.pos === "ADP" && before.norm !== "of") continue;
    // The process may come after an aside: "his cells, "millions of them," being rinsed".
    for (let k = o.last; k < Math.min(v.tokens.length, o.last + 10); k++) {
      const t = v.tokens[k]!;
      if (t.sentence !== v.clause.sentence) break;
      if (v.model.cues.length && isProcessAt(v, k)) return base(v, "inner_process");
    }
  }
  return null;
};

function isProcessAt(v: View, k: number): boolean {
  return (v.cuesAt[k] ?? []).some((h) => h.cue.type === "process" && !v.tokens[k]!.negated);
}

const detectEmotion: Detector = (v) => {
  const emotions = emotionsOf(v);
  if (emotions.length === 0) return null;
  return { ...base(v, "emotion", v.thereUsed ? [] : v.regions), emotions };
};

function emotionsOf(v: View): Emotion[] {
  if (v.emotions) return v.emotions;
  v.emotions = findClauseEmotions(v);
  return v.emotions;
}

function findClauseEmotions(v: View): Emotion[] {
  const { tokens, clause, model } = v;
  const found = new Set<Emotion>();
  // "The bear was calm": a figure's mood is part of the image, not the client's emotion.
  if (v.subject && v.subject.pos === "NOUN" && FIGURE_WORDS.has(v.subject.lemma)) return [];
  for (const m of clause.emotions) {
    if (model.speech[m.first] === 1) continue;
    // Inside an insight an emotion is part of the understanding, unless it was felt then.
    if (v.inInsight && !feltBefore(v, m.first)) continue;
    if (insideMemory(v, m.first) && !feelFrameBefore(v, m.first)) continue;
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

const detectVisual: Detector = (v) => {
  if (v.inInsight) return null;
  const { tokens, clause, model } = v;
  const colours: Colour[] = [];
  for (const c of clause.colours) {
    if (model.speech[c.first] || model.masked[c.first] || isNegated(tokens, c.first, clause.first)) continue;
    // "hot and red", "red and sore": a colour told of a sensation, not an image.
    const nb = [tokens[c.first - 2], tokens[c.last + 1]];
    if (
      (tokens[c.first - 1]?.norm === "and" || tokens[c.last]?.norm === "and") &&
      nb.some((x) => x && SENSATION_ADJECTIVES.has(x.norm))
    )
      continue;
    // "smelled lilac", "tasted lime": the thing sensed, not a colour seen.
    const sensed = tokens[c.first - 1];
    if (
      sensed &&
      (sensed.lemma === "smell" ||
        sensed.lemma === "taste" ||
        sensed.norm === "smelt" ||
        (sensed.norm === "of" && /^(smell|scent|taste)$/.test(tokens[c.first - 2]?.lemma ?? "")))
    )
      continue;
    // A colour of the body itself ("her face went red") is not imagery.
    const region = v.regions.find((r) => r.first === c.last || (r.last <= c.first && c.first - r.last <= 2));
    if (region && ["face", "skin", "eyes", "hands", "whole-body"].includes(region.region)) continue;
    if (!colours.includes(c.colour)) colours.push(c.colour);
  }
  let visual = colours.length > 0;
  if (!visual) {
    for (const hit of v.cues) {
      const t = tokens[hit.first]!;
      if (hit.cue.type === "light" && lightIsImagery(tokens, hit.first)) visual = true;
      else if (hit.cue.type === "image" && !/^colou?rs?$/.test(t.norm)) visual = true;
      else if (hit.cue.type === "dream" && dreamScene(tokens, hit.first, clause)) visual = true;
      else if (hit.cue.type === "see" && t.pos === "VERB" && seesSomething(v, hit)) visual = true;
      if (visual) break;
    }
  }
  if (!visual) return null;
  return { ...base(v, "visual"), colours };
};

function lightIsImagery(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  if (t.norm !== "light") return true;
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if (next && (next.norm === "-" || next.norm === "headed")) return false;
  if (prev && /^(felt|feel|feeling|feels|so|very|more|and|was|were|became|seemed)$/.test(prev.norm))
    return false;
  return true;
}

function dreamScene(tokens: readonly Token[], at: number, c: Clause): boolean {
  const t = tokens[at]!;
  let k = at + 1;
  if (t.pos === "NOUN" || t.norm === "dreams" || t.norm === "dream") {
    // "in the dream", "a dream where ...", "had a dream that ..."
    const next = tokens[k]?.norm ?? "";
    return ["where", "that", "in", "of", "about"].includes(next)
      ? next !== "about"
      : tokens[at - 1]?.norm === "the";
  }
  if (tokens[k]?.norm === "that") k++;
  const n = tokens[k];
  if (!n || n.sentence !== t.sentence) return false;
  void c;
  if (n.norm === "about" || n.norm === "of") return false;
  return n.pos === "PRON" || n.pos === "DET" || n.pos === "PROPN" || n.pos === "NOUN";
}

function seesSomething(v: View, hit: CueHit): boolean {
  const { tokens } = v;
  if (v.subjectAgent === "practitioner") return false;
  if (insideMemory(v, hit.first) || v.memoryBefore >= 0) return false;
  let k = hit.last;
  while (tokens[k] && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
  const n = tokens[k];
  if (!n || k >= v.clause.last) return false;
  if (/^(if|whether|that|how|what|why|me|her|him|it|them|no|nothing|none|any|anything)$/.test(n.norm))
    return false;
  // Seeing a figure is a character piece; it is visual only with colour or light (spec).
  for (let j = k; j < Math.min(v.clause.last, k + 4); j++) {
    const x = tokens[j]!;
    if (x.pos === "NOUN" && FIGURE_WORDS.has(x.lemma)) return false;
    if (x.pos === "NOUN" || x.pos === "ADP") break;
  }
  return n.pos === "DET" || n.pos === "ADJ" || n.pos === "NOUN" || n.pos === "NUM";
}

const MEMORY_NOUN_PREDICATES = new Set([
  "of",
  "from",
  "came",
  "come",
  "comes",
  "surfaced",
  "arose",
  "returned",
  "emerged",
  "appeared",
  "flooded",
  "that",
  "where",
  "in",
  "about",
]);

function memoryCueHolds(tokens: readonly Token[], hit: CueHit, c: Clause): boolean {
  const t = tokens[hit.first]!;
  if (isNegated(tokens, hit.first, c.first)) return false;
  // "It felt like remembering": a comparison, not a recollection.
  for (let k = hit.first - 1; k >= Math.max(c.first, hit.first - 3); k--)
    if (tokens[k]!.norm === "like") return false;
  // "the first full breath I can remember": a relative clause, not a recollection.
  let k = hit.first - 1;
  while (k >= 0 && /^(can|could|ever|still|really|'d|would)$/.test(tokens[k]!.norm)) k--;
  if (
    k >= 1 &&
    PERSONS.has(tokens[k]!.norm) &&
    tokens[k - 1]!.pos === "NOUN" &&
    tokens[k - 1]!.sentence === t.sentence
  )
    return false;
  // "remember to ...", "to remember"
  if (tokens[hit.last]?.norm === "to" || tokens[hit.first - 1]?.norm === "to") return false;
  // A memory as a noun needs telling: "a memory came", "the memory of", "I had this memory".
  if (t.pos === "NOUN" && hit.last - hit.first === 1) {
    const next = tokens[hit.last];
    const prev = tokens[hit.first - 1];
    const prev2 = tokens[hit.first - 2];
    const told =
      (next && (MEMORY_NOUN_PREDICATES.has(next.norm) || next.pos === "VERB")) ||
      [prev, prev2].some((x) => x && (x.lemma === "have" || x.lemma === "get"));
    if (!told) return false;
  }
  return true;
}

/** "since she was small", "she is six": durations and the present are not recollections. */
function sinceOrNow(tokens: readonly Token[], l: LifeTime): boolean {
  const w = tokens[l.first]!.norm;
  const prev = tokens[l.first - 1]?.norm;
  return w === "since" || prev === "since" || w === "until" || prev === "until";
}

const detectMemory: Detector = (v) => {
  const { tokens, clause } = v;
  // "the panic is his body remembering": inside an insight, remembering is part of the understanding.
  const cue = v.inInsight ? undefined : cuesOf(v, "memory").find((h) => memoryCueHolds(tokens, h, clause));
  const times = clause.lifeTimes.filter(
    (l) =>
      !sinceOrNow(tokens, l) &&
      !v.model.speech[l.first] &&
      !selfAsFigure(tokens, l) &&
      !afterSimile(v, l.first),
  );
  const sentenceHasCue = v.memoryBefore >= 0;
  const time = times.find((l) => l.strong) ?? (cue || sentenceHasCue ? times[0] : undefined);
  if (!cue && !time) return null;
  const piece = base(v, "memory", []);
  return { ...piece, laterality: null, age: time?.age ?? null, period: time?.period ?? null };
};

/** "It was me at sixteen" identifies a figure; it is not a memory. */
function selfAsFigure(tokens: readonly Token[], l: LifeTime): boolean {
  return (
    tokens[l.first - 1]?.norm === "me" ||
    tokens[l.first - 1]?.norm === "herself" ||
    tokens[l.first - 1]?.norm === "himself"
  );
}

const detectInsight: Detector = (v) => {
  if (!v.inInsight) return null;
  const start = Math.max(v.clause.first, 0);
  const piece = base(v, "insight", []);
  return { ...piece, first: start, laterality: null };
};

/** "took a huge breath", "let out a shaky breath", "drew a long breath". */
function breathTaken(v: View): boolean {
  for (let k = v.clause.first; k < v.clause.last; k++) {
    const t = v.tokens[k]!;
    if (t.lemma !== "breath" || t.negated || v.model.speech[k]) continue;
    for (let j = k - 1; j >= Math.max(v.clause.first, k - 5); j--) {
      const l = v.tokens[j]!.lemma;
      if (l === "take" || l === "draw" || l === "let" || l === "give" || l === "heave") return true;
    }
  }
  return false;
}

/** An emotion named right by the crying ("crying, sad and relieved at once"). */
function emotionNear(v: View, hit: CueHit): boolean {
  for (const c of v.model.clauses.slice(Math.max(0, v.clause.index - 1), v.clause.index + 2)) {
    if (c.sentence !== v.clause.sentence) continue;
    for (const e of c.emotions)
      if (e.first >= hit.first - 3 && e.first <= hit.last + 5 && !v.tokens[e.first]!.negated) return true;
  }
  return false;
}

/** Is the word at `at` inside a relative clause ("that slowly eased") opened after `from`? */
function relativeBefore(tokens: readonly Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    const w = tokens[k]!.norm;
    if (w === "that" || w === "which") return true;
    if (tokens[k]!.pos !== "ADV") return false;
  }
  return false;
}

function hasWord(v: View, words: Set<string>): boolean {
  for (let k = v.clause.first; k < v.clause.last; k++) if (words.has(v.tokens[k]!.norm)) return true;
  return false;
}

function phraseOf(tokens: readonly Token[], hit: CueHit): string {
  const words: string[] = [];
  for (let k = hit.first; k < hit.last; k++) words.push(tokens[k]!.norm);
  return words.join(" ");
}

/** What a practitioner can perceive of the client under the hands: tissue letting go, movement. */
const PALPATED: Detector[] = [detectRelease, detectMovement];

function hasUnwinding(model: TextModel, cuesAt: CueHit[][], c: Clause): boolean {
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
