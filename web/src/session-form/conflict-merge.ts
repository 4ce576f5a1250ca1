// Resolving a save that met someone else's newer version: per field, keep mine or take theirs.
import type { Session } from "../../../src/domain";
import { draftFromSession, toSessionBody, type SessionDraft } from "./session-draft";

export type Choice = "mine" | "theirs";

/** The fields of the form, in the order the form shows them. */
export const SESSION_FIELDS = [
  "courseId",
  "date",
  "durationMinutes",
  "checkIn",
  "techniques",
  "narrative",
  "pieces",
  "insights",
  "integration",
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

export const FIELD_LABEL: Record<SessionField, string> = {
  courseId: "Course",
  date: "Date",
  durationMinutes: "Duration",
  checkIn: "Check-in",
  techniques: "Techniques",
  narrative: "Narrative",
  pieces: "Pieces",
  insights: "Insights",
  integration: "Integration and homework",
};

/** Where my form and their record say different things. */
export function fieldsThatDiffer(mine: SessionDraft, theirs: Session): SessionField[] {
  const a = toSessionBody(mine);
  const b = toSessionBody(draftFromSession(theirs));
  const same = (f: SessionField) =>
    f === "pieces"
      ? JSON.stringify(a.pieces.map(({ id: _id, ...p }) => p)) ===
        JSON.stringify(b.pieces.map(({ id: _id, ...p }) => p))
      : JSON.stringify(a[f]) === JSON.stringify(b[f]);
  return SESSION_FIELDS.filter((f) => !same(f));
}

/**
 * The form after choosing per field; what is not chosen is theirs. My pieces that their version
 * no longer has are kept as new pieces (their old ids would be refused).
 */
export function mergeDrafts(
  mine: SessionDraft,
  theirs: Session,
  choices: Partial<Record<SessionField, Choice>>,
) {
  const base = draftFromSession(theirs);
  const theirIds = new Set(theirs.pieces.map((p) => p.id));
  const merged: SessionDraft = { ...base };
  for (const f of SESSION_FIELDS) {
    if (choices[f] !== "mine") continue;
    if (f === "pieces")
      merged.pieces = mine.pieces.map((p) => (p.id && !theirIds.has(p.id) ? { ...p, id: undefined } : p));
    else (merged as unknown as Record<string, unknown>)[f] = mine[f];
  }
  return merged;
}

/** A line saying what a field holds, for choosing between two versions. */
export function summarise(
  d: SessionDraft,
  f: SessionField,
  courseName: (id: string | null) => string,
): string {
  switch (f) {
    case "courseId":
      return courseName(d.courseId);
    case "techniques":
      return d.techniques.map((t) => t.technique).join(", ") || "none";
    case "pieces":
      return d.pieces.length === 1 ? "1 piece" : `${d.pieces.length} pieces`;
    case "durationMinutes":
      return `${d.durationMinutes} minutes`;
    default: {
      const text = String(d[f] ?? "");
      return text.length > 160 ? `${text.slice(0, 160)}…` : text || "(empty)";
    }
  }
}
