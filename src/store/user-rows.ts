// Users as rows: creating one (system store and the administrators' accounts operations share
// it) and reading one without its secrets.
import type { Kysely, Selectable } from "kysely";
import { conflict, invalid, type Role, type User } from "../domain";
import type { Database, UsersTable } from "./database";
import type { DialectAdapter } from "./dialect";
import { newId } from "./new-id";

export interface NewUserRow {
  name: string;
  email: string;
  role: Role;
  clientId: string | null;
  passwordHash: string;
}

export async function insertUserRow(
  trx: Kysely<Database>,
  adapter: DialectAdapter,
  practiceId: string,
  user: NewUserRow,
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
      .where("practiceId", "=", practiceId)
      .executeTakeFirst();
    if (!client)
      throw invalid("the user is not valid", [
        { path: "clientId", message: "no such client in this practice" },
      ]);
  }
  const at = new Date().toISOString();
  const row: Selectable<UsersTable> = {
    id: newId(),
    practiceId,
    name: user.name,
    email: normaliseEmail(user.email),
    role: user.role,
    clientId: user.clientId,
    passwordHash: user.passwordHash,
    disabled: 0,
    createdAt: at,
    updatedAt: at,
    totpSecret: null,
    recoveryCodes: "[]",
    totpPendingSecret: null,
    totpLastStep: null,
    lastLoginAt: null,
  };
  try {
    await trx.insertInto("users").values(row).execute();
  } catch (err) {
    if (adapter.isUniqueViolation(err)) throw conflict("a user with this email already exists");
    throw err;
  }
  return toUser(row);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The user without its password hash or second-factor secrets, and with `disabled` as a boolean. */
export function toUser({
  passwordHash: _hash,
  totpSecret: _totp,
  recoveryCodes: _codes,
  totpPendingSecret: _pending,
  totpLastStep: _step,
  lastLoginAt: _lastLogin,
  disabled,
  ...row
}: Selectable<UsersTable>): User {
  return { ...row, disabled: disabled === 1 };
}
