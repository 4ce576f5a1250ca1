// A suggestion's confidence: the kind's prior, lowered by each row of
// ../lexicon/outside-session.ts that holds for it. Rows are data; this file only knows how to
// look for a row's phrases in its scope.
import type { PieceKind } from "../../domain";
import { PERSONAL_LEADS } from "../lexicon/function-words";
import {
  OUTSIDE_SESSION_RULES,
  type FrameCondition,
  type OutsideSessionRule,
} from "../lexicon/outside-session";
import type { DraftPiece, TextModel } from "../model";
import { LEADING_CONNECTIVES } from "../text/clauses";
import { PhraseMatcher } from "../text/phrase-matcher";
import { insideQuote } from "../text/quoted";

/** Suggestions below this are not returned by default; the form lets the practitioner change it. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Prior confidence by kind: how often a suggestion of the kind is right on the development corpora. */
const KIND_PRIOR: Partial<Record<PieceKind, number>> = {
  release: 0.85,
  temperature: 0.85,
  taste: 0.85,
  smell: 0.8,
  sound: 0.8,
  visual: 0.8,
  movement: 0.8,
  emotion: 0.8,
  body_sensation: 0.8,
  message: 0.8,
  memory: 0.75,
  character: 0.75,
  insight: 0.7,
};
const DEFAULT_PRIOR = 0.8;
/** Words a clause's subject may follow ("as she…", "when I…") without being the subject. */
const LEAD_SKIP = new Set([
  "as",
  "when",
  "while",
  "after",
  "before",
  "once",
  "because",
  "though",
  "although",
  "if",
  "that",
]);
const LEAD_WIDTH = 3;

const RULE_INDEX = new Map(OUTSIDE_SESSION_RULES.map((r, i) => [r, i]));
/** Each kind's rows, in the rows' order (the penalties are subtracted in it). */
const RULES_BY_KIND = new Map<PieceKind, OutsideSessionRule[]>();
for (const rule of OUTSIDE_SESSION_RULES)
  for (const kind of new Set(rule.kinds)) {
    const list = RULES_BY_KIND.get(kind) ?? [];
    list.push(rule);
    RULES_BY_KIND.set(kind, list);
  }

/** Every row's phrases in one matcher: a text is read once for all rows (its value: the rows' indexes). */
const rowPhrases = new PhraseMatcher<number[]>(groupByPhrase());

function groupByPhrase(): [string, number[]][] {
  const byPhrase = new Map<string, number[]>();
  OUTSIDE_SESSION_RULES.forEach((rule, i) => {
    for (const p of rule.phrases) {
      const rows = byPhrase.get(p) ?? [];
      if (!rows.includes(i)) rows.push(i);
      byPhrase.set(p, rows);
    }
  });
  return [...byPhrase];
}

/** Where each row's phrases match in a text (first and last of each, in token order), found once per text. */
interface RowMatches {
  first: number[][];
  last: number[][];
  /** Per row and sentence: 0 not looked up, 1 no, 2 the row holds in the sentence. */
  sentences: Uint8Array;
}
const rowMatchesCache = new WeakMap<TextModel, RowMatches>();

function rowMatches(model: TextModel): RowMatches {
  let m = rowMatchesCache.get(model);
  if (!m) {
    const first: number[][] = OUTSIDE_SESSION_RULES.map(() => []);
    const last: number[][] = OUTSIDE_SESSION_RULES.map(() => []);
    for (const hit of rowPhrases.findEvery(model.tokens))
      for (const i of hit.value) {
        first[i]!.push(hit.first);
        last[i]!.push(hit.last);
      }
    const sentences = new Uint8Array(OUTSIDE_SESSION_RULES.length * model.read.sentences.length);
    m = { first, last, sentences };
    rowMatchesCache.set(model, m);
  }
  return m;
}

/** The rows that hold for a draft. */
export function rulesHolding(
  d: DraftPiece,
  model: TextModel,
  disabled?: ReadonlySet<string>,
): OutsideSessionRule[] {
  const out: OutsideSessionRule[] = [];
  for (const rule of RULES_BY_KIND.get(d.kind) ?? []) {
    if (disabled?.has(rule.id)) continue;
    if (rule.narrator && rule.narrator !== model.narrator) continue;
    if (!model.read.sentences[d.sentence]) continue;
    if (rule.impersonalSubject && personalLead(d, model)) continue;
    if (rule.firstPersonSubject && !firstPersonLead(d, model)) continue;
    if (rule.frame && !frameHolds(rule.frame, d, model)) continue;
    if (rule.scope === "clause") {
      out.push(rule);
      continue;
    }
    if (
      rule.scope === "sentence"
        ? sentenceHolds(rule, model, d.sentence)
        : rule.scope === "around"
          ? aroundHolds(rule, model, d.sentence)
          : holdsIn(rule, model, ...scopeOf(rule, d, model))
    )
      out.push(rule);
  }
  return out;
}

/** Whether the frame of the clause a draft starts in is as the row asks. */
function frameHolds(cond: FrameCondition, d: DraftPiece, model: TextModel): boolean {
  const f = model.frames.clauses[model.clauseAt[d.first] ?? -1];
  if (!f) return false;
  if (cond.who && !cond.who.includes(f.who)) return false;
  if (cond.tense && !cond.tense.includes(f.tense)) return false;
  if (cond.habitual && !f.habitual) return false;
  if (cond.writerAtWork && !f.writerAtWork) return false;
  return true;
}

export function confidenceOf(d: DraftPiece, model: TextModel, disabled?: ReadonlySet<string>): number {
  let c = KIND_PRIOR[d.kind] ?? DEFAULT_PRIOR;
  for (const rule of rulesHolding(d, model, disabled)) c -= rule.penalty;
  return Math.max(0, Math.min(1, Math.round(c * 100) / 100));
}

function scopeOf(rule: OutsideSessionRule, d: DraftPiece, model: TextModel): [number, number] {
  if (rule.scope === "span") return [d.first, d.last];
  if (rule.scope === "sentence-start") {
    const s = model.read.sentences[d.sentence]!;
    return [s.first, Math.min(s.last, s.first + LEAD_WIDTH + 1)];
  }
  if (rule.scope === "sentence-lead") {
    // The sentence's own subject: its first word past connectives ("As I held…" is a clause before it).
    const s = model.read.sentences[d.sentence]!;
    let k = s.first;
    while (k < s.last && (LEADING_CONNECTIVES.has(model.tokens[k]!.norm) || model.tokens[k]!.pos === "PUNCT"))
      k++;
    return [k, Math.min(s.last, k + 1)];
  }
  const lead = clauseLead(d, model);
  // The lead and on to the predicate's head, however long the subject between them.
  if (rule.scope === "predicate") return [lead[0], Math.max(lead[1], clauseVerb(d, model)[1])];
  return lead;
}

/**
 * The clause's first verb or auxiliary past its lead's first word: the head of its predicate,
 * however long the subject before it ("the release of stored tension in the body can unlock…").
 */
export function clauseVerb(d: DraftPiece, model: TextModel): [number, number] {
  const ci = model.clauseAt[d.first] ?? -1;
  const clause = ci >= 0 ? model.clauses[ci] : undefined;
  const end = clause ? clause.last : d.last;
  for (let k = clauseLead(d, model)[0] + 1; k < end; k++) {
    const pos = model.tokens[k]!.pos;
    if (pos === "AUX" || pos === "VERB") return [k, k + 1];
  }
  return [end, end];
}

/** Does one of the row's phrases match inside [from, to) (its last word too) and count there? */
function holdsIn(rule: OutsideSessionRule, model: TextModel, from: number, to: number): boolean {
  if (from >= to) return false;
  const matches = rowMatches(model);
  const row = RULE_INDEX.get(rule)!;
  const firsts = matches.first[row]!;
  const lasts = matches.last[row]!;
  for (let k = firstAtOrAfter(firsts, from); k < firsts.length && firsts[k]! < to; k++) {
    const first = firsts[k]!;
    const last = lasts[k]!;
    if (
      last <= to &&
      // Words spoken in a conversation (1, 2) are not the clause's own frame; a figure's doings (3,
      // "She's prone to fits of anger") are, and the rows read them.
      !isSpoken(model.speech[first]) &&
      // In a session told to the one treated ("she held your head… you taste pennies"), "you" is no
      // general subject or reader.
      !(model.frames.youTreated && last === first + 1 && YOU_WORDS.has(model.tokens[first]!.norm)) &&
      !(rule.outsideQuotes && insideQuote(model.tokens, first)) &&
      !(rule.notBefore && rule.notBefore.includes(model.tokens[last]?.norm ?? "")) &&
      !(rule.notAfter && afterOneOf(rule.notAfter, model, first))
    )
      return true;
  }
  return false;
}

/** Index of the first value at or after `at` in an ascending list. */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const YOU_WORDS: ReadonlySet<string> = new Set(["you", "your"]);

const isSpoken = (mark: number | undefined) => mark === 1 || mark === 2;

function afterOneOf(words: readonly string[], model: TextModel, at: number): boolean {
  for (let k = Math.max(0, at - 2); k < at; k++) if (words.includes(model.tokens[k]!.norm)) return true;
  return false;
}

/** Sentence-wide rows are looked up once per sentence: a long sentence holds many drafts. */
function sentenceHolds(rule: OutsideSessionRule, model: TextModel, sentence: number): boolean {
  const cache = rowMatches(model).sentences;
  const key = RULE_INDEX.get(rule)! * model.read.sentences.length + sentence;
  if (cache[key] === 0) {
    const s = model.read.sentences[sentence]!;
    cache[key] = holdsIn(rule, model, s.first, s.last) ? 2 : 1;
  }
  return cache[key] === 2;
}

/** How many sentences either side "around" reaches. */
const AROUND = 1;

/** The sentence, or its neighbour before or after it in the same paragraph. */
function aroundHolds(rule: OutsideSessionRule, model: TextModel, sentence: number): boolean {
  const sentences = model.read.sentences;
  const paragraph = sentences[sentence]!.paragraph;
  for (let s = Math.max(0, sentence - AROUND); s <= Math.min(sentences.length - 1, sentence + AROUND); s++)
    if (sentences[s]!.paragraph === paragraph && sentenceHolds(rule, model, s)) return true;
  return false;
}

/** The first words of the clause a draft starts in, past connectives and subordinators: where its subject sits. */
export function clauseLead(d: DraftPiece, model: TextModel): [number, number] {
  const ci = model.clauseAt[d.first] ?? -1;
  const clause = ci >= 0 ? model.clauses[ci] : undefined;
  let k = clause ? clause.first : d.first;
  const end = clause ? clause.last : d.last;
  while (k < end) {
    const t = model.tokens[k]!;
    // An interjection opens a clause without being its subject ("Hey, my shoulder hurt").
    if (LEADING_CONNECTIVES.has(t.norm) || LEAD_SKIP.has(t.norm) || t.pos === "PUNCT" || t.pos === "INTJ")
      k++;
    else break;
  }
  return [k, Math.min(end, k + LEAD_WIDTH)];
}

export function endsWithQuestion(model: TextModel, first: number, last: number): boolean {
  for (let k = last - 1; k >= first; k--) {
    const t = model.tokens[k]!;
    if (t.quote) continue;
    return t.text === "?";
  }
  return false;
}

/** The writer as the clause's subject: "I felt…", "my shoulder ached". */
function firstPersonLead(d: DraftPiece, model: TextModel): boolean {
  const t = model.tokens[clauseLead(d, model)[0]];
  return t !== undefined && FIRST_PERSON_LEADS.has(t.norm);
}
const FIRST_PERSON_LEADS = new Set(["i", "my"]);

function personalLead(d: DraftPiece, model: TextModel): boolean {
  const k = clauseLead(d, model)[0];
  const t = model.tokens[k];
  if (!t) return false;
  // A person of the account as the subject (the client, the practitioner, a figure; "you" has its own row).
  if (PERSONAL_LEADS.has(t.norm)) return true;
  if (t.pos !== "PROPN") return false;
  // A capitalised first word is tagged a proper noun ("Sadness can arise…"): a name only if known.
  const name = t.norm.replace(/\.$/, "");
  const first = model.read.sentences[t.sentence]?.first === k;
  return !first || model.clientNames.has(name) || model.therapistNames.has(name);
}
