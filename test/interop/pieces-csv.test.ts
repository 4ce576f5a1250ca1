import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadClientRecord } from "../../src/interop/client-record";
import { PIECE_CSV_COLUMNS, piecesToCsv } from "../../src/interop/csv/pieces-csv";
import type { SystemStore } from "../../src/store/store";
import { storeTargets } from "../support/databases";
import { makeRichPractice, type RichPractice } from "./practice-fixture";

let store: SystemStore;
let practice: RichPractice;
beforeAll(async () => {
  store = await storeTargets()[0]!.open();
  practice = await makeRichPractice(store);
});
afterAll(() => store.close());

/** A minimal RFC 4180 reader for the test: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("pieces CSV", () => {
  it("has one row per piece of sessions and shared reflections, with every field of the spec", async () => {
    const record = await loadClientRecord(store.scoped(practice.operator), practice.maraId);
    const [header, ...rows] = parseCsv(piecesToCsv([record]));
    expect(header).toEqual([...PIECE_CSV_COLUMNS]);
    expect(rows.length).toBe(7);
    const cell = (row: string[], column: (typeof PIECE_CSV_COLUMNS)[number]) =>
      row[PIECE_CSV_COLUMNS.indexOf(column)];
    const visual = rows.find((r) => cell(r, "kind") === "visual" && cell(r, "source") === "session")!;
    expect(cell(visual, "colours")).toBe("gold");
    expect(cell(visual, "text")).toContain(", gold and warm");
    const girl = rows.find((r) => cell(r, "kind") === "character")!;
    expect([cell(girl, "character_label"), cell(girl, "aspect"), cell(girl, "threads")]).toEqual([
      "little girl",
      "child",
      "The fall",
    ]);
    const memory = rows.find((r) => cell(r, "kind") === "memory")!;
    expect([cell(memory, "age"), cell(memory, "period"), cell(memory, "session_number")]).toEqual([
      "6",
      "childhood",
      "1",
    ]);
    expect(rows.filter((r) => cell(r, "source") === "reflection").length).toBe(1);
  });
});
