// CSV export: RFC 4180 quoting, one row per response, the scored columns, and no formula cells.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CSV_COLUMNS, csvField, responsesToCsv } from "./responses-csv";

/** An independent RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const QUOTING_RUNS = 2_000;

describe("responsesToCsv", () => {
  it("writes a header and one row per response with the scored columns", () => {
    const csv = responsesToCsv([
      { date: "2024-03-01", instrument: "phq9", answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], clientId: "c1" },
      {
        date: "2024-03-08",
        instrument: "pcl5",
        answers: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, null],
      },
      { date: "2024-03-08", instrument: "who5", answers: [3, 3, 3, 3, 3], instrumentVersion: "1" },
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      [...CSV_COLUMNS],
      ["c1", "2024-03-01", "phq9", "1", "1;1;1;1;1;1;1;1;1", "yes", "9", "mild", "", "phq9-item9"],
      [
        "",
        "2024-03-08",
        "pcl5",
        "1",
        "2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;2;",
        "no",
        "",
        "",
        "B=10;C=4;D=14;E=",
        "",
      ],
      ["", "2024-03-08", "who5", "1", "3;3;3;3;3", "yes", "60", "", "", ""],
    ]);
  });

  it("writes only the header for no responses", () => {
    expect(responsesToCsv([])).toBe(CSV_COLUMNS.join(",") + "\r\n");
  });

  it("refuses a response recorded with another instrument version, naming the row", () => {
    expect(() =>
      responsesToCsv([
        { date: "2024-03-01", instrument: "gad7", instrumentVersion: "0", answers: [0, 0, 0, 0, 0, 0, 0] },
      ]),
    ).toThrow(/row 1: gad7 version 0 cannot be scored by version 1/);
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("plain")).toBe("plain");
  });

  it("defuses cells a spreadsheet would run as a formula, but leaves numbers alone", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-3")).toBe("-3");
  });

  it(`round-trips any client id through an independent CSV reader (${QUOTING_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (clientId) => {
        const rows = parseCsv(
          responsesToCsv([
            { date: "2024-01-01", instrument: "gad7", answers: [0, 1, 2, 3, 0, 1, 2], clientId },
          ]),
        );
        expect(rows).toHaveLength(2);
        expect(rows[1]).toHaveLength(CSV_COLUMNS.length);
        const expected =
          /^[=+\-@\t\r]/.test(clientId) && !/^-?\d+(\.\d+)?$/.test(clientId) ? `'${clientId}` : clientId;
        expect(rows[1]![0]).toBe(expected);
        expect(rows[1]![6]).toBe("9");
      }),
      { numRuns: QUOTING_RUNS },
    );
  });
});
