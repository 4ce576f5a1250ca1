// What the dialogue stages share: the figures met so far and the conversation going on.
import { POSSESSIVE_DETERMINERS } from "../lexicon/function-words";
import type { BodyRegion, CharacterAspect, Laterality } from "../../domain";
import { FIGURE_HEADS } from "../lexicon/figures";
import { ANIMATE_VERBS, OPEN_FIGURE_HEADS, personShaped } from "../lexicon/figure-words";
import type { DraftPiece, TextModel } from "../model";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { Token } from "../text/read-text";

export interface CharacterRecord {
  label: string;
  head: string;
  aspect: CharacterAspect;
  gender: "f" | "m" | "n" | "?";
  aliases: Set<string>;
  regions: BodyRegion[];
  /** A speaking body part's side ("left shoulder"), carried to its turns. */
  laterality?: Laterality | null;
  bodyPart: boolean;
  /** Labelled for the self it is ("older self"): its own noun phrase's label, and the token after it. */
  nounLabel?: { label: string; head: string; after: number };
}

export interface State {
  characters: CharacterRecord[];
  active: CharacterRecord | null;
  lastEvent: number;
  /** Token where the conversation's figure came in; turns before it are not turns with it. */
  activeFrom: number;
  /** Who spoke last: a reply ("she answered") comes from the other one. */
  lastSpeaker: "client" | "figure" | null;
  /** The figure of the conversation that went quiet (no turn for WINDOW sentences), kept a while longer. */
  quiet?: CharacterRecord;
  /** Sentence of the last script line or address by name: the dialogue is written as a script. */
  scriptAt?: number;
}

/** How many sentences a conversation stays open after its last turn. */
export const WINDOW = 3;

export const NOUN_POS = new Set(["NOUN", "PROPN"]);

export const OBJECT_PRONOUNS = new Set(["it", "her", "him", "them", "me", "us"]);

const STOCK = new Set(FIGURE_HEADS.map(([w]) => w));
export const figures = new PhraseMatcher<CharacterAspect>([
  ...FIGURE_HEADS,
  ...OPEN_FIGURE_HEADS.filter(([w]) => !STOCK.has(w)),
]);

/**
 * A figure noun at `at`: a listed one, or any singular common noun shaped like a word for a person
 * ("beekeeper") or that does what only a being does ("a tall shape beckoned", "the lamp-lighter said").
 */
export function figureAt(
  tokens: readonly Token[],
  at: number,
  limit = tokens.length,
): { first: number; last: number; value: CharacterAspect } | null {
  const m = figures.matchAt(tokens, at, limit);
  if (m) return modifiesACompound(tokens, m.last) || aPersonInTheRoom(tokens, m.first, m.last) ? null : m;
  const t = tokens[at];
  if (!t || t.pos !== "NOUN" || at + 1 > limit) return null;
  if (t.norm !== t.lemma && t.norm.endsWith("s")) return null;
  const prev = tokens[at - 1];
  if (!prev || !(prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM")) return null;
  if (aPersonInTheRoom(tokens, at, at + 1)) return null;
  if (personShaped(t.lemma)) return { first: at, last: at + 1, value: "other" };
  const next = tokens[at + 1];
  if (next && NOUN_POS.has(next.pos)) return null;
  let passive = false;
  for (let k = at + 1; k < Math.min(limit, at + 4); k++) {
    const x = tokens[k]!;
    if (x.pos === "AUX" && x.lemma === "be") passive = true;
    // "a push to tell it all", "an urge to shout": the noun's infinitive, not the noun doing it.
    if (x.norm === "to") break;
    if (x.pos === "ADV" || x.pos === "AUX" || x.pos === "PART") continue;
    // "This book is called…", "the little muscle called the…": named, not doing anything.
    if (NAMING_FORMS.has(x.norm) && (passive || k === at + 1)) break;
    if (x.pos === "VERB" && ANIMATE_VERBS.has(x.lemma) && !x.negated)
      return { first: at, last: at + 1, value: "other" };
    break;
  }
  return null;
}

/** Participles that give a thing its name ("called", "named"): a noun they follow is not speaking. */
const NAMING_FORMS: ReadonlySet<string> = new Set([
  "called",
  "named",
  "known",
  "termed",
  "titled",
  "entitled",
]);

/** "a butterfly-shaped bone", "a child-like voice": the figure word is half of an adjective. */
function modifiesACompound(tokens: readonly Token[], after: number): boolean {
  const dash = tokens[after];
  const word = tokens[after - 1];
  if (!dash || !word || (dash.text !== "-" && dash.text !== "‑")) return false;
  return dash.start === word.end && tokens[after + 1]?.start === dash.end;
}

/** Plain words for an adult: with "the" and never brought in before, they name someone present. */
const PLAIN_PERSONS = new Set([
  "guy",
  "man",
  "woman",
  "lady",
  "gentleman",
  "fellow",
  "person",
  "chap",
  "gal",
]);
const DEFINITE = new Set(["the", "this", "that"]);

/**
 * "Two minutes in, the guy said…": a definite plain person word with no earlier "a guy", "a man"
 * refers to someone the reader already knows — the client or another person in the room — not a
 * figure met in imagery (which a text brings in first: "a man appeared… the man said").
 */
function aPersonInTheRoom(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[last - 1]!;
  if (!PLAIN_PERSONS.has(head.lemma)) return false;
  let k = first - 1;
  while (k >= 0 && tokens[k]!.pos === "ADJ") k--;
  if (k < 0 || !DEFINITE.has(tokens[k]!.norm)) return false;
  for (let j = 0; j < k; j++) if (tokens[j]!.lemma === head.lemma) return false;
  return true;
}

/** A body part given a voice; its label keeps the words as written, side included ("left shoulder"). */
export function bodyPart(
  state: State,
  words: string,
  region: BodyRegion,
  laterality: Laterality | null = null,
): CharacterRecord {
  const named = words || region.replace("-", " ");
  const side = laterality === "left" || laterality === "right" ? laterality : null;
  const label = side && !named.startsWith(side) ? `${side} ${named}` : named;
  const existing = state.characters.find((r) => r.bodyPart && r.label === label);
  if (existing) return existing;
  const rec: CharacterRecord = {
    label,
    // Spoken to again without its side ("told the knee"), it is the same part.
    head: named,
    aspect: "other",
    gender: "n",
    aliases: new Set(label === named ? [] : [named]),
    regions: [region],
    laterality: side,
    bodyPart: true,
  };
  state.characters.push(rec);
  return rec;
}

/** A felt thing given a voice ("the tightness"): spoken with like a body part, placed where it is felt. */
export function sensationFigure(
  state: State,
  label: string,
  regions: BodyRegion[],
  laterality: Laterality | null,
): CharacterRecord {
  const existing = state.characters.find((r) => r.bodyPart && r.label === label);
  if (existing) return existing;
  const rec: CharacterRecord = {
    label,
    head: label,
    aspect: "other",
    gender: "n",
    aliases: new Set(),
    regions: [...new Set(regions)],
    laterality,
    bodyPart: true,
  };
  state.characters.push(rec);
  return rec;
}

export function characterPiece(
  rec: CharacterRecord,
  sentence: number,
  first: number,
  lastInclusive: number,
): DraftPiece {
  return {
    kind: "character",
    sentence,
    first,
    last: lastInclusive + 1,
    regions: [],
    laterality: null,
    character: rec.label,
    aspect: rec.aspect,
    figure: rec,
    group: rec.label,
  };
}

export function messagePiece(
  rec: CharacterRecord,
  sentence: number,
  first: number,
  last: number,
): DraftPiece {
  return {
    kind: "message",
    sentence,
    first,
    last,
    regions: rec.bodyPart ? [...rec.regions] : [],
    laterality: rec.bodyPart ? (rec.laterality ?? null) : null,
    character: rec.label,
  };
}

/**
 * The lemma of a verb of `verbs` at `k`. wink may read a present-tense verb right after its subject
 * as a plural noun ("Pt thanks the guard", "Knee replies: not yet"): its stem then, when listed.
 */
export function verbLemmaAt(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): string | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.pos === "VERB") return verbs.has(t.lemma) ? t.lemma : null;
  if (t.pos !== "NOUN" || !t.norm.endsWith("s")) return null;
  const prev = tokens[k - 1];
  if (!prev || prev.sentence !== t.sentence || !(NOUN_POS.has(prev.pos) || prev.pos === "PRON")) return null;
  for (const stem of [t.norm.replace(/ies$/, "y"), t.norm.replace(/es$/, ""), t.norm.slice(0, -1)])
    if (verbs.has(stem)) return stem;
  return null;
}

/** Index of the clause holding a token, or -1. */
export function clauseOf(model: TextModel, token: number): number {
  return model.clauseAt[token] ?? -1;
}

export function npStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0) {
    // A determiner opens the noun phrase: "in the corner a tall nurse" holds two.
    if (k !== head && (tokens[k]!.pos === "DET" || POSSESSIVE_DETERMINERS.has(tokens[k]!.norm))) break;
    const p = tokens[k - 1]!;
    // "a 6-year-old girl", "a regal she-wolf": a hyphen inside a word joins its two halves.
    if (tightHyphen(tokens, k - 1) && k >= 2) {
      k -= 2;
      continue;
    }
    if (
      p.pos === "ADJ" ||
      p.pos === "DET" ||
      p.pos === "NUM" ||
      (p.pos === "PRON" && POSSESSIVE_DETERMINERS.has(p.norm)) ||
      (NOUN_POS.has(p.pos) && tokens[k]!.pos !== "PRON") ||
      // "a hooded monk", "a bearded man": a participle between the determiner and the noun.
      (p.pos === "VERB" && /ed$/.test(p.norm) && /^(DET|ADJ)$/.test(tokens[k - 2]?.pos ?? ""))
    )
      k--;
    else break;
  }
  return k;
}

/** A hyphen at `k` written inside a word ("6-year-old"), not a dash set between words. */
function tightHyphen(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!dash || !before || !after || (dash.text !== "-" && dash.text !== "‑")) return false;
  return before.end === dash.start && after.start === dash.end;
}
