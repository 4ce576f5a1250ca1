// Trust (issue 14): the care team of a client — the staff who may see their records. The
// creator of a client is on it from the start; a member or an administrator shares the client
// with a colleague (or stops sharing). Administrators manage teams without reading records.
import { conflict, invalid, notFound, type CareTeamMember } from "../../domain";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const audit = (action: "read" | "share" | "unshare") => ({
  action,
  resourceType: "client" as const,
  resourceId: (args: unknown[]) => args[0] as string,
});

export const careTeamOperations: OperationsFor<
  "listCareTeam" | "addCareTeamMember" | "removeCareTeamMember"
> = {
  listCareTeam: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await requireTeamClient(ctx, clientId);
      return members(ctx, clientId);
    },
  },

  addCareTeamMember: {
    access: "staff",
    writes: true,
    audit: audit("share"),
    async run(ctx, clientId, userId) {
      await requireTeamClient(ctx, clientId);
      const user = await ctx.db
        .selectFrom("users")
        .select(["id", "role", "disabled"])
        .where("id", "=", userId)
        .where("practiceId", "=", ctx.caller.practiceId)
        .executeTakeFirst();
      if (!user || user.role === "client" || user.disabled === 1)
        throw invalid("the colleague is not valid", [
          { path: "userId", message: "no active staff member of this practice has this id" },
        ]);
      await ctx.joinCareTeam(clientId, userId);
      return members(ctx, clientId);
    },
  },

  removeCareTeamMember: {
    access: "staff",
    writes: true,
    audit: audit("unshare"),
    async run(ctx, clientId, userId) {
      await requireTeamClient(ctx, clientId);
      // A client with nobody on the team would be seen by no practitioner at all: the last
      // member stays until the client is shared with someone else.
      const others = await ctx.db
        .selectFrom("careTeam")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("clientId", "=", clientId)
        .where("userId", "!=", userId)
        .executeTakeFirstOrThrow();
      if (Number(others.n) === 0)
        throw conflict(
          "the last member of the care team cannot be removed: share the client with a colleague first",
        );
      await ctx.db
        .deleteFrom("careTeam")
        .where("clientId", "=", clientId)
        .where("userId", "=", userId)
        .execute();
      return members(ctx, clientId);
    },
  },
};

/** A member may manage the team; an administrator of the practice may too, without being on it. */
async function requireTeamClient(ctx: ScopeContext, clientId: string): Promise<void> {
  if (ctx.caller.role !== "admin") {
    await ctx.requireClient(clientId);
    return;
  }
  const row = await ctx.db
    .selectFrom("clients")
    .select("id")
    .where("id", "=", clientId)
    .where("practiceId", "=", ctx.caller.practiceId)
    .executeTakeFirst();
  if (!row) throw notFound("client");
  ctx.touchClient(clientId);
}

async function members(ctx: ScopeContext, clientId: string): Promise<CareTeamMember[]> {
  const rows = await ctx.db
    .selectFrom("careTeam")
    .innerJoin("users", "users.id", "careTeam.userId")
    .select(["careTeam.userId", "users.name", "users.role", "careTeam.addedAt"])
    .where("careTeam.clientId", "=", clientId)
    .orderBy("users.name")
    .orderBy("careTeam.userId")
    .execute();
  return rows;
}
