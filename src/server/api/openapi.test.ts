import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTargets } from "../../../test/support/databases";
import type { SystemStore } from "../../store/store";
import { buildApp } from "../app";
import type { App } from "../app-types";
import { ALL_ENDPOINTS } from "./all-endpoints";

type Operation = {
  operationId?: string;
  responses: Record<string, { content?: object; description?: string }>;
};

describe("the OpenAPI document", () => {
  let store: SystemStore;
  let app: App;
  let doc: { paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    store = await storeTargets()[0]!.open();
    app = await buildApp({ system: store });
    const res = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("validates against the OpenAPI schema", async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("has one operation per declared endpoint, each with its success and error responses", () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    expect(operations.map((o) => o.op.operationId).sort()).toEqual(ALL_ENDPOINTS.map((e) => e.name).sort());
    for (const { op, method, path } of operations) {
      const ep = ALL_ENDPOINTS.find((e) => e.name === op.operationId)!;
      expect(ep.method, `${method} ${path}`).toBe(method);
      const success = op.responses[String(ep.response.status)];
      expect(success, `${op.operationId} ${ep.response.status}`).toBeDefined();
      if ("schema" in ep.response)
        expect(success!.content, `${op.operationId}`).toHaveProperty(["application/json"]);
      for (const status of ["400", "401", "404", "500"]) {
        expect(op.responses[status]?.content, `${op.operationId} ${status}`).toHaveProperty([
          "application/json",
        ]);
      }
    }
  });
});
