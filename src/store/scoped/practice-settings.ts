// Per-practice settings: the crisis text a client sees at once when their answers raise a
// safety flag. Any logged-in user of the practice may read the text; only an admin changes it.
import { DEFAULT_CRISIS_TEXT, PracticeSettingsInput, type PracticeSettings } from "../../domain";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

const audit = (action: "read" | "update") => ({ action, resourceType: "practice-settings" as const });

export const practiceSettingsOperations: OperationsFor<
  "getPracticeSettings" | "updatePracticeSettings" | "getCrisisText"
> = {
  getPracticeSettings: {
    access: "staff",
    writes: false,
    audit: null,
    run: (ctx) => loadSettings(ctx),
  },

  updatePracticeSettings: {
    access: "admin",
    writes: true,
    audit: { ...audit("update"), resourceId: (_a, r) => r.practiceId },
    async run(ctx, input) {
      const data = parseInput(PracticeSettingsInput, input);
      const crisisText = data.crisisText ? data.crisisText : null;
      const now = ctx.now();
      await ctx.db
        .insertInto("practiceSettings")
        .values({ practiceId: ctx.caller.practiceId, crisisText, updatedAt: now })
        .onConflict((oc) => oc.column("practiceId").doUpdateSet({ crisisText, updatedAt: now }))
        .execute();
      return loadSettings(ctx);
    },
  },

  getCrisisText: {
    access: "staff-or-own-client",
    writes: false,
    // Not clinical: the practice's own wording, the same for every client.
    audit: null,
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      return { text: (await loadSettings(ctx)).crisisText };
    },
  },
};

async function loadSettings(ctx: ScopeContext): Promise<PracticeSettings> {
  const row = await ctx.db
    .selectFrom("practiceSettings")
    .selectAll()
    .where("practiceId", "=", ctx.caller.practiceId)
    .executeTakeFirst();
  const practice = await ctx.db
    .selectFrom("practices")
    .select("name")
    .where("id", "=", ctx.caller.practiceId)
    .executeTakeFirstOrThrow();
  return {
    practiceId: ctx.caller.practiceId,
    practiceName: practice.name,
    crisisText: row?.crisisText || DEFAULT_CRISIS_TEXT,
    customCrisisText: Boolean(row?.crisisText),
    updatedAt: row?.updatedAt ?? null,
  };
}
