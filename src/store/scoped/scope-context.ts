// What an operation runs with: the caller, a database handle (the transaction, for writes) and
// loaders that only ever return rows of the caller's practice, and for a client caller only
// their own record. Loaders note which client was touched, so the audit record names it.
import { sql, type Kysely, type Selectable } from "kysely";
import { notFound } from "../../domain";
import type { ClientOwnedTable, ClientsTable, Database } from "../database";
import { newId } from "../new-id";
import type { DialectAdapter } from "../dialect";
import type { Caller } from "../store";

export class ScopeContext {
  /** The client whose data this operation read or wrote; goes into the audit record. */
  touchedClientId: string | null = null;

  /** A read operation's client records, once each: its parts (consents, measures…) ask again. */
  private readonly clientsSeen = new Map<string, Promise<Selectable<ClientsTable>>>();

  constructor(
    readonly db: Kysely<Database>,
    readonly caller: Caller,
    readonly adapter: DialectAdapter,
    /** A read operation: nothing it does changes a record it loaded, so a load can be reused. */
    readonly reading = false,
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
    if (!this.reading) return this.loadClient(clientId);
    let seen = this.clientsSeen.get(clientId);
    if (!seen) this.clientsSeen.set(clientId, (seen = this.loadClient(clientId)));
    // A copy each time: one part of the operation may not change what another reads.
    return { ...(await seen) };
  }

  private async loadClient(clientId: string): Promise<Selectable<ClientsTable>> {
    const found = await this.db
      .selectFrom("clients")
      .selectAll()
      .select(this.onCareTeam("clients.id"))
      .where("id", "=", clientId)
      .where("practiceId", "=", this.caller.practiceId)
      .executeTakeFirst();
    if (!found) throw notFound("client");
    const { onCareTeam, ...row } = found;
    if (!this.maySeeFound(row.id, onCareTeam)) throw notFound("client");
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
    const found = (await this.db
      .selectFrom(table as "courses")
      .selectAll()
      .select(this.onCareTeam(`${table as "courses"}.clientId`))
      .where("id", "=", id)
      .where("practiceId", "=", this.caller.practiceId)
      .executeTakeFirst()) as (Selectable<Database[T]> & { onCareTeam: unknown }) | undefined;
    if (!found) throw notFound(what);
    const { onCareTeam, ...row } = found;
    const clientId = (row as { clientId?: string }).clientId;
    if (!clientId || !this.maySeeFound(clientId, onCareTeam)) throw notFound(what);
    this.touchClient(clientId);
    return row as unknown as Selectable<Database[T]>;
  }

  /**
   * Whether the caller is on the care team of the row's client, read with the row itself (one
   * round trip, not two: on PostgreSQL every request that names a record paid for a second).
   */
  private onCareTeam(clientColumn: "clients.id" | "courses.clientId") {
    return sql<number | boolean>`exists (select 1 from care_team ct where ct.client_id = ${sql.ref(
      clientColumn,
    )} and ct.user_id = ${this.caller.userId})`.as("onCareTeam");
  }

  private maySeeFound(clientId: string, onCareTeam: unknown): boolean {
    if (this.caller.role === "client") return this.caller.clientId === clientId;
    if (!this.limitedToCareTeam) return true;
    // SQLite answers 1 or 0, PostgreSQL true or false.
    return onCareTeam === true || Number(onCareTeam) === 1;
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
}
