// The logged-in practitioners of a generated practice for the mixed HTTP load: each with a
// login cookie, the clients of their care team (not the long clients, whose views are measured
// on their own), their latest sessions and a client of their own to save sessions to.
import { openLoginSession } from "../src/server/auth/login-sessions";
import type { SystemStore } from "../src/store/store";
import type { Manifest } from "./bench-stores";
import type { LoadTargets } from "./http-load";
import type { RawDb } from "./raw-db";

export async function loadPractitioners(
  m: Manifest,
  system: SystemStore,
  raw: RawDb,
): Promise<LoadTargets["practitioners"]> {
  const practiceId = m.clinic.practiceId;
  const longIds = new Set(Object.values(m.longClients).map((c) => c.id));
  const practitioners: LoadTargets["practitioners"] = [];
  for (const p of m.clinic.practitioners) {
    const clientIds = (
      await raw.all<{ client_id: string }>("select client_id from care_team where user_id = ?", [p.id])
    )
      .map((r) => r.client_id)
      .filter((id) => !longIds.has(id));
    const sessionIds = (
      await raw.all<{ id: string }>(
        "select id from sessions where practitioner_id = ? and client_id in (select client_id from care_team where user_id = ?) order by id desc limit 300",
        [p.id, p.id],
      )
    ).map((r) => r.id);
    const store = system.scoped({ userId: p.id, practiceId, role: "practitioner", clientId: null });
    const saveClient = await store.createClient({ name: `Load Saves ${Date.now()}` });
    if (!clientIds.length || !sessionIds.length) continue;
    const { token } = await openLoginSession(system, {
      id: p.id,
      practiceId,
      role: "practitioner",
      clientId: null,
    });
    practitioners.push({
      cookie: `tessera_session=${token}`,
      clientIds,
      sessionIds,
      saveClientId: saveClient.id,
    });
  }
  return practitioners;
}
