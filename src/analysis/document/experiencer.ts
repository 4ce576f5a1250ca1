// Whose experience each clause tells, and when it holds. A document's narrator says who "I" is on
// the whole; a clause's own grammar says more: its subject (the writer, the client, the practitioner,
// another person, people in general, a thing), whether the writer is treating in that sentence
// (then "I" is the practitioner whoever writes), and its time frame (told in the past, the present
// of an explanation, a modal, a habit, the past perfect of a history) against the tense the text is
// told in. The learnt scorer reads these as features (learnt/features.ts: experiencerFeatures).
import type { ClauseRole, Narrator } from "../model";
import type { Token } from "../text/read-text";
import type { RawClause } from "../text/clauses";
import { MODAL_VERBS, POSSESSIVE_DETERMINERS } from "../lexicon/function-words";
import {
  GENERIC_PERSON_NOUNS,
  GENERIC_QUANTIFIERS,
  HABITUAL_MARKERS,
  RELATION_NOUNS,
  TREATING_VERBS,
} from "../lexicon/experiencer";
import { PRACTITIONER_NOUNS, SPEECH_VERBS } from "../lexicon/practice";
import { agentOf, clauseSubject, type RoleContext } from "./roles";

/** Who a clause's subject is, resolved against the narrator and the names in the room. */
export type Experiencer =
  "writer" | "client" | "practitioner" | "person" | "generic" | "you" | "thing" | "none";

/** "would": a past habit ("sometimes shapes would form") or a condition, apart from the other modals. */
export type Tense = "past" | "past-perfect" | "present" | "present-perfect" | "modal" | "would" | "none";

export interface ClauseFrame {
  who: Experiencer;
  tense: Tense;
  /** A marker of what happens often or always ("usually", "whenever") in the clause or before it in its sentence. */
  habitual: boolean;
  /** The writer treats in this sentence or the one before or after it ("I placed my hands…"). */
  writerAtWork: boolean;
}

export interface ExperiencerView {
  clauses: ClauseFrame[];
  /** The tense most clauses of the text are told in. */
  textTense: "past" | "present";
  /** The writer treats somewhere in the text. */
  writerTreats: boolean;
  /**
   * The text tells one session to a "you" who was treated ("Ines puts her hands under your heels…
   * You taste pennies"): then "you" is the one treated, not the reader or people in general.
   */
  youTreated: boolean;
}

const FIRST_PERSON = new Set(["i", "we", "my", "our", "me", "us", "myself"]);
const THIRD_PERSON_PLURAL = new Set(["they", "their", "them"]);
const YOU = new Set(["you", "your"]);
const THINGS = new Set(["it", "this", "that", "there", "these", "those", "its", "what", "which"]);
const PAST_AUX = new Set(["was", "were", "did", "had", "'d"]);
const PRESENT_AUX = new Set(["is", "are", "am", "'s", "'re", "'m", "do", "does", "has", "have", "'ve"]);
const PERFECT_AUX = new Set(["has", "have", "'ve"]);
/** "My hands", "my fingers" on, over or under someone: the writer's hands at work are a practitioner's. */
const WORKING_PARTS = new Set(["hands", "hand", "fingers", "palms", "thumbs"]);
const ON_SOMEONE = new Set(["on", "over", "under", "onto", "around", "beneath"]);
const SOMEONE = new Set(["her", "his", "him", "their", "them", "the"]);

export function clauseFrames(
  raw: readonly RawClause[],
  roles: readonly ClauseRole[],
  ctx: RoleContext,
  narrator: Narrator,
  /** Each clause's subject as assignRoles found it (found again when absent). */
  subjects?: readonly (Token | null)[],
): ExperiencerView {
  const { tokens } = ctx;
  const atWork = writerAtWorkSentences(tokens, ctx.sentences.length);
  const writerTreats = atWork.some((x) => x === 1);
  const names = namesInText(tokens, ctx);
  const clauses: ClauseFrame[] = [];
  let past = 0;
  let present = 0;
  let prev: ClauseFrame | undefined;
  // Whom she or he last stood for in a client's text: the practitioner once named or seen at work.
  const refs: References = { last: undefined, writerTreats };
  // Only she or he in a client's text where the writer treats nowhere reads whom they last stood
  // for (thirdPerson): elsewhere the people named need not be followed.
  const followRefs = narrator !== "practitioner" && !writerTreats;
  let habitSentence = -1;
  let habitFrom = 0;
  let habitSeen = false;
  for (let ci = 0; ci < raw.length; ci++) {
    const c = raw[ci]!;
    const subject = subjects ? subjects[ci]! : clauseSubject(tokens, c);
    let who: Experiencer;
    if (subject) who = whoIs(tokens, subject, c.first, ctx, narrator, names, refs);
    else who = prev && raw[ci - 1]?.sentence === c.sentence ? prev.who : "none";
    // The client's I in their own words, in a note or where the writer treats: not the writer.
    if (
      who === "writer" &&
      subject &&
      (narrator === "practitioner" || atWork[c.sentence] === 1) &&
      inOthersWords(tokens, subject.i, ctx)
    )
      who = "client";
    if (followRefs) {
      noteReferents(tokens, c, ctx, names, refs);
      // She or he doing the practitioner's work ("she placed her hands…") is the practitioner.
      if (subject && SHE_HE.has(subject.norm) && (roles[ci] === "technique" || roles[ci] === "prompt"))
        refs.last = "practitioner";
    }
    // A clause without a verb of its own ("…as well as an exhale") is told in its sentence's tense so far.
    let tense = tenseOf(tokens, c);
    if (tense === "none" && prev && raw[clauses.length - 1]?.sentence === c.sentence) tense = prev.tense;
    if (tense === "past" || tense === "past-perfect") past++;
    else if (tense === "present" || tense === "present-perfect") present++;
    // "Sometimes when people relax, they shake": a marker anywhere before in the sentence governs
    // (read once per sentence: clauses come in order).
    if (c.sentence !== habitSentence) {
      habitSentence = c.sentence;
      habitFrom = ctx.sentences[c.sentence]!.first;
      habitSeen = false;
    }
    for (; habitFrom < c.last; habitFrom++)
      if (HABITUAL_MARKERS.has(tokens[habitFrom]!.norm)) habitSeen = true;
    const habitual = habitSeen;
    const frame: ClauseFrame = { who, tense, habitual, writerAtWork: atWork[c.sentence] === 1 };
    clauses.push(frame);
    prev = frame;
  }
  const youTreated = toldToYouTreated(tokens, ctx, clauses);
  if (youTreated) for (const f of clauses) if (f.who === "you") f.who = "client";
  return { clauses, textTense: past >= present ? "past" : "present", writerTreats, youTreated };
}

/**
 * "Anna says: I understand now…", "she said, “I keep holding on”": in a practitioner's note an I
 * in someone else's words (a quotation open before it, or the colon after a speech verb whose
 * subject is not the writer) is the one speaking, not the writer at work.
 */
export function inOthersWords(tokens: readonly Token[], at: number, ctx: RoleContext): boolean {
  const first = ctx.sentences[tokens[at]!.sentence]!.first;
  let open = false;
  for (let k = first; k < at; k++) {
    const q = tokens[k]!.quote;
    if (q === "open") open = true;
    else if (q === "close") open = false;
    else if (q === "toggle") open = !open;
  }
  if (open) return true;
  for (let k = at - 1; k > first; k--) {
    if (tokens[k]!.norm !== ":") continue;
    let v = k - 1;
    while (v > first && tokens[v]!.pos === "ADV") v--;
    const verb = tokens[v]!;
    if (verb.pos !== "VERB" || !SPEECH_VERBS.has(verb.lemma)) return false;
    const speaker = tokens[v - 1];
    return !!speaker && v - 1 >= first && !FIRST_PERSON.has(speaker.norm);
  }
  return false;
}

/**
 * Whether the text tells one session to a "you" who was treated: someone named (or she, he) treats
 * "you" in a sentence without a modal ("Ines puts her hands under your heels", "she held your
 * head"), and "you" is the subject of several clauses, few of them modal. An explanation for the
 * reader ("the practitioner may place her hands on your back… you may feel warmth") is not.
 */
function toldToYouTreated(
  tokens: readonly Token[],
  ctx: RoleContext,
  frames: readonly ClauseFrame[],
): boolean {
  let you = 0;
  let modal = 0;
  for (const f of frames)
    if (f.who === "you") {
      you++;
      if (f.tense === "modal" || f.tense === "would") modal++;
    }
  if (you < 3 || modal * 4 > you) return false;
  for (const s of ctx.sentences) {
    const lead = tokens[s.first]!;
    if (!(lead.pos === "PROPN" || SHE_HE.has(lead.norm)) || YOU.has(lead.norm)) continue;
    let modalHere = false;
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!;
      if (MODAL_VERBS.has(t.norm)) modalHere = true;
      if (modalHere) break;
      const hands = WORKING_PARTS.has(t.norm) && ON_SOMEONE.has(tokens[k + 1]?.norm ?? "");
      const treats = t.pos === "VERB" && TREATING_VERBS.has(t.lemma);
      if (!hands && !treats) continue;
      for (let j = k + 1; j < Math.min(s.last, k + 4); j++) if (YOU.has(tokens[j]!.norm)) return true;
    }
  }
  return false;
}

interface References {
  /** Whom the last person named in the text is. */
  last: "practitioner" | "client" | "person" | undefined;
  writerTreats: boolean;
}

const SHE_HE = new Set(["she", "he", "her", "his"]);

/** The people a clause names: a therapist's name or "the practitioner", a client's name, anyone else. */
function noteReferents(
  tokens: readonly Token[],
  c: { first: number; last: number },
  ctx: RoleContext,
  names: ReadonlySet<string>,
  refs: References,
): void {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (ctx.therapistNames.has(t.norm) || (t.pos === "NOUN" && PRACTITIONER_NOUNS.has(t.norm)))
      refs.last = "practitioner";
    else if (ctx.clientNames.has(t.norm)) refs.last = "client";
    else if ((t.pos === "PROPN" && names.has(t.norm)) || (t.pos === "NOUN" && RELATION_NOUNS.has(t.lemma)))
      refs.last = "person";
  }
}

/**
 * She or he in a client's text: the person the writer treats when the writer treats in the text
 * (the narrator was taken wrongly), else the practitioner when the practitioner was the last
 * person named, else another person.
 */
function thirdPerson(refs: References): Experiencer {
  if (refs.writerTreats) return "client";
  return refs.last === "practitioner" ? "practitioner" : "person";
}

function whoIs(
  tokens: readonly Token[],
  subject: Token,
  clauseFirst: number,
  ctx: RoleContext,
  narrator: Narrator,
  names: ReadonlySet<string>,
  refs: References,
): Experiencer {
  const w = subject.norm;
  // The possessor before the subject ("my legs", "her mother", "many clients") says whose it is.
  let det: Token | undefined;
  for (let k = subject.i - 1; k >= clauseFirst && k >= subject.i - 3; k--) {
    const t = tokens[k]!;
    if (POSSESSIVE_DETERMINERS.has(t.norm) || GENERIC_QUANTIFIERS.has(t.norm)) {
      det = t;
      break;
    }
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "ADV") break;
  }
  // "Many clients", "some people", "most of them": a quantified person is people in general; "a few
  // minutes", "many images" are no one.
  if (det && GENERIC_QUANTIFIERS.has(det.norm))
    return GENERIC_PERSON_NOUNS.has(w) || RELATION_NOUNS.has(subject.lemma) || THIRD_PERSON_PLURAL.has(w)
      ? "generic"
      : "thing";
  if (subject.pos === "NOUN" && RELATION_NOUNS.has(subject.lemma) && !ctx.clientNames.has(w)) return "person";
  if (GENERIC_PERSON_NOUNS.has(w)) return "generic";
  const owner = det ? det.norm : w;
  if (FIRST_PERSON.has(owner)) return "writer";
  if (YOU.has(owner)) return "you";
  if (THIRD_PERSON_PLURAL.has(owner)) return pluralReferent(tokens, subject.i, ctx);
  if (owner === "her" || owner === "his" || owner === "she" || owner === "he")
    return narrator === "practitioner" ? "client" : thirdPerson(refs);
  if (det && (det.norm === "its" || det.norm === "our")) return det.norm === "our" ? "writer" : "thing";
  if (THINGS.has(w)) return "thing";
  const agent = agentOf(subject, ctx);
  if (agent === "practitioner") return "practitioner";
  if (agent === "client") return "client";
  if (subject.pos === "PROPN" && names.has(w)) return "person";
  return "thing";
}

/**
 * They: the plural noun before it in its sentence or the one before ("my legs felt heavy, then they
 * trembled" are the legs; "children relax, then they shake" people in general); people in general
 * when none is there.
 */
function pluralReferent(tokens: readonly Token[], at: number, ctx: RoleContext): Experiencer {
  const from = ctx.sentences[Math.max(0, tokens[at]!.sentence - 1)]!.first;
  for (let k = at - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.pos !== "NOUN") continue;
    // "people" is its own lemma; any other plural differs from its lemma.
    if (GENERIC_PERSON_NOUNS.has(t.norm)) return "generic";
    if (t.norm === t.lemma) continue;
    return RELATION_NOUNS.has(t.lemma) ? "person" : "thing";
  }
  return "generic";
}

/**
 * Proper nouns met inside a sentence: a sentence's capitalised first word is tagged a proper noun
 * whatever it is ("Warmth spread…"), so there it is a name only when the text names it so elsewhere.
 */
function namesInText(tokens: readonly Token[], ctx: RoleContext): Set<string> {
  const out = new Set<string>([...ctx.clientNames, ...ctx.therapistNames]);
  for (const t of tokens)
    if (t.pos === "PROPN" && ctx.sentences[t.sentence]!.first !== t.i && /^[A-Z][a-z]/.test(t.text))
      out.add(t.norm);
  return out;
}

/** The tense of a clause's first verb group. */
function tenseOf(tokens: readonly Token[], c: { first: number; last: number }): Tense {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos !== "AUX" && t.pos !== "VERB") continue;
    if (t.norm === "would" || (t.norm === "'d" && tokens[k + 1]?.norm === tokens[k + 1]?.lemma))
      return "would";
    if (MODAL_VERBS.has(t.norm) || t.norm === "'ll") return "modal";
    const nextVerb = k + 1 < c.last && (tokens[k + 1]!.pos === "VERB" || tokens[k + 2]?.pos === "VERB");
    if ((t.norm === "had" || t.norm === "'d") && nextVerb) return "past-perfect";
    if (PERFECT_AUX.has(t.norm) && nextVerb) return "present-perfect";
    if (PAST_AUX.has(t.norm)) return "past";
    if (PRESENT_AUX.has(t.norm)) return "present";
    if (t.pos === "AUX") continue;
    if (t.norm.endsWith("ing")) return "none";
    if (t.norm === t.lemma) return tokens[k - 1]?.norm === "to" ? "none" : "present";
    if (t.norm.endsWith("s") && t.norm.slice(0, -1) === t.lemma) return "present";
    if (t.norm.endsWith("es") && t.norm.slice(0, -2) === t.lemma) return "present";
    return "past";
  }
  return "none";
}

/** Sentences where the writer treats (I or we with a verb of the hands, "my hands"), spread one either side. */
function writerAtWorkSentences(tokens: readonly Token[], sentences: number): Uint8Array {
  const own = new Uint8Array(sentences);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (
      t.norm === "my" &&
      WORKING_PARTS.has(next.norm) &&
      ON_SOMEONE.has(tokens[k + 2]?.norm ?? "") &&
      SOMEONE.has(tokens[k + 3]?.norm ?? "")
    )
      own[t.sentence] = 1;
    else if ((t.norm === "i" || t.norm === "we") && next.pos === "VERB" && TREATING_VERBS.has(next.lemma))
      own[t.sentence] = 1;
  }
  const out = new Uint8Array(sentences);
  for (let s = 0; s < sentences; s++)
    if (own[s] || (s > 0 && own[s - 1]) || (s + 1 < sentences && own[s + 1])) out[s] = 1;
  return out;
}
