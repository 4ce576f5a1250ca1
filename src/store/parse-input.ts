// The store validates what it is given with the domain schemas (the server already did, but
// the seeder and CLI call the store directly) and reports bad fields by path.
import type { z } from "zod";
import { invalid } from "../domain";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid(
    "the input is not valid",
    parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
  );
}
