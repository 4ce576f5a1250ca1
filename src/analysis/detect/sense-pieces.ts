// Pieces of the senses: what was seen, heard, tasted and smelled.
import { ACCOUNT_REFLEXIVES } from "../lexicon/function-words";
import { BODY_CUE_TYPES, TOLD_THINGS } from "../lexicon/cues";
import { SOUND_MAKING } from "../lexicon/figure-words";
import { FIGURE_WORDS } from "../lexicon/figures";
import type { BodyRegion, Colour } from "../../domain";
import type { CueHit } from "../model";
import type { Token } from "../text/read-text";
import { isNegated } from "./negation";
import { base, cuesOf, insideMemory, type Detector, type View } from "./clause-view";
import { dreamScene } from "./sentence-scope";

export const SENSATION_ADJECTIVES = new Set([
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

export const SOUND_NOT_AFTER = new Set([
  "from",
  "about",
  "of",
  "that",
  "back",
  "myself",
  "herself",
  "himself",
]);

export const detectSound: Detector = (v) => {
  const ears = v.regions.filter((r) => r.region === "ears");
  if (heardMaker(v)) return { ...base(v, "sound", ears) };
  for (const hit of cuesOf(v, "sound")) {
    const next = v.tokens[hit.last];
    // "a faint ringing", "a slow drumming": a sound named as a noun phrase is a sound heard.
    const det = v.tokens[hit.first - 1];
    if (
      !hit.cue.verb &&
      v.tokens[hit.first]!.pos === "NOUN" &&
      det &&
      (det.pos === "ADJ" || det.norm === "a" || det.norm === "an") &&
      !v.tokens[hit.first]!.negated
    )
      return { ...base(v, "sound", ears) };
    if (hit.cue.verb) {
      if (!next || SOUND_NOT_AFTER.has(next.norm) || next.norm === "," || next.norm === ".") continue;
      if (heardAsTold(v, hit)) continue;
      // "heard her say that ..." reports speech; "heard him laughing" is a sound.
      if (
        (next.norm === "her" || next.norm === "him" || next.norm === "it") &&
        v.tokens[hit.last + 1]?.pos === "VERB" &&
        !/ing$/.test(v.tokens[hit.last + 1]!.norm)
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

export function senseDetector(kind: "taste" | "smell", organ: BodyRegion): Detector {
  return (v) => {
    const where = v.regions.filter((r) => r.region === organ);
    for (const hit of cuesOf(v, kind)) {
      const t = v.tokens[hit.first]!;
      const next = v.tokens[hit.last];
      const prev = v.tokens[hit.first - 1];
      // "Mostly it was smells", "the main thing was the tastes": talk about a kind of sense.
      let b = hit.first - 1;
      while (b > v.clause.first && (v.tokens[b]!.pos === "ADV" || v.tokens[b]!.norm === "the")) b--;
      const be = v.tokens[b];
      if (be?.lemma === "be" && /s$/.test(t.norm) && next?.norm !== "of" && hit.last - hit.first === 1)
        continue;
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

export const detectVisual: Detector = (v) => {
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
        // "a whiff of white jasmine", "the aroma of red wine": any smell or taste noun before "of".
        (sensed.norm === "of" &&
          (v.cuesAt[c.first - 2] ?? []).some((h) => h.cue.type === "smell" || h.cue.type === "taste")))
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
  if (!visual && dreamGoesOn(v)) visual = true;
  if (!visual) return null;
  return { ...base(v, "visual"), colours };
};

/**
 * "Dream. I'm standing in a station ...", "I dreamed of the sea. We are on a raft.": the sentence
 * after a dream is named sets its scene. Only its first clause, with the dreamer placed or acting.
 */
function dreamGoesOn(v: View): boolean {
  const { tokens, clause, model } = v;
  if (clause.sentence === 0 || model.read.sentences[clause.sentence]!.first !== clause.first) return false;
  const prev = model.read.sentences[clause.sentence - 1]!;
  const cur = model.read.sentences[clause.sentence]!;
  if (cur.paragraph !== prev.paragraph && !tokens[clause.first]!.paragraphStart) return false;
  let dream = false;
  for (let k = prev.first; k < prev.last && !dream; k++)
    dream = (v.cuesAt[k] ?? []).some((h) => h.cue.type === "dream") && !tokens[k]!.negated;
  if (!dream) return false;
  let k = clause.first;
  while (k < clause.last && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PUNCT")) k++;
  const subj = tokens[k];
  if (!subj) return false;
  // wink sometimes keeps "I'm" as one token.
  const fused = /^(i'm|i’m|we're|we’re|there's|there’s)$/.test(subj.norm);
  if (!fused && !/^(i|we|there)$/.test(subj.norm)) return false;
  const be = fused ? subj : tokens[k + 1];
  const after = tokens[fused ? k + 1 : k + 2];
  if (!be || !after || (!fused && be.lemma !== "be")) return false;
  return after.pos === "ADP" || /ing$/.test(after.norm) || after.pos === "DET";
}

/** Nouns that "light" makes gentle ("a light touch"), not bright. */
const GENTLE_NOUNS = new Set([
  "pressure",
  "touch",
  "contact",
  "hold",
  "grip",
  "stroke",
  "tap",
  "massage",
  "sleep",
]);

export function lightIsImagery(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  if (t.norm !== "light") return true;
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if (next && (next.norm === "-" || next.norm === "headed")) return false;
  // "a light pressure", "her light touch": gentle, not light seen.
  if (next && GENTLE_NOUNS.has(next.lemma)) return false;
  if (prev && /^(felt|feel|feeling|feels|so|very|more|and|was|were|became|seemed)$/.test(prev.norm))
    return false;
  return true;
}

const MEDIA = new Set([
  "photo",
  "photograph",
  "film",
  "video",
  "movie",
  "programme",
  "tv",
  "television",
  "screen",
]);

export function seesSomething(v: View, hit: CueHit): boolean {
  const { tokens } = v;
  if (v.subjectAgent === "practitioner") return false;
  if (insideMemory(v, hit.first) || v.memoryBefore >= 0) return false;
  let k = hit.last;
  while (tokens[k] && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
  const n = tokens[k];
  if (!n || k >= v.clause.last) return false;
  if (/^(if|whether|that|how|what|why|me|her|him|it|them|no|nothing|none|any|anything)$/.test(n.norm))
    return false;
  // "I saw myself walking through a forest": the self seen in an image ("saw myself as a failure" is a view of oneself).
  if (ACCOUNT_REFLEXIVES.has(n.norm)) {
    const after = tokens[k + 1];
    return (
      !!after &&
      k + 1 < v.clause.last &&
      after.norm !== "as" &&
      (/ing$/.test(after.norm) || after.pos === "ADP")
    );
  }
  // Seeing a figure is a character piece; it is visual only with colour or light (spec).
  for (let j = k; j < Math.min(v.clause.last, k + 4); j++) {
    const x = tokens[j]!;
    if (x.pos === "NOUN" && FIGURE_WORDS.has(x.lemma)) return false;
    // "when I see photos of myself", "saw a film": pictures of the world, not imagery.
    if (x.pos === "NOUN" && MEDIA.has(x.lemma)) return false;
    // "noticed a new sensation", "noticed a tingling": what is noticed is felt, not seen
    // (but "saw swirls of colour" is seen).
    if ((v.cuesAt[j] ?? []).some((h) => BODY_CUE_TYPES.has(h.cue.type)) && !cuesOf(v, "image").length)
      return false;
    if (x.pos === "NOUN" || x.pos === "ADP") break;
  }
  return n.pos === "DET" || n.pos === "ADJ" || n.pos === "NOUN" || n.pos === "NUM";
}

/** "a dog barking far off", "bells chiming somewhere": a being or thing making a sound, no verb of its own. */
function heardMaker(v: View): boolean {
  const { tokens, clause } = v;
  for (let k = clause.first + 1; k < clause.last; k++) {
    const t = tokens[k]!;
    if (!/ing$/.test(t.norm) || !SOUND_MAKING.has(t.lemma) || t.negated || v.model.speech[k]) continue;
    const prev = tokens[k - 1]!;
    if (prev.pos !== "NOUN" || prev.norm === "i") continue;
    // The participle has no auxiliary: "the dog was barking" is told, "a dog barking" is heard.
    let finite = false;
    for (let j = clause.first; j < k; j++)
      if (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "VERB") finite = true;
    if (
      !finite ||
      /^(hear|listen)$/.test(tokens.slice(clause.first, k).find((x) => x.pos === "VERB")?.lemma ?? "")
    )
      return true;
  }
  return false;
}

/**
 * "heard the news", "a story I had heard as a student": what is heard is something told, not a
 * sound. The object after the verb (past a determiner or adjectives), or the noun a relative clause
 * ending in the verb hangs on ("a story | I'd heard").
 */
function heardAsTold(v: View, hit: CueHit): boolean {
  const { tokens } = v;
  let k = hit.last;
  while (k < v.clause.last && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ")) k++;
  const after = tokens[k];
  if (after && k < v.clause.last && after.pos === "NOUN" && TOLD_THINGS.has(after.lemma)) return true;
  // Back past the relative clause's subject and auxiliaries to the noun it describes.
  let j = hit.first - 1;
  while (
    j >= 0 &&
    j > hit.first - 4 &&
    (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "PRON" || tokens[j]!.pos === "PART")
  )
    j--;
  const head = tokens[j];
  return j < hit.first - 1 && head !== undefined && head.pos === "NOUN" && TOLD_THINGS.has(head.lemma);
}
