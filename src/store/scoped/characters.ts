// Characters of a client's process (label, aspect, description). Appearances are derived from
// pieces elsewhere (domain/process-view), never stored.
import { sql, type Selectable } from "kysely";
import { CharacterInput, CharacterMergeInput, CharacterUpdate, invalid, type Character } from "../../domain";
import { writeAuditRecord } from "../audit-chain";
import type { CharactersTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "character" as const });

export const characterOperations: OperationsFor<
  "listCharacters" | "createCharacter" | "updateCharacter" | "mergeCharacters"
> = {
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

  // The workspace (issue 11): two characters that turned out to be one. Only the links move
  // (pieces.character_id); every piece keeps its `character` label as written, so a signed note
  // still reads exactly as it was signed. The merged one's notes and aspect are kept in the notes.
  mergeCharacters: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, keptId, input) {
      const { mergedId, version, mergedVersion } = parseInput(CharacterMergeInput, input);
      const kept = await ctx.requireOwned("characters", keptId, "character");
      const merged = await ctx.requireOwned("characters", mergedId, "character").catch(() => null);
      if (!merged || merged.clientId !== kept.clientId || merged.id === kept.id)
        throw invalid("choose another character of this client to merge", [
          { path: "mergedId", message: "not another character of this client" },
        ]);
      ctx.touchClient(kept.clientId);
      await requireVersion(version, kept.version, {}, async () => kept);
      await requireVersion(mergedVersion, merged.version, {}, async () => merged);

      await ctx.db
        .updateTable("pieces")
        .set({ characterId: kept.id })
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("characterId", "=", merged.id)
        .execute();
      // Form drafts kept on the server that name the merged one follow it (an id, UUIDv7 or the
      // compact kind, cannot occur inside another id or typed text, so a textual replace inside
      // the JSON cannot touch anything else).
      await ctx.db
        .updateTable("drafts")
        .set({ content: sql`replace(content, ${merged.id}, ${kept.id})` })
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", kept.clientId)
        .execute();
      const now = ctx.now();
      const row = {
        ...kept,
        description: mergedNotes(kept, merged, now.slice(0, 10)),
        version: version + 1,
        updatedAt: now,
      };
      if (!(await writeAtVersion(ctx, "characters", kept.id, version, row)))
        throw await staleVersion({}, () => ctx.requireOwned("characters", kept.id, "character"));
      const removed = await ctx.db
        .deleteFrom("characters")
        .where("id", "=", merged.id)
        .where("version", "=", mergedVersion)
        .executeTakeFirst();
      if (Number(removed.numDeletedRows) !== 1) throw await staleVersion({}, async () => merged);
      // The kept character's update is the operation's own record; the removal gets one too.
      await writeAuditRecord(
        ctx.db,
        {
          practiceId: ctx.caller.practiceId,
          userId: ctx.caller.userId,
          action: "delete",
          resourceType: "character",
          resourceId: merged.id,
          clientId: kept.clientId,
        },
        ctx.adapter,
      );
      return row;
    },
  },
};

/** The kept notes, then a dated line naming the merged character, its aspect and its notes. */
export function mergedNotes(
  kept: Pick<Character, "description" | "aspect">,
  merged: Pick<Character, "label" | "aspect" | "description">,
  date: string,
): string {
  const aspect = merged.aspect === kept.aspect ? "" : ` (seen then as ${merged.aspect})`;
  const notes = merged.description.trim() ? `: ${merged.description.trim()}` : ".";
  const line = `Merged on ${date} with “${merged.label}”${aspect}${notes}`;
  return kept.description.trim() ? `${kept.description.trimEnd()}\n\n${line}` : line;
}
