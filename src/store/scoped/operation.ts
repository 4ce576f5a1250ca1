// An operation of the scoped store is declared once with who may call it, whether it writes and
// how it is audited; `runOperation` applies those rules around its body, so no method repeats
// them (Actual Budget's `mutator(undoable(fn))`, here `audited(inTransaction(access(fn)))`).
import type { AuditRecord } from "../../domain";
import { conflict, DomainError, forbidden, notFound } from "../../domain";
import type { Kysely } from "kysely";
import { sealAuditRecords, writeAuditRecord } from "../audit-chain";
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
    if (op.audit) await seal(env);
    return result;
  } catch (err) {
    // A refused request on clinical data leaves a record too: who, what kind, which id.
    if (op.audit && err instanceof DomainError && (err.code === "forbidden" || err.code === "not_found")) {
      await writeAuditRecord(env.db, {
        practiceId: caller.practiceId,
        userId: caller.userId,
        action: "denied",
        resourceType: op.audit.resourceType,
        // Only an id-shaped argument is recorded: a search query is clinical text.
        resourceId: typeof args[0] === "string" && ID_SHAPE.test(args[0]) ? args[0] : null,
        clientId: (lastCtx as ScopeContext | null)?.touchedClientId ?? null,
        ...origin,
      }).catch(() => undefined);
      await seal(env);
    }
    throw err;
  }
}

/** Chains the records just written; a failure leaves them for the next writer to seal. */
function seal(env: OperationEnv): Promise<void> {
  return sealAuditRecords(env.db, (err) => env.adapter.isUniqueViolation(err)).catch(() => undefined);
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
    const ctx = new ScopeContext(db, caller, env.adapter);
    onContext(ctx);
    const result = await op.run(ctx, ...args);
    if (op.audit) {
      await writeAuditRecord(db, {
        practiceId: caller.practiceId,
        userId: caller.userId,
        action: op.audit.action,
        resourceType: op.audit.resourceType,
        resourceId: op.audit.resourceId ? op.audit.resourceId(args, result) : idOf(result),
        clientId: ctx.touchedClientId,
        ...origin,
      });
    }
    return result;
  };
  if (!op.writes) return attempt(env.db);
  for (let tries = 1; ; tries++) {
    try {
      return await env.db.transaction().execute(attempt);
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
