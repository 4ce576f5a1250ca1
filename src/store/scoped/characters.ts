// Characters of a client's process (label, aspect, description). Appearances are derived from
// pieces elsewhere (domain/process-view), never stored.
import type { Selectable } from "kysely";
import { CharacterInput, type Character } from "../../domain";
import type { CharactersTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "character" });

export const characterOperations: OperationsFor<"listCharacters" | "createCharacter" | "updateCharacter"> = {
  listCharacters: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("characters")
        .selectAll()
        .where("client_id", "=", clientId)
        .orderBy("id")
        .execute();
      return rows.map(toCharacter);
    },
  },

  createCharacter: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(CharacterInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<CharactersTable> = {
        ...ctx.newClientRecord(clientId),
        ...data,
      };
      await ctx.db.insertInto("characters").values(row).execute();
      return toCharacter(row);
    },
  },

  updateCharacter: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, characterId, input) {
      const existing = await ctx.requireOwned("characters", characterId, "character");
      const row = { ...existing, ...parseInput(CharacterInput, input), updated_at: ctx.now() };
      await ctx.db.updateTable("characters").set(row).where("id", "=", row.id).execute();
      return toCharacter(row);
    },
  },
};

function toCharacter(row: Selectable<CharactersTable>): Character {
  return {
    id: row.id,
    practiceId: row.practice_id,
    clientId: row.client_id,
    label: row.label,
    aspect: row.aspect as Character["aspect"],
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
