// Drafts of a form, saved while the practitioner types: one per user, client and form key, so a
// reload, a crash or another browser finds what was typed. Only the author reads their drafts.
// They hold clinical text, so each save and read is audited like the session it is a draft of.
import { DraftInput, DraftKey, type Draft } from "../../domain";
import { jsonColumns } from "../json-column";
import { newId } from "../new-id";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const json = jsonColumns("drafts", ["content"]);
const audit = (action: "read" | "update" | "delete") => ({
  action,
  resourceType: "session" as const,
  resourceId: () => null,
});

export const draftOperations: OperationsFor<"listDrafts" | "saveDraft" | "deleteDraft"> = {
  listDrafts: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("drafts")
        .select(["key", "clientId", "content", "baseVersion", "savedAt"])
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("userId", "=", ctx.caller.userId)
        .where("clientId", "=", clientId)
        .orderBy("savedAt", "desc")
        .execute();
      return rows.map((r) => json.read(r));
    },
  },

  saveDraft: {
    access: "staff",
    writes: true,
    // Two saves of a new draft at once: the loser retries and updates the winner's row.
    retryOnUniqueViolation: true,
    audit: audit("update"),
    async run(ctx, clientId, key, input) {
      const draftKey = parseInput(DraftKey, key);
      const data = parseInput(DraftInput, input);
      await ctx.requireClient(clientId);
      const draft: Draft = { key: draftKey, clientId, ...data, savedAt: ctx.now() };
      const owner = { practiceId: ctx.caller.practiceId, userId: ctx.caller.userId, clientId, key: draftKey };
      const found = await ctx.db
        .selectFrom("drafts")
        .select("id")
        .where("practiceId", "=", owner.practiceId)
        .where("userId", "=", owner.userId)
        .where("clientId", "=", clientId)
        .where("key", "=", draftKey)
        .executeTakeFirst();
      const values = json.write({
        content: draft.content,
        baseVersion: draft.baseVersion,
        savedAt: draft.savedAt,
      });
      if (found) await ctx.db.updateTable("drafts").set(values).where("id", "=", found.id).execute();
      else
        await ctx.db
          .insertInto("drafts")
          .values({ id: newId(), ...owner, ...values })
          .execute();
      return draft;
    },
  },

  deleteDraft: {
    access: "staff",
    writes: true,
    audit: audit("delete"),
    async run(ctx, clientId, key) {
      await ctx.requireClient(clientId);
      await ctx.db
        .deleteFrom("drafts")
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("userId", "=", ctx.caller.userId)
        .where("clientId", "=", clientId)
        .where("key", "=", key)
        .execute();
    },
  },
};
