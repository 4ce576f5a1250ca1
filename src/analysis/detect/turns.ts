// Turns of a conversation told without quotation marks, and body parts given a voice.
import { ASKING_LEMMAS, POSSESSIVE_DETERMINERS } from "../lexicon/function-words";
import { ADDRESSING_VERBS, INDIRECT_SPEECH, REPORT_VERBS, TURN_VERBS } from "../lexicon/practice";
import { CONVEYING_PHRASES, INNER_SPEAKER_LABELS } from "../lexicon/reported-speech";
import { clauseSubject, type RoleContext } from "../document/roles";
import type { Clause, TextModel } from "../model";
import type { Token } from "../text/read-text";
import { OBJECT_PRONOUNS, verbLemmaAt, type CharacterRecord, type State } from "./dialogue-state";
import { subjectBefore } from "./quotes";
import { createRecord } from "./figures";
import { compatible, FAMILY, resolveSpeaker } from "./speakers";
import { isName } from "../document/narrator";

export const COMPLEMENT_STARTS = new Set([
  ":",
  "that",
  "what",
  "where",
  "whether",
  "if",
  "how",
  "why",
  "who",
  "yes",
  "no",
  "back",
  "to",
  // "said sorry to her", "said goodbye": a turn of its own.
  "sorry",
  "goodbye",
  "hello",
  "thanks",
]);

export const SPEAK_WORDS = new Set([
  "speak",
  "say",
  "talk",
  "tell",
  "voice",
  "what",
  "answer",
  "respond",
  "want",
  "need",
]);

export const INVITING = new Set([
  "let",
  "invite",
  "ask",
  "suggest",
  "encourage",
  "allow",
  "tell",
  "dialogue",
  "talk",
]);

/**
 * "I invited him to let his lower back speak", "she suggested I ask my jaw what it was holding",
 * "listen to my heart": a body part is given a voice. The inviting verb comes before the part,
 * the speaking after it (or "listen to" right before it).
 */
export function invitedBodyPart(tokens: readonly Token[], c: Clause): Clause["regions"][number] | null {
  for (const r of c.regions) {
    let invite = false;
    for (let k = c.first; k < r.first; k++) {
      const l = tokens[k]!.lemma;
      if (INVITING.has(l) && tokens[k]!.pos === "VERB") invite = true;
    }
    let listens = false;
    for (let k = Math.max(c.first, r.first - 4); k < r.first; k++)
      if (tokens[k]!.lemma === "listen") listens = true;
    let speaks = false;
    for (let k = r.last; k < Math.min(c.last, r.last + 4); k++)
      if (SPEAK_WORDS.has(tokens[k]!.lemma)) speaks = true;
    if ((invite && speaks) || listens) return r;
  }
  return null;
}

/** A felt thing given a voice: "we asked the tightness what it wanted", "the tension … said it was tired". */
export interface SensationVoice {
  /** Token range of the sensation noun (its label, as written). */
  first: number;
  last: number;
  /** The asking or speaking verb; turn "ask" when the clause is itself a turn to it. */
  verb: number;
  turn: "asked" | "spoke" | "invited";
}

export function sensationVoice(model: TextModel, c: Clause): SensationVoice | null {
  const { tokens } = model;
  const felt = emotionAsked(tokens, c);
  if (felt) return felt;
  for (let h = firstCueFrom(model.cues, c.first); h < model.cues.length; h++) {
    const hit = model.cues[h]!;
    if (hit.first >= c.last) break;
    if (hit.cue.type !== "sensation") continue;
    const noun = tokens[hit.last - 1]!;
    if (noun.pos !== "NOUN" || model.masked[hit.first]) continue;
    // Spoken to: an asking or inviting verb before it, a speaking word after it.
    let verb = -1;
    for (let k = c.first; k < hit.first; k++)
      if (INVITING.has(tokens[k]!.lemma) && tokens[k]!.pos === "VERB") verb = k;
    let listens = false;
    for (let k = Math.max(c.first, hit.first - 4); k < hit.first; k++)
      if (tokens[k]!.lemma === "listen") listens = true;
    let speaks = false;
    for (let k = hit.last; k < Math.min(c.last, hit.last + 4); k++)
      if (SPEAK_WORDS.has(tokens[k]!.lemma)) speaks = true;
    if ((verb >= 0 && speaks) || listens) {
      const asked = verb >= 0 && ASKING_LEMMAS.has(tokens[verb]!.lemma) && !invitedBefore(tokens, verb);
      return {
        first: hit.first,
        last: hit.last,
        verb: Math.max(verb, hit.first),
        turn: asked ? "asked" : "invited",
      };
    }
    // Speaking: the sensation is the subject of a speech verb that says something.
    const subject = clauseSubject(tokens, c);
    if (subject?.i !== hit.last - 1) continue;
    for (let k = hit.last; k < c.last; k++) {
      const t = tokens[k]!;
      if (t.pos === "AUX") break;
      if (t.pos !== "VERB") continue;
      if (!INDIRECT_SPEECH.has(t.lemma) || t.negated) break;
      const next = tokens[k + 1];
      const says =
        !!next &&
        (COMPLEMENT_STARTS.has(next.norm) ||
          ((next.pos === "PRON" || OBJECT_PRONOUNS.has(next.norm)) &&
            ["VERB", "AUX"].includes(tokens[k + 2]?.pos ?? "")));
      if (says) return { first: hit.first, last: hit.last, verb: k, turn: "spoke" };
      break;
    }
  }
  return null;
}

/** Index of the first cue at or after a token (cues are in token order). */
export function firstCueFrom(cues: TextModel["cues"], at: number): number {
  let lo = 0,
    hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function namedFigureSubject(model: TextModel, state: State, c: Clause): CharacterRecord | null {
  // "Rose smiled | and told me…": a verb joined on by "and" shares the name before it.
  const prev = model.clauses[c.index - 1];
  if (prev && prev.sentence === c.sentence && /^(and|then)$/.test(model.tokens[c.first]!.norm)) {
    const t = model.tokens[prev.first]!;
    const named = /^[A-Z]/.test(t.text)
      ? state.characters.find((r) => !r.bodyPart && r.aliases.has(t.norm))
      : undefined;
    if (named)
      for (let j = c.first + 1; j < Math.min(c.last, c.first + 4); j++) {
        const v = model.tokens[j]!;
        if (v.pos === "VERB" && INDIRECT_SPEECH.has(v.lemma)) return named;
        if (v.pos === "PRON") break;
      }
  }
  // "Miss Hatch says ...": wink may tag an unknown name as a verb; capitalised words before the
  // speech verb that name a known figure are its subject.
  for (let k = c.first; k < Math.min(c.last - 1, c.first + 4); k++) {
    const t = model.tokens[k]!;
    if (!/^[A-Z]/.test(t.text)) break;
    const named = state.characters.find((r) => !r.bodyPart && r.aliases.has(t.norm));
    if (!named) continue;
    // "Rose smiled and told me…": the name's own verbs, up to its speech verb.
    for (let j = k + 1; j < Math.min(c.last, k + 6); j++) {
      const v = model.tokens[j]!;
      if (v.pos === "PRON" && j > k + 1) break;
      if (v.pos === "VERB" && INDIRECT_SPEECH.has(v.lemma) && !/^[A-Z]/.test(v.text)) return named;
    }
  }
  let subject = clauseSubject(model.tokens, c);
  if (!subject || (subject.pos !== "NOUN" && subject.pos !== "PROPN")) return null;
  // "Miss Hatch says": the name after a title.
  const after = model.tokens[subject.i + 1];
  if (/^(miss|mr|mrs|ms|dr|mx|sir|aunt|uncle)\.?$/.test(subject.norm) && after && after.pos === "PROPN")
    subject = after;
  const s = subject;
  const verb = model.tokens[s.i + 1];
  if (!verb || verb.pos !== "VERB" || !INDIRECT_SPEECH.has(verb.lemma)) return null;
  return state.characters.find((r) => !r.bodyPart && (r.head === s.lemma || r.aliases.has(s.norm))) ?? null;
}

/** "asked my belly …", "told her left knee …": the figure in conversation, named after a possessive. */
function namesActiveAfterPossessive(tokens: readonly Token[], at: number, rec: CharacterRecord): boolean {
  if (!POSSESSIVE_DETERMINERS.has(tokens[at]?.norm ?? "")) return false;
  if (`${tokens[at + 1]?.norm ?? ""} ${tokens[at + 2]?.norm ?? ""}` === rec.label) return true;
  for (let j = at + 1; j <= at + 2; j++) {
    const t = tokens[j];
    if (t && (t.lemma === rec.head || t.norm === rec.head || rec.aliases.has(t.norm))) return true;
  }
  return false;
}

/** How far back in a sentence an inviting verb is looked for. */
const LOOK_BACK = 24;

/** "she suggested I ask my jaw …": the asking is the practitioner's invitation, not a turn. */
function invitedBefore(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let j = at - 1; j >= Math.max(0, at - LOOK_BACK) && tokens[j]!.sentence === sentence; j--)
    if (INVITING.has(tokens[j]!.lemma) && tokens[j]!.lemma !== "ask" && tokens[j]!.lemma !== "tell")
      return true;
  return false;
}

/** A turn told without quotes in an open conversation: the figure spoken with, and who spoke. */
export function indirectTurn(
  model: TextModel,
  roleCtx: RoleContext,
  state: State,
  c: Clause,
  s: number,
): { rec: CharacterRecord; byFigure: boolean; verb: number } | null {
  const { tokens } = model;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    // "to let me know I was safe", "it wanted me to know that…": conveyed to the one named.
    if (t.pos === "VERB" && conveyingEnd(tokens, k) >= 0 && !t.negated) {
      const subject = tokens[k - 1]?.norm === "to" ? purposeSubject(model, c) : subjectBefore(model, k);
      const speaker = resolveSpeaker(model, roleCtx, state, subject, s, false, t.lemma);
      if (speaker.kind === "character") return { rec: speaker.rec, byFigure: true, verb: k };
      if (speaker.kind === "client" && tokens[k + 1]!.norm !== "me" && tokens[k + 1]!.norm !== "us")
        return { rec: state.active!, byFigure: false, verb: k };
      return null;
    }
    const lemma = verbLemmaAt(tokens, k, INDIRECT_SPEECH);
    if (!lemma) continue;
    if (t.negated || saysNothing(tokens, k)) return null;
    // "said she felt ..." reports an experience; "she said she understood ..." an insight.
    // ... unless the words are addressed to someone ("told her I didn't know how").
    const toSomeone = objectPronounAt(tokens, k + 1) && tokens[k + 1]!.norm !== "it";
    // "she said 'you forgot to play' / I said I know": the client's words right after the figure's
    // are a reply to it, whatever verb they hold.
    const replying =
      state.lastSpeaker === "figure" && s - state.lastEvent <= 1 && tokens[k - 1]?.norm === "i";
    // A question is never a report of what one felt ("asking whether it remembered her").
    const asks = lemma === "ask";
    for (let j = k + 1; !toSomeone && !replying && !asks && j < Math.min(tokens.length, k + 6); j++) {
      const x = tokens[j]!;
      if (x.sentence !== t.sentence || x.norm === ",") break;
      if ((REPORT_VERBS.has(x.lemma) || x.lemma === "look" || x.lemma === "seem") && x.pos === "VERB")
        return null;
      // Only the reported clause's own verb tells a report ("said it wanted to be seen" is a turn).
      if (x.pos === "VERB") break;
    }
    // "replies silently that…": a manner adverb stands between the verb and what it reports.
    const at = pastManner(tokens, k);
    const next = tokens[at];
    // "I told her about the gate" while talking with a he: said to someone else.
    if (
      next &&
      /^(him|her)$/.test(next.norm) &&
      !compatible(state.active!, next.norm === "her" ? "she" : "he")
    )
      return null;
    const addressed =
      !!next &&
      (objectPronounAt(tokens, at) ||
        COMPLEMENT_STARTS.has(next.norm) ||
        // "asks from what", "asked it about whom": a question after its preposition.
        (next.pos === "ADP" && QUESTION_OPENERS.has(tokens[at + 1]?.norm ?? "")) ||
        state.active!.aliases.has(next.norm) ||
        (next.lemma === state.active!.head && QUESTION_OPENERS.has(tokens[at + 1]?.norm ?? "")) ||
        (next.norm === "the" &&
          (tokens[at + 1]?.lemma === state.active!.head ||
            state.active!.aliases.has(tokens[at + 1]?.norm ?? ""))) ||
        ((next.pos === "PRON" || next.norm === "i") &&
          (tokens[at + 1]?.pos === "VERB" || tokens[at + 1]?.pos === "AUX")) ||
        (namesActiveAfterPossessive(tokens, at, state.active!) && !invitedBefore(tokens, k)));
    const bareReply =
      !!next && (next.norm === "." || next.norm === ",") && /^(answer|reply|respond|agree)$/.test(lemma);
    // "I asked her what she needed, and she said a hug": the answer to a question just asked.
    const answersNow =
      state.lastSpeaker === "client" && state.lastEvent === s && /^(say|answer|reply)$/.test(lemma);
    if (!addressed && !bareReply && !answersNow) return null;
    const subject = subjectBefore(model, k);
    let speaker = resolveSpeaker(model, roleCtx, state, subject, s, false, lemma);
    // "Asks the wolf what it wants.": a note's subjectless turn to the figure is the client's (or,
    // "Asked the owl…", the writer's); either way a turn of the conversation with it.
    if (speaker.kind === "unknown" && subject === null && addressed && opensSentence(tokens, k))
      speaker = { kind: "client" };
    // "Lena asks it why": in a note, a name that puts a turn to the figure is the client's.
    if (
      speaker.kind === "unknown" &&
      addressed &&
      model.narrator === "practitioner" &&
      TURN_VERBS.has(lemma) &&
      subject !== null &&
      isName(tokens[subject]!) &&
      !FAMILY.has(tokens[subject]!.norm)
    )
      speaker = { kind: "client" };
    if (!addressed && !bareReply && speaker.kind !== "character") return null;
    if (speaker.kind === "character") return { rec: speaker.rec, byFigure: true, verb: k };
    if (speaker.kind !== "client") return null;
    // In a practitioner's note, "she said there was ..." reports to the practitioner; a turn to the
    // figure names it or answers it ("told her", "said yes", "said back").
    const toFigure =
      !!next &&
      (OBJECT_PRONOUNS.has(next.norm) ||
        /^(yes|no|back)$/.test(next.norm) ||
        state.active!.aliases.has(next.norm) ||
        next.norm === "the");
    if (lemma === "say" && model.narrator === "practitioner" && !toFigure) return null;
    return { rec: state.active!, byFigure: false, verb: k };
  }
  return null;
}

/**
 * "let me know", "wanted her to know", "made me understand": a verb, an object and a word of
 * knowing (lexicon/reported-speech.ts). The index of the knowing word, or -1.
 */
export function conveyingEnd(tokens: readonly Token[], k: number): number {
  const knowing = CONVEYING_PHRASES.get(tokens[k]!.lemma);
  if (!knowing || !OBJECT_PRONOUNS.has(tokens[k + 1]?.norm ?? "") || tokens[k + 1]!.norm === "it") return -1;
  let j = k + 2;
  if (tokens[j]?.norm === "to") j++;
  const w = tokens[j];
  return w && w.sentence === tokens[k]!.sentence && knowing.has(w.lemma) ? j : -1;
}

/** "He put his hand on my arm | to let me know": a purpose clause's subject is the sentence's before it. */
function purposeSubject(model: TextModel, c: Clause): number | null {
  for (let i = c.index; i >= 0; i--) {
    const prev = model.clauses[i]!;
    if (prev.sentence !== c.sentence) return null;
    const subj = clauseSubject(model.tokens, prev);
    if (subj) return subj.i;
  }
  return null;
}

/**
 * "My heart told me to slow down", "her knee said that it was tired": a body part the subject of
 * a speech verb that says something, with no figure met before.
 */
export function partSpeaks(
  model: TextModel,
  c: Clause,
): { region: Clause["regions"][number]; verb: number } | null {
  const { tokens } = model;
  for (const r of c.regions) {
    // "my knee", "my left knee": owned, the side between.
    let o = r.first;
    while (o > c.first && !POSSESSIVE_DETERMINERS.has(tokens[o]!.norm) && r.first - o < 3) o--;
    if (!POSSESSIVE_DETERMINERS.has(tokens[o]!.norm)) continue;
    let k = r.last;
    while (k < c.last && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX")) k++;
    const v = tokens[k];
    if (!v || v.pos !== "VERB" || !INDIRECT_SPEECH.has(v.lemma) || v.negated) continue;
    const next = tokens[k + 1]?.norm ?? "";
    if (COMPLEMENT_STARTS.has(next) || (OBJECT_PRONOUNS.has(next) && next !== "it"))
      return { region: r, verb: k };
  }
  return null;
}

/** Verbs that begin a doing ("started talking", "began to speak"). */
const INCEPTIVE = new Set(["start", "begin"]);
/** Verbs of speaking with no words of their own: the part takes the floor. */
const TAKING_THE_FLOOR = new Set(["talk", "speak"]);

/**
 * "My shoulder started talking", "the knee began to speak", "her heart spoke up": a body part takes
 * the floor. It says nothing yet; the turns after it ("It said, …") are its own.
 */
export function partTakesFloor(model: TextModel, c: Clause): Clause["regions"][number] | null {
  const { tokens } = model;
  for (const r of c.regions) {
    let o = r.first;
    while (
      o > c.first &&
      !POSSESSIVE_DETERMINERS.has(tokens[o]!.norm) &&
      tokens[o]!.norm !== "the" &&
      r.first - o < 3
    )
      o--;
    if (!POSSESSIVE_DETERMINERS.has(tokens[o]!.norm) && tokens[o]!.norm !== "the") continue;
    let k = r.last;
    while (k < c.last && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX")) k++;
    const v = tokens[k];
    if (!v || v.negated || (v.pos !== "VERB" && v.pos !== "NOUN")) continue;
    if (TAKING_THE_FLOOR.has(v.lemma) && v.pos === "VERB") return r;
    if (!INCEPTIVE.has(v.lemma)) continue;
    const next = tokens[k + 1]?.norm === "to" ? tokens[k + 2] : tokens[k + 1];
    if (next && TAKING_THE_FLOOR.has(next.lemma)) return r;
  }
  return null;
}

/**
 * "I asked the bear if it could step aside", "she tells her heart she is frightened": a figure met
 * before, named as the one spoken to, is in conversation again however long ago it last spoke.
 */
export function addressedFigure(model: TextModel, state: State, c: Clause): CharacterRecord | null {
  const { tokens } = model;
  for (let k = c.first; k < c.last - 1; k++) {
    const v = tokens[k]!;
    const lemma = v.pos === "VERB" ? v.lemma : verbLemmaAt(tokens, k, ADDRESSING_VERBS);
    if (!lemma || v.negated) continue;
    let j = k + 1;
    if (lemma === "say" || lemma === "speak" || lemma === "talk") {
      if (tokens[j]?.norm !== "to") continue;
      j++;
    } else if (!ADDRESSING_VERBS.has(lemma)) continue;
    const det = tokens[j];
    // "Pt asks bear what it wants": note shorthand drops the article before a figure met.
    const bare =
      det && state.characters.find((r) => !r.bodyPart && (r.head === det.lemma || r.aliases.has(det.norm)));
    if (bare && QUESTION_OPENERS.has(tokens[j + 1]?.norm ?? "")) return bare;
    if (!det || !(det.norm === "the" || POSSESSIVE_DETERMINERS.has(det.norm))) continue;
    // "I asked my inner child what she needed": an inner figure brought in by being spoken to.
    if (POSSESSIVE_DETERMINERS.has(det.norm) && lemma === "ask") {
      const two = `${tokens[j + 1]?.norm ?? ""} ${tokens[j + 2]?.norm ?? ""}`;
      const label = INNER_SPEAKER_LABELS.has(two) ? two : null;
      if (label && QUESTION_OPENERS.has(tokens[j + 3]?.norm ?? "")) {
        const known = state.characters.find((r) => !r.bodyPart && r.label === label);
        return (
          known ??
          createRecord(state, model, label, label, INNER_SPEAKER_LABELS.get(label)!, tokens[k]!.sentence, c)
        );
      }
    }
    for (let h = j + 1; h <= Math.min(j + 3, c.last - 1); h++) {
      const t = tokens[h]!;
      const part = c.regions.find((r) => r.first <= h && h < r.last);
      const rec = state.characters.find((r) =>
        r.bodyPart
          ? !!part && r.regions.includes(part.region)
          : r.head === t.lemma || r.label.split(" ").at(-1) === t.lemma || r.aliases.has(t.norm),
      );
      if (rec) return rec;
      if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN") break;
    }
  }
  return null;
}

/** "said nothing", "said not a word": a speech verb that tells silence, not a turn. */
export function saysNothing(tokens: readonly Token[], verb: number): boolean {
  const n = tokens[verb + 1]?.norm;
  return n === "nothing" || (n === "not" && /^(a|one)$/.test(tokens[verb + 2]?.norm ?? ""));
}

/** Only connectives stand before the verb in its sentence ("Then asks the wolf…"). */
function opensSentence(tokens: readonly Token[], verb: number): boolean {
  const sentence = tokens[verb]!.sentence;
  for (let k = verb - 1; k >= 0 && tokens[k]!.sentence === sentence; k--)
    if (!/^(then|and|later|now|so|,)$/.test(tokens[k]!.norm)) return false;
  return true;
}

/** The token after a speech verb past its manner adverbs ("replies silently that", "asks gently what"). */
function pastManner(tokens: readonly Token[], verb: number): number {
  let at = verb + 1;
  while (
    at < verb + 3 &&
    tokens[at]?.pos === "ADV" &&
    /ly$/.test(tokens[at]!.norm) &&
    tokens[at]!.sentence === tokens[verb]!.sentence
  )
    at++;
  return at;
}

/** An object pronoun at `at`; "her" before a noun is a possessive ("said her womb felt…"). */
function objectPronounAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !OBJECT_PRONOUNS.has(t.norm)) return false;
  if (t.norm !== "her") return true;
  const n = tokens[at + 1];
  return !(n && (n.pos === "NOUN" || n.pos === "ADJ") && n.sentence === t.sentence);
}

/** What may open a question put to a felt thing ("asked the fear where it lived"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  "what",
  "whom",
  "which",
  "where",
  "why",
  "how",
  "whether",
  "if",
  "who",
  "when",
]);

/**
 * "I asked the fear where it lived", "she asked her anger what it wanted": an emotion named as a
 * thing and asked directly is spoken with like a sensation.
 */
function emotionAsked(tokens: readonly Token[], c: Clause): SensationVoice | null {
  for (const e of c.emotions) {
    const noun = tokens[e.last - 1]!;
    if (noun.pos !== "NOUN") continue;
    const det = tokens[e.first - 1];
    if (!det || !(det.norm === "the" || det.norm === "this" || POSSESSIVE_DETERMINERS.has(det.norm)))
      continue;
    const verb = tokens[e.first - 2];
    if (
      !verb ||
      verb.pos !== "VERB" ||
      verb.lemma !== "ask" ||
      verb.negated ||
      invitedBefore(tokens, e.first - 2)
    )
      continue;
    if (!QUESTION_OPENERS.has(tokens[e.last]?.norm ?? "")) continue;
    return { first: e.first, last: e.last, verb: e.first - 2, turn: "asked" };
  }
  return null;
}
