// Quoted speech: where a quotation is and who is said to speak it.
import { ACCOUNT_REFLEXIVES, SPEAKING_PERSONS } from "../lexicon/function-words";
import { SPEECH_VERBS } from "../lexicon/practice";
import {
  ATTRIBUTION_AUXILIARIES,
  MESSAGE_LABELS,
  THOUGHT_VERBS,
  UNQUOTED_ATTRIBUTION_VERBS,
} from "../lexicon/reported-speech";
import { clauseSubject } from "../document/roles";
import type { TextModel } from "../model";
import type { Token } from "../text/read-text";
import {
  clauseOf,
  figureAt,
  figures,
  NOUN_POS,
  npStart,
  OBJECT_PRONOUNS,
  verbLemmaAt,
} from "./dialogue-state";

/** Pairs of quotation marks in a sentence: [opening index, closing index]. */
export function quotePairs(tokens: readonly Token[], first: number, last: number): [number, number][] {
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

export interface QuoteTurn {
  /** Set when the turn's speaker follows from the conversation, not from an attribution. */
  /** "reply": the other one answers ("comes the answer"). */
  by?: "figure" | "client" | "reply";
  /** Read from a script label ("Knee: '...'"), not from a speech verb. */
  script?: boolean;
  /** Words said without quotation marks: their token range, last exclusive. */
  unquoted?: { from: number; to: number };
  /** Set off by a colon after the speech verb ("Wolf says: I have been guarding you"): words said. */
  colon?: boolean;
  first: number;
  last: number;
  verb: number;
  subject: number | null;
  subjectFirst: number | null;
}

/** Finds who speaks a quotation: a speech verb before it ("The fox said, ...") or after it ("..., said the fox"). */
export function attributeQuote(
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
  let thoughtOnly = false;
  for (let k = open - 1; k >= segStart; k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB" && attributes(t) && !t.negated) {
      // Only words like "back", "softly", "to her" may stand between the verb and the quotation;
      // 'his tummy felt "warm"' quotes a description, not speech. A speech verb far before it may
      // say something else ('When he says that…, "Don't go," I think'): look after the quotation.
      if (!onlyAttributionBetween(tokens, k + 1, open)) {
        thoughtOnly = true;
        break;
      }
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
    // "'…,' comes the answer": the reply to the turn before, by the other one.
    if (t.lemma === "come" && tokens[k + 1]?.norm === "the" && REPLY_NOUNS.has(tokens[k + 2]?.lemma ?? ""))
      return { by: "reply", first: open, last: k + 3, verb: k, subject: null, subjectFirst: null };
    if (t.pos === "VERB" && attributes(t) && !t.negated) {
      if (thoughtOnly && !THOUGHT_VERBS.has(t.lemma)) return null;
      // "'It is tired.' L. asks it what it needs": a verb with its own question or report opens
      // the next turn; it does not attribute the quotation before it.
      if (ownComplementAfter(tokens, k)) return null;
      let p = k - 1;
      // '"You're safe," it seemed to say': the subject stands before "seemed to".
      if (tokens[p]?.norm === "to" && /^(seem|appear|want|begin|start|try)$/.test(tokens[p - 1]?.lemma ?? ""))
        p -= 2;
      const prev = tokens[p]!;
      const subject = prev.pos === "PRON" || NOUN_POS.has(prev.pos) ? p : nounAfter(tokens, k);
      return { first: open, last: Math.max(k, subject ?? k) + 1, verb: k, subject, subjectFirst: null };
    }
  }
  return null;
}

/** Nouns for a turn that answers: "comes the answer", "came the reply". */
const REPLY_NOUNS: ReadonlySet<string> = new Set(["answer", "reply", "response"]);

/** Words that open what a speech verb reports ("asks it what…", "told her that…", "asked whether…"). */
const REPORTED_COMPLEMENTS: ReadonlySet<string> = new Set([
  "what",
  "whether",
  "if",
  "how",
  "why",
  "who",
  "where",
  "that",
]);

/** A speech verb followed by an object and a complement of its own ("asks it what it needs"). */
function ownComplementAfter(tokens: readonly Token[], verb: number): boolean {
  let j = verb + 1;
  if (OBJECT_PRONOUNS.has(tokens[j]?.norm ?? "")) j++;
  else if (tokens[j]?.norm === "the" && NOUN_POS.has(tokens[j + 1]?.pos ?? "")) j += 2;
  // "…," she said that day: "that" right after the verb is no complement.
  if (j === verb + 1 && tokens[j]?.norm === "that") return false;
  const w = tokens[j];
  if (!w || w.sentence !== tokens[verb]!.sentence) return false;
  if (REPORTED_COMPLEMENTS.has(w.norm)) return true;
  // "'Like no.' Client told it she'd practise": an object, then a reported clause without "that".
  return j > verb + 1 && w.pos === "PRON" && /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? "");
}

/** A verb that attributes a quotation next to it: speech, or inner speech ("I thought"). */
function attributes(t: Token): boolean {
  return SPEECH_VERBS.has(t.lemma) || THOUGHT_VERBS.has(t.lemma);
}

export const BETWEEN_VERB_AND_QUOTE = new Set([
  ",",
  ":",
  "—",
  "–",
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

export function onlyAttributionBetween(tokens: readonly Token[], from: number, to: number): boolean {
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

export function nounAfter(tokens: readonly Token[], k: number): number | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j]!;
    if (NOUN_POS.has(t.pos) || t.pos === "PRON") return j;
    if (t.pos !== "DET" && t.pos !== "ADJ") return null;
  }
  return null;
}

/** The subject of a speech verb: the word before it, or the subject of the clause before "and". */
export function subjectBefore(model: TextModel, verb: number): number | null {
  const { tokens } = model;
  for (let k = verb - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = tokens[k]!;
    // Skip an aside between dashes: "a voice – not Tom's – said".
    if ((t.norm === "–" || t.norm === "—" || t.norm === "-") && t.start > (tokens[k - 1]?.end ?? 0)) {
      let j = k - 1;
      while (j >= 0 && tokens[j]!.norm !== t.norm && k - j < 20) j--;
      if (j >= 0 && tokens[j]!.norm === t.norm) {
        k = j;
        steps = 0;
        continue;
      }
      return null;
    }
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
        if (NOUN_POS.has(x.pos) && figureAt(tokens, j)) return j;
      }
      return null;
    }
    if (t.pos === "PRON" || NOUN_POS.has(t.pos) || /^[A-Z]\.$/.test(t.text)) return k;
    if (t.norm === "and" || t.norm === ",") {
      // The clause before the conjunction holds the subject ("The girl took her hand and said").
      let ci = clauseOf(model, k);
      const here = model.clauses[ci];
      if (!here || here.first >= k) ci = clauseOf(model, k - 1);
      // "I picked her up and held her and promised her": coordinated verbs share the first one's subject.
      for (let hops = 0; ci >= 0 && hops < 4; ci--, hops++) {
        const prev = model.clauses[ci];
        if (!prev || prev.sentence !== t.sentence) return null;
        const subj = clauseSubject(tokens, prev);
        if (subj) return subj.i;
        if (!/^(and|then|,)$/.test(tokens[prev.first]!.norm)) return null;
      }
      return null;
    }
    if (t.pos === "VERB") {
      // "She laughed and said": keep walking back past the first verb.
      continue;
    }
    return null;
  }
  return null;
}

/**
 * Script format: "Hip: 'I'm tired.'", "Client: 'Of what?'". The label before the colon is the
 * speaker; it is resolved like the subject of "said".
 */
export function scriptTurn(
  model: TextModel,
  open: number,
  close: number,
  sentenceFirst: number,
): QuoteTurn | null {
  const { tokens } = model;
  const colon = open - 1;
  if (colon < sentenceFirst || tokens[colon]!.norm !== ":") return null;
  // "Owl's message: 'stay'": a figure's words labelled by a message noun.
  const labelled = messageLabelTurn(model, sentenceFirst, colon);
  if (labelled) return { ...labelled, last: close + 1 };
  let from = colon - 1;
  while (
    from > sentenceFirst &&
    colon - from < 3 &&
    !tokens[from - 1]!.quote &&
    tokens[from - 1]!.pos !== "PUNCT"
  )
    from--;
  if (from < sentenceFirst || from >= colon) return null;
  const head = colon - 1;
  const t = tokens[head]!;
  if (!(NOUN_POS.has(t.pos) || t.pos === "PRON" || /^[A-Z]/.test(t.text))) return null;
  // Only a short label may stand there ("Right knee:"), not a clause ("She said one thing:").
  for (let k = from; k < head; k++) if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return null;
  return { first: from, last: close + 1, verb: head, subject: head, subjectFirst: from, script: true };
}

/**
 * A quotation nobody is said to speak, in a conversation with a figure: turns alternate, so it
 * answers whoever spoke last ("Why?" / "Because."). Only a quotation standing alone as its sentence.
 */
export function bareTurn(
  model: TextModel,
  state: { active: unknown; lastEvent: number; lastSpeaker: "client" | "figure" | null },
  open: number,
  close: number,
  s: number,
  sentenceFirst: number,
  sentenceLast: number,
): QuoteTurn | null {
  const { tokens } = model;
  if (!state.active || s - state.lastEvent > 2) return null;
  for (let k = sentenceFirst; k < open; k++) if (tokens[k]!.pos !== "PUNCT" || tokens[k]!.quote) return null;
  for (let k = close + 1; k < sentenceLast; k++)
    if (tokens[k]!.pos !== "PUNCT" || tokens[k]!.quote) return null;
  if (close - open < 2) return null;
  // “Always,” he said. “But I can rest now.”: a quotation right after an attributed one goes on
  // with the same speaker.
  const goesOn = continuesTurn(tokens, open);
  const by =
    goesOn && state.lastSpeaker ? state.lastSpeaker : state.lastSpeaker === "figure" ? "client" : "figure";
  return { by, first: open, last: close + 1, verb: open, subject: null, subjectFirst: null };
}

/** Does the quotation at `open` follow straight on from "..., he said." (quote, speaker, verb, stop)? */
function continuesTurn(tokens: readonly Token[], open: number): boolean {
  if (!/^[.,]$/.test(tokens[open - 1]?.norm ?? "")) return false;
  for (let k = open - 2; k >= Math.max(0, open - 5); k--) {
    const t = tokens[k]!;
    if (t.quote) return k < open - 2;
    if (!(
      t.pos === "PRON" ||
      t.pos === "NOUN" ||
      t.pos === "PROPN" ||
      t.pos === "DET" ||
      SPEECH_VERBS.has(t.lemma)
    ))
      return false;
  }
  return false;
}

/**
 * Words without quotation marks closed by their attribution: "Go slowly, she said.", "You are too
 * slow, it kept saying.", "The water is safe, said the fox." The words before the last comma are
 * what was said; nothing but the speaker, auxiliaries and "to me" may follow the speech verb.
 */
export function unquotedTurn(
  model: TextModel,
  sentenceFirst: number,
  sentenceLast: number,
): QuoteTurn | null {
  const { tokens } = model;
  let end = sentenceLast;
  while (end > sentenceFirst && /^[.!?…]+$/.test(tokens[end - 1]!.norm)) end--;
  let comma = -1;
  for (let k = end - 1; k > sentenceFirst; k--)
    if (tokens[k]!.norm === ",") {
      comma = k;
      break;
    }
  if (comma < 0 || end - comma > 9) return null;
  for (let k = sentenceFirst; k < end; k++) if (tokens[k]!.quote) return null;
  let k = comma + 1;
  let verb = -1;
  let subject: number | null;
  if (tokens[k]?.pos === "VERB" && UNQUOTED_ATTRIBUTION_VERBS.has(tokens[k]!.lemma)) {
    // Inverted: "said the fox".
    verb = k;
    subject = nounAfter(tokens, k);
    if (subject === null || tokens[subject]!.pos === "PRON") return null;
    k = subject + 1;
  } else {
    const from = k;
    while (k < end && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ") && k - from < 3) k++;
    const s = tokens[k];
    if (!s || !(s.pos === "PRON" || NOUN_POS.has(s.pos)) || /^(that|this|which|what)$/.test(s.norm))
      return null;
    if (s.pos === "PRON" && k !== from) return null;
    subject = k++;
    for (; k < end && verb < 0; k++) {
      const t = tokens[k]!;
      if (t.pos === "VERB" && UNQUOTED_ATTRIBUTION_VERBS.has(t.lemma)) verb = k;
      else if (!(t.pos === "AUX" || t.pos === "ADV" || ATTRIBUTION_AUXILIARIES.has(t.lemma))) return null;
    }
    if (verb < 0) return null;
  }
  if (tokens[verb]!.negated) return null;
  // After the verb only "to me", "again", "softly": an object of its own ("said nothing") is no attribution.
  for (; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADV" || t.norm === "to" || OBJECT_PRONOUNS.has(t.norm) || ACCOUNT_REFLEXIVES.has(t.norm))
      continue;
    return null;
  }
  // The words said: at least one word that is not a connective.
  if (comma - sentenceFirst < 1) return null;
  return {
    first: sentenceFirst,
    last: end,
    verb,
    subject,
    subjectFirst: null,
    unquoted: { from: sentenceFirst, to: comma },
  };
}

/** Words that open direct speech after a comma or dash: the first or second person, yes or no. */
const DIRECT_SPEECH_OPENERS: ReadonlySet<string> = new Set([...SPEAKING_PERSONS, "do", "yes", "no"]);

/** How far into its sentence the speech verb's colon may stand ("Girl (age ~6) says:"). */
const COLON_REACH = 12;

/**
 * Note shorthand for a quotation: a speaker, a speech verb (with "silently", "him", "the wolf"),
 * then a colon and the words said, no quotation marks ("Wolf says: I have been guarding you.",
 * "Knee replies: not yet.", "Marek tells him: look at me"). The colon stands for the quotation
 * marks, so the words are said, not reported (lexicon/reported-speech.ts, row "colon-speech").
 */
export function colonTurn(model: TextModel, sentenceFirst: number, sentenceLast: number): QuoteTurn | null {
  const { tokens } = model;
  let end = sentenceLast;
  while (end > sentenceFirst && /^[.!?…]+$/.test(tokens[end - 1]!.norm)) end--;
  let colon = -1;
  for (let k = sentenceFirst + 1; k < Math.min(end - 1, sentenceFirst + COLON_REACH); k++)
    if (tokens[k]!.norm === ":") {
      colon = k;
      break;
    }
  // "Stag says, I have carried you.", "Stag says — you can rest.": a comma or dash right after the
  // speech verb, and words in the first or second person, are a quotation too.
  if (colon < 0)
    for (let k = sentenceFirst + 1; k < Math.min(end - 1, sentenceFirst + COLON_REACH); k++)
      if (
        /^[,—–]$/.test(tokens[k]!.norm) &&
        verbLemmaAt(tokens, k - 1, SPEECH_VERBS) &&
        DIRECT_SPEECH_OPENERS.has(tokens[k + 1]!.norm)
      ) {
        colon = k;
        break;
      }
  if (colon < 0) return null;
  for (let k = sentenceFirst; k < end; k++) if (tokens[k]!.quote) return null;
  let verb = -1;
  for (let k = colon - 1; k >= sentenceFirst; k--)
    if (verbLemmaAt(tokens, k, SPEECH_VERBS)) {
      verb = k;
      break;
    }
  if (verb < 0) {
    const labelled = messageLabelTurn(model, sentenceFirst, colon);
    if (labelled) return { ...labelled, last: end, unquoted: { from: colon + 1, to: end }, colon: true };
  }
  // "Pt to wolf: why are you here?": the speaker, "to" and the one spoken to stand for the verb.
  const label = verb < 0 ? addressedLabel(tokens, sentenceFirst, colon) : -1;
  if (label >= 0) verb = label;
  else if (verb < 0 || tokens[verb]!.negated || !onlyAttributionBetween(tokens, verb + 1, colon)) return null;
  // "Client (to the stag):": the speaker stands before the bracket.
  const subject = label >= 0 && tokens[label - 1]?.norm === "(" ? label - 2 : subjectBefore(model, verb);
  // "A wolf appears. Says: you are safe.": with no subject, the verb opens the sentence and the
  // speaker is the subject of the sentence before (dialogue.ts).
  if (subject === null) {
    for (let k = sentenceFirst; k < verb; k++) if (!/^(then|and|,)$/.test(tokens[k]!.norm)) return null;
    return {
      // "To the stag: thank you.": in a note, the words put to the figure are the client's.
      by: tokens[verb]!.norm === "to" ? "client" : undefined,
      first: verb,
      last: end,
      verb,
      subject: null,
      subjectFirst: null,
      unquoted: { from: colon + 1, to: end },
      colon: true,
    };
  }
  const subjectFirst = npStart(tokens, subject);
  return {
    first: subjectFirst,
    last: end,
    verb,
    subject,
    subjectFirst,
    unquoted: { from: colon + 1, to: end },
    colon: true,
  };
}

/**
 * "Message:", "Owl's message:", "Message from the owl:", "Answer:" before a colon: the words after
 * it are a figure's (lexicon/reported-speech.ts, MESSAGE_LABELS); the figure named, or the one in
 * conversation. Without its range after the colon.
 */
function messageLabelTurn(model: TextModel, first: number, colon: number): QuoteTurn | null {
  const { tokens } = model;
  let at = -1;
  for (let k = first; k < colon; k++)
    if (MESSAGE_LABELS.has(tokens[k]!.norm) || MESSAGE_LABELS.has(tokens[k]!.lemma)) {
      at = k;
      break;
    }
  if (at < 0) return null;
  const kind = MESSAGE_LABELS.get(tokens[at]!.norm) ?? MESSAGE_LABELS.get(tokens[at]!.lemma)!;
  let subject: number | null = null;
  if (at > first) {
    // "Owl's message": the one before the possessive.
    if (tokens[at - 1]!.norm !== "'s" || at - 1 <= first || kind !== "figure") return null;
    subject = at - 2;
  }
  if (colon > at + 1) {
    // "Message from the old oak": the noun phrase after "from".
    if (subject !== null || tokens[at + 1]!.norm !== "from" || kind !== "figure") return null;
    for (let k = at + 2; k < colon; k++)
      if (!(NOUN_POS.has(tokens[k]!.pos) || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "DET"))
        return null;
    subject = colon - 1;
  }
  if (subject !== null && !NOUN_POS.has(tokens[subject]!.pos)) return null;
  return {
    by: subject === null ? kind : undefined,
    first,
    last: colon + 1,
    verb: at,
    subject,
    subjectFirst: subject === null ? null : npStart(tokens, subject),
  };
}

/** "Pt to wolf:", "Client (to the girl):", "To the stag:": the "to" of a label naming who is spoken to, or -1. */
function addressedLabel(tokens: readonly Token[], first: number, colon: number): number {
  let to = first;
  if (tokens[to]!.norm !== "to") {
    const speaker = tokens[first]!;
    if (!(NOUN_POS.has(speaker.pos) || speaker.pos === "PRON")) return -1;
    to = tokens[first + 1]?.norm === "(" ? first + 2 : first + 1;
    if (tokens[to]?.norm !== "to") return -1;
  }
  let last = colon;
  if (tokens[last - 1]!.norm === ")") last--;
  if (last - to < 2 || last - to > 4) return -1;
  for (let k = to + 1; k < last; k++) {
    const t = tokens[k]!;
    // wink may read the figure after "to" as a verb ("to wolf"): a figure word is the one spoken to.
    const word = NOUN_POS.has(t.pos) || t.pos === "ADJ" || figures.matchAt(tokens, k, k + 1);
    if (!word && !/^(the|her|his|my)$/.test(t.norm)) return -1;
  }
  return to;
}
