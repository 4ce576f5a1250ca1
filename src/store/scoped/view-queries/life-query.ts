// The life timeline: memory pieces that carry an age or a period, a count of those that carry
// neither, and the life events; nothing else of the sessions but their refs.
import type { LifeRows } from "../../../domain";
import { lifeEventOperations } from "../life-events";
import type { ScopeContext } from "../scope-context";
import { allSessionRefs } from "./session-refs";

export async function readLife(ctx: ScopeContext, clientId: string): Promise<LifeRows> {
  const client = await ctx.requireClient(clientId);
  const memories = ctx.db
    .selectFrom("pieces as p")
    .innerJoin("sessions as s", "s.id", "p.sessionId")
    .where("p.clientId", "=", clientId)
    .where("s.clientId", "=", clientId)
    .where("p.kind", "=", "memory");
  const [sessions, placed, unplaced, lifeEvents] = await Promise.all([
    allSessionRefs(ctx, clientId),
    memories
      .select(["p.id", "p.sessionId", "p.text", "p.age", "p.period"])
      .where((eb) => eb.or([eb("p.age", "is not", null), eb("p.period", "is not", null)]))
      .orderBy("s.date")
      .orderBy("s.number")
      .orderBy("p.position")
      .execute(),
    memories
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("p.age", "is", null)
      .where("p.period", "is", null)
      .executeTakeFirstOrThrow(),
    lifeEventOperations.listLifeEvents.run(ctx, clientId),
  ]);
  return {
    dateOfBirth: client.dateOfBirth,
    sessions,
    memories: placed.map((m) => ({
      pieceId: m.id,
      sessionId: m.sessionId!,
      text: m.text,
      age: m.age,
      period: m.period,
    })),
    unplaced: Number(unplaced.n),
    lifeEvents: lifeEvents.map((e) => ({
      id: e.id,
      title: e.title,
      notes: e.notes,
      date: e.date,
      age: e.age,
    })),
  };
}
