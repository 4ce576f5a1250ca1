// Invitations to the client portal. The token is made here and handed back once; only its SHA-256
// is stored, so a database copy cannot open anyone's portal. Accepting one is not a scoped
// operation (the client has no login yet): see ../invitation-acceptance.ts.
import { createHash, randomBytes } from "node:crypto";
import type { Selectable } from "kysely";
import {
  conflict,
  INVITATION_LIFETIME_MS,
  InvitationInput,
  invitationStatus,
  type Invitation,
} from "../../domain";
import type { InvitationsTable } from "../database";
import { newId } from "../new-id";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "invitation" as const });

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const invitationOperations: OperationsFor<
  "createInvitation" | "listInvitations" | "revokeInvitation"
> = {
  createInvitation: {
    access: "staff",
    writes: true,
    audit: { ...audit("create"), resourceId: (_args, result) => result.invitation.id },
    async run(ctx, clientId, input) {
      const data = parseInput(InvitationInput, input);
      await ctx.requireClient(clientId);
      const token = randomBytes(32).toString("base64url");
      const now = ctx.now();
      const row: Selectable<InvitationsTable> = {
        id: newId(),
        practiceId: ctx.caller.practiceId,
        clientId,
        email: data.email,
        tokenHash: hashInvitationToken(token),
        createdBy: ctx.caller.userId,
        createdAt: now,
        expiresAt: new Date(Date.parse(now) + INVITATION_LIFETIME_MS).toISOString(),
        acceptedAt: null,
        revokedAt: null,
      };
      await ctx.db.insertInto("invitations").values(row).execute();
      return { invitation: toInvitation(row, now), token };
    },
  },

  listInvitations: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("invitations")
        .selectAll()
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId)
        .orderBy("createdAt", "desc")
        .orderBy("id", "desc")
        .execute();
      const now = ctx.now();
      return rows.map((row) => toInvitation(row, now));
    },
  },

  revokeInvitation: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, invitationId) {
      const existing = await ctx.requireOwned("invitations", invitationId, "invitation");
      const now = ctx.now();
      if (invitationStatus(existing, now) !== "pending")
        throw conflict(`this invitation is already ${invitationStatus(existing, now)}`);
      const { numUpdatedRows } = await ctx.db
        .updateTable("invitations")
        .set({ revokedAt: now })
        .where("id", "=", invitationId)
        .where("acceptedAt", "is", null)
        .where("revokedAt", "is", null)
        .executeTakeFirstOrThrow();
      if (numUpdatedRows === 0n) throw conflict("this invitation was used or revoked meanwhile");
      return toInvitation({ ...existing, revokedAt: now }, now);
    },
  },
};

/** The hash never leaves the store. */
export function toInvitation(
  { tokenHash: _hash, ...row }: Selectable<InvitationsTable>,
  now: string,
): Invitation {
  return { ...row, status: invitationStatus(row, now) };
}
