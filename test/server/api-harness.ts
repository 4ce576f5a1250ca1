// Builds the app on a test store and talks to it in-process (no port), logged in with a cookie.
import type { LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/server/app";
import type { App } from "../../src/server/app-types";
import { hashPassword } from "../../src/server/auth/passwords";
import type { SystemStore } from "../../src/store/store";
import { seedDemoPractice } from "../../src/demo/seed-demo";

export interface Api {
  app: App;
  system: SystemStore;
  request(method: string, url: string, body?: unknown, cookie?: string): Promise<LightMyRequestResponse>;
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function openApi(system: SystemStore): Promise<Api> {
  await system.migrate();
  const app = await buildApp({ system });
  const request = (method: string, url: string, body?: unknown, cookie?: string) =>
    app.inject({
      method: method as "GET",
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      // The web client's header on every request (the CSRF guard wants it on body-less POSTs).
      headers: { "x-tessera-request": "1", ...(cookie ? { cookie } : {}) },
    });
  return {
    app,
    system,
    request,
    async login(email, password) {
      const res = await request("POST", "/api/auth/login", { email, password });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      return sessionCookie(res);
    },
    async close() {
      await app.close();
      await system.close();
    },
  };
}

/** The demo practice seeded into `system`, its practitioner logged in, and Tomas Berg's id (46 sessions). */
export async function openDemoApi(system: SystemStore): Promise<{ api: Api; cookie: string; tomas: string }> {
  await system.migrate();
  const demo = await seedDemoPractice(system, hashPassword);
  const api = await openApi(system);
  const cookie = await api.login(demo.email, demo.password);
  const clients = (await api.request("GET", "/api/clients", undefined, cookie)).json().items;
  const tomas = clients.find((c: { name: string }) => c.name === "Tomas Berg").id as string;
  return { api, cookie, tomas };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((k) => k.name === "tessera_session");
  if (!c) throw new Error("no session cookie set");
  return `tessera_session=${c.value}`;
}

/** A second practice made directly in the store, for isolation tests. */
export async function addPractice(system: SystemStore, name: string, email: string, password: string) {
  return system.createPracticeWithUser(name, {
    name: `${name} practitioner`,
    email,
    role: "practitioner",
    passwordHash: await hashPassword(password),
  });
}
