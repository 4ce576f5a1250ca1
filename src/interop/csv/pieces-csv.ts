// One row per piece with its fields (../shared/spec/pieces.md), for practitioners who analyse in
// a spreadsheet. Lists are joined with "; ". Cells are escaped like the measures CSV (formula
// injection included).
import { csvField } from "../../measures";
import type { ClientRecord } from "../client-record";

export const PIECE_CSV_COLUMNS = [
  "client_id",
  "client_name",
  "source",
  "session_number",
  "date",
  "piece_id",
  "position",
  "kind",
  "text",
  "regions",
  "laterality",
  "age",
  "period",
  "colours",
  "temperature",
  "movement",
  "emotions",
  "character",
  "aspect",
  "start",
  "end",
  "character_label",
  "threads",
] as const;

export function piecesToCsv(records: ClientRecord[]): string {
  const lines = [PIECE_CSV_COLUMNS.join(",")];
  for (const rec of records) {
    const characters = new Map(rec.characters.map((c) => [c.id, c.label]));
    const threads = new Map(rec.threads.map((t) => [t.id, t.name]));
    const owners = [
      ...rec.sessions.map((s) => ({
        source: "session",
        number: String(s.number),
        date: s.date,
        pieces: s.pieces,
      })),
      ...rec.reflections.map((r) => ({ source: "reflection", number: "", date: r.date, pieces: r.pieces })),
    ];
    for (const owner of owners) {
      for (const p of owner.pieces) {
        const cells: Record<(typeof PIECE_CSV_COLUMNS)[number], string> = {
          client_id: rec.client.id,
          client_name: rec.client.name,
          source: owner.source,
          session_number: owner.number,
          date: owner.date,
          piece_id: p.id,
          position: String(p.position),
          kind: p.kind,
          text: p.text,
          regions: p.regions.join("; "),
          laterality: p.laterality ?? "",
          age: p.age === null ? "" : String(p.age),
          period: p.period ?? "",
          colours: p.colours.join("; "),
          temperature: p.temperature ?? "",
          movement: p.movement ?? "",
          emotions: p.emotions.join("; "),
          character: p.character ?? "",
          aspect: p.aspect ?? "",
          start: p.start === null ? "" : String(p.start),
          end: p.end === null ? "" : String(p.end),
          character_label: p.characterId ? (characters.get(p.characterId) ?? "") : "",
          threads: p.threadIds.map((id) => threads.get(id) ?? id).join("; "),
        };
        lines.push(PIECE_CSV_COLUMNS.map((c) => csvField(cells[c])).join(","));
      }
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
