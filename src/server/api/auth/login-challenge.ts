// Between a right password and its second-factor code: a random challenge (only its hash is
// stored) good for five minutes, sent back with the code. No session exists until the code is right.
import { createHash, randomBytes } from "node:crypto";
import type { FastifyReply } from "fastify";
import type { SecondFactorRequired } from "../../../domain";
import type { AuthStore } from "../../../store/store";
import { RateLimited } from "../../rate-limited";

const CHALLENGE_MS = 5 * 60 * 1000;

export function hashChallenge(token: string): string {
  return createHash("sha256").update(`challenge:${token}`).digest("hex");
}

export async function openLoginChallenge(auth: AuthStore, userId: string): Promise<SecondFactorRequired> {
  const challenge = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + CHALLENGE_MS).toISOString();
  await auth.createLoginChallenge(hashChallenge(challenge), userId, expiresAt);
  return { secondFactorRequired: true, challenge, expiresAt };
}

/** The 429 of a throttled step, with how long to wait. */
export function tooManyAttempts(reply: FastifyReply, waitMs: number): RateLimited {
  const seconds = Math.ceil(waitMs / 1000);
  reply.header("retry-after", String(seconds));
  return new RateLimited(
    `too many login attempts; try again in ${seconds} second${seconds === 1 ? "" : "s"}`,
  );
}
