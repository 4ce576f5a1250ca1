// Accepting a portal invitation happens before the client has a login, so it is part of the auth
// store, not of a scoped one: look the invitation up by the hash of its token, then, in one
// transaction, mark it used (only if still pending) and create the client's login.
import type { Kysely } from "kysely";
import { conflict, notFound, type User } from "../domain";
import type { Database } from "./database";
import { toInvitation } from "./scoped/invitations";
import type { AuthStore, SystemStore } from "./store";

type InsertUser = (
  trx: Kysely<Database>,
  practiceId: string,
  user: Parameters<SystemStore["createUser"]>[1],
) => Promise<User>;

export function invitationAcceptance(
  db: Kysely<Database>,
  insertUser: InsertUser,
): Pick<AuthStore, "findInvitation" | "acceptInvitation"> {
  async function find(trx: Kysely<Database>, tokenHash: string) {
    return trx
      .selectFrom("invitations as i")
      .innerJoin("clients as c", "c.id", "i.clientId")
      .innerJoin("practices as p", "p.id", "i.practiceId")
      .selectAll("i")
      .select(["c.name as clientName", "p.name as practiceName"])
      .where("i.tokenHash", "=", tokenHash)
      .executeTakeFirst();
  }
  return {
    async findInvitation(tokenHash, now = new Date().toISOString()) {
      const row = await find(db, tokenHash);
      if (!row) return null;
      const { clientName, practiceName, ...invitation } = row;
      return { invitation: toInvitation(invitation, now), clientName, practiceName };
    },

    async acceptInvitation(tokenHash, passwordHash, now = new Date().toISOString()) {
      return db.transaction().execute(async (trx) => {
        const row = await find(trx, tokenHash);
        if (!row) throw notFound("invitation");
        const { numUpdatedRows } = await trx
          .updateTable("invitations")
          .set({ acceptedAt: now })
          .where("id", "=", row.id)
          .where("acceptedAt", "is", null)
          .where("revokedAt", "is", null)
          .where("expiresAt", ">", now)
          .executeTakeFirstOrThrow();
        const login = await trx
          .selectFrom("users")
          .select("id")
          .where("clientId", "=", row.clientId)
          .executeTakeFirst();
        if (login) throw conflict("you already have a portal login; log in with it");
        if (numUpdatedRows === 0n)
          throw conflict("this invitation link is no longer valid; ask your practitioner for a new one");
        return insertUser(trx, row.practiceId, {
          name: row.clientName,
          email: row.email,
          role: "client",
          clientId: row.clientId,
          passwordHash,
        });
      });
    },
  };
}
