// Suggestions from free text; nothing is stored, so no clinical data is written or audited here.
// The extractor runs in a worker thread (extract-pool.ts) and the text has a size limit, so a
// long text neither stalls other requests nor takes the server's time without bound.
import { ExtractRequest, ExtractResult } from "../../../domain";
import { extractInWorker } from "../../extract-pool";
import { TooLarge } from "../../too-large";
import { endpoint } from "../endpoint";

/** Far beyond a session narrative (a long one is some 20,000 characters). */
export const EXTRACT_MAX_CHARACTERS = 50_000;

export const extractEndpoints = [
  endpoint({
    name: "extract",
    method: "POST",
    path: "/api/extract",
    summary: `Suggest pieces from a narrative (at most ${EXTRACT_MAX_CHARACTERS.toLocaleString("en")} characters; 413 beyond)`,
    body: ExtractRequest,
    response: { status: 200, schema: ExtractResult },
    handler: async ({ body }) => {
      if (body.text.length > EXTRACT_MAX_CHARACTERS) {
        throw new TooLarge(
          `the text has ${body.text.length.toLocaleString("en")} characters; suggestions are made for at most ` +
            `${EXTRACT_MAX_CHARACTERS.toLocaleString("en")} — split it into parts`,
        );
      }
      return { pieces: await extractInWorker(body.text) };
    },
  }),
];
