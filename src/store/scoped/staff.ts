// Care-team card: the practice's active staff, so a member of a client's care team can choose a
// colleague to share the client with. Names and roles only: no email, no clients, no clinical
// data (the accounts screen, admin-only, is where emails are).
import type { OperationsFor } from "./operation";

export const staffOperations: OperationsFor<"listStaff"> = {
  listStaff: {
    access: "staff",
    writes: false,
    audit: null,
    async run(ctx) {
      return ctx.db
        .selectFrom("users")
        .select(["id", "name", "role"])
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("role", "!=", "client")
        .where("disabled", "=", 0)
        .orderBy("name")
        .orderBy("id")
        .execute();
    },
  },
};
