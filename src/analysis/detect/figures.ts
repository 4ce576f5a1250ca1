// Figures that appear (spec: "character"): when a noun phrase presents one, what it is called,
// which part it plays, and when a later mention or a name is the same figure.
import {
  ACCOUNT_POSSESSIVES,
  FIRST_PERSON_POSSESSIVES,
  INDEFINITE_ARTICLES,
  NAMED_OBJECTS,
  PERSON_POSSESSIVES,
  SELF_OBJECTS,
} from "../lexicon/function-words";
import type { CharacterAspect } from "../../domain";
import {
  ASPECT_CONTEXT,
  DEPTH_WORDS,
  FEMALE_FIGURES,
  FIGURE_HEADS,
  GOING,
  INNER_FIGURES,
  INSIDE_WORDS,
  IRREGULAR_PLURALS,
  MALE_FIGURES,
  MEETING_PREPOSITIONS,
  NAMING_ADJECTIVES,
  PART_ROLES,
  PART_WILL,
  PARTS_TALK,
  PERSON_NAMING_ADJECTIVES,
  PORTION_ADJECTIVES,
  WORK_ON_FRAMES,
} from "../lexicon/figures";
import {
  ANIMATE_VERBS,
  LIFE_PEOPLE,
  OPEN_FEMALE,
  OPEN_MALE,
  personShaped,
  SOUND_MAKING,
} from "../lexicon/figure-words";
import { SPEECH_VERBS } from "../lexicon/practice";
import { isName } from "../document/narrator";
import type { Clause, TextModel } from "../model";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { Token } from "../text/read-text";
import { figureAt, figures, NOUN_POS, npStart, type CharacterRecord, type State } from "./dialogue-state";

export const aspectCues = new PhraseMatcher<CharacterAspect>(ASPECT_CONTEXT);

export const APPEAR_VERBS = new Set([
  "appear",
  "emerge",
  "arrive",
  "come",
  "show",
  "step",
  "walk",
  "stand",
  "sit",
  "lie",
  "wait",
  "float",
  "fly",
  "run",
  "approach",
  "enter",
  "materialise",
  "materialize",
  "turn",
  "pop",
  "kneel",
  "crouch",
  "hover",
  "loom",
  "peek",
  "peer",
  "stood",
  "sat",
  "lay",
  "crawl",
  "swim",
  "rise",
  "reappear",
  "return",
  "join",
  "watch",
  "look",
  "stare",
  "gaze",
  "hold",
  "play",
  "dance",
  "sing",
  "cry",
  "laugh",
  "smile",
  "curl",
  "rest",
  // coming, going and staying put, in any manner
  "move",
  "glide",
  "drift",
  "wander",
  "stroll",
  "limp",
  "climb",
  "creep",
  "slip",
  "ride",
  "swoop",
  "land",
  "perch",
  "settle",
  "lean",
  "wade",
  "hop",
  "trot",
  "gallop",
  "march",
  "stride",
  "roam",
  "circle",
  "sleep",
  "lurk",
  "hide",
  "linger",
  "squat",
  "huddle",
  "loiter",
  "paddle",
  "sail",
  "reach",
  "beckon",
  "wave",
  "nod",
  "grin",
  "frown",
  "whisper",
  "scurry",
  "slither",
  "prowl",
  "pace",
  "tiptoe",
  "skip",
  "sway",
  "spin",
  "twirl",
]);

export const SEE_VERBS = new Set([
  "see",
  "notice",
  "meet",
  "find",
  "sense",
  "imagine",
  "picture",
  "spot",
  "glimpse",
  "visualise",
  "visualize",
  "encounter",
  "feel",
]);

export const THERE_VERBS = new Set([
  "was",
  "were",
  "is",
  "are",
  "stood",
  "sat",
  "appeared",
  "came",
  "lay",
  "emerged",
]);

/** Verbs that give a figure a name ("I'll call him the Judge", "she names her 'Aunt Moss'"). */
export const NAMING_LEMMAS: ReadonlySet<string> = new Set(["call", "name", "dub", "christen", "nickname"]);

/** Verbs of showing a feeling: a relative doing them is a person feeling, not a figure appearing. */
const EXPRESSING: ReadonlySet<string> = new Set(["cry", "laugh", "smile", "sob", "weep", "sigh"]);

/** "Then comes a small fox", "In walks an old man": a verb of coming before its indefinite subject. */
export function comesInverted(tokens: readonly Token[], npFirst: number): boolean {
  const verb = tokens[npFirst - 1];
  if (!verb || verb.pos !== "VERB" || !INVERTED_COMING.has(verb.lemma) || verb.negated) return false;
  if (!INDEFINITE_ARTICLES.has(tokens[npFirst]!.norm)) return false;
  return /^(then|in|out|up|there|here|now|along|suddenly|down)$/.test(tokens[npFirst - 2]?.norm ?? "");
}

/** Verbs of coming that may stand before their subject ("Then comes a fox", "In walks an old man"). */
const INVERTED_COMING: ReadonlySet<string> = new Set([
  "come",
  "walk",
  "step",
  "fly",
  "run",
  "appear",
  "stand",
  "sit",
]);

/** Nouns of imagery whose "of" brings in what is seen ("image of an old woman"; not "a memory of"). */
const IMAGE_NOUNS: ReadonlySet<string> = new Set(["image", "vision", "picture", "glimpse"]);

/** Figures that are a voice: heard, not seen. */
const VOICE_HEADS: ReadonlySet<string> = new Set(["voice", "whisper"]);

export const RECOGNITION_LEMMAS = new Set(["recognise", "recognize", "remind", "resemble"]);

export interface FigureHit {
  npFirst: number;
  head: number;
  last: number;
  aspect: CharacterAspect;
  /** Where the naming phrase starts when it is an apposition, not the figure's own noun phrase. */
  labelFirst?: number;
  /** End of the generic noun phrase ("a figure") when an apposition names it. */
  genericLast?: number;
  /** The figure's label when its words name it rather than a noun ("something deep inside"). */
  label?: string;
}

/** Words that say only that someone is there; a following apposition names the figure. */
export const GENERIC_FIGURES = new Set([
  "figure",
  "presence",
  "shape",
  "being",
  "person",
  "someone",
  "shadow",
  "form",
]);

export function figuresIn(model: TextModel, c: Clause): FigureHit[] {
  const { tokens } = model;
  const out: FigureHit[] = [];
  for (let k = c.first; k < c.last; k++) {
    if (model.masked[k] || model.speech[k]) continue;
    const t0 = tokens[k]!;
    // "A shape moved out of the fog: a gamekeeper": a bare shape is a figure only once named.
    const bareGeneric =
      GENERIC_FIGURES.has(t0.lemma) && NOUN_POS.has(t0.pos) && !figures.matchAt(tokens, k, c.last);
    // "the presence of cold air": what "of" names is there, not a being.
    if (t0.lemma === "presence" && tokens[k + 1]?.norm === "of") continue;
    // "Something deep inside urged me forward": the self's inner agent, named by its words.
    const agent = somethingInside(tokens, k, c.last);
    if (agent) {
      out.push({ npFirst: k, head: k, last: agent.last, aspect: "other", label: agent.label });
      k = agent.last - 1;
      continue;
    }
    const m =
      figureAt(tokens, k, c.last) ??
      (bareGeneric || partOfSelf(tokens, k) || (selfPart(tokens, k) && partVerbAfter(tokens, k + 1))
        ? { first: k, last: k + 1, value: "other" as const }
        : null);
    if (!m) continue;
    // "a little version of me": the version is the head, its owner after it.
    const owned = tokens[m.last - 2]?.norm === "of" && m.last - 3 >= m.first;
    const head = tokens[owned ? m.last - 3 : m.last - 1]!;
    // A figure is a singular noun ("birds" flying out, "all children" are a scene, not a character).
    if (
      !NOUN_POS.has(head.pos) ||
      head.negated ||
      (head.norm !== head.lemma && (head.norm.endsWith("s") || IRREGULAR_PLURALS.has(head.norm)))
    ) {
      k = m.last - 1;
      continue;
    }
    // "a figure in it, a tall woman in a blue robe": the apposition names it better.
    if (GENERIC_FIGURES.has(head.lemma)) {
      for (let j = m.last; j < Math.min(c.last, m.last + 8); j++) {
        if (tokens[j]!.norm !== "," && tokens[j]!.norm !== ":" && tokens[j]!.norm !== "—") continue;
        const a =
          figureAt(tokens, j + 1, c.last) ??
          figureAt(tokens, j + 2, c.last) ??
          figureAt(tokens, j + 3, c.last) ??
          figureAt(tokens, j + 4, c.last);
        if (a && !GENERIC_FIGURES.has(tokens[a.last - 1]!.lemma) && NOUN_POS.has(tokens[a.last - 1]!.pos)) {
          out.push({
            npFirst: npStart(tokens, m.first),
            head: a.last - 1,
            last: a.last,
            aspect: a.value,
            labelFirst: npStart(tokens, a.first),
            genericLast: m.last,
          });
          break;
        }
      }
      if (out.length && out[out.length - 1]!.npFirst === npStart(tokens, m.first)) {
        k = m.last - 1;
        continue;
      }
      if (bareGeneric) continue;
    }
    out.push({ npFirst: npStart(tokens, m.first), head: m.last - 1, last: m.last, aspect: m.value });
    k = m.last - 1;
  }
  return out;
}

/**
 * "Something deep inside urged me forward", "something within me said no": "something" placed inside
 * the self and speaking (a verb of SPEECH_VERBS right after) is the self's inner agent, a figure
 * labelled by its words. Not "something inside me shifted" (no speech) nor "something inside the box".
 */
export function somethingInside(
  tokens: readonly Token[],
  k: number,
  limit: number,
): { last: number; label: string } | null {
  if (tokens[k]?.norm !== "something") return null;
  let j = k + 1;
  while (j < limit && DEPTH_WORDS.has(tokens[j]!.norm)) j++;
  if (!INSIDE_WORDS.has(tokens[j]?.norm ?? "")) return null;
  const labelEnd = j + 1;
  if (SELF_OBJECTS.has(tokens[labelEnd]?.norm ?? "")) j++;
  const v = tokens[j + 1];
  if (!v || j + 1 >= limit || v.pos !== "VERB" || v.negated || !SPEECH_VERBS.has(v.lemma)) return null;
  const label = tokens
    .slice(k, labelEnd)
    .map((t) => t.norm)
    .join(" ");
  return { last: j + 1, label };
}

/** "A part of me whispered…", "a part of her said…": a part of the self that speaks is a figure. */
function partOfSelf(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lemma !== "part" || tokens[k + 1]?.norm !== "of") return false;
  if (!SELF_OBJECTS.has(tokens[k + 2]?.norm ?? "")) return false;
  const v = tokens[k + 3];
  return !!v && v.pos === "VERB" && !v.negated && SPEECH_VERBS.has(v.lemma);
}

const partsTalkCache = new WeakMap<readonly Token[], boolean>();

/**
 * In a text that speaks of parts ("IFS", "my parts", "exiles"), "a part", "this part", "the angry
 * part" is a part of the self, a figure: "So a part and I did some work", "this part wants…". Not
 * "part of the session", "the best part", "each part" in general.
 */
function selfPart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.norm !== "part" || !NOUN_POS.has(t.pos)) return false;
  let talk = partsTalkCache.get(tokens);
  if (talk === undefined) {
    const text = " " + tokens.map((x) => x.norm).join(" ") + " ";
    const roles = new Set([...text.matchAll(PART_ROLES)].map((m) => m[1]!.replace(/s$/, "")));
    talk = PARTS_TALK.test(text) || roles.size >= 2;
    partsTalkCache.set(tokens, talk);
  }
  if (!talk) return false;
  if (tokens[k + 1]?.norm === "of" && !SELF_OBJECTS.has(tokens[k + 2]?.norm ?? "")) return false;
  // "the part where she held my head": a stretch of the session.
  if (/^(where|when)$/.test(tokens[k + 1]?.norm ?? "")) return false;
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "ADV")) {
    if (PORTION_ADJECTIVES.has(tokens[j]!.norm)) return false;
    j--;
  }
  return /^(a|an|this|that|the|my|her|his)$/.test(tokens[j]?.norm ?? "");
}

/** "A part and I did some work", "this part wants…": a part of the self acting as a being is met. */
function partActs(tokens: readonly Token[], npFirst: number, npLast: number): boolean {
  return selfPart(tokens, npLast - 1) && tokens[npFirst - 1]?.pos !== "ADP" && partVerbAfter(tokens, npLast);
}

/**
 * The verb after a part (from `k`, past "of me" and adverbs) is one a being does; with "and I"
 * ("a part and I did some work") any deed. Not "the hard part came at the end", "the part started".
 */
function partVerbAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm === "of" && SELF_OBJECTS.has(tokens[k + 1]?.norm ?? "")) k += 2;
  const together = tokens[k]?.norm === "and" && tokens[k + 1]?.norm === "i";
  if (together) k += 2;
  while (tokens[k]?.pos === "ADV") k++;
  // "did some work": a verb wink reads as an auxiliary when its object follows.
  while (tokens[k]?.pos === "AUX" && tokens[k + 1]?.pos !== "DET" && tokens[k + 1]?.pos !== "NOUN") k++;
  const v = tokens[k];
  if (!v || v.negated || v.lemma === "be" || !(v.pos === "VERB" || v.pos === "AUX")) return false;
  return together || ANIMATE_VERBS.has(v.lemma) || SPEECH_VERBS.has(v.lemma) || PART_WILL.has(v.lemma);
}

/** Does the clause present the figure as appearing ("a little girl appeared", "there was a woman", "I saw an owl")? */
export function appears(
  tokens: readonly Token[],
  c: Clause,
  npFirst: number,
  npLast: number,
  sentenceFirst: number,
): boolean {
  const before = tokens[npFirst - 1];
  const before2 = tokens[npFirst - 2];
  // "When a Reiki healer touches your body…": a case in general, not a figure that appears.
  if (genericCase(tokens, c, npFirst)) return false;
  // "What if my baby is sleeping…": a relative in a supposition, not one met.
  if (PERSON_POSSESSIVES.has(tokens[npFirst]!.norm) && supposed(tokens, npFirst)) return false;
  // "my mum's hands": the figure word only names whose hands.
  // ("a 'guard'": a closing quotation mark is no possessive.)
  if (tokens[npLast]?.norm === "'s" || (tokens[npLast]?.norm === "'" && !tokens[npLast]!.quote)) return false;
  if (
    innerFigureMet(tokens, npFirst, npLast) ||
    partActs(tokens, npFirst, npLast) ||
    somethingInside(tokens, npFirst, npLast + 1)
  )
    return true;
  // "there was a woman", "There's a girl on the stairs".
  if (before && (THERE_VERBS.has(before.norm) || before.norm === "'s") && before2?.norm === "there")
    return true;
  if (comesInverted(tokens, npFirst)) return true;
  if (presentedByFragment(tokens, npFirst, npLast, sentenceFirst)) return true;
  // "There was: a woman made of light": the colon only sets the figure off.
  if (
    before?.norm === ":" &&
    before2 &&
    THERE_VERBS.has(before2.norm) &&
    tokens[npFirst - 3]?.norm === "there"
  )
    return true;
  if (before && SEE_VERBS.has(before.lemma) && before.pos === "VERB" && !visiting(tokens, npFirst - 1))
    return true;
  // "I heard a voice": a voice is met by hearing it.
  if (before?.lemma === "hear" && !before.negated && VOICE_HEADS.has(tokens[npLast - 1]?.lemma ?? ""))
    return true;
  if (before && (before.pos === "VERB" || before.pos === "AUX") && before.lemma !== "be") return false;
  // "One was a grey old woman", "The other was a big dog": figures counted in.
  if (before && before.lemma === "be" && /^(one|other|another|first|second|this)$/.test(before2?.norm ?? ""))
    return true;
  // "I was a baby again": the client's own state, not a figure.
  if (before && before.lemma === "be" && /^(i|she|he|we|they|it)$/.test(before2?.norm ?? "")) return false;
  // "a green field with her late father walking towards her": a figure in the scene.
  if (before && before.norm === "with" && tokens[npLast]?.pos === "VERB" && /ing$/.test(tokens[npLast]!.norm))
    return true;
  // "I dreamed of my aunt", "a dream about a ferryman": the dream brings the figure.
  if (
    before &&
    (before.norm === "of" || before.norm === "about") &&
    before2?.lemma === "dream" &&
    !before2.negated
  )
    return true;
  // "Image of an old woman by the fire", "a vision of a tall man": the image is of the figure.
  if (before?.norm === "of" && IMAGE_NOUNS.has(before2?.lemma ?? "") && !before2!.negated) return true;
  if (before && before.pos === "ADP" && before.norm !== "like") {
    // The object of a preposition is a place or company, not the one who appears.
    return false;
  }
  const det = tokens[npFirst]!;
  // "Meg's mom", "my Daddy's mama": owned by someone named, a relative as much as "my mom" is.
  const possessive = PERSON_POSSESSIVES.has(det.norm) || (before?.norm === "'s" && before2?.norm !== "there");
  let seenScene = false;
  // "I saw a field of poppies, | and a woman…": a clause that is only a noun phrase joined on
  // shares the seeing of the clause before it in the sentence.
  let from = c.first;
  if (/^(and|then|,)$/.test(tokens[c.first]!.norm) && !hasVerb(tokens, c.first, npFirst))
    from = sentenceFirst;
  for (let k = from; k < npFirst; k++)
    if ((SEE_VERBS.has(tokens[k]!.lemma) && tokens[k]!.lemma !== "feel") || tokens[k]!.lemma === "dream")
      seenScene = true;
  // Note shorthand: "figure: old fisherman", "guide: a heron", "Visual: small boy…", "Sees: a wolf…".
  if (
    before?.norm === ":" &&
    (/^(figure|figures|character|guide|animal|image|visitor|visual|vision|imagery)$/.test(
      before2?.norm ?? "",
    ) ||
      (!!before2 && SEE_VERBS.has(before2.lemma) && before2.lemma !== "feel" && !before2.negated))
  )
    return true;
  // "She saw a light and then a little girl": a figure among the things seen.
  if (
    seenScene &&
    (det.norm === "a" || det.norm === "an") &&
    before &&
    /^(and|then|,|also)$/.test(before.norm)
  )
    return true;
  // "A friend was doing her practice sessions and asked…": a person of the writer's life is a
  // figure only when seen or coming ("I saw a friend by the gate", "a neighbour appeared").
  const life = LIFE_PEOPLE.has(tokens[npLast - 1]!.lemma) && !seenScene;
  // "a dog barking far off": a being heard, not seen.
  const heard = tokens[npLast];
  if (heard && /ing$/.test(heard.norm) && SOUND_MAKING.has(heard.lemma) && !seenScene) return false;
  // "A figure steps out": wink may read a present-tense verb after the subject as a plural noun.
  const v0 = tokens[npLast];
  if (v0 && v0.pos === "NOUN" && /s$/.test(v0.norm) && !possessive) {
    const stem = v0.norm.slice(0, -1);
    if (APPEAR_VERBS.has(stem) || APPEAR_VERBS.has(stem.replace(/e$/, ""))) return true;
  }
  for (let k = npLast; k < Math.min(c.last + 12, npLast + 12); k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.pos === "VERB" || t.pos === "AUX") {
      if (t.negated) return false;
      // "a grey owl named Pip watched over me": a figure brought in by its name.
      if (
        /^(named|called)$/.test(t.norm) &&
        indefiniteFrom(tokens, npFirst) &&
        /^[A-Z]/.test(tokens[k + 1]?.text ?? "")
      )
        return true;
      if (t.lemma === "be") {
        const n = tokens[k + 1];
        // "A girl of six was the gardener": a new figure identified as someone.
        if (
          n &&
          n.pos === "DET" &&
          (det.norm === "a" || det.norm === "an") &&
          figureAt(tokens, k + 2, c.last + 1)
        )
          return true;
        if (life && !(n && APPEAR_VERBS.has(n.lemma))) return false;
        // "my mother was dying that year" tells of the person; "my mother was standing there" shows her.
        if (possessive && n?.pos === "VERB" && !APPEAR_VERBS.has(n.lemma)) return false;
        // "Her mother was crying too": a relative's feeling, not a figure shown, unless seen.
        if (possessive && n && EXPRESSING.has(n.lemma) && !seenScene) return false;
        return (
          !!n &&
          (n.norm === "there" || n.norm === "here" || n.pos === "VERB" || (n.pos === "ADP" && !possessive))
        );
      }
      if (possessive) {
        if (t.lemma === "come" && ["to", "into", "forward", "in"].includes(tokens[k + 1]?.norm ?? ""))
          return true;
        // In a seen scene a relative who walks in is a figure; in a memory it is the person.
        if (seenScene && APPEAR_VERBS.has(t.lemma)) return true;
        return ["appear", "emerge", "show", "materialise", "materialize"].includes(t.lemma);
      }
      // "A critical voice kept saying…": what the figure keeps doing is the verb after.
      const next = tokens[k + 1];
      const then = /^(keep|begin|start|continue)$/.test(t.lemma) && next?.pos === "VERB" ? next : t;
      return (
        APPEAR_VERBS.has(then.lemma) ||
        (SPEECH_VERBS.has(then.lemma) && (det.norm === "a" || det.norm === "an") && !life)
      );
    }
    if (t.quote || t.norm === "." || t.norm === ";") return false;
    // "a woman of light, who sat down beside me": what the figure does introduces it.
    if ((t.norm === "who" || t.norm === "that") && !possessive && !life) {
      const v = tokens[k + 1];
      if (v && v.pos === "VERB" && !v.negated && v.lemma !== "be") return true;
      // "a woman in grey, who I somehow knew was my grandmother": the figure known for someone.
      if (v && v.pos === "PRON" && knownAs(tokens, k + 2, Math.min(tokens.length, k + 9))) return true;
    }
  }
  return false;
}

/**
 * "I took my inner child for a walk", "I recognise her to be my 4-year-old self": an inner figure
 * (INNER_FIGURES) with its owner's possessive is met whatever the verb. Not "the needs of my inner
 * child" (a preposition's object), "my inner child work" (a modifier), "your inner child" (the
 * reader's, in general) or "I was my younger self again" (the client's own state).
 */
function innerFigureMet(tokens: readonly Token[], npFirst: number, npLast: number): boolean {
  if (!ownInnerFigure(tokens, npFirst, npLast)) return false;
  const after = tokens[npLast];
  if (after && NOUN_POS.has(after.pos)) return false;
  const before = tokens[npFirst - 1];
  if (before?.pos === "ADP" && !MEETING_PREPOSITIONS.has(before.norm)) return false;
  // "recognised him as Tommy, her younger self": an apposition names a figure met; "I asked my
  // younger self what…" is a turn, read with the figures asked.
  if (before?.norm === "," || (before?.pos === "VERB" && SPEECH_VERBS.has(before.lemma))) return false;
  if (before?.lemma === "be" && /^(i|we)$/.test(tokens[npFirst - 2]?.norm ?? "")) return false;
  if (innerWorkFrame(tokens, npFirst)) return false;
  return !before?.negated;
}

/**
 * Talk about an inner figure rather than meeting it: a wish or a task ("I need to love my inner
 * child more", "I have been working on healing my inner child for years"), told before it in its
 * sentence.
 */
function innerWorkFrame(tokens: readonly Token[], npFirst: number): boolean {
  for (let k = npFirst - 1; k >= Math.max(0, npFirst - 6); k--) {
    const t = tokens[k]!;
    if (/^[.!?;]$/.test(t.text)) return false;
    if (!WORK_ON_FRAMES.has(t.lemma) || t.pos !== "VERB") continue;
    const next = tokens[k + 1]?.norm;
    if (next === "to" || next === "on") return true;
  }
  return false;
}

/** "I went to see my friend", "came to meet a healer": seeing at the end of a journey is a visit. */
function visiting(tokens: readonly Token[], see: number): boolean {
  if (tokens[see - 1]?.norm !== "to") return false;
  for (let k = see - 2; k >= Math.max(0, see - 5); k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB") return GOING.has(t.lemma);
    if (t.norm === "." || t.norm === ",") return false;
  }
  return false;
}

/** An inner figure (INNER_FIGURES) with its owner's possessive: "my inner child", "his older self". */
export function ownInnerFigure(tokens: readonly Token[], npFirst: number, npLast: number): boolean {
  if (!ACCOUNT_POSSESSIVES.has(tokens[npFirst]?.norm ?? "")) return false;
  const words = tokens
    .slice(Math.max(npFirst, npLast - 2), npLast)
    .map((t) => t.norm)
    .join(" ");
  return INNER_FIGURES.has(words);
}

/** What may stand before the figure in a note's verbless sentence ("Then a wolf at the tree line."). */
const FRAGMENT_OPENERS: ReadonlySet<string> = new Set([
  "then",
  "and",
  "now",
  "suddenly",
  "later",
  "next",
  "also",
  ",",
  ":",
  "-",
  "–",
  "—",
  "•",
  "*",
]);

/**
 * Note shorthand: a verbless sentence that is only a figure and where or how it is ("A wolf at the
 * tree line.", "An old woman by the fire, knitting.", "A 'guard' in black armour standing in front
 * of her mouth."): the indefinite figure opens it, a place, a comma or a participle follows, and no
 * finite verb tells anything else.
 */
function presentedByFragment(
  tokens: readonly Token[],
  npFirst: number,
  npLast: number,
  sentenceFirst: number,
): boolean {
  // "a 'guard'": the scare quotes are no part of the noun phrase.
  const det = tokens[npFirst - 1]?.quote && npFirst - 2 >= sentenceFirst ? npFirst - 2 : npFirst;
  if (!INDEFINITE_ARTICLES.has(tokens[det]!.norm)) return false;
  // Back to the sentence's start, or to a stop the sentence splitter ran past ("Held feet. – a heron…").
  for (let k = det - 1; k >= sentenceFirst && !/^[.;!?]$/.test(tokens[k]!.norm); k--)
    if (!FRAGMENT_OPENERS.has(tokens[k]!.norm)) return false;
  const sentence = tokens[det]!.sentence;
  let next = npLast;
  while (tokens[next]?.quote && tokens[next]!.sentence === sentence) next++;
  const after = tokens[next];
  if (!after || after.sentence !== sentence) return false;
  if (!(after.pos === "ADP" || after.norm === "," || after.norm === ":" || /ing$/.test(after.norm)))
    return false;
  // "a baby crying somewhere": a being heard, not seen.
  if (/ing$/.test(after.norm) && SOUND_MAKING.has(after.lemma)) return false;
  for (let k = npLast; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.negated || t.pos === "AUX") return false;
    // "at the far end": wink may read a noun after a determiner and its adjective as a verb.
    const noun =
      tokens[k - 1]!.pos === "DET" ||
      (tokens[k - 2]?.pos === "DET" && /^(ADJ|ADV)$/.test(tokens[k - 1]!.pos));
    if (t.pos === "VERB" && !/(ing|ed)$/.test(t.norm) && !noun) return false;
  }
  return true;
}

/** Words that open a clause telling what happens in general ("when", "whenever", "if"). */
const GENERIC_OPENERS: ReadonlySet<string> = new Set(["when", "whenever", "if", "once"]);

/**
 * A clause opened by "when"/"whenever"/"if" with an indefinite subject and its verb in the simple
 * present of the third person ("When a healer touches your body", "if a client feels"): what
 * happens in general.
 */
function genericCase(tokens: readonly Token[], c: Clause, npFirst: number): boolean {
  let k = c.first;
  while (k < npFirst && /^(and|but|,)$/.test(tokens[k]!.norm)) k++;
  if (!GENERIC_OPENERS.has(tokens[k]?.norm ?? "")) return false;
  // The case's subject is itself indefinite ("when a healer…"); "when she closes her eyes a girl
  // appears" tells the session.
  if (!/^(a|an|any|every)$/.test(tokens[k + 1]?.norm ?? "")) return false;
  for (let j = k + 2; j < c.last; j++) {
    const t = tokens[j]!;
    if (t.pos !== "VERB" && !(t.pos === "NOUN" && /s$/.test(t.norm) && NOUN_POS.has(tokens[j - 1]!.pos)))
      continue;
    // wink may read "touches" after a noun as a plural noun: the -s form after the subject is the verb.
    return /[^s]s$/.test(t.norm) && t.norm !== t.lemma;
  }
  return false;
}

/** The subject of "if", "unless" or "in case" ("what if my baby…"): someone supposed. */
function supposed(tokens: readonly Token[], npFirst: number): boolean {
  const w = tokens[npFirst - 1]?.norm;
  return w === "if" || w === "unless" || (w === "case" && tokens[npFirst - 2]?.norm === "in");
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return true;
  return false;
}

/** Verbs of knowing someone for who they are ("knew she was my grandmother"). */
const KNOWING = new Set([
  "know",
  "realise",
  "realize",
  "sense",
  "feel",
  "understand",
  "recognise",
  "recognize",
]);

/** "(somehow) knew (it/she) was my …" from `at`: a knowing verb, then "be" and a possessive. */
function knownAs(tokens: readonly Token[], at: number, limit: number): boolean {
  let k = at;
  while (k < limit && tokens[k]!.pos === "ADV") k++;
  const v = tokens[k];
  if (!v || !KNOWING.has(v.lemma) || v.negated) return false;
  k++;
  if (tokens[k]?.norm === "that") k++;
  if (/^(it|she|he|this)$/.test(tokens[k]?.norm ?? "")) k++;
  return tokens[k]?.lemma === "be" && /^(my|our|her|his)$/.test(tokens[k + 1]?.norm ?? "");
}

export function labelOf(tokens: readonly Token[], npFirst: number, last: number): string {
  const words: string[] = [];
  // A person: a man, a girl, a child, a figure; not a fox, a scarecrow or a tree.
  const headFig = figureAt(tokens, last - 1, last);
  const headLemma = tokens[last - 1]!.lemma;
  const person =
    !!headFig &&
    headFig.value !== "animal" &&
    (genderOf(headLemma, headFig.value) === "f" ||
      genderOf(headLemma, headFig.value) === "m" ||
      headFig.value === "child" ||
      GENERIC_FIGURES.has(headLemma) ||
      personShaped(headLemma));
  // "my seven-year-old self", "a 4-year-old boy": an age joined by hyphens is kept whole.
  let ageFrom = last - 2;
  while (ageFrom - 2 >= npFirst && tokens[ageFrom - 1]!.text === "-") ageFrom -= 2;
  const withAge = ageFrom < last - 2;
  for (let k = npFirst; k < last; k++) {
    const t = tokens[k]!;
    if (withAge && k >= ageFrom && k < last - 1) {
      words.push(t.norm);
      continue;
    }
    // The head as written when singular ("neighbour", not wink's "neighbor"), else its lemma.
    if (k === last - 1)
      words.push(
        t.lemma === "teen" ? "teenager" : t.norm.endsWith("s") && t.norm !== t.lemma ? t.lemma : t.norm,
      );
    else if (
      NAMING_ADJECTIVES.has(t.norm) ||
      (person && PERSON_NAMING_ADJECTIVES.has(t.norm)) ||
      (NOUN_POS.has(t.pos) && k >= last - 2 && figureAt(tokens, k)?.last === last)
    )
      words.push(t.norm);
  }
  return words.join(" ").replace(/\s+-\s+/g, "-");
}

/** "my 4-year-old self" and "my 12-year-old self" are two figures, whatever else they share. */
function otherAge(a: string, b: string): boolean {
  const age = (label: string) => /(?:^| )(\S+)-years?-old\b/.exec(label)?.[1];
  const x = age(a);
  const y = age(b);
  return !!x && !!y && x !== y;
}

/** Figures that are the same younger self however they are called ("a teenage girl", "a teenager"). */
export const CHILD_HEADS = new Set(FIGURE_HEADS.filter(([, a]) => a === "child").map(([h]) => h));

export function findOrCreate(
  state: State,
  model: TextModel,
  c: Clause,
  fig: FigureHit,
  s: number,
): CharacterRecord {
  const { tokens } = model;
  const head = tokens[fig.head]!.lemma;
  const self = selfLabel(tokens, c);
  const label = self ?? fig.label ?? labelOf(tokens, fig.labelFirst ?? fig.npFirst, fig.last);
  const gender = genderOf(head, fig.aspect);
  const same = state.characters.find(
    (r) => !r.bodyPart && (r.head === head || r.label === label) && !otherAge(r.label, label),
  );
  if (same) return same;
  if (CHILD_HEADS.has(head)) {
    const child = state.characters.find(
      (r) =>
        r.aspect === "child" &&
        (r.gender === gender || r.gender === "?" || gender === "?") &&
        !otherAge(r.label, label),
    );
    if (child) return child;
  }
  const rec = createRecord(state, model, label, head, fig.aspect, s, c);
  // "a tall figure…, his own older self": the noun the text may go on calling it by.
  const nounLast = fig.genericLast ?? fig.last;
  const nounLabel = labelOf(tokens, fig.npFirst, nounLast);
  if (self && nounLabel && nounLabel !== self)
    rec.nounLabel = { label: nounLabel, head: tokens[nounLast - 1]!.lemma, after: fig.last };
  return rec;
}

export function createRecord(
  state: State,
  model: TextModel,
  label: string,
  head: string,
  aspect: CharacterAspect,
  s: number,
  c: Clause | null,
): CharacterRecord {
  const rec: CharacterRecord = {
    label,
    head,
    aspect:
      contextAspect(model, s, c, aspect) ??
      (label === "older self" ? "guide" : label === "younger self" ? "child" : aspect),
    gender: genderOf(head, aspect),
    aliases: new Set(),
    regions: [],
    bodyPart: false,
  };
  state.characters.push(rec);
  return rec;
}

export function genderOf(head: string, aspect: CharacterAspect): CharacterRecord["gender"] {
  if (FEMALE_FIGURES.has(head) || OPEN_FEMALE.has(head)) return "f";
  if (MALE_FIGURES.has(head) || OPEN_MALE.has(head)) return "m";
  if (
    aspect === "animal" ||
    head === "voice" ||
    head === "presence" ||
    head === "shadow" ||
    head === "creature"
  )
    return "n";
  return "?";
}

/** "my own voice but older" -> older self; "a younger me" -> younger self. */
export function selfLabel(tokens: readonly Token[], c: Clause): string | null {
  let self = false;
  let older = false;
  let younger = false;
  for (let k = c.first; k < c.last; k++) {
    const w = tokens[k]!.norm;
    if (w === "own" || w === "myself" || w === "me" || w === "herself" || w === "himself") self = true;
    if (w === "older") older = true;
    if (w === "younger") younger = true;
  }
  if (self && older) return "older self";
  if (self && younger) return "younger self";
  return null;
}

/** The part a figure plays, from words around its first appearance (guarding -> protector). */
export function contextAspect(
  model: TextModel,
  s: number,
  c: Clause | null,
  fallback: CharacterAspect,
): CharacterAspect | null {
  const { tokens } = model;
  const sentences = model.read.sentences;
  const from = c ? c.first : sentences[s]!.first;
  const to = sentences[Math.min(sentences.length - 1, s + 2)]!.last;
  for (const m of aspectCues.findAll(tokens, from, to)) {
    if (!tokens[m.first]!.negated && (m.value === "protector" || m.value === "critic")) return m.value;
  }
  // "like my nani", "like her father": the figure is of that kind.
  const sen = sentences[s]!;
  for (let k = sen.first; k < sen.last - 2; k++) {
    if (tokens[k]!.norm === "like" && PERSON_POSSESSIVES.has(tokens[k + 1]!.norm)) {
      const f = figureAt(tokens, k + 2, sen.last);
      if (f && (f.value === "ancestor" || f.value === "parent")) return f.value;
    }
  }
  // A wise or luminous person is a guide; an animal stays an animal.
  if (fallback === "other") {
    for (const m of aspectCues.findAll(tokens, from, sentences[s]!.last)) {
      if (!tokens[m.first]!.negated && m.value === "guide") return "guide";
    }
    if (madeOfLight(tokens, from, sentences[s]!.last)) return "guide";
  }
  // "a woman in a shawl, 'my great-grandmother, I think'": kin set beside the figure.
  if (fallback === "other" && c) {
    const kin = kinInApposition(tokens, c.first, sentences[s]!.last);
    if (kin) return kin;
  }
  return null;
}

/** "made of soft gold light", "of pale blue light": light after "of" past its adjectives and colours. */
function madeOfLight(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (tokens[k]!.norm !== "of") continue;
    let j = k + 1;
    while (
      j < to &&
      j - k <= 4 &&
      (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "ADV" || tokens[j]!.pos === "NOUN") &&
      tokens[j]!.norm !== "light"
    )
      j++;
    if (j > k + 1 && tokens[j]?.norm === "light") return true;
  }
  return false;
}

/** A kin word set off after a comma or a quotation mark ("…, my grandmother", "'my great-grandmother"). */
function kinInApposition(tokens: readonly Token[], from: number, to: number): CharacterAspect | null {
  for (let k = from + 1; k < to - 1; k++) {
    if (!FIRST_PERSON_POSSESSIVES.has(tokens[k]!.norm)) continue;
    const before = tokens[k - 1]!;
    if (!(before.norm === "," || before.quote || before.norm === "—")) continue;
    let n = k + 1;
    while (n < to && (tokens[n]!.pos === "ADJ" || tokens[n]!.norm === "-")) n++;
    const f = figureAt(tokens, n, to);
    if (f && (f.value === "parent" || f.value === "ancestor")) return f.value;
  }
  return null;
}

/**
 * "She recognized it as Kitsune", "he looked like Dr. Weiss", "It was me at sixteen": the figure is
 * identified. Returns the name given (lower case), "" when none, or null when the clause is no recognition.
 */
export function recognition(model: TextModel, c: Clause): string | null {
  const { tokens } = model;
  let at = -1;
  let naming = false;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.negated || model.speech[k]) continue;
    if (RECOGNITION_LEMMAS.has(t.lemma)) at = k;
    // "I'll call him the Judge", "she names her 'Aunt Moss'": the figure gets a name.
    else if (NAMING_LEMMAS.has(t.lemma) && NAMED_OBJECTS.has(tokens[k + 1]?.norm ?? "")) {
      at = k + 1;
      naming = true;
    } else if (
      t.norm === "like" &&
      tokens[k - 1] &&
      (tokens[k - 1]!.lemma === "look" || tokens[k - 1]!.lemma === "seem")
    )
      at = k;
    else if (
      (t.norm === "me" || t.norm === "herself" || t.norm === "himself" || t.norm === "myself") &&
      tokens[k - 1]?.lemma === "be"
    )
      at = k;
    else if (
      t.lemma === "be" &&
      (/^(it|that|this|he|she)$/.test(tokens[k - 1]?.norm ?? "") ||
        (KNOWING.has(tokens[k - 1]?.lemma ?? "") && tokens[k - 1]!.pos === "VERB"))
    ) {
      // "it's my Dad", "it was my grandmother", "who I knew was my great-grandmother Agnes": the
      // figure seen is someone the client knows; a name after the kin word is the name given.
      let n = FIRST_PERSON_POSSESSIVES.has(tokens[k + 1]?.norm ?? "") ? k + 2 : -1;
      // "my great-grandmother": past the adjective and the hyphen to the noun.
      while (n > 0 && n < c.last - 1 && (tokens[n]!.pos === "ADJ" || tokens[n]!.norm === "-")) n++;
      let h = n;
      while (h > 0 && h < c.last - 1 && NOUN_POS.has(tokens[h + 1]!.pos) && !isName(tokens[h + 1]!)) h++;
      const who = h > 0 ? tokens[h] : undefined;
      if (who && NOUN_POS.has(who.pos) && figureAt(tokens, h)) {
        // wink may tag a name it does not know as a verb ("Rose"): a capital after the kin word is a name.
        const name = tokens[h + 1];
        if (name && (isName(name) || /^[A-Z][a-z]/.test(name.text)) && h + 2 >= c.last - 1) return name.norm;
        if (h + 1 >= c.last - 1) return who.norm;
      }
    }
    if (at >= 0) break;
  }
  if (at < 0) return null;
  for (let k = at + 1; k < c.last; k++) {
    const t = tokens[k]!;
    if (
      // A name given may be any capitalised word ("Miss Hatch", wink may not tag it a name).
      (isName(t) || (naming && /^[A-Z][a-z]/.test(t.text))) &&
      !/^(dr|ms|mr|mrs|miss|mx|sir|aunt|uncle)\.?$/i.test(t.text) &&
      !model.clientNames.has(t.norm) &&
      !model.therapistNames.has(t.norm)
    ) {
      // "Dr. Weiss": the surname is the name used later.
      return t.norm.replace(/\.$/, "");
    }
  }
  return "";
}

export function recognisedAsSelf(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last; k++)
    if (/^(herself|himself|myself|me)$/.test(tokens[k]!.norm)) return true;
  return false;
}

/** "a grey owl", "a small grey owl" (wink may read "small" as an adverb): an indefinite noun phrase. */
function indefiniteFrom(tokens: readonly Token[], npFirst: number): boolean {
  for (let k = npFirst; k >= Math.max(0, npFirst - 3); k--) {
    const t = tokens[k]!;
    if (t.norm === "a" || t.norm === "an") return true;
    // "a beautiful, regal she-wolf": adjectives set side by side with commas.
    if (k < npFirst && t.pos !== "ADV" && t.pos !== "ADJ" && t.norm !== ",") return false;
  }
  return false;
}

/** "…was my great-grandmother Agnes": the kin a figure is recognised as (parent or ancestor), or null. */
export function kinAspectIn(tokens: readonly Token[], c: Clause): CharacterAspect | null {
  for (let k = c.first; k < c.last - 1; k++) {
    if (!FIRST_PERSON_POSSESSIVES.has(tokens[k]!.norm)) continue;
    let n = k + 1;
    while (n < c.last && (tokens[n]!.pos === "ADJ" || tokens[n]!.norm === "-")) n++;
    const f = figureAt(tokens, n, c.last);
    if (f && (f.value === "parent" || f.value === "ancestor")) return f.value;
  }
  return null;
}

/**
 * "Dreamt about her", "I dreamed of him that night": a dream of a figure met before, named by a
 * pronoun, brings it back. The pronoun's token, or -1.
 */
export function dreamtOf(tokens: readonly Token[], c: Clause): number {
  for (let k = c.first; k < c.last - 2; k++) {
    const t = tokens[k]!;
    if (t.lemma !== "dream" || t.negated) continue;
    const p = tokens[k + 1]!.norm === "about" || tokens[k + 1]!.norm === "of" ? tokens[k + 2]! : null;
    if (p && /^(her|him)$/.test(p.norm)) return k + 2;
  }
  return -1;
}

/**
 * "'Little Bee' showed up", "“Grey Wolf” appeared": a quoted name of one to three capitalised words
 * right before a verb of appearing brings in a figure by that name. Its token range, or null.
 */
export function quotedNameAppears(
  tokens: readonly Token[],
  c: Clause,
): { first: number; last: number } | null {
  for (let k = c.first; k < c.last - 2; k++) {
    const q = tokens[k]!.quote;
    if (q !== "open" && q !== "toggle") continue;
    let j = k + 1;
    while (j < c.last && j - k <= 3 && !tokens[j]!.quote && /^[A-Z]/.test(tokens[j]!.text)) j++;
    if (j === k + 1 || j >= c.last || !tokens[j]!.quote) continue;
    const v = tokens[j + 1];
    if (v && v.pos === "VERB" && !v.negated && APPEAR_ON_STAGE.has(v.lemma)) return { first: k + 1, last: j };
  }
  return null;
}

const APPEAR_ON_STAGE: ReadonlySet<string> = new Set([
  "appear",
  "show",
  "come",
  "arrive",
  "emerge",
  "step",
  "pop",
  "turn",
]);

/** "= me as a toddler", "me at six", "my younger self": the clause makes the figure the client younger. */
export function selfAsChild(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 1; k++) {
    const t = tokens[k]!;
    if (t.norm === "me" && /^(as|at|aged)$/.test(tokens[k + 1]!.norm)) return true;
    if (t.norm === "younger" && /^(me|self)$/.test(tokens[k + 1]!.norm)) return true;
  }
  return false;
}
