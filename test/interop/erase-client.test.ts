import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eraseClient } from "../../src/interop/erasure/erase-client";
import { openStore } from "../../src/store/open-store";
import { storeTargets } from "../support/databases";
import { clientLogin } from "../store/fixtures";
import { makeRichPractice, UNIQUE_WORD, type RichPractice } from "./practice-fixture";
import { changeThreadStatus } from "./support/thread-status-change";

const [sqlite, postgres] = storeTargets() as [
  ReturnType<typeof storeTargets>[0],
  ReturnType<typeof storeTargets>[0],
];

describe("erasure of a client", () => {
  it("removes the client's words from the SQLite file, its free pages and its -wal, while the store stays open", async () => {
    const { config, dispose } = await sqlite.openConfig();
    const store = await openStore(config);
    try {
      await store.migrate();
      const practice = await makeRichPractice(store);
      await clientLogin(store, practice.practiceId, practice.maraId);
      await addDraftAndAmendment(practice);
      const files = () =>
        ["tessera.db", "tessera.db-wal", "tessera.db-shm"]
          .map((f) => join(config.dataDir, f))
          .filter(existsSync)
          .map((f) => readFileSync(f));
      expect(files().some((b) => b.includes(UNIQUE_WORD))).toBe(true);

      const summary = await eraseClient(config, practice.maraId, { userId: practice.operator.userId });
      expect(summary.deleted).toMatchObject({
        clients: 1,
        sessions: 2,
        pieces: 7,
        users: 1,
        drafts: 1,
        session_amendments: 1,
        thread_status_changes: 2,
      });

      for (const bytes of files()) {
        expect(bytes.includes(UNIQUE_WORD)).toBe(false);
        expect(bytes.includes("Mara Lind")).toBe(false);
      }
      const admin = store.scoped(practice.operator);
      expect((await admin.listClients()).map((c) => c.name)).toEqual(["Dan Okafor"]);
      expect(await admin.search(UNIQUE_WORD)).toEqual([]);
      expect((await admin.listSessions(practice.danId)).length).toBe(2);
      const [audit] = await admin.listAudit({ clientId: practice.maraId, limit: 1 });
      expect(audit).toMatchObject({
        action: "delete",
        resourceType: "client",
        resourceId: practice.maraId,
      });
    } finally {
      await store.close();
      await dispose();
    }
  });

  it.skipIf(postgres.skip !== null)(
    "removes the client's records from PostgreSQL and keeps an audit record",
    async () => {
      const { config, dispose } = await postgres.openConfig();
      const store = await openStore(config);
      try {
        await store.migrate();
        const practice = await makeRichPractice(store);
        await addDraftAndAmendment(practice);
        const summary = await eraseClient(config, practice.maraId, { userId: null });
        expect(summary.deleted).toMatchObject({
          clients: 1,
          sessions: 2,
          characters: 1,
          consents: 2,
          drafts: 1,
          session_amendments: 1,
          thread_status_changes: 2,
        });
        const admin = store.scoped(practice.operator);
        expect((await admin.listClients()).map((c) => c.name)).toEqual(["Dan Okafor"]);
        expect(await admin.search(UNIQUE_WORD)).toEqual([]);
        const audit = await admin.listAudit({ clientId: practice.maraId, limit: 1 });
        expect(audit[0]).toMatchObject({ action: "delete", resourceType: "client", userId: null });
      } finally {
        await store.close();
        await dispose();
      }
    },
  );
});

/** Tables added after the first erasure: a form draft and an amendment, both holding the unique word. */
async function addDraftAndAmendment(practice: RichPractice) {
  const [signed] = await practice.practitioner.listSessions(practice.maraId);
  await practice.practitioner.amendSession(signed!.id, {
    version: signed!.version,
    reason: "a word was missing",
    changes: { insights: `the ${UNIQUE_WORD} light again` },
  });
  await practice.practitioner.saveDraft(practice.maraId, "session-new", {
    content: { narrative: `${UNIQUE_WORD} half typed` },
  });
  await changeThreadStatus(practice); // issue 11: the note holds the word
}
