// Dialogue written as a script without quotation marks ("Knee: I am tired.", "Guidance: Rest.")
// and a part or inner figure addressed by name ("Shoulder, what do you need?"). Who may speak is
// read from lexicon/reported-speech.ts: body parts, labels of inner guidance, figures met.
import { findRegions } from "../features/regions";
import { SPEAKING_PERSONS } from "../lexicon/function-words";
import { INNER_SPEAKER_LABELS, ROOM_SPEAKER_LABELS } from "../lexicon/reported-speech";
import type { TextModel } from "../model";
import type { Token } from "../text/read-text";
import { bodyPart, figureAt, type CharacterRecord, type State } from "./dialogue-state";
import { createRecord } from "./figures";

export interface LineTurn {
  /** The whole turn, label included; last exclusive. */
  first: number;
  last: number;
  /** Where the words said begin. */
  wordsFrom: number;
  speaker: CharacterRecord | "client";
  /** "Body: (a swirl)": the line describes what the speaker shows; it is no message. */
  description: boolean;
  /** "Shoulder, what do you need?": the client speaks to the one named. */
  vocative: boolean;
  /** The one a client's line opening the script is said to ("Me: Why so tight?" / "Shoulder: …"). */
  to?: CharacterRecord;
}

const CLIENT_LABELS = new Set(["me", "i", "client", "c"]);

export function scriptLine(
  model: TextModel,
  state: State,
  first: number,
  last: number,
  s: number,
): LineTurn | null {
  const { tokens } = model;
  let end = last;
  while (end > first && /^[.!?]$/.test(tokens[end - 1]!.norm)) end--;
  let mark = -1;
  for (let k = first + 1; k <= Math.min(first + 2, end - 2); k++)
    if (tokens[k]!.norm === ":" || tokens[k]!.norm === ",") {
      mark = k;
      break;
    }
  if (mark < 0) return null;
  for (let k = first; k < last; k++) if (tokens[k]!.quote) return null;
  for (let k = first; k < mark; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "DET" || (t.pos === "PRON" && k > first))
      return null;
  }
  if (!/^[A-Z]/.test(tokens[first]!.text)) return null;
  const label = tokens
    .slice(first, mark)
    .map((t) => t.norm)
    .join(" ");
  // A script line opens its line, unless it is the answer of the one in conversation, named by
  // its label in running notes ("Marek asks from what. Wolf: from needing him.").
  const answering = tokens[mark]!.norm === ":" && answersByLabel(state, label, s);
  if (!atLineStart(model, first) && !answering) return null;
  const vocative = tokens[mark]!.norm === ",";
  if (vocative) {
    // Only a question or a words addressed to "you": "Honestly, what…" names no one.
    if (!(tokens[last - 1]?.norm === "?" || hasWord(tokens, mark + 1, end, "you"))) return null;
    if (ROOM_SPEAKER_LABELS.has(label)) return null;
  } else if (ROOM_SPEAKER_LABELS.has(label)) {
    // "Client: …" answers a figure only inside a script exchange; otherwise it is said to us.
    if (!CLIENT_LABELS.has(label)) return null;
    const line = {
      first,
      last: end,
      wordsFrom: mark + 1,
      speaker: "client" as const,
      description: false,
      vocative: false,
    };
    if (state.scriptAt !== undefined && s - state.scriptAt <= 1 && state.lastSpeaker === "figure")
      return line;
    // "Me: Why are you so tight?" / "Shoulder: Because…": the client opens the script; the next
    // line's label names the one spoken to.
    const to = state.scriptAt === undefined ? nextLineSpeaker(model, state, s) : null;
    return to ? { ...line, to } : null;
  }
  // "Neck: tight on the left." in a note records a finding; a part speaks in the first or second person.
  const finding =
    !vocative &&
    model.narrator !== "client" &&
    !SPEAKING_PERSONS.some((w) => hasWord(tokens, mark + 1, end, w));
  // ... unless the one in conversation answers by its label ("Pt asks it from what. Wolf: from
  // needing him.", "asks the jaw what it holds. Jaw: words.").
  if (finding && !answering) return null;
  const rec = labelSpeaker(model, state, first, mark, label, s, !vocative);
  if (!rec) return null;
  const opener = tokens[mark + 1]!.norm;
  const description = !vocative && (opener === "(" || opener === "[" || opener === "*");
  return { first, last: end, wordsFrom: mark + 1, speaker: rec, description, vocative };
}

/**
 * The label names the one in conversation, and it was just spoken to (a body part) or is a figure
 * whose conversation has begun these last sentences: its line answers, it is no finding.
 */
function answersByLabel(state: State, label: string, s: number): boolean {
  const rec = state.active;
  if (!rec || !(rec.label === label || rec.head === label || rec.aliases.has(label))) return false;
  if (rec.bodyPart) return state.lastSpeaker === "client" && s - state.lastEvent <= 1;
  // "Pt sees a fox. Fox: red, thin." describes the figure just met; nobody has spoken yet.
  return state.lastSpeaker !== null && s - state.lastEvent <= 2;
}

/** The body part, inner label or figure met that labels the next sentence as a script line. */
function nextLineSpeaker(model: TextModel, state: State, s: number): CharacterRecord | null {
  const next = model.read.sentences[s + 1];
  if (!next || !atLineStart(model, next.first)) return null;
  const { tokens } = model;
  let mark = -1;
  for (let k = next.first + 1; k <= Math.min(next.first + 2, next.last - 2); k++)
    if (tokens[k]!.norm === ":") mark = k;
  if (mark < 0 || !/^[A-Z]/.test(tokens[next.first]!.text)) return null;
  const label = tokens
    .slice(next.first, mark)
    .map((t) => t.norm)
    .join(" ");
  if (ROOM_SPEAKER_LABELS.has(label)) return null;
  // The answer speaks in the first or second person ("Because you carry everything"), not a finding.
  if (!SPEAKING_PERSONS.some((w) => hasWord(tokens, mark + 1, next.last, w))) return null;
  return labelSpeaker(model, state, next.first, mark, label, s + 1, false);
}

/** The one a label names: a body part, a label of inner guidance, a figure met or a figure word. */
function labelSpeaker(
  model: TextModel,
  state: State,
  first: number,
  mark: number,
  label: string,
  s: number,
  figures: boolean,
): CharacterRecord | null {
  const { tokens } = model;
  const inner = INNER_SPEAKER_LABELS.get(label);
  if (inner) {
    const known = state.characters.find((r) => r.label === label);
    return known ?? createRecord(state, model, label, tokens[mark - 1]!.lemma, inner, s, null);
  }
  const region = findRegions(tokens, first, mark, { narrator: model.narrator, masked: model.masked }).find(
    (r) => r.first === first && r.last === mark,
  );
  if (region) {
    const existing = state.characters.find((r) => r.bodyPart && r.regions.includes(region.region));
    return existing ?? bodyPart(state, region.words, region.region, region.laterality);
  }
  const known = state.characters.find(
    (r) =>
      !r.bodyPart && (r.label === label || r.aliases.has(label) || (mark === first + 1 && r.head === label)),
  );
  if (known) return known;
  if (!figures) return null;
  const fig = figureAt(tokens, first, mark);
  if (fig && fig.last === mark)
    return createRecord(state, model, label, tokens[mark - 1]!.lemma, fig.value, s, null);
  // "AUDITOR: You're wasting her time." / "ME: Who are you?": a name that opens several lines of a
  // script in which the client has lines too is a figure's name.
  if (mark === first + 1 && scriptName(model, tokens[first]!.text))
    return createRecord(state, model, label, label, "other", s, null);
  return null;
}

/** Does `name` open two or more lines of the text as a label, with a line of the client's too? */
function scriptName(model: TextModel, name: string): boolean {
  if (!/^[A-Za-z][a-z]*$|^[A-Z]+$/.test(name)) return false;
  const source = model.read.source;
  const lines = source.match(new RegExp(`^[ \t]*${name}[ \t]*:`, "gm"));
  if (!lines || lines.length < 2) return false;
  return /^[ \t]*(me|i|client)[ \t]*:/im.test(source);
}

/**
 * A sentence that goes on in the same line as a script line ("GIRL: He's not mean. He's scared."):
 * the same speaker's turn, not the narration's.
 */
export function continuesLine(model: TextModel, first: number): boolean {
  return first > 0 && !atLineStart(model, first);
}

function atLineStart(model: TextModel, at: number): boolean {
  if (at === 0) return true;
  const prev = model.tokens[at - 1]!;
  return model.read.source.slice(prev.end, model.tokens[at]!.start).includes("\n");
}

function hasWord(tokens: readonly Token[], from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.norm === word) return true;
  return false;
}

/** A line that is one short question and nothing else ("Is this mine?"), at the start of a line. */
export function bareQuestion(model: TextModel, first: number, last: number): boolean {
  const { tokens } = model;
  if (!atLineStart(model, first) || tokens[last - 1]?.norm !== "?" || last - first > 16) return false;
  for (let k = first; k < last; k++) if (tokens[k]!.quote || tokens[k]!.norm === ":") return false;
  return /^[A-Z]/.test(tokens[first]!.text);
}

/** A sentence opened or closed by a bracket or an asterisk: an aside, not a turn. */
export function isAside(model: TextModel, first: number, last: number): boolean {
  const { tokens } = model;
  let end = last;
  while (end > first + 1 && /^[.!?]$/.test(tokens[end - 1]!.norm)) end--;
  return /^[(*[]$/.test(tokens[first]!.norm) || /^[)*\]]$/.test(tokens[end - 1]!.norm);
}
