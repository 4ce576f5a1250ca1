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
    if (!row || !(await this.maySee(row.id))) throw notFound("client");
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
    if (!row || !clientId || !(await this.maySee(clientId))) throw notFound(what);
    this.touchClient(clientId);
    return row;
  }

  /**
   * Trust (issue 14): staff see only clients whose care team they are on (operator commands see
   * the whole practice); lists filter with `careTeamClientIds()` when this is true.
   */
  get limitedToCareTeam(): boolean {
    return this.caller.role !== "client" && this.caller.wholePractice !== true;
  }

  /** The ids of the clients whose care team the caller is on, as a subquery for `where(col, "in", …)`. */
  careTeamClientIds() {
    return this.db
      .selectFrom("careTeam")
      .select("careTeam.clientId")
      .where("careTeam.userId", "=", this.caller.userId);
  }

  /** Puts a staff member on a client's care team (a no-op when already on it). */
  async joinCareTeam(clientId: string, userId: string = this.caller.userId): Promise<void> {
    await this.db
      .insertInto("careTeam")
      .values({ clientId, userId, addedAt: this.now() })
      .onConflict((oc) => oc.columns(["clientId", "userId"]).doNothing())
      .execute();
  }

  private async maySee(clientId: string): Promise<boolean> {
    if (this.caller.role === "client") return this.caller.clientId === clientId;
    if (!this.limitedToCareTeam) return true;
    const member = await this.db
      .selectFrom("careTeam")
      .select("clientId")
      .where("clientId", "=", clientId)
      .where("userId", "=", this.caller.userId)
      .executeTakeFirst();
    return member !== undefined;
  }
}
