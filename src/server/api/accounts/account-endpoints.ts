// Trust (issue 14): the practice's accounts (administrators; the store's operations are
// admin-only) and each client's care team (its members or an administrator). Disabling or
// changing a role ends the account's login sessions at once; a reset is a one-time link.
import { createHash, randomBytes } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  Account,
  CareTeamChange,
  CareTeamMember,
  Id,
  listOf,
  NewAccountInput,
  PasswordResetLink,
  RoleChange,
} from "../../../domain";
import { hashPassword } from "../../auth/passwords";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";
import { sendResetLinkMail } from "./reset-link-mail";

const AccountParams = z.object({ userId: Id });
const MemberParams = ClientParams.extend({ userId: Id });
/** A reset link is good for a day. */
const RESET_LINK_MS = 24 * 60 * 60 * 1000;

/** The reset-password page of this Tessera (the web app's #/reset-password route). */
export function resetLinkFor(request: FastifyRequest | null, token: string): string {
  const base =
    process.env.TESSERA_PUBLIC_URL?.replace(/\/$/, "") ??
    (request ? `${request.protocol}://${request.host}` : "http://127.0.0.1:4321");
  return `${base}/#/reset-password?token=${token}`;
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(`reset:${token}`).digest("hex");
}

export const accountEndpoints = [
  endpoint({
    name: "listAccounts",
    method: "GET",
    path: "/api/accounts",
    summary: "The practice's accounts (administrators)",
    response: { status: 200, schema: listOf(Account) },
    handler: async ({ store }) => ({ items: await store.listAccounts() }),
  }),
  endpoint({
    name: "createAccount",
    method: "POST",
    path: "/api/accounts",
    summary: "Add an account (administrators)",
    body: NewAccountInput,
    response: { status: 201, schema: Account },
    handler: async ({ store, body: { password, ...account } }) =>
      store.createAccount(account, await hashPassword(password)),
  }),
  endpoint({
    name: "disableAccount",
    method: "POST",
    path: "/api/accounts/:userId/disable",
    summary: "Disable an account: every open login session of it ends at once (administrators)",
    params: AccountParams,
    response: { status: 200, schema: Account },
    handler: ({ store, params }) => store.disableAccount(params.userId),
  }),
  endpoint({
    name: "enableAccount",
    method: "POST",
    path: "/api/accounts/:userId/enable",
    summary: "Enable a disabled account again (administrators)",
    params: AccountParams,
    response: { status: 200, schema: Account },
    handler: ({ store, params }) => store.enableAccount(params.userId),
  }),
  endpoint({
    name: "setAccountRole",
    method: "PUT",
    path: "/api/accounts/:userId/role",
    summary:
      "Make a staff account an administrator or a practitioner; its login sessions end (administrators)",
    params: AccountParams,
    body: RoleChange,
    response: { status: 200, schema: Account },
    handler: ({ store, params, body }) => store.setAccountRole(params.userId, body.role),
  }),
  endpoint({
    name: "startPasswordReset",
    method: "POST",
    path: "/api/accounts/:userId/password-reset",
    summary: "A one-time link to set a new password, good for a day; shown once (administrators)",
    params: AccountParams,
    response: { status: 201, schema: PasswordResetLink },
    handler: async ({ store, params, request }) => {
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(Date.now() + RESET_LINK_MS).toISOString();
      const account = await store.startPasswordReset(params.userId, hashResetToken(token), expiresAt);
      const link = resetLinkFor(request, token);
      let emailed = false;
      try {
        emailed = await sendResetLinkMail({ to: account.email, name: account.name, link, expiresAt });
      } catch (err) {
        // The link still works: the administrator hands it over. Say nothing of address or link.
        request.log.warn({ code: (err as { code?: string }).code }, "reset link email not sent");
      }
      return { token, expiresAt, link, emailed };
    },
  }),
  endpoint({
    name: "resetSecondFactor",
    method: "POST",
    path: "/api/accounts/:userId/second-factor/reset",
    summary:
      "Remove an account's second factor and recovery codes (a lost phone); it logs in with its password until it enrols again (administrators)",
    params: AccountParams,
    response: { status: 200, schema: Account },
    handler: ({ store, params }) => store.resetSecondFactor(params.userId),
  }),
  endpoint({
    name: "listCareTeam",
    method: "GET",
    path: "/api/clients/:clientId/care-team",
    summary: "The staff who may see this client's records",
    params: ClientParams,
    response: { status: 200, schema: listOf(CareTeamMember) },
    handler: async ({ store, params }) => ({ items: await store.listCareTeam(params.clientId) }),
  }),
  endpoint({
    name: "addCareTeamMember",
    method: "POST",
    path: "/api/clients/:clientId/care-team",
    summary: "Share a client with a colleague (a member of the care team, or an administrator)",
    params: ClientParams,
    body: CareTeamChange,
    response: { status: 200, schema: listOf(CareTeamMember) },
    handler: async ({ store, params, body }) => ({
      items: await store.addCareTeamMember(params.clientId, body.userId),
    }),
  }),
  endpoint({
    name: "removeCareTeamMember",
    method: "DELETE",
    path: "/api/clients/:clientId/care-team/:userId",
    summary: "Stop sharing a client with a colleague",
    params: MemberParams,
    response: { status: 200, schema: listOf(CareTeamMember) },
    handler: async ({ store, params }) => ({
      items: await store.removeCareTeamMember(params.clientId, params.userId),
    }),
  }),
];
