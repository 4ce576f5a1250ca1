// A client's session as a line of the overview's table: its place on the axis and how many
// pieces it holds, counted by the store, so a list of 300 sessions carries no narrative or pieces.
import { z } from "zod";
import { SessionRef } from "./views";

export const SessionSummary = SessionRef.extend({
  pieceCount: z.number().int().min(0),
});
export type SessionSummary = z.infer<typeof SessionSummary>;
