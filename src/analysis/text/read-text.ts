// Reads text with wink-nlp into plain token and sentence arrays with UTF-16 offsets,
// so the rules never depend on wink's object model and offsets stay exact.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { SPEECH_VERBS } from "../lexicon/practice";

export interface Token {
  /** Index in the document's token array. */
  i: number;
  text: string;
  /** Lower case, typographic apostrophes made plain. */
  norm: string;
  lemma: string;
  pos: string;
  /** wink's negation flag: the token is in the scope of a preceding negation. */
  negated: boolean;
  start: number;
  end: number;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** True on the first token after a blank line. */
  paragraphStart: boolean;
  /** True on the first token of a line. */
  lineStart: boolean;
  /** The token opens or closes a quotation ("toggle": a straight double quote, either). */
  quote: "open" | "close" | "toggle" | null;
  /** Ids of norm and lemma among the words lexicon phrases name (text/word-ids.ts fills them). */
  normId: number;
  lemmaId: number;
  /** How many words were registered when the ids were looked up (-1: not yet). */
  idsAt: number;
  /**
   * wink's id of the token's lexeme, and of the wink instance that gave it (`lexiconNow`): within
   * one instance the same id is the same text, so what is derived from the text alone (a word id,
   * a word vector's row: text/lexeme-memo.ts) is looked up once per lexeme, not once per token.
   */
  uid: number;
  lexicon: number;
}

export interface Sentence {
  index: number;
  /** Token index range, end exclusive. */
  first: number;
  last: number;
  paragraph: number;
}

export interface ReadText {
  source: string;
  tokens: Token[];
  sentences: Sentence[];
}

const PIPELINE = ["sbd", "negation", "pos"] as const;
// Made on first use, not on import: building it unpacks the model (about 60 ms), which every CLI
// command and server start would otherwise pay whether or not it reads a narrative.
let nlp: ReturnType<typeof winkNLP> | undefined;
/** Counts the wink instances made: lexeme ids of one instance mean nothing in another. */
let lexicon = 0;

/** The wink instance now reading texts (Token.lexicon of the tokens it gives). */
export function lexiconNow(): number {
  return lexicon;
}
/**
 * wink-nlp keeps every new word it meets in a cache shared across documents, so a long-running
 * server reading arbitrary text would grow without bound. A fresh instance after this many
 * characters bounds that memory; results do not depend on the cache.
 */
const RENEW_AFTER_CHARS = 64_000_000;
let charsSinceRenew = 0;

/** A quote left open across more sentences than this is treated as a stray mark. */
const MAX_QUOTED_SENTENCES = 6;
/** Longest sentence, in tokens, handed to the rules. */
const MAX_SENTENCE_TOKENS = 400;

/**
 * wink-nlp's tokenizer slows down with the square of a run of characters without whitespace
 * (a megabyte with no space would take minutes), so such runs are broken with spaces before
 * reading. Tokens are then found again in the source itself, so offsets are unaffected.
 */
const MAX_RUN = 48;

function breakLongRuns(source: string): string {
  let run = 0;
  let longest = 0;
  for (let k = 0; k < source.length; k++) {
    if (isSpaceCode(source.charCodeAt(k))) run = 0;
    else if (++run > longest) longest = run;
  }
  if (longest <= MAX_RUN) return source;
  const parts: string[] = [];
  let from = 0;
  run = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source.charCodeAt(k);
    if (isSpaceCode(c)) {
      run = 0;
      continue;
    }
    run++;
    // Break before this character, never between the two halves of a surrogate pair.
    if (run > MAX_RUN && !(c >= 0xdc00 && c <= 0xdfff && k > 0 && isHigh(source.charCodeAt(k - 1)))) {
      parts.push(source.slice(from, k), " ");
      from = k;
      run = 1;
    }
  }
  parts.push(source.slice(from));
  return parts.join("");
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 13 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000
  );
}

/**
 * A fresh wink instance for the texts read from now on, and the forms and lemmas remembered per
 * lexeme dropped with the old one (its lexeme ids name other words in the new one). Exported so a
 * test can renew without reading 64 MB.
 */
export function renewReader(): ReturnType<typeof winkNLP> {
  nlp = winkNLP(model, [...PIPELINE]);
  lexicon++;
  lowerOf = [];
  normOf = [];
  lemmaTagOf = [];
  lemmaOf = [];
  charsSinceRenew = 0;
  return nlp;
}

export function readText(source: string): ReadText {
  charsSinceRenew += source.length;
  let reader = nlp;
  if (!reader || charsSinceRenew > RENEW_AFTER_CHARS) {
    reader = renewReader();
    charsSinceRenew = source.length;
  }
  const its = reader.its;
  const doc = reader.readDoc(breakLongRuns(source));
  const texts = doc.tokens().out() as string[];
  const contracted = doc
    .tokens()
    .out(its.contractionFlag as unknown as typeof its.value) as unknown as boolean[];
  let lemmas: string[] | undefined;
  let lemmasAsked = 0;
  let tokensOf: ReturnType<typeof doc.tokens> | undefined;
  const poses = doc.tokens().out(its.pos) as string[];
  const negs = doc.tokens().out(its.negationFlag as unknown as typeof its.value) as unknown as boolean[];
  const uids = doc.tokens().out(its.uniqueId as unknown as typeof its.value) as unknown as number[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Map wink token index -> our token index (whitespace tokens dropped).
  const tokens: Token[] = [];
  const ourIndex = new Int32Array(texts.length).fill(-1);
  let cursor = 0;
  let blankLineSeen = false;
  let newlineSeen = false;
  for (let w = 0; w < texts.length; w++) {
    const text = texts[w] ?? "";
    const pos = poses[w] ?? "X";
    const found = locate(source, text, cursor);
    if (pos === "SPACE" || isBlank(text)) {
      if (text.indexOf("\n") >= 0) {
        newlineSeen = true;
        if (BLANK_LINE.test(text)) blankLineSeen = true;
      }
      if (found >= 0) cursor = found + text.length;
      continue;
    }
    let start = cursor;
    let end = cursor;
    if (found >= 0) {
      if (found > cursor) {
        const gap = source.slice(cursor, found);
        if (gap.indexOf("\n") >= 0) {
          newlineSeen = true;
          if (BLANK_LINE.test(gap)) blankLineSeen = true;
        }
      }
      start = found;
      end = found + text.length;
      cursor = end;
    }
    ourIndex[w] = tokens.length;
    const uid = uids[w] ?? -1;
    let lower: string;
    let norm: string;
    if (uid >= 0 && uid < MAX_LEXEMES) {
      // Same lexeme id, same text (within one wink instance): its forms are made once.
      if (uid >= lowerOf.length) growForms(uid);
      if (lowerOf[uid] === "") {
        lowerOf[uid] = text.toLowerCase();
        normOf[uid] = normOfLower(lowerOf[uid]!);
      }
      lower = lowerOf[uid]!;
      norm = normOf[uid]!;
    } else {
      lower = text.toLowerCase();
      norm = normOfLower(lower);
    }
    // wink's lemma of a word that is not part of a contraction follows from its lexeme and tag
    // alone, so it is remembered per lexeme and tag (the tag last seen with the lexeme).
    const memo = uid >= 0 && uid < MAX_LEXEMES && contracted[w] !== true;
    let lemma: string;
    if (memo && lemmaTagOf[uid] === pos) lemma = lemmaOf[uid]!;
    else {
      // A few lemmas a text lacks are asked of wink one by one; past that wink lemmatises the whole
      // text once, as it did before the memo, so a text of new words costs about what it did.
      let rawLemma: string | undefined;
      if (!lemmas && ++lemmasAsked <= LEMMAS_ASKED_ONE_BY_ONE)
        rawLemma = (tokensOf ??= doc.tokens()).itemAt(w).out(its.lemma as unknown as typeof its.value) as
          string | undefined;
      else {
        lemmas ??= doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
        rawLemma = lemmas[w];
      }
      lemma =
        rawLemma === undefined || rawLemma === lower ? norm : rawLemma.toLowerCase().replace(/[’‘]/g, "'");
      if (memo) {
        lemmaTagOf[uid] = pos;
        lemmaOf[uid] = lemma;
      }
    }
    tokens.push({
      i: tokens.length,
      text,
      norm,
      lemma,
      pos,
      negated: negs[w] === true,
      start,
      end,
      sentence: 0,
      paragraphStart: blankLineSeen || tokens.length === 0,
      lineStart: newlineSeen || tokens.length === 0,
      quote: null,
      normId: -1,
      lemmaId: -1,
      idsAt: -1,
      uid,
      lexicon,
    });
    blankLineSeen = false;
    newlineSeen = false;
  }

  fixTags(tokens);
  markQuotes(tokens, source);
  const sentences = buildSentences(tokens, spans, ourIndex);
  for (const s of sentences) {
    // A negation reaches no further than its sentence (wink's scope can run on across a line break).
    let negation = false;
    for (let t = s.first; t < s.last; t++) {
      const tok = tokens[t]!;
      tok.sentence = s.index;
      if (NEGATORS.has(tok.norm)) negation = true;
      else if (SCOPE_ENDS.has(tok.text)) negation = false;
      else if (tok.negated && !negation) tok.negated = false;
    }
  }
  return { source, tokens, sentences };
}

/** Lower-case form and norm of each lexeme id of the wink instance now reading ("": not made yet). */
let lowerOf: string[] = [];
let normOf: string[] = [];
/** The lemma of each lexeme id with the tag it was last read with ("": none yet). */
let lemmaTagOf: string[] = [];
let lemmaOf: string[] = [];
/** Lemmas a text may lack before wink lemmatises all of it (one asked alone costs about ten in bulk). */
const LEMMAS_ASKED_ONE_BY_ONE = 32;
/**
 * Lexeme ids past this (a long run of new words) have what is remembered per lexeme (their forms
 * here, text/lexeme-memo.ts's values) made each time, bounding the memory.
 */
export const MAX_LEXEMES = 1 << 20;

function growForms(uid: number): void {
  const size = Math.min(MAX_LEXEMES, Math.max(uid + 1, lowerOf.length * 2, 1024));
  // Filled, not left with holes, so the lists stay plain arrays.
  const grow = (old: string[]) => {
    const out = new Array<string>(size).fill("");
    for (let k = 0; k < old.length; k++) out[k] = old[k]!;
    return out;
  };
  lowerOf = grow(lowerOf);
  normOf = grow(normOf);
  lemmaTagOf = grow(lemmaTagOf);
  lemmaOf = grow(lemmaOf);
}

/** Typographic apostrophes made plain. */
function normOfLower(lower: string): string {
  return lower.indexOf("’") >= 0 || lower.indexOf("‘") >= 0 ? lower.replace(/[’‘]/g, "'") : lower;
}

const BLANK_LINE = /\n[^\S\n]*\n/;

function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (
      c !== 32 &&
      c !== 9 &&
      c !== 10 &&
      c !== 13 &&
      c !== 0xa0 &&
      !(c >= 0x2000 && c <= 0x200b) &&
      c !== 0x3000 &&
      c !== 0x0b &&
      c !== 0x0c
    )
      return false;
  }
  return true;
}

/** Finds a token's text at or shortly after the cursor; -1 when wink changed the characters. */
function locate(source: string, text: string, cursor: number): number {
  if (text === "") return -1;
  if (source.startsWith(text, cursor)) return cursor;
  const at = source.indexOf(text, cursor);
  // Only whitespace may separate two tokens; a match further on belongs to a later token.
  if (at < 0 || source.slice(cursor, at).trim() !== "") return -1;
  return at;
}

/** wink's sentences, cut again at blank lines and joined again where a quotation runs on. */
function buildSentences(tokens: Token[], spans: [number, number][], ourIndex: Int32Array): Sentence[] {
  const starts = new Set<number>();
  for (const [first] of spans) {
    // The first kept token at or after wink's sentence start.
    for (let w = first; w < ourIndex.length; w++) {
      const o = ourIndex[w]!;
      if (o >= 0) {
        starts.add(o);
        break;
      }
    }
  }
  for (const t of tokens) {
    if (t.paragraphStart) starts.add(t.i);
    else if (t.lineStart && t.i > 0 && startsOwnLine(tokens, t.i)) starts.add(t.i);
  }

  const raw: { first: number; last: number; paragraph: number }[] = [];
  let paragraph = 0;
  let current: { first: number; last: number; paragraph: number } | null = null;
  for (const t of tokens) {
    if (t.paragraphStart && t.i > 0) paragraph++;
    if (starts.has(t.i) || !current) {
      current = { first: t.i, last: t.i + 1, paragraph };
      raw.push(current);
    } else current.last = t.i + 1;
  }

  // A closing quote glued to the previous sentence's full stop belongs to that sentence.
  for (let k = 1; k < raw.length; k++) {
    const cur = raw[k]!;
    const first = tokens[cur.first]!;
    const prevTok = tokens[cur.first - 1];
    if (
      cur.last - cur.first > 1 &&
      prevTok &&
      (first.quote === "close" || first.quote === "toggle") &&
      prevTok.end === first.start &&
      raw[k - 1]!.paragraph === cur.paragraph
    ) {
      raw[k - 1]!.last++;
      cur.first++;
    }
  }

  // Join sentences that end inside an open quotation (wink cuts at the quote's full stop).
  const joined: Sentence[] = [];
  let k = 0;
  while (k < raw.length) {
    const s = { ...raw[k]! };
    let open = quoteBalance(tokens, s.first, s.last);
    let added = 0;
    while (
      open &&
      k + 1 < raw.length &&
      raw[k + 1]!.paragraph === s.paragraph &&
      added < MAX_QUOTED_SENTENCES
    ) {
      k++;
      added++;
      s.last = raw[k]!.last;
      open = quoteBalance(tokens, s.first, s.last);
    }
    if (open && added >= MAX_QUOTED_SENTENCES) {
      // A stray quote mark: undo the joins.
      k -= added;
      s.last = raw[k]!.last;
    }
    // No real sentence is this long; cutting keeps every per-sentence rule linear on odd input.
    for (let from = s.first; from < s.last; from += MAX_SENTENCE_TOKENS) {
      joined.push({
        index: joined.length,
        first: from,
        last: Math.min(s.last, from + MAX_SENTENCE_TOKENS),
        paragraph: s.paragraph,
      });
    }
    k++;
  }
  return joined;
}

const NEGATORS = new Set([
  "not",
  "n't",
  "no",
  "never",
  "nothing",
  "none",
  "nobody",
  "neither",
  "nor",
  "without",
  "cannot",
  "hardly",
  "barely",
  "nowhere",
  "n’t",
]);
/** Marks after which a negation no longer reaches (wink stops at commas, not at dashes or quotes). */
const SCOPE_ENDS = new Set([";", ":", "–", "—", "(", ")", '"', "“", "”", "!", "?"]);
/**
 * "says: you can put it down now", "I ask: why", "[18:47] Nadia: ok": a line that opens with a
 * speech verb and a colon (after at most its subject), or with a bracketed time, is a turn of its
 * own, however the line before ends.
 */
function opensLineTurn(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === "[") {
    let time = false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 8) && !tokens[k]!.lineStart; k++) {
      if (tokens[k]!.text === "]") return time;
      if (/\d/.test(tokens[k]!.text)) time = true;
    }
    return false;
  }
  for (let k = i; k < Math.min(tokens.length - 1, i + 3); k++) {
    const x = tokens[k]!;
    if (k > i && x.lineStart) return false;
    if (x.pos === "VERB" && SPEECH_VERBS.has(x.lemma)) return tokens[k + 1]!.text === ":";
    if (x.pos !== "PRON" && x.pos !== "PROPN" && x.pos !== "NOUN" && x.pos !== "DET") return false;
  }
  return false;
}

const BULLETS = new Set(["•", "-", "*", "–", "—", "·", "▪", "◦", ">"]);
const TERMINAL = new Set([".", "!", "?", ":", ";", ",", '"', "”", "'", "’", ")"]);

/**
 * A line starts a sentence of its own in a list ("• Left leg twitched"), after a heading line
 * with no closing punctuation, or when it opens with a heading such as "Plan:". Lines of wrapped
 * prose run on.
 */
function startsOwnLine(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (BULLETS.has(t.text)) return true;
  if (/^\d{1,2}[.)]$/.test(t.text) || (/^\d{1,2}$/.test(t.text) && /^[.)]$/.test(tokens[i + 1]?.text ?? "")))
    return true;
  if (tokens[i + 1]?.text === ":" && /^[A-Z]/.test(t.text)) return true;
  if (opensLineTurn(tokens, i)) return true;
  // The line before is short and unpunctuated: a heading or a list item.
  const prev = tokens[i - 1]!;
  if (TERMINAL.has(prev.text)) return false;
  let k = i - 1;
  while (k > 0 && !tokens[k]!.lineStart) k--;
  return t.start - tokens[k]!.start < 60 && /^[A-Z]/.test(t.text);
}

/**
 * Corrects tags the model gets wrong in this kind of text and that the rules depend on:
 * "left"/"right" before a noun are sides ("his left ear"), not verbs.
 */
function fixTags(tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.norm === "left" || t.norm === "right") && tokens[k + 1]!.pos === "NOUN") {
      t.pos = "ADJ";
      t.lemma = t.norm;
    }
  }
}

/** True when a quotation opened in the range is still open at its end. */
function quoteBalance(tokens: Token[], first: number, last: number): boolean {
  let open = false;
  for (let t = first; t < last; t++) {
    const q = tokens[t]!.quote;
    if (q === "toggle") open = !open;
    else if (q === "open") open = true;
    else if (q === "close") open = false;
  }
  return open;
}

const SINGLE = new Set(["'", "‘", "’"]);

/**
 * Marks quotation marks. Double quotes are quotes wherever they are; a single quote is one only
 * when an opening one (after a space, before a word) is closed by a closing one (after a word,
 * before a space or punctuation) in the same paragraph, so apostrophes ("girls' coats") stay out.
 */
function markQuotes(tokens: Token[], source: string): void {
  let openSingle = -1;
  for (const t of tokens) {
    if (t.paragraphStart) openSingle = -1;
    if (t.text === "“") t.quote = "open";
    else if (t.text === "”") t.quote = "close";
    else if (t.text === '"') t.quote = "toggle";
    else if (SINGLE.has(t.text)) {
      const before = t.start > 0 ? source.charCodeAt(t.start - 1) : 32;
      const after = t.end < source.length ? source.charCodeAt(t.end) : 32;
      const spaceBefore = isSpaceCode(before) || OPENING_PUNCT.has(before);
      const wordAfter = !isSpaceCode(after);
      if (spaceBefore && wordAfter && t.text !== "’") openSingle = t.i;
      else if (
        !spaceBefore &&
        (isSpaceCode(after) || CLOSING_PUNCT.has(after) || t.end >= source.length) &&
        openSingle >= 0 &&
        t.text !== "‘"
      ) {
        tokens[openSingle]!.quote = "open";
        t.quote = "close";
        openSingle = -1;
      }
    }
  }
}

const OPENING_PUNCT = new Set([40, 91, 123, 8212, 8211, 45, 58]);
const CLOSING_PUNCT = new Set([46, 44, 59, 58, 33, 63, 41, 8212, 8211]);
