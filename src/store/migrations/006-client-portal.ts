// The client portal: invitations (only the token's hash is kept), questionnaires assigned on a
// schedule, process stories for the client, and per-practice settings (the crisis text). Also
// re-derives the safety flags of responses nobody has followed up yet, so PHQ-9s with item 9
// left blank and WHO-5s stored before issue 13's flags get them (phq9-item9-unanswered,
// who5-depression-screen, who5-low-item); followed-up rows keep the flags that were closed.
import type { Kysely } from "kysely";
import { getInstrument, scoreResponse } from "../../measures";
import type { Migration } from "./migration";

export const clientPortal: Migration = {
  name: "006-client-portal",
  async up(db) {
    await db.schema
      .createTable("invitations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
      .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
      .addColumn("email", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("accepted_at", "text")
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createIndex("invitations_client")
      .on("invitations")
      .columns(["client_id", "created_at"])
      .execute();

    await clientOwned(db, "questionnaire_assignments")
      .addColumn("instrument", "text", (c) => c.notNull())
      .addColumn("schedule", "text", (c) => c.notNull())
      .addColumn("every_weeks", "integer")
      .addColumn("due_date", "text")
      .addColumn("share_scores", "integer", (c) => c.notNull())
      .addColumn("assigned_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("ended_at", "text")
      .execute();
    await db.schema
      .createIndex("questionnaire_assignments_client")
      .on("questionnaire_assignments")
      .columns(["practice_id", "client_id"])
      .execute();

    await clientOwned(db, "process_stories")
      .addColumn("course_id", "text", (c) => c.references("courses.id").onDelete("set null"))
      .addColumn("session_id", "text", (c) => c.references("sessions.id").onDelete("set null"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("shared", "integer", (c) => c.notNull())
      .addColumn("shared_at", "text")
      .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
      .execute();
    await db.schema
      .createIndex("process_stories_client")
      .on("process_stories")
      .columns(["client_id", "created_at"])
      .execute();

    await db.schema
      .createTable("practice_settings")
      .addColumn("practice_id", "text", (c) => c.primaryKey().references("practices.id").onDelete("cascade"))
      .addColumn("crisis_text", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await rederiveOpenFlags(db);
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function clientOwned(db: Kysely<any>, name: string) {
  return db.schema
    .createTable(name)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("practice_id", "text", (c) => c.notNull().references("practices.id").onDelete("cascade"))
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function rederiveOpenFlags(db: Kysely<any>): Promise<void> {
  const rows: {
    id: string;
    instrument: string;
    instrument_version: string;
    answers: string;
    flags: string;
  }[] = await db
    .selectFrom("measure_responses")
    .select(["id", "instrument", "instrument_version", "answers", "flags"])
    .where("follow_up_at", "is", null)
    .execute();
  for (const row of rows) {
    const flags = flagsOf(row.instrument, row.instrument_version, row.answers);
    // Rows today's definitions cannot judge keep what they had: a flag is never dropped here.
    if (flags === null) continue;
    const merged = [...new Set([...(JSON.parse(row.flags) as string[]), ...flags])];
    const text = JSON.stringify(merged);
    if (text === row.flags) continue;
    await db.updateTable("measure_responses").set({ flags: text }).where("id", "=", row.id).execute();
  }
}

function flagsOf(instrument: string, version: string, answersJson: string): string[] | null {
  const def = getInstrument(instrument);
  if (!def || def.version !== version) return null;
  try {
    return scoreResponse(instrument, JSON.parse(answersJson) as (number | null)[]).flags;
  } catch {
    // Answers the engine refuses predate validation; leave their flags as they are.
    return null;
  }
}
