// Output shaping for measure responses: each stored response with its score, and the reliable
// change from the previous complete response of the same instrument and from the first (the
// baseline). Pure; the scoring and change rules are src/measures'.
import type { MeasureResponse } from "../../domain";
import {
  getInstrument,
  reliableChange,
  scoreResponse,
  type ChangeResult,
  type ScoreResult,
} from "../../measures";

export interface ScoredResponse {
  response: MeasureResponse;
  /**
   * Null only for a response Tessera cannot score: recorded with an instrument version it no
   * longer scores (none today; an old score must not be recomputed with a newer definition), or
   * stored before the store checked answers.
   */
  score: ScoreResult | null;
}

export type ChangeFrom = ChangeResult & {
  /** The earlier response compared with. */
  responseId: string;
  date: string;
};

export interface TimelineItem extends ScoredResponse {
  /** Both null for an incomplete response, and for the first complete one (it is the baseline). */
  change: { fromPrevious: ChangeFrom | null; fromBaseline: ChangeFrom | null };
}

export function scoreStored(response: MeasureResponse): ScoredResponse {
  const def = getInstrument(response.instrument);
  if (def === undefined || def.version !== response.instrumentVersion) return { response, score: null };
  try {
    return { response, score: scoreResponse(def.id, response.answers) };
  } catch {
    // Only rows stored before the store checked answers (migration 002) can fail here; one such
    // row must not hide the client's other scores.
    return { response, score: null };
  }
}

/** Responses in the store's order (date, then entry), each with its score and change. */
export function buildTimeline(responses: readonly MeasureResponse[]): TimelineItem[] {
  const complete = new Map<string, { first: ScoredResponse; last: ScoredResponse }>();
  return responses.map((response) => {
    const scored = scoreStored(response);
    const key = `${response.instrument}@${response.instrumentVersion}`;
    const seen = complete.get(key);
    const change: TimelineItem["change"] = { fromPrevious: null, fromBaseline: null };
    if (scored.score?.total != null) {
      if (seen) {
        change.fromPrevious = changeFrom(seen.last, scored.score);
        change.fromBaseline = changeFrom(seen.first, scored.score);
        seen.last = scored;
      } else {
        complete.set(key, { first: scored, last: scored });
      }
    }
    return { ...scored, change };
  });
}

function changeFrom(before: ScoredResponse, after: ScoreResult): ChangeFrom {
  return {
    ...reliableChange(after.instrument, before.score!, after),
    responseId: before.response.id,
    date: before.response.date,
  };
}
