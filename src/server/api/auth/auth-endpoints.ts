// First-run setup, login, logout and "who am I": the only endpoints handed the auth store.
import type { FastifyReply } from "fastify";
import { DomainError, LoginInput, Me, SetupInput, SetupStatus } from "../../../domain";
import type { AuthStore } from "../../../store/store";
import { COOKIE_NAME, hashToken, openLoginSession } from "../../auth/login-sessions";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../../auth/passwords";
import { authEndpoint } from "../endpoint";

function setSessionCookie(reply: FastifyReply, secure: boolean, token: string, expiresAt: Date) {
  reply.setCookie(COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    expires: expiresAt,
  });
}

async function currentUser(auth: AuthStore, userId: string) {
  const user = await auth.getUser(userId);
  const practice = user && (await auth.getPractice(user.practiceId));
  if (!user || !practice) throw new DomainError("unauthenticated", "please log in");
  return { user, practice };
}

export const authEndpoints = [
  authEndpoint({
    name: "getSetupStatus",
    method: "GET",
    path: "/api/setup",
    summary: "Whether this Tessera still needs its first-run setup",
    response: { status: 200, schema: SetupStatus },
    handler: async ({ auth }) => ({ needsSetup: !(await auth.hasAnyPractice()) }),
  }),
  authEndpoint({
    name: "setup",
    method: "POST",
    path: "/api/setup",
    summary: "Create the practice and its first administrator, and log in (409 once set up)",
    body: SetupInput,
    response: { status: 201, schema: Me },
    handler: async ({ auth, body, reply, secureCookies }) => {
      if (await auth.hasAnyPractice())
        throw new DomainError("conflict", "this Tessera is already set up; please log in");
      const { practice, user } = await auth.createPracticeWithUser(body.practiceName, {
        name: body.name,
        email: body.email,
        role: "admin",
        passwordHash: await hashPassword(body.password),
      });
      await auth.recordAudit({
        practiceId: practice.id,
        userId: user.id,
        action: "create",
        resourceType: "practice",
        resourceId: practice.id,
        clientId: null,
      });
      const { token, expiresAt } = await openLoginSession(auth, user);
      setSessionCookie(reply, secureCookies, token, expiresAt);
      return { user, practice };
    },
  }),
  authEndpoint({
    name: "login",
    method: "POST",
    path: "/api/auth/login",
    summary: "Log in with email and password (401 on wrong credentials)",
    body: LoginInput,
    rateLimit: { max: 10, perMinutes: 1 },
    response: { status: 200, schema: Me },
    handler: async ({ auth, body, reply, secureCookies }) => {
      const found = await auth.findUserForLogin(body.email);
      // Verify against a decoy when the email is unknown so timing does not reveal accounts.
      const ok = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), body.password);
      if (!found || !ok || found.disabled) {
        await auth.recordAudit({
          practiceId: found?.practiceId ?? null,
          userId: found?.id ?? null,
          action: "login-failed",
          resourceType: "user",
          resourceId: found?.id ?? null,
          clientId: null,
        });
        throw new DomainError("unauthenticated", "wrong email or password");
      }
      const { token, expiresAt } = await openLoginSession(auth, found);
      await auth.recordAudit({
        practiceId: found.practiceId,
        userId: found.id,
        action: "login",
        resourceType: "user",
        resourceId: found.id,
        clientId: null,
      });
      setSessionCookie(reply, secureCookies, token, expiresAt);
      return currentUser(auth, found.id);
    },
  }),
  authEndpoint({
    name: "logout",
    method: "POST",
    path: "/api/auth/logout",
    summary: "End this login session",
    response: { status: 204 },
    handler: async ({ auth, request, reply, caller }) => {
      const token = request.cookies[COOKIE_NAME];
      if (token) await auth.deleteLoginSession(hashToken(token));
      if (caller)
        await auth.recordAudit({
          practiceId: caller.practiceId,
          userId: caller.userId,
          action: "logout",
          resourceType: "user",
          resourceId: caller.userId,
          clientId: null,
        });
      reply.clearCookie(COOKIE_NAME, { path: "/" });
    },
  }),
  authEndpoint({
    name: "me",
    method: "GET",
    path: "/api/auth/me",
    summary: "The logged-in user and their practice (401 when not logged in)",
    access: "signed-in",
    response: { status: 200, schema: Me },
    handler: async ({ auth, caller }) => {
      if (!caller) throw new DomainError("unauthenticated", "please log in");
      return currentUser(auth, caller.userId);
    },
  }),
];
