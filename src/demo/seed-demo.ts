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
  for (const { key, history, ...thread } of demo.threads) {
    // A thread with a history opens as open; its changes are made once the sessions exist.
    const opened = history?.length ? { ...thread, status: "open" as const } : thread;
    threadIds.set(key, (await practitioner.createThread(client.id, opened)).id);
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
  const sessionIds: string[] = [];
  for (const { signed, pieces, ...session } of sessions) {
    const created = await practitioner.createSession(client.id, {
      ...session,
      courseId: course.id,
      pieces: linkPieces(session.narrative, pieces),
    });
    sessionIds.push(created.id);
    if (signed) await practitioner.signSession(created.id);
  }
  await seedStatusHistories(practitioner, demo, threadIds, sessionIds);

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

/** The threads' changes of status from the sessions they name (1-based), in order. */
async function seedStatusHistories(
  practitioner: ScopedStore,
  demo: DemoClient,
  threadIds: Map<string, string>,
  sessionIds: string[],
): Promise<void> {
  for (const { key, history, ...input } of demo.threads) {
    if (!history?.length) continue;
    if (history.at(-1)!.status !== input.status)
      throw new Error(
        `demo thread ${key}: its history ends at ${history.at(-1)!.status}, not ${input.status}`,
      );
    const threadId = threadIds.get(key)!;
    let version = 1;
    for (const change of history) {
      const sessionId = sessionIds[change.session - 1];
      if (!sessionId) throw new Error(`demo thread ${key}: no session ${change.session}`);
      const updated = await practitioner.updateThread(threadId, {
        name: input.name,
        description: input.description ?? "",
        status: change.status,
        version,
        statusSessionId: sessionId,
        statusNote: change.note,
      });
      version = updated.version;
    }
  }
}
