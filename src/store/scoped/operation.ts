// An operation of the scoped store is declared once with who may call it, whether it writes and
// how it is audited; `runOperation` applies those rules around its body, so no method repeats
// them (Actual Budget's `mutator(undoable(fn))`, here `audited(inTransaction(access(fn)))`).
import type { AuditRecord } from "../../domain";
import { conflict, DomainError, forbidden, notFound } from "../../domain";
import type { Kysely } from "kysely";
import { writeAuditRecord, type AuditEntry } from "../audit-chain";
import type { AuditQueue } from "../audit-queue";
import type { Database } from "../database";
import type { DialectAdapter } from "../dialect";
import type { Caller, RequestOrigin, ScopedStore } from "../store";
import { ScopeContext } from "./scope-context";

/**
 * staff: practitioner or admin. admin: admin only. staff-or-own-client: also a client caller,
 * whose first argument must then be their own client id.
 */
export type Access = "staff" | "admin" | "staff-or-own-client";

export interface Operation<A extends unknown[], R> {
  access: Access;
  /** Writes run in one transaction together with their audit record. */
  writes: boolean;
  /** Null for operations that touch no clinical data (the audit log itself). */
  audit: {
    action: AuditRecord["action"];
    resourceType: AuditRecord["resourceType"];
    /** Defaults to the id of the returned record, or null for lists. */
    resourceId?: (args: A, result: R) => string | null;
    /** A read across clients: one record per client whose records the answer shows (reads only). */
    clientsShown?: (result: R) => string[];
  } | null;
  /** Retry the whole transaction when it hits a unique constraint (concurrent session numbering). */
  retryOnUniqueViolation?: boolean;
  run(ctx: ScopeContext, ...args: A): Promise<R>;
}

type Methods = Omit<ScopedStore, "caller">;
/** The operation behind each named method of ScopedStore, typed from the interface. */
export type OperationsFor<K extends keyof Methods> = {
  [P in K]: Methods[P] extends (...args: infer A) => Promise<infer R> ? Operation<A, R> : never;
};

const STAFF: ReadonlyArray<Caller["role"]> = ["practitioner", "admin"];
const RETRIES = 50;

export interface OperationEnv {
  db: Kysely<Database>;
  adapter: DialectAdapter;
  /** Reads' records are group-committed here; writes' records are sealed by its next flush. */
  audit: AuditQueue;
}

const NO_ORIGIN: RequestOrigin = { address: null, userAgent: null };

export async function runOperation<A extends unknown[], R>(
  env: OperationEnv,
  caller: Caller,
  op: Operation<A, R>,
  args: A,
  origin: RequestOrigin = NO_ORIGIN,
): Promise<R> {
  let lastCtx: ScopeContext | null = null;
  try {
    checkAccess(caller, op.access, args);
    const result = await runChecked(env, caller, op, args, origin, (ctx) => (lastCtx = ctx));
    return result;
  } catch (err) {
    // A refused request on clinical data leaves a record too: who, what kind, which id.
    if (op.audit && err instanceof DomainError && (err.code === "forbidden" || err.code === "not_found")) {
      await env.audit
        .record({
          practiceId: caller.practiceId,
          userId: caller.userId,
          action: "denied",
          resourceType: op.audit.resourceType,
          // Only an id-shaped argument is recorded: a search query is clinical text.
          resourceId: typeof args[0] === "string" && ID_SHAPE.test(args[0]) ? args[0] : null,
          clientId: (lastCtx as ScopeContext | null)?.touchedClientId ?? null,
          ...origin,
        })
        .catch(() => undefined);
    }
    throw err;
  }
}

/** UUIDv7 and the like: letters, digits and dashes only. */
const ID_SHAPE = /^[0-9a-zA-Z-]{1,64}$/;

async function runChecked<A extends unknown[], R>(
  env: OperationEnv,
  caller: Caller,
  op: Operation<A, R>,
  args: A,
  origin: RequestOrigin,
  onContext: (ctx: ScopeContext) => void,
): Promise<R> {
  const attempt = async (db: Kysely<Database>) => {
    const ctx = new ScopeContext(db, caller, env.adapter, !op.writes);
    onContext(ctx);
    const result = await op.run(ctx, ...args);
    return { result, entry: op.audit ? auditEntry(caller, op.audit, args, result, ctx, origin) : null };
  };
  if (!op.writes) {
    // A read answers only once its record is committed (group commit: one flush for many reads).
    const { result, entry } = await attempt(env.db);
    const clients = entry && op.audit?.clientsShown?.(result);
    if (clients?.length)
      await Promise.all(clients.map((clientId) => env.audit.record({ ...entry!, clientId })));
    else if (entry) await env.audit.record(entry);
    return result;
  }
  const inTransaction = async (trx: Kysely<Database>) => {
    const { result, entry } = await attempt(trx);
    // A write's record commits or rolls back with the work itself.
    if (entry) await writeAuditRecord(trx, entry, env.adapter);
    return result;
  };
  for (let tries = 1; ; tries++) {
    try {
      return await env.db.transaction().execute(inTransaction);
    } catch (err) {
      if (!env.adapter.isUniqueViolation(err)) throw err;
      if (op.retryOnUniqueViolation && tries < RETRIES) {
        // A little random spread so the writers that clashed do not clash again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(tries, 10)));
        continue;
      }
      throw conflict("a record with these values already exists");
    }
  }
}

function auditEntry<A extends unknown[], R>(
  caller: Caller,
  audit: NonNullable<Operation<A, R>["audit"]>,
  args: A,
  result: R,
  ctx: ScopeContext,
  origin: RequestOrigin,
): AuditEntry {
  return {
    practiceId: caller.practiceId,
    userId: caller.userId,
    action: audit.action,
    resourceType: audit.resourceType,
    resourceId: audit.resourceId ? audit.resourceId(args, result) : idOf(result),
    clientId: ctx.touchedClientId,
    ...origin,
  };
}

function checkAccess(caller: Caller, access: Access, args: unknown[]): void {
  if (access === "admin") {
    if (caller.role !== "admin") throw forbidden("only an administrator may do this");
    return;
  }
  if (STAFF.includes(caller.role)) return;
  if (caller.role === "client" && access === "staff-or-own-client") {
    // Someone else's record behaves as if it did not exist.
    if (caller.clientId === null || args[0] !== caller.clientId) throw notFound("client");
    return;
  }
  throw forbidden("your role may not do this");
}

function idOf(result: unknown): string | null {
  if (
    result &&
    typeof result === "object" &&
    !Array.isArray(result) &&
    "id" in result &&
    typeof result.id === "string"
  ) {
    return result.id;
  }
  return null;
}
