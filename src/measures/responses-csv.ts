// CSV export of measure responses: one row per response, RFC 4180 quoting, CRLF line ends.
import { scoreResponse } from "./score-response";
import { requireInstrument } from "./registry";
import { invalid } from "../domain";

export interface CsvResponseRow {
  /** YYYY-MM-DD */
  date: string;
  instrument: string;
  /** The version the response was recorded with; it must be the one Tessera scores today. */
  instrumentVersion?: string;
  answers: readonly (number | null)[];
  /** Included as the first column, for practice-wide exports. */
  clientId?: string;
}

export const CSV_COLUMNS = [
  "client_id",
  "date",
  "instrument",
  "version",
  "answers",
  "complete",
  "total",
  "band",
  "subscales",
  "flags",
] as const;

/**
 * Rows in, CSV text out. Answers are one field, items separated by ";" with an empty slot for a
 * missing item ("1;2;;3"); subscales are "B=5;C=2"; flags are ";"-separated.
 */
export function responsesToCsv(rows: readonly CsvResponseRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  rows.forEach((row, i) => {
    const def = requireInstrument(row.instrument);
    if (row.instrumentVersion !== undefined && row.instrumentVersion !== def.version) {
      const message = `row ${i + 1}: ${def.id} version ${row.instrumentVersion} cannot be scored by version ${def.version}`;
      throw invalid(message, [{ path: `${i}.instrumentVersion`, message }]);
    }
    const r = scoreResponse(row.instrument, row.answers);
    const fields = [
      row.clientId ?? "",
      row.date,
      r.instrument,
      r.version,
      row.answers.map((a) => (a === null ? "" : String(a))).join(";"),
      r.complete ? "yes" : "no",
      r.total === null ? "" : String(r.total),
      r.band ?? "",
      Object.entries(r.subscales)
        .map(([k, v]) => `${k}=${v ?? ""}`)
        .join(";"),
      r.flags.join(";"),
    ];
    lines.push(fields.map(csvField).join(","));
  });
  return lines.join("\r\n") + "\r\n";
}

/** Quote a field when it holds a comma, quote or line break; defuse spreadsheet formulas. */
export function csvField(value: string): string {
  // A cell starting with = + - @ (or a tab/CR) can run as a formula in a spreadsheet (OWASP CSV
  // injection); numbers are safe, other text gets a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
