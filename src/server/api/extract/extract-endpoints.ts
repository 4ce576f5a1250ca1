// Suggestions from free text; nothing is stored, so no clinical data is written or audited here.
import { ExtractRequest, ExtractResult } from "../../../domain";
import { endpoint } from "../endpoint";

export const extractEndpoints = [
  endpoint({
    name: "extract",
    method: "POST",
    path: "/api/extract",
    summary: "Suggest pieces from a narrative",
    body: ExtractRequest,
    response: { status: 200, schema: ExtractResult },
    handler: async ({ body }) => {
      // Loaded on first use: the language model takes a moment and most requests never need it.
      const { extractPieces } = await import("../../../analysis");
      return { pieces: extractPieces(body.text) };
    },
  }),
];
