// Decides what each clause is: the practitioner's technique, the practitioner's question or
// suggestion, check-in talk before the session, or something the client experienced.
import { POSSESSIVE_DETERMINERS } from "../lexicon/function-words";
import { insideQuote } from "../text/quoted";
import type { Clause, ClauseRole, Narrator } from "../model";
import {
  CLIENT_NOUNS,
  PRACTITIONER_NOUNS,
  PROMPT_VERBS,
  REPORT_VERBS,
  SESSION_STARTS,
  SPEECH_VERBS,
  TECHNIQUE_VERBS,
} from "../lexicon/practice";
import { FIGURE_WORDS } from "../lexicon/figures";
import { RELATION_NOUNS } from "../lexicon/experiencer";
import { imageryFigureStart } from "./narrator";
import type { RawClause } from "../text/clauses";
import { LEADING_CONNECTIVES } from "../text/clauses";
import type { Sentence, Token } from "../text/read-text";

export interface RoleContext {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  narrator: Narrator;
  therapistNames: Set<string>;
  clientNames: Set<string>;
  techniqueRanges: [number, number][];
}

/** Who a clause's subject is. */
export type Agent = "practitioner" | "client" | "other" | "none";

/** Technique verbs that with "she"/"he" in a client's text name the practitioner's action. */
const HANDS_ON_VERBS = new Set([
  "hold",
  "start",
  "begin",
  "work",
  "put",
  "place",
  "cradle",
  "do",
  "rest",
  "move",
  "keep",
  "have",
  "press",
  "touch",
  "cup",
  "lift",
  "finish",
  "return",
  "go",
]);
/** Verbs of perceiving: "I felt the tissue soften" is an experience even from the practitioner. */
const CLIENT_PERCEIVING = new Set([
  "sees",
  "feels",
  "hears",
  "senses",
  "notices",
  "smells",
  "tastes",
  "reports",
  "describes",
]);
const PERCEIVING = new Set(["feel", "sense", "notice", "see", "hear", "observe", "watch"]);
const SKIP_BEFORE_SUBJECT = new Set([
  "when",
  "as",
  "while",
  "after",
  "before",
  "then",
  "once",
  "until",
  "because",
  "although",
  "though",
  "at",
  "for",
  "during",
  "in",
  "on",
  "with",
]);

const PROMPT_CONTINUATIONS = new Set([
  "if",
  "whether",
  "what",
  "how",
  "where",
  "why",
  "to",
  "that",
  "who",
  "which",
]);

/** Words in the part of a text before the session that mark it as check-in talk. */
const CHECK_IN_MARKERS = [
  "check-in",
  "check in",
  "checked in",
  "this week",
  "the week",
  "last week",
  "past week",
  "this past",
  "background",
  "context",
  "referred",
  "presenting",
  "diagnosed",
  "diagnosis",
  "history of",
  "chronic",
  "months ago",
  "years ago",
  "weeks ago",
  "came in",
  "going in",
  "since the",
  "since",
  "since her",
  "since his",
  "since my",
  "doctor",
  "says",
  "said the week",
  "told me",
  "sleep",
  "slept",
  "work",
  "arrived",
  "presents",
  "presented",
  "reports",
  "complains",
  "complained",
  "complaint",
  "symptoms",
  "intake",
  "came to",
  "in for",
  "flare",
  "flared",
  "flaring",
  "headache",
  "headaches",
  "insomnia",
  "stress",
  "medication",
  "ago",
  "lately",
  "recently",
  "these days",
  "has been",
  "have been",
  "had been",
  "pain",
  "goal",
  "goals",
];
const ALWAYS_CHECK_IN = [
  "at check-in",
  "at check in",
  "before we started",
  "before we began",
  "before the session",
  "at intake",
];

export function clauseSubject(tokens: readonly Token[], c: { first: number; last: number }): Token | null {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX") return null;
    if (LEADING_CONNECTIVES.has(t.norm) || SKIP_BEFORE_SUBJECT.has(t.norm)) {
      // "At the still point his right leg jerked": skip the opening phrase up to its noun.
      if (t.pos === "ADP") {
        while (
          k + 1 < c.last &&
          !["NOUN", "PROPN"].includes(tokens[k + 1]!.pos) &&
          tokens[k + 1]!.pos !== "VERB"
        )
          k++;
        k++;
      }
      continue;
    }
    if (t.pos === "PRON" || t.pos === "PROPN" || t.pos === "NOUN" || /^[A-Z]\.$/.test(t.text)) {
      // Possessive determiners belong to the noun after them.
      if (
        t.pos === "PRON" &&
        POSSESSIVE_DETERMINERS.has(t.norm) &&
        tokens[k + 1] &&
        tokens[k + 1]!.pos !== "VERB"
      )
        continue;
      return t;
    }
  }
  return null;
}

/** Words after "do" that make it the main verb ("she did stuff in my mouth", "I did a CV4"). */
const DO_OBJECTS = new Set([
  "stuff",
  "thing",
  "things",
  "something",
  "some",
  "a",
  "an",
  "the",
  "this",
  "that",
  "work",
  "what",
]);

export function mainVerb(tokens: readonly Token[], c: { first: number; last: number }): Token | null {
  let aux: Token | null = null;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos === "AUX" && t.lemma === "do" && DO_OBJECTS.has(tokens[k + 1]?.norm ?? "")) return t;
    if (t.pos === "VERB") return t;
    if (t.pos === "AUX" && !aux) aux = t;
  }
  return aux;
}

export function agentOf(subject: Token | null, ctx: RoleContext): Agent {
  if (!subject) return "none";
  const w = subject.norm.replace(/\.$/, "");
  if (w === "i" || w === "we") return ctx.narrator === "practitioner" ? "practitioner" : "client";
  if (w === "you") return ctx.narrator === "client" ? "practitioner" : "other";
  if (ctx.therapistNames.has(w)) return "practitioner";
  if (ctx.clientNames.has(w)) return "client";
  if (w === "she" || w === "he") return ctx.narrator === "practitioner" ? "client" : "other";
  if (ctx.narrator === "practitioner" && CLIENT_NOUNS.has(w)) return "client";
  if (PRACTITIONER_NOUNS.has(w)) return "practitioner";
  return "other";
}

/** `subjects`, when given, receives each clause's subject (clauseSubject), for experiencer.ts. */
export function assignRoles(raw: RawClause[], ctx: RoleContext, subjects?: (Token | null)[]): ClauseRole[] {
  const { tokens } = ctx;
  const roles: ClauseRole[] = [];
  let prevAgent: Agent = "none";
  let prevSentence = -1;
  // In a client's text, once a figure has been met ("I found a little girl"), "she goes there" may
  // be the figure: she or he with a verb of the hands is the practitioner only before it.
  const figureFrom = ctx.narrator === "client" ? imageryFigureStart(tokens) : Infinity;
  const agents: Agent[] = [];
  for (const c of raw) {
    const subject = clauseSubject(tokens, c);
    subjects?.push(subject);
    const verb = mainVerb(tokens, c);
    let agent = agentOf(subject, ctx);
    // In a note, "I" inside a quotation is the client speaking ("She said, 'I've been holding ...'").
    if (subject?.norm === "i" && ctx.narrator === "practitioner" && insideQuote(tokens, subject.i))
      agent = "client";
    if (!subject && c.sentence === prevSentence) agent = prevAgent;
    else if (
      !subject &&
      ctx.narrator === "practitioner" &&
      verb &&
      c.first === ctx.sentences[c.sentence]!.first
    )
      // Note shorthand: "Sees grey fog", "Feels heat in L hip" is the client perceiving (third
      // person -s); "Held the occiput" is the practitioner's technique.
      agent = CLIENT_PERCEIVING.has(verb.norm) ? "client" : "practitioner";
    if (
      agent === "other" &&
      subject &&
      ctx.narrator === "client" &&
      (subject.norm === "she" || subject.norm === "he") &&
      subject.i < figureFrom &&
      verb &&
      HANDS_ON_VERBS.has(verb.lemma)
    ) {
      agent = "practitioner";
    }
    let role: ClauseRole = "experience";
    if (agent === "practitioner" && verb && !verb.negated) {
      if (PROMPT_VERBS.has(verb.lemma)) role = "prompt";
      else if (TECHNIQUE_VERBS.has(verb.lemma) && !PERCEIVING.has(verb.lemma)) role = "technique";
    } else if (agent === "practitioner" && verb && TECHNIQUE_VERBS.has(verb.lemma)) role = "technique";
    if (role === "experience" && !verb && ctx.techniqueRanges.some(([a, b]) => a >= c.first && b <= c.last))
      role = "technique";
    // The question a prompt asks is part of the prompt ("I asked | whether she saw any colour").
    const opener = tokens[c.first]!.norm;
    // "I suggested | she ask her hip what it wanted": a bare verb after she/he is the suggestion itself.
    const subjunctive =
      !!subject &&
      /^(she|he|they)$/.test(subject.norm) &&
      !!verb &&
      verb.norm === verb.lemma &&
      verb.i === subject.i + 1;
    if (
      role === "experience" &&
      c.sentence === prevSentence &&
      roles[roles.length - 1] === "prompt" &&
      (PROMPT_CONTINUATIONS.has(opener) || subjunctive)
    ) {
      role = "prompt";
    }
    roles.push(role);
    agents.push(agent);
    if (subject || c.sentence !== prevSentence) prevAgent = agent;
    prevSentence = c.sentence;
  }
  markCheckIn(raw, roles, ctx);
  markSections(raw, roles, ctx, agents);
  return roles;
}

type Section = "check-in" | "technique" | "plan" | "session";

/** Headings of structured notes (SOAP and the like) and what their sections hold. */
const SECTION_HEADINGS = new Map<string, Section>([
  ["s", "check-in"],
  ["subjective", "check-in"],
  ["hx", "check-in"],
  ["history", "check-in"],
  ["presenting", "check-in"],
  ["complaint", "check-in"],
  ["check-in", "check-in"],
  ["checkin", "check-in"],
  ["background", "check-in"],
  ["context", "check-in"],
  ["goals", "check-in"],
  ["goal", "check-in"],
  ["intake", "check-in"],
  ["reason", "check-in"],
  ["o", "technique"],
  ["objective", "technique"],
  ["tx", "technique"],
  ["treatment", "technique"],
  ["techniques", "technique"],
  ["technique", "technique"],
  ["findings", "technique"],
  ["palpation", "technique"],
  ["protocol", "technique"],
  ["a", "plan"],
  ["assessment", "plan"],
  ["p", "plan"],
  ["plan", "plan"],
  ["home", "plan"],
  ["homework", "plan"],
  ["next", "plan"],
  ["recommendations", "plan"],
  ["advice", "plan"],
  ["self-care", "plan"],
  ["follow-up", "plan"],
  ["impression", "plan"],
  ["ser", "session"],
  ["session", "session"],
  ["observations", "session"],
  ["process", "session"],
  ["experience", "session"],
  ["dialogue", "session"],
  ["imagery", "session"],
]);

/** A verb of reporting or perceiving in the clause ("pt reports", "she described"; wink may tag "reports" a noun). */
function reportsIn(tokens: readonly Token[], c: { first: number; last: number }): boolean {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (!REPORT_VERBS.has(t.lemma) || t.negated) continue;
    if (t.pos === "VERB" || (t.pos === "NOUN" && /s$/.test(t.norm))) return true;
  }
  return false;
}

/** Headings of what was observed during treatment: findings, or what the client reported. */
const OBSERVATION_HEADINGS: ReadonlySet<string> = new Set(["o", "objective", "findings", "palpation"]);

/**
 * A heading such as "S:", "Tx:", "Plan:" or "SER:" at the start of a line or sentence gives the
 * clauses up to the next heading (or blank line) their role: what the practitioner found or did
 * and plans for next time are not pieces; the subjective part of a SOAP note is check-in.
 */
function markSections(raw: RawClause[], roles: ClauseRole[], ctx: RoleContext, agents: Agent[]): void {
  const { tokens } = ctx;
  let section: Section | null = null;
  // "O: At the hold pt reports a dull ache…": once a clause of an observations section has the client
  // as its subject, the section tells the session, and its clauses keep their own roles.
  let observations = false;
  let told = false;
  // A heading with its content on the same line ("Presenting: headaches.") is a field of that line;
  // a heading alone on its line opens a section that runs to the paragraph's end.
  let inline = false;
  let ci = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.paragraphStart || (inline && t.lineStart)) {
      section = null;
      told = false;
    }
    const atStart =
      t.lineStart || k === 0 || tokens[k - 1]!.norm === "." || ctx.sentences[t.sentence]!.first === k;
    const heading = atStart && tokens[k + 1]?.norm === ":" ? SECTION_HEADINGS.get(t.norm) : undefined;
    if (heading) {
      section = heading;
      observations = OBSERVATION_HEADINGS.has(t.norm);
      told = false;
      const after = tokens[k + 2];
      inline = !!after && !after.lineStart && !after.paragraphStart;
    }
    while (ci < raw.length && raw[ci]!.last <= k) ci++;
    const c = raw[ci];
    if (!c || c.first > k || !section || section === "session") continue;
    // The clause that holds the heading has its subject after the colon ("O: At OA pt reports…").
    // The client reports or perceives ("pt reports", "she described"); "Pt supine" is a position.
    // (Looked at only where it can count: this runs for every token of every section.)
    if (observations && !told && roles[ci] === "experience") {
      const span = heading ? { first: k + 2, last: c.last } : c;
      const agent = heading ? agentOf(clauseSubject(tokens, span), ctx) : agents[ci];
      if (agent === "client" && reportsIn(tokens, span)) told = true;
    }
    if (told) continue;
    // "A: … At the end she said, 'I've been carrying him for years.'": the client's own words quoted
    // in an assessment are what arose in the session, not the practitioner's reading of it.
    if (section === "plan" && c.first === k && clientQuoted(tokens, c, ctx)) continue;
    // The clause takes the section of its first token.
    if (c.first === k || (heading && k <= c.first + 1)) roles[ci] = section === "plan" ? "plan" : section;
  }
}

/** The clause is inside a quotation that the client says ("she said, '…'", "Pt: '…'" aside). */
function clientQuoted(tokens: readonly Token[], c: RawClause, ctx: RoleContext): boolean {
  if (!insideQuote(tokens, c.first + (tokens[c.first]!.quote ? 1 : 0))) return false;
  const sentence = ctx.sentences[c.sentence]!;
  for (let k = sentence.first + 1; k < c.first; k++) {
    const t = tokens[k]!;
    if (t.pos !== "VERB" || !SPEECH_VERBS.has(t.lemma) || t.negated) continue;
    if (agentOf(tokens[k - 1] ?? null, ctx) === "client") return true;
  }
  return false;
}

/**
 * The talk before the session starts is check-in (spec: "Check-in talk about symptoms before the
 * session, and the presenting problem, are not pieces"). The session starts at the first
 * technique or prompt; what comes before it is check-in when it reads like check-in.
 */
function markCheckIn(raw: RawClause[], roles: ClauseRole[], ctx: RoleContext): void {
  const texts: string[] = [];
  const sentenceText = (s: number): string => {
    const cached = texts[s];
    if (cached !== undefined) return cached;
    const sen = ctx.sentences[s]!;
    let out = " ";
    for (let k = sen.first; k < sen.last; k++) out += ctx.tokens[k]!.norm + " ";
    texts[s] = out;
    return out;
  };
  const startClause = roles.findIndex((r) => r === "technique" || r === "prompt");
  let startSentence = startClause >= 0 ? raw[startClause]!.sentence : -1;
  const firstTechnique =
    ctx.techniqueRanges.length > 0 ? ctx.tokens[ctx.techniqueRanges[0]![0]]!.sentence : -1;
  if (firstTechnique >= 0 && (startSentence < 0 || firstTechnique < startSentence))
    startSentence = firstTechnique;
  for (let s = 0; s < (startSentence < 0 ? ctx.sentences.length : startSentence); s++) {
    if (!hasAnyWord(ctx, s, SESSION_START_WORDS)) continue;
    const text = sentenceText(s);
    if (SESSION_STARTS.some((m) => startsSession(text, m))) {
      startSentence = s;
      break;
    }
  }
  // Before the session starts, a sentence is check-in when it, or another sentence of its
  // block, reads like check-in talk.
  const block = textBlocks(ctx);
  const checkInParagraphs = new Set<number>();
  const checkInSentences = new Set<number>();
  for (let s = 0; s < startSentence; s++) {
    if (!hasAnyWord(ctx, s, CHECK_IN_WORDS) || figureSpeaks(ctx, s)) continue;
    const text = sentenceText(s);
    if (CHECK_IN_MARKERS.some((m) => text.includes(` ${m} `))) {
      checkInSentences.add(s);
      checkInParagraphs.add(block[s]!);
    }
  }
  // A dream told in a client's text is a piece wherever it comes (spec: "Dream scenes are visual").
  const dreamParagraphs = new Set<number>();
  if (ctx.narrator === "client")
    for (let s = 0; s < startSentence; s++)
      if (hasAnyWord(ctx, s, DREAM_WORDS)) dreamParagraphs.add(ctx.sentences[s]!.paragraph);
  const preIsCheckIn = (s: number) =>
    s < startSentence &&
    !dreamParagraphs.has(ctx.sentences[s]!.paragraph) &&
    (checkInSentences.has(s) || checkInParagraphs.has(block[s]!));
  const always: boolean[] = ctx.sentences.map((_, s) =>
    hasAnyWord(ctx, s, ALWAYS_CHECK_IN_WORDS)
      ? ALWAYS_CHECK_IN.some((m) => sentenceText(s).includes(` ${m} `))
      : false,
  );
  raw.forEach((c, i) => {
    if (preIsCheckIn(c.sentence) || always[c.sentence]) roles[i] = "check-in";
  });
}

/**
 * "Wolf says: I have been guarding you.", "The girl said, 'don't go'": a figure (not a person of the
 * client's life) opening the sentence with a speech verb and a colon or quotation. Its "says" and
 * "have been" are the figure's words, no check-in talk; "Says she has been sleeping badly" is.
 */
function figureSpeaks(ctx: RoleContext, s: number): boolean {
  const { tokens } = ctx;
  const sen = ctx.sentences[s]!;
  let k = sen.first;
  if (tokens[k]?.norm === "then") k++;
  if (/^(a|an|the)$/.test(tokens[k]?.norm ?? "")) k++;
  while (k < sen.last - 1 && tokens[k]!.pos === "ADJ") k++;
  const head = tokens[k];
  if (!head || !FIGURE_WORDS.has(head.lemma) || RELATION_NOUNS.has(head.lemma)) return false;
  for (let j = k + 1; j < Math.min(sen.last - 1, k + 8); j++) {
    const t = tokens[j]!;
    if (!SPEECH_VERBS.has(t.lemma) && !SPEECH_VERBS.has(t.norm.replace(/s$/, ""))) continue;
    const next = tokens[j + 1]!;
    return next.norm === ":" || next.norm === "," || !!next.quote;
  }
  return false;
}

/**
 * The blocks check-in spreads over: paragraphs, and also lines where a line break falls between
 * two sentences ("…as the first!\nReiki is…"): a text written with single line breaks between
 * its paragraphs is otherwise one paragraph, and one "years ago" in its background would make
 * everything before the session check-in. A break inside a sentence (hard-wrapped text) is not a block.
 */
function textBlocks(ctx: RoleContext): number[] {
  const out: number[] = [];
  let block = 0;
  ctx.sentences.forEach((sen, s) => {
    if (s > 0 && (sen.paragraph !== ctx.sentences[s - 1]!.paragraph || ctx.tokens[sen.first]!.lineStart))
      block++;
    out.push(block);
  });
  return out;
}

const DREAM_WORDS = new Set(["dream", "dreamt", "dreamed", "dreaming", "dreams", "nightmare"]);

/** A cheap test before building a sentence's text: does it hold one of these words? */
function hasAnyWord(ctx: RoleContext, s: number, words: ReadonlySet<string>): boolean {
  const sen = ctx.sentences[s]!;
  for (let k = sen.first; k < sen.last; k++) if (words.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

/** Words between "hands on" and the body they rest on ("her hands on top of her heart"). */
const ON_TOP = /^(?:top of |the top of )?/;

/**
 * Does the session-start phrase `m` stand in the sentence's text as the session starting? Not when
 * the hands rest on their owner's own body ("she has her hands on her heart", "I put my hands on my
 * belly"): a figure's or the client's own gesture, not the practitioner's touch.
 */
function startsSession(text: string, m: string): boolean {
  for (let at = text.indexOf(` ${m} `); at >= 0; at = text.indexOf(` ${m} `, at + 1)) {
    const own = /(?:^| )(my|her|his|your) hands (?:on|under) $/.exec(text.slice(0, at + m.length + 2));
    if (!own) return true;
    const rest = text.slice(at + m.length + 2).replace(ON_TOP, "");
    if (!rest.startsWith(`${own[1]!} `)) return true;
  }
  return false;
}

/** The longest word of each phrase: the rarest, so the cheap test rarely passes by chance. */
const firstWords = (phrases: string[]) =>
  new Set(phrases.map((p) => p.split(" ").reduce((a, b) => (b.length > a.length ? b : a), "")));
const SESSION_START_WORDS = firstWords(SESSION_STARTS);
const ALWAYS_CHECK_IN_WORDS = firstWords(ALWAYS_CHECK_IN);
const CHECK_IN_WORDS = firstWords(CHECK_IN_MARKERS);

/** Builds clauses with their roles (regions are added by the caller). */
export function toClauses(raw: RawClause[], roles: ClauseRole[]): Clause[] {
  // Spelled out rather than spread: object spread is slow on this hot path.
  return raw.map((c, index) => ({
    index,
    sentence: c.sentence,
    first: c.first,
    last: c.last,
    elided: c.elided,
    role: roles[index]!,
    regions: [],
    colours: [],
    emotions: [],
    lifeTimes: [],
  }));
}
