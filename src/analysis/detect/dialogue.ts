// Characters and messages (spec: "character", "message"). Walks the text in order, keeping the
// figures met so far and which one is in conversation, so that "the girl", "Gracie" and "she" in a
// dialogue all carry the label the figure got when it first appeared.
import {
  ASKING_LEMMAS,
  INDEFINITE_ARTICLES,
  NAMED_OBJECTS,
  PERSON_POSSESSIVES,
  PERSON_SUBJECTS_WITH_YOU,
} from "../lexicon/function-words";
import { agentOf, clauseSubject, type RoleContext } from "../document/roles";
import { compatible, otherFigure } from "./speakers";
import type { Clause, DraftPiece, TextModel } from "../model";
import {
  bodyPart,
  characterPiece,
  clauseOf,
  messagePiece,
  NOUN_POS,
  OBJECT_PRONOUNS,
  sensationFigure,
  verbLemmaAt,
  WINDOW,
  type CharacterRecord,
  type State,
} from "./dialogue-state";
import {
  appears,
  comesInverted,
  dreamtOf,
  figuresIn,
  findOrCreate,
  createRecord,
  kinAspectIn,
  NAMING_LEMMAS,
  ownInnerFigure,
  quotedNameAppears,
  recognisedAsSelf,
  selfAsChild,
  recognition,
} from "./figures";
import {
  attributeQuote,
  bareTurn,
  colonTurn,
  quotePairs,
  scriptTurn,
  unquotedTurn,
  type QuoteTurn,
} from "./quotes";
import { bareQuestion, continuesLine, isAside, scriptLine } from "./script-lines";
import { learnGender, resolveSpeaker, type Speaker } from "./speakers";
import {
  COMPLEMENT_STARTS,
  conveyingEnd,
  indirectTurn,
  partSpeaks,
  partTakesFloor,
  addressedFigure,
  saysNothing,
  invitedBodyPart,
  namedFigureSubject,
  sensationVoice,
} from "./turns";
import { INDIRECT_SPEECH, TURN_VERBS } from "../lexicon/practice";
import { lateralityOf } from "./clause-view";
import { FIGURE_HEADS } from "../lexicon/figures";

export type { CharacterRecord };

/** Titles kept before a name a figure is given ("miss thorne", "aunt moss"). */
const NAME_TITLES: ReadonlySet<string> = new Set([
  "miss",
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "sir",
  "aunt",
  "uncle",
  "auntie",
]);

const KIN_ASPECTS = new Map(FIGURE_HEADS.filter(([, a]) => a === "parent" || a === "ancestor"));

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

  // Tokens already inside a quoted turn ("“Who are you?” I asked | him."): not a second turn.
  const claimed = new Uint8Array(tokens.length);
  /** Names given to figures met ("I knew she was my great-grandmother Agnes"), in text order. */
  const namings: { rec: CharacterRecord; alias: string; at: number }[] = [];
  /** Sentence of the last script line that was a turn (not a description): its line may go on. */
  let lineTurnAt = -99;
  for (const sentence of model.read.sentences) {
    const s = sentence.index;
    const clauses = bySentence.get(s) ?? [];
    if (clauses.length === 0 || clauses.every((c) => c.role === "check-in")) continue;
    if (state.active && s - state.lastEvent > WINDOW) {
      state.quiet = state.active;
      state.active = null;
    }
    const covered = new Uint8Array(clauses.length);

    // 1. A body part invited to speak ("I invited him to let his lower back speak").
    for (const c of clauses) {
      if (c.role === "check-in") continue;
      // "asked the pain in her hip": the felt thing is spoken to, not the place it is felt.
      const voice = sensationVoice(model, c);
      const invited = invitedBodyPart(tokens, c);
      if (invited && !(voice && voice.first < invited.first)) {
        state.active = bodyPart(state, invited.words, invited.region, invited.laterality);
        state.lastEvent = s;
        state.activeFrom = c.first;
        state.lastSpeaker = "client";
        // "I asked her knee what it needed": asking it is the first turn of the conversation.
        const ask = askedDirectly(tokens, c, invited.first);
        if (ask >= 0 && !claimed[ask]) {
          pieces.push(messagePiece(state.active, s, c.first, c.last));
          claimed[ask] = 1;
        }
        // Either way the clause is told: the invitation is no turn of its own.
        covered[c.index - clauses[0]!.index] = 1;
        continue;
      }
      // "My shoulder started talking": the part takes the floor; its turns follow.
      const floor = c.role === "experience" && !voice ? partTakesFloor(model, c) : null;
      if (floor) {
        state.active = bodyPart(state, floor.words, floor.region, floor.laterality);
        state.lastEvent = s;
        state.activeFrom = c.first;
        state.lastSpeaker = "client";
        covered[c.index - clauses[0]!.index] = 1;
        continue;
      }
      // A sensation spoken with or speaking ("we asked the tightness what it wanted").
      if (!voice) continue;
      const words = tokens
        .slice(voice.first, voice.last)
        .map((t) => t.norm)
        .join(" ");
      const rec = sensationFigure(
        state,
        words,
        c.regions.map((r) => r.region),
        lateralityOf(c.regions),
      );
      if (voice.turn !== "invited") {
        pieces.push(messagePiece(rec, s, c.first, c.last));
        claimed[voice.verb] = 1;
        covered[c.index - clauses[0]!.index] = 1;
        if (voice.turn === "spoke") for (let k = voice.verb + 1; k < sentence.last; k++) model.speech[k] = 1;
      }
      state.active = rec;
      state.lastEvent = s;
      state.activeFrom = c.first;
      state.lastSpeaker = voice.turn === "spoke" ? "figure" : "client";
    }

    // 2. Quoted turns.
    const unattributed: QuoteTurn[] = [];
    const quoted = quotePairs(tokens, sentence.first, sentence.last);
    // "Wolf says: I have been guarding you": the colon stands for quotation marks, so a figure may
    // come in by its first words.
    const colon = quoted.length === 0 ? colonTurn(model, sentence.first, sentence.last) : null;
    const unquoted =
      colon ??
      (quoted.length === 0 && state.characters.length > 0
        ? unquotedTurn(model, sentence.first, sentence.last)
        : null);
    const spans: [number, number][] = unquoted
      ? [[unquoted.unquoted!.from - 1, unquoted.unquoted!.to]]
      : quoted;
    for (const [open, close] of spans) {
      const turn =
        unquoted ??
        attributeQuote(model, open, close, sentence.first) ??
        scriptTurn(model, open, close, sentence.first) ??
        bareTurn(model, state, open, close, s, sentence.first, sentence.last);
      if (!turn) continue;
      // A reply comes from the other one: the figure when the client spoke last.
      const by =
        turn.by === "reply"
          ? state.active && s - state.lastEvent <= WINDOW
            ? state.lastSpeaker === "figure"
              ? "client"
              : "figure"
            : null
          : turn.by;
      if (turn.by === "reply" && !by) continue;
      const speaker: Speaker =
        (by === "figure" ||
          (turn.colon && turn.subject === null && figureSpokeOn(model, roleCtx, state, s))) &&
        state.active
          ? { kind: "character", rec: state.active, isNew: false }
          : by === "client"
            ? { kind: "client" }
            : resolveSpeaker(model, roleCtx, state, turn.subject, s, true, tokens[turn.verb]!.lemma);
      // "Pt: '...'" answers a figure only inside a script-format exchange; otherwise it is said to us.
      if (
        turn.script &&
        speaker.kind === "client" &&
        !(state.lastSpeaker === "figure" && s - state.lastEvent <= 1)
      )
        continue;
      // Unquoted words are a turn of the client only when the client narrates ("Stay, I said.").
      // After a colon they are words said, to the figure only when asked, answered or addressed
      // ("Pt asks the wolf: why?", "Marek tells him: look at me"), not "Pt says: sleeping badly".
      if (
        unquoted &&
        speaker.kind === "client" &&
        model.narrator !== "client" &&
        !(unquoted.colon && (addressesTurn(tokens, turn.verb) || answersFigure(state, s)))
      )
        continue;
      let rec: CharacterRecord | null = null;
      if (speaker.kind === "character") rec = speaker.rec;
      else if (speaker.kind === "client" && state.active && s - state.lastEvent <= WINDOW) rec = state.active;
      // "“Will you still be there?” I asked him": asked of the figure the pronoun fits, a little
      // after the conversation went quiet.
      else if (
        speaker.kind === "client" &&
        !state.active &&
        state.quiet &&
        s - state.lastEvent <= 2 * WINDOW &&
        addressesActive(tokens, turn.verb, state.quiet)
      )
        rec = state.quiet;
      // "When my Dad walks away, “Don't go,” I think": a figure named before the client's words.
      else if (speaker.kind === "client") rec = figureNamedBefore(model, state, sentence.first, open);
      // "a tall figure appeared, his own older self, smiling, and said, '…'": the speaker may be a
      // figure that this sentence brings in; the figures' stage below takes the turn then.
      if (!rec && speaker.kind === "unknown" && !turn.by) unattributed.push(turn);
      if (!rec) continue;
      if (speaker.kind === "character" && speaker.isNew) {
        pieces.push(characterPiece(rec, s, turn.subjectFirst ?? turn.first, turn.verb));
      }
      pieces.push(messagePiece(rec, s, turn.first, turn.last));
      for (let k = turn.first; k < turn.last; k++) claimed[k] = 1;
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

    // 2b. Script lines without quotation marks ("Knee: I am tired.") and a part addressed by name
    // ("Shoulder, what do you need?"); a bare question right after them is the client's next turn.
    if (quoted.length === 0 && !unquoted) {
      const line = scriptLine(model, state, sentence.first, sentence.last, s);
      const base = clauses[0]!.index;
      if (line) {
        const rec = line.speaker === "client" ? (line.to ?? state.active) : line.speaker;
        if (rec && (line.speaker !== "client" || line.to || s - state.lastEvent <= WINDOW)) {
          const byFigure = line.speaker !== "client" && !line.vocative;
          if (!line.description) {
            lineTurnAt = s;
            pieces.push(messagePiece(rec, s, line.vocative ? line.first : line.wordsFrom, line.last));
            for (let k = line.wordsFrom; k < line.last; k++) model.speech[k] = byFigure ? 1 : 2;
            for (const c of clauses)
              if (c.first >= line.first && c.last <= sentence.last) covered[c.index - base] = 1;
          }
          if (state.active !== rec) state.activeFrom = line.first;
          state.active = rec;
          state.lastEvent = s;
          state.scriptAt = s;
          state.lastSpeaker = byFigure ? "figure" : "client";
        }
      } else if (
        state.active &&
        state.scriptAt !== undefined &&
        s - state.scriptAt <= 2 &&
        model.narrator === "client" &&
        bareQuestion(model, sentence.first, sentence.last)
      ) {
        pieces.push(messagePiece(state.active, s, sentence.first, sentence.last - 1));
        for (let k = sentence.first; k < sentence.last; k++) model.speech[k] = 2;
        for (const c of clauses) covered[c.index - base] = 1;
        state.lastEvent = s;
        state.scriptAt = s;
        state.lastSpeaker = "client";
      } else if (state.active && lineTurnAt === s - 1 && continuesLine(model, sentence.first)) {
        // "GIRL: He's not mean. He's scared.": the line's second sentence is the same turn.
        const mark = state.lastSpeaker === "figure" ? 1 : 2;
        for (let k = sentence.first; k < sentence.last; k++) model.speech[k] = mark;
        for (const c of clauses) covered[c.index - base] = 1;
        state.lastEvent = s;
        state.scriptAt = s;
        lineTurnAt = s;
      } else if (
        state.scriptAt !== undefined &&
        s - state.scriptAt <= 2 &&
        isAside(model, sentence.first, sentence.last)
      ) {
        // "*scratches an itch*", "(no change)": a stage direction keeps the script going.
        state.scriptAt = s;
        if (state.active) state.lastEvent = s;
      }
    }

    // 3. Figures appearing, and figures recognised.
    let metInSentence: CharacterRecord | null = null;
    clauses.forEach((c, ci) => {
      // "When you held my feet a deer came to me": the clause holds the technique and, after it, a
      // figure coming; only such a figure is read in a technique clause.
      if (c.role !== "experience" && c.role !== "technique") return;
      const named = c.role === "experience" ? quotedNameAppears(tokens, c) : null;
      if (named) {
        const label = tokens
          .slice(named.first, named.last)
          .map((t) => t.norm)
          .join(" ");
        const found =
          state.characters.find((r) => !r.bodyPart && r.label === label) ??
          createRecord(state, model, label, label, selfAsChild(tokens, c) ? "child" : "other", s, c);
        pieces.push(characterPiece(found, s, c.first, c.last - 1));
        bringIn(state, found, c.first, s);
        covered[ci] = 1;
        return;
      }
      for (const fig of figuresIn(model, c)) {
        if (
          c.role === "technique" &&
          !comesAfterTechnique(tokens, fig.npFirst, fig.last) &&
          !comesInverted(tokens, fig.npFirst)
        )
          continue;
        // "Fox: to be fed.": the label of a script line already read as its turn.
        if (tokens[fig.last]?.norm === ":" && model.speech[fig.last + 1]) continue;
        if (!appears(tokens, c, fig.npFirst, fig.genericLast ?? fig.last, sentence.first)) continue;
        // "When I was six a nurse came in": a person in a recalled event, not a figure.
        if (inRecall(model, sentence.first, fig.npFirst)) continue;
        const known = state.characters.length;
        // "An inner critic showed up, | a sharp voice telling me…": the apposition describes the
        // figure just met; it is no second figure.
        const restated =
          metInSentence && restatesFigure(tokens, c, fig.npFirst, fig.head) ? metInSentence : null;
        const found = restated ?? findOrCreate(state, model, c, fig, s);
        metInSentence = found;
        // "The fox stepped aside": a figure already met, named again, does not appear anew.
        const isNew = state.characters.length > known;
        // "His older self said…" after it was met: its owner's possessive names it again.
        const again = !isNew && ownInnerFigure(tokens, fig.npFirst, fig.last);
        if (!restated && (isNew || !(reMention(tokens, c, fig.npFirst) || again)))
          pieces.push(characterPiece(found, s, c.first, c.last - 1));
        bringIn(state, found, c.first, s);
        covered[ci] = 1;
        // "A voice inside her asked whether…", "an old man told me that…": the figure comes in speaking.
        const verb = speechAfter(tokens, c, fig.last);
        if (verb >= 0 && !claimed[verb]) {
          pieces.push(messagePiece(found, s, c.first, reportEnd(model, c, verb)));
          for (let k = verb + 1; k < sentence.last; k++) model.speech[k] = 1;
          state.lastSpeaker = "figure";
        }
        const turn = unattributed.find(
          (u) => u.verb > fig.last && !claimed[u.verb] && !speakerBetween(tokens, fig.last, u.verb),
        );
        if (turn) {
          pieces.push(messagePiece(found, s, turn.first, turn.last));
          for (let k = turn.first; k < turn.last; k++) claimed[k] = 1;
          for (let k = turn.verb + 1; k < turn.last; k++) model.speech[k] = 1;
          state.lastSpeaker = "figure";
        }
        break;
      }
      // "Dreamt about her": a dream of a figure met before brings it back into the conversation.
      const dreamt = covered[ci] ? -1 : dreamtOf(tokens, c);
      if (dreamt >= 0) {
        const w = tokens[dreamt]!.norm === "her" ? "she" : "he";
        const rec = state.active && compatible(state.active, w) ? state.active : otherFigure(state, w);
        if (rec && !rec.bodyPart) {
          if (state.active !== rec) state.activeFrom = c.first;
          state.active = rec;
          state.lastEvent = s;
          state.lastSpeaker = null;
          covered[ci] = 1;
          return;
        }
      }
      if (covered[ci] || !state.active || s - state.lastEvent > WINDOW) return;
      const alias = recognition(model, c);
      // A recognition reaches back one sentence; a name given ("she names her ...") a little further.
      if (alias !== null && s - state.lastEvent > 1 && !namesFigure(tokens, c)) return;
      if (alias !== null) {
        // "I'm calling him the Guardian": the pronoun named settles the figure's gender.
        const calledAs = namedPronoun(tokens, c);
        if (calledAs) learnGender(state.active, calledAs);
        if (alias) {
          state.active.aliases.add(alias);
          namings.push({ rec: state.active, alias, at: c.first });
        }
        // "it's my Dad": recognised as a parent or an ancestor, the figure is that aspect.
        const kin = alias ? (KIN_ASPECTS.get(alias) ?? kinAspectIn(tokens, c)) : undefined;
        if (kin && !state.active.bodyPart) state.active.aspect = kin;
        // Recognised as the client's own younger self: the figure is a child aspect.
        if (recognisedAsSelf(tokens, c) && !state.active.bodyPart && state.active.aspect === "other")
          state.active.aspect = "child";
        pieces.push(characterPiece(state.active, s, c.first, c.last - 1));
        state.lastEvent = s;
        covered[ci] = 1;
      }
    });

    // 3b. What the figure in conversation does ("It shook its head.") is its own doing, not the
    // client's movement; a bare quotation after it is the figure's turn.
    clauses.forEach((c, ci) => {
      if (covered[ci] || c.role !== "experience" || !state.active || state.active.bodyPart) return;
      if (s - state.lastEvent > WINDOW) return;
      if (!figureIsSubject(model, roleCtx, state.active, c)) {
        // "He shook his head" while the woman was speaking: the boy answers now.
        const subj = clauseSubject(tokens, c);
        const other = subj && agentOf(subj, roleCtx) !== "client" ? otherFigure(state, subj.norm) : null;
        if (!other || !figureIsSubject(model, roleCtx, other, c)) return;
        state.active = other;
      }
      for (let k = c.first; k < c.last; k++) if (!model.speech[k]) model.speech[k] = 3;
      state.lastSpeaker = "client";
      state.lastEvent = s;
    });

    // 4. Turns told without quotation marks ("I asked it what it was guarding").
    clauses.forEach((c, ci) => {
      if (covered[ci]) return;
      // "My heart told me to slow down": a body part speaks, in conversation or not.
      const part = c.role === "experience" ? partSpeaks(model, c) : null;
      if (part && !claimed[part.verb]) {
        const rec = bodyPart(state, part.region.words, part.region.region, part.region.laterality);
        pieces.push(messagePiece(rec, s, c.first, reportEnd(model, c, part.verb)));
        claimed[part.verb] = 1;
        for (let k = part.verb + 1; k < sentence.last; k++) model.speech[k] = 1;
        if (state.active !== rec) state.activeFrom = c.first;
        state.active = rec;
        state.lastEvent = s;
        state.lastSpeaker = "figure";
        return;
      }
      // With no figure met, only an inner figure asked directly can open a conversation.
      if (state.characters.length === 0 && !mayAskInnerFigure(tokens, c)) return;
      // "He laid a hand on my arm to let me know…": a figure's touch that conveys is its turn.
      const conveying = c.role === "technique" && conveys(tokens, c);
      // "Asks the owl what it wants.": a note's subjectless question read as a prompt is a turn when
      // it names a figure met as the one asked.
      const asksFigure = c.role === "prompt" && !!addressedFigure(model, state, c);
      if (c.role !== "experience" && !conveying && !asksFigure) return;
      // A figure named as the speaker ("Her father told her ...") speaks whenever it is met again.
      const named = namedFigureSubject(model, state, c);
      // "I asked the bear if…": a figure named as the one spoken to is in conversation again.
      const spokenTo = named ? null : addressedFigure(model, state, c);
      if (spokenTo) {
        if (state.active !== spokenTo) state.activeFrom = c.first;
        state.active = spokenTo;
        state.lastEvent = s;
      }
      if (named) {
        if (state.active !== named) state.activeFrom = c.first;
        state.active = named;
        state.lastEvent = s;
      }
      if (!state.active || s - state.lastEvent > WINDOW - 1) return;
      if (c.first < state.activeFrom) return;
      let turn = indirectTurn(model, roleCtx, state, c, s);
      // "Miss Hatch says Greta is lazy": a figure named as the speaker says whatever follows.
      if (!turn && named) {
        const verb = speechVerbIn(tokens, c);
        if (verb >= 0) turn = { rec: named, byFigure: true, verb };
      }
      if (!turn || claimed[turn.verb]) return;
      state.lastSpeaker = turn.byFigure ? "figure" : "client";
      // What is conveyed ("to let me know | I was safe") may stand in the next clause.
      const last = conveyingEnd(tokens, turn.verb) >= 0 ? sentence.last : reportEnd(model, c, turn.verb);
      pieces.push(messagePiece(turn.rec, s, c.first, last));
      // What a figure says is its message, not the client's experience or insight.
      if (turn.byFigure) for (let k = turn.verb + 1; k < sentence.last; k++) model.speech[k] = 1;
      state.lastEvent = s;
    });
  }
  settleNames(tokens, namings, pieces);
  settleSelfLabels(tokens, state.characters, pieces);
  return { pieces, characters: state.characters };
}

/**
 * "a tall figure appeared, his own older self… The figure said": a figure labelled for the self it
 * is keeps its own noun when the text goes on calling it by that noun more than by "self".
 */
function settleSelfLabels(
  tokens: TextModel["tokens"],
  characters: readonly CharacterRecord[],
  pieces: DraftPiece[],
): void {
  for (const rec of characters) {
    if (!rec.nounLabel) continue;
    let byNoun = 0;
    let bySelf = 0;
    for (let k = rec.nounLabel.after; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.lemma === "self") bySelf++;
      else if (t.lemma === rec.nounLabel.head && NOUN_POS.has(t.pos)) byNoun++;
    }
    if (byNoun > bySelf) relabel(rec, rec.nounLabel.label, pieces);
  }
}

function relabel(rec: CharacterRecord, named: string, pieces: DraftPiece[]): void {
  const old = rec.label;
  rec.label = named;
  for (const p of pieces)
    if (p.character === old) {
      p.character = named;
      if (p.group === old) p.group = named;
    }
}

/**
 * A figure given a name keeps the name the text settles on: the one it is called by more often
 * from the naming on ("a woman… I knew she was my grandmother Agnes… Agnes said"). A name said
 * once beside a figure still called "the fox" leaves the label "fox".
 */
function settleNames(
  tokens: TextModel["tokens"],
  namings: readonly { rec: CharacterRecord; alias: string; at: number }[],
  pieces: DraftPiece[],
): void {
  const last = new Map<CharacterRecord, { alias: string; at: number }>();
  for (const n of namings) last.set(n.rec, n);
  for (const [rec, { alias, at }] of last) {
    if (alias === rec.label) continue;
    let byName = 0;
    let byHead = 0;
    for (let k = at; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.norm === alias) byName++;
      else if (t.lemma === rec.head && NOUN_POS.has(t.pos)) byHead++;
    }
    if (byName <= byHead) continue;
    // "Ruth calls her Miss Thorne": the title stays with the name.
    let named = alias;
    for (let k = at; k < tokens.length; k++)
      if (tokens[k]!.norm === alias) {
        const before = tokens[k - 1];
        const title = before?.norm.replace(/\.$/, "") ?? "";
        if (NAME_TITLES.has(title) && /^[A-Z]/.test(before!.text)) named = `${title} ${alias}`;
        break;
      }
    relabel(rec, named, pieces);
  }
}

/** The figure just met is the one in conversation from `from` on (a new one has not spoken yet). */
function bringIn(state: State, found: CharacterRecord, from: number, sentence: number): void {
  if (state.active !== found) {
    state.activeFrom = from;
    state.lastSpeaker = null;
  }
  state.active = found;
  state.lastEvent = sentence;
}

/**
 * "A wolf appears. Says: you are safe now.": a subjectless sentence goes on with the subject of the
 * one before; it is the figure's when the figure in conversation was that subject.
 */
function figureSpokeOn(model: TextModel, roleCtx: RoleContext, state: State, s: number): boolean {
  if (!state.active || state.active.bodyPart || s - state.lastEvent > 1) return false;
  const prev = model.clauses.find((c) => c.sentence === s - 1);
  return !!prev && figureIsSubject(model, roleCtx, state.active, prev, true);
}

/** A definite mention of a known figure with no word of its coming back ("again", "returned"). */
function reMention(tokens: TextModel["tokens"], c: Clause, npFirst: number): boolean {
  const det = tokens[npFirst]!.norm;
  if (det !== "the" && det !== "this" && det !== "that") return false;
  for (let k = c.first; k < c.last; k++)
    if (/^(again|back|reappear|return|once|another)$/.test(tokens[k]!.lemma) || tokens[k]!.norm === "again")
      return false;
  return true;
}

/** Is the figure in conversation the subject of this clause ("It turned away", "The heron nodded")? */
function figureIsSubject(
  model: TextModel,
  roleCtx: RoleContext,
  rec: CharacterRecord,
  c: Clause,
  anyDeterminer = false,
): boolean {
  const subj = clauseSubject(model.tokens, c);
  if (!subj) return false;
  const w = subj.norm;
  if (w === "it") return rec.gender === "n" || rec.gender === "?";
  if (w === "he" || w === "she") return agentOf(subj, roleCtx) !== "client" && compatible(rec, w);
  // "The boy sighs deeply" in a note about a boy brought to the session: the client, not a figure.
  if (model.clientNames.has(subj.lemma)) return false;
  const det = model.tokens[subj.i - 1]?.norm;
  // ("A wolf appears": the sentence that brought the figure in names it with "a" or bare.)
  return (
    (det === "the" || det === "my" || anyDeterminer) &&
    (rec.head === subj.lemma || rec.label.split(" ").at(-1) === subj.lemma)
  );
}

/** "I'll call him the Judge", "she names her 'Aunt Moss'". */
function namesFigure(tokens: TextModel["tokens"], c: Clause): boolean {
  return namedPronoun(tokens, c) !== null;
}

/** The pronoun a naming verb names ("call him" -> "him"), or null. */
function namedPronoun(tokens: TextModel["tokens"], c: Clause): string | null {
  for (let k = c.first; k < c.last - 1; k++)
    if (NAMING_LEMMAS.has(tokens[k]!.lemma) && NAMED_OBJECTS.has(tokens[k + 1]!.norm))
      return tokens[k + 1]!.norm;
  return null;
}

/** An "ask" or "tell" right before the part, not itself suggested ("she suggested I ask my jaw"). */
function askedDirectly(tokens: TextModel["tokens"], c: Clause, partFirst: number): number {
  for (let k = partFirst - 1; k >= Math.max(c.first, partFirst - 3); k--) {
    const t = tokens[k]!;
    // "asked if the hand had anything to say": an invitation to speak, not yet a turn.
    if (/^(if|whether)$/.test(t.norm)) return -1;
    if (t.pos !== "VERB") continue;
    if (!ASKING_LEMMAS.has(t.lemma)) return -1;
    for (let j = k - 1; j >= Math.max(0, k - 24) && tokens[j]!.sentence === t.sentence; j--)
      if (/^(suggest|invite|encourage|let|allow|want)$/.test(tokens[j]!.lemma)) return -1;
    return k;
  }
  return -1;
}

/** Verbs of a figure coming into the scene ("a deer came", "an old man appeared"). */
const COMING: ReadonlySet<string> = new Set([
  "appear",
  "come",
  "emerge",
  "arrive",
  "approach",
  "materialise",
  "materialize",
]);

/** An indefinite figure right before a verb of coming: "a deer came to me", "an old man appeared". */
function comesAfterTechnique(tokens: TextModel["tokens"], npFirst: number, last: number): boolean {
  if (!INDEFINITE_ARTICLES.has(tokens[npFirst]!.norm)) return false;
  const v = tokens[last];
  return !!v && v.pos === "VERB" && COMING.has(v.lemma) && !v.negated;
}

/** Is there an "ask" with a possessive right after it ("asked my inner child…")? */
function mayAskInnerFigure(tokens: TextModel["tokens"], c: Clause): boolean {
  for (let k = c.first; k < c.last - 2; k++)
    if (tokens[k]!.lemma === "ask" && PERSON_POSSESSIVES.has(tokens[k + 1]!.norm)) return true;
  return false;
}

/** Verbs before a speech verb that only say how long or when the figure spoke ("kept saying"). */
const KEEPING: ReadonlySet<string> = new Set(["keep", "begin", "start", "continue"]);

/** Nouns that describe how a figure comes across rather than who it is ("a sharp voice", "a dark presence"). */
const DESCRIBING_HEADS: ReadonlySet<string> = new Set([
  "voice",
  "presence",
  "shape",
  "figure",
  "shadow",
  "form",
  "being",
]);

/** An indefinite describing noun phrase that opens its clause, right after a figure in the sentence. */
function restatesFigure(tokens: TextModel["tokens"], c: Clause, npFirst: number, head: number): boolean {
  if (!DESCRIBING_HEADS.has(tokens[head]!.lemma)) return false;
  if (!INDEFINITE_ARTICLES.has(tokens[npFirst]!.norm)) return false;
  for (let k = c.first; k < npFirst; k++) if (tokens[k]!.norm !== ",") return false;
  return true;
}

/** A speech verb right after a figure's noun phrase that says something ("asked whether", "told me that"). */
function speechAfter(tokens: TextModel["tokens"], c: Clause, after: number): number {
  for (let k = after; k < Math.min(c.last, after + 4); k++) {
    const t = tokens[k]!;
    // "the women who were told to be quiet": told to them, not by them.
    if (t.pos === "AUX" || /^(who|that|which|whom)$/.test(t.norm)) return -1;
    if (t.pos !== "VERB") continue;
    // "a critical voice kept saying…", "began to tell me…": the speech verb comes after.
    if (KEEPING.has(t.lemma) && !t.negated) continue;
    if (!INDIRECT_SPEECH.has(t.lemma) || t.negated) return -1;
    const next = tokens[k + 1];
    if (!next || next.sentence !== t.sentence) return -1;
    const after = tokens[k + 2];
    const addressed =
      COMPLEMENT_STARTS.has(next.norm) ||
      // "kept saying I should try harder": the reported clause without "that".
      (PERSON_SUBJECTS_WITH_YOU.has(next.norm) && /^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? "")) ||
      (OBJECT_PRONOUNS.has(next.norm) &&
        (COMPLEMENT_STARTS.has(after?.norm ?? "") ||
          // "telling me I was lazy": the reported clause without "that".
          (after?.pos === "PRON" && /^(VERB|AUX)$/.test(tokens[k + 3]?.pos ?? ""))));
    return addressed ? k : -1;
  }
  return -1;
}

function speechVerbIn(tokens: TextModel["tokens"], c: Clause): number {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" && INDIRECT_SPEECH.has(t.lemma) && !t.negated)
      return saysNothing(tokens, k) ? -1 : k;
  }
  return -1;
}

/** Is there a memory cue or a dating age earlier in the sentence? */
function inRecall(model: TextModel, from: number, at: number): boolean {
  for (const c of model.clauses) {
    if (c.last <= from || c.first >= at) continue;
    if (c.lifeTimes.some((l) => l.first < at && (l.strong || l.age !== null))) return true;
  }
  for (const h of model.cues)
    if (h.cue.type === "memory" && h.first >= from && h.first < at && !model.tokens[h.first]!.negated)
      return true;
  return false;
}

function conveys(tokens: TextModel["tokens"], c: Clause): boolean {
  for (let k = c.first; k < c.last; k++)
    if (tokens[k]!.pos === "VERB" && conveyingEnd(tokens, k) >= 0) return true;
  return false;
}

/** A subject pronoun or a name between a figure and a speech verb: someone else speaks. */
function speakerBetween(tokens: TextModel["tokens"], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (PERSON_SUBJECTS_WITH_YOU.has(t.norm) || t.pos === "PROPN") return true;
  }
  return false;
}

/** "asks the wolf:", "tells him:", "replies silently:": a speech verb that names or answers its hearer. */
function addressesTurn(tokens: TextModel["tokens"], verb: number): boolean {
  const v = tokens[verb]!;
  // "Pt to wolf:": the label names the one spoken to. ("Pt replies:" the tagger may read as a noun.)
  if (v.norm === "to" || TURN_VERBS.has(v.lemma) || verbLemmaAt(tokens, verb, TURN_VERBS)) return true;
  const next = tokens[verb + 1];
  return !!next && (OBJECT_PRONOUNS.has(next.norm) || next.norm === "the");
}

/** The figure spoke in this sentence or the one before: the client's words now answer it. */
function answersFigure(state: State, s: number): boolean {
  return state.lastSpeaker === "figure" && !!state.active && s - state.lastEvent <= 1;
}

/** A speech verb with "him" or "her" right after it that fits the figure ("I asked him"). */
function addressesActive(tokens: TextModel["tokens"], verb: number, rec: CharacterRecord): boolean {
  const o = tokens[verb + 1]?.norm;
  if (o !== "him" && o !== "her") return false;
  return rec.gender === (o === "him" ? "m" : "f") && !rec.bodyPart;
}

/** A figure met before, named again by its head or a name between `from` and `to` ("my Dad"). */
function figureNamedBefore(model: TextModel, state: State, from: number, to: number): CharacterRecord | null {
  for (let k = to - 1; k >= from; k--) {
    const t = model.tokens[k]!;
    if (!NOUN_POS.has(t.pos)) continue;
    const rec = state.characters.find((r) => !r.bodyPart && (r.head === t.lemma || r.aliases.has(t.norm)));
    if (rec) return rec;
  }
  return null;
}

/** "She told me | she was lonely": words reported in the clause after the verb belong to the turn. */
function reportEnd(model: TextModel, c: Clause, verb: number): number {
  const next = model.clauses[c.index + 1];
  if (c.last - verb > 2 || !next || next.sentence !== c.sentence) return c.last;
  return next.last;
}
