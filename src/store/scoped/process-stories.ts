// The practitioner's plain-language story of a client's process (per course, per session, or any
// time). The client sees only the shared ones; a draft can be assembled from the pieces.
import type { Selectable } from "kysely";
import { draftProcessStory, invalid, ProcessStoryInput, type ProcessStory } from "../../domain";
import type { ProcessStoriesTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";

type Row = Selectable<ProcessStoriesTable>;
const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "process-story" as const });

export const processStoryOperations: OperationsFor<
  "listProcessStories" | "createProcessStory" | "updateProcessStory" | "draftProcessStory"
> = {
  listProcessStories: {
    access: "staff-or-own-client",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      let query = ctx.db
        .selectFrom("processStories")
        .selectAll()
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId);
      // The practitioner's unshared drafts are theirs until shared.
      if (ctx.caller.role === "client") query = query.where("shared", "=", 1);
      const rows = await query.orderBy("createdAt").orderBy("id").execute();
      return rows.map(toStory);
    },
  },

  createProcessStory: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(ProcessStoryInput, input);
      await ctx.requireClient(clientId);
      await checkLinks(ctx, clientId, data);
      const now = ctx.now();
      const row: Row = {
        ...ctx.newClientRecord(clientId, now),
        ...data,
        shared: data.shared ? 1 : 0,
        sharedAt: data.shared ? now : null,
        authorId: ctx.caller.userId,
      };
      await ctx.db.insertInto("processStories").values(row).execute();
      return toStory(row);
    },
  },

  updateProcessStory: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, storyId, input) {
      const data = parseInput(ProcessStoryInput, input);
      const existing = await ctx.requireOwned("processStories", storyId, "process story");
      await checkLinks(ctx, existing.clientId, data);
      const now = ctx.now();
      const changes = {
        ...data,
        shared: data.shared ? 1 : 0,
        // Sharing again after an edit dates it anew, so the client sees it is new.
        sharedAt: data.shared ? now : null,
        updatedAt: now,
      };
      await ctx.db.updateTable("processStories").set(changes).where("id", "=", storyId).execute();
      return toStory({ ...existing, ...changes });
    },
  },

  draftProcessStory: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId, courseId) {
      await ctx.requireClient(clientId);
      const course = courseId ? await ctx.requireOwned("courses", courseId, "course") : null;
      if (course && course.clientId !== clientId)
        throw invalid("the input is not valid", [{ path: "courseId", message: "not this client's course" }]);
      let sessions = ctx.db
        .selectFrom("sessions")
        .select(["id", "date"])
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId);
      if (course) sessions = sessions.where("courseId", "=", course.id);
      const held = await sessions.orderBy("date").execute();
      const ids = held.map((s) => s.id);
      const pieces =
        ids.length === 0
          ? []
          : await ctx.db
              .selectFrom("pieces")
              .select(["kind", "text", "characterId"])
              .where("sessionId", "in", ids)
              .orderBy("createdAt")
              .orderBy("position")
              .execute();
      const characterIds = new Set(
        pieces.map((p) => p.characterId).filter((id): id is string => id !== null),
      );
      const characters = await ctx.db
        .selectFrom("characters")
        .select(["id", "label", "aspect"])
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId)
        .orderBy("createdAt")
        .execute();
      const threads = await ctx.db
        .selectFrom("threads")
        .select(["name", "status"])
        .where("practiceId", "=", ctx.caller.practiceId)
        .where("clientId", "=", clientId)
        .orderBy("createdAt")
        .execute();
      return draftProcessStory({
        courseIntention: course?.intention || null,
        sessionCount: held.length,
        firstDate: held[0]?.date ?? null,
        lastDate: held.at(-1)?.date ?? null,
        // Within a course, only the characters met in its sessions.
        characters: characters.filter((c) => !course || characterIds.has(c.id)),
        threads,
        insights: pieces.filter((p) => p.kind === "insight").map((p) => p.text),
      });
    },
  },
};

async function checkLinks(
  ctx: ScopeContext,
  clientId: string,
  data: { courseId: string | null; sessionId: string | null },
) {
  const wrong = (path: string) => invalid("the input is not valid", [{ path, message: "not this client's" }]);
  if (data.courseId) {
    const c = await ctx.requireOwned("courses", data.courseId, "course").catch(() => null);
    if (!c || c.clientId !== clientId) throw wrong("courseId");
  }
  if (data.sessionId) {
    const s = await ctx.requireOwned("sessions", data.sessionId, "session").catch(() => null);
    if (!s || s.clientId !== clientId) throw wrong("sessionId");
  }
  ctx.touchClient(clientId);
}

function toStory({ shared, ...row }: Row): ProcessStory {
  return { ...row, shared: shared === 1 };
}
