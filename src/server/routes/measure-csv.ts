// CSV downloads of measure responses, through the measures module's one CSV writer.
import type { FastifyReply } from "fastify";
import type { MeasureResponse } from "../../domain";
import { responsesToCsv } from "../../measures";

/** Sends the responses as a CSV attachment; the client id column is filled for practice-wide files. */
export function sendResponsesCsv(
  reply: FastifyReply,
  responses: readonly MeasureResponse[],
  file: { name: string; withClientId: boolean },
) {
  const csv = responsesToCsv(
    responses.map((r) => ({
      date: r.date,
      instrument: r.instrument,
      instrumentVersion: r.instrumentVersion,
      answers: r.answers,
      ...(file.withClientId ? { clientId: r.clientId } : {}),
    })),
  );
  const today = new Date().toISOString().slice(0, 10);
  return reply
    .header("content-type", "text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${file.name}-${today}.csv"`)
    .header("cache-control", "no-store")
    .send(csv);
}
