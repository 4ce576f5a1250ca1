// Characters of a client's process (label, aspect, description). Appearances are derived from
// pieces elsewhere (domain/process-view), never stored.
import type { Selectable } from "kysely";
import { CharacterInput, CharacterUpdate, type Character } from "../../domain";
import type { CharactersTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "character" as const });

export const characterOperations: OperationsFor<"listCharacters" | "createCharacter" | "updateCharacter"> = {
  listCharacters: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId): Promise<Character[]> {
      await ctx.requireClient(clientId);
      return ctx.db
        .selectFrom("characters")
        .selectAll()
        .where("clientId", "=", clientId)
        .orderBy("id")
        .execute();
    },
  },

  createCharacter: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(CharacterInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<CharactersTable> = { ...ctx.newClientRecord(clientId), ...data, version: 1 };
      await ctx.db.insertInto("characters").values(row).execute();
      return row;
    },
  },

  updateCharacter: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, characterId, input) {
      const existing = await ctx.requireOwned("characters", characterId, "character");
      const { version, ...fields } = parseInput(CharacterUpdate, input);
      await requireVersion(version, existing.version, fields, async () => existing);
      const row = { ...existing, ...fields, version: version + 1, updatedAt: ctx.now() };
      if (!(await writeAtVersion(ctx, "characters", characterId, version, row)))
        throw await staleVersion(fields, async () => {
          const now = await ctx.requireOwned("characters", characterId, "character");
          return now;
        });
      return row;
    },
  },
};
