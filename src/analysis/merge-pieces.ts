// Joins the clause-sized drafts into the pieces a reader would mark: one memory runs on over the
// clauses that tell it, and one experience told in two clauses of a sentence is one piece
// ("she sighed deeply and her neck softened"), while different experiences stay apart
// ("her left leg began to tremble and then jerked twice").
import { INDEFINITE_ARTICLES } from "./lexicon/function-words";
import type { Clause, DraftPiece } from "./model";
import type { Token } from "./text/read-text";

/** Clause-sized drafts of a kind that can run on into the next clause of the sentence. */
const RUNS_ON = new Set<DraftPiece["kind"]>(["memory"]);
/** Kinds whose experience a verb-only clause can carry on ("... and climbed to his knees"). */
const CONTINUED = new Set<DraftPiece["kind"]>(["body_sensation", "temperature", "movement"]);
/** How many tokens (connectives, punctuation) may separate two drafts that are merged. */
const MAX_GAP = 3;

export function extendMemories(drafts: DraftPiece[], clauses: Clause[]): void {
  const byClauseStart = new Map<number, Clause>();
  for (const c of clauses) byClauseStart.set(c.first, c);
  const covered = new Set<number>();
  for (const d of drafts) {
    const c = byClauseStart.get(d.first);
    if (c && d.kind !== "character" && d.kind !== "message") covered.add(c.index);
  }
  // "a tingling started in the soles of both feet | and climbed to his knees": a clause that
  // only goes on with the same subject adds its places to the experience before it.
  for (const d of drafts) {
    if (!CONTINUED.has(d.kind)) continue;
    const c = byClauseStart.get(d.first);
    const next = c ? clauses[c.index + 1] : undefined;
    if (
      !next ||
      next.sentence !== c!.sentence ||
      !next.elided ||
      covered.has(next.index) ||
      next.role !== "experience"
    )
      continue;
    if (next.regions.length === 0) continue;
    d.last = Math.max(d.last, next.last);
    d.regions = [...new Set([...d.regions, ...next.regions.map((r) => r.region)])];
  }
  for (const d of drafts) {
    if (!RUNS_ON.has(d.kind)) continue;
    let c = byClauseStart.get(d.first);
    while (c) {
      const next = clauses[c.index + 1];
      if (!next || next.sentence !== c.sentence || covered.has(next.index) || next.role !== "experience")
        break;
      d.last = Math.max(d.last, next.last);
      c = next;
    }
  }
}

/** Words that set two experiences apart in a sentence: "a stab of anger; then calm". */
const APART = new Set([";", "then"]);
const APART_KINDS = new Set<DraftPiece["kind"]>([
  "emotion",
  "visual",
  "body_sensation",
  "temperature",
  "sound",
]);

export function mergeDrafts(drafts: DraftPiece[], tokens?: readonly Token[]): DraftPiece[] {
  const apart = (a: DraftPiece, b: DraftPiece): boolean => {
    // One movement or release goes on over "then" ("lifted, then drifted down"); others are new ones.
    if (!tokens || !APART_KINDS.has(a.kind)) return false;
    for (let k = Math.max(a.first, a.last - 1); k <= b.first && k < tokens.length; k++)
      if (APART.has(tokens[k]!.norm)) return true;
    return false;
  };
  const sorted = [...drafts].sort((a, b) => a.first - b.first || a.last - b.last);
  const figureStarts = new Set(sorted.filter((d) => d.kind === "character").map((d) => d.first));
  const out: DraftPiece[] = [];
  const lastOfKind = new Map<DraftPiece["kind"], DraftPiece>();
  // Latest start of a draft of each kind among those starting before the current group.
  const latestFirst = new Map<DraftPiece["kind"], number>();
  const pending: [DraftPiece["kind"], number][] = [];
  let groupFirst = -1;
  let lastInsight: DraftPiece | null = null;
  for (const d of sorted) {
    if (d.first !== groupFirst) {
      for (const [k, f] of pending) latestFirst.set(k, f);
      pending.length = 0;
      groupFirst = d.first;
    }
    pending.push([d.kind, d.first]);
    // An insight runs on over whatever else its sentence holds.
    if (d.kind === "insight" && lastInsight && lastInsight.sentence === d.sentence) {
      absorb(lastInsight, d);
      continue;
    }
    const prev = lastOfKind.get(d.kind);
    // A figure's own colours are its own visual piece, apart from the scene before it.
    const figureHere = d.kind === "visual" && figureStarts.has(d.first);
    if (prev && prev.sentence === d.sentence && !figureHere) {
      // Two drafts merge only when they are neighbours: nothing of another kind starts between them.
      let between = false;
      for (const [k, f] of latestFirst) if (k !== d.kind && f > prev.first) between = true;
      if (
        !between &&
        d.first - prev.last <= MAX_GAP &&
        (compatible(prev, d) || restates(prev, d, tokens) || oneTurn(prev, d)) &&
        !apart(prev, d)
      ) {
        absorb(prev, d);
        continue;
      }
      if (d.kind === "temperature" && d.group === "simile") {
        absorb(prev, d);
        continue;
      }
    }
    out.push(d);
    lastOfKind.set(d.kind, d);
    if (d.kind === "insight") lastInsight = d;
  }
  return out;
}

function compatible(a: DraftPiece, b: DraftPiece): boolean {
  switch (a.kind) {
    case "message":
      return false;
    case "character":
      return a.character === b.character;
    case "release":
      return a.group === b.group && regionsFit(a, b);
    case "temperature":
      return a.temperature === b.temperature;
    case "movement":
      return a.movement === b.movement && regionsFit(a, b);
    case "body_sensation":
    case "inner_process":
      return regionsFit(a, b);
    default:
      return true;
  }
}

/**
 * "…let go, a loosening low in the pelvis": a noun phrase set after a comma, with no verb of its own,
 * names the same release or sensation again, wherever it places it.
 */
function restates(a: DraftPiece, b: DraftPiece, tokens?: readonly Token[]): boolean {
  if (!tokens || (a.kind !== "release" && a.kind !== "body_sensation") || a.group !== b.group) return false;
  if (tokens[b.first - 1]?.norm !== "," || !INDEFINITE_ARTICLES.has(tokens[b.first]?.norm ?? ""))
    return false;
  for (let k = b.first + 1; k < b.last && tokens[k]!.norm !== "that" && tokens[k]!.norm !== "which"; k++)
    if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return false;
  return true;
}

/**
 * "“You're ok,” I tell her, “it's all ok”": the two halves of a quotation broken by its attribution
 * share the attribution, so their drafts overlap; overlapping turns with one figure are one turn.
 * Quotations side by side ("“Go,” he said. “Stay,” she said") do not overlap and stay apart.
 */
function oneTurn(a: DraftPiece, b: DraftPiece): boolean {
  return a.kind === "message" && b.kind === "message" && a.character === b.character && b.first < a.last;
}

/** One part or the same parts: "pressure behind her eye" and "a pulsing in both temples" are two pieces. */
function regionsFit(a: DraftPiece, b: DraftPiece): boolean {
  return a.regions.length === 0 || b.regions.length === 0 || a.regions.some((r) => b.regions.includes(r));
}

function absorb(into: DraftPiece, d: DraftPiece): void {
  into.first = Math.min(into.first, d.first);
  into.last = Math.max(into.last, d.last);
  into.regions = [...new Set([...into.regions, ...d.regions])];
  into.laterality = mergeLaterality(into.laterality, d.laterality);
  if (d.colours) into.colours = [...new Set([...(into.colours ?? []), ...d.colours])];
  if (d.emotions) into.emotions = [...new Set([...(into.emotions ?? []), ...d.emotions])];
  if (into.age == null && d.age != null) into.age = d.age;
  if (into.period == null && d.period != null) into.period = d.period;
}

function mergeLaterality(a: DraftPiece["laterality"], b: DraftPiece["laterality"]): DraftPiece["laterality"] {
  if (a === b) return a;
  if (a === null) return b;
  if (b === null) return a;
  return "both";
}
