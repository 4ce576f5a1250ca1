// Who speaks a turn: a figure (by its kind, its name or a pronoun), a body part, the client, or
// the practitioner (whose questions are not messages).
import { agentOf, type RoleContext } from "../document/roles";
import { CLIENT_NOUNS } from "../lexicon/practice";
import { isName } from "../document/narrator";
import { findRegions } from "../features/regions";
import type { TextModel } from "../model";
import {
  bodyPart,
  figureAt,
  figures,
  NOUN_POS,
  npStart,
  WINDOW,
  type CharacterRecord,
  type State,
} from "./dialogue-state";
import { createRecord, genderOf, labelOf } from "./figures";

export type Speaker =
  | { kind: "character"; rec: CharacterRecord; isNew: boolean }
  | { kind: "client" }
  | { kind: "practitioner" }
  | { kind: "unknown" };

export function resolveSpeaker(
  model: TextModel,
  roleCtx: RoleContext,
  state: State,
  subject: number | null,
  s: number,
  quoted: boolean,
  verbLemma?: string,
): Speaker {
  const { tokens } = model;
  if (subject === null) return { kind: "unknown" };
  const t = tokens[subject]!;
  const w = t.norm.replace(/\.$/, "");
  const open = state.active !== null && s - state.lastEvent <= WINDOW;

  // A body part speaking ("My heart said", "his lower back said").
  const regions = findRegions(tokens, Math.max(0, subject - 2), subject + 1, {
    narrator: model.narrator,
    masked: model.masked,
  });
  // "a voice in my head saying": the part is where the speaker is, not the speaker.
  const region = regions.find((r) => r.last === subject + 1 && !placeOf(tokens, r.first));
  if (region && quoted) {
    const existing = state.characters.find((r) => r.bodyPart && r.regions.includes(region.region));
    if (existing) return { kind: "character", rec: existing, isNew: false };
    return {
      kind: "character",
      rec: bodyPart(state, region.words, region.region, region.laterality),
      isNew: false,
    };
  }
  // A figure named by its kind or its name.
  const byHead = state.characters.find(
    (r) => r.head === t.lemma || r.head === w || r.label.split(" ").at(-1) === t.lemma || r.aliases.has(w),
  );
  if (byHead) return { kind: "character", rec: byHead, isNew: false };
  const agent = agentOf(t, roleCtx);
  if (agent === "practitioner") return { kind: "practitioner" };
  if (w === "it" || w === "she" || w === "he" || w === "they") {
    // "he" while talking with a woman: the other figure in the scene, if one is a he.
    if (open && !compatible(state.active!, w)) {
      const other = otherFigure(state, w);
      if (other) {
        state.active = other;
        return { kind: "character", rec: other, isNew: false };
      }
    }
    if (open && compatible(state.active!, w)) {
      // In a practitioner's note "she" is usually the client; a reply answers whoever spoke last.
      const clientToo = agent === "client" && w !== "it";
      if (!clientToo) return referredTo(state.active!, w);
      const reply = verbLemma !== undefined && /^(answer|reply|respond)$/.test(verbLemma);
      if (reply && state.lastSpeaker === "client") return referredTo(state.active!, w);
      if (quoted && state.lastSpeaker === "client" && state.active!.gender !== "?")
        return { kind: "character", rec: state.active!, isNew: false };
      return { kind: "client" };
    }
    if (agent === "client") return { kind: "client" };
    return model.narrator === "client" && w !== "it" ? { kind: "practitioner" } : { kind: "unknown" };
  }
  // "Sixteen-year-old me said", "little me said": the younger self speaks.
  if (
    (w === "me" || w === "self") &&
    subject > 0 &&
    /^(old|younger|little|older|teenage|small)$/.test(tokens[subject - 1]!.norm)
  ) {
    const younger = tokens[subject - 1]!.norm !== "older";
    const rec = state.characters.find((r) => r.aspect === (younger ? "child" : "guide") && !r.bodyPart);
    if (rec) return { kind: "character", rec, isNew: false };
    return {
      kind: "character",
      rec: createRecord(
        state,
        model,
        younger ? "younger self" : "older self",
        younger ? "younger self" : "older self",
        younger ? "child" : "guide",
        s,
        null,
      ),
      isNew: true,
    };
  }
  if (agent === "client" && !figureNotClient(model, subject)) return { kind: "client" };
  const fig = figureAt(tokens, subject);
  // "The old man said" in an open conversation: the figure under another description.
  const det = tokens[npStart(tokens, subject)]!.norm;
  if (fig && open && det === "the" && NOUN_POS.has(t.pos) && !state.active!.bodyPart) {
    const g = genderOf(t.lemma, fig.value);
    if (g === "?" || state.active!.gender === "?" || g === state.active!.gender) {
      state.active!.aliases.add(w);
      return { kind: "character", rec: state.active!, isNew: false };
    }
  }
  if (fig && quoted && NOUN_POS.has(t.pos)) {
    const rec = createRecord(
      state,
      model,
      labelOf(tokens, npStart(tokens, subject), subject + 1),
      t.lemma,
      fig.value,
      s,
      null,
    );
    return { kind: "character", rec, isNew: true };
  }
  // An unknown name speaking in an open conversation is the figure by another name ("Sofi said, ...").
  if (quoted && isName(t) && open && !FAMILY.has(w))
    return { kind: "character", rec: state.active!, isNew: false };
  return { kind: "unknown" };
}

/**
 * "A heron by the water. Heron says: wait.": a capitalised figure word taken for the client's name
 * is the figure when the text also writes it in lower case or calls its client something else
 * ("Pt", "Client", another name).
 */
function figureNotClient(model: TextModel, at: number): boolean {
  const { tokens } = model;
  const t = tokens[at]!;
  if (!NOUN_POS.has(t.pos) || !figures.matchAt(tokens, at, at + 1)) return false;
  for (const n of model.clientNames) if (n !== t.norm) return true;
  for (const x of tokens)
    if (x.norm === t.norm ? /^[a-z]/.test(x.text) : CLIENT_NOUNS.has(x.norm.replace(/\.$/, ""))) return true;
  return false;
}

/** "in my head", "inside her chest": a body part after a preposition of place. */
function placeOf(tokens: TextModel["tokens"], first: number): boolean {
  let k = first - 1;
  if (/^(my|her|his|their|your|the)$/.test(tokens[k]?.norm ?? "")) k--;
  return /^(in|inside|within|from)$/.test(tokens[k]?.norm ?? "");
}

/** People of the client's life named by their role: in a note they are people, not figures. */
export const FAMILY = new Set([
  "dad",
  "mum",
  "mom",
  "mother",
  "father",
  "mama",
  "papa",
  "daddy",
  "mummy",
  "mommy",
  "grandma",
  "grandpa",
  "granny",
  "gran",
  "nana",
  "husband",
  "wife",
  "partner",
  "sister",
  "brother",
  "son",
  "daughter",
  "aunt",
  "uncle",
]);

/** The figure a pronoun refers to; "he" or "she" settles a figure's gender left open ("the Guardian… he said"). */
function referredTo(rec: CharacterRecord, pronoun: string): Speaker {
  if (!rec.bodyPart) learnGender(rec, pronoun);
  return { kind: "character", rec, isNew: false };
}

export function learnGender(rec: CharacterRecord, pronoun: string): void {
  if (rec.gender !== "?" && !(rec.gender === "n" && rec.aspect === "animal")) return;
  if (pronoun === "he" || pronoun === "him") rec.gender = "m";
  else if (pronoun === "she" || pronoun === "her") rec.gender = "f";
}

export function compatible(rec: CharacterRecord, pronoun: string): boolean {
  if (pronoun === "it" || pronoun === "they") return rec.gender === "n" || rec.gender === "?";
  // An animal is "it" or, as often, "she" or "he" ("a wolf stood beside me. She said…").
  if (rec.gender === "n" && rec.aspect === "animal") return pronoun === "she" || pronoun === "he";
  if (pronoun === "she") return rec.gender !== "m";
  return rec.gender !== "f";
}

/** The latest figure met whose gender is known to fit the pronoun ("he" for the boy). */
export function otherFigure(state: State, pronoun: string): CharacterRecord | null {
  const want = pronoun === "he" ? "m" : pronoun === "she" ? "f" : null;
  if (!want) return null;
  for (let i = state.characters.length - 1; i >= 0; i--) {
    const r = state.characters[i]!;
    if (!r.bodyPart && r.gender === want && r !== state.active) return r;
  }
  return null;
}
