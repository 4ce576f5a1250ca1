// The SystemStore written once over Kysely; sqlite/ and postgres/ supply the connection and the
// dialect adapter. Unscoped: for setup, login, migrations, backup and seeding. Requests get
// `scoped(caller)`.
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Practice } from "../domain";
import type { Database } from "./database";
import type { DialectAdapter } from "./dialect";
import { verifyAuditChain } from "./audit-chain";
import { AuditQueue } from "./audit-queue";
import { runMigrations } from "./migrate";
import { newId } from "./new-id";
import { insertUserRow, normaliseEmail, toUser, type NewUserRow } from "./user-rows";
import { createScopedStore } from "./scoped/scoped-store";
import { invitationAcceptance } from "./invitation-acceptance";
import { secondFactorStore } from "./second-factor-store";
import type { SystemStore, ThrottlePolicy } from "./store";

export function createSystemStore(db: Kysely<Database>, adapter: DialectAdapter): SystemStore {
  const audit = new AuditQueue(db, adapter);
  const env = { db, adapter, audit };
  const now = () => new Date().toISOString();

  const insertUser = (trx: Kysely<Database>, practiceId: string, user: NewUserRow) =>
    insertUserRow(trx, adapter, practiceId, user);

  const store: SystemStore = {
    dialect: adapter.dialect,

    async migrate() {
      await runMigrations(db, adapter);
    },

    async close() {
      // Audit records still queued are written before the database goes.
      await audit.close();
      await db.destroy();
    },

    async hasAnyPractice() {
      return (await db.selectFrom("practices").select("id").limit(1).executeTakeFirst()) !== undefined;
    },

    async createPracticeWithUser(practiceName, user) {
      return db.transaction().execute(async (trx) => {
        const practice: Practice = { id: newId(), name: practiceName.trim(), createdAt: now() };
        await trx.insertInto("practices").values(practice).execute();
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
      return row ?? null;
    },

    async listPractices() {
      return db.selectFrom("practices").selectAll().orderBy("createdAt").orderBy("id").execute();
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
      return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
    },

    async createLoginSession(session) {
      await db.insertInto("loginSessions").values(session).execute();
      // Every login opens a session here, so this is when the account last logged in.
      await db
        .updateTable("users")
        .set({ lastLoginAt: session.createdAt })
        .where("id", "=", session.userId)
        .execute();
    },

    async findLoginSession(tokenHash) {
      // A disabled account's sessions count as gone even before they are deleted.
      const row = await db
        .selectFrom("loginSessions")
        .innerJoin("users", "users.id", "loginSessions.userId")
        .selectAll("loginSessions")
        .where("loginSessions.tokenHash", "=", tokenHash)
        .where("users.disabled", "=", 0)
        .executeTakeFirst();
      return row ?? null;
    },

    async touchLoginSession(tokenHash, lastSeenAt) {
      await db.updateTable("loginSessions").set({ lastSeenAt }).where("tokenHash", "=", tokenHash).execute();
    },

    async deleteLoginSession(tokenHash) {
      await db.deleteFrom("loginSessions").where("tokenHash", "=", tokenHash).execute();
    },

    async deleteExpiredLoginSessions(at) {
      const result = await db.deleteFrom("loginSessions").where("expiresAt", "<=", at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async hitRateLimit(key, windowMs, at = new Date()) {
      const nowIso = at.toISOString();
      const resetAt = new Date(at.getTime() + windowMs).toISOString();
      // Raw SQL names the real snake_case columns (the CamelCasePlugin maps only built identifiers).
      const expired = sql<boolean>`rate_limits.reset_at <= ${nowIso}`;
      const row = await db
        .insertInto("rateLimits")
        .values({ key, count: 1, resetAt })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`CASE WHEN ${expired} THEN 1 ELSE rate_limits.count + 1 END`,
            resetAt: sql<string>`CASE WHEN ${expired} THEN ${resetAt} ELSE rate_limits.reset_at END`,
          }),
        )
        .returning(["count", "resetAt"])
        .executeTakeFirstOrThrow();
      // Forget windows long past, now and then, so the table stays the size of current traffic.
      if (Math.random() < 0.01) await db.deleteFrom("rateLimits").where("resetAt", "<", nowIso).execute();
      return { count: Number(row.count), resetAt: row.resetAt };
    },

    async recordAudit(entry) {
      await audit.record(entry);
    },

    async takeLoginAttempt(key, policy, nowMs = Date.now()) {
      // One atomic upsert: a key that may go now counts the attempt and sets when the next one
      // may come; a key that must wait is left alone (the WHERE of DO UPDATE) and returns nothing.
      const forgetBefore = nowMs - policy.forgetAfterMs;
      const attempts = sql<number>`CASE WHEN login_throttle.last_attempt_ms < ${forgetBefore} THEN 1 ELSE login_throttle.attempts + 1 END`;
      const row = await db
        .insertInto("loginThrottle")
        .values({
          key,
          attempts: 1,
          lastAttemptMs: nowMs,
          nextAllowedMs: nowMs + delayAfter(policy, 1),
        })
        .onConflict((oc) =>
          oc
            .column("key")
            .doUpdateSet({
              attempts,
              lastAttemptMs: nowMs,
              nextAllowedMs: sql<number>`cast(${nowMs} as bigint) + ${delayCase(policy, attempts)}`,
            })
            .where(sql<boolean>`login_throttle.next_allowed_ms <= ${nowMs}`),
        )
        .returning("attempts")
        .executeTakeFirst();
      if (row) return { allowed: true as const };
      const waiting = await db
        .selectFrom("loginThrottle")
        .select("nextAllowedMs")
        .where("key", "=", key)
        .executeTakeFirst();
      return {
        allowed: false as const,
        retryAfterMs: Math.max(1, Number(waiting?.nextAllowedMs ?? 0) - nowMs),
      };
    },

    async settleLoginAttempt(key, how) {
      if (how === "clear") {
        await db.deleteFrom("loginThrottle").where("key", "=", key).execute();
        return;
      }
      await db
        .updateTable("loginThrottle")
        .set({ attempts: sql<number>`CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END` })
        .where("key", "=", key)
        .execute();
    },

    async rememberDevice(tokenHash, userId) {
      await db.insertInto("knownDevices").values({ tokenHash, userId, createdAt: now() }).execute();
    },

    async findDeviceUser(tokenHash) {
      const row = await db
        .selectFrom("knownDevices")
        .select("userId")
        .where("tokenHash", "=", tokenHash)
        .executeTakeFirst();
      return row?.userId ?? null;
    },

    async setUpFirstPractice(practiceName, user) {
      try {
        return await db.transaction().execute(async (trx) => {
          // The singleton row's primary key lets exactly one racing setup commit.
          await trx.insertInto("installation").values({ id: 1, setUpAt: now() }).execute();
          const practice: Practice = { id: newId(), name: practiceName.trim(), createdAt: now() };
          await trx.insertInto("practices").values(practice).execute();
          return { practice, user: await insertUser(trx, practice.id, { ...user, clientId: null }) };
        });
      } catch (err) {
        if (adapter.isUniqueViolation(err)) {
          const installed = await db.selectFrom("installation").select("id").executeTakeFirst();
          if (installed) return null;
        }
        throw err;
      }
    },

    async revokeLoginSessions(userId, exceptTokenHash) {
      let query = db.deleteFrom("loginSessions").where("userId", "=", userId);
      if (exceptTokenHash) query = query.where("tokenHash", "<>", exceptTokenHash);
      return Number((await query.executeTakeFirst()).numDeletedRows);
    },

    // The client portal (issue 13): accepting an invitation creates the client's login.
    ...invitationAcceptance(db, insertUser),

    // Trust (issue 14): the TOTP second factor and the login challenge between password and code.
    ...secondFactorStore(db),

    async getPasswordHash(userId) {
      const row = await db
        .selectFrom("users")
        .select("passwordHash")
        .where("id", "=", userId)
        .executeTakeFirst();
      return row?.passwordHash ?? null;
    },

    async changePassword(userId, passwordHash, keepTokenHash) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ passwordHash, updatedAt: now() })
          .where("id", "=", userId)
          .execute();
        let others = trx.deleteFrom("loginSessions").where("userId", "=", userId);
        if (keepTokenHash) others = others.where("tokenHash", "<>", keepTokenHash);
        await others.execute();
      });
    },

    async completePasswordReset(tokenHash, passwordHash, at = now()) {
      return db.transaction().execute(async (trx) => {
        // Deleting the row is what makes the link one-time: of two racing uses one deletes it.
        const link = await trx
          .deleteFrom("passwordResets")
          .where("tokenHash", "=", tokenHash)
          .returning(["userId", "expiresAt"])
          .executeTakeFirst();
        if (!link || link.expiresAt <= at) return null;
        await trx
          .updateTable("users")
          .set({ passwordHash, updatedAt: at })
          .where("id", "=", link.userId)
          .execute();
        await trx.deleteFrom("loginSessions").where("userId", "=", link.userId).execute();
        return link.userId;
      });
    },

    async verifyAuditChain() {
      await audit.flush();
      return verifyAuditChain(db);
    },

    scoped(caller, origin) {
      return createScopedStore(env, caller, origin);
    },
  };
  return store;
}

/** The wait after the n-th attempt on a key. */
export function delayAfter(policy: ThrottlePolicy, attempt: number): number {
  if (attempt < policy.free) return 0;
  const steps = policy.delaysMs;
  return steps[Math.min(attempt - policy.free, steps.length - 1)] ?? 0;
}

/** delayAfter as SQL over the attempt count being written; the policy's numbers are literals. */
function delayCase(policy: ThrottlePolicy, attempts: RawBuilder<number>): RawBuilder<number> {
  const branches = policy.delaysMs.map(
    (ms, i) => sql`WHEN ${attempts} = ${sql.lit(policy.free + i)} THEN ${sql.lit(ms)}`,
  );
  const last = policy.delaysMs.at(-1) ?? 0;
  return sql<number>`CASE WHEN ${attempts} < ${sql.lit(policy.free)} THEN 0 ${sql.join(branches, sql` `)} ELSE ${sql.lit(last)} END`;
}
