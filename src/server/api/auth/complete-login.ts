// The end of a login, whether it took a password alone or a password and a second-factor code:
// remember the browser, open the session, audit, set the cookie, answer who is logged in.
import type { FastifyReply, FastifyRequest } from "fastify";
import { DomainError, type Me } from "../../../domain";
import type { AuthStore, Caller } from "../../../store/store";
import { COOKIE_NAME, openLoginSession } from "../../auth/login-sessions";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_S, hashDeviceToken, newDeviceToken } from "../../auth/login-throttle";
import { originOf } from "../../request-origin";

export function setSessionCookie(reply: FastifyReply, secure: boolean, token: string, expiresAt: Date) {
  reply.setCookie(COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    expires: expiresAt,
  });
}

export async function currentUser(auth: AuthStore, userId: string): Promise<Me> {
  const user = await auth.getUser(userId);
  const practice = user && (await auth.getPractice(user.practiceId));
  if (!user || !practice) throw new DomainError("unauthenticated", "please log in");
  return { user, practice };
}

/** True when the request carries the device cookie of a browser that logged in to this user. */
export async function isKnownDevice(auth: AuthStore, request: FastifyRequest, userId: string) {
  const token = request.cookies[DEVICE_COOKIE];
  return !!token && (await auth.findDeviceUser(hashDeviceToken(token))) === userId;
}

export async function completeLogin(
  ctx: { auth: AuthStore; request: FastifyRequest; reply: FastifyReply; secureCookies: boolean },
  user: { id: string; practiceId: string; role: Caller["role"]; clientId: string | null },
  knownDevice: boolean,
): Promise<Me> {
  const { auth, request, reply, secureCookies } = ctx;
  if (!knownDevice) {
    const device = newDeviceToken();
    await auth.rememberDevice(hashDeviceToken(device), user.id);
    reply.setCookie(DEVICE_COOKIE, device, {
      httpOnly: true,
      sameSite: "strict",
      secure: secureCookies,
      path: "/api/auth/",
      maxAge: DEVICE_MAX_AGE_S,
    });
  }
  const { token, expiresAt } = await openLoginSession(auth, user);
  await auth.recordAudit({
    ...originOf(request),
    practiceId: user.practiceId,
    userId: user.id,
    action: "login",
    resourceType: "user",
    resourceId: user.id,
    clientId: null,
  });
  setSessionCookie(reply, secureCookies, token, expiresAt);
  return currentUser(auth, user.id);
}
