// Slot patterns: a small grammar written as data (issue 17, "rules as data"). A pattern is text
// of literal words and named slots, "before {subject} {be-past} born", matched over tokens by their
// lower-case form; a table of rows is indexed by the words that can open each pattern, so most
// tokens are passed over with one array lookup (as PhraseMatcher does for fixed phrases).
//
// Syntax, items separated by spaces:
//   word         a literal, the token's lower-case form, never its lemma: these grammars are made
//                of function words ("year-old" and "mother's" are split as wink splits them:
//                "year - old", "mother 's")
//   {name}       a slot: a word class, a phrase class, a token test or a reader (see `Slot`)
//   (a b|c)      alternatives, each a sequence; tried in order
//   x?  x*       optional, any number (greedy; a later failure backtracks)
//   !x  &x       the next token is not / is x; consumes nothing (at the end of the range, !x holds)
import type { Token } from "./read-text";
import { PhraseMatcher, splitPhrase } from "./phrase-matcher";
import { lookUpIds, registerWord } from "./word-ids";

/** What a reader or a phrase class read: the token after it and its value. */
export interface SlotReading<V = unknown> {
  last: number;
  value: V;
}

/** A typed reader: one or more tokens read into a value ("twenty-one" -> 21). */
export interface SlotReader<V = unknown> {
  /** Can a reading start at this token? (What the index files the pattern under.) */
  opens(t: Token): boolean;
  read(tokens: readonly Token[], at: number, to: number): SlotReading<V> | null;
}

/**
 * A slot: a set of single words (yields nothing), a map of phrases to values (matched by exact
 * forms, the longest first; yields the value), a token test (yields nothing), a reader, or a
 * pattern of its own written as text (a part several rows share: "(was|were|had been)").
 */
export type Slot =
  string | ReadonlySet<string> | ReadonlyMap<string, unknown> | ((t: Token) => boolean) | SlotReader;

export interface SlotMatch {
  first: number;
  /** Token index after the match. */
  last: number;
  /** The values the pattern's slots read, in order (a set or a token test reads none). */
  values: readonly unknown[];
}

/** A check a pattern cannot say: on the tokens around the match, or on what it read. */
export type SlotGuard = (tokens: readonly Token[], m: SlotMatch) => boolean;

type Node =
  | { t: "word"; word: string }
  | { t: "slot"; name: string; slot: CompiledSlot }
  | { t: "alt"; options: Node[][]; firsts: (Openers | null)[] }
  | { t: "opt"; body: Node[]; first: Openers | null }
  | { t: "star"; body: Node[]; first: Openers | null }
  | { t: "not"; body: Node[] }
  | { t: "and"; body: Node[] };

type CompiledSlot =
  | { t: "set"; words: ReadonlySet<string> }
  | { t: "phrases"; matcher: PhraseMatcher<unknown>; firsts: string[] }
  | { t: "test"; test: (t: Token) => boolean }
  | { t: "reader"; reader: SlotReader };

/** Continuation: the rest of an enclosing sequence. */
interface Frame {
  seq: Node[];
  i: number;
  up: Frame | null;
}

/** Where a pattern can open: words (lower-case forms), plus token tests for slots that are not word lists. */
interface Openers {
  words: Set<string>;
  tests: ((t: Token) => boolean)[];
}

export class SlotPattern {
  readonly text: string;
  private readonly seq: Node[];

  constructor(text: string, slots: Readonly<Record<string, Slot>>) {
    this.text = text;
    const parser = new Parser(text, slots);
    this.seq = parser.sequence();
    parser.end();
  }

  /** The match of the pattern starting at token `at`, reading no token at or after `to`. */
  matchAt(tokens: readonly Token[], at: number, to: number, guard?: SlotGuard): SlotMatch | null {
    const r = this.runner;
    r.tokens = tokens;
    r.to = to;
    r.at = at;
    r.guard = guard;
    r.found = null;
    r.values.length = 0;
    const ok = r.go(this.seq, 0, at, null);
    r.tokens = NO_TOKENS;
    return ok ? r.found : null;
  }

  /** Words and tests that can open the pattern (an optional opener adds what follows it). */
  openers(): Openers {
    const out = firstOf(this.seq);
    if (!out) throw new Error(`slot pattern can match no words: ${this.text}`);
    return out;
  }

  /** One runner per pattern, reused: matching allocates only where it backtracks into a group. */
  private readonly runner = new Runner();
}

const NO_TOKENS: readonly Token[] = [];

/** Can a token open what `o` says (null: the part may be empty, so anything can follow)? */
function mayOpen(o: Openers | null, tokens: readonly Token[], pos: number, to: number): boolean {
  if (!o) return true;
  if (pos >= to) return false;
  const t = tokens[pos]!;
  if (o.words.has(t.norm)) return true;
  for (const test of o.tests) if (test(t)) return true;
  return false;
}

class Runner {
  tokens: readonly Token[] = NO_TOKENS;
  to = 0;
  at = 0;
  values: unknown[] = [];
  guard: SlotGuard | undefined;
  found: SlotMatch | null = null;
  /** Inside a lookahead (!x, &x): reaching its end is enough. */
  private probing = 0;

  /** Runs `seq` from item `i` at token `pos`, then the frames above it; true once all of it holds. */
  go(seq: Node[], i: number, pos: number, up: Frame | null): boolean {
    if (i === seq.length) return up ? this.go(up.seq, up.i, pos, up.up) : this.accept(pos);
    const n = seq[i]!;
    const tokens = this.tokens;
    switch (n.t) {
      case "word":
        return pos < this.to && tokens[pos]!.norm === n.word && this.go(seq, i + 1, pos + 1, up);
      case "slot":
        return this.slot(n.slot, seq, i, pos, up);
      case "alt": {
        let next: Frame | null = null;
        for (let k = 0; k < n.options.length; k++) {
          if (!mayOpen(n.firsts[k]!, tokens, pos, this.to)) continue;
          next ??= { seq, i: i + 1, up };
          if (this.go(n.options[k]!, 0, pos, next)) return true;
        }
        return false;
      }
      case "opt":
        return (
          (mayOpen(n.first, tokens, pos, this.to) && this.go(n.body, 0, pos, { seq, i: i + 1, up })) ||
          this.go(seq, i + 1, pos, up)
        );
      case "star":
        // x* is (x x*)?: each x must read a token (the parser allows only words and slots here).
        return (
          (mayOpen(n.first, tokens, pos, this.to) && this.go(n.body, 0, pos, { seq, i, up })) ||
          this.go(seq, i + 1, pos, up)
        );
      case "not":
      case "and": {
        const mark = this.values.length;
        this.probing++;
        const holds = this.go(n.body, 0, pos, null);
        this.probing--;
        this.values.length = mark;
        return holds === (n.t === "and") && this.go(seq, i + 1, pos, up);
      }
    }
  }

  private slot(s: CompiledSlot, seq: Node[], i: number, pos: number, up: Frame | null): boolean {
    if (pos >= this.to) return false;
    const t = this.tokens[pos]!;
    if (s.t === "set") return s.words.has(t.norm) && this.go(seq, i + 1, pos + 1, up);
    if (s.t === "test") return s.test(t) && this.go(seq, i + 1, pos + 1, up);
    let last: number;
    let value: unknown;
    if (s.t === "phrases") {
      const m = s.matcher.matchAt(this.tokens, pos, this.to);
      if (!m) return false;
      last = m.last;
      value = m.value;
    } else {
      const r = s.reader.read(this.tokens, pos, this.to);
      if (!r) return false;
      last = r.last;
      value = r.value;
    }
    const mark = this.values.length;
    this.values.push(value);
    if (this.go(seq, i + 1, last, up)) return true;
    this.values.length = mark;
    return false;
  }

  private accept(end: number): boolean {
    if (this.probing > 0) return true;
    const m: SlotMatch = { first: this.at, last: end, values: this.values.slice() };
    if (this.guard && !this.guard(this.tokens, m)) return false;
    this.found = m;
    return true;
  }
}

/** The openers of a sequence, or null when it may match no token. */
function firstOf(seq: Node[]): Openers | null {
  const out: Openers = { words: new Set(), tests: [] };
  return collectFirst(seq, 0, out) ? out : null;
}

/** Adds the openers of seq[i..] to `out`; true when they need a token (the rest cannot be empty). */
function collectFirst(seq: Node[], i: number, out: Openers): boolean {
  for (let k = i; k < seq.length; k++) {
    const n = seq[k]!;
    if (n.t === "not" || n.t === "and") continue; // consumes nothing: the index cannot narrow on it
    if (n.t === "opt" || n.t === "star") {
      collectFirst(n.body, 0, out);
      continue;
    }
    if (n.t === "alt") {
      let all = true;
      for (const option of n.options) if (!collectFirst(option, 0, out)) all = false;
      if (all) return true;
      continue;
    }
    if (n.t === "word") out.words.add(n.word);
    else if (n.slot.t === "set") for (const w of n.slot.words) out.words.add(w);
    else if (n.slot.t === "phrases") for (const w of n.slot.firsts) out.words.add(w);
    else if (n.slot.t === "test") out.tests.push(n.slot.test);
    else {
      const reader = n.slot.reader;
      out.tests.push((t) => reader.opens(t));
    }
    return true;
  }
  return false;
}

class Parser {
  private readonly parts: string[];
  private at = 0;
  private readonly compiled = new Map<string, CompiledSlot>();

  constructor(
    private readonly text: string,
    private readonly slots: Readonly<Record<string, Slot>>,
    private readonly depth = 0,
  ) {
    this.parts = text
      .replace(/([()|])/g, " $1 ")
      .split(/\s+/)
      .filter(Boolean);
  }

  end(): void {
    if (this.at < this.parts.length) this.fail(`unexpected "${this.parts[this.at]}"`);
  }

  sequence(): Node[] {
    const seq: Node[] = [];
    while (this.at < this.parts.length && this.parts[this.at] !== "|" && this.parts[this.at] !== ")") {
      seq.push(...this.item());
    }
    return seq;
  }

  private item(): Node[] {
    let part = this.parts[this.at++]!;
    const look = part[0] === "!" || part[0] === "&" ? part[0] : "";
    // "!(" is split into "!" and "(": the group is the next part.
    if (look)
      part = part.length > 1 ? part.slice(1) : (this.parts[this.at++] ?? this.fail(`${look} of nothing`));
    let atoms: Node[];
    if (part === "(") {
      const options = [this.sequence()];
      while (this.parts[this.at] === "|") {
        this.at++;
        options.push(this.sequence());
      }
      if (this.parts[this.at++] !== ")") this.fail("missing )");
      part = this.parts[this.at] === "?" || this.parts[this.at] === "*" ? this.parts[this.at++]! : "";
      atoms = [alt(options)];
      return this.wrap(atoms, part, look);
    }
    const suffix = /[?*]$/.test(part) && part.length > 1 ? part.slice(-1) : "";
    if (suffix) part = part.slice(0, -1);
    if (part.startsWith("{") && part.endsWith("}")) atoms = this.slot(part);
    else atoms = splitPhrase(part).map((word): Node => ({ t: "word", word }));
    return this.wrap(atoms, suffix, look);
  }

  private wrap(atoms: Node[], suffix: string, look: string): Node[] {
    const one: Node = atoms.length === 1 ? atoms[0]! : alt([atoms]);
    let n = one;
    if (suffix === "?") n = { t: "opt", body: [n], first: firstOf([n]) };
    if (suffix === "*") {
      if (one.t !== "word" && one.t !== "slot") this.fail("* applies to a word or a slot only");
      n = { t: "star", body: [n], first: firstOf([n]) };
    }
    if (look) n = { t: look === "!" ? "not" : "and", body: [n] };
    return n === one ? atoms : [n];
  }

  private slot(part: string): Node[] {
    const name = part.slice(1, -1);
    const s = this.slots[name];
    if (s === undefined) this.fail(`unknown slot {${name}}`);
    if (typeof s === "string") {
      if (this.depth > 8) this.fail(`{${name}} names itself`);
      const inner = new Parser(s, this.slots, this.depth + 1);
      const seq = inner.sequence();
      inner.end();
      return [alt([seq])];
    }
    let c = this.compiled.get(name);
    if (!c) {
      c = compileSlot(s!);
      this.compiled.set(name, c);
    }
    return [{ t: "slot", name, slot: c }];
  }

  private fail(why: string): never {
    throw new Error(`slot pattern "${this.text}": ${why}`);
  }
}

function alt(options: Node[][]): Node {
  return { t: "alt", options, firsts: options.map(firstOf) };
}

/** Phrase classes are compiled once per map, whatever the number of patterns naming them. */
const phraseClasses = new WeakMap<ReadonlyMap<string, unknown>, CompiledSlot>();

function compileSlot(s: Exclude<Slot, string>): CompiledSlot {
  if (typeof s === "function") return { t: "test", test: s };
  if (s instanceof Set) return { t: "set", words: s };
  if (s instanceof Map) {
    const map = s as ReadonlyMap<string, unknown>;
    const known = phraseClasses.get(map);
    if (known) return known;
    const firsts = [...map.keys()].map((p) => splitPhrase(p)[0]!);
    const matcher = new PhraseMatcher<unknown>([...map].map(([p, v]) => [`=${p}`, v] as const));
    const c: CompiledSlot = { t: "phrases", matcher, firsts };
    phraseClasses.set(map, c);
    return c;
  }
  return { t: "reader", reader: s as SlotReader };
}

/** A row of a pattern table: its pattern and, optionally, a guard. */
export interface PatternRow {
  pattern: string;
  guard?: SlotGuard;
}

/**
 * A table of rows, each tried in table order at a token whose form can open its pattern. The
 * first row whose pattern (and guard) holds wins there.
 */
export class SlotPatternTable<R extends PatternRow> {
  private readonly compiled: SlotPattern[];
  /** Row indices, in table order, by the word id of a form that can open them. */
  private readonly byWord: (Int32Array | undefined)[];
  /** Rows that open on a token test (a reader, a test slot), in table order. */
  private readonly tested: { row: number; test: (t: Token) => boolean }[];

  constructor(
    readonly rows: readonly R[],
    slots: Readonly<Record<string, Slot>>,
  ) {
    this.compiled = rows.map((r) => new SlotPattern(r.pattern, slots));
    const lists = new Map<number, number[]>();
    this.tested = [];
    let top = -1;
    this.compiled.forEach((p, row) => {
      const { words, tests } = p.openers();
      for (const w of words) {
        const id = registerWord(w);
        const list = lists.get(id) ?? [];
        list.push(row);
        lists.set(id, list);
        if (id > top) top = id;
      }
      for (const test of tests) this.tested.push({ row, test });
    });
    // Dense, as PhraseMatcher's index: holes would make the array a slow dictionary.
    this.byWord = new Array<Int32Array | undefined>(top + 1).fill(undefined);
    for (const [id, list] of lists) this.byWord[id] = Int32Array.from(list);
  }

  /** The first row (in table order) matching at `at`, with its match. */
  matchAt(tokens: readonly Token[], at: number, to: number): { row: R; match: SlotMatch } | null {
    const t = tokens[at]!;
    lookUpIds(t);
    const listed = t.normId >= 0 && t.normId < this.byWord.length ? this.byWord[t.normId] : undefined;
    let a = 0;
    let b = 0;
    const tested = this.tested;
    // Merge the two candidate lists by row index, so table order decides whatever the index.
    for (;;) {
      while (b < tested.length && !tested[b]!.test(t)) b++;
      const ra = listed && a < listed.length ? listed[a]! : Infinity;
      const rb = b < tested.length ? tested[b]!.row : Infinity;
      const row = Math.min(ra, rb);
      if (row === Infinity) return null;
      if (ra === row) a++;
      if (rb === row) b++;
      const m = this.compiled[row]!.matchAt(tokens, at, to, this.rows[row]!.guard);
      if (m) return { row: this.rows[row]!, match: m };
    }
  }

  /** One row alone at `at` (for tests of a row's own examples). */
  matchRowAt(row: number, tokens: readonly Token[], at: number, to: number): SlotMatch | null {
    return this.compiled[row]!.matchAt(tokens, at, to, this.rows[row]!.guard);
  }
}
