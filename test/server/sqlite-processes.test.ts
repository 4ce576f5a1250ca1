// Several processes on one SQLite file (TESSERA_WORKERS, issue 16) behave as one server: a login
// made through one is good on the other and a logout ends it on both, login throttles and rate
// limits count the attempts of both together, sessions saved through both at once are numbered
// without a clash, and the audit chain both wrote holds. Then `tessera serve` with two workers
// answers on one port and stops cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, storeConfigFromEnv } from "../../src/store/open-store";
import { call, saveTwelveAtOnce, SETUP } from "./clinic-support";

const BIN = join(import.meta.dirname, "../../bin/tessera.mjs");

interface Running {
  url: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

/** `tessera serve` on its own port over the data folder; resolves once it says where it runs. */
function serve(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: { ...process.env, TESSERA_DATA: dataDir, PORT: "0", TESSERA_DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Tessera is running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url)
        resolve({
          url,
          child,
          stop: () => {
            child.kill("SIGTERM");
            return exited;
          },
        });
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`tessera serve exited (${code}): ${out}`)));
  });
}

describe("two processes on one SQLite file", () => {
  let dataDir: string;
  let a: Running;
  let b: Running;
  let cookie: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "tessera-processes-"));
    // The first makes the key file and migrates; the second opens what the first made.
    a = await serve(dataDir);
    b = await serve(dataDir);
    const setup = await call(a.url, "POST", "/api/setup", SETUP);
    expect(setup.status).toBe(201);
    cookie = setup.cookie!;
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("honours on one process a login made on the other, and a logout on one ends it on both", async () => {
    const login = await call(b.url, "POST", "/api/auth/login", {
      email: SETUP.email,
      password: SETUP.password,
    });
    expect(login.status).toBe(200);
    const other = login.cookie!;
    expect((await call(a.url, "GET", "/api/auth/me", undefined, other)).body.user.email).toBe(SETUP.email);
    expect((await call(a.url, "POST", "/api/auth/logout", {}, other)).status).toBe(204);
    expect((await call(b.url, "GET", "/api/auth/me", undefined, other)).status).toBe(401);
    expect((await call(b.url, "GET", "/api/auth/me", undefined, cookie)).status).toBe(200);
  });

  it("throttles wrong passwords sent to both processes as one count", async () => {
    // Five free attempts on an account, then a wait: neither process saw six alone.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await call(i % 2 ? a.url : b.url, "POST", "/api/auth/login", {
        email: SETUP.email,
        password: `wrong password ${i}`,
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  it("counts a limited endpoint's requests on both processes together", async () => {
    // POST /api/invitations/preview allows 20 a minute from one address.
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const r = await call(i % 2 ? a.url : b.url, "POST", "/api/invitations/preview", {
        token: "x".repeat(32),
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 20).filter((s) => s === 429)).toEqual([]);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
  });

  it("numbers sessions saved at once through both without a gap or a clash, each read on both", async () => {
    const saved = await saveTwelveAtOnce(a.url, b.url, cookie);
    const reads = await Promise.all(
      saved.flatMap((s) =>
        [a, b].map((p) => call(p.url, "GET", `/api/sessions/${s.body.id}`, undefined, cookie)),
      ),
    );
    expect(reads.map((r) => r.status)).toEqual(reads.map(() => 200));
  });

  it("leaves one audit chain that holds, every record sealed, once both have stopped", async () => {
    await Promise.all([a.stop(), b.stop()]);
    // The key file `tessera serve` made on first start opens the file.
    const store = await openStore(storeConfigFromEnv({ TESSERA_DATA: dataDir }));
    try {
      const report = await store.verifyAuditChain();
      expect(report.firstBroken).toBeNull();
      expect(report.unsealed).toBe(0);
      expect(report.checked).toBeGreaterThan(24);
    } finally {
      await store.close();
    }
  });
});

describe("tessera serve with TESSERA_WORKERS=2", () => {
  it("answers on one port from two worker processes and stops them all on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "tessera-workers-"));
    try {
      const server = await serve(dataDir, { TESSERA_WORKERS: "2" });
      const workers = () =>
        new Promise<string>((resolve) => {
          const ps = spawn("ps", ["-o", "pid=", "--ppid", String(server.child.pid)]);
          let out = "";
          ps.stdout.on("data", (d: Buffer) => (out += d.toString()));
          ps.on("exit", () => resolve(out.trim()));
        });
      expect((await workers()).split(/\s+/)).toHaveLength(2);
      const setup = await call(server.url, "POST", "/api/setup", SETUP);
      expect(setup.status).toBe(201);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => call(server.url, "GET", "/api/clients", undefined, setup.cookie!)),
      );
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
      expect(await server.stop()).toBe(0);
      expect(await workers()).toBe("");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
