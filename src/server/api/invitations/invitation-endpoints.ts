// Portal invitations: a practitioner makes a one-time link (and it is emailed when SMTP is
// configured); the client opens it, sets a password and is logged in to the portal. The token
// travels in request bodies, never in a path or query, so it stays out of access logs.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import {
  AcceptInvitationInput,
  CreatedInvitation,
  DomainError,
  Id,
  Invitation,
  InvitationInput,
  InvitationPreview,
  InvitationToken,
  listOf,
  Me,
} from "../../../domain";
import { COOKIE_NAME, hashToken, openLoginSession } from "../../auth/login-sessions";
import { hashPassword } from "../../auth/passwords";
import { authEndpoint, endpoint } from "../endpoint";
import { ClientParams } from "../params";
import { sendInvitationMail } from "./invitation-mail";

const InvitationParams = z.object({ invitationId: Id });

/** The portal page of this Tessera, as the practitioner's browser reached it. */
function linkFor(request: FastifyRequest, token: string): string {
  const base = process.env.TESSERA_PUBLIC_URL?.replace(/\/$/, "") ?? `${request.protocol}://${request.host}`;
  return `${base}/#/invitation/${token}`;
}

function setSessionCookie(reply: FastifyReply, secure: boolean, token: string, expiresAt: Date) {
  reply.setCookie(COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    expires: expiresAt,
  });
}

const gone = () =>
  new DomainError(
    "not_found",
    "this invitation link is not valid any more; ask your practitioner for a new one",
  );

export const invitationEndpoints = [
  endpoint({
    name: "createInvitation",
    method: "POST",
    path: "/api/clients/:clientId/invitations",
    summary: "Make a one-time portal link for a client (valid 7 days; emailed when SMTP is set)",
    params: ClientParams,
    body: InvitationInput,
    response: { status: 201, schema: CreatedInvitation },
    handler: async ({ store, params, body, request }) => {
      const { invitation, token } = await store.createInvitation(params.clientId, body);
      const link = linkFor(request, token);
      let emailed = false;
      try {
        emailed = await sendInvitationMail({
          to: invitation.email,
          practiceName: (await store.getPracticeSettings()).practiceName,
          link,
          expiresAt: invitation.expiresAt,
        });
      } catch (err) {
        // The link still works: the practitioner copies it. Say nothing of the address or link.
        request.log.warn({ code: (err as { code?: string }).code }, "invitation email not sent");
      }
      return { invitation, link, emailed };
    },
  }),
  endpoint({
    name: "listInvitations",
    method: "GET",
    path: "/api/clients/:clientId/invitations",
    summary: "A client's portal invitations, newest first",
    params: ClientParams,
    response: { status: 200, schema: listOf(Invitation) },
    handler: async ({ store, params }) => ({ items: await store.listInvitations(params.clientId) }),
  }),
  endpoint({
    name: "revokeInvitation",
    method: "POST",
    path: "/api/invitations/:invitationId/revoke",
    summary: "Revoke a pending invitation (409 once used, revoked or expired)",
    params: InvitationParams,
    response: { status: 200, schema: Invitation },
    handler: ({ store, params }) => store.revokeInvitation(params.invitationId),
  }),
  authEndpoint({
    name: "previewInvitation",
    method: "POST",
    path: "/api/invitations/preview",
    summary: "What an invitation link is for, before the client sets a password (404 when not valid)",
    body: InvitationToken,
    rateLimit: { max: 20, perMinutes: 1 },
    response: { status: 200, schema: InvitationPreview },
    handler: async ({ auth, body }) => {
      const found = await auth.findInvitation(hashToken(body.token));
      if (!found || found.invitation.status !== "pending") throw gone();
      return {
        practiceName: found.practiceName,
        clientName: found.clientName,
        email: found.invitation.email,
        expiresAt: found.invitation.expiresAt,
      };
    },
  }),
  authEndpoint({
    name: "acceptInvitation",
    method: "POST",
    path: "/api/invitations/accept",
    summary: "Set a password with an invitation link: creates the client's login and logs in",
    body: AcceptInvitationInput,
    rateLimit: { max: 10, perMinutes: 1 },
    response: { status: 201, schema: Me },
    handler: async ({ auth, body, reply, secureCookies }) => {
      const tokenHash = hashToken(body.token);
      const found = await auth.findInvitation(tokenHash);
      if (!found || found.invitation.status !== "pending") throw gone();
      const user = await auth.acceptInvitation(tokenHash, await hashPassword(body.password));
      await auth.recordAudit({
        practiceId: user.practiceId,
        userId: user.id,
        action: "create",
        resourceType: "user",
        resourceId: user.id,
        clientId: user.clientId,
      });
      const { token, expiresAt } = await openLoginSession(auth, user);
      setSessionCookie(reply, secureCookies, token, expiresAt);
      const practice = await auth.getPractice(user.practiceId);
      if (!practice) throw new DomainError("unauthenticated", "please log in");
      return { user, practice };
    },
  }),
];
