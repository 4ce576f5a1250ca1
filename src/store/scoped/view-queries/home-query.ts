// The practitioner's home in one read (issue 16): the caller's clients that are not archived, each
// with its session count and latest session, and every draft among their sessions, counted and
// picked in SQL instead of one session list (with its piece counts) per client.
import { sql } from "kysely";
import { toSessionRef, type HomeRows } from "../../../domain";
import type { ScopeContext } from "../scope-context";

export async function readHome(ctx: ScopeContext): Promise<HomeRows> {
  const practiceId = ctx.caller.practiceId;
  const clients = await ctx.db
    .selectFrom("clients as c")
    .select(["c.id", "c.name"])
    .where("c.practiceId", "=", practiceId)
    .where("c.status", "<>", "archived")
    // Trust (issue 14): staff see only the clients whose care team they are on.
    .$if(ctx.limitedToCareTeam, (qb) => qb.where("c.id", "in", ctx.careTeamClientIds()))
    .orderBy(sql`lower(c.name)`)
    .orderBy("c.id")
    .execute();
  if (clients.length === 0) return { clients: [], drafts: [] };
  const ids = clients.map((c) => c.id);
  const ref = ["s.id", "s.number", "s.date", "s.status", "s.courseId", "s.clientId"] as const;
  const [latest, drafts] = await Promise.all([
    // Each client's latest session in process order (date, then number) and its count, each a
    // seek in sessions_client_order (migration 012) rather than a pass over every session.
    ctx.db
      .selectFrom("sessions as s")
      .select(ref)
      .select((eb) =>
        eb
          .selectFrom("sessions as x")
          .select(eb.fn.countAll<number | string>().as("n"))
          .whereRef("x.clientId", "=", "s.clientId")
          .as("total"),
      )
      .where("s.practiceId", "=", practiceId)
      .where("s.id", "in", (eb) =>
        eb
          .selectFrom("clients as c")
          .select((inner) =>
            inner
              .selectFrom("sessions as l")
              .select("l.id")
              .whereRef("l.clientId", "=", "c.id")
              .orderBy("l.date", "desc")
              .orderBy("l.number", "desc")
              .limit(1)
              .as("lastId"),
          )
          .where("c.id", "in", ids),
      )
      .execute(),
    ctx.db
      .selectFrom("sessions as s")
      .select(ref)
      .where("s.practiceId", "=", practiceId)
      .where("s.clientId", "in", ids)
      .where("s.status", "=", "draft")
      .orderBy("s.date")
      .orderBy("s.number")
      .execute(),
  ]);
  const latestOf = new Map(latest.map((s) => [s.clientId, s]));
  const order = new Map(ids.map((id, i) => [id, i]));
  return {
    clients: clients.map((c) => {
      const last = latestOf.get(c.id);
      return {
        id: c.id,
        name: c.name,
        lastSession: last ? toSessionRef(last) : null,
        sessions: Number(last?.total ?? 0),
      };
    }),
    // In the clients' order, each client's drafts in process order.
    drafts: drafts
      .sort((a, b) => order.get(a.clientId)! - order.get(b.clientId)!)
      .map((s) => ({ clientId: s.clientId, session: toSessionRef(s) })),
  };
}
