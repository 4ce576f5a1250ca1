// How many suggestions the form shows: ordered by the extractor's confidence, and those below the
// practitioner's chosen threshold hidden (counted, and one click away, so none is lost silently).
import type { Suggestion } from "./suggestion-state";

export type ThresholdLevel = "all" | "likely" | "most-likely";

/**
 * The extractor returns suggestions from confidence 0.5; a kind's prior is 0.7–0.85 and each
 * "not of this session" row lowers it (src/analysis/detect/confidence.ts). "Likely" keeps what no
 * row doubted; "most likely" keeps the kinds that are right most often.
 */
export const THRESHOLD_LEVELS: readonly { level: ThresholdLevel; label: string; min: number }[] = [
  { level: "all", label: "All", min: 0 },
  { level: "likely", label: "Likely", min: 0.7 },
  { level: "most-likely", label: "Most likely", min: 0.85 },
];

export const DEFAULT_THRESHOLD: ThresholdLevel = "all";

export function minConfidenceOf(level: ThresholdLevel): number {
  return THRESHOLD_LEVELS.find((t) => t.level === level)?.min ?? 0;
}

/** A suggestion without a confidence (an older server) counts as sure: it is never hidden. */
const confidenceOf = (s: Pick<Suggestion, "confidence">) => s.confidence ?? 1;

/** Most confident first; equal confidence in the order of the narrative. */
export function orderByConfidence<T extends Pick<Suggestion, "confidence" | "start" | "end">>(
  suggestions: readonly T[],
): T[] {
  return [...suggestions].sort(
    (a, b) => confidenceOf(b) - confidenceOf(a) || a.start - b.start || a.end - b.end,
  );
}

/** The suggestions to show, in order, and those hidden below the threshold (also in order). */
export function splitByThreshold<T extends Pick<Suggestion, "confidence" | "start" | "end">>(
  suggestions: readonly T[],
  level: ThresholdLevel,
): { shown: T[]; hidden: T[] } {
  const min = minConfidenceOf(level);
  const shown: T[] = [];
  const hidden: T[] = [];
  for (const s of orderByConfidence(suggestions)) (confidenceOf(s) >= min ? shown : hidden).push(s);
  return { shown, hidden };
}

/**
 * What the form shows at a threshold: the panel's cards and the read-back's tints alike, so a
 * suggestion hidden below the threshold is neither listed nor tinted until it is revealed.
 */
export function visibleByThreshold<T extends Pick<Suggestion, "confidence" | "start" | "end">>(
  suggestions: readonly T[],
  level: ThresholdLevel,
  revealed: boolean,
): { shown: T[]; hidden: T[]; visible: T[] } {
  const { shown, hidden } = splitByThreshold(suggestions, level);
  return { shown, hidden, visible: revealed ? [...shown, ...hidden] : shown };
}

const STORAGE_KEY = "tessera:suggestion-threshold";

/** The level this browser last chose; no clinical text is stored, only the level's name. */
export function loadThreshold(): ThresholdLevel {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return THRESHOLD_LEVELS.some((t) => t.level === raw) ? (raw as ThresholdLevel) : DEFAULT_THRESHOLD;
  } catch {
    return DEFAULT_THRESHOLD;
  }
}

export function storeThreshold(level: ThresholdLevel): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, level);
  } catch {
    // Storage disabled: the choice then lasts as long as the page.
  }
}
