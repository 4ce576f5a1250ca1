// Characters and messages (spec: "character", "message"). Walks the text in order, keeping the
// figures met so far and which one is in conversation, so that "the girl", "Gracie" and "she" in a
// dialogue all carry the label the figure got when it first appeared.
import type { BodyRegion, CharacterAspect } from "../../domain";
import {
  ASPECT_CONTEXT,
  FEMALE_FIGURES,
  FIGURE_HEADS,
  MALE_FIGURES,
  NAMING_ADJECTIVES,
} from "../lexicon/figures";
import { REPORT_VERBS, SPEECH_VERBS } from "../lexicon/practice";
import { agentOf, clauseSubject, type RoleContext } from "../document/roles";
import { findRegions } from "../features/regions";
import type { Clause, DraftPiece, TextModel } from "../model";
import { PhraseMatcher } from "../text/phrase-matcher";
import type { Token } from "../text/read-text";
import { isName } from "../document/narrator";

export interface CharacterRecord {
  label: string;
  head: string;
  aspect: CharacterAspect;
  gender: "f" | "m" | "n" | "?";
  aliases: Set<string>;
  regions: BodyRegion[];
  bodyPart: boolean;
}

const figures = new PhraseMatcher<CharacterAspect>(FIGURE_HEADS);
const aspectCues = new PhraseMatcher<CharacterAspect>(ASPECT_CONTEXT);

const APPEAR_VERBS = new Set([
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
]);
const SEE_VERBS = new Set([
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
const THERE_VERBS = new Set([
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
const INDIRECT_SPEECH = new Set([
  "say",
  "tell",
  "ask",
  "answer",
  "reply",
  "promise",
  "explain",
  "respond",
  "call",
  "whisper",
  "shout",
  "insist",
  "agree",
  "admit",
  "apologise",
  "apologize",
  "thank",
  "beg",
  "plead",
  "reassure",
]);
const COMPLEMENT_STARTS = new Set([
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
]);
const OBJECT_PRONOUNS = new Set(["it", "her", "him", "them", "me", "us"]);
const SPEAK_WORDS = new Set([
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
const RECOGNITION_LEMMAS = new Set(["recognise", "recognize", "remind", "resemble"]);
const NOUN_POS = new Set(["NOUN", "PROPN"]);
/** How many sentences a conversation stays open after its last turn. */
const WINDOW = 3;

interface State {
  characters: CharacterRecord[];
  active: CharacterRecord | null;
  lastEvent: number;
  /** Token where the conversation's figure came in; turns before it are not turns with it. */
  activeFrom: number;
  /** Who spoke last: a reply ("she answered") comes from the other one. */
  lastSpeaker: "client" | "figure" | null;
}

export function detectDialogue(
  model: TextModel,
  roleCtx: RoleContext,
): { pieces: DraftPiece[]; characters: CharacterRecord[] } {
  const { tokens } = model;
  const pieces: DraftPiece[] = [];
  const state: State = { characters: [], active: null, lastEvent: -99, activeFrom: 0, lastSpeaker: null };
  const bySentence = new Map<number, Clause[]>();
  for (const c of model.clauses) {
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }

  for (const sentence of model.read.sentences) {
    const s = sentence.index;
    const clauses = bySentence.get(s) ?? [];
    if (clauses.length === 0 || clauses.every((c) => c.role === "check-in")) continue;
    if (state.active && s - state.lastEvent > WINDOW) state.active = null;
    const covered = new Uint8Array(clauses.length);

    // 1. A body part invited to speak ("I invited him to let his lower back speak").
    for (const c of clauses) {
      if (c.role === "check-in") continue;
      const invited = invitedBodyPart(tokens, c);
      if (invited) {
        state.active = bodyPart(state, invited.words, invited.region);
        state.lastEvent = s;
        state.activeFrom = c.first;
        state.lastSpeaker = "client";
      }
    }

    // 2. Quoted turns.
    for (const [open, close] of quotePairs(tokens, sentence.first, sentence.last)) {
      const turn = attributeQuote(model, open, close, sentence.first);
      if (!turn) continue;
      const speaker = resolveSpeaker(model, roleCtx, state, turn.subject, s, true, tokens[turn.verb]!.lemma);
      let rec: CharacterRecord | null = null;
      if (speaker.kind === "character") rec = speaker.rec;
      else if (speaker.kind === "client" && state.active && s - state.lastEvent <= WINDOW) rec = state.active;
      if (!rec) continue;
      if (speaker.kind === "character" && speaker.isNew) {
        pieces.push(characterPiece(rec, s, turn.subjectFirst ?? turn.first, turn.verb));
      }
      pieces.push(messagePiece(rec, s, turn.first, turn.last));
      // 1: a figure's words; 2: the client's words to the figure (their emotions still count).
      const mark = speaker.kind === "character" ? 1 : 2;
      for (let k = open + 1; k < close; k++) model.speech[k] = mark;
      const base = clauses[0]!.index;
      const from = clauseOf(model, turn.first);
      const to = clauseOf(model, Math.max(turn.first, turn.last - 1));
      for (let i = from; i >= 0 && i <= to; i++) {
        const c = model.clauses[i]!;
        if (c.first >= turn.first && c.last <= turn.last) covered[i - base] = 1;
      }
      const verbClause = clauseOf(model, turn.verb);
      if (verbClause >= base) covered[verbClause - base] = 1;
      if (state.active !== rec) state.activeFrom = turn.first;
      state.active = rec;
      state.lastEvent = s;
      state.lastSpeaker = speaker.kind === "character" ? "figure" : "client";
    }

    // 3. Figures appearing, and figures recognised.
    clauses.forEach((c, ci) => {
      if (c.role !== "experience") return;
      for (const fig of figuresIn(model, c)) {
        if (!appears(tokens, c, fig.npFirst, fig.genericLast ?? fig.last, sentence.first)) continue;
        const found = findOrCreate(state, model, c, fig, s);
        pieces.push(characterPiece(found, s, c.first, c.last - 1));
        if (state.active !== found) {
          state.activeFrom = c.first;
          state.lastSpeaker = null;
        }
        state.active = found;
        state.lastEvent = s;
        covered[ci] = 1;
        break;
      }
      if (covered[ci] || !state.active || s - state.lastEvent > 1) return;
      const alias = recognition(model, c);
      if (alias !== null) {
        if (alias) state.active.aliases.add(alias);
        // Recognised as the client's own younger self: the figure is a child aspect.
        if (recognisedAsSelf(tokens, c) && !state.active.bodyPart && state.active.aspect === "other")
          state.active.aspect = "child";
        pieces.push(characterPiece(state.active, s, c.first, c.last - 1));
        state.lastEvent = s;
        covered[ci] = 1;
      }
    });

    // 4. Turns told without quotation marks ("I asked it what it was guarding").
    clauses.forEach((c, ci) => {
      if (covered[ci] || c.role !== "experience" || state.characters.length === 0) return;
      // A figure named as the speaker ("Her father told her ...") speaks whenever it is met again.
      const named = namedFigureSubject(model, state, c);
      if (named) {
        if (state.active !== named) state.activeFrom = c.first;
        state.active = named;
        state.lastEvent = s;
      }
      if (!state.active || s - state.lastEvent > WINDOW - 1) return;
      if (c.first < state.activeFrom) return;
      const turn = indirectTurn(model, roleCtx, state, c, s);
      if (!turn) return;
      state.lastSpeaker = turn.byFigure ? "figure" : "client";
      pieces.push(messagePiece(turn.rec, s, c.first, c.last));
      // What a figure says is its message, not the client's experience or insight.
      if (turn.byFigure) for (let k = turn.verb + 1; k < sentence.last; k++) model.speech[k] = 1;
      state.lastEvent = s;
    });
  }
  return { pieces, characters: state.characters };
}

/**
 * "I invited him to let his lower back speak", "she suggested I ask my jaw what it was holding",
 * "listen to my heart": a body part is given a voice. The inviting verb comes before the part,
 * the speaking after it (or "listen to" right before it).
 */
function invitedBodyPart(tokens: readonly Token[], c: Clause): Clause["regions"][number] | null {
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
const INVITING = new Set([
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

function bodyPart(state: State, words: string, region: BodyRegion): CharacterRecord {
  const label = words || region.replace("-", " ");
  const existing = state.characters.find((r) => r.bodyPart && r.label === label);
  if (existing) return existing;
  const rec: CharacterRecord = {
    label,
    head: label,
    aspect: "other",
    gender: "n",
    aliases: new Set(),
    regions: [region],
    bodyPart: true,
  };
  state.characters.push(rec);
  return rec;
}

function characterPiece(
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
    group: rec.label,
  };
}

function messagePiece(rec: CharacterRecord, sentence: number, first: number, last: number): DraftPiece {
  return {
    kind: "message",
    sentence,
    first,
    last,
    regions: rec.bodyPart ? [...rec.regions] : [],
    laterality: null,
    character: rec.label,
  };
}

/** Pairs of quotation marks in a sentence: [opening index, closing index]. */
function quotePairs(tokens: readonly Token[], first: number, last: number): [number, number][] {
  const pairs: [number, number][] = [];
  let open = -1;
  for (let k = first; k < last; k++) {
    const q = tokens[k]!.quote;
    if (q === "open" || (q === "toggle" && open < 0)) open = k;
    else if ((q === "close" || q === "toggle") && open >= 0) {
      pairs.push([open, k]);
      open = -1;
    }
  }
  if (open >= 0 && open < last - 1) pairs.push([open, last - 1]);
  return pairs;
}

interface QuoteTurn {
  first: number;
  last: number;
  verb: number;
  subject: number | null;
  subjectFirst: number | null;
}

/** Finds who speaks a quotation: a speech verb before it ("The fox said, ...") or after it ("..., said the fox"). */
function attributeQuote(
  model: TextModel,
  open: number,
  close: number,
  sentenceFirst: number,
): QuoteTurn | null {
  const { tokens } = model;
  let segStart = sentenceFirst;
  for (let k = open - 1; k >= sentenceFirst; k--) {
    if (tokens[k]!.quote) {
      segStart = k + 1;
      break;
    }
  }
  for (let k = open - 1; k >= segStart; k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB" && SPEECH_VERBS.has(t.lemma) && !t.negated) {
      // Only words like "back", "softly", "to her" may stand between the verb and the quotation;
      // 'his tummy felt "warm"' quotes a description, not speech.
      if (!onlyAttributionBetween(tokens, k + 1, open)) return null;
      const subject = subjectBefore(model, k);
      const clause = model.clauses[clauseOf(model, k)];
      let first = clause ? clause.first : k;
      if (subject !== null && subject < first) first = clause ? clause.first : k;
      return {
        first,
        last: close + 1,
        verb: k,
        subject,
        subjectFirst: subject !== null ? npStart(tokens, subject) : null,
      };
    }
  }
  for (let k = close + 1; k < Math.min(tokens.length, close + 5); k++) {
    const t = tokens[k]!;
    if (t.quote === "open" || t.quote === "toggle") break;
    if (t.pos === "VERB" && SPEECH_VERBS.has(t.lemma) && !t.negated) {
      const prev = tokens[k - 1]!;
      const subject = prev.pos === "PRON" || NOUN_POS.has(prev.pos) ? k - 1 : nounAfter(tokens, k);
      return { first: open, last: Math.max(k, subject ?? k) + 1, verb: k, subject, subjectFirst: null };
    }
  }
  return null;
}

const BETWEEN_VERB_AND_QUOTE = new Set([
  ",",
  ":",
  "—",
  "-",
  "back",
  "out",
  "up",
  "to",
  "at",
  "softly",
  "quietly",
  "gently",
  "firmly",
  "again",
  "then",
  "simply",
  "only",
  "just",
  "very",
  "loudly",
  "clearly",
  "slowly",
  "that",
  "something",
  "like",
  "this",
  "with",
  "a",
  "smile",
]);

function onlyAttributionBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (BETWEEN_VERB_AND_QUOTE.has(t.norm) || OBJECT_PRONOUNS.has(t.norm) || t.pos === "ADV") continue;
    // "told the fox", "said to the girl"
    if (t.pos === "DET" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ") continue;
    return false;
  }
  return true;
}

function nounAfter(tokens: readonly Token[], k: number): number | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j]!;
    if (NOUN_POS.has(t.pos) || t.pos === "PRON") return j;
    if (t.pos !== "DET" && t.pos !== "ADJ") return null;
  }
  return null;
}

/** Index of the clause holding a token, or -1. */
function clauseOf(model: TextModel, token: number): number {
  return model.clauseAt[token] ?? -1;
}

/** The subject of a speech verb: the word before it, or the subject of the clause before "and". */
function subjectBefore(model: TextModel, verb: number): number | null {
  const { tokens } = model;
  for (let k = verb - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = tokens[k]!;
    if (t.norm === ")") {
      // Skip a parenthesis: "Sofi (that's what everyone called me back then) said".
      let j = k - 1;
      while (j >= 0 && tokens[j]!.norm !== "(" && k - j < 40) j--;
      if (j >= 0 && tokens[j]!.norm === "(") {
        k = j;
        steps = 0;
        continue;
      }
      return null;
    }
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || t.norm === "then") continue;
    // "a grey old woman with a clipboard, tutting, who said": the one "who" refers to.
    if (t.norm === "who" || t.norm === "which" || t.norm === "that") {
      for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
        const x = tokens[j]!;
        if (x.sentence !== t.sentence) break;
        if (NOUN_POS.has(x.pos) && figures.matchAt(tokens, j)) return j;
      }
      return null;
    }
    if (t.pos === "PRON" || NOUN_POS.has(t.pos) || /^[A-Z]\.$/.test(t.text)) return k;
    if (t.norm === "and" || t.norm === ",") {
      // The clause before the conjunction holds the subject ("The girl took her hand and said").
      let ci = clauseOf(model, k);
      const here = model.clauses[ci];
      if (!here || here.first >= k) ci = clauseOf(model, k - 1);
      const prev = model.clauses[ci];
      if (!prev || prev.sentence !== t.sentence) return null;
      const subj = clauseSubject(tokens, prev);
      return subj ? subj.i : null;
    }
    if (t.pos === "VERB") {
      // "She laughed and said": keep walking back past the first verb.
      continue;
    }
    return null;
  }
  return null;
}

function npStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0) {
    const p = tokens[k - 1]!;
    if (
      p.pos === "ADJ" ||
      p.pos === "DET" ||
      p.pos === "NUM" ||
      (p.pos === "PRON" && /^(my|her|his|their|your|its|our)$/.test(p.norm)) ||
      (NOUN_POS.has(p.pos) && tokens[k]!.pos !== "PRON")
    )
      k--;
    else break;
  }
  return k;
}

type Speaker =
  | { kind: "character"; rec: CharacterRecord; isNew: boolean }
  | { kind: "client" }
  | { kind: "practitioner" }
  | { kind: "unknown" };

function resolveSpeaker(
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
  const region = regions.find((r) => r.last === subject + 1);
  if (region && quoted) {
    const existing = state.characters.find((r) => r.bodyPart && r.regions.includes(region.region));
    if (existing) return { kind: "character", rec: existing, isNew: false };
    return { kind: "character", rec: bodyPart(state, region.words, region.region), isNew: false };
  }
  // A figure named by its kind or its name.
  const byHead = state.characters.find(
    (r) => r.head === t.lemma || r.head === w || r.label.split(" ").at(-1) === t.lemma || r.aliases.has(w),
  );
  if (byHead) return { kind: "character", rec: byHead, isNew: false };
  const agent = agentOf(t, roleCtx);
  if (agent === "practitioner") return { kind: "practitioner" };
  if (w === "it" || w === "she" || w === "he" || w === "they") {
    if (open && compatible(state.active!, w)) {
      // In a practitioner's note "she" is usually the client; a reply answers whoever spoke last.
      const clientToo = agent === "client" && w !== "it";
      if (!clientToo) return { kind: "character", rec: state.active!, isNew: false };
      const reply = verbLemma !== undefined && /^(answer|reply|respond)$/.test(verbLemma);
      if (reply && state.lastSpeaker === "client")
        return { kind: "character", rec: state.active!, isNew: false };
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
  if (agent === "client") return { kind: "client" };
  const fig = figures.matchAt(tokens, subject);
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

/** People of the client's life named by their role: in a note they are people, not figures. */
const FAMILY = new Set([
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

function compatible(rec: CharacterRecord, pronoun: string): boolean {
  if (pronoun === "it" || pronoun === "they") return rec.gender === "n" || rec.gender === "?";
  if (pronoun === "she") return rec.gender !== "m";
  return rec.gender !== "f";
}

interface FigureHit {
  npFirst: number;
  head: number;
  last: number;
  aspect: CharacterAspect;
  /** Where the naming phrase starts when it is an apposition, not the figure's own noun phrase. */
  labelFirst?: number;
  /** End of the generic noun phrase ("a figure") when an apposition names it. */
  genericLast?: number;
}

/** Words that say only that someone is there; a following apposition names the figure. */
const GENERIC_FIGURES = new Set([
  "figure",
  "presence",
  "shape",
  "being",
  "person",
  "someone",
  "shadow",
  "form",
]);

function figuresIn(model: TextModel, c: Clause): FigureHit[] {
  const { tokens } = model;
  const out: FigureHit[] = [];
  for (let k = c.first; k < c.last; k++) {
    if (model.masked[k] || model.speech[k]) continue;
    const m = figures.matchAt(tokens, k, c.last);
    if (!m) continue;
    const head = tokens[m.last - 1]!;
    // A figure is a singular noun ("birds" flying out is a scene, not a character).
    if (!NOUN_POS.has(head.pos) || head.negated || (head.norm !== head.lemma && head.norm.endsWith("s"))) {
      k = m.last - 1;
      continue;
    }
    // "a figure in it, a tall woman in a blue robe": the apposition names it better.
    if (GENERIC_FIGURES.has(head.lemma)) {
      for (let j = m.last; j < Math.min(c.last, m.last + 8); j++) {
        if (tokens[j]!.norm !== ",") continue;
        const a =
          figures.matchAt(tokens, j + 2, c.last) ??
          figures.matchAt(tokens, j + 3, c.last) ??
          figures.matchAt(tokens, j + 4, c.last);
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
    }
    out.push({ npFirst: npStart(tokens, m.first), head: m.last - 1, last: m.last, aspect: m.value });
    k = m.last - 1;
  }
  return out;
}

/** Does the clause present the figure as appearing ("a little girl appeared", "there was a woman", "I saw an owl")? */
function appears(
  tokens: readonly Token[],
  c: Clause,
  npFirst: number,
  npLast: number,
  sentenceFirst: number,
): boolean {
  const before = tokens[npFirst - 1];
  const before2 = tokens[npFirst - 2];
  // "my mum's hands": the figure word only names whose hands.
  if (tokens[npLast]?.norm === "'s" || tokens[npLast]?.norm === "'") return false;
  if (before && THERE_VERBS.has(before.norm) && before2?.norm === "there") return true;
  if (before && SEE_VERBS.has(before.lemma) && before.pos === "VERB") return true;
  if (before && (before.pos === "VERB" || before.pos === "AUX") && before.lemma !== "be") return false;
  // "One was a grey old woman", "The other was a big dog": figures counted in.
  if (before && before.lemma === "be" && /^(one|other|another|first|second|this)$/.test(before2?.norm ?? ""))
    return true;
  // "I was a baby again": the client's own state, not a figure.
  if (before && before.lemma === "be" && /^(i|she|he|we|they|it)$/.test(before2?.norm ?? "")) return false;
  // "a green field with her late father walking towards her": a figure in the scene.
  if (before && before.norm === "with" && tokens[npLast]?.pos === "VERB" && /ing$/.test(tokens[npLast]!.norm))
    return true;
  if (before && before.pos === "ADP" && before.norm !== "like") {
    // The object of a preposition is a place or company, not the one who appears.
    return false;
  }
  const det = tokens[npFirst]!;
  const possessive = /^(my|her|his|their|your)$/.test(det.norm);
  let seenScene = false;
  for (let k = c.first; k < npFirst; k++)
    if ((SEE_VERBS.has(tokens[k]!.lemma) && tokens[k]!.lemma !== "feel") || tokens[k]!.lemma === "dream")
      seenScene = true;
  for (let k = npLast; k < Math.min(c.last + 12, npLast + 12); k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.pos === "VERB" || t.pos === "AUX") {
      if (t.negated) return false;
      if (t.lemma === "be") {
        const n = tokens[k + 1];
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
      return (
        APPEAR_VERBS.has(t.lemma) || (SPEECH_VERBS.has(t.lemma) && (det.norm === "a" || det.norm === "an"))
      );
    }
    if (t.quote || t.norm === "." || t.norm === ";") return false;
  }
  void sentenceFirst;
  return false;
}

function labelOf(tokens: readonly Token[], npFirst: number, last: number): string {
  const words: string[] = [];
  for (let k = npFirst; k < last; k++) {
    const t = tokens[k]!;
    if (k === last - 1) words.push(t.lemma === "teen" ? "teenager" : t.lemma);
    else if (
      NAMING_ADJECTIVES.has(t.norm) ||
      (NOUN_POS.has(t.pos) && k >= last - 2 && figures.matchAt(tokens, k)?.last === last)
    )
      words.push(t.norm);
  }
  return words.join(" ").replace(/\s+-\s+/g, "-");
}

/** Figures that are the same younger self however they are called ("a teenage girl", "a teenager"). */
const CHILD_HEADS = new Set(FIGURE_HEADS.filter(([, a]) => a === "child").map(([h]) => h));

function findOrCreate(state: State, model: TextModel, c: Clause, fig: FigureHit, s: number): CharacterRecord {
  const { tokens } = model;
  const head = tokens[fig.head]!.lemma;
  const label = selfLabel(tokens, c) ?? labelOf(tokens, fig.labelFirst ?? fig.npFirst, fig.last);
  const gender = genderOf(head, fig.aspect);
  const same = state.characters.find((r) => !r.bodyPart && (r.head === head || r.label === label));
  if (same) return same;
  if (CHILD_HEADS.has(head)) {
    const child = state.characters.find(
      (r) => r.aspect === "child" && (r.gender === gender || r.gender === "?" || gender === "?"),
    );
    if (child) return child;
  }
  return createRecord(state, model, label, head, fig.aspect, s, c);
}

function createRecord(
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

function genderOf(head: string, aspect: CharacterAspect): CharacterRecord["gender"] {
  if (FEMALE_FIGURES.has(head)) return "f";
  if (MALE_FIGURES.has(head)) return "m";
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
function selfLabel(tokens: readonly Token[], c: Clause): string | null {
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
function contextAspect(
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
    if (tokens[k]!.norm === "like" && /^(my|her|his|their|your)$/.test(tokens[k + 1]!.norm)) {
      const f = figures.matchAt(tokens, k + 2, sen.last);
      if (f && (f.value === "ancestor" || f.value === "parent")) return f.value;
    }
  }
  // A wise or luminous person is a guide; an animal stays an animal.
  if (fallback === "other") {
    for (const m of aspectCues.findAll(tokens, from, sentences[s]!.last)) {
      if (!tokens[m.first]!.negated && m.value === "guide") return "guide";
    }
  }
  return null;
}

/**
 * "She recognized it as Kitsune", "he looked like Dr. Weiss", "It was me at sixteen": the figure is
 * identified. Returns the name given (lower case), "" when none, or null when the clause is no recognition.
 */
function recognition(model: TextModel, c: Clause): string | null {
  const { tokens } = model;
  let at = -1;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.negated || model.speech[k]) continue;
    if (RECOGNITION_LEMMAS.has(t.lemma)) at = k;
    else if (
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
    if (at >= 0) break;
  }
  if (at < 0) return null;
  for (let k = at + 1; k < c.last; k++) {
    const t = tokens[k]!;
    if (
      isName(t) &&
      !/^(dr|ms|mr|mrs)\.?$/i.test(t.text) &&
      !model.clientNames.has(t.norm) &&
      !model.therapistNames.has(t.norm)
    ) {
      // "Dr. Weiss": the surname is the name used later.
      return t.norm.replace(/\.$/, "");
    }
  }
  return "";
}

function namedFigureSubject(model: TextModel, state: State, c: Clause): CharacterRecord | null {
  const subject = clauseSubject(model.tokens, c);
  if (!subject || (subject.pos !== "NOUN" && subject.pos !== "PROPN")) return null;
  const verb = model.tokens[subject.i + 1];
  if (!verb || verb.pos !== "VERB" || !INDIRECT_SPEECH.has(verb.lemma)) return null;
  return (
    state.characters.find((r) => !r.bodyPart && (r.head === subject.lemma || r.aliases.has(subject.norm))) ??
    null
  );
}

function recognisedAsSelf(tokens: readonly Token[], c: Clause): boolean {
  for (let k = c.first; k < c.last; k++)
    if (/^(herself|himself|myself|me)$/.test(tokens[k]!.norm)) return true;
  return false;
}

/** A turn told without quotes in an open conversation: the figure spoken with, and who spoke. */
function indirectTurn(
  model: TextModel,
  roleCtx: RoleContext,
  state: State,
  c: Clause,
  s: number,
): { rec: CharacterRecord; byFigure: boolean; verb: number } | null {
  const { tokens } = model;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos !== "VERB" || !INDIRECT_SPEECH.has(t.lemma)) continue;
    if (t.negated) return null;
    // "said she felt ..." reports an experience; "she said she understood ..." an insight.
    for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
      const x = tokens[j]!;
      if (x.sentence !== t.sentence || x.norm === ",") break;
      if ((REPORT_VERBS.has(x.lemma) || x.lemma === "look" || x.lemma === "seem") && x.pos === "VERB")
        return null;
    }
    const next = tokens[k + 1];
    const addressed =
      !!next &&
      (OBJECT_PRONOUNS.has(next.norm) ||
        COMPLEMENT_STARTS.has(next.norm) ||
        state.active!.aliases.has(next.norm) ||
        (next.norm === "the" && tokens[k + 2]?.lemma === state.active!.head) ||
        ((next.pos === "PRON" || next.norm === "i") &&
          (tokens[k + 2]?.pos === "VERB" || tokens[k + 2]?.pos === "AUX")));
    const bareReply =
      !!next && (next.norm === "." || next.norm === ",") && /^(answer|reply|respond|agree)$/.test(t.lemma);
    if (!addressed && !bareReply) return null;
    const subject = subjectBefore(model, k);
    const speaker = resolveSpeaker(model, roleCtx, state, subject, s, false, t.lemma);
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
    if (t.lemma === "say" && model.narrator === "practitioner" && !toFigure) return null;
    return { rec: state.active!, byFigure: false, verb: k };
  }
  return null;
}
