// Text both stores can hold: PostgreSQL refuses NUL in text, and a lone UTF-16 surrogate has no
// UTF-8 form (each store would silently store U+FFFD). Every string a request carries — body,
// query, path parameters — is checked here, so each store answers the same 400 naming the field.
import type { FastifyInstance } from "fastify";
import { invalid } from "../domain";

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function installStorableTextCheck(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const problem =
      findUnstorable(request.params, "") ??
      findUnstorable(request.query, "") ??
      findUnstorable(request.body, "");
    if (problem !== null) {
      const message = "contains a character that cannot be stored (NUL or a lone surrogate)";
      throw invalid(`invalid input: ${problem || "body"}: ${message}`, [
        { path: problem || "body", message },
      ]);
    }
  });
}

/** The dotted path of the first string (or key) holding an unstorable character, or null. */
export function findUnstorable(value: unknown, path: string): string | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) return at;
    const found = findUnstorable(inner, at);
    if (found !== null) return found;
  }
  return null;
}
