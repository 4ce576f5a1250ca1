import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Client } from "../../domain";
import { generateClient } from "./api-files";
import { endpoint } from "./endpoint";
import { renderApiFiles } from "./render-api-files";

const root = resolve(import.meta.dirname, "../../..");

describe("files derived from the endpoint declarations", () => {
  it("the web client and docs/api.md match the declarations (run `npm run generate:api` when this fails)", async () => {
    for (const file of await renderApiFiles(root)) {
      const onDisk = await readFile(join(root, file.path), "utf8");
      expect(onDisk, `${file.path} is stale`).toBe(file.content);
    }
  });

  it("refuses a response schema that has no name in src/domain or src/measures", () => {
    const unnamed = endpoint({
      name: "getThing",
      method: "GET",
      path: "/api/things",
      summary: "x",
      response: { status: 200, schema: z.object({ x: z.string() }) },
      handler: async () => ({ x: "" }),
    });
    expect(() => generateClient([unnamed])).toThrow(/getThing response: give this schema a name/);
  });

  it("refuses params that do not match the path's parameters", () => {
    const wrong = endpoint({
      name: "getClient",
      method: "GET",
      path: "/api/clients/:clientId",
      summary: "x",
      response: { status: 200, schema: Client },
      handler: async () => {
        throw new Error("not called");
      },
    });
    expect(() => generateClient([wrong])).toThrow(
      /params schema \(\) must name the path's parameters \(clientId\)/,
    );
  });
});
