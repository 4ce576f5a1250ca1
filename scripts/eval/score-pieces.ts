// The corpus scorer of ../shared/tools/score-pieces.mjs brought into the repository, as pure
// functions, so `npm run eval` and the floor test score in-process from a fresh clone.
// Same rules: a prediction matches a gold piece of the same kind whose span overlaps it (greedy,
// largest overlap first, one-to-one); fields are compared over matched pairs; span fit is the
// mean intersection over union of matched spans.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const KINDS = [
  "memory",
  "visual",
  "sound",
  "taste",
  "smell",
  "temperature",
  "movement",
  "release",
  "inner_process",
  "body_sensation",
  "emotion",
  "character",
  "message",
  "insight",
] as const;
const SET_FIELDS = new Set(["regions", "colours", "emotions"]);
const KIND_FIELDS: Record<string, string[]> = {
  memory: ["age", "period"],
  visual: ["colours"],
  temperature: ["temperature"],
  movement: ["movement"],
  emotion: ["emotions"],
  character: ["character", "aspect"],
  message: ["character"],
};
const COMMON_FIELDS = ["regions", "laterality"];

type Fields = Record<string, unknown>;
export interface Span extends Fields {
  kind: string;
  start: number;
  end: number;
}
export interface GoldDoc {
  id: string;
  source: string;
  text: string;
  file: string;
  pieces: (Span & { quote: string })[];
}
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
export interface Score {
  documents: number;
  overall: Prf & { tp: number; fp: number; fn: number };
  kinds: Record<string, Prf & { gold: number; predicted: number }>;
  fields: Record<string, { accuracy: number; pairs: number }>;
  span: { meanIoU: number; pairs: number };
  misses: string[];
  alarms: string[];
}

export function loadCorpus(dir: string): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
      return {
        ...doc,
        file,
        pieces: doc.pieces.map((p: Fields & { quote: string; occurrence?: number }) =>
          withOffsets(doc.text, file, p),
        ),
      };
    });
}

function withOffsets(text: string, file: string, piece: Fields & { quote: string; occurrence?: number }) {
  let from = -1;
  for (let n = 0; n < (piece.occurrence ?? 1); n++) {
    from = text.indexOf(piece.quote, from + 1);
    if (from < 0) throw new Error(`${file}: quote not found: "${piece.quote}"`);
  }
  return { ...piece, kind: String(piece.kind), start: from, end: from + piece.quote.length };
}

export function scoreCorpus(docs: GoldDoc[], predict: (text: string, id: string) => Span[]): Score {
  const per = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const fieldScore: Record<string, { right: number; total: number }> = {};
  const span = { iou: 0, pairs: 0 };
  const misses: string[] = [],
    alarms: string[] = [];
  for (const doc of docs) {
    const predicted = predict(doc.text, doc.id);
    for (const kind of KINDS) {
      const gold = doc.pieces.filter((p) => p.kind === kind);
      const pred = predicted.filter((p) => p.kind === kind);
      const pairs = matchPairs(gold, pred);
      const s = per[kind]!;
      s.tp += pairs.length;
      s.fn += gold.length - pairs.length;
      s.fp += pred.length - pairs.length;
      const mg = new Set(pairs.map(([g]) => g)),
        mp = new Set(pairs.map(([, p]) => p));
      for (const g of gold)
        if (!mg.has(g)) misses.push(`${kind} ${doc.id}: "${doc.text.slice(g.start, g.end)}"`);
      for (const p of pred)
        if (!mp.has(p)) alarms.push(`${kind} ${doc.id}: "${doc.text.slice(p.start, p.end)}"`);
      for (const [g, p] of pairs) {
        span.pairs += 1;
        span.iou +=
          (Math.min(g.end, p.end) - Math.max(g.start, p.start)) /
          (Math.max(g.end, p.end) - Math.min(g.start, p.start));
        for (const field of [...COMMON_FIELDS, ...(KIND_FIELDS[kind] ?? [])]) {
          const f = (fieldScore[field] ??= { right: 0, total: 0 });
          f.total += 1;
          if (sameValue(field, g[field], p[field])) f.right += 1;
        }
      }
    }
  }
  const t = Object.values(per).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return {
    documents: docs.length,
    overall: { ...prf(t), ...t },
    kinds: Object.fromEntries(
      KINDS.map((k) => [
        k,
        { ...prf(per[k]!), gold: per[k]!.tp + per[k]!.fn, predicted: per[k]!.tp + per[k]!.fp },
      ]),
    ),
    fields: Object.fromEntries(
      Object.entries(fieldScore).map(([f, s]) => [f, { accuracy: round(s.right / s.total), pairs: s.total }]),
    ),
    span: { meanIoU: round(span.pairs ? span.iou / span.pairs : 0), pairs: span.pairs },
    misses,
    alarms,
  };
}

function matchPairs<G extends Span, P extends Span>(gold: G[], pred: P[]): [G, P][] {
  const candidates: [number, G, P][] = [];
  for (const g of gold)
    for (const p of pred) {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) candidates.push([overlap, g, p]);
    }
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<G>(),
    usedP = new Set<P>(),
    pairs: [G, P][] = [];
  for (const [, g, p] of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

function sameValue(field: string, gold: unknown, pred: unknown): boolean {
  if (SET_FIELDS.has(field)) {
    const a = [...new Set((gold as string[]) ?? [])].sort(),
      b = [...new Set((pred as string[]) ?? [])].sort();
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (field === "character") {
    const norm = (s: unknown) =>
      String(s ?? "")
        .toLowerCase()
        .replace(/^(the|a|an|my|her|his|their)\s+/, "")
        .trim();
    const a = norm(gold),
      b = norm(pred);
    return a === b || (a !== "" && b !== "" && a.split(" ").at(-1) === b.split(" ").at(-1));
  }
  return (gold ?? null) === (pred ?? null);
}

function prf({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
