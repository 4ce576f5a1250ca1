// The SystemStore written once over Kysely; sqlite/ and postgres/ supply the connection and the
// dialect adapter. Unscoped: for setup, login, migrations, backup and seeding. Requests get
// `scoped(caller)`.
import { sql, type Kysely, type Selectable } from "kysely";
import { conflict, invalid, type Practice, type User } from "../domain";
import type { Database, LoginSessionsTable, UsersTable } from "./database";
import type { DialectAdapter } from "./dialect";
import { runMigrations } from "./migrate";
import { newId } from "./new-id";
import { createScopedStore } from "./scoped/scoped-store";
import type { LoginSession, SystemStore } from "./store";

export function createSystemStore(db: Kysely<Database>, adapter: DialectAdapter): SystemStore {
  const env = { db, adapter };
  const now = () => new Date().toISOString();

  async function insertUser(
    trx: Kysely<Database>,
    practiceId: string,
    user: Parameters<SystemStore["createUser"]>[1],
  ): Promise<User> {
    if ((user.role === "client") !== (user.clientId !== null)) {
      throw invalid("the user is not valid", [
        {
          path: "clientId",
          message: "a client login needs its client record, and only a client login has one",
        },
      ]);
    }
    if (user.clientId !== null) {
      const client = await trx
        .selectFrom("clients")
        .select("id")
        .where("id", "=", user.clientId)
        .where("practice_id", "=", practiceId)
        .executeTakeFirst();
      if (!client)
        throw invalid("the user is not valid", [
          { path: "clientId", message: "no such client in this practice" },
        ]);
    }
    const at = now();
    const row: Selectable<UsersTable> = {
      id: newId(),
      practice_id: practiceId,
      name: user.name,
      email: normaliseEmail(user.email),
      role: user.role,
      client_id: user.clientId,
      password_hash: user.passwordHash,
      disabled: 0,
      created_at: at,
      updated_at: at,
    };
    try {
      await trx.insertInto("users").values(row).execute();
    } catch (err) {
      if (adapter.isUniqueViolation(err)) throw conflict("a user with this email already exists");
      throw err;
    }
    return toUser(row);
  }

  const store: SystemStore = {
    dialect: adapter.dialect,

    async migrate() {
      await runMigrations(db, adapter);
    },

    async close() {
      await db.destroy();
    },

    async hasAnyPractice() {
      return (await db.selectFrom("practices").select("id").limit(1).executeTakeFirst()) !== undefined;
    },

    async createPracticeWithUser(practiceName, user) {
      return db.transaction().execute(async (trx) => {
        const practice: Practice = { id: newId(), name: practiceName.trim(), createdAt: now() };
        await trx
          .insertInto("practices")
          .values({ id: practice.id, name: practice.name, created_at: practice.createdAt })
          .execute();
        return { practice, user: await insertUser(trx, practice.id, { ...user, clientId: null }) };
      });
    },

    async createUser(practiceId, user) {
      return db.transaction().execute((trx) => insertUser(trx, practiceId, user));
    },

    async getPractice(practiceId) {
      const row = await db
        .selectFrom("practices")
        .selectAll()
        .where("id", "=", practiceId)
        .executeTakeFirst();
      return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
    },

    async listPractices() {
      const rows = await db.selectFrom("practices").selectAll().orderBy("created_at").orderBy("id").execute();
      return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
    },

    async getUser(userId) {
      const row = await db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async findUserForLogin(email) {
      const row = await db
        .selectFrom("users")
        .selectAll()
        .where("email", "=", normaliseEmail(email))
        .executeTakeFirst();
      return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
    },

    async createLoginSession(session) {
      await db
        .insertInto("login_sessions")
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          practice_id: session.practiceId,
          role: session.role,
          client_id: session.clientId,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },

    async findLoginSession(tokenHash) {
      const row = await db
        .selectFrom("login_sessions")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row ? toLoginSession(row) : null;
    },

    async touchLoginSession(tokenHash, lastSeenAt) {
      await db
        .updateTable("login_sessions")
        .set({ last_seen_at: lastSeenAt })
        .where("token_hash", "=", tokenHash)
        .execute();
    },

    async deleteLoginSession(tokenHash) {
      await db.deleteFrom("login_sessions").where("token_hash", "=", tokenHash).execute();
    },

    async deleteExpiredLoginSessions(at) {
      const result = await db.deleteFrom("login_sessions").where("expires_at", "<=", at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async hitRateLimit(key, windowMs, at = new Date()) {
      const nowIso = at.toISOString();
      const resetAt = new Date(at.getTime() + windowMs).toISOString();
      const expired = sql<boolean>`rate_limits.reset_at <= ${nowIso}`;
      const row = await db
        .insertInto("rate_limits")
        .values({ key, count: 1, reset_at: resetAt })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`CASE WHEN ${expired} THEN 1 ELSE rate_limits.count + 1 END`,
            reset_at: sql<string>`CASE WHEN ${expired} THEN ${resetAt} ELSE rate_limits.reset_at END`,
          }),
        )
        .returning(["count", "reset_at"])
        .executeTakeFirstOrThrow();
      // Forget windows long past, now and then, so the table stays the size of current traffic.
      if (Math.random() < 0.01) await db.deleteFrom("rate_limits").where("reset_at", "<", nowIso).execute();
      return { count: Number(row.count), resetAt: row.reset_at };
    },

    async recordAudit(entry) {
      await db
        .insertInto("audit_log")
        .values({
          id: newId(),
          practice_id: entry.practiceId,
          at: now(),
          user_id: entry.userId,
          action: entry.action,
          resource_type: entry.resourceType,
          resource_id: entry.resourceId,
          client_id: entry.clientId,
        })
        .execute();
    },

    scoped(caller) {
      return createScopedStore(env, caller);
    },
  };
  return store;
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    practiceId: row.practice_id,
    name: row.name,
    email: row.email,
    role: row.role,
    clientId: row.client_id,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toLoginSession(row: Selectable<LoginSessionsTable>): LoginSession {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    practiceId: row.practice_id,
    role: row.role,
    clientId: row.client_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}
