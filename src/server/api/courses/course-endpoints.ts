// Courses of treatment: a run of sessions with an intention.
import { conflictBody, Course, CourseInput, CourseUpdate, listOf } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams, CourseParams } from "../params";

export const courseEndpoints = [
  endpoint({
    name: "listCourses",
    method: "GET",
    path: "/api/clients/:clientId/courses",
    summary: "A client's courses of treatment",
    params: ClientParams,
    response: { status: 200, schema: listOf(Course) },
    handler: async ({ store, params }) => ({ items: await store.listCourses(params.clientId) }),
  }),
  endpoint({
    name: "createCourse",
    method: "POST",
    path: "/api/clients/:clientId/courses",
    summary: "Open a course",
    params: ClientParams,
    body: CourseInput,
    response: { status: 201, schema: Course },
    handler: ({ store, params, body }) => store.createCourse(params.clientId, body),
  }),
  endpoint({
    name: "updateCourse",
    method: "PUT",
    path: "/api/courses/:courseId",
    summary:
      "Replace a course: intention, dates (an end date closes it), planned sessions (with the version it started from; 409 when stale)",
    params: CourseParams,
    body: CourseUpdate,
    response: { status: 200, schema: Course },
    conflict: conflictBody(Course),
    handler: ({ store, params, body }) => store.updateCourse(params.courseId, body),
  }),
];
