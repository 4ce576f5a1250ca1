// Quoted speech: where a quotation is and who is said to speak it.
import { SPEECH_VERBS } from "../lexicon/practice";
import { clauseSubject } from "../document/roles";
import type { TextModel } from "../model";
import type { Token } from "../text/read-text";
import { clauseOf, figureAt, NOUN_POS, npStart, OBJECT_PRONOUNS } from "./dialogue-state";

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
  by?: "figure" | "client";
  /** Read from a script label ("Knee: '...'"), not from a speech verb. */
  script?: boolean;
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

export const BETWEEN_VERB_AND_QUOTE = new Set([
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
