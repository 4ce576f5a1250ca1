// The practitioner's home: what needs doing (drafts to sign, safety flags to follow up) and the
// clients seen lately. Unread client reflections are their own request (/api/reflections/unread,
// read receipts per practitioner); this view no longer guesses them from dates.
import { z } from "zod";
import type { Client } from "../client";
import { Id } from "../common";
import { OpenSafetyFlag } from "../measure-response";
import type { Session } from "../session";
import { inProcessOrder, SessionRef, toSessionRef } from "./view-parts";

export const HomeView = z.object({
  drafts: z.array(z.object({ session: SessionRef, clientId: Id, clientName: z.string() })),
  openFlags: z.array(OpenSafetyFlag),
  recentClients: z.array(
    z.object({ id: Id, name: z.string(), lastSession: SessionRef.nullable(), sessions: z.number().int() }),
  ),
});
export type HomeView = z.infer<typeof HomeView>;

export function buildHome(input: {
  clients: ReadonlyArray<{
    client: Client;
    /** Each session's place and status only (a summary is enough; no pieces). */
    sessions: ReadonlyArray<Pick<Session, "id" | "number" | "date" | "status" | "courseId">>;
  }>;
  openFlags: readonly OpenSafetyFlag[];
}): HomeView {
  const rows = input.clients
    .filter((c) => c.client.status !== "archived")
    .map((c) => ({ ...c, ordered: inProcessOrder(c.sessions) }));
  return {
    drafts: rows.flatMap(({ client, ordered }) =>
      ordered
        .filter((s) => s.status === "draft")
        .map((s) => ({ session: toSessionRef(s), clientId: client.id, clientName: client.name })),
    ),
    openFlags: [...input.openFlags],
    recentClients: rows
      .map(({ client, ordered }) => ({
        id: client.id,
        name: client.name,
        lastSession: ordered.at(-1) ? toSessionRef(ordered.at(-1)!) : null,
        sessions: ordered.length,
      }))
      .sort((a, b) => (b.lastSession?.date ?? "").localeCompare(a.lastSession?.date ?? ""))
      .slice(0, 8),
  };
}
