// Trust (issue 14): the TOTP second factor in the auth store, written once for both dialects.
// Every "use once" is a single conditional UPDATE, so of two racing uses of the same code or
// time step exactly one succeeds, on every app instance.
import type { Kysely } from "kysely";
import { forbidden } from "../domain";
import type { Database } from "./database";
import type { AuthStore } from "./store";

type SecondFactorMethods = Pick<
  AuthStore,
  | "getSecondFactor"
  | "startTotpEnrolment"
  | "confirmTotpEnrolment"
  | "useTotpStep"
  | "useRecoveryCode"
  | "removeSecondFactor"
  | "createLoginChallenge"
  | "findLoginChallenge"
  | "deleteLoginChallenge"
>;

/** Recovery codes are tried this many times when another use changed the list meanwhile. */
const RETRIES = 5;

export function secondFactorStore(db: Kysely<Database>): SecondFactorMethods {
  const now = () => new Date().toISOString();
  return {
    async getSecondFactor(userId) {
      const row = await db
        .selectFrom("users")
        .select(["role", "totpSecret", "totpPendingSecret", "totpLastStep", "recoveryCodes"])
        .where("id", "=", userId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        role: row.role,
        secret: row.totpSecret,
        pendingSecret: row.totpPendingSecret,
        lastStep: row.totpLastStep === null ? null : Number(row.totpLastStep),
        recoveryCodeHashes: JSON.parse(row.recoveryCodes) as string[],
      };
    },

    async startTotpEnrolment(userId, secret) {
      const result = await db
        .updateTable("users")
        .set({ totpPendingSecret: secret, updatedAt: now() })
        .where("id", "=", userId)
        .where("role", "<>", "client")
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw forbidden("a second factor is for staff accounts");
    },

    async confirmTotpEnrolment(userId, pendingSecret, step, recoveryCodeHashes) {
      const result = await db
        .updateTable("users")
        .set({
          totpSecret: pendingSecret,
          totpPendingSecret: null,
          totpLastStep: step,
          recoveryCodes: JSON.stringify(recoveryCodeHashes),
          updatedAt: now(),
        })
        .where("id", "=", userId)
        .where("totpPendingSecret", "=", pendingSecret)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async useTotpStep(userId, step) {
      const result = await db
        .updateTable("users")
        .set({ totpLastStep: step })
        .where("id", "=", userId)
        .where("totpSecret", "is not", null)
        .where((eb) => eb.or([eb("totpLastStep", "is", null), eb("totpLastStep", "<", step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async useRecoveryCode(userId, codeHash) {
      for (let i = 0; i < RETRIES; i++) {
        const row = await db
          .selectFrom("users")
          .select("recoveryCodes")
          .where("id", "=", userId)
          .where("totpSecret", "is not", null)
          .executeTakeFirst();
        if (!row) return false;
        const codes = JSON.parse(row.recoveryCodes) as string[];
        if (!codes.includes(codeHash)) return false;
        // Compare-and-set on the whole list: a racing use of the same code finds it changed.
        const result = await db
          .updateTable("users")
          .set({ recoveryCodes: JSON.stringify(codes.filter((c) => c !== codeHash)) })
          .where("id", "=", userId)
          .where("recoveryCodes", "=", row.recoveryCodes)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) return true;
      }
      return false;
    },

    async removeSecondFactor(userId) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({
            totpSecret: null,
            totpPendingSecret: null,
            totpLastStep: null,
            recoveryCodes: "[]",
            updatedAt: now(),
          })
          .where("id", "=", userId)
          .execute();
        await trx.deleteFrom("loginChallenges").where("userId", "=", userId).execute();
      });
    },

    async createLoginChallenge(tokenHash, userId, expiresAt) {
      // Forget this user's stale challenges as new ones come, so the table stays small.
      await db
        .deleteFrom("loginChallenges")
        .where("userId", "=", userId)
        .where("expiresAt", "<=", now())
        .execute();
      await db.insertInto("loginChallenges").values({ tokenHash, userId, expiresAt }).execute();
    },

    async findLoginChallenge(tokenHash, at = now()) {
      const row = await db
        .selectFrom("loginChallenges")
        .select(["userId", "expiresAt"])
        .where("tokenHash", "=", tokenHash)
        .executeTakeFirst();
      return row && row.expiresAt > at ? row.userId : null;
    },

    async deleteLoginChallenge(tokenHash) {
      await db.deleteFrom("loginChallenges").where("tokenHash", "=", tokenHash).execute();
    },
  };
}
