// The practitioner's home: what needs doing (drafts to sign, safety flags to follow up) and the
// clients seen lately. Unread client reflections are their own request (/api/reflections/unread,
// read receipts per practitioner); this view no longer guesses them from dates.
import { z } from "zod";
import { Id } from "../common";
import { OpenSafetyFlag } from "../measure-response";
import { SessionRef } from "./view-parts";

export const HomeView = z.object({
  drafts: z.array(z.object({ session: SessionRef, clientId: Id, clientName: z.string() })),
  openFlags: z.array(OpenSafetyFlag),
  recentClients: z.array(
    z.object({ id: Id, name: z.string(), lastSession: SessionRef.nullable(), sessions: z.number().int() }),
  ),
});
export type HomeView = z.infer<typeof HomeView>;

/** What the store reads for the home: the caller's clients (not archived), in name order, and their drafts. */
export interface HomeRows {
  clients: Array<{ id: string; name: string; lastSession: SessionRef | null; sessions: number }>;
  /** In the clients' order, each client's in process order. */
  drafts: Array<{ clientId: string; session: SessionRef }>;
}

export function buildHome(rows: HomeRows, openFlags: readonly OpenSafetyFlag[]): HomeView {
  const names = new Map(rows.clients.map((c) => [c.id, c.name]));
  return {
    drafts: rows.drafts.map((d) => ({
      session: d.session,
      clientId: d.clientId,
      clientName: names.get(d.clientId)!,
    })),
    openFlags: [...openFlags],
    recentClients: [...rows.clients]
      .sort((a, b) => (b.lastSession?.date ?? "").localeCompare(a.lastSession?.date ?? ""))
      .slice(0, 8),
  };
}
