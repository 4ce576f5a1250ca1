// Trust (issue 14): the TOTP second factor of one's own staff account (enrol, confirm with a first
// code, disable with password and code) and the login's code step. Codes and secrets are never
// logged; only "second-factor" and "login-failed" audit records say that something happened.
import type { FastifyRequest } from "fastify";
import {
  DomainError,
  forbidden,
  LoginOutcome,
  RecoveryCodes,
  SecondFactorDisableInput,
  SecondFactorLoginInput,
  SecondFactorStatus,
  TotpConfirmInput,
  TotpEnrolment,
  type AuditAction,
} from "../../../domain";
import type { AuthStore, Caller } from "../../../store/store";
import { takeAttempts } from "../../auth/login-throttle";
import { SECOND_FACTOR_POLICY, secondFactorKey } from "../../auth/login-throttle";
import { verifyPassword } from "../../auth/passwords";
import { hashRecoveryCode, newRecoveryCodes } from "../../auth/recovery-codes";
import { useSecondFactorCode } from "../../auth/second-factor-check";
import { enrolmentFor, matchTotpStep, newTotpSecret } from "../../auth/totp";
import { originOf } from "../../request-origin";
import { authEndpoint } from "../endpoint";
import { completeLogin, isKnownDevice } from "./complete-login";
import { hashChallenge, tooManyAttempts } from "./login-challenge";

const signedIn = (caller: Caller | null): Caller => {
  if (!caller) throw new DomainError("unauthenticated", "please log in");
  return caller;
};

const wrongCode = () =>
  new DomainError("invalid", "that code is not right", [
    { path: "code", message: "not right, or already used; wait for the next code and try again" },
  ]);

async function audit(
  auth: AuthStore,
  request: FastifyRequest,
  who: { userId: string; practiceId: string | null },
  action: AuditAction,
) {
  await auth.recordAudit({
    ...originOf(request),
    practiceId: who.practiceId,
    userId: who.userId,
    action,
    resourceType: "user",
    resourceId: who.userId,
    clientId: null,
  });
}

export const secondFactorEndpoints = [
  authEndpoint({
    name: "loginSecondFactor",
    method: "POST",
    path: "/api/auth/login/second-factor",
    summary:
      "The second step of a login: the challenge from the password step and a TOTP or recovery code (429 when throttled)",
    body: SecondFactorLoginInput,
    response: { status: 200, schema: LoginOutcome },
    handler: async (ctx) => {
      const { auth, body, request, reply } = ctx;
      const expired = () =>
        new DomainError("unauthenticated", "this login has expired; type your email and password again");
      const userId = await auth.findLoginChallenge(hashChallenge(body.challenge));
      if (!userId) throw expired();
      // Counted per account before the code is checked, like passwords.
      const waitMs = await takeAttempts(auth, [
        { key: secondFactorKey(userId), policy: SECOND_FACTOR_POLICY, onSuccess: "clear" },
      ]);
      if (waitMs > 0) throw tooManyAttempts(reply, waitMs);
      const user = await auth.getUser(userId);
      const stored = await auth.getSecondFactor(userId);
      if (!user || user.disabled || !stored?.secret) throw expired();
      if (!(await useSecondFactorCode(auth, userId, stored, body.code))) {
        await audit(auth, request, { userId, practiceId: user.practiceId }, "login-failed");
        throw wrongCode();
      }
      await auth.settleLoginAttempt(secondFactorKey(userId), "clear");
      await auth.deleteLoginChallenge(hashChallenge(body.challenge));
      return completeLogin(ctx, user, await isKnownDevice(auth, request, userId));
    },
  }),
  authEndpoint({
    name: "getSecondFactor",
    method: "GET",
    path: "/api/auth/second-factor",
    summary: "Whether one's own account has a second factor, and how many recovery codes are left",
    access: "signed-in",
    response: { status: 200, schema: SecondFactorStatus },
    handler: async ({ auth, caller }) => {
      const stored = await auth.getSecondFactor(signedIn(caller).userId);
      return {
        available: stored !== null && stored.role !== "client",
        enabled: !!stored?.secret,
        recoveryCodesLeft: stored?.secret ? stored.recoveryCodeHashes.length : 0,
      };
    },
  }),
  authEndpoint({
    name: "startTotpEnrolment",
    method: "POST",
    path: "/api/auth/second-factor/enrolment",
    summary:
      "Start enrolling an authenticator app: a new secret as QR code and text, confirmed by its first code (staff)",
    access: "signed-in",
    response: { status: 201, schema: TotpEnrolment },
    handler: async ({ auth, caller }) => {
      const { userId } = signedIn(caller);
      const stored = await auth.getSecondFactor(userId);
      if (stored?.role === "client") throw forbidden("a second factor is for staff accounts");
      if (stored?.secret)
        throw new DomainError("conflict", "a second factor is already set up; turn it off first");
      const user = await auth.getUser(userId);
      const secret = newTotpSecret();
      await auth.startTotpEnrolment(userId, secret);
      return enrolmentFor(secret, user?.email ?? "");
    },
  }),
  authEndpoint({
    name: "confirmTotpEnrolment",
    method: "POST",
    path: "/api/auth/second-factor/enrolment/confirm",
    summary: "Confirm the enrolment with a first code; answers ten recovery codes, shown this once",
    access: "signed-in",
    body: TotpConfirmInput,
    response: { status: 200, schema: RecoveryCodes },
    handler: async ({ auth, caller, body, request }) => {
      const who = signedIn(caller);
      const stored = await auth.getSecondFactor(who.userId);
      if (!stored?.pendingSecret)
        throw new DomainError("conflict", "start the enrolment first (or it was already confirmed)");
      const step = matchTotpStep(stored.pendingSecret, body.code.trim());
      if (step === null) throw wrongCode();
      const recoveryCodes = newRecoveryCodes();
      const confirmed = await auth.confirmTotpEnrolment(
        who.userId,
        stored.pendingSecret,
        step,
        recoveryCodes.map(hashRecoveryCode),
      );
      if (!confirmed) throw new DomainError("conflict", "the enrolment changed meanwhile; start again");
      await audit(auth, request, who, "second-factor");
      return { recoveryCodes };
    },
  }),
  authEndpoint({
    name: "disableSecondFactor",
    method: "POST",
    path: "/api/auth/second-factor/disable",
    summary: "Turn one's own second factor off, with the password and a code (401 on a wrong password)",
    access: "signed-in",
    body: SecondFactorDisableInput,
    response: { status: 204 },
    handler: async ({ auth, caller, body, request, reply }) => {
      const who = signedIn(caller);
      const waitMs = await takeAttempts(auth, [
        { key: secondFactorKey(who.userId), policy: SECOND_FACTOR_POLICY, onSuccess: "clear" },
      ]);
      if (waitMs > 0) throw tooManyAttempts(reply, waitMs);
      const current = await auth.getPasswordHash(who.userId);
      if (!current || !(await verifyPassword(current, body.password)))
        throw new DomainError("unauthenticated", "the password is wrong", [
          { path: "password", message: "not your current password" },
        ]);
      const stored = await auth.getSecondFactor(who.userId);
      if (!stored?.secret) throw new DomainError("conflict", "this account has no second factor");
      if (!(await useSecondFactorCode(auth, who.userId, stored, body.code))) throw wrongCode();
      await auth.settleLoginAttempt(secondFactorKey(who.userId), "clear");
      await auth.removeSecondFactor(who.userId);
      await audit(auth, request, who, "second-factor");
    },
  }),
];
