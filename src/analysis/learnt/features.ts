// What the learnt scorer sees of a candidate piece: the rules' view of it (which rule drafted
// it, which rows of lexicon/outside-session.ts hold), who writes, the clause's role and subject,
// quotation, negation, modality, cues and mentions in the span, and its content words.
import { rulesHolding, clauseLead, endsWithQuestion } from "../detect/confidence";
import type { DraftPiece, TextModel } from "../model";
import { CONTENT_POS, MODAL_VERBS } from "../lexicon/function-words";
import { insideQuote } from "../text/quoted";
import { firstCueFrom } from "../detect/turns";
import { meanVector, VECTOR_DIMS } from "./word-vectors";

export type CandidateSource = "rule" | "cue";

const PRONOUN_LEADS = new Set([
  "i",
  "my",
  "me",
  "she",
  "her",
  "he",
  "his",
  "him",
  "you",
  "your",
  "we",
  "our",
  "they",
  "their",
  "it",
  "its",
  "this",
  "that",
  "there",
  "the",
  "a",
  "an",
]);
/** Content words as features: off; in cross-validation on the dev corpora they did not pay. */
const LEMMAS = false;

export function featuresOf(
  d: DraftPiece,
  model: TextModel,
  source: CandidateSource,
  ruleConfidence: number,
): string[] {
  const { tokens } = model;
  const k = d.kind;
  const f: string[] = [...biasFeatures(k, source), `nar:${model.narrator}|${k}`];
  // The rules' confidence (prior less the rows that hold), in steps of 0.1.
  f.push(`conf:${Math.round(ruleConfidence * 10) / 10}|${source}`);
  for (const rule of rulesHolding(d, model)) f.push(`rule:${rule.id}`, `rule:${rule.id}|${k}`);
  const ci = model.clauseAt[d.first] ?? -1;
  const clause = ci >= 0 ? model.clauses[ci] : undefined;
  f.push(`role:${clause?.role ?? "none"}|${k}`);

  const [lf] = clauseLead(d, model);
  const lead = tokens[lf];
  const leadClass = !lead
    ? "none"
    : PRONOUN_LEADS.has(lead.norm)
      ? lead.norm
      : lead.pos === "PROPN"
        ? "name"
        : lead.pos;
  f.push(`lead:${leadClass}|${model.narrator}`, `lead:${leadClass}|${k}`);

  const sentence = model.read.sentences[d.sentence];
  if (sentence && endsWithQuestion(model, sentence.first, sentence.last)) f.push(`q|${k}`);
  if (sentence && d.sentence === 0) f.push(`first-sentence|${k}`);
  const docShare = tokens.length ? d.first / tokens.length : 0;
  f.push(`at:${docShare < 0.2 ? "start" : docShare > 0.8 ? "end" : "middle"}|${k}`);

  let negated = false,
    modal = false,
    quoted = false,
    hadPerfect = false,
    firstPerson = false;
  const cueTypes = new Set<string>();
  for (let i = d.first; i < d.last; i++) {
    const t = tokens[i]!;
    if (t.negated) negated = true;
    if (MODAL_VERBS.has(t.norm)) modal = true;
    if (t.norm === "i" || t.norm === "my") firstPerson = true;
    if (t.norm === "had" && tokens[i + 1]?.pos === "VERB") hadPerfect = true;
    if (LEMMAS && CONTENT_POS.has(t.pos) && !model.masked[i]) f.push(`lem:${t.lemma}`);
  }
  if (insideQuote(tokens, d.first)) quoted = true;
  for (let h = firstCueFrom(model.cues, d.first); h < model.cues.length && model.cues[h]!.first < d.last; h++)
    cueTypes.add(model.cues[h]!.cue.type);
  for (const c of cueTypes) f.push(`cue:${c}|${k}`);
  if (negated) f.push(`neg|${k}`);
  if (modal) f.push(`modal|${k}`);
  if (quoted) f.push(`quoted|${k}`);
  if (hadPerfect) f.push(`had-perfect|${k}`);
  if (firstPerson) f.push(`first-person|${model.narrator}|${k}`);
  const speech = model.speech[d.first] ?? 0;
  if (speech) f.push(`speech:${speech}|${k}`);
  if (d.regions.length) f.push(`regions|${k}`);
  if (d.colours?.length) f.push(`colours|${k}`);
  if (d.emotions?.length) f.push(`emotions|${k}`);
  if (d.age != null) f.push(`age|${k}`);
  const len = d.last - d.first;
  f.push(`len:${len <= 4 ? "s" : len <= 12 ? "m" : "l"}|${k}`);
  // Only rule drafts: bare cues (drafted for training) are mostly no experience whoever's clause holds them.
  if (source === "rule") f.push(...experiencerFeatures(d, model));
  return f;
}

/**
 * Whose experience the draft's clause tells and when (document/experiencer.ts): its subject
 * resolved against the narrator (also for the figure kinds apart, where a figure is the subject),
 * whether the writer treats there, the clause's tense against the text's, a habitual marker.
 */
export function experiencerFeatures(d: DraftPiece, model: TextModel): string[] {
  const view = model.frames;
  const ci = model.clauseAt[d.first] ?? -1;
  const c = view && ci >= 0 ? view.clauses[ci] : undefined;
  if (!view || !c) return [];
  const figure = d.kind === "character" || d.kind === "message";
  const who = c.who === "writer" && c.writerAtWork ? "writer-at-work" : c.who;
  const f = [`ex:who:${who}|${figure ? "figure" : model.narrator}`, `ex:tense:${c.tense}|${view.textTense}`];
  // The same as a few yes-or-no signs of a clause not about the client in this session.
  if (who === "writer-at-work") f.push("exb:at-work");
  else if (c.who === "writer" && view.writerTreats) f.push("exb:writer-treats");
  if (c.who === "generic" || (c.who === "you" && model.narrator === "practitioner")) f.push("exb:generic");
  if (c.who === "person" && !figure) f.push("exb:other");
  if (c.tense === "present" && view.textTense === "past") f.push("exb:shift");
  if (c.tense === "modal") f.push("exb:modal");
  // An insight or a message is often about a habit ("I always hold back"): no sign there.
  if (c.habitual && !figure && d.kind !== "insight") f.push("exb:habitual");
  return f;
}

/** The features that only shift a kind's or a source's prior (a subset of featuresOf()). */
export function biasFeatures(kind: string, source: CandidateSource): string[] {
  let byKind = BIAS_NAMES.get(source);
  if (!byKind) BIAS_NAMES.set(source, (byKind = new Map()));
  let names = byKind.get(kind);
  if (!names) byKind.set(kind, (names = [`k:${kind}`, `src:${source}|${kind}`]));
  // A fresh list of the same strings: a string met again is looked up in the weights faster.
  return [names[0], names[1]];
}
const BIAS_NAMES = new Map<CandidateSource, Map<string, readonly [string, string]>>();

/** Length of denseOf(): the span's mean word vector, its sentence's, and the whole text's. */
export const DENSE_DIMS = 3 * VECTOR_DIMS;

/** The whole text's mean word vector, computed once per text for denseOf(). */
export function textVector(model: TextModel): Float32Array {
  return meanVector(model.tokens, 0, model.tokens.length, model.masked);
}

/**
 * What the scorer sees beyond the lexicon: the mean word vector of the span's content words, of
 * its sentence's ("the music played softly" sits with the room whatever the words), and of the
 * whole text's (a page explaining the therapy reads unlike an account of one session).
 */
export function denseOf(
  d: DraftPiece,
  model: TextModel,
  text: Float32Array,
  sentences: Map<number, Float32Array>,
): Float32Array {
  const out = new Float32Array(DENSE_DIMS);
  out.set(meanVector(model.tokens, d.first, d.last, model.masked), 0);
  let sv = sentences.get(d.sentence);
  const s = model.read.sentences[d.sentence];
  if (!sv && s) sentences.set(d.sentence, (sv = meanVector(model.tokens, s.first, s.last, model.masked)));
  if (sv) out.set(sv, VECTOR_DIMS);
  out.set(text, 2 * VECTOR_DIMS);
  return out;
}
