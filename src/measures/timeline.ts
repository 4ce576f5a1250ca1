// Output shaping for measure responses: each stored response with its score, and the change from
// the previous complete response of the same instrument and from the first (the baseline). Pure;
// the HTTP layer serialises through these schemas, so nothing leaves that they do not name.
import { z } from "zod";
import { Id, IsoDate, MeasureResponse } from "../domain";
import { getInstrument } from "./registry";
import { scoreResponse } from "./score-response";
import { ScoreResult } from "./score-result";
import { ChangeResult, reliableChange } from "./reliable-change";

export const ScoredResponse = z.object({
  response: MeasureResponse,
  /**
   * Null only for a response Tessera cannot score: recorded with an instrument version it no
   * longer scores (an old score must not be recomputed with a newer definition), or stored
   * before the store checked answers.
   */
  score: ScoreResult.nullable(),
});
export type ScoredResponse = z.infer<typeof ScoredResponse>;

export const ChangeFrom = ChangeResult.extend({
  /** The earlier response compared with. */
  responseId: Id,
  date: IsoDate,
});
export type ChangeFrom = z.infer<typeof ChangeFrom>;

export const TimelineItem = ScoredResponse.extend({
  /** Both null for an incomplete response, and for the first complete one (it is the baseline). */
  change: z.object({ fromPrevious: ChangeFrom.nullable(), fromBaseline: ChangeFrom.nullable() }),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

// The same schemas under names that say they are schemas, for callers that prefer them.
export {
  ScoredResponse as ScoredResponseSchema,
  TimelineItem as TimelineItemSchema,
  ChangeFrom as ChangeFromSchema,
};

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
