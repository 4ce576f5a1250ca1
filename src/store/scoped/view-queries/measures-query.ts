// The measures axis, one window of the session axis at a time: the window's session refs (no
// pieces), its responses (by date between the session before it and its last), and how many
// responses each instrument has in all, in one operation.
import { MeasuresQuery, type MeasureResponse, type MeasuresRows } from "../../../domain";
import { jsonColumns } from "../../json-column";
import type { ScopeContext } from "../scope-context";
import { countSessions, latestSessionRefs } from "./session-refs";
import { parseInput } from "../../parse-input";

const json = jsonColumns("measureResponses", ["answers", "labels", "flags"]);

export async function readMeasures(
  ctx: ScopeContext,
  clientId: string,
  query: MeasuresQuery = {},
): Promise<MeasuresRows> {
  const page = parseInput(MeasuresQuery, query);
  await ctx.requireClient(clientId);
  const practiceId = ctx.caller.practiceId;
  // One session more than the window: the one before it bounds the window's responses.
  const [sessionCount, refs, counts] = await Promise.all([
    countSessions(ctx, clientId),
    latestSessionRefs(ctx, clientId, page.limit + 1, page.offset),
    ctx.db
      .selectFrom("measureResponses")
      .select(["instrument", (eb) => eb.fn.countAll<number | string>().as("n")])
      .where("practiceId", "=", practiceId)
      .where("clientId", "=", clientId)
      .groupBy("instrument")
      .execute(),
  ]);
  // As measuresWindow lays the window out over the whole axis.
  const hasBefore = refs.length > page.limit;
  const sessions = hasBefore ? refs.slice(1) : refs;
  const w = {
    sessions,
    after: hasBefore ? refs[0]!.date : null,
    until: page.offset > 0 && sessions.length > 0 ? sessions.at(-1)!.date : null,
  };
  let q = ctx.db
    .selectFrom("measureResponses")
    .selectAll()
    .where("practiceId", "=", practiceId)
    .where("clientId", "=", clientId);
  if (w.after !== null) q = q.where("date", ">", w.after);
  if (w.until !== null) q = q.where("date", "<=", w.until);
  const rows = await q.orderBy("date").orderBy("createdAt").orderBy("id").execute();
  return {
    sessionCount,
    offset: page.offset,
    sessions: w.sessions,
    after: w.after,
    until: w.until,
    responses: rows.map((row): MeasureResponse => {
      const { followUpAt, followUpBy, followUpNote, ...rest } = json.read(row);
      // Staff only (the view's access): the follow-up is shown as listMeasureResponses shows it to staff.
      return {
        ...rest,
        followUp:
          followUpAt !== null && followUpBy !== null
            ? { at: followUpAt, byUserId: followUpBy, note: followUpNote ?? "" }
            : null,
      };
    }),
    counts: counts.map((c) => ({ instrument: c.instrument, count: Number(c.n) })),
  };
}
