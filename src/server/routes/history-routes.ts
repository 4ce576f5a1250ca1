// The client's life history and courses of treatment.
import { CourseInput, LifeEventInput } from "../../domain";
import type { App } from "../app-types";
import { ClientParams, CourseParams, LifeEventParams, items } from "./params";

export async function historyRoutes(app: App) {
  app.get("/api/clients/:clientId/life-events", { schema: { params: ClientParams } }, async (req) =>
    items(await req.store.listLifeEvents(req.params.clientId)),
  );
  app.post(
    "/api/clients/:clientId/life-events",
    { schema: { params: ClientParams, body: LifeEventInput } },
    async (req, reply) =>
      reply.code(201).send(await req.store.createLifeEvent(req.params.clientId, req.body)),
  );
  app.put(
    "/api/life-events/:lifeEventId",
    { schema: { params: LifeEventParams, body: LifeEventInput } },
    (req) => req.store.updateLifeEvent(req.params.lifeEventId, req.body),
  );
  app.delete("/api/life-events/:lifeEventId", { schema: { params: LifeEventParams } }, async (req, reply) => {
    await req.store.deleteLifeEvent(req.params.lifeEventId);
    return reply.code(204).send();
  });

  app.get("/api/clients/:clientId/courses", { schema: { params: ClientParams } }, async (req) =>
    items(await req.store.listCourses(req.params.clientId)),
  );
  app.post(
    "/api/clients/:clientId/courses",
    { schema: { params: ClientParams, body: CourseInput } },
    async (req, reply) => reply.code(201).send(await req.store.createCourse(req.params.clientId, req.body)),
  );
  app.put("/api/courses/:courseId", { schema: { params: CourseParams, body: CourseInput } }, (req) =>
    req.store.updateCourse(req.params.courseId, req.body),
  );
}
