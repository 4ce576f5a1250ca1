// Measure responses keep the safety flags raised when they were scored, and the practitioner's
// follow-up of those flags. Rows written before this migration get their flags from the scoring
// engine here, so no PHQ-9 item-9 answer recorded earlier stays unflagged.
import { sql, type Kysely } from "kysely";
import { getInstrument, scoreResponse } from "../../measures";
import type { Migration } from "./migration";

export const measureFlagsAndFollowUp: Migration = {
  name: "002-measure-flags-and-follow-up",
  async up(db) {
    // One column per statement: SQLite's ALTER TABLE adds only one at a time.
    await db.schema
      .alterTable("measure_responses")
      .addColumn("flags", "text", (c) => c.notNull().defaultTo("[]"))
      .execute();
    await db.schema.alterTable("measure_responses").addColumn("follow_up_at", "text").execute();
    await db.schema
      .alterTable("measure_responses")
      .addColumn("follow_up_by", "text", (c) => c.references("users.id"))
      .execute();
    await db.schema.alterTable("measure_responses").addColumn("follow_up_note", "text").execute();
    await backfillFlags(db);
    // The client list asks for open flags on every load; this index holds only those rows.
    await db.schema
      .createIndex("measure_responses_open_flags")
      .on("measure_responses")
      .columns(["practice_id", "date"])
      .where(sql.ref("flags"), "<>", "[]")
      .where(sql.ref("follow_up_at"), "is", null)
      .execute();
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function backfillFlags(db: Kysely<any>): Promise<void> {
  const rows: { id: string; instrument: string; instrument_version: string; answers: string }[] = await db
    .selectFrom("measure_responses")
    .select(["id", "instrument", "instrument_version", "answers"])
    .execute();
  for (const row of rows) {
    const flags = flagsOf(row.instrument, row.instrument_version, row.answers);
    if (flags.length === 0) continue;
    await db
      .updateTable("measure_responses")
      .set({ flags: JSON.stringify(flags) })
      .where("id", "=", row.id)
      .execute();
  }
}

/** Flags by today's definition, only for rows of the version it scores; others cannot be judged here. */
function flagsOf(instrument: string, version: string, answersJson: string): string[] {
  const def = getInstrument(instrument);
  if (!def || def.version !== version) return [];
  try {
    return scoreResponse(instrument, JSON.parse(answersJson) as (number | null)[]).flags;
  } catch {
    // Answers the engine refuses (wrong count, out of range) predate validation; leave them unflagged.
    return [];
  }
}
