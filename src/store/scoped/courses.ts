// Courses of treatment: a client's process with its intention; sessions are numbered within one.
import type { Selectable } from "kysely";
import { CourseInput, type Course } from "../../domain";
import type { CoursesTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "course" as const });

export const courseOperations: OperationsFor<"listCourses" | "createCourse" | "updateCourse"> = {
  listCourses: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId): Promise<Course[]> {
      await ctx.requireClient(clientId);
      return ctx.db
        .selectFrom("courses")
        .selectAll()
        .where("clientId", "=", clientId)
        .orderBy("startDate")
        .orderBy("id")
        .execute();
    },
  },

  createCourse: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(CourseInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<CoursesTable> = { ...ctx.newClientRecord(clientId), ...data };
      await ctx.db.insertInto("courses").values(row).execute();
      return row;
    },
  },

  updateCourse: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, courseId, input) {
      const existing = await ctx.requireOwned("courses", courseId, "course");
      const row = { ...existing, ...parseInput(CourseInput, input), updatedAt: ctx.now() };
      await ctx.db.updateTable("courses").set(row).where("id", "=", row.id).execute();
      return row;
    },
  },
};
