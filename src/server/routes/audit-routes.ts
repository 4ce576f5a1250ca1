// The audit trail, for the practice's administrator. Records hold ids and actions, never clinical text.
import { z } from "zod";
import { Id } from "../../domain";
import type { App } from "../app-types";
import { items } from "./params";

const AuditQuery = z.object({
  clientId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export async function auditRoutes(app: App) {
  app.get("/api/audit", { config: { access: "admin" }, schema: { querystring: AuditQuery } }, async (req) =>
    items(await req.store.listAudit(req.query)),
  );
}
