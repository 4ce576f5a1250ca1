// The `tessera extract` command: plain text and JSONL modes, as ../shared/spec/pieces.md says.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ExtractedPiece } from "../../src/domain";
import { parseLine } from "../../src/cli/extract-command";

const bin = fileURLToPath(new URL("../../bin/tessera.mjs", import.meta.url));

function run(args: string[], input: string) {
  return spawnSync(process.execPath, [bin, "extract", ...args], { input, encoding: "utf8" });
}

describe("tessera extract", () => {
  it("reads plain text and writes {pieces}", () => {
    const r = run([], "A warm golden light filled her chest.");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { pieces: unknown[] };
    expect(out.pieces.length).toBeGreaterThan(0);
    for (const p of out.pieces) ExtractedPiece.parse(p);
  });

  it("writes {pieces: []} for empty input", () => {
    const r = run([], "");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ pieces: [] });
  });

  it("answers each JSONL line with one line, in the same order", () => {
    const lines = [
      { id: "b", text: "Her left knee jerked." },
      { id: "a", text: "" },
      { id: "c", text: "She smelled smoke." },
    ];
    const r = run(["--jsonl"], lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; pieces: { kind: string }[] });
    expect(out.map((o) => o.id)).toEqual(["b", "a", "c"]);
    expect(out[0]!.pieces.map((p) => p.kind)).toEqual(["movement"]);
    expect(out[1]!.pieces).toEqual([]);
    expect(out[2]!.pieces.map((p) => p.kind)).toEqual(["smell"]);
  });

  it("names the line number of a bad JSONL line and does not echo its text", () => {
    const r = run(["--jsonl"], `{"id":"1","text":"fine"}\n{"id":"2","text": secret clinical words\n`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("line 2");
    expect(r.stderr).not.toContain("secret clinical words");
  });
});

describe("parseLine", () => {
  it("rejects lines that are not {id, text} objects, naming the line", () => {
    expect(() => parseLine("[1,2]", 3)).toThrow(/line 3/);
    expect(() => parseLine('{"id":"x"}', 4)).toThrow(/line 4: "text"/);
    expect(() => parseLine('{"text":"x"}', 5)).toThrow(/line 5: "id"/);
    expect(parseLine('{"id":"x","text":"y"}', 1)).toEqual({ id: "x", text: "y" });
  });
});
