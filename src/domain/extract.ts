// Suggestions read from free text: what is asked and what comes back.
import { z } from "zod";
import { ExtractedPiece } from "./piece";

/** 200,000 characters is far beyond a session narrative and bounds the work one request can ask. */
export const ExtractRequest = z.object({ text: z.string().max(200_000) });
export type ExtractRequest = z.input<typeof ExtractRequest>;

export const ExtractResult = z.object({ pieces: z.array(ExtractedPiece) });
export type ExtractResult = z.infer<typeof ExtractResult>;
