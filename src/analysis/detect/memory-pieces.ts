// Memory and insight pieces: a recalled event with its age or period, a new understanding.
import type { LifeTime } from "../model";
import type { Token } from "../text/read-text";
import { afterSimile, base, cuesOf, type Detector } from "./clause-view";
import { memoryCueHolds, sinceOrNow } from "./sentence-scope";

export const detectMemory: Detector = (v) => {
  const { tokens, clause } = v;
  // "the panic is his body remembering": inside an insight, remembering is part of the understanding.
  const cue = v.inInsight ? undefined : cuesOf(v, "memory").find((h) => memoryCueHolds(tokens, h, clause));
  const times = clause.lifeTimes.filter(
    (l) =>
      !sinceOrNow(tokens, l) &&
      !v.model.speech[l.first] &&
      !selfAsFigure(tokens, l) &&
      !afterSimile(v, l.first),
  );
  const sentenceHasCue = v.memoryBefore >= 0;
  const time = times.find((l) => l.strong) ?? (cue || sentenceHasCue ? times[0] : undefined);
  if (!cue && !time) return null;
  const piece = base(v, "memory", []);
  return { ...piece, laterality: null, age: time?.age ?? null, period: time?.period ?? null };
};

/** "It was me at sixteen" identifies a figure; it is not a memory. */
export function selfAsFigure(tokens: readonly Token[], l: LifeTime): boolean {
  const prev = tokens[l.first - 1]?.norm ?? "";
  if (prev !== "me" && prev !== "herself" && prev !== "himself") return false;
  // "It was me at sixteen", "a younger me at six": the self is a figure; "me at 5, on a swing" is a memory.
  const before = tokens[l.first - 2];
  return !!before && (before.lemma === "be" || before.pos === "ADJ" || before.pos === "DET");
}

export const detectInsight: Detector = (v) => {
  if (!v.inInsight) return null;
  const start = Math.max(v.clause.first, 0);
  const piece = base(v, "insight", []);
  return { ...piece, first: start, laterality: null };
};
