// Pieces of the body: temperature, movement, release, other sensations, processes in organs.
import type { MovementType, Temperature } from "../../domain";
import type { CueHit } from "../model";
import type { Token } from "../text/read-text";
import {
  EASE_WORDS,
  MODIFYING_NOUNS,
  PART_ONLY_SENSATION_VERBS,
  TEARS_VERBS,
  WILLED_VERBS,
} from "../lexicon/cues";
import { REPORT_VERBS, SPEECH_VERBS } from "../lexicon/practice";
import { PART_WILL } from "../lexicon/figures";
import { THOUGHT_VERBS } from "../lexicon/reported-speech";
import { BODY_WORDS_WITHOUT_REGION } from "../lexicon/regions";
import { WARM_THINGS } from "../lexicon/outside-session";
import {
  ACCOUNT_POSSESSIVES,
  APPEARANCE_VERBS,
  COMPARATIVE,
  LIKENESS_VERBS,
  PERSON_SUBJECTS,
  RELATIVE_THAT,
  SELF_OBJECTS,
} from "../lexicon/function-words";
import { reportsAbsence } from "./negation";
import {
  afterSimile,
  base,
  cuesOf,
  feelFrameBefore,
  feltBefore,
  hasWord,
  insideMemory,
  phraseOf,
  relativeBefore,
  SIMILE,
  type Detector,
  type View,
} from "./clause-view";
import { emotionsOf, hasUnnamedEmotion } from "./emotion-pieces";
import { figureAt } from "./dialogue-state";

export const TISSUE_WORDS = new Set([
  "tissue",
  "tissues",
  "fascia",
  "muscle",
  "muscles",
  "body",
  "everything",
  "membrane",
  "membranes",
  "knot",
  "knots",
  "softness",
  "something",
  "ribs",
  "ribcage",
]);

export const NOT_AGENT_ENV = new Set([
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

export const EXPERIENCE_SUBJECTS = new Set([
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
export const DISSOLVING = new Set([
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
  "subside",
  "evaporate",
  "vanish",
  "disappear",
]);

export const TURN_DIRECTIONS = new Set([
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
export function turnsSomewhere(tokens: readonly Token[], at: number): boolean {
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

const REFLEXIVES = new Set(["myself", "herself", "himself", "themselves"]);

export const PARTICIPLE_GUARDS = new Set(["before", "after", "without", "until"]);

export const NOUNISH_SENSATIONS = new Set(["stone", "rock", "weight", "band", "fist", "knot", "lump"]);

export const detectTemperature: Detector = (v) => {
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
    // "the tea cooled", "as it cools": a thing's temperature, with no body place.
    const word = v.tokens[hit.first]!;
    if (word.pos === "VERB" && v.regions.length === 0 && !feelFrameBefore(v, hit.first)) {
      const subj = v.subject;
      if (subj && (subj.norm === "it" || (subj.pos === "NOUN" && !EXPERIENCE_SUBJECTS.has(subj.norm))))
        continue;
    }
    // "burnt rubber", "burned the toast": a burnt thing, not heat felt.
    if (/^burn/.test(word.norm) && /^(DET|NOUN|ADJ|PROPN)$/.test(v.tokens[hit.last]?.pos ?? "")) continue;
    // "it looked to me like shivering": how it looked to an observer, not what was felt.
    if (lookedLike(v.tokens, hit.first, v.clause.first)) continue;
    // "covered with a warm blanket", "floating in the cool water", "sipped hot tea": the room's
    // things and their temperature, not heat or cold felt (unless felt, or likened to).
    if (
      hit.cue.form === "adjective" &&
      warmThing(v, hit) &&
      !afterSimile(v, hit.first) &&
      !feltBefore(v, hit.first)
    )
      continue;
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

export const detectMovement: Detector = (v) => {
  if (v.inInsight) return null;
  let movement: MovementType | null = null;
  let spontaneous = false;
  const personSubject =
    v.subject !== null && (PERSON_SUBJECTS.has(v.subject.norm) || v.subjectAgent === "client");
  for (const hit of cuesOf(v, "movement")) {
    if (insideMemory(v, hit.first)) continue;
    // "a long, shuddering exhale", "a shaky breath": the breath's manner, not a movement.
    if (/^(breath|exhale|inhale|sigh|sob|out-breath|voice|laugh)$/.test(v.tokens[hit.last]?.lemma ?? ""))
      continue;
    if (hit.cue.verbOnly && v.tokens[hit.first]!.pos !== "VERB") continue;
    const phrase = phraseOf(v.tokens, hit);
    // Plain movement words ("rocked", "turned", "pushed") need a body part moving; trembling and
    // jerking are movement whoever does them.
    const weak = hit.cue.movement === "movement" && !hit.cue.spontaneous;
    // "felt myself turning over onto my side": the self moving is the body moving.
    const regionBefore =
      v.regions.some((r) => r.first < hit.first) ||
      (hit.first > v.clause.first && REFLEXIVES.has(v.tokens[hit.first - 1]!.norm));
    if (weak) {
      const object = v.tokens[hit.last];
      // "a liver lift", "a neck roll": a compound noun naming a technique, not a movement made.
      if (namesATechnique(v, hit.first)) continue;
      // "his head was twisted to one side": a posture the part is in, not a movement it makes.
      if (/ed$/.test(v.tokens[hit.first]!.norm) && v.tokens[hit.first - 1]?.lemma === "be") continue;
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

export const detectRelease: Detector = (v) => {
  if (v.inInsight) return null;
  let sub: "tissue" | "breath" | "crying" | null = null;
  const tissue = v.regions.length > 0 || hasWord(v, TISSUE_WORDS);
  const sensations = cuesOf(v, "sensation");
  if (breathTaken(v)) sub = "breath";
  for (const hit of cuesOf(v, "release")) {
    if (insideMemory(v, hit.first)) continue;
    const before = v.tokens[hit.first - 1]?.norm ?? "";
    if (PARTICIPLE_GUARDS.has(before)) continue;
    // "my stomach dropped", "her heart sank": a lurch felt, not tissue letting go.
    if (/^(stomach|heart|gut|tummy)$/.test(before) && /^(drop|sink|sank)$/.test(v.tokens[hit.first]!.lemma))
      continue;
    // "pressure behind her eye that slowly eased": the easing belongs to the sensation.
    if (
      hit.cue.sub === "tissue" &&
      RELATIVE_THAT.has(v.tokens[v.clause.first]!.norm) &&
      v.clause.regions.length === 0
    )
      continue;
    if (
      hit.cue.sub === "tissue" &&
      relativeBefore(v.tokens, hit.first, v.clause.first) &&
      cuesOf(v, "sensation").some((s) => s.first < hit.first)
    )
      continue;
    // "tears" as a noun must come, run or well up ("probably the tears" names a cause).
    if (hit.cue.sub === "crying" && v.tokens[hit.first]!.lemma === "tear" && !tearsFlow(v.tokens, hit.first))
      continue;
    // "as if the whole of me were exhaling", "like I'd been let off": a likeness, not a release.
    if (hit.cue.sub !== "crying" && afterSimile(v, hit.first) && v.tokens[hit.first - 1]?.norm !== "and")
      if (similePrecedes(v.tokens, hit.first, v.clause.first)) continue;
    if (hit.cue.sub === "crying") {
      // "a wave of emotion welled up": the emotion rises, not tears.
      if (emotionsOf(v).length > 0 || emotionNear(v, hit) || hasUnnamedEmotion(v.model, v.clause)) continue;
      // "the crying stopped": the crying told before; "he cried", "a baby crying": someone else's.
      if (/^(the|that|this|all)$/.test(before) && /ing$/.test(v.tokens[hit.first]!.norm)) continue;
      if (otherCries(v, hit.first)) continue;
      sub ??= "crying";
    } else if (hit.cue.sub === "breath") {
      sub = sub === "crying" ? sub : "breath";
    } else {
      // "the pain dissolved": a sensation named before a dissolving verb is what lets go.
      const sensationGoes =
        DISSOLVING.has(v.tokens[hit.first]!.lemma) && sensations.some((s) => s.last <= hit.first);
      // "I felt a release", "she felt lots of releases": the letting go itself, felt.
      const feltRelease = v.tokens[hit.first]!.pos === "NOUN" && feelFrameBefore(v, hit.first, 5);
      if (!tissue && !sensationGoes && !feltRelease) continue;
      // "her body was totally relaxed": the whole body at ease is a state (calm), not tissue letting go.
      if (EASE_WORDS.has(v.tokens[hit.first]!.norm) && v.regions.every((r) => r.region === "whole-body"))
        continue;
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

/** "a liver lift", "a gentle neck roll": an indefinite article, then only adjectives and nouns up to the cue. */
function namesATechnique(v: View, at: number): boolean {
  for (let k = at - 1; k >= v.clause.first; k--) {
    const t = v.tokens[k]!;
    if (t.norm === "a" || t.norm === "an") return k < at - 1;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && !v.regions.some((r) => r.first <= k && k < r.last))
      return false;
  }
  return false;
}

function heardBefore(v: View, at: number): boolean {
  for (let k = at - 1; k >= Math.max(v.clause.first, at - 4); k--)
    if (v.tokens[k]!.lemma === "hear") return true;
  return false;
}

/** "my arms felt like they weren't mine", "her legs felt strange": a body part felt a certain way. */
function partFeltSomehow(v: View): boolean {
  const t = v.tokens;
  for (const r of v.clause.regions) {
    const verb = t[r.last];
    if (!verb || verb.lemma !== "feel" || verb.negated) continue;
    // "my neck felt much better", "her legs felt so light": a degree adverb, then how it felt.
    let k = r.last + 1;
    while (t[k] && t[k]!.pos === "ADV" && k < r.last + 3) k++;
    if (k > r.last + 1 && t[k]?.pos === "ADJ") return true;
    if (t[r.last + 1]?.pos === "ADJ" && COMPARATIVE.test(t[r.last + 1]!.norm)) return true;
    const next = t[r.last + 1];
    if (
      next &&
      (next.norm === "like" ||
        next.norm === "as" ||
        next.norm === "strange" ||
        next.norm === "different" ||
        next.norm === "odd" ||
        next.norm === "weird" ||
        next.norm === "far")
    )
      return true;
  }
  return false;
}

/**
 * The adjective names the warmth of a thing around the session (WARM_THINGS), in a clause that
 * names no body place, or of the water the client is in ("floating in the cool water"); not a
 * compound ("a hot water bottle") nor felt water ("warm water poured through my chest").
 */
function warmThing(v: View, hit: CueHit): boolean {
  const thing = v.tokens[hit.last];
  if (!thing || !WARM_THINGS.has(thing.lemma) || v.tokens[hit.last + 1]?.pos === "NOUN") return false;
  if (thing.lemma !== "water") return v.regions.length === 0;
  const before = v.tokens[hit.first - 1]?.pos === "DET" ? hit.first - 2 : hit.first - 1;
  return /^(in|into)$/.test(v.tokens[before]?.norm ?? "");
}

/** "Everything hurt", "everything ached": the whole self as the subject of a sensation verb. */
function wholeSelfAches(v: View, at: number): boolean {
  return v.subject?.norm === "everything" && v.tokens[at]!.pos === "VERB" && v.tokens[at - 1] === v.subject;
}

/**
 * "she felt as if her feet were walking on rubber mats", "it felt like a switch turned on in my head":
 * a likeness felt, told of a part of the body.
 */
function feltLikeInAPart(v: View): boolean {
  const t = v.tokens;
  for (let k = v.clause.first; k < v.clause.last - 1; k++) {
    if (t[k]!.lemma !== "feel" || t[k]!.negated || t[k]!.pos !== "VERB") continue;
    const next = t[k + 1]!.norm;
    const likeness = next === "like" || (next === "as" && /^(if|though)$/.test(t[k + 2]?.norm ?? ""));
    if (likeness && v.clause.regions.some((r) => r.first > k)) return true;
  }
  return false;
}

/**
 * "I felt myself drifting down into the mattress", "felt my body growing wide": the self or the body felt
 * doing something, a felt change of the body (not "felt myself trying to please her": an act).
 */
function feltSelfDoing(v: View): boolean {
  const t = v.tokens;
  for (let k = v.clause.first; k < v.clause.last - 2; k++) {
    if (t[k]!.lemma !== "feel" || t[k]!.negated || t[k]!.pos !== "VERB") continue;
    let j = k + 1;
    // "felt something moving inside me", "could feel it shifting in my belly": a thing felt at work in the self.
    let inTheSelf = false;
    if (REFLEXIVES.has(t[j]!.norm)) j++;
    else if (ACCOUNT_POSSESSIVES.has(t[j]!.norm) && t[j + 1]?.lemma === "body") j += 2;
    else if (FELT_MOVERS.has(t[j]!.norm)) {
      j++;
      inTheSelf = true;
    } else continue;
    while (j < v.clause.last && t[j]!.pos === "ADV") j++;
    const verb = t[j];
    if (!verb || j >= v.clause.last || verb.pos !== "VERB" || verb.negated) continue;
    // What the self says, knows, thinks or wills is no change of the body ("felt myself remembering").
    if (
      [WILLED_VERBS, SPEECH_VERBS, REPORT_VERBS, THOUGHT_VERBS, PART_WILL].some((verbs) =>
        verbs.has(verb.lemma),
      )
    )
      continue;
    if (inTheSelf && !placedInTheSelf(v, k, j + 1)) continue;
    return true;
  }
  return false;
}

/** What may be felt at work inside the self ("something", "it"): its place must be the body or the self. */
const FELT_MOVERS = new Set(["something", "it", "things"]);

/**
 * A place in the feeler's own body ("I … in my belly") or self ("inside me") after `from` in the
 * clause: "she felt things shifting around my neck" is her perception of someone else's body.
 */
function placedInTheSelf(v: View, feel: number, from: number): boolean {
  let feeler = "";
  for (let k = feel - 1; k >= v.clause.first && !feeler; k--)
    if (PERSON_SUBJECTS.has(v.tokens[k]!.norm)) feeler = v.tokens[k]!.norm;
  // A subjectless note ("Feel it in my lower back") is the writer's.
  const own = OWN_WORDS[feeler || "i"];
  if (!own) return false;
  let placed = false;
  for (let k = from; k < v.clause.last; k++) {
    const w = v.tokens[k]!.norm;
    if (ALL_OWN_WORDS.has(w) && !own.has(w)) return false;
    if (own.has(w)) placed = true;
  }
  return placed;
}

/** The words by which a feeler's own body or self is named after the verb ("I … my belly", "she … inside her"). */
const OWN_WORDS: Record<string, ReadonlySet<string>> = {
  i: new Set(["my", "me", "myself"]),
  she: new Set(["her", "herself"]),
  he: new Set(["his", "him", "himself"]),
  we: new Set(["our", "us"]),
  they: new Set(["their", "them"]),
};
const ALL_OWN_WORDS = new Set(Object.values(OWN_WORDS).flatMap((w) => [...w]));

/** "a weight on me", "a knot inside her": the self as the place right after the sensation noun. */
function onTheSelf(v: View, at: number): boolean {
  const place = v.tokens[at];
  const who = v.tokens[at + 1];
  return (
    !!place &&
    !!who &&
    at + 1 < v.clause.last &&
    /^(on|in|inside|within|upon)$/.test(place.norm) &&
    SELF_OBJECTS.has(who.norm)
  );
}

/** "I felt looser", "she feels loose": a person, no part, a tissue word of letting go as an adjective after a feeling verb. */
function personFeltLoose(v: View): boolean {
  if (v.regions.length > 0 || !v.subject || !PERSON_SUBJECTS.has(v.subject.norm)) return false;
  return cuesOf(v, "release").some(
    (h) =>
      h.cue.sub === "tissue" &&
      h.last === h.first + 1 &&
      v.tokens[h.first]!.pos === "ADJ" &&
      !v.tokens[h.first]!.negated &&
      feelFrameBefore(v, h.first, 3),
  );
}

/** "I tensed up", "she tingled all over": a sensation verb with a person as its subject. */
function personFeelsAsVerb(v: View, hit: CueHit): boolean {
  const word = v.tokens[hit.first]!;
  // wink may tag a past form right after its subject an adjective ("I tensed up").
  const verb =
    word.pos === "VERB" || (word.pos === "ADJ" && /ed$/.test(word.norm) && v.subject?.i === hit.first - 1);
  if (!verb || hit.last !== hit.first + 1) return false;
  // "I locked the door", "she pressed her lips": a verb with an object is something done.
  const next = v.tokens[hit.last];
  if (next && hit.last < v.clause.last && /^(DET|NOUN|PROPN|PRON|NUM)$/.test(next.pos)) return false;
  const subj = v.subject;
  if (!subj || subj.i > hit.first || hit.first - subj.i > 3) return false;
  return PERSON_SUBJECTS.has(subj.norm) || v.subjectAgent === "client";
}

/**
 * "my back ached", "a dull sensation in my back", "her limbs throbbed": an owned body word the
 * spec gives no region still places the sensation in the body (not "lying on my back": a posture).
 */
function ownedBodyWord(v: View): boolean {
  const t = v.tokens;
  for (let k = v.clause.first + 1; k < v.clause.last; k++) {
    if (!BODY_WORDS_WITHOUT_REGION.has(t[k]!.norm)) continue;
    let j = k - 1;
    while (j > v.clause.first && (t[j]!.pos === "ADJ" || t[j]!.norm === "left" || t[j]!.norm === "right"))
      j--;
    if (!/^(my|her|his|their)$/.test(t[j]!.norm)) continue;
    if (/^(on|onto)$/.test(t[j - 1]?.norm ?? "")) continue;
    return true;
  }
  return false;
}

export const detectSensation: Detector = (v) => {
  if (v.inInsight || reportsAbsence(v.tokens, v.clause.first, v.clause.last)) return null;
  const releases = cuesOf(v, "release").filter(
    (h) =>
      h.cue.sub === "tissue" &&
      (DISSOLVING.has(v.tokens[h.first]!.lemma) || DISSOLVING.has(v.tokens[h.first]!.norm)),
  );
  for (const hit of cuesOf(v, "sensation")) {
    if (insideMemory(v, hit.first)) continue;
    // "he could hear a buzzing": what is heard is a sound.
    if (heardBefore(v, hit.first)) continue;
    // "the tension in her forehead melted": a sensation letting go is a release
    // (but "pressure that slowly eased" was felt, then eased).
    if (releases.some((r) => r.first > hit.first && !relativeBefore(v.tokens, r.first, hit.first))) continue;
    const word = phraseOf(v.tokens, hit);
    const head = v.tokens[hit.first]!;
    // "I was locked out", "we locked up": with no part named (nor "felt locked up"), a person locking is no tightness.
    if (PART_ONLY_SENSATION_VERBS.has(head.lemma) && v.regions.length === 0 && !feltBefore(v, hit.first))
      continue;
    // "energy lines", "tension patterns", "pain relief": a noun naming another thing, not a feeling.
    if (MODIFYING_NOUNS.has(head.lemma) && hit.last === hit.first + 1 && v.tokens[hit.last]?.pos === "NOUN")
      continue;
    if (NOUNISH_SENSATIONS.has(head.lemma) || NOUNISH_SENSATIONS.has(word)) {
      if (head.pos !== "NOUN") continue;
      let simile = false;
      for (let k = hit.first - 1; k >= Math.max(v.clause.first, hit.first - 5); k--)
        if (SIMILE.has(v.tokens[k]!.norm)) simile = true;
      // "like a stone in her chest", "described a knot under his ribs", "felt a weight on me"
      if (!(
        (simile || feelFrameBefore(v, hit.first, 5)) &&
        (v.clause.regions.length > 0 || onTheSelf(v, hit.last))
      ))
        continue;
    } else if (
      v.regions.length === 0 &&
      !feelFrameBefore(v, hit.first, 5) &&
      !wholeSelfAches(v, hit.first) &&
      !ownedBodyWord(v) &&
      !personFeelsAsVerb(v, hit)
    )
      continue;
    return base(v, "body_sensation");
  }
  // "I felt looser": a person felt loose, with no part named, is the body's state, not tissue letting go.
  if (personFeltLoose(v) && v.clause.emotions.length === 0) return base(v, "body_sensation");
  // No sensation word, but a part felt some way, and nothing else was felt in the clause.
  if (
    (partFeltSomehow(v) || feltLikeInAPart(v) || feltSelfDoing(v)) &&
    v.cues.every((h) => h.cue.type !== "temperature" && h.cue.type !== "release") &&
    v.clause.emotions.length === 0
  ) {
    return base(v, "body_sensation");
  }
  return null;
};

export const detectInnerProcess: Detector = (v) => {
  const organs = cuesOf(v, "organ");
  for (const o of organs) {
    const before = v.tokens[o.first - 1];
    if (before && before.pos === "ADP" && before.norm !== "of") continue;
    // The process may come after an aside: "his cells, "millions of them," being rinsed".
    for (let k = o.last; k < Math.min(v.tokens.length, o.last + 16); k++) {
      const t = v.tokens[k]!;
      if (t.sentence !== v.clause.sentence) break;
      if (v.model.cues.length && isProcessAt(v, k)) return base(v, "inner_process");
    }
  }
  return null;
};

export function isProcessAt(v: View, k: number): boolean {
  return (v.cuesAt[k] ?? []).some((h) => h.cue.type === "process" && !v.tokens[k]!.negated);
}

/** "tears came", "tears rolled down", "burst into tears", "in tears", "with tears in her eyes". */
function tearsFlow(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.norm ?? "";
  if (prev === "in" || prev === "into" || prev === "with") return true;
  // "tears in my eyes": tears where they come.
  if (tokens[at + 1]?.norm === "in" && tokens[at + 3]?.lemma === "eye") return true;
  // "tears that seemed to come from nowhere": what they do, told in a relative clause.
  const from = RELATIVE_THAT.has(tokens[at + 1]?.norm ?? "") ? at + 2 : at + 1;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k]!;
    if (TEARS_VERBS.has(t.lemma)) return true;
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART" && t.lemma !== "seem") break;
  }
  return false;
}

export function breathTaken(v: View): boolean {
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
export function emotionNear(v: View, hit: CueHit): boolean {
  for (const c of v.model.clauses.slice(Math.max(0, v.clause.index - 1), v.clause.index + 2)) {
    if (c.sentence !== v.clause.sentence) continue;
    // "I was weeping, and I felt glad": an emotion felt in a clause of its own is another piece.
    if (c !== v.clause && c.first > v.clause.first && ownFeeling(v.tokens, c)) continue;
    for (const e of c.emotions)
      if (e.first >= hit.first - 3 && e.first <= hit.last + 5 && !v.tokens[e.first]!.negated) return true;
  }
  return false;
}

/** "looked like", "resembled", "seemed to me like" shortly before a word: an outward likeness. */
function lookedLike(tokens: readonly Token[], at: number, first: number): boolean {
  for (let k = at - 1; k >= Math.max(first, at - 5); k--) {
    const t = tokens[k]!;
    if (t.lemma === "resemble") return true;
    if (t.norm === "like" && APPEARANCE_VERBS.has(tokens[k - 1]?.lemma ?? "")) return true;
    if (t.norm === "like" && tokens[k - 1]?.norm === "me" && APPEARANCE_VERBS.has(tokens[k - 3]?.lemma ?? ""))
      return true;
  }
  return false;
}

/** A clause with its own feeling verb ("and I felt glad"), not a bare list of emotions. */
function ownFeeling(tokens: readonly Token[], c: { first: number; last: number }): boolean {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADJ" || t.pos === "VERB") return false;
    if (t.pos === "PRON" && PERSON_SUBJECTS.has(t.norm)) return true;
  }
  return false;
}

/** A simile word ("like", "as if", "as though") within a few words before. */
function similePrecedes(tokens: readonly Token[], at: number, first: number): boolean {
  for (let k = at - 1; k >= Math.max(first, at - 8); k--) {
    const w = tokens[k]!.norm;
    // "felt like it was unlocking" reports the felt release itself.
    if (w === "like") return !LIKENESS_VERBS.has(tokens[k - 1]?.lemma ?? "");
    if ((w === "if" || w === "though") && tokens[k - 1]?.norm === "as")
      return !LIKENESS_VERBS.has(tokens[k - 2]?.lemma ?? "");
  }
  return false;
}

/** Crying whose subject is someone other than the client: a figure, a baby, "he" in a reflection. */
function otherCries(v: View, at: number): boolean {
  const prev = v.tokens[at - 1];
  // "a baby crying somewhere": the crier is the noun right before the participle.
  if (prev && prev.pos === "NOUN" && /ing$/.test(v.tokens[at]!.norm) && figureAt(v.tokens, prev.i))
    return true;
  const subj = v.subject;
  if (!subj || subj.i > at) return false;
  if (v.subjectAgent === "client" || v.subjectAgent === "practitioner") return false;
  if (/^(he|she|they)$/.test(subj.norm)) return true;
  return subj.pos === "NOUN" && figureAt(v.tokens, subj.i) !== null;
}
