// Scores for the views, from src/measures: the server scores, the domain builders lay out.
import type { BriefScore, MeasurePoint, MeasureResponse } from "../../../domain";
import { buildTimeline, listInstruments } from "../../../measures";

export function measurePoints(responses: readonly MeasureResponse[]): MeasurePoint[] {
  return buildTimeline(responses).map((t) => ({
    responseId: t.response.id,
    instrument: t.response.instrument,
    date: t.response.date,
    total: t.score?.total ?? null,
    band: t.score?.band ?? null,
    flags: t.response.followUp ? [] : t.response.flags,
  }));
}

/**
 * The latest response of each instrument, with its change from the one before, in the order
 * instruments are listed to users: the store gives only each instrument's latest responses, so
 * the order cannot be the one in which the client first answered them.
 */
export function briefScores(responses: readonly MeasureResponse[]): BriefScore[] {
  const latest = new Map<string, BriefScore>();
  for (const t of buildTimeline(responses)) {
    const prev = t.change.fromPrevious;
    latest.set(t.response.instrument, {
      responseId: t.response.id,
      instrument: t.response.instrument,
      date: t.response.date,
      total: t.score?.total ?? null,
      band: t.score?.band ?? null,
      change: prev?.difference ?? null,
      openFlags: t.response.followUp ? [] : t.response.flags,
    });
  }
  return listInstruments().flatMap((def) => latest.get(def.id) ?? []);
}
