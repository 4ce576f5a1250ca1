// Courses of treatment: a client's process with its intention and planned number of sessions;
// open until it has an end date. A new session joins the open course by default (sessions.ts).
import type { Selectable } from "kysely";
import { CourseInput, CourseUpdate, type Course } from "../../domain";
import type { CoursesTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";
import type { ScopeContext } from "./scope-context";
import { requireVersion, staleVersion, writeAtVersion } from "./versioned-write";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "course" as const });

export const courseOperations: OperationsFor<"listCourses" | "createCourse" | "updateCourse"> = {
  listCourses: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId): Promise<Course[]> {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("courses")
        .selectAll()
        .where("clientId", "=", clientId)
        .orderBy("startDate")
        .orderBy("id")
        .execute();
      const counts = await sessionCounts(ctx, clientId);
      return rows.map((row) => ({ ...row, sessionCount: counts.get(row.id) ?? 0 }));
    },
  },

  createCourse: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(CourseInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<CoursesTable> = { ...ctx.newClientRecord(clientId), ...data, version: 1 };
      await ctx.db.insertInto("courses").values(row).execute();
      return { ...row, sessionCount: 0 };
    },
  },

  updateCourse: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, courseId, input) {
      const existing = await ctx.requireOwned("courses", courseId, "course");
      const { version, ...fields } = parseInput(CourseUpdate, input);
      const current = async (r = existing) => ({
        ...r,
        sessionCount: (await sessionCounts(ctx, r.clientId)).get(r.id) ?? 0,
      });
      await requireVersion(version, existing.version, fields, current);
      const row = { ...existing, ...fields, version: version + 1, updatedAt: ctx.now() };
      if (!(await writeAtVersion(ctx, "courses", courseId, version, row)))
        throw await staleVersion(fields, async () =>
          current(await ctx.requireOwned("courses", courseId, "course")),
        );
      return current(row);
    },
  },
};

async function sessionCounts(ctx: ScopeContext, clientId: string): Promise<Map<string, number>> {
  const rows = await ctx.db
    .selectFrom("sessions")
    .select((eb) => ["courseId", eb.fn.countAll().as("n")])
    .where("practiceId", "=", ctx.caller.practiceId)
    .where("clientId", "=", clientId)
    .where("courseId", "is not", null)
    .groupBy("courseId")
    .execute();
  return new Map(rows.map((r) => [r.courseId!, Number(r.n)]));
}
