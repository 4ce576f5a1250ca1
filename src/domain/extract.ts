// Suggestions read from free text: what is asked and what comes back.
import { z } from "zod";
import { ExtractedPiece } from "./piece";

/**
 * No length limit here: the extract endpoint answers 413 above its own limit with a message that
 * says by how much, and a second, smaller limit in the schema would answer 400 for the longest texts.
 */
export const ExtractRequest = z.object({ text: z.string() });
export type ExtractRequest = z.input<typeof ExtractRequest>;

export const ExtractResult = z.object({ pieces: z.array(ExtractedPiece) });
export type ExtractResult = z.infer<typeof ExtractResult>;
