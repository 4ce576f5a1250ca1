// Trust (issue 14): the practice's accounts, for its administrators. Disabling an account or
// changing its role ends its login sessions at once (a session carries the role it began with).
// No operation here reads clinical data.
import type { Selectable } from "kysely";
import { conflict, invalid, notFound, UserInput, type Account } from "../../domain";
import type { UsersTable } from "../database";
import { parseInput } from "../parse-input";
import { insertUserRow } from "../user-rows";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const audit = (
  action: "read" | "create" | "disable" | "enable" | "role-change" | "password-reset" | "second-factor",
) => ({
  action,
  resourceType: "user" as const,
});

export const accountOperations: OperationsFor<
  | "listAccounts"
  | "createAccount"
  | "disableAccount"
  | "enableAccount"
  | "setAccountRole"
  | "startPasswordReset"
  | "resetSecondFactor"
> = {
  listAccounts: {
    access: "admin",
    writes: false,
    audit: null,
    async run(ctx) {
      const rows = await ctx.db
        .selectFrom("users")
        .selectAll()
        .where("practiceId", "=", ctx.caller.practiceId)
        .orderBy("name")
        .orderBy("id")
        .execute();
      return rows.map(toAccount);
    },
  },

  createAccount: {
    access: "admin",
    writes: true,
    audit: audit("create"),
    async run(ctx, input, passwordHash) {
      const data = parseInput(UserInput, input);
      const user = await insertUserRow(ctx.db, ctx.adapter, ctx.caller.practiceId, { ...data, passwordHash });
      return toAccount(await requireAccount(ctx, user.id));
    },
  },

  disableAccount: {
    access: "admin",
    writes: true,
    audit: { ...audit("disable"), resourceId: ([userId]) => userId },
    async run(ctx, userId) {
      const row = await requireAccount(ctx, userId);
      if (userId === ctx.caller.userId) throw conflict("you cannot disable your own account");
      if (row.role === "admin") await requireAnotherAdmin(ctx, userId);
      await ctx.db
        .updateTable("users")
        .set({ disabled: 1, updatedAt: ctx.now() })
        .where("id", "=", userId)
        .execute();
      // Every open login session ends with the same commit.
      await ctx.db.deleteFrom("loginSessions").where("userId", "=", userId).execute();
      return toAccount({ ...row, disabled: 1 });
    },
  },

  enableAccount: {
    access: "admin",
    writes: true,
    audit: { ...audit("enable"), resourceId: ([userId]) => userId },
    async run(ctx, userId) {
      const row = await requireAccount(ctx, userId);
      await ctx.db
        .updateTable("users")
        .set({ disabled: 0, updatedAt: ctx.now() })
        .where("id", "=", userId)
        .execute();
      return toAccount({ ...row, disabled: 0 });
    },
  },

  setAccountRole: {
    access: "admin",
    writes: true,
    audit: { ...audit("role-change"), resourceId: ([userId]) => userId },
    async run(ctx, userId, role) {
      const row = await requireAccount(ctx, userId);
      if (row.role === "client" || role === "client")
        throw invalid("the role is not valid", [
          {
            path: "role",
            message: "a client's login stays a client login; staff roles are admin and practitioner",
          },
        ]);
      if (row.role === "admin" && role !== "admin") await requireAnotherAdmin(ctx, userId);
      await ctx.db
        .updateTable("users")
        .set({ role, updatedAt: ctx.now() })
        .where("id", "=", userId)
        .execute();
      await ctx.db.deleteFrom("loginSessions").where("userId", "=", userId).execute();
      return toAccount({ ...row, role });
    },
  },

  startPasswordReset: {
    access: "admin",
    writes: true,
    audit: { ...audit("password-reset"), resourceId: ([userId]) => userId },
    async run(ctx, userId, tokenHash, expiresAt) {
      const row = await requireAccount(ctx, userId);
      // One link at a time: a new one replaces any earlier.
      await ctx.db.deleteFrom("passwordResets").where("userId", "=", userId).execute();
      await ctx.db.insertInto("passwordResets").values({ tokenHash, userId, expiresAt }).execute();
      return toAccount(row);
    },
  },

  // Second factor: for a lost phone. The account logs in with its password alone until it
  // enrols again; its open login sessions are left as they are.
  resetSecondFactor: {
    access: "admin",
    writes: true,
    audit: { ...audit("second-factor"), resourceId: ([userId]) => userId },
    async run(ctx, userId) {
      const row = await requireAccount(ctx, userId);
      await ctx.db
        .updateTable("users")
        .set({
          totpSecret: null,
          totpPendingSecret: null,
          totpLastStep: null,
          recoveryCodes: "[]",
          updatedAt: ctx.now(),
        })
        .where("id", "=", userId)
        .execute();
      await ctx.db.deleteFrom("loginChallenges").where("userId", "=", userId).execute();
      return toAccount({ ...row, totpSecret: null, totpPendingSecret: null, recoveryCodes: "[]" });
    },
  },
};

async function requireAccount(ctx: ScopeContext, userId: string): Promise<Selectable<UsersTable>> {
  const row = await ctx.db
    .selectFrom("users")
    .selectAll()
    .where("id", "=", userId)
    .where("practiceId", "=", ctx.caller.practiceId)
    .executeTakeFirst();
  if (!row) throw notFound("account");
  return row;
}

async function requireAnotherAdmin(ctx: ScopeContext, userId: string): Promise<void> {
  const other = await ctx.db
    .selectFrom("users")
    .select("id")
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("role", "=", "admin")
    .where("disabled", "=", 0)
    .where("id", "<>", userId)
    .executeTakeFirst();
  if (!other) throw conflict("the practice needs at least one active administrator");
}

function toAccount(row: Selectable<UsersTable>): Account {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    clientId: row.clientId,
    disabled: row.disabled === 1,
    secondFactor: row.totpSecret !== null,
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
  };
}
