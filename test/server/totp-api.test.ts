// The TOTP second factor over HTTP, on each store: enrolment confirmed by a first code, ten
// recovery codes each good once, the login's code step after a right password (and only then),
// a code refused the second time within its window, ±1 time step accepted, the code step
// throttled per account, turning it off with password and code, and an administrator's reset.
// The clock is fixed (only Date is faked), so time steps never depend on when the test runs.
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "../store/each-store";
import { hashPassword } from "../../src/server/auth/passwords";
import { openApi, sessionCookie, type Api } from "./api-harness";
import { startSmtpReceiver } from "./smtp-receiver";

const PASSWORD = "correct horse battery";
// Later than any real clock the suite meets, and only ever moved forward (throttle counters
// remember when the next attempt may come).
const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);
const STEP = 30_000;

const codeAt = (secret: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
    timestamp: ms,
  });

describeEachStore("second factor (TOTP) API", (target) => {
  let api: Api;
  let admin: string;
  let now = T0;
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
    api = await openApi((await target.open()) as SystemStore);
    admin = sessionCookie(
      await api.request("POST", "/api/setup", {
        practiceName: "P",
        name: "Ana",
        email: "ana@example.org",
        password: PASSWORD,
      }),
    );
  });
  afterAll(async () => {
    vi.useRealTimers();
    await api?.close();
  });
  // Each test a few minutes on, so none reuses another's time steps.
  beforeEach(() => later(10));
  /** Moves the fixed clock on by whole time steps. */
  const later = (steps: number) => {
    now += steps * STEP;
    vi.setSystemTime(now);
  };

  const addAccount = async (email: string) =>
    (
      await api.request(
        "POST",
        "/api/accounts",
        { name: email, email, role: "practitioner", password: PASSWORD },
        admin,
      )
    ).json() as { id: string };
  const passwordStep = (email: string, password = PASSWORD) =>
    api.request("POST", "/api/auth/login", { email, password });
  const codeStep = (challenge: string, code: string) =>
    api.request("POST", "/api/auth/login/second-factor", { challenge, code });
  const challengeOf = async (email: string) => {
    const res = await passwordStep(email);
    expect(res.json()).toMatchObject({ secondFactorRequired: true });
    return res.json().challenge as string;
  };

  /** An account with a confirmed second factor: its secret and recovery codes. */
  async function enrolled(email: string) {
    const user = await addAccount(email);
    const cookie = await api.login(email, PASSWORD);
    const start = await api.request("POST", "/api/auth/second-factor/enrolment", undefined, cookie);
    expect(start.statusCode).toBe(201);
    const { secret, qrSvg, otpauthUri } = start.json();
    expect(qrSvg).toMatch(/^<svg/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    const confirm = await api.request(
      "POST",
      "/api/auth/second-factor/enrolment/confirm",
      { code: codeAt(secret, now) },
      cookie,
    );
    expect(confirm.statusCode).toBe(200);
    return {
      user,
      cookie,
      secret: secret as string,
      recoveryCodes: confirm.json().recoveryCodes as string[],
    };
  }

  it("enrols with a first code, shows ten recovery codes once and says so in the account list", async () => {
    const user = await addAccount("kim@example.org");
    const cookie = await api.login("kim@example.org", PASSWORD);
    const status = () =>
      api.request("GET", "/api/auth/second-factor", undefined, cookie).then((r) => r.json());
    expect(await status()).toEqual({ available: true, enabled: false, recoveryCodesLeft: 0 });
    const { secret } = (
      await api.request("POST", "/api/auth/second-factor/enrolment", undefined, cookie)
    ).json();
    const wrong = await api.request(
      "POST",
      "/api/auth/second-factor/enrolment/confirm",
      { code: "000000" },
      cookie,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe("code");
    expect((await status()).enabled).toBe(false);
    const ok = await api.request(
      "POST",
      "/api/auth/second-factor/enrolment/confirm",
      { code: codeAt(secret, now) },
      cookie,
    );
    const codes = ok.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await status()).toEqual({ available: true, enabled: true, recoveryCodesLeft: 10 });
    // Confirmed once: the codes are never shown again.
    const again = await api.request(
      "POST",
      "/api/auth/second-factor/enrolment/confirm",
      { code: codeAt(secret, now + STEP) },
      cookie,
    );
    expect(again.statusCode).toBe(409);
    const accounts = (await api.request("GET", "/api/accounts", undefined, admin)).json().items;
    expect(accounts.find((a: { id: string }) => a.id === user.id)).toMatchObject({ secondFactor: true });
  });

  it("asks for the code only after a right password, and opens no session before it", async () => {
    await enrolled("lee@example.org");
    await addAccount("plain@example.org");
    const wrongWith = await passwordStep("lee@example.org", "not the password at all");
    const wrongWithout = await passwordStep("plain@example.org", "not the password at all");
    // A wrong password says nothing about a second factor.
    expect([wrongWith.statusCode, wrongWith.json()]).toEqual([wrongWithout.statusCode, wrongWithout.json()]);
    const right = await passwordStep("lee@example.org");
    expect(right.statusCode).toBe(200);
    expect(Object.keys(right.json()).sort()).toEqual(["challenge", "expiresAt", "secondFactorRequired"]);
    expect(right.cookies.find((c) => c.name === "tessera_session")).toBeUndefined();
    const unknown = await codeStep("x".repeat(43), "123456");
    expect(unknown.statusCode).toBe(401);
  });

  it("logs in with a code, refuses the same code again and accepts one time step either side", async () => {
    const { secret } = await enrolled("max@example.org");
    // The enrolment's code is used: the same code cannot log in within its window.
    const reuse = await codeStep(await challengeOf("max@example.org"), codeAt(secret, now));
    expect(reuse.statusCode).toBe(400);
    later(1);
    const challenge = await challengeOf("max@example.org");
    const ok = await codeStep(challenge, codeAt(secret, now));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.email).toBe("max@example.org");
    const cookie = sessionCookie(ok);
    expect((await api.request("GET", "/api/auth/me", undefined, cookie)).statusCode).toBe(200);
    // The challenge is spent with the login.
    expect((await codeStep(challenge, codeAt(secret, now + STEP))).statusCode).toBe(401);
    // Used again in the same window, by someone who watched it typed: refused.
    expect((await codeStep(await challengeOf("max@example.org"), codeAt(secret, now))).statusCode).toBe(400);
    later(3);
    expect(
      (await codeStep(await challengeOf("max@example.org"), codeAt(secret, now - STEP))).statusCode,
    ).toBe(200);
    expect(
      (await codeStep(await challengeOf("max@example.org"), codeAt(secret, now + STEP))).statusCode,
    ).toBe(200);
    later(3);
    expect(
      (await codeStep(await challengeOf("max@example.org"), codeAt(secret, now + 2 * STEP))).statusCode,
    ).toBe(400);
    expect(
      (await codeStep(await challengeOf("max@example.org"), codeAt(secret, now - 2 * STEP))).statusCode,
    ).toBe(400);
  });

  it("lets each recovery code log in once, in any letter case", async () => {
    const { recoveryCodes } = await enrolled("noa@example.org");
    const first = recoveryCodes[0]!;
    const ok = await codeStep(await challengeOf("noa@example.org"), first.toUpperCase());
    expect(ok.statusCode).toBe(200);
    expect((await codeStep(await challengeOf("noa@example.org"), first)).statusCode).toBe(400);
    const status = await api.request("GET", "/api/auth/second-factor", undefined, sessionCookie(ok));
    expect(status.json().recoveryCodesLeft).toBe(9);
  });

  it("throttles the code step per account like passwords, even for the right code", async () => {
    const { secret } = await enrolled("ora@example.org");
    later(1);
    const challenge = await challengeOf("ora@example.org");
    for (let i = 0; i < 5; i++) expect((await codeStep(challenge, "000000")).statusCode).toBe(400);
    const blocked = await codeStep(challenge, codeAt(secret, now));
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers["retry-after"]).toBe("1");
    // A fresh challenge (the password again) is no way round it: the count is the account's.
    const fresh = await codeStep(await challengeOf("ora@example.org"), codeAt(secret, now));
    expect(fresh.statusCode).toBe(429);
    later(1);
    expect((await codeStep(await challengeOf("ora@example.org"), codeAt(secret, now))).statusCode).toBe(200);
  });

  it("turns off only with the password and a code", async () => {
    const { cookie, secret } = await enrolled("pia@example.org");
    later(1);
    const off = (body: object) => api.request("POST", "/api/auth/second-factor/disable", body, cookie);
    const wrongPassword = await off({ password: "not my password", code: codeAt(secret, now) });
    expect(wrongPassword.statusCode).toBe(401);
    expect((await off({ password: PASSWORD, code: "111111" })).statusCode).toBe(400);
    expect((await off({ password: PASSWORD, code: codeAt(secret, now) })).statusCode).toBe(204);
    const plain = await passwordStep("pia@example.org");
    expect(plain.json().user.email).toBe("pia@example.org");
  });

  it("lets an administrator, and only an administrator, reset someone's second factor", async () => {
    const { user, cookie } = await enrolled("quin@example.org");
    const byUser = await api.request(
      "POST",
      `/api/accounts/${user.id}/second-factor/reset`,
      undefined,
      cookie,
    );
    expect(byUser.statusCode).toBe(403);
    const byAdmin = await api.request(
      "POST",
      `/api/accounts/${user.id}/second-factor/reset`,
      undefined,
      admin,
    );
    expect(byAdmin.json()).toMatchObject({ id: user.id, secondFactor: false });
    const plain = await passwordStep("quin@example.org");
    expect(plain.json().user.email).toBe("quin@example.org");
    const audit = (await api.request("GET", `/api/audit`, undefined, admin)).json().items as Array<{
      action: string;
      resourceId: string | null;
    }>;
    expect(audit.filter((a) => a.action === "second-factor" && a.resourceId === user.id)).toHaveLength(2);
  });

  it("gives an administrator a reset link to the reset-password page (not emailed without SMTP)", async () => {
    const user = await addAccount("rue@example.org");
    const res = await api.request("POST", `/api/accounts/${user.id}/password-reset`, undefined, admin);
    expect(res.statusCode).toBe(201);
    const { token, link, emailed } = res.json();
    expect(link).toMatch(new RegExp(`/#/reset-password\\?token=${token}$`));
    expect(emailed).toBe(false);
  });

  it("emails the reset link to the account when SMTP is configured", async () => {
    const smtp = await startSmtpReceiver();
    try {
      const user = await addAccount("sol@example.org");
      process.env.TESSERA_SMTP_URL = smtp.url;
      const res = await api.request("POST", `/api/accounts/${user.id}/password-reset`, undefined, admin);
      delete process.env.TESSERA_SMTP_URL;
      expect(res.json().emailed).toBe(true);
      const mail = smtp.mails.at(-1)!;
      expect(mail.to).toEqual(["sol@example.org"]);
      expect(mail.raw.replace(/=\r?\n/g, "")).toContain(res.json().token);
    } finally {
      delete process.env.TESSERA_SMTP_URL;
      await smtp.close();
    }
  });

  it("keeps the second factor for staff: a client login cannot enrol", async () => {
    const client = (await api.request("POST", "/api/clients", { name: "Cleo" }, admin)).json() as {
      id: string;
    };
    const me = (await api.request("GET", "/api/auth/me", undefined, admin)).json();
    await api.system.createUser(me.practice.id, {
      name: "Cleo",
      email: "cleo@example.org",
      role: "client",
      clientId: client.id,
      passwordHash: await hashPassword(PASSWORD),
    });
    const cookie = await api.login("cleo@example.org", PASSWORD);
    const status = await api.request("GET", "/api/auth/second-factor", undefined, cookie);
    expect(status.json()).toEqual({ available: false, enabled: false, recoveryCodesLeft: 0 });
    const start = await api.request("POST", "/api/auth/second-factor/enrolment", undefined, cookie);
    expect(start.statusCode).toBe(403);
  });
});
