// CSV downloads of measure responses, through the measures module's one CSV writer.
import type { FastifyReply } from "fastify";
import type { MeasureResponse } from "../../../domain";
import { responsesToCsv } from "../../../measures";

/** The responses as a CSV attachment (headers set on the reply); the client id column is filled for practice-wide files. */
export function responsesCsvAttachment(
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
  reply
    .header("content-disposition", `attachment; filename="${file.name}-${today}.csv"`)
    .header("cache-control", "no-store");
  return csv;
}
