// Who is writing, and the names of the other people in the room. A practitioner's note speaks of
// the client as she/he and of the practitioner as I; a client's reflection is the other way round.
import type { Narrator } from "../model";
import type { Token } from "../text/read-text";
import { FIGURE_HEADS } from "../lexicon/figures";
import { STARTING_VERBS, TREATING_VERBS } from "../lexicon/experiencer";
import { THIRD_PERSON } from "../lexicon/function-words";
import {
  CLIENT_SHORTHAND,
  PRACTITIONER_MARKERS,
  PROMPT_VERBS,
  SESSION_WORDS,
  TECHNIQUE_VERBS,
} from "../lexicon/practice";
import { PhraseMatcher } from "../text/phrase-matcher";

const practitionerMarkers = new PhraseMatcher<true>(PRACTITIONER_MARKERS.map((p) => [p, true] as const));
/** One "my client" outweighs a few first-person words: the writer treats. */
const MARKER_WEIGHT = 3;

/** Figures that stand for an aspect (a child, a parent, an animal, a guide): "a woman" may be a client. */
const figureHeads = new PhraseMatcher<true>(
  FIGURE_HEADS.filter(([, aspect]) => aspect !== "other").map(([w]) => [w, true] as const),
);
const INDEFINITE = new Set(["a", "an"]);
/** After a figure comes in, a he or she is as likely the figure as the client: it counts this much. */
const FIGURE_PRONOUN_WEIGHT = 0.5;

const FIRST_PERSON = new Set(["i", "my", "me", "mine", "myself"]);

export function detectNarrator(tokens: readonly Token[]): Narrator {
  let first = 0;
  let third = 0;
  let quoted = false;
  /** Where a figure ("a little girl", "an old woman") first comes into the text. */
  let figureFrom = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Words inside quotations are someone speaking, not the writer.
    if (t.quote === "open") quoted = true;
    else if (t.quote === "close") quoted = false;
    else if (t.quote === "toggle") quoted = !quoted;
    if (quoted || t.quote) continue;
    if (practitionerMarkers.matchAt(tokens, k)) third += MARKER_WEIGHT;
    // "Pt sees a wolf": only a note calls the client so, with a verb after it.
    else if (CLIENT_SHORTHAND.has(t.text) && tokens[k + 1]?.pos === "VERB") third += MARKER_WEIGHT;
    // "I saw", "I felt", "I remembered": the writer had the experience; "I held", "I placed": the
    // writer treated.
    const next = tokens[k + 1]?.lemma ?? "";
    if (t.norm === "i" && CLIENT_VERBS.has(next)) first += 2;
    if (t.norm === "i" && tokens[k + 1]?.pos === "VERB" && TREATING_VERBS.has(next)) third += 2;
    // "I start at feet", "I began at the sacrum": where the writer's hands began (not "at 9").
    else if (t.norm === "i" && STARTING_VERBS.has(next) && startsAtPlace(tokens, k + 2)) third += 2;
    if (FIRST_PERSON.has(t.norm)) first++;
    // A figure's he or she in a told scene ("He shook his head", "she said") is not the client.
    else if (THIRD_PERSON.has(t.norm) && !nearQuote(tokens, k))
      third += k > figureFrom ? FIGURE_PRONOUN_WEIGHT : 1;
    if (figureFrom === Infinity && introducesFigure(tokens, k)) figureFrom = k;
  }
  return first > third ? "client" : "practitioner";
}

/** Where a figure met in imagery first comes into the text (Infinity when none does). */
export function imageryFigureStart(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (introducesFigure(tokens, k)) return k;
  return Infinity;
}

/** "a little girl", "an old wise woman": a figure brought in with an indefinite article. */
function introducesFigure(tokens: readonly Token[], k: number): boolean {
  if (!INDEFINITE.has(tokens[k]!.norm)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
    if (figureHeads.matchAt(tokens, j)) return metInImagery(tokens, k);
    if (tokens[j]!.pos !== "ADJ" && tokens[j]!.pos !== "PUNCT") return false;
  }
  return false;
}

/** Verbs by which a figure is met in imagery; "a woman approaches me with a little boy" is a visit. */
const MEETING = new Set([
  "see",
  "find",
  "meet",
  "appear",
  "imagine",
  "visualise",
  "visualize",
  "picture",
  "emerge",
]);

function metInImagery(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === sentence; j--)
    if (MEETING.has(tokens[j]!.lemma)) return true;
  for (let j = k + 1; j < tokens.length && tokens[j]!.sentence === sentence; j++)
    if (MEETING.has(tokens[j]!.lemma)) return true;
  return false;
}

/** Is a quotation mark within a few words (the pronoun attributes or frames speech)? */
function nearQuote(tokens: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < Math.min(tokens.length, k + 4); j++) if (tokens[j]!.quote) return true;
  return false;
}

/** "at (the|her|his) <word>" from `k`, the word not a number or a time. */
function startsAtPlace(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== "at") return false;
  let j = k + 1;
  if (/^(the|her|his|their)$/.test(tokens[j]?.norm ?? "")) j++;
  const place = tokens[j];
  return !!place && place.pos === "NOUN" && !/\d/.test(place.text);
}

const CLIENT_VERBS = new Set([
  "feel",
  "see",
  "remember",
  "recall",
  "realise",
  "realize",
  "cry",
  "dream",
  "notice",
  "sense",
  "wonder",
]);

const TITLES = new Set(["dr", "dr.", "ms", "ms.", "mr", "mr.", "mrs", "mrs.", "miss"]);

/**
 * Names of the practitioner in a client's text: the person a session is "with" or notes are "for",
 * and a named subject of a technique or a prompt verb ("Dana started with her hands under my head").
 */
export function findTherapistNames(tokens: readonly Token[], narrator: Narrator): Set<string> {
  const names = new Set<string>();
  if (narrator !== "client") return names;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.norm === "with" || t.norm === "for") && SESSION_WORDS.has(tokens[i - 1]?.norm ?? "")) {
      const name = nameAt(tokens, i + 1);
      if (name) names.add(name);
    }
    if (t.norm === "notes" && tokens[i + 1]?.norm === "for") {
      const name = nameAt(tokens, i + 2);
      if (name) names.add(name);
    }
    if (isName(t) && i + 1 < tokens.length) {
      const verb = tokens[i + 1]!;
      if (
        (verb.pos === "VERB" || verb.pos === "AUX") &&
        (TECHNIQUE_STRONG.has(verb.lemma) || PROMPT_VERBS.has(verb.lemma))
      ) {
        names.add(t.norm.replace(/\.$/, ""));
      }
    }
  }
  return names;
}

/** Technique verbs that, with a named subject in a client's text, mark the practitioner. */
const TECHNIQUE_STRONG = new Set(
  [
    "hold",
    "start",
    "begin",
    "work",
    "put",
    "place",
    "cradle",
    "do",
    "rest",
    "move",
    "keep",
    "suggest",
  ].filter((v) => TECHNIQUE_VERBS.has(v) || PROMPT_VERBS.has(v)),
);

/**
 * Names of the client in a practitioner's note: the name that opens the note ("Grace, 62, ...")
 * and any name used as often as the client usually is.
 */
export function findClientNames(tokens: readonly Token[], narrator: Narrator): Set<string> {
  const names = new Set<string>();
  if (narrator !== "practitioner") return names;
  // The opening name, skipping a heading such as "Session 4." or a date.
  for (let i = 0; i < Math.min(tokens.length, 12); i++) {
    const t = tokens[i]!;
    if (isName(t) && !/^session$/i.test(t.text)) {
      const next = tokens[i + 1];
      if (next && (next.norm === "," || next.pos === "VERB" || next.pos === "AUX" || next.norm === "(")) {
        names.add(t.norm.replace(/\.$/, ""));
        break;
      }
    }
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (isName(t) && next && (next.pos === "VERB" || next.pos === "AUX")) {
      const n = t.norm.replace(/\.$/, "");
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  // A name that acts twice, or an initial ("M. reported"), is how the note refers to its client.
  for (const [n, c] of counts) if (c >= 2 || /^[a-z]$/.test(n)) names.add(n);
  const noun = clientNoun(tokens);
  if (noun) names.add(noun);
  return names;
}

/** Plain words a note may call its client by ("the boy sighs", "the woman settled"). */
const CLIENT_WORDS = new Set([
  "boy",
  "girl",
  "baby",
  "infant",
  "toddler",
  "child",
  "man",
  "woman",
  "guy",
  "lady",
]);

/**
 * In a note, a plain person word that acts as a subject after "the" at least twice, and was not
 * met in imagery, is the client ("A mother brings a little boy… The boy sighs deeply").
 */
function clientNoun(tokens: readonly Token[]): string | null {
  const acts = new Map<string, number>();
  const imagined = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CLIENT_WORDS.has(t.lemma) || t.norm !== t.lemma) continue;
    const before = tokens[i - 1]!;
    if (INDEFINITE.has(before.norm) || before.pos === "ADJ") {
      if (metInImagery(tokens, i)) imagined.add(t.lemma);
      continue;
    }
    const next = tokens[i + 1];
    if (before.norm === "the" && next && (next.pos === "VERB" || next.pos === "AUX"))
      acts.set(t.lemma, (acts.get(t.lemma) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [w, n] of acts) if (n >= 2 && !imagined.has(w) && (!best || n > acts.get(best)!)) best = w;
  return best;
}

function nameAt(tokens: readonly Token[], at: number): string | null {
  let i = at;
  if (TITLES.has(tokens[i]?.norm ?? "")) i++;
  const t = tokens[i];
  return t && isName(t) ? t.norm.replace(/\.$/, "") : null;
}

/** A capitalised word tagged as a proper noun, or an initial such as "M.". */
export function isName(t: Token): boolean {
  // /^[A-Z][a-z]/ for a proper noun, /^[A-Z]\.$/ for an initial, by character codes: this is
  // asked of every token several times over.
  const s = t.text;
  if (s.length < 2 || !isUpper(s.charCodeAt(0))) return false;
  const second = s.charCodeAt(1);
  return (t.pos === "PROPN" && second >= 97 && second <= 122) || (s.length === 2 && second === 46);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
