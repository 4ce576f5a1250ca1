// Suggestions from free text; nothing is stored, so no clinical data is written or audited here.
import { z } from "zod";
import type { App } from "../app-types";

const ExtractBody = z.object({ text: z.string().max(200_000) });

export async function extractRoutes(app: App) {
  app.post(
    "/api/extract",
    { config: { access: "signed-in" }, schema: { body: ExtractBody } },
    async (req) => {
      // Loaded on first use: the language model takes a moment and most requests never need it.
      const { extractPieces } = await import("../../analysis");
      return { pieces: extractPieces(req.body.text) };
    },
  );
}
