// Loads the demo practice into an empty store. Uses the unscoped store only to create the
// practice and users; every clinical record goes through a store scoped to its author, as in use.
import type { PieceInput } from "../domain";
import type { Caller, ScopedStore, SystemStore } from "../store/store";
import { DEMO_CLIENT_PASSWORD, DEMO_CLIENTS, DEMO_PRACTICE_NAME, DEMO_PRACTITIONER } from "./demo-practice";
import type { DemoClient } from "./demo-types";
import { resolveDemoPieces } from "./resolve-demo-pieces";

export async function seedDemoPractice(
  store: SystemStore,
  hashPassword: (pw: string) => Promise<string>,
): Promise<{ email: string; password: string; practiceName: string }> {
  const { practice, user } = await store.createPracticeWithUser(DEMO_PRACTICE_NAME, {
    name: DEMO_PRACTITIONER.name,
    email: DEMO_PRACTITIONER.email,
    role: DEMO_PRACTITIONER.role,
    passwordHash: await hashPassword(DEMO_PRACTITIONER.password),
  });
  const practitioner = store.scoped({
    userId: user.id,
    practiceId: practice.id,
    role: user.role,
    clientId: null,
  });
  // One hash serves every client login: hashing is deliberately slow.
  const clientPasswordHash = await hashPassword(DEMO_CLIENT_PASSWORD);
  for (const demo of DEMO_CLIENTS) {
    await seedDemoClient(store, practitioner, demo, clientPasswordHash);
  }
  return {
    email: DEMO_PRACTITIONER.email,
    password: DEMO_PRACTITIONER.password,
    practiceName: practice.name,
  };
}

async function seedDemoClient(
  store: SystemStore,
  practitioner: ScopedStore,
  demo: DemoClient,
  clientPasswordHash: string,
): Promise<void> {
  const client = await practitioner.createClient(demo.client);

  for (const { withdrawn, ...consent } of demo.consents) {
    const created = await practitioner.createConsent(client.id, consent);
    if (withdrawn) await practitioner.withdrawConsent(created.id);
  }
  for (const event of demo.lifeEvents) await practitioner.createLifeEvent(client.id, event);
  const course = await practitioner.createCourse(client.id, demo.course);

  const characterIds = new Map<string, string>();
  for (const c of demo.characters) {
    const created = await practitioner.createCharacter(client.id, c);
    characterIds.set(created.label, created.id);
  }
  const threadIds = new Map<string, string>();
  for (const { key, ...thread } of demo.threads) {
    threadIds.set(key, (await practitioner.createThread(client.id, thread)).id);
  }
  const linkPieces = (text: string, pieces: DemoClient["sessions"][number]["pieces"]): PieceInput[] =>
    resolveDemoPieces(text, pieces, demo.characters).map(({ threadKeys, ...piece }) => ({
      ...piece,
      characterId: piece.character == null ? null : (characterIds.get(piece.character) ?? null),
      threadIds: threadKeys.map((key) => {
        const id = threadIds.get(key);
        if (id === undefined) throw new Error(`demo piece names an unknown thread: ${key}`);
        return id;
      }),
    }));

  // Oldest first, so the store numbers the sessions of the course in date order.
  const sessions = [...demo.sessions].sort((a, b) => a.date.localeCompare(b.date));
  for (const { signed, pieces, ...session } of sessions) {
    const created = await practitioner.createSession(client.id, {
      ...session,
      courseId: course.id,
      pieces: linkPieces(session.narrative, pieces),
    });
    if (signed) await practitioner.signSession(created.id);
  }

  for (const measure of demo.measures) {
    await practitioner.createMeasureResponse(client.id, { ...measure, instrumentVersion: "1" });
  }

  const portalUser = await store.createUser(practitioner.caller.practiceId, {
    name: demo.portalLogin.name,
    email: demo.portalLogin.email,
    role: "client",
    clientId: client.id,
    passwordHash: clientPasswordHash,
  });
  const clientCaller: Caller = {
    userId: portalUser.id,
    practiceId: portalUser.practiceId,
    role: "client",
    clientId: client.id,
  };
  const portal = store.scoped(clientCaller);
  // Reflection pieces are the client's own: no links to the practitioner's characters or threads.
  for (const { pieces, ...reflection } of demo.reflections) {
    await portal.createReflection(client.id, {
      ...reflection,
      pieces: resolveDemoPieces(reflection.text, pieces, demo.characters).map(
        ({ threadKeys: _unused, ...p }) => p,
      ),
    });
  }
}
