// Splits sentences into clauses, the unit a piece's span is cut from (spec: "the shortest clause
// that states the experience"). Boundaries: strong punctuation, a comma before a verb phrase,
// "and"/"but"/"then" before a new subject or verb, subordinators, and a new pronoun subject.
import type { Token } from "./read-text";
import type { Sentence } from "./read-text";
import { PERSON_POSSESSIVES, PERSON_SUBJECTS } from "../lexicon/function-words";

export interface RawClause {
  sentence: number;
  first: number;
  last: number;
  elided: boolean;
}

const STRONG = new Set([";", ":", "—", "–", "(", ")", "…"]);
const COORDINATORS = new Set(["and", "but", "or", "so", "yet", "then"]);
const SUBORDINATORS = new Set([
  "when",
  "as",
  "while",
  "although",
  "though",
  "because",
  "until",
  "since",
  "once",
  "whereas",
  "which",
  "who",
  "where",
  "after",
  "before",
  "whilst",
]);
const RELATIVES = new Set(["which", "who", "where"]);
/** A pronoun after these words is the subject of a complement, not of a new clause ("asked if she saw"). */
const COMPLEMENTIZERS = new Set([
  "if",
  "whether",
  "what",
  "how",
  "why",
  "where",
  "who",
  "that",
  "like",
  "as",
  "though",
  "than",
]);
const ANY_SUBJECT_PRONOUNS = new Set([
  "i",
  "she",
  "he",
  "we",
  "they",
  "it",
  "you",
  "there",
  "something",
  "everything",
  "nothing",
]);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "my",
  "her",
  "his",
  "its",
  "their",
  "your",
  "our",
  "this",
  "that",
  "these",
  "those",
  "some",
  "every",
  "each",
]);
/** Words trimmed from the start of a span (spec: "without leading connectives"). */
export const LEADING_CONNECTIVES = new Set(["and", "then", "but", "so", "or", "yet", "also", "plus"]);

export function splitClauses(tokens: readonly Token[], sentences: readonly Sentence[]): RawClause[] {
  const out: RawClause[] = [];
  for (const s of sentences) {
    const parts = splitSentence(tokens, s.first, s.last);
    for (const [first, last] of joinFragments(tokens, parts)) {
      if (last <= first) continue;
      out.push({ sentence: s.index, first, last, elided: startsWithVerb(tokens, first, last) });
    }
  }
  return out;
}

function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX");
}

function splitSentence(tokens: readonly Token[], first: number, last: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = first;
  let hasVerb = false;
  const cut = (at: number, nextStart: number) => {
    if (at > start) parts.push([start, at]);
    start = nextStart;
    hasVerb = false;
  };
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (
      STRONG.has(t.norm) ||
      (t.norm === "-" && t.text === "-" && tokens[i - 1] && tokens[i - 1]!.end < t.start)
    ) {
      cut(i, i + 1);
      continue;
    }
    if (t.norm === ",") {
      if (
        (segmentHasVerb(tokens, i + 1, last) && !betweenAdjectives(tokens, i)) ||
        COORDINATORS.has(tokens[i + 1]?.norm ?? "")
      )
        cut(i, i + 1);
      continue;
    }
    const afterAnd = t.norm === "then" && start === i - 1 && COORDINATORS.has(tokens[i - 1]!.norm);
    // "so" before a verb or adjective is an intensifier ("felt so loved"), not a new clause.
    const elidedOk = t.norm !== "so" && t.norm !== "or";
    if (
      i > start &&
      !afterAnd &&
      COORDINATORS.has(t.norm) &&
      startsClause(tokens, t.norm === "then" ? i : i + 1, last, elidedOk)
    ) {
      cut(i, i);
    } else if (
      i > start &&
      SUBORDINATORS.has(t.norm) &&
      (RELATIVES.has(t.norm) || startsClause(tokens, i + 1, last, false))
    ) {
      cut(i, i);
    } else if (
      i > start &&
      hasVerb &&
      PERSON_SUBJECTS.has(t.norm) &&
      nextVerbWithin(tokens, i + 1, last, 3) &&
      !COORDINATORS.has(tokens[i - 1]!.norm) &&
      !SUBORDINATORS.has(tokens[i - 1]!.norm) &&
      !COMPLEMENTIZERS.has(tokens[i - 1]!.norm)
    ) {
      cut(i, i);
    }
    // "When she touched my neck my blood ran cold": after a subordinate clause, a new subject
    // noun phrase with its own verb opens the main clause, even without a comma.
    else if (
      i > start &&
      hasVerb &&
      SUBORDINATORS.has(tokens[start]!.norm) &&
      /^(my|her|his|their|our)$/.test(t.norm) &&
      (tokens[i - 1]!.pos === "NOUN" || /^(my|her|his|their|our|the)$/.test(tokens[i - 2]?.norm ?? "")) &&
      tokens[i + 1]?.pos === "NOUN" &&
      nextVerbWithin(tokens, i + 2, last, 2)
    ) {
      cut(i, i);
    }
    // "…moved a muscle in my back both my feet became hot": "both" or "all" before the new subject.
    else if (
      i > start &&
      hasVerb &&
      (t.norm === "both" || t.norm === "all") &&
      (tokens[i - 1]!.pos === "NOUN" || tokens[i - 1]!.pos === "ADV") &&
      PERSON_POSSESSIVES.has(tokens[i + 1]?.norm ?? "") &&
      tokens[i + 2]?.pos === "NOUN" &&
      nextVerbWithin(tokens, i + 3, last, 2)
    ) {
      cut(i, i);
    }
    if (isVerb(t)) hasVerb = true;
  }
  if (start < last) parts.push([start, last]);
  return parts;
}

/** "a peculiar, aching sensitivity": a comma between an adjective and a participle before its noun. */
function betweenAdjectives(tokens: readonly Token[], comma: number): boolean {
  const next = tokens[comma + 1];
  return (
    tokens[comma - 1]?.pos === "ADJ" &&
    next !== undefined &&
    next.pos === "VERB" &&
    /(ing|ed)$/.test(next.norm) &&
    tokens[comma + 2]?.pos === "NOUN"
  );
}

/** Does the stretch up to the next comma or strong mark hold a verb? */
function segmentHasVerb(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k < last; k++) {
    const t = tokens[k]!;
    if (t.norm === "," || STRONG.has(t.norm)) return false;
    if (t.quote) continue;
    if (isVerb(t)) return true;
  }
  return false;
}

function nextVerbWithin(tokens: readonly Token[], from: number, last: number, n: number): boolean {
  for (let k = from; k < Math.min(last, from + n); k++) {
    const t = tokens[k]!;
    if (isVerb(t)) return true;
    if (t.pos !== "ADV" && t.pos !== "PART") return false;
  }
  return false;
}

/** Does a new clause start at token j (a subject with its verb, or a verb whose subject is elided)? */
function startsClause(tokens: readonly Token[], j: number, last: number, allowElided: boolean): boolean {
  const t = tokens[j];
  if (!t || j >= last) return false;
  if (t.norm === "then") return true;
  if (ANY_SUBJECT_PRONOUNS.has(t.norm)) return nextVerbWithin(tokens, j + 1, last, 3);
  if (t.pos === "VERB") return allowElided;
  if (t.pos === "ADV") return startsClause(tokens, j + 1, last, allowElided);
  // "and within a few minutes my whole pelvis started rocking": an opening phrase, then the subject.
  if (t.pos === "ADP") {
    for (let k = j + 1; k < Math.min(last, j + 8); k++) {
      const x = tokens[k]!;
      if (x.pos === "PUNCT" || x.pos === "CCONJ" || isVerb(x)) return false;
      if (PERSON_SUBJECTS.has(x.norm) || (x.pos === "PRON" && PERSON_POSSESSIVES.has(x.norm) && k > j + 1)) {
        return startsClause(tokens, k, last, false);
      }
    }
    return false;
  }
  if (DETERMINERS.has(t.norm) || t.pos === "NOUN" || t.pos === "PROPN") {
    for (let k = j + 1; k < Math.min(last, j + 7); k++) {
      const x = tokens[k]!;
      if (isVerb(x)) return true;
      if (x.pos === "CCONJ" || x.pos === "PUNCT" || x.pos === "SCONJ") return false;
    }
  }
  return false;
}

function startsWithVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (LEADING_CONNECTIVES.has(t.norm) || t.pos === "ADV" || t.pos === "PUNCT") continue;
    return t.pos === "VERB";
  }
  return false;
}

/**
 * A clause without a verb joins its neighbour: the next one after "and"/"or", else the previous one.
 * One that opens with "and"/"but" after a comma stays a clause of its own: it is coordinated, and
 * often its verb was tagged as a noun ("and after it a warmth spread around her heart").
 */
function joinFragments(tokens: readonly Token[], parts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < parts.length; k++) {
    const [first, last] = parts[k]!;
    let verb = false;
    for (let i = first; i < last; i++) if (isVerb(tokens[i])) verb = true;
    const coordinated =
      k > 0 &&
      COORDINATORS.has(tokens[first]!.norm) &&
      (tokens[first - 1]?.norm === "," ||
        (tokens[first - 1]?.norm === ";" && tokens[first]!.norm === "then"));
    if (verb || parts.length === 1 || coordinated) {
      out.push([first, last]);
      continue;
    }
    const next = parts[k + 1];
    // "An ache in the left shoulder, then a buzzing down the arm", "a pulse in the knee; then ...":
    // a noun phrase before a semicolon or a ", then" is an experience of its own.
    const hasNoun = tokens.slice(first, last).some((t) => t.pos === "NOUN");
    const apart =
      !!next &&
      (tokens[last]?.norm === ";" ||
        (tokens[last]?.norm === "," && /^(then|but)$/.test(tokens[next[0]]?.norm ?? "")));
    if (hasNoun && apart) {
      out.push([first, last]);
      continue;
    }
    if (next && (tokens[next[0]]?.norm === "and" || tokens[next[0]]?.norm === "or") && next[0] === last) {
      parts[k + 1] = [first, next[1]];
      continue;
    }
    const prev = out[out.length - 1];
    if (prev) prev[1] = last;
    else if (next) parts[k + 1] = [first, next[1]];
    else out.push([first, last]);
  }
  return out;
}
