// Courses of treatment: a client's process with its intention; sessions are numbered within one.
import type { Selectable } from "kysely";
import { CourseInput, type Course } from "../../domain";
import type { CoursesTable } from "../database";
import { parseInput } from "../parse-input";
import type { OperationsFor } from "./operation";

const audit = (action: "read" | "create" | "update") => ({ action, resourceType: "course" });

export const courseOperations: OperationsFor<"listCourses" | "createCourse" | "updateCourse"> = {
  listCourses: {
    access: "staff",
    writes: false,
    audit: audit("read"),
    async run(ctx, clientId) {
      await ctx.requireClient(clientId);
      const rows = await ctx.db
        .selectFrom("courses")
        .selectAll()
        .where("client_id", "=", clientId)
        .orderBy("start_date")
        .orderBy("id")
        .execute();
      return rows.map(toCourse);
    },
  },

  createCourse: {
    access: "staff",
    writes: true,
    audit: audit("create"),
    async run(ctx, clientId, input) {
      const data = parseInput(CourseInput, input);
      await ctx.requireClient(clientId);
      const row: Selectable<CoursesTable> = {
        ...ctx.newClientRecord(clientId),
        intention: data.intention,
        start_date: data.startDate,
        end_date: data.endDate,
      };
      await ctx.db.insertInto("courses").values(row).execute();
      return toCourse(row);
    },
  },

  updateCourse: {
    access: "staff",
    writes: true,
    audit: audit("update"),
    async run(ctx, courseId, input) {
      const existing = await ctx.requireOwned("courses", courseId, "course");
      const data = parseInput(CourseInput, input);
      const row = {
        ...existing,
        intention: data.intention,
        start_date: data.startDate,
        end_date: data.endDate,
        updated_at: ctx.now(),
      };
      await ctx.db.updateTable("courses").set(row).where("id", "=", row.id).execute();
      return toCourse(row);
    },
  },
};

function toCourse(row: Selectable<CoursesTable>): Course {
  return {
    id: row.id,
    practiceId: row.practice_id,
    clientId: row.client_id,
    intention: row.intention,
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
