// Seeds the demo practice into a fresh store of each dialect and reads it back through the
// scoped stores, as the app would show it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProcessView } from "../domain";
import type { ScopedStore, SystemStore } from "../store/store";
import { storeTargets } from "../../test/support/databases";
import { DEMO_CLIENT_PASSWORD, DEMO_CLIENTS, DEMO_PRACTICE_NAME, DEMO_PRACTITIONER } from "./demo-practice";
import { seedDemoPractice } from "./seed-demo";

// Hashing is not under test here; a readable stand-in keeps the test fast.
const fakeHash = async (pw: string) => `test-hash:${pw}`;

describe.each(storeTargets())("demo practice seeded into $name", (target) => {
  let store: SystemStore;
  let practitioner: ScopedStore;
  let login: Awaited<ReturnType<typeof seedDemoPractice>>;

  beforeAll(async () => {
    if (target.skip) return;
    store = await target.open();
    login = await seedDemoPractice(store, fakeHash);
    const user = await store.findUserForLogin(login.email);
    if (!user) throw new Error("the demo practitioner was not created");
    practitioner = store.scoped({
      userId: user.id,
      practiceId: user.practiceId,
      role: user.role,
      clientId: null,
    });
  }, 120_000);
  afterAll(async () => store?.close());

  it.skipIf(!!target.skip)(
    "returns the practitioner login, whose stored hash is of the demo password",
    async () => {
      expect(login).toEqual({
        email: DEMO_PRACTITIONER.email,
        password: DEMO_PRACTITIONER.password,
        practiceName: DEMO_PRACTICE_NAME,
      });
      const user = await store.findUserForLogin(login.email);
      expect(user?.passwordHash).toBe(await fakeHash(DEMO_PRACTITIONER.password));
      expect(user?.role).toBe(DEMO_PRACTITIONER.role);
    },
  );

  it.skipIf(!!target.skip)(
    "stores three clients with their course, life events, consents and measures",
    async () => {
      const clients = await practitioner.listClients();
      expect(clients.map((c) => c.name).sort()).toEqual(DEMO_CLIENTS.map((d) => d.client.name).sort());
      for (const demo of DEMO_CLIENTS) {
        const client = clients.find((c) => c.name === demo.client.name)!;
        expect(client.presentingConcerns).toHaveLength(demo.client.presentingConcerns!.length);
        expect(await practitioner.listCourses(client.id)).toHaveLength(1);
        expect(await practitioner.listLifeEvents(client.id)).toHaveLength(demo.lifeEvents.length);
        const measures = await practitioner.listMeasureResponses(client.id);
        expect(measures).toHaveLength(demo.measures.length);
        expect(new Set(measures.map((m) => m.instrumentVersion))).toEqual(new Set(["1"]));
        const consents = await practitioner.listConsents(client.id);
        expect(consents).toHaveLength(demo.consents.length);
        expect(consents.filter((c) => c.withdrawnAt !== null)).toHaveLength(
          demo.consents.filter((c) => c.withdrawn).length,
        );
      }
    },
  );

  it.skipIf(!!target.skip)(
    "numbers the sessions in date order, signs all but the latest, and keeps every piece's span",
    async () => {
      for (const client of await practitioner.listClients()) {
        const demo = DEMO_CLIENTS.find((d) => d.client.name === client.name)!;
        const sessions = await practitioner.listSessions(client.id);
        expect(sessions.map((s) => s.number)).toEqual(demo.sessions.map((_, i) => i + 1));
        expect(sessions.map((s) => s.status)).toEqual(
          demo.sessions.map((s) => (s.signed ? "signed" : "draft")),
        );
        for (const [i, s] of sessions.entries()) {
          expect(s.pieces).toHaveLength(demo.sessions[i]!.pieces.length);
          for (const p of s.pieces) {
            expect(s.narrative.slice(p.start!, p.end!)).toBe(p.text);
            if (p.kind === "character" || p.kind === "message") expect(p.characterId, p.text).not.toBeNull();
          }
        }
      }
    },
  );

  it.skipIf(!!target.skip)(
    "shows recurring characters and threads that span sessions in the process view",
    async () => {
      for (const client of await practitioner.listClients()) {
        const view = buildProcessView(
          await practitioner.listSessions(client.id),
          await practitioner.listCharacters(client.id),
          await practitioner.listThreads(client.id),
        );
        expect(view.characters.filter((c) => c.appearances >= 3).length, client.name).toBeGreaterThanOrEqual(
          2,
        );
        for (const t of view.threads)
          expect(t.sessionNumbers.length, `${client.name}: ${t.name}`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.skipIf(!!target.skip)(
    "lets each client read all their reflections while the practitioner sees only the shared ones",
    async () => {
      for (const client of await practitioner.listClients()) {
        const demo = DEMO_CLIENTS.find((d) => d.client.name === client.name)!;
        const portalUser = await store.findUserForLogin(demo.portalLogin.email);
        expect(portalUser?.role).toBe("client");
        expect(portalUser?.clientId).toBe(client.id);
        expect(portalUser?.passwordHash).toBe(await fakeHash(DEMO_CLIENT_PASSWORD));
        const portal = store.scoped({
          userId: portalUser!.id,
          practiceId: portalUser!.practiceId,
          role: "client",
          clientId: client.id,
        });
        const own = await portal.listReflections(client.id);
        expect(own).toHaveLength(demo.reflections.length);
        expect(new Set(own.map((r) => r.authorId))).toEqual(new Set([portalUser!.id]));
        for (const r of own) for (const p of r.pieces) expect(r.text.slice(p.start!, p.end!)).toBe(p.text);
        const shared = await practitioner.listReflections(client.id);
        expect(shared).toHaveLength(demo.reflections.filter((r) => r.sharedWithPractitioner).length);
      }
    },
  );

  it.skipIf(!!target.skip)("finds demo narratives by full-text search", async () => {
    const hits = await practitioner.search("owl");
    expect(hits.length).toBeGreaterThan(0);
  });
});
