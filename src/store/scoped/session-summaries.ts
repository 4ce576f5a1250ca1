// The overview's light list of a client's sessions: the columns of a SessionRef and each
// session's piece count, counted in SQL, instead of every session with all its pieces.
import type { SessionSummary } from "../../domain";
import type { OperationsFor } from "./operation";

export const sessionSummaryOperations: OperationsFor<"listSessionSummaries"> = {
  listSessionSummaries: {
    access: "staff",
    writes: false,
    audit: { action: "read", resourceType: "session" },
    async run(ctx, clientId): Promise<SessionSummary[]> {
      await ctx.requireClient(clientId);
      // The client is the caller's (requireClient): its pieces are then counted by client alone,
      // from the pieces_client_view index (session pieces only; it holds no practice id).
      const rows = await ctx.db
        .selectFrom("sessions as s")
        .leftJoin(
          (eb) =>
            eb
              .selectFrom("pieces")
              .select(["sessionId", (c) => c.fn.countAll<number | string>().as("n")])
              .where("clientId", "=", clientId)
              .where("sessionId", "is not", null)
              .groupBy("sessionId")
              .as("c"),
          (join) => join.onRef("c.sessionId", "=", "s.id"),
        )
        .select(["s.id", "s.number", "s.date", "s.status", "s.courseId", "c.n"])
        .where("s.practiceId", "=", ctx.caller.practiceId)
        .where("s.clientId", "=", clientId)
        // Process order, as the views' axis (the sessions_client_order index of migration 012).
        .orderBy("s.date")
        .orderBy("s.number")
        .execute();
      return rows.map(({ n, ...ref }) => ({ ...ref, pieceCount: Number(n ?? 0) }));
    },
  },
};
