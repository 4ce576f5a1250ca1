// Setup of a new practice, login, logout and "who am I".
import type { FastifyReply } from "fastify";
import { DomainError, LoginInput, SetupInput } from "../../domain";
import type { App, RouteDeps } from "../app-types";
import { COOKIE_NAME, hashToken, openLoginSession } from "../auth/login-sessions";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../auth/passwords";
import type { SystemStore } from "../../store/store";

export async function authRoutes(app: App, { system, secureCookies }: RouteDeps) {
  const setCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(COOKIE_NAME, token, {
      httpOnly: true,
      sameSite: "strict",
      secure: secureCookies,
      path: "/",
      expires: expiresAt,
    });

  app.get("/api/setup", { config: { access: "public" } }, async () => ({
    needsSetup: !(await system.hasAnyPractice()),
  }));

  app.post(
    "/api/setup",
    { config: { access: "public" }, schema: { body: SetupInput } },
    async (request, reply) => {
      if (await system.hasAnyPractice())
        throw new DomainError("conflict", "this Tessera is already set up; please log in");
      const { practice, user } = await system.createPracticeWithUser(request.body.practiceName, {
        name: request.body.name,
        email: request.body.email,
        role: "admin",
        passwordHash: await hashPassword(request.body.password),
      });
      await system.recordAudit({
        practiceId: practice.id,
        userId: user.id,
        action: "create",
        resourceType: "practice",
        resourceId: practice.id,
        clientId: null,
      });
      const { token, expiresAt } = await openLoginSession(system, user);
      setCookie(reply, token, expiresAt);
      return reply.code(201).send({ user, practice });
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: { access: "public", rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: { body: LoginInput },
    },
    async (request, reply) => {
      const found = await system.findUserForLogin(request.body.email);
      // Verify against a decoy when the email is unknown so timing does not reveal accounts.
      const ok = await verifyPassword(
        found?.passwordHash ?? (await decoyPasswordHash()),
        request.body.password,
      );
      if (!found || !ok || found.disabled) {
        await system.recordAudit({
          practiceId: found?.practiceId ?? null,
          userId: found?.id ?? null,
          action: "login-failed",
          resourceType: "user",
          resourceId: found?.id ?? null,
          clientId: null,
        });
        throw new DomainError("unauthenticated", "wrong email or password");
      }
      const { passwordHash: _hash, ...user } = found;
      const { token, expiresAt } = await openLoginSession(system, user);
      await system.recordAudit({
        practiceId: user.practiceId,
        userId: user.id,
        action: "login",
        resourceType: "user",
        resourceId: user.id,
        clientId: null,
      });
      setCookie(reply, token, expiresAt);
      return { user, practice: await system.getPractice(user.practiceId) };
    },
  );

  app.post("/api/auth/logout", { config: { access: "public" } }, async (request, reply) => {
    const token = request.cookies[COOKIE_NAME];
    if (token) await system.deleteLoginSession(hashToken(token));
    if (request.caller)
      await system.recordAudit({
        practiceId: request.caller.practiceId,
        userId: request.caller.userId,
        action: "logout",
        resourceType: "user",
        resourceId: request.caller.userId,
        clientId: null,
      });
    reply.clearCookie(COOKIE_NAME, { path: "/" });
    return reply.code(204).send();
  });

  app.get("/api/auth/me", { config: { access: "signed-in" } }, async (request) =>
    currentUser(system, request.caller!.userId),
  );
}

async function currentUser(system: SystemStore, userId: string) {
  const user = await system.getUser(userId);
  if (!user) throw new DomainError("unauthenticated", "please log in");
  return { user, practice: await system.getPractice(user.practiceId) };
}
