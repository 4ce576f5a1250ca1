// The layering rules of eslint.config.js, run through ESLint's Node API on fixture sources placed
// (in name only) in each folder: a back-import fails lint, an inward import passes.
import { resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, "../..") });

/** The messages of the layering rule for a source as if it were the file at `path`. */
async function layeringErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const uses = (from: string) => `import { x } from "${from}";\nexport const y = x;\n`;

describe("layering lint", () => {
  it.each([
    ["src/domain/fixture.ts", "../store"],
    ["src/domain/fixture.ts", "../server/start"],
    ["src/domain/fixture.ts", "../analysis"],
    ["src/domain/fixture.ts", "../measures/registry"],
    ["src/domain/fixture.ts", "../cli/main"],
    ["src/domain/fixture.ts", "../demo/seed-demo"],
    ["src/domain/fixture.ts", "node:fs"],
    ["src/domain/fixture.ts", "fs/promises"],
    ["src/analysis/fixture.ts", "../store/open-store"],
    ["src/analysis/detect/fixture.ts", "../../server/app"],
    ["src/measures/fixture.ts", "../server/routes/measure-routes"],
    ["src/measures/instruments/fixture.ts", "../../cli/main"],
    ["src/measures/fixture.ts", "../demo"],
    ["web/src/fixture.ts", "../../src/server/routes/measure-catalogue"],
    ["web/src/measures/fixture.ts", "../../../src/store"],
    ["web/src/measures/fixture.ts", "../../../src/analysis"],
    ["web/src/pages/fixture.tsx", "../../../src/cli/main"],
    ["web/src/suggestions/fixture.ts", "../session-form/session-draft"],
  ])("fails %s importing %s", async (path, from) => {
    expect(await layeringErrors(path, uses(from))).toHaveLength(1);
  });

  it("fails a type-only back-import too", async () => {
    const source = `import type { X } from "../../../src/server/app-types";\nexport type Y = X;\n`;
    expect(await layeringErrors("web/src/api/fixture.ts", source)).toHaveLength(1);
  });

  it.each([
    ["src/domain/fixture.ts", "./piece"],
    ["src/analysis/detect/fixture.ts", "../../domain"],
    ["src/analysis/detect/fixture.ts", "../model"],
    ["src/measures/fixture.ts", "../domain"],
    ["src/server/fixture.ts", "../store"],
    ["web/src/measures/fixture.ts", "../../../src/domain"],
    ["web/src/measures/fixture.ts", "../../../src/measures"],
    ["web/src/session-form/fixture.ts", "../suggestions/suggestion-state"],
  ])("passes %s importing %s", async (path, from) => {
    expect(await layeringErrors(path, uses(from))).toEqual([]);
  });
});
