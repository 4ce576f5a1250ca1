// First-run setup, login, logout and "who am I": the only endpoints handed the auth store.
import {
  DomainError,
  LoginInput,
  LoginOutcome,
  Me,
  PasswordChangeInput,
  PasswordResetInput,
  SetupInput,
  SetupStatus,
} from "../../../domain";
import { COOKIE_NAME, hashToken, openLoginSession } from "../../auth/login-sessions";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../../auth/passwords";
import { originOf } from "../../request-origin";
import { DEVICE_COOKIE, loginKeys, takeAttempts } from "../../auth/login-throttle";
import { hashResetToken } from "../accounts/account-endpoints";
import { authEndpoint } from "../endpoint";
import { completeLogin, currentUser, setSessionCookie } from "./complete-login";
import { openLoginChallenge, tooManyAttempts } from "./login-challenge";

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
    handler: async ({ auth, body, request, reply, secureCookies }) => {
      const alreadySetUp = () => new DomainError("conflict", "this Tessera is already set up; please log in");
      if (await auth.hasAnyPractice()) throw alreadySetUp();
      // Exactly one of any number of racing setups creates the practice; the others get 409.
      const created = await auth.setUpFirstPractice(body.practiceName, {
        name: body.name,
        email: body.email,
        role: "admin",
        passwordHash: await hashPassword(body.password),
      });
      if (!created) throw alreadySetUp();
      const { practice, user } = created;
      await auth.recordAudit({
        ...originOf(request),
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
    summary:
      "Log in with email and password (401 on wrong credentials); an account with a second factor answers a challenge for its code",
    body: LoginInput,
    response: { status: 200, schema: LoginOutcome },
    handler: async (ctx) => {
      const { auth, body, request, reply } = ctx;
      const found = await auth.findUserForLogin(body.email);
      const throttle = await loginKeys(
        auth,
        body.email,
        request.ip,
        request.cookies[DEVICE_COOKIE],
        found?.id ?? null,
      );
      // Counted before the password is checked, so parallel guesses are counted too.
      const waitMs = await takeAttempts(auth, throttle.keys);
      if (waitMs > 0) throw tooManyAttempts(reply, waitMs);
      // Verify against a decoy when the email is unknown so timing does not reveal accounts.
      const ok = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), body.password);
      if (!found || !ok || found.disabled) {
        await auth.recordAudit({
          ...originOf(request),
          practiceId: found?.practiceId ?? null,
          userId: found?.id ?? null,
          action: "login-failed",
          resourceType: "user",
          resourceId: found?.id ?? null,
          clientId: null,
        });
        throw new DomainError("unauthenticated", "wrong email or password");
      }
      for (const { key, onSuccess } of throttle.keys) await auth.settleLoginAttempt(key, onSuccess);
      // Only now, with the password right, does the answer say whether a code is needed.
      if ((await auth.getSecondFactor(found.id))?.secret) return openLoginChallenge(auth, found.id);
      return completeLogin(ctx, found, throttle.deviceHash !== null);
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
          ...originOf(request),
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
    name: "completePasswordReset",
    method: "POST",
    path: "/api/auth/password-reset",
    summary: "Set a new password with a one-time reset link; every login session of the account ends",
    body: PasswordResetInput,
    response: { status: 204 },
    handler: async ({ auth, body, request }) => {
      const userId = await auth.completePasswordReset(
        hashResetToken(body.token),
        await hashPassword(body.password),
      );
      if (!userId)
        throw new DomainError("invalid", "this reset link is unknown, used or expired; ask for a new one", [
          { path: "token", message: "unknown, used or expired" },
        ]);
      const user = await auth.getUser(userId);
      await auth.recordAudit({
        ...originOf(request),
        practiceId: user?.practiceId ?? null,
        userId,
        action: "password-change",
        resourceType: "user",
        resourceId: userId,
        clientId: null,
      });
    },
  }),
  authEndpoint({
    name: "changePassword",
    method: "POST",
    path: "/api/auth/password",
    summary: "Change one's own password; every other login session ends (401 on a wrong current password)",
    access: "signed-in",
    body: PasswordChangeInput,
    response: { status: 204 },
    handler: async ({ auth, body, caller, request }) => {
      if (!caller) throw new DomainError("unauthenticated", "please log in");
      const current = await auth.getPasswordHash(caller.userId);
      if (!current || !(await verifyPassword(current, body.currentPassword)))
        throw new DomainError("unauthenticated", "the current password is wrong");
      const token = request.cookies[COOKIE_NAME];
      await auth.changePassword(
        caller.userId,
        await hashPassword(body.newPassword),
        token ? hashToken(token) : undefined,
      );
      await auth.recordAudit({
        ...originOf(request),
        practiceId: caller.practiceId,
        userId: caller.userId,
        action: "password-change",
        resourceType: "user",
        resourceId: caller.userId,
        clientId: null,
      });
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
