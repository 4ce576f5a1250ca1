// What an operation runs with: the caller, a database handle (the transaction, for writes) and
// loaders that only ever return rows of the caller's practice, and for a client caller only
// their own record. Loaders note which client was touched, so the audit record names it.
import type { Kysely, Selectable } from "kysely";
import { notFound } from "../../domain";
import type { ClientOwnedTable, ClientsTable, Database } from "../database";
import { newId } from "../new-id";
import type { DialectAdapter } from "../dialect";
import type { Caller } from "../store";

export class ScopeContext {
  /** The client whose data this operation read or wrote; goes into the audit record. */
  touchedClientId: string | null = null;

  constructor(
    readonly db: Kysely<Database>,
    readonly caller: Caller,
    readonly adapter: DialectAdapter,
  ) {}

  now(): string {
    return new Date().toISOString();
  }

  /** The columns every new record of a client starts with: a new id, its practice and client, and now. */
  newClientRecord(clientId: string, at = this.now()) {
    return {
      id: newId(),
      practiceId: this.caller.practiceId,
      clientId,
      createdAt: at,
      updatedAt: at,
    };
  }

  touchClient(clientId: string): void {
    this.touchedClientId = clientId;
  }

  /** The client record, or not_found when it is another practice's or (for a client caller) someone else's. */
  async requireClient(clientId: string): Promise<Selectable<ClientsTable>> {
    const row = await this.db
      .selectFrom("clients")
      .selectAll()
      .where("id", "=", clientId)
      .where("practiceId", "=", this.caller.practiceId)
      .executeTakeFirst();
    if (!row || !this.mayTouch(row.id)) throw notFound("client");
    this.touchClient(row.id);
    return row;
  }

  /** A client's record by id, with the same rule as requireClient. */
  async requireOwned<T extends ClientOwnedTable>(
    table: T,
    id: string,
    what: string,
  ): Promise<Selectable<Database[T]>> {
    // One query shape for every client-owned table; the cast is what Kysely cannot infer from a union name.
    const row = (await this.db
      .selectFrom(table as "courses")
      .selectAll()
      .where("id", "=", id)
      .where("practiceId", "=", this.caller.practiceId)
      .executeTakeFirst()) as Selectable<Database[T]> | undefined;
    const clientId = (row as { clientId?: string } | undefined)?.clientId;
    if (!row || !clientId || !this.mayTouch(clientId)) throw notFound(what);
    this.touchClient(clientId);
    return row;
  }

  private mayTouch(clientId: string): boolean {
    return this.caller.role !== "client" || this.caller.clientId === clientId;
  }
}
