// Finds the client's body regions in a token range, with laterality (spec: "Body regions";
// "left/right become laterality"; plural parts without "both" have laterality null).
import type { BodyRegion, Laterality } from "../../domain";
import { POSSESSIVE_DETERMINERS } from "../lexicon/function-words";
import { REGION_PHRASES, regionOfVertebra } from "../lexicon/regions";
import type { Narrator, RegionMention } from "../model";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { Token } from "../text/read-text";

const matcher = new PhraseMatcher<BodyRegion>(REGION_PHRASES);

/** Body words that are also common verbs ("to face", "head home", "hand it over"). */
const VERB_HOMOGRAPHS = new Set([
  "face",
  "head",
  "hand",
  "arm",
  "palm",
  "shoulder",
  "chest",
  "stomach",
  "foot",
  "eye",
  "nose",
  "mouth",
  "knee",
  "skin",
  "temple",
  "brow",
  "chin",
  "lip",
  "heel",
  "sole",
  "gut",
  "tan",
]);
/** Nouns that make a body word a modifier of something else ("temple bells", "heart surgeon", "head teacher"). */
const NOT_BODY_HEADS = new Set([
  "attack",
  "rate",
  "surgeon",
  "surgery",
  "doctor",
  "specialist",
  "condition",
  "disease",
  "transplant",
  "problem",
  "bell",
  "scan",
  "x-ray",
  "failure",
  "valve",
  "cream",
  "lotion",
  "chart",
  "monitor",
  "tumour",
  "tumor",
  "teacher",
  "office",
  "nurse",
  "soldier",
  "towel",
  "mask",
  "cloth",
  "drop",
  "contact",
  "plug",
  "gate",
  "door",
  "rest",
  "board",
  "phone",
  "garden",
  "roof",
  "complex",
  "priest",
  "mount",
  "path",
  "trail",
  "wear",
  "print",
  "lamp",
  "light",
  "count",
  "line",
  "brake",
  "bag",
  "cuff",
  "wash",
  "job",
  "guard",
  "ball",
]);
/** Parts a practitioner touches with: "under my hands" in a note is the practitioner's hand. */
const CONTACT_PARTS = new Set<BodyRegion>(["hands", "arms"]);
const LATERAL_GAP = new Set([
  "of",
  "the",
  "my",
  "her",
  "his",
  "their",
  "your",
  "side",
  "-",
  "hand",
  "sided",
  "upper",
  "lower",
  "outer",
  "inner",
  "whole",
]);

export interface RegionContext {
  narrator: Narrator;
  masked: Uint8Array;
}

export function findRegions(
  tokens: readonly Token[],
  from: number,
  to: number,
  ctx: RegionContext,
): RegionMention[] {
  const out: RegionMention[] = [];
  for (let i = from; i < to; i++) {
    if (ctx.masked[i]) continue;
    const vertebra = regionOfVertebra(tokens[i]!.text);
    if (vertebra) {
      out.push({ region: vertebra, first: i, last: i + 1, laterality: null, words: tokens[i]!.norm });
      continue;
    }
    const m = matcher.matchAt(tokens, i, to);
    if (!m) continue;
    const head = tokens[m.last - 1]!;
    const firstTok = tokens[m.first]!;
    let masked = false;
    for (let k = m.first; k < m.last; k++) if (ctx.masked[k]) masked = true;
    const asVerb = m.last - m.first === 1 && VERB_HOMOGRAPHS.has(firstTok.lemma) && firstTok.pos === "VERB";
    // "temple bells", "heart attack": a body word used as a modifier of another noun.
    const after = tokens[m.last];
    const modifier =
      m.last - m.first === 1 && !!after && after.pos === "NOUN" && NOT_BODY_HEADS.has(after.lemma);
    // "a tight fist of it" is a figure of speech; "melted down off my ears" names where from, not where.
    const figurative =
      m.value === "hands" && tokens[m.first]!.lemma === "fist" && tokens[m.last]?.norm === "of";
    const awayFrom = tokens[m.first - 1]?.norm === "off" || tokens[m.first - 2]?.norm === "off";
    if (figurative || awayFrom) {
      i = m.last - 1;
      continue;
    }
    // "like a hand squeezing my throat": a body word in a comparison is not a place.
    const simile =
      (tokens[m.first - 1]?.norm === "a" || tokens[m.first - 1]?.norm === "an") &&
      tokens[m.first - 2]?.norm === "like";
    if (simile) {
      i = m.last - 1;
      continue;
    }
    // "the mind's eye", "her inner eye" are imagery, not the eyes.
    const innerEye =
      m.value === "eyes" &&
      (tokens[m.first - 1]?.norm === "inner" ||
        (tokens[m.first - 1]?.norm === "'s" && tokens[m.first - 2]?.norm === "mind"));
    if (
      masked ||
      asVerb ||
      modifier ||
      innerEye ||
      !belongsToClient(tokens, m.first, m.value, ctx.narrator)
    ) {
      i = m.last - 1;
      continue;
    }
    out.push({
      region: m.value,
      first: m.first,
      last: m.last,
      laterality: lateralityOf(tokens, m.first, m.last, head),
      words: regionWords(tokens, m.first, m.last),
    });
    i = m.last - 1;
  }
  return out;
}

/** Excludes the practitioner's hands and other people's bodies ("grandpa's shoulders"). */
function belongsToClient(
  tokens: readonly Token[],
  first: number,
  region: BodyRegion,
  narrator: Narrator,
): boolean {
  let k = first - 1;
  while (
    k >= 0 &&
    (tokens[k]!.pos === "ADJ" ||
      tokens[k]!.norm === "left" ||
      tokens[k]!.norm === "right" ||
      tokens[k]!.norm === "both")
  )
    k--;
  const before = tokens[k];
  if (!before) return true;
  if (before.norm === "'s" || before.norm === "'") {
    // Someone else's body; the client's own name in a note is still the client ("Greta's pelvis").
    const owner = tokens[k - 1];
    return (
      narrator === "practitioner" &&
      !!owner &&
      owner.pos === "PROPN" &&
      /^[A-Z][a-z]+$/.test(owner.text) &&
      !/^(mum|mom|dad|nan|gran)$/.test(owner.norm)
    );
  }
  if (narrator === "practitioner" && (before.norm === "my" || before.norm === "mine")) return false;
  if (
    narrator === "client" &&
    CONTACT_PARTS.has(region) &&
    (before.norm === "her" || before.norm === "his" || before.norm === "your")
  ) {
    return false;
  }
  if (before.norm === "mine" || before.norm === "yours") return false;
  return true;
}

function lateralityOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  _head: Token,
): Laterality | null {
  let left = false;
  let right = false;
  let both = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const w = tokens[k]!.norm;
    // "R shoulder", "L hand", "lt knee": the abbreviations of clinical notes (only right before the part).
    const abbreviation = steps === 0 && tokens[k]!.text.length <= 3 && /^[A-Z]/.test(tokens[k]!.text);
    if (w === "left" || w === "left-hand" || (abbreviation && /^(l|lt|l\.)$/.test(w))) left = true;
    else if (w === "right" || w === "right-hand" || (abbreviation && /^(r|rt|r\.)$/.test(w))) right = true;
    else if (w === "both" || w === "either") both = true;
    else if (!LATERAL_GAP.has(w) && !POSSESSIVE_DETERMINERS.has(w) && tokens[k]!.pos !== "ADJ") break;
  }
  // "... in her neck on the left (side)"
  if (!left && !right && !both) {
    const a = tokens[last]?.norm;
    const b = tokens[last + 1]?.norm;
    const c = tokens[last + 2]?.norm;
    if (a === "on" && (b === "the" || b === "her" || b === "his" || b === "my")) {
      if (c === "left") left = true;
      if (c === "right") right = true;
    }
  }
  // "my hands were tingling the whole time, both of them"
  if (!left && !right && !both) {
    for (let k = last; k < Math.min(tokens.length, last + 9); k++) {
      const w = tokens[k]!.norm;
      if (w === "." || w === ";" || w === "!" || w === "?") break;
      if (
        w === "both" &&
        (tokens[k + 1]?.norm === "of" || tokens[k + 1]?.norm === "." || tokens[k + 1]?.norm === ",")
      )
        both = true;
    }
  }
  if (both || (left && right)) return "both";
  if (left) return "left";
  if (right) return "right";
  return null;
}

function regionWords(tokens: readonly Token[], first: number, last: number): string {
  const words: string[] = [];
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.norm;
    if (!POSSESSIVE_DETERMINERS.has(w) && w !== "the") words.push(w);
  }
  return words.join(" ");
}

/** The phrase matcher for regions, for stages that need to test one word. */
export function regionAt(tokens: readonly Token[], at: number): BodyRegion | null {
  return matcher.matchAt(tokens, at)?.value ?? null;
}
