// The practitioner's home: what needs doing (drafts to sign, safety flags to follow up, client
// reflections not yet taken into a session) and the clients seen lately.
import { z } from "zod";
import type { Client } from "../client";
import { Id, IsoDate } from "../common";
import { OpenSafetyFlag } from "../measure-response";
import type { Reflection } from "../reflection";
import type { Session } from "../session";
import { inProcessOrder, SessionRef, shortenWords, toSessionRef } from "./view-parts";

export const HomeView = z.object({
  drafts: z.array(z.object({ session: SessionRef, clientId: Id, clientName: z.string() })),
  openFlags: z.array(OpenSafetyFlag),
  /** Shared reflections written after the client's latest session: not yet brought into a session. */
  unreadReflections: z.array(
    z.object({ id: Id, clientId: Id, clientName: z.string(), date: IsoDate, excerpt: z.string() }),
  ),
  recentClients: z.array(
    z.object({ id: Id, name: z.string(), lastSession: SessionRef.nullable(), sessions: z.number().int() }),
  ),
});
export type HomeView = z.infer<typeof HomeView>;

export function buildHome(input: {
  clients: ReadonlyArray<{
    client: Client;
    sessions: readonly Session[];
    reflections: readonly Reflection[];
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
    unreadReflections: rows
      .flatMap(({ client, ordered, reflections }) => {
        const last = ordered.at(-1)?.date ?? "";
        return reflections
          .filter((r) => r.sharedWithPractitioner && r.date > last)
          .map((r) => ({
            id: r.id,
            clientId: client.id,
            clientName: client.name,
            date: r.date,
            excerpt: shortenWords(r.text, 160),
          }));
      })
      .sort((a, b) => b.date.localeCompare(a.date)),
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
